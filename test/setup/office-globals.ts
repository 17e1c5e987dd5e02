// Excel's custom-functions runtime provides CustomFunctions; under jest we define the part we use.
class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

(globalThis as Record<string, unknown>).CustomFunctions = { Error: CustomFunctionsError, ErrorCode };

// Property tests run the same cases every time, so CI cannot pass one day and fail the next on a case
// it happened to draw. Set FC_SEED to explore other cases locally; a failure prints its seed to replay.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fc = require("fast-check") as typeof import("fast-check");
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261122) });
