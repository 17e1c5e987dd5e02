import fc from "fast-check";
import { dateSerial } from "../../../src/core/text/parseDate";
import { monthsOf } from "../../../src/reviews/progress/model";

const day = (y: number, m: number, d: number): number => dateSerial(y, m, d) as number;

describe("monthsOf: the team by month over the period", () => {
  // A fiscal year from April 2025 to March 2026, as of 10 January 2026, a flat 1,000 a month: April to
  // December 2025 are three whole quarters and Q4 2025; January to March 2026 fall in Q1 2026.
  const sales = [
    { date: day(2025, 4, 1), amount: 700, share: 1 },
    { date: day(2025, 3, 31), amount: 999, share: 1 }, // before the period: no month holds it
    { date: day(2025, 12, 31), amount: 400, share: 0.5 },
    { date: day(2026, 1, 10), amount: 300, share: 1 },
    { date: day(2026, 1, 11), amount: 5000, share: 1 }, // after the as-of date
  ];
  const byMonth = monthsOf(day(2025, 4, 1), day(2026, 3, 31), day(2026, 1, 10), () => 1000, sales);

  it("has a row per calendar month, the year turning inside the period", () => {
    expect(byMonth.months.map((m) => [m.start, m.end])).toEqual(
      Array.from({ length: 12 }, (_, i) => {
        const y = i < 9 ? 2025 : 2026;
        const m = ((3 + i) % 12) + 1;
        return [day(y, m, 1), dateSerial(y, m + 1, 1) === null ? day(y, 12, 31) : (dateSerial(y, m + 1, 1) as number) - 1];
      }),
    );
  });

  // April 700; December 400 × 0.5 = 200; January 300 to the 10th; February and March not begun.
  it("counts each month's sales to the as-of date, blank for a month not begun", () => {
    expect(byMonth.months.map((m) => m.actual)).toEqual([700, 0, 0, 0, 0, 0, 0, 0, 200, 300, "", ""]);
    expect([byMonth.months[9].cumulativeTarget, byMonth.months[9].cumulativeActual, byMonth.months[9].cumulativeCompletion]).toEqual([10000, 1200, 0.12]);
  });

  it("groups the months by calendar quarter, across the turn of the year", () => {
    expect(byMonth.quarters.map((q) => [q.year, q.quarter, q.first, q.last, q.target, q.actual])).toEqual([
      [2025, 2, 0, 2, 3000, 700],
      [2025, 3, 3, 5, 3000, 0],
      [2025, 4, 6, 8, 3000, 200],
      [2026, 1, 9, 11, 3000, 300],
    ]);
    expect([byMonth.period.target, byMonth.period.actual, byMonth.period.completion]).toEqual([12000, 1200, 0.1]);
  });

  it("leaves the targets blank without a plan or an annual target", () => {
    const none = monthsOf(day(2026, 1, 1), day(2026, 12, 31), day(2026, 3, 5), () => "", []);
    expect([none.months[0].target, none.months[0].completion, none.months[11].cumulativeTarget, none.period.target]).toEqual(["", "", "", ""]);
  });

  it("adds up, whatever the sales: the months' actuals are the period's sales to the as-of date, the last running target the period's", () => {
    const start = day(2026, 1, 1);
    const end = day(2026, 12, 31);
    fc.assert(
      fc.property(
        fc.array(fc.record({ date: fc.integer({ min: start - 60, max: end + 60 }), amount: fc.integer({ min: -5000, max: 50000 }), share: fc.constantFrom(1, 0.5) }), { maxLength: 60 }),
        fc.integer({ min: start, max: end }),
        (rows, asOf) => {
          const got = monthsOf(start, end, asOf, (from) => (from % 7) * 100, rows);
          const inPeriod = rows.filter((r) => r.date >= start && r.date <= Math.min(asOf, end)).reduce((s, r) => s + r.amount * r.share, 0);
          const lastTarget = got.months[got.months.length - 1].cumulativeTarget;
          return Math.abs((got.period.actual as number) - inPeriod) < 1e-6 && lastTarget === got.period.target;
        },
      ),
    );
  });
});
