import fc from "fast-check";
import { isKpiError, type ErrorKind } from "../../../src/core/errors";
import { yearShares } from "../../../src/core/allocation";

const kindOf = (result: unknown): ErrorKind | undefined => (isKpiError(result) ? result.kind : undefined);
const messageOf = (result: unknown): string => (isKpiError(result) ? result.message : "");

describe("yearShares", () => {
  it.each<{ name: string; actuals: number[]; expected: { total: number; shares: number[] } }>([
    { name: "gives each period's share of the year (the JSDoc example)", actuals: [10, 30, 60], expected: { total: 100, shares: [0.1, 0.3, 0.6] } },
    { name: "gives a period with no sales a share of 0", actuals: [0, 1, 3], expected: { total: 4, shares: [0, 0.25, 0.75] } },
    { name: "gives a single period the whole year", actuals: [7], expected: { total: 7, shares: [1] } },
    { name: "keeps the shares exact when the total overflows", actuals: [1e308, 1e308], expected: { total: Infinity, shares: [0.5, 0.5] } },
  ])("$name", ({ actuals, expected }) => {
    expect(yearShares(actuals)).toEqual(expected);
  });

  it("adds the total up in period order, as a chain of + does", () => {
    const actuals = [0.1, 0.2, 0.3];
    expect((yearShares(actuals) as { total: number }).total).toBe(0.1 + 0.2 + 0.3);
  });

  it.each<{ name: string; actuals: (number | null)[]; kind: ErrorKind; mentions: string }>([
    { name: "a period with no data", actuals: [1, null, 3], kind: "#N/A", mentions: "period 2 has no data" },
    { name: "a period with no data before one below 0", actuals: [null, -1], kind: "#N/A", mentions: "period 1 has no data" },
    { name: "an actual below 0", actuals: [1, 2, -5], kind: "#VALUE!", mentions: "period 3 is below 0 (-5)" },
    { name: "a year that adds up to 0", actuals: [0, 0, 0], kind: "#DIV/0!", mentions: "add up to 0" },
    { name: "no periods", actuals: [], kind: "#VALUE!", mentions: "no periods" },
  ])("returns $kind for $name", ({ actuals, kind, mentions }) => {
    const result = yearShares(actuals);
    expect([kindOf(result), messageOf(result)]).toEqual([kind, expect.stringContaining(mentions)]);
  });

  describe("properties", () => {
    const year = fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 12 }).filter((y) => y.some((a) => a > 0));

    it("gives shares from 0 to 1 that add up to 1", () => {
      fc.assert(
        fc.property(year, (actuals) => {
          const { shares } = yearShares(actuals) as { shares: number[] };
          expect([shares.every((s) => s >= 0 && s <= 1), Math.abs(shares.reduce((a, s) => a + s, 0) - 1) < 1e-12]).toEqual([true, true]);
        }),
      );
    });

    it("does not mutate the actuals", () => {
      fc.assert(
        fc.property(year, (actuals) => {
          const before = [...actuals];
          yearShares(actuals);
          expect(actuals).toEqual(before);
        }),
      );
    });
  });
});
