import fc from "fast-check";
import * as KPI from "../../src/functions/functions";

// Whatever Excel passes, a function returns cells Excel can show or raises an Excel error: never NaN,
// Infinity, undefined, or a JavaScript exception.

const cell = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom("", " ", "85%", "1,234", "abc", "-5", "=SUM(A1)", "higher", "lower", "TRUE", "Lead", "retroactive", "2026-04-01"),
  fc.boolean(),
  fc.constant(null),
);
const matrix = fc.integer({ min: 1, max: 4 }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 5 }));
const arg = fc.oneof(matrix, fc.constant(null));

function isExcelError(e: unknown): boolean {
  return e instanceof CustomFunctions.Error;
}

function showable(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" || typeof value === "boolean" || isExcelError(value);
}

const functions = Object.entries(KPI).filter(([, f]) => typeof f === "function") as [string, (...args: unknown[]) => unknown][];

describe("every KPI function on arbitrary input", () => {
  it("covers all seventeen functions", () => {
    expect(functions).toHaveLength(17);
  });

  it.each(functions)("%s returns showable cells or raises an Excel error", (_name, fn) => {
    fc.assert(
      fc.property(fc.array(arg, { minLength: 5, maxLength: 5 }), (args) => {
        let out: unknown;
        try {
          out = fn(...args);
        } catch (e) {
          expect(isExcelError(e)).toBe(true);
          return;
        }
        expect(Array.isArray(out)).toBe(true);
        const cells = (out as unknown[][]).flat();
        expect(cells.length).toBeGreaterThan(0);
        expect(cells.every(showable)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
