import fc from "fast-check";
import { isKpiError, type ErrorKind } from "../../../src/core/errors";
import { seasonalShares, type SeasonalSharesOptions } from "../../../src/core/allocation";

type History = (number | null)[][];

const kindOf = (result: unknown): ErrorKind | undefined => (isKpiError(result) ? result.kind : undefined);
const messageOf = (result: unknown): string => (isKpiError(result) ? result.message : "");

describe("seasonalShares", () => {
  it.each<{ name: string; history: History; options?: SeasonalSharesOptions; expected: number[] }>([
    { name: "averages each period's share over the years (the JSDoc example)", history: [[1, 1, 2], [1, 3, 4], [5, null, 5]], expected: [0.1875, 0.3125, 0.5] },
    { name: "follows a single year", history: [[1, 1, 2]], expected: [0.25, 0.25, 0.5] },
    { name: "weighs years by share, not by size", history: [[1, 3], [300, 100]], expected: [0.5, 0.5] },
    { name: "leaves out a year with a period that has no data", history: [[1, null, 1], [1, 1, 2]], expected: [0.25, 0.25, 0.5] },
    { name: "leaves out a year that adds up to 0", history: [[0, 0, 0], [1, 1, 2]], expected: [0.25, 0.25, 0.5] },
    { name: "leaves out a year with an actual below 0", history: [[5, -1, 5], [1, 1, 2]], expected: [0.25, 0.25, 0.5] },
    { name: "gives a period with no actuals a share of 0", history: [[0, 1, 1]], expected: [0, 0.5, 0.5] },
    { name: "takes actuals of any size", history: [[1e308, 1e308, 1e308, 1e308]], expected: [0.25, 0.25, 0.25, 0.25] },
  ])("$name", ({ history, options, expected }) => {
    expect(seasonalShares(history, options)).toEqual(expected);
  });

  it("averages the years' shares in year order, as a chain of + does", () => {
    const history = [[1, 2], [1, 4], [1, 6]];
    expect(seasonalShares(history)).toEqual([(1 / 3 + 1 / 5 + 1 / 7) / 3, (2 / 3 + 4 / 5 + 6 / 7) / 3]);
  });

  it.each<{ name: string; history: History; options?: SeasonalSharesOptions; kind: ErrorKind; mentions: string }>([
    { name: "no years", history: [], kind: "#DIV/0!", mentions: "no years" },
    { name: "a year with no periods", history: [[]], kind: "#VALUE!", mentions: "row 1 has no periods" },
    { name: "rows of different length", history: [[1, 2, 3], [1, 2]], kind: "#VALUE!", mentions: "row 2 has 2 periods but row 1 has 3" },
    { name: "no usable year", history: [[1, null], [0, 0], [-1, 3]], kind: "#DIV/0!", mentions: "no year is complete" },
    { name: "an actual below 0 when asked to reject it", history: [[1, 2], [null, -5]], options: { negative: "error" }, kind: "#VALUE!", mentions: "row 2, column 2 is negative (-5)" },
  ])("returns $kind for $name", ({ history, options, kind, mentions }) => {
    const result = seasonalShares(history, options);
    expect([kindOf(result), messageOf(result)]).toEqual([kind, expect.stringContaining(mentions)]);
  });

  describe("properties", () => {
    const actual = fc.option(fc.integer({ min: -10, max: 1e6 }), { freq: 8 });
    const history = fc.integer({ min: 1, max: 12 }).chain((periods) => fc.array(fc.array(actual, { minLength: periods, maxLength: periods }), { minLength: 1, maxLength: 6 }));
    const usable = (year: (number | null)[]): boolean => year.every((a) => a !== null && a >= 0) && year.some((a) => (a as number) > 0);

    it("gives shares that are not negative and add up to 1 whenever a year is usable", () => {
      fc.assert(
        fc.property(history, (h) => {
          fc.pre(h.some(usable));
          const shares = seasonalShares(h) as number[];
          expect([shares.every((s) => s >= 0), Math.abs(shares.reduce((a, s) => a + s, 0) - 1) < 1e-12]).toEqual([true, true]);
        }),
      );
    });

    it("gives the same shares when the unusable years are taken out first", () => {
      fc.assert(
        fc.property(history, (h) => {
          fc.pre(h.some(usable));
          expect(seasonalShares(h)).toEqual(seasonalShares(h.filter(usable)));
        }),
      );
    });

    it("does not mutate the history", () => {
      fc.assert(
        fc.property(history, (h) => {
          const before = JSON.stringify(h);
          seasonalShares(h);
          expect(JSON.stringify(h)).toBe(before);
        }),
      );
    });
  });
});
