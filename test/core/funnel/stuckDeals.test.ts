import fc from "fast-check";
import { stuckDeals, type StageStay } from "../../../src/core/funnel";

const AS_OF = 46203; // 2026-06-30

describe("stuckDeals", () => {
  it("lists the deals over their stage's limit, most days over first, with the limit and their day counts", () => {
    const stays = [
      { since: AS_OF - 29, maxDays: 14 },
      { since: AS_OF - 81, maxDays: 30 },
      { since: AS_OF - 5, maxDays: 14 },
      { since: AS_OF - 59, maxDays: 21 },
    ];
    expect(stuckDeals(stays, AS_OF).map((s) => [s.index, s.maxDays, s.daysInStage, s.daysOver])).toEqual([
      [1, 30, 81, 51],
      [3, 21, 59, 38],
      [0, 14, 29, 15],
    ]);
  });

  it("keeps the given order between deals equally far over", () => {
    const stays = [
      { since: AS_OF - 20, maxDays: 14 },
      { since: AS_OF - 30, maxDays: 24 },
      { since: AS_OF - 20, maxDays: 14 },
    ];
    expect(stuckDeals(stays, AS_OF).map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it.each([
    { name: "a deal without a date", stay: { since: null, maxDays: 14 } },
    { name: "a stage without a limit", stay: { since: AS_OF - 400, maxDays: null } },
    { name: "a deal on the last day of its limit", stay: { since: AS_OF - 14, maxDays: 14 } },
    { name: "a deal that entered after the as-of date", stay: { since: AS_OF + 3, maxDays: 1 } },
  ])("never lists $name", ({ stay }) => {
    expect(stuckDeals([stay], AS_OF)).toEqual([]);
  });

  it("returns what the caller kept with each stay", () => {
    const stay = { since: AS_OF - 40, maxDays: 30, id: "D-3" };
    expect(stuckDeals([stay], AS_OF)[0].stay.id).toBe("D-3");
  });

  it("lists exactly the deals over their limit, never fewer days over further down", () => {
    const stay: fc.Arbitrary<StageStay> = fc.record({
      since: fc.option(fc.integer({ min: AS_OF - 200, max: AS_OF }), { nil: null }),
      maxDays: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(stay, { maxLength: 30 }), (stays) => {
        const stuck = stuckDeals(stays, AS_OF);
        const over = stays.filter((s) => s.since !== null && s.maxDays !== null && AS_OF - s.since > s.maxDays).length;
        const rising = stuck.slice(1).filter((s, k) => s.daysOver > stuck[k].daysOver);
        expect([stuck.length, rising]).toEqual([over, []]);
      }),
    );
  });
});
