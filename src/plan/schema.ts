import { z } from "zod";

/**
 * The plan: what a build needs beyond the data. One JSON object, shared by the command line (a file) and
 * the task pane (kept in the workbook). Every field has a default, so a standard layout needs no plan.
 * Percentages are fractions (85% = 0.85). Dates are ISO strings (2026-04-01).
 */

export const PLAN_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written as YYYY-MM-DD");
const fraction = z.number().min(0, "must be 0 or more");

/** The datasets a build can read, each one a table of the team's workbook. */
export const DATASETS = ["scores", "people", "history", "deals", "transactions", "paid"] as const;
export type Dataset = (typeof DATASETS)[number];

export const sourceSchema = z.object({
  /** A named Excel table; takes precedence over sheet. */
  table: z.string().min(1).optional(),
  /** A sheet whose used range holds the data, header row found automatically. */
  sheet: z.string().min(1).optional(),
  /** Column headers by role, where the automatic header mapping should be overridden. */
  columns: z.record(z.string(), z.string().min(1)).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const bandSchema = z.object({ bound: z.number(), score: z.number() });

export const kpiSchema = z.object({
  name: z.string().min(1, "a KPI needs a name"),
  /** Relative weight; weights are normalised, so 40/30/30 and 0.4/0.3/0.3 mean the same. */
  weight: fraction,
  direction: z.enum(["higher", "lower"]).default("higher"),
  /** Achievement below which the KPI scores 0. */
  threshold: fraction.default(0),
  /** Highest score (achievement) counted; null for no cap. */
  cap: fraction.nullable().default(null),
  /** Optional band table turning achievement into points instead of using achievement itself. */
  bands: z.array(bandSchema).min(1).optional(),
});
export type KpiDefinition = z.infer<typeof kpiSchema>;

export const ratingStepSchema = z.object({ min: z.number(), label: z.string().min(1) });

export const stageSchema = z.object({
  name: z.string().min(1),
  /** Other names the data may use for this stage (another language, a CRM's wording). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Days a deal may stay in this stage before it counts as stuck; null for no limit. */
  maxDays: z.number().int().positive().nullable().default(null),
  /** Win probability of an open deal in this stage, for the weighted pipeline. */
  probability: fraction.max(1, "a probability is at most 1 (100%)"),
});
export type Stage = z.infer<typeof stageSchema>;

export const tierSchema = z.object({ from: z.number(), rate: fraction });

export const productLineSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  tiers: z.array(tierSchema).min(1, "a product line needs at least one tier"),
});

export const planSchema = z
  .object({
    version: z.literal(PLAN_VERSION, { message: `this tool reads plan version ${PLAN_VERSION}` }),
    title: z.string().optional(),
    /** The language of the review sheets' headings. */
    language: z.enum(["en", "zh-CN"]).default("en"),
    /** The day the review is made: days in stage and proration count to it. Default: the latest date in the data. */
    asOf: isoDate.optional(),
    /** The plan period (targets, proration, commission). Default: the calendar year of asOf. */
    period: z.object({ start: isoDate, end: isoDate }).optional(),
    sources: z.partialRecord(z.enum(DATASETS), sourceSchema).default({}),
    scorecard: z
      .object({
        /** Empty: one KPI per distinct name in the data, equal weights. */
        kpis: z.array(kpiSchema).default([]),
        rating: z.array(ratingStepSchema).min(1).default([
          { min: 0, label: "C" },
          { min: 0.8, label: "B" },
          { min: 1, label: "A" },
        ]),
        /** Optional forced distribution: the most a rating may hold, as a share of people (A: 0.2). */
        distribution: z.record(z.string(), fraction.max(1)).optional(),
      })
      .default({ kpis: [], rating: [{ min: 0, label: "C" }, { min: 0.8, label: "B" }, { min: 1, label: "A" }] }),
    targets: z
      .object({
        /** The team's target for the period; default: the sum of the people's target column. */
        annual: z.number().positive().optional(),
        decimals: z.number().int().min(0).max(6).default(0),
        /** How the team target is split over people. */
        weighting: z.enum(["equal", "lastYear", "potential", "column"]).default("lastYear"),
        /** With weighting "column": the header of the people table's column holding the weights. */
        weightColumn: z.string().min(1).optional(),
        /** How each person's target is split over months. */
        seasonality: z.enum(["history", "even"]).default("history"),
        /** Factors for a new joiner's first months in the role, such as [0.25, 0.5, 0.75]; then 1. */
        ramp: z.array(fraction).default([]),
      })
      .default({ decimals: 0, weighting: "lastYear", seasonality: "history", ramp: [] }),
    funnel: z
      .object({
        stages: z.array(stageSchema).min(2, "a funnel needs at least two stages").optional(),
      })
      .default({}),
    commission: z
      .object({
        method: z.enum(["marginal", "retroactive"]).default("marginal"),
        /** Tiers per product line; a line not listed uses defaultTiers. Tier bounds are in sales amount. */
        lines: z.array(productLineSchema).default([]),
        defaultTiers: z.array(tierSchema).min(1).default([{ from: 0, rate: 0.05 }]),
        /** Commission on the share of sales above attainment `above` is multiplied by `multiplier`. */
        accelerator: z
          .object({ above: fraction.default(1), multiplier: z.number().min(1).default(1) })
          .default({ above: 1, multiplier: 1 }),
        /** Most commission one rep can earn in the period; null for no cap. */
        cap: z.number().positive().nullable().default(null),
        /** Guaranteed minimum payout for the period (non-recoverable within one statement). */
        draw: z.number().min(0).default(0),
        /** A paid amount within this of what is due counts as OK. */
        tolerance: z.number().min(0).default(1),
      })
      .default({ method: "marginal", lines: [], defaultTiers: [{ from: 0, rate: 0.05 }], accelerator: { above: 1, multiplier: 1 }, cap: null, draw: 0, tolerance: 1 }),
  })
  .superRefine((plan, ctx) => {
    plan.scorecard.kpis.forEach((kpi, i) => {
      if (kpi.cap !== null && kpi.cap < kpi.threshold) {
        ctx.addIssue({ code: "custom", path: ["scorecard", "kpis", i, "cap"], message: `cap ${kpi.cap} is below threshold ${kpi.threshold}` });
      }
    });
    const weights = plan.scorecard.kpis.reduce((s, k) => s + k.weight, 0);
    if (plan.scorecard.kpis.length > 0 && weights <= 0) {
      ctx.addIssue({ code: "custom", path: ["scorecard", "kpis"], message: "the KPI weights add up to 0" });
    }
    if (plan.period && plan.period.start > plan.period.end) {
      ctx.addIssue({ code: "custom", path: ["period"], message: `start ${plan.period.start} is after end ${plan.period.end}` });
    }
    if (plan.targets.weighting === "column" && !plan.targets.weightColumn) {
      ctx.addIssue({ code: "custom", path: ["targets", "weightColumn"], message: 'weighting "column" needs weightColumn, the header of the weights column' });
    }
  });

/** A validated plan with every default filled in. */
export type Plan = z.infer<typeof planSchema>;
/** A plan as a person writes it: everything but the version may be left out. */
export type PlanInput = z.input<typeof planSchema>;
