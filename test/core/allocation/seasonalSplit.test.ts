import fc from "fast-check";
import { isKpiError, type ErrorKind } from "../../../src/core/errors";
import { seasonalSplit } from "../../../src/core/allocation";

type History = (number | null)[][];

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const kindOf = (result: unknown): ErrorKind | undefined => (isKpiError(result) ? result.kind : undefined);
const messageOf = (result: unknown): string => (isKpiError(result) ? result.message : "");

function unitSum(result: number[], decimals: number): number {
  return result.reduce((sum, x) => sum + Math.round(x * 10 ** decimals), 0);
}

function withinOneUnitOfYear(total: number, year: number[], result: number[], decimals: number): boolean {
  const sum = year.reduce((a, b) => a + b, 0);
  return year.every((a, i) => Math.abs(result[i] - (total * a) / sum) < 10 ** -decimals + 1e-6);
}

function allFinite(result: unknown): boolean {
  return isKpiError(result) || (Array.isArray(result) && result.every((x) => Number.isFinite(x)));
}

describe("seasonalSplit", () => {
  it.each<{ name: string; total: number; history: History; decimals?: number; expected: number[] }>([
    // The JSDoc example: shares 0.1/0.3/0.6 and 0.2/0.2/0.6 average to 0.15/0.25/0.6.
    { name: "averages each period's share over the years", total: 1000, history: [[10, 30, 60], [20, 20, 60]], expected: [150, 250, 600] },
    { name: "follows a single year", total: 1200, history: [[1, 1, 2]], expected: [300, 300, 600] },
    { name: "weighs years by share, not by size", total: 100, history: [[1, 3], [300, 100]], expected: [50, 50] },
    { name: "leaves out a year with a blank period", total: 1000, history: [[10, null, 60], [20, 20, 60]], expected: [200, 200, 600] },
    { name: "leaves out a year that sums to 0", total: 100, history: [[0, 0, 0], [1, 1, 2]], expected: [25, 25, 50] },
    { name: "gives a period with no actuals 0", total: 100, history: [[0, 5, 5], [0, 1, 1]], expected: [0, 50, 50] },
    { name: "rounds with largest remainders, ties to the earlier period", total: 100, history: [[1, 1, 1]], expected: [34, 33, 33] },
    { name: "rounds to decimals", total: 100, history: [[1, 1, 1]], decimals: 2, expected: [33.34, 33.33, 33.33] },
    { name: "splits a negative total", total: -100, history: [[1, 1, 1]], expected: [-34, -33, -33] },
    { name: "splits over one period", total: 500, history: [[7], [9]], expected: [500] },
    { name: "takes actuals of any size", total: 4, history: [[1e308, 1e308, 1e308, 1e308]], expected: [1, 1, 1, 1] },
  ])("$name", ({ total, history, decimals, expected }) => {
    expect(seasonalSplit(total, history, { decimals })).toEqual(expected);
  });

  it.each<{ name: string; total: number; history: History; decimals?: number; kind: ErrorKind; mentions: string }>([
    { name: "rows of different length", total: 100, history: [[1, 2, 3], [1, 2]], kind: "#VALUE!", mentions: "history: row 2" },
    { name: "a negative actual", total: 100, history: [[1, 2, 3], [1, 2, -5]], kind: "#VALUE!", mentions: "history: row 2, column 3 is negative (-5)" },
    { name: "a year with no periods", total: 100, history: [[]], kind: "#VALUE!", mentions: "history" },
    { name: "no usable year", total: 100, history: [[1, null], [0, 0]], kind: "#DIV/0!", mentions: "history" },
    { name: "no years", total: 100, history: [], kind: "#DIV/0!", mentions: "history" },
    { name: "bad decimals", total: 100, history: [[1, 1]], decimals: 11, kind: "#NUM!", mentions: "decimals" },
    { name: "a total off the unit grid", total: 100.5, history: [[1, 1]], kind: "#NUM!", mentions: "total" },
  ])("returns $kind for $name", ({ total, history, decimals, kind, mentions }) => {
    const result = seasonalSplit(total, history, { decimals });
    expect(kindOf(result)).toBe(kind);
    expect(messageOf(result)).toContain(mentions);
  });

  describe("properties", () => {
    const year = (periods: number) => fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: periods, maxLength: periods });
    const history = fc.integer({ min: 1, max: 12 }).chain((periods) => fc.array(year(periods), { minLength: 1, maxLength: 5 }));
    const hasUsableYear = (h: number[][]): boolean => h.some((y) => y.some((a) => a > 0));

    it("always sums exactly to the total", () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), history, (units, d, h) => {
          fc.pre(hasUsableYear(h));
          expect(unitSum(seasonalSplit(units / 10 ** d, h, { decimals: d }) as number[], d)).toBe(units);
        }),
      );
    });

    it("splits in proportion to the year when there is one", () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), year(12), (units, d, y) => {
          fc.pre(hasUsableYear([y]));
          const total = units / 10 ** d;
          expect(withinOneUnitOfYear(total, y, seasonalSplit(total, [y], { decimals: d }) as number[], d)).toBe(true);
        }),
      );
    });

    it("does not mutate the history", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1e6 }), history, (total, h) => {
          const before = JSON.stringify(h);
          seasonalSplit(total, h);
          expect(JSON.stringify(h)).toBe(before);
        }),
      );
    });

    it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
      fc.assert(
        fc.property(
          finite,
          fc.array(fc.array(fc.option(finite), { maxLength: 4 }), { maxLength: 4 }),
          fc.option(fc.integer({ min: -1, max: 11 })),
          (total, h, d) => {
            expect(allFinite(seasonalSplit(total, h, { decimals: d ?? undefined }))).toBe(true);
          },
        ),
      );
    });
  });
});
