import fc from "fast-check";
import type { KpiError } from "../../../src/core/errors";
import { funnelCounts, type CountedDeal, type FunnelCounts } from "../../../src/core/funnel";

const open = (stage: number | null, amount: number): CountedDeal => ({ stage, status: "open", amount });
const won = (stage: number | null, amount: number): CountedDeal => ({ stage, status: "won", amount });
const lost = (stage: number | null, amount: number): CountedDeal => ({ stage, status: "lost", amount });

describe("funnelCounts", () => {
  // Ann's deals in the review's tests: open at Lead and Proposal, lost at Negotiation, two won.
  const ann = funnelCounts([open(0, 12000), open(2, 40000), won(4, 55000), lost(3, 30000), won(4, 21000)], 5);

  it.each([
    { name: "open and lost deals at their stage", field: "atStage", expected: [1, 0, 1, 1, 0] },
    { name: "the open amount at each stage", field: "openAmount", expected: [12000, 0, 40000, 0, 0] },
    { name: "won deals", field: "won", expected: 2 },
    { name: "lost deals", field: "lost", expected: 1 },
    { name: "open deals", field: "openDeals", expected: 2 },
    { name: "the won amount", field: "wonAmount", expected: 76000 },
    { name: "the open pipeline", field: "openPipeline", expected: 52000 },
  ] as const)("counts $name", ({ field, expected }) => {
    expect(ann).toHaveProperty(field, expected);
  });

  it("counts a deal in no stage of the funnel only in the totals", () => {
    expect(funnelCounts([open(null, 10), won(null, 20), lost(null, 30)], 2)).toEqual({
      atStage: [0, 0],
      openAmount: [0, 0],
      won: 1,
      lost: 1,
      openDeals: 1,
      wonAmount: 20,
      openPipeline: 0,
    });
  });

  it("gives zeros for no deals", () => {
    expect(funnelCounts([], 3)).toEqual({ atStage: [0, 0, 0], openAmount: [0, 0, 0], won: 0, lost: 0, openDeals: 0, wonAmount: 0, openPipeline: 0 });
  });

  it.each([
    { name: "past the last stage", stage: 2 },
    { name: "negative", stage: -1 },
    { name: "not whole", stage: 0.5 },
  ])("returns #VALUE! naming the deal whose stage is $name", ({ stage }) => {
    const result = funnelCounts([open(0, 1), open(stage, 1)], 2) as KpiError;
    expect([result.kind, result.message.startsWith("deals: row 2")]).toEqual(["#VALUE!", true]);
  });

  it("counts every deal once: open + won + lost deals is how many there are", () => {
    const deal = fc.record({
      stage: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      status: fc.constantFrom("open" as const, "won" as const, "lost" as const),
      amount: fc.integer({ min: 0, max: 1e6 }),
    });
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 40 }), (deals) => {
        const counts = funnelCounts(deals, 4) as FunnelCounts;
        expect(counts.openDeals + counts.won + counts.lost).toBe(deals.length);
      }),
    );
  });
});
