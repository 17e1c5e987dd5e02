import { ErrorKind, KpiError } from "../core/errors";

function codeOf(kind: ErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "#VALUE!":
      return CustomFunctions.ErrorCode.invalidValue;
    case "#NUM!":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "#DIV/0!":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "#N/A":
      return CustomFunctions.ErrorCode.notAvailable;
  }
}

/** Excel shows a custom message only with #VALUE! and #N/A; it refuses one with the other codes. */
const TAKES_MESSAGE: ReadonlySet<ErrorKind> = new Set<ErrorKind>(["#VALUE!", "#N/A"]);

/** The CustomFunctions.Error a cell shows for a core error. */
export function toExcelError(error: KpiError): CustomFunctions.Error {
  return TAKES_MESSAGE.has(error.kind)
    ? new CustomFunctions.Error(codeOf(error.kind), error.message)
    : new CustomFunctions.Error(codeOf(error.kind));
}

/**
 * Runs a function body, turning a KpiError thrown by the argument readers into the Excel error of the
 * cell. Anything else thrown is a bug in this add-in; it becomes #VALUE! with its message rather than
 * escaping into Excel as an unexplained failure.
 */
export function excel<T>(body: () => T): T {
  try {
    return body();
  } catch (thrown) {
    if (thrown instanceof KpiError) throw toExcelError(thrown);
    if (thrown instanceof CustomFunctions.Error) throw thrown;
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      `internal error: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
    );
  }
}

/** A result matrix as Excel spills it: a KpiError cell becomes that cell's Excel error. */
export function spill(cells: unknown[][]): unknown[][] {
  return cells.map((row) => row.map((cell) => (cell instanceof KpiError ? toExcelError(cell) : cell)));
}
