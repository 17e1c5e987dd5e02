import fc from "fast-check";
import { isKpiError, type KpiError } from "../../../src/core/errors";
import {
  compileStageTable,
  weightedPipeline,
  weightedPipelineByStage,
  type CompiledStageTable,
  type StageProbability,
} from "../../../src/core/funnel";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const kindOf = (result: unknown): string | undefined => (isKpiError(result) ? result.kind : undefined);

// Worked example from the project issue for the funnel functions:
// 80,000 x 10% + 45,000 x 40% + 30,000 x 60% + 60,000 x 80% = 8,000 + 18,000 + 18,000 + 48,000 = 92,000.
const dealAmounts = [80000, 45000, 30000, 60000];
const dealProbabilities = [0.1, 0.4, 0.6, 0.8];
const dealStages = ["Qualify", "Proposal", "Negotiation", "Commit"];
const stageTable: StageProbability[] = [
  { stage: "Qualify", probability: 0.1 },
  { stage: "Proposal", probability: 0.4 },
  { stage: "Negotiation", probability: 0.6 },
  { stage: "Commit", probability: 0.8 },
];

describe("weightedPipeline", () => {
  it("gives the weighted total of the worked example", () => {
    expect(weightedPipeline(dealAmounts, dealProbabilities)).toBeCloseTo(92000, 9);
  });

  it.each([
    { name: "an empty range", amounts: [], probabilities: [], expected: 0 },
    { name: "one deal", amounts: [50000], probabilities: [0.5], expected: 25000 },
    { name: "every row blank", amounts: [null, null], probabilities: [null, null], expected: 0 },
    { name: "a blank amount with a probability", amounts: [null, 100], probabilities: [0.5, 0.5], expected: 50 },
    { name: "a blank amount with an out-of-range probability", amounts: [null, 100], probabilities: [40, 0.5], expected: 50 },
    { name: "probabilities of exactly 0 and 1", amounts: [100, 200], probabilities: [0, 1], expected: 200 },
    { name: "a zero amount", amounts: [0, 200], probabilities: [0.5, 0.5], expected: 100 },
    { name: "a negative amount (a credit)", amounts: [-100, 300], probabilities: [0.5, 0.5], expected: 100 },
  ])("handles $name", ({ amounts, probabilities, expected }) => {
    expect(weightedPipeline(amounts, probabilities)).toBeCloseTo(expected, 9);
  });

  it("returns #VALUE! naming the row of a deal without a probability", () => {
    const result = weightedPipeline([100, 200], [0.5, null]) as KpiError;
    expect([result.kind, result.message.includes("probabilities: row 2")]).toEqual(["#VALUE!", true]);
  });

  it("returns #VALUE! when amounts and probabilities differ in length", () => {
    expect(kindOf(weightedPipeline([100, 200], [0.5]))).toBe("#VALUE!");
  });

  it.each([
    { name: "a percent typed as a number", probability: 40 },
    { name: "a probability just above 1", probability: 1.01 },
    { name: "a negative probability", probability: -0.1 },
  ])("returns #NUM! for $name", ({ probability }) => {
    expect(kindOf(weightedPipeline([100, 200], [0.5, probability]))).toBe("#NUM!");
  });

  it("names the row of an out-of-range probability and suggests the fraction", () => {
    const message = (weightedPipeline([100, 200], [0.5, 40]) as KpiError).message;
    expect([message.includes("probabilities: row 2"), message.includes("40% or 0.4")]).toEqual([true, true]);
  });

  it("returns #NUM! when the total is too large to represent", () => {
    expect(kindOf(weightedPipeline([1e308, 1e308], [1, 1]))).toBe("#NUM!");
  });

  it("does not mutate its inputs", () => {
    const amounts = [100, null];
    const probabilities = [0.5, null];
    weightedPipeline(amounts, probabilities);
    expect([amounts, probabilities]).toEqual([
      [100, null],
      [0.5, null],
    ]);
  });

  it("lies between 0 and the sum of the amounts when amounts are not negative", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))),
        (deals) => {
          const total = weightedPipeline(
            deals.map(([amount]) => amount),
            deals.map(([, probability]) => probability),
          ) as number;
          const sum = deals.reduce((acc, [amount]) => acc + amount, 0);
          expect([total >= 0, total <= sum * (1 + 1e-12)]).toEqual([true, true]);
        },
      ),
    );
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(finite, { nil: null }), fc.option(finite, { nil: null }))),
        fc.boolean(),
        (rows, sameLength) => {
          const amounts = rows.map(([amount]) => amount);
          const probabilities = rows.slice(sameLength ? 0 : 1).map(([, probability]) => probability);
          const result = weightedPipeline(amounts, probabilities);
          expect(isKpiError(result) || Number.isFinite(result)).toBe(true);
        },
      ),
    );
  });
});

