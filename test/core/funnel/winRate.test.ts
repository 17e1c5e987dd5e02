import fc from "fast-check";
import { isKpiError, type KpiError } from "../../../src/core/errors";
import { winRate } from "../../../src/core/funnel";

describe("winRate", () => {
  it.each([
    { name: "3 won and 2 lost", won: 3, lost: 2, expected: 0.6 },
    { name: "only wins", won: 4, lost: 0, expected: 1 },
    { name: "only losses", won: 0, lost: 5, expected: 0 },
    { name: "2 won and 1 lost", won: 2, lost: 1, expected: 2 / 3 },
  ])("divides the won deals by the closed deals for $name", ({ won, lost, expected }) => {
    expect(winRate(won, lost)).toBeCloseTo(expected, 12);
  });

  it("returns #DIV/0! when no deal is closed yet", () => {
    expect((winRate(0, 0) as KpiError).kind).toBe("#DIV/0!");
  });

  it.each([
    { argument: "won", won: -1, lost: 2 },
    { argument: "lost", won: 1, lost: -2 },
  ])("returns #NUM! naming $argument when it is negative", ({ argument, won, lost }) => {
    const result = winRate(won, lost) as KpiError;
    expect([result.kind, result.message.startsWith(`${argument}:`)]).toEqual(["#NUM!", true]);
  });

  it("is a fraction from 0 to 1 whenever a deal is closed", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (won, lost) => {
        fc.pre(won + lost > 0);
        const rate = winRate(won, lost) as number;
        expect([rate >= 0, rate <= 1]).toEqual([true, true]);
      }),
    );
  });

  it("and the loss rate add up to 1", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 1, max: 10_000 }), (won, lost) => {
        expect((winRate(won, lost) as number) + (winRate(lost, won) as number)).toBeCloseTo(1, 12);
      }),
    );
  });

  it("never throws and never gives NaN for any counts", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (won, lost) => {
        const result = winRate(won, lost);
        expect(isKpiError(result) || Number.isFinite(result)).toBe(true);
      }),
    );
  });
});
