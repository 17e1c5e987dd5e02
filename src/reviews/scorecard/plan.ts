import { z } from "zod";
import { labelKey } from "../../datasets/keys";
import { fraction, PLAN_LIMITS } from "../../plan/schema";
import { PLAN_TEXT, planIssue } from "../../plan/words";

/** The scorecard's section of the plan: the KPIs, the rating scale and an optional forced distribution. */

export const bandSchema = z.object({ bound: z.number(), score: z.number() });

/** A KPI's direction: higher or lower (is better), also written 越高越好 / 越低越好 as the functions accept. */
export const directionSchema = z
  .enum(["higher", "lower", "越高越好", "越低越好"], { message: PLAN_TEXT.en.direction() })
  .transform((d): "higher" | "lower" => (d === "越高越好" ? "higher" : d === "越低越好" ? "lower" : d));

export const kpiSchema = z.object({
  name: z.string().min(1, PLAN_TEXT.en.kpiName()),
  /** Relative weight; weights are normalised, so 40/30/30 and 0.4/0.3/0.3 mean the same. */
  weight: fraction,
  /** null or left out: the data's direction column or header hint, else higher. */
  direction: directionSchema.nullable().default(null),
  /** Achievement below which the KPI scores 0. */
  threshold: fraction.default(0),
  /** Highest score (achievement) counted; null for no cap. */
  cap: fraction.nullable().default(null),
  /** Optional band table turning achievement into points instead of using achievement itself. */
  bands: z.array(bandSchema).min(1).max(PLAN_LIMITS.bands).optional(),
});
export type KpiDefinition = z.infer<typeof kpiSchema>;

export const ratingStepSchema = z.object({ min: z.number(), label: z.string().min(1) });

const DEFAULT_RATING = [
  { min: 0, label: "C" },
  { min: 0.8, label: "B" },
  { min: 1, label: "A" },
];

export const scorecardPlan = z
  .object({
    /** Empty: one KPI per distinct name in the data, equal weights. */
    kpis: z.array(kpiSchema).max(PLAN_LIMITS.kpis).default([]),
    rating: z.array(ratingStepSchema).min(1).max(PLAN_LIMITS.ratingSteps).default(DEFAULT_RATING),
    /** Optional forced distribution: the most a rating may hold, as a share of people (A: 0.2). */
    distribution: z.record(z.string(), fraction.max(1)).optional(),
  })
  .superRefine((section, ctx) => {
    section.kpis.forEach((kpi, i) => {
      if (kpi.cap !== null && kpi.cap < kpi.threshold) {
        planIssue(ctx, ["kpis", i, "cap"], "capBelow", kpi.cap, kpi.threshold);
      }
    });
    // A rating label is what a person gets and what the distribution's keys name: two steps with one label
    // would show two scores as the same rating, and the sheet's counts per label would add them up.
    const firstWith = new Map<string, number>();
    section.rating.forEach((step, i) => {
      const key = labelKey(step.label);
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, i);
      else {
        planIssue(ctx, ["rating", i, "label"], "duplicateLabel", step.label, `rating[${first}]`);
      }
    });
    // A KPI is a column of the scores and a block of the sheet: listed twice, which entry's settings hold?
    const firstKpi = new Map<string, number>();
    section.kpis.forEach((kpi, i) => {
      const first = firstKpi.get(labelKey(kpi.name));
      if (first === undefined) firstKpi.set(labelKey(kpi.name), i);
      else planIssue(ctx, ["kpis", i, "name"], "duplicateKpi", kpi.name, `kpis[${first}]`);
    });
    const weights = section.kpis.reduce((s, k) => s + k.weight, 0);
    if (section.kpis.length > 0 && weights <= 0) {
      planIssue(ctx, ["kpis"], "weightsZero");
    }
  })
  .default({ kpis: [], rating: DEFAULT_RATING });
export type ScorecardPlan = z.infer<typeof scorecardPlan>;
