import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Parameter {
  name: string;
  dimensionality?: string;
  optional?: boolean;
  type?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
  options?: Record<string, boolean>;
}

const root = path.resolve(__dirname, "../..");

// The public API from the issue: names, parameter order, and which parameters are optional.
const API: Record<string, string[]> = {
  ACHIEVEMENT: ["actual", "target", "direction?"],
  SCORE: ["actual", "target", "threshold?", "cap?", "direction?"],
  BANDSCORE: ["value", "bands", "interpolate?"],
  WEIGHTED: ["scores", "weights"],
  RATING: ["score", "scale"],
  SPLIT: ["total", "weights", "decimals?", "minimums?", "maximums?"],
  SEASONAL: ["total", "history", "decimals?"],
  RAMP: ["target", "tenure", "schedule"],
  PRORATE: ["amount", "start", "end", "periodStart", "periodEnd"],
  FUNNEL: ["counts", "cumulative?"],
  REVERSEFUNNEL: ["target", "rates", "dealSize?"],
  VELOCITY: ["opportunities", "winRate", "dealSize", "cycleDays"],
  WEIGHTEDPIPELINE: ["amounts", "probabilities", "stageTable?"],
  COVERAGE: ["pipeline", "target", "achieved?"],
  COMMISSION: ["amount", "tiers", "method?"],
  DRAW: ["earned", "draw", "recoverable?"],
  ABC: ["values", "cutoffs?", "labels?"],
};

let functions: FunctionMetadata[];
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(root, "src/functions/functions.ts"));
  errors = result.errors;
  functions = JSON.parse(result.metadataJson).functions;
}, 60_000);

describe("functions.json generated from src/functions/functions.ts", () => {
  it("generates without errors", () => {
    expect(errors).toEqual([]);
  });

  it("declares exactly the public functions", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(API).sort());
  });

  it.each(Object.entries(API))("%s has its parameters in order, with the right ones optional", (id, params) => {
    const fn = functions.find((f) => f.id === id)!;
    expect(fn.parameters.map((p) => (p.optional ? `${p.name}?` : p.name))).toEqual(params);
  });

  it.each(Object.keys(API))("%s takes ranges and spills a matrix", (id) => {
    const fn = functions.find((f) => f.id === id)!;
    expect(fn.parameters.every((p) => p.dimensionality === "matrix")).toBe(true);
    expect(fn.result.dimensionality).toBe("matrix");
  });

  it.each(Object.keys(API))("%s is documented and is neither volatile nor streaming", (id) => {
    const fn = functions.find((f) => f.id === id)!;
    expect(fn.description?.length ?? 0).toBeGreaterThan(20);
    expect(fn.options?.volatile ?? false).toBe(false);
    expect(fn.options?.stream ?? false).toBe(false);
  });
});

describe("metadata generation on a file that must fail", () => {
  it("reports a result type Excel cannot take", async () => {
    const result = await generateCustomFunctionsMetadata(path.join(root, "test/fixtures/functions/unsupported.ts"));
    expect(result.errors.join("\n")).toMatch(/badResult|Map|type/i);
  }, 60_000);
});