describe("compileStageTable", () => {
  it("compiles a valid table", () => {
    expect(kindOf(compileStageTable(stageTable))).toBeUndefined();
  });

  it.each([
    { name: "a repeated stage", table: [{ stage: "Won", probability: 1 }, { stage: "Won", probability: 0.9 }] },
    { name: "a stage repeated in another case and spacing", table: [{ stage: "Won", probability: 1 }, { stage: " won ", probability: 0.9 }] },
    { name: "an empty table", table: [] },
    { name: "a blank stage name", table: [{ stage: "Won", probability: 1 }, { stage: "  ", probability: 0.5 }] },
  ])("returns #VALUE! for $name", ({ table }) => {
    expect(kindOf(compileStageTable(table))).toBe("#VALUE!");
  });

  it("names the row of a repeated stage and the row it repeats", () => {
    const message = (compileStageTable([{ stage: "Won", probability: 1 }, { stage: "won", probability: 1 }]) as KpiError).message;
    expect([message.includes("stageTable: row 2"), message.includes("row 1")]).toEqual([true, true]);
  });

  it.each([
    { name: "a percent typed as a number", probability: 40 },
    { name: "a negative probability", probability: -0.4 },
  ])("returns #NUM! naming the row for $name", ({ probability }) => {
    const result = compileStageTable([{ stage: "Lead", probability: 0.05 }, { stage: "Won", probability }]) as KpiError;
    expect([result.kind, result.message.includes("stageTable: row 2")]).toEqual(["#NUM!", true]);
  });
});

describe("weightedPipelineByStage", () => {
  it("gives the weighted total of the worked example from stage names", () => {
    expect(weightedPipelineByStage(dealAmounts, dealStages, stageTable)).toBeCloseTo(92000, 9);
  });

  it("gives the same total from a compiled table", () => {
    const compiled = compileStageTable(stageTable) as CompiledStageTable;
    expect(weightedPipelineByStage(dealAmounts, dealStages, compiled)).toBeCloseTo(92000, 9);
  });

  it.each([
    { name: "exact", stage: "Proposal" },
    { name: "lower case", stage: "proposal" },
    { name: "upper case with spaces", stage: "  PROPOSAL " },
  ])("matches a stage written $name", ({ stage }) => {
    expect(weightedPipelineByStage([1000], [stage], stageTable)).toBeCloseTo(400, 9);
  });

  it("matches table names that carry stray spaces and capitals", () => {
    expect(weightedPipelineByStage([1000], ["won"], [{ stage: " WON ", probability: 1 }])).toBe(1000);
  });

  it.each([
    { name: "an empty range", amounts: [], stages: [], expected: 0 },
    { name: "a blank amount with an unknown stage", amounts: [null, 1000], stages: ["Lost?", "Commit"], expected: 800 },
    { name: "a blank amount with a blank stage", amounts: [null, 1000], stages: [null, "Commit"], expected: 800 },
  ])("handles $name", ({ amounts, stages, expected }) => {
    expect(weightedPipelineByStage(amounts, stages, stageTable)).toBeCloseTo(expected, 9);
  });

  it("returns #N/A naming the row and the stage that is not in the table", () => {
    const result = weightedPipelineByStage([1000, 2000], ["Commit", " Closed "], stageTable) as KpiError;
    expect([result.kind, result.message.includes("stages: row 2"), result.message.includes('"Closed"')]).toEqual([
      "#N/A",
      true,
      true,
    ]);
  });

  it.each([
    { name: "a deal without a stage", stages: ["Commit", null] },
    { name: "a deal whose stage is only spaces", stages: ["Commit", "   "] },
  ])("returns #VALUE! naming the row of $name", ({ stages }) => {
    const result = weightedPipelineByStage([1000, 2000], stages, stageTable) as KpiError;
    expect([result.kind, result.message.includes("stages: row 2")]).toEqual(["#VALUE!", true]);
  });

  it("returns #VALUE! when amounts and stages differ in length", () => {
    expect(kindOf(weightedPipelineByStage([1000, 2000], ["Commit"], stageTable))).toBe("#VALUE!");
  });

  it("returns the stage table's own error", () => {
    expect(kindOf(weightedPipelineByStage([1000], ["Won"], [{ stage: "Won", probability: 100 }]))).toBe("#NUM!");
  });

  it("equals weightedPipeline with each deal's probability looked up", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: stageTable.length - 1 }))),
        (deals) => {
          const amounts = deals.map(([amount]) => amount);
          const byStage = weightedPipelineByStage(amounts, deals.map(([, row]) => stageTable[row].stage.toUpperCase()), stageTable);
          const direct = weightedPipeline(amounts, deals.map(([, row]) => stageTable[row].probability));
          expect(byStage).toBe(direct);
        },
      ),
    );
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    const stageName = fc.constantFrom("Qualify", "won", " Won ", "", "  ", "Closed");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(finite, { nil: null }), fc.option(stageName, { nil: null }))),
        fc.array(fc.record({ stage: stageName, probability: finite }), { maxLength: 4 }),
        (rows, table) => {
          const result = weightedPipelineByStage(
            rows.map(([amount]) => amount),
            rows.map(([, stage]) => stage),
            table,
          );
          expect(isKpiError(result) || Number.isFinite(result)).toBe(true);
        },
      ),
    );
  });
});
