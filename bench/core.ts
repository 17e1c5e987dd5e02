/**
 * Speed of each core calculation over 1,000,000 rows (SPLIT over 1,000,000 weights). Each case is run
 * a few times and the median reported; inputs are made by a seeded generator so runs compare.
 */
import { performance } from "perf_hooks";
import { achievement, score, bandScore, compileBands, weighted, rating, compileScale } from "../src/core/scoring";
import { splitTotal, seasonalSplit, rampTarget, prorate } from "../src/core/allocation";
import { funnelRates, reverseFunnel, velocity, weightedPipeline, weightedPipelineByStage, compileStageTable, coverage } from "../src/core/funnel";
import { commissionFor, compileTiers, drawPayouts } from "../src/core/commission";
import { abcClasses } from "../src/core/segments";
import { isKpiError } from "../src/core/errors";
// The sample team's seeded generator, so every run measures the same inputs.
import { random } from "../examples/generate";

export const ROWS = 1_000_000;

function unwrap<T>(value: T): Exclude<T, import("../src/core/errors").KpiError> {
  if (isKpiError(value)) throw new Error(`bench input was refused: ${value.message}`);
  return value as Exclude<T, import("../src/core/errors").KpiError>;
}

export interface CoreCase {
  name: string;
  rows: number;
  run: () => unknown;
}

export function coreCases(): CoreCase[] {
  const rnd = random(42);
  const actual = Float64Array.from({ length: ROWS }, () => rnd() * 200_000);
  const target = Float64Array.from({ length: ROWS }, () => 50_000 + rnd() * 100_000);
  const ratio = Float64Array.from({ length: ROWS }, () => rnd() * 1.5);
  const weights = Array.from({ length: ROWS }, () => rnd() * 100);
  const blanky = Array.from({ length: ROWS }, (_, i) => (i % 7 === 3 ? null : rnd() * 100));
  const probs = Array.from({ length: ROWS }, () => rnd());
  const stages = ["Lead", "Needs", "Proposal", "Negotiation", "Won"];
  const stageOf = Array.from({ length: ROWS }, (_, i) => stages[i % 5]);
  const counts = Array.from({ length: ROWS }, (_, i) => ROWS - i);
  const bands = unwrap(compileBands([{ bound: 0.5, score: 20 }, { bound: 0.8, score: 60 }, { bound: 1, score: 100 }, { bound: 1.2, score: 120 }]));
  const scale = unwrap(compileScale([{ min: 0, label: "C" }, { min: 0.8, label: "B" }, { min: 1, label: "A" }]));
  const tiers = unwrap(compileTiers([{ from: 0, rate: 0.03 }, { from: 50_000, rate: 0.05 }, { from: 100_000, rate: 0.08 }]));
  const table = unwrap(compileStageTable(stages.map((stage, i) => ({ stage, probability: (i + 1) / 5 }))));
  const history = Array.from({ length: 10 }, () => Array.from({ length: ROWS / 10 }, () => rnd() * 1000));
  const schedule = [0.25, 0.5, 0.75, 1];
  const funnelSteps = [0.1, 0.35, 0.5, 0.4];
  // one call per row, as a spilled column of formulas would make
  const scalar = (name: string, f: (i: number) => unknown): CoreCase => ({
    name,
    rows: ROWS,
    run: () => {
      let sink = 0;
      for (let i = 0; i < ROWS; i++) if (!isKpiError(f(i))) sink++;
      return sink;
    },
  });
  return [
    scalar("ACHIEVEMENT", (i) => achievement(actual[i], target[i])),
    scalar("SCORE", (i) => score(actual[i], target[i], { threshold: 0.5, cap: 1.2 })),
    scalar("BANDSCORE (interpolated)", (i) => bandScore(ratio[i], bands, { interpolate: true })),
    { name: "WEIGHTED", rows: ROWS, run: () => weighted(blanky, weights) },
    scalar("RATING", (i) => rating(ratio[i], scale)),
    { name: "SPLIT", rows: ROWS, run: () => unwrap(splitTotal(123_456_789, weights)) },
    { name: "SPLIT with bounds", rows: ROWS, run: () => unwrap(splitTotal(50_000_000, weights, { minimums: weights.map(() => 10), maximums: weights.map(() => 90) })) },
    { name: "SEASONAL (10 years)", rows: ROWS, run: () => unwrap(seasonalSplit(1e9, history)) },
    scalar("RAMP", (i) => rampTarget(target[i], (i % 6) + 1, schedule)),
    scalar("PRORATE", (i) => prorate(target[i], 46023 + (i % 365), null, 46023, 46387)),
    { name: "FUNNEL", rows: ROWS, run: () => unwrap(funnelRates(counts)) },
    scalar("REVERSEFUNNEL (4 rates)", (i) => reverseFunnel(target[i], funnelSteps, { dealSize: 2_500 })),
    scalar("VELOCITY", (i) => velocity(actual[i], probs[i], target[i], 30 + (i % 90))),
    { name: "WEIGHTEDPIPELINE", rows: ROWS, run: () => weightedPipeline(weights, probs) },
    { name: "WEIGHTEDPIPELINE by stage", rows: ROWS, run: () => weightedPipelineByStage(weights, stageOf, table) },
    scalar("COVERAGE", (i) => coverage(actual[i] * 3, target[i] * 2, target[i])),
    scalar("COMMISSION (marginal)", (i) => commissionFor(actual[i], tiers)),
    scalar("COMMISSION (retroactive)", (i) => commissionFor(actual[i], tiers, { method: "retroactive" })),
    { name: "DRAW", rows: ROWS, run: () => unwrap(drawPayouts(blanky, 50)) },
    { name: "ABC", rows: ROWS, run: () => unwrap(abcClasses(blanky)) },
  ];
}

export function timeCase(c: CoreCase, repeats = 5): number {
  c.run(); // warm-up: let the JIT see the code before it is timed
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    c.run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
