import fc from "fast-check";
import type { KpiError } from "../../../src/core/errors";
import { funnelCounts, teamCounts, type CountedDeal, type FunnelCounts } from "../../../src/core/funnel";

const counts = (deals: CountedDeal[]): FunnelCounts => funnelCounts(deals, 2) as FunnelCounts;

describe("teamCounts", () => {
  const ann = counts([
    { stage: 0, status: "open", amount: 100.5 },
    { stage: 1, status: "won", amount: 70 },
  ]);
  const bob = counts([
    { stage: 1, status: "open", amount: 40 },
    { stage: 0, status: "lost", amount: 10 },
  ]);

  it("adds up the members' counts field by field", () => {
    expect(teamCounts([ann, bob], 2)).toEqual({
      atStage: [2, 1],
      openAmount: [100.5, 40],
      won: 1,
      lost: 1,
      openDeals: 2,
      wonAmount: 70,
      openPipeline: 140.5,
    });
  });

  it("gives zeros for a team of nobody", () => {
    expect(teamCounts([], 2)).toEqual({ atStage: [0, 0], openAmount: [0, 0], won: 0, lost: 0, openDeals: 0, wonAmount: 0, openPipeline: 0 });
  });

  it("returns #VALUE! naming a member counted over another number of stages", () => {
    const result = teamCounts([ann, funnelCounts([], 3) as FunnelCounts], 2) as KpiError;
    expect([result.kind, result.message.startsWith("members: row 2")]).toEqual(["#VALUE!", true]);
  });

  it("counts as many deals as its members' deals counted together", () => {
    const deal = fc.record({
      stage: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
      status: fc.constantFrom("open" as const, "won" as const, "lost" as const),
      amount: fc.integer({ min: 0, max: 1e6 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(deal, { maxLength: 10 }), { maxLength: 6 }), (members) => {
        expect(teamCounts(members.map(counts), 2)).toEqual(counts(members.flat()));
      }),
    );
  });
});
