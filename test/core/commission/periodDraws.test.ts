import fc from "fast-check";
import { isKpiError, type KpiError } from "../../../src/core/errors";
import { periodDraws, type PeriodDraw } from "../../../src/core/commission";

const rows = (result: ReturnType<typeof periodDraws>): PeriodDraw[] => {
  if (isKpiError(result)) throw new Error(result.message);
  return result;
};

describe("periodDraws", () => {
  // Worked by hand, draw 5,000 a month, recoverable, nothing owed at the start:
  //   Jan earned  2,000: pays 5,000 (the draw), advances 3,000;           owes 0 + 5,000 − 2,000      = 3,000
  //   Feb earned  9,000: pays 9,000 − 3,000 = 6,000 (≥ 5,000), recovers 3,000; owes 3,000 + 6,000 − 9,000 = 0
  //   Mar earned  4,000: pays 5,000, advances 1,000;                      owes 0 + 5,000 − 4,000      = 1,000
  //   Apr earned 12,000: pays 11,000, recovers 1,000;                     owes 0
  it("recovers each month's advance out of the next months' earnings above the draw", () => {
    expect(rows(periodDraws([2000, 9000, 4000, 12000], 5000))).toEqual([
      { earned: 2000, due: 5000, advanced: 3000, recovered: 0, balance: 3000 },
      { earned: 9000, due: 6000, advanced: 0, recovered: 3000, balance: 0 },
      { earned: 4000, due: 5000, advanced: 1000, recovered: 0, balance: 1000 },
      { earned: 12000, due: 11000, advanced: 0, recovered: 1000, balance: 0 },
    ]);
  });

  // Draw 3,000, 4,500 still owed from the last statement:
  //   earned 5,000: pays max(3,000, 5,000 − 4,500 = 500) = 3,000, recovers 2,000; owes 4,500 + 3,000 − 5,000 = 2,500
  //   earned 6,500: pays max(3,000, 6,500 − 2,500 = 4,000) = 4,000, recovers 2,500; owes 0
  it("never takes a period below the draw to recover, and starts from the balance carried in", () => {
    expect(rows(periodDraws([5000, 6500], 3000, { openingBalance: 4500 })).map((p) => [p.due, p.recovered, p.balance])).toEqual([
      [3000, 2000, 2500],
      [4000, 2500, 0],
    ]);
  });

  // Draw 2,000; a clawback month (−1,200): pays the draw, owes 2,000 + 1,200 = 3,200; then 4,000: pays 2,000
  // (4,000 − 3,200 = 800 is below the draw), recovers 2,000, owes 1,200, carried to the next statement.
  it("adds a clawback to the balance and carries what is still owed past the last period", () => {
    expect(rows(periodDraws([-1200, 4000], 2000)).map((p) => [p.due, p.advanced, p.balance])).toEqual([
      [2000, 3200, 3200],
      [2000, 0, 1200],
    ]);
  });

  it("pays the larger of the draw and the earnings, carrying nothing, when the draw is not recoverable", () => {
    expect(rows(periodDraws([2000, 9000, -500], 5000, { recoverable: false, openingBalance: 900 })).map((p) => [p.due, p.balance])).toEqual([
      [5000, 0],
      [9000, 0],
      [5000, 0],
    ]);
  });

  it("rounds each amount to the cent when asked, so a tolerance of 0 compares amounts", () => {
    expect(rows(periodDraws([0.1 + 0.2, 1000.005], 0.3, { decimals: 2 })).map((p) => [p.earned, p.due, p.balance])).toEqual([
      [0.3, 0.3, 0],
      [1000.01, 1000.01, 0],
    ]);
  });

  it.each([
    { name: "draw", draw: -1, opening: 0, field: "draw:" },
    { name: "opening balance", draw: 1, opening: -1, field: "openingBalance:" },
  ])("returns #NUM! for a negative $name", ({ draw, opening, field }) => {
    const result = periodDraws([100], draw, { openingBalance: opening }) as KpiError;
    expect([result.kind, result.message.startsWith(field)]).toEqual(["#NUM!", true]);
  });

  it("pays what was earned plus what is still owed at the end, less what was owed at the start (recoverable)", () => {
    const cents = fc.integer({ min: -1_000_000, max: 5_000_000 }).map((c) => c / 100);
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 12 }), fc.integer({ min: 0, max: 2_000_000 }).map((c) => c / 100), fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100), (earned, draw, opening) => {
        const periods = rows(periodDraws(earned, draw, { openingBalance: opening, decimals: 2 }));
        const paid = periods.reduce((s, p) => s + p.due, 0);
        const end = periods.length > 0 ? periods[periods.length - 1].balance : opening;
        const got = earned.reduce((s, e) => s + e, 0) + end - opening;
        return Math.abs(paid - got) < 1e-6 && periods.every((p) => p.due >= draw && p.balance >= 0);
      }),
    );
  });
});
