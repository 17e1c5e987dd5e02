import fc from "fast-check";
import { isKpiError } from "../../../src/core/errors";
import { weightedPipelineByDeal, weightedPipeline, type ProbableDeal } from "../../../src/core/funnel";

const kindOf = (result: unknown): string | undefined => (isKpiError(result) ? result.kind : undefined);

describe("weightedPipelineByDeal", () => {
  it("uses a deal's own probability, and its stage's where its own is blank", () => {
    // 10,000 × 90% + 20,000 × 10% (stage 0) + 5,000 × 50% (stage 1) = 9,000 + 2,000 + 2,500
    const deals: ProbableDeal[] = [
      { amount: 10000, probability: 0.9, stage: 0 },
      { amount: 20000, probability: null, stage: 0 },
      { amount: 5000, probability: null, stage: 1 },
    ];
    expect(weightedPipelineByDeal(deals, [0.1, 0.5])).toBeCloseTo(13500, 9);
  });

  it("gives 0 for no deals, and a probability of 0 counts as 0 (not as blank)", () => {
    expect(weightedPipelineByDeal([], [0.1, 0.5])).toBe(0);
    expect(weightedPipelineByDeal([{ amount: 1000, probability: 0, stage: 1 }], [0.1, 0.5])).toBe(0);
  });

  it("refuses a probability outside 0 to 1 and a stage not in the table", () => {
    expect(kindOf(weightedPipelineByDeal([{ amount: 1, probability: 45, stage: 0 }], [0.1]))).toBe("#NUM!");
    expect(kindOf(weightedPipelineByDeal([{ amount: 1, probability: null, stage: 0 }], [1.5]))).toBe("#NUM!");
    expect(kindOf(weightedPipelineByDeal([{ amount: 1, probability: null, stage: 2 }], [0.1, 0.2]))).toBe("#VALUE!");
  });

  it("equals Σ amount × (own probability, else the stage's) for any deals", () => {
    const deal = fc.record({
      amount: fc.integer({ min: 0, max: 1_000_000 }),
      probability: fc.option(fc.integer({ min: 0, max: 100 }).map((p) => p / 100)),
      stage: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 50 }), fc.array(fc.integer({ min: 0, max: 100 }).map((p) => p / 100), { minLength: 4, maxLength: 4 }), (deals, stageProbabilities) => {
        const expected = weightedPipeline(
          deals.map((d) => d.amount),
          deals.map((d) => d.probability ?? stageProbabilities[d.stage]),
        ) as number;
        const got = weightedPipelineByDeal(deals, stageProbabilities) as number;
        expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
      }),
    );
  });
});
