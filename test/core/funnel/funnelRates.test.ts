import fc from "fast-check";
import { isKpiError, type KpiError } from "../../../src/core/errors";
import { funnelRates } from "../../../src/core/funnel";

/** Replaces each error cell by its kind, so a whole result compares with toEqual. */
function cells(result: ReturnType<typeof funnelRates>): (number | string | null)[] | string {
  if (isKpiError(result)) return result.kind;
  return result.map((cell) => (isKpiError(cell) ? cell.kind : cell));
}

function errorAt(result: ReturnType<typeof funnelRates>, index: number): KpiError {
  return (result as (number | KpiError | null)[])[index] as KpiError;
}

const isSafeCell = (cell: unknown): boolean =>
  cell === null || isKpiError(cell) || (typeof cell === "number" && Number.isFinite(cell));

describe("funnelRates", () => {
  // Worked example from the project issue for the funnel functions:
  // 1000 leads -> 300 qualified -> 120 proposals -> 50 negotiations -> 15 won.
  it("gives the step rates of the worked example", () => {
    expect(funnelRates([1000, 300, 120, 50, 15])).toEqual([
      1,
      expect.closeTo(0.3, 9),
      expect.closeTo(0.4, 9),
      expect.closeTo(0.4167, 4),
      expect.closeTo(0.3, 9),
    ]);
  });

  it("gives the cumulative rates of the worked example, ending at 1.5%", () => {
    expect(funnelRates([1000, 300, 120, 50, 15], { cumulative: true })).toEqual([
      1,
      expect.closeTo(0.3, 9),
      expect.closeTo(0.12, 9),
      expect.closeTo(0.05, 9),
      expect.closeTo(0.015, 9),
    ]);
  });

  it.each([
    { name: "empty range", counts: [], expected: [] },
    { name: "one stage", counts: [40], expected: [1] },
    { name: "one stage of zero", counts: [0], expected: [1] },
    { name: "every stage blank", counts: [null, null], expected: [null, null] },
    { name: "leading blank", counts: [null, 200, 50], expected: [null, 1, 0.25] },
    { name: "blank in the middle is skipped", counts: [200, null, 50], expected: [1, null, 0.25] },
    { name: "trailing blanks of an oversized range", counts: [200, 50, null, null], expected: [1, 0.25, null, null] },
    { name: "a stage larger than the one before", counts: [10, 20], expected: [1, 2] },
    { name: "a zero stage after a non-zero one", counts: [200, 0], expected: [1, 0] },
  ])("handles $name", ({ counts, expected }) => {
    expect(funnelRates(counts)).toEqual(expected);
  });

  it("divides by the first stage, not the previous one, when cumulative", () => {
    expect(funnelRates([200, null, 100, 50], { cumulative: true })).toEqual([1, null, 0.5, 0.25]);
  });

  it.each([
    { name: "step", cumulative: false, expected: [1, 0, "#DIV/0!", 0.5] },
    { name: "cumulative", cumulative: true, expected: [1, 0, 0.05, 0.025] },
  ])("puts #DIV/0! only in the cell after a zero stage ($name)", ({ cumulative, expected }) => {
    expect(cells(funnelRates([100, 0, 5, 2.5], { cumulative }))).toEqual(expected);
  });

  it("puts #DIV/0! in every later cell when the first stage is zero and rates are cumulative", () => {
    expect(cells(funnelRates([0, 5, null, 3], { cumulative: true }))).toEqual([1, "#DIV/0!", null, "#DIV/0!"]);
  });

  it("names the row in a #DIV/0! message", () => {
    expect(errorAt(funnelRates([100, 0, 5]), 2).message).toContain("counts: row 3");
  });

  it("returns #NUM! in a cell whose rate is too large to represent", () => {
    expect(cells(funnelRates([5e-324, 1e308]))).toEqual([1, "#NUM!"]);
  });

  it("names the row in a #NUM! message", () => {
    expect(errorAt(funnelRates([5e-324, 1e308]), 1).message).toContain("counts: row 2");
  });

  it.each([
    { name: "a negative stage", counts: [100, -5, 2] },
    { name: "a negative first stage", counts: [-1, 5] },
  ])("returns #VALUE! for the whole result with $name", ({ counts }) => {
    expect(cells(funnelRates(counts))).toBe("#VALUE!");
  });

  it("names the row of a negative count", () => {
    expect((funnelRates([100, null, -5]) as KpiError).message).toContain("counts: row 3");
  });

  it("does not mutate the counts", () => {
    const counts = [1000, 300, null, 15];
    funnelRates(counts, { cumulative: true });
    expect(counts).toEqual([1000, 300, null, 15]);
  });

  it("makes each cumulative rate the product of the step rates up to it", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 12 }), (counts) => {
        const step = funnelRates(counts) as number[];
        const cumulative = funnelRates(counts, { cumulative: true }) as number[];
        const products = step.map((_, i) => step.slice(0, i + 1).reduce((product, rate) => product * rate, 1));
        expect(cumulative).toEqual(products.map((product) => expect.closeTo(product, 9)));
      }),
    );
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null })),
        fc.boolean(),
        (counts, cumulative) => {
          const result = funnelRates(counts, { cumulative });
          expect(isKpiError(result) || (result.length === counts.length && result.every(isSafeCell))).toBe(true);
        },
      ),
    );
  });
});
