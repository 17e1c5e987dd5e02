import fc from "fast-check";
import type { KpiError } from "../../../src/core/errors";
import { averageCycleDays, type DatedDeal } from "../../../src/core/funnel";

const won = (created: number | null, closed: number | null): DatedDeal => ({ status: "won", created, closed });

describe("averageCycleDays", () => {
  // 2026-01-10 → 2026-03-20 is 69 days, 2026-02-14 → 2026-04-01 is 46: 57.5 on average.
  it("averages close − created over the won deals", () => {
    expect(averageCycleDays([won(46032, 46101), won(46067, 46113)])).toBe(57.5);
  });

  it.each([
    { name: "a lost deal", deal: { status: "lost", created: 46054, closed: 46144 } as DatedDeal },
    { name: "an open deal", deal: { status: "open", created: 46054, closed: 46144 } as DatedDeal },
    { name: "a won deal without a close date", deal: won(46084, null) },
    { name: "a won deal without a created date", deal: won(null, 46084) },
    { name: "a won deal created on day 0", deal: won(0, 46084) },
    { name: "a won deal closed on day 0", deal: won(46084, 0) },
  ])("leaves out $name", ({ deal }) => {
    expect(averageCycleDays([won(46032, 46101), deal])).toBe(69);
  });

  it("keeps a negative cycle when a deal closed before it was created", () => {
    expect(averageCycleDays([won(46101, 46032)])).toBe(-69);
  });

  it.each([
    { name: "there are no deals", deals: [] },
    { name: "no won deal has both dates", deals: [won(46032, null), { status: "lost", created: 46032, closed: 46040 } as DatedDeal] },
  ])("returns #DIV/0! when $name", ({ deals }) => {
    expect((averageCycleDays(deals) as KpiError).kind).toBe("#DIV/0!");
  });

  it("lies between the shortest and the longest cycle", () => {
    const deal = fc.tuple(fc.integer({ min: 1, max: 60_000 }), fc.integer({ min: 0, max: 400 })).map(([created, days]) => won(created, created + days));
    fc.assert(
      fc.property(fc.array(deal, { minLength: 1, maxLength: 30 }), (deals) => {
        const cycles = deals.map((d) => (d.closed as number) - (d.created as number));
        const average = averageCycleDays(deals) as number;
        expect([average >= Math.min(...cycles), average <= Math.max(...cycles)]).toEqual([true, true]);
      }),
    );
  });
});
