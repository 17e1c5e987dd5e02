import { z } from "zod";
import { DATASETS } from "../datasets/records";
import { LANGUAGES } from "../i18n/languages";
import { PLAN_TEXT, planIssue } from "./words";

/**
 * The parts of the plan that every review shares: its version, language, dates and where each dataset
 * is. Each review adds its own section (src/reviews/<kind>/plan.ts); src/reviews/plan.ts composes them
 * into the whole plan with `composePlan`. One JSON object, shared by the command line (a file) and the
 * task pane (kept in the workbook). Every field has a default, so a standard layout needs no plan.
 * Percentages are fractions (85% = 0.85). Dates are ISO strings (2026-04-01).
 */

export const PLAN_VERSION = 1;

/**
 * The most entries each list of the plan may hold. Every entry becomes columns or rows of a review sheet
 * (a KPI is four columns of the scorecard, a stage a column in each block of the funnel's owner table),
 * so a list past these would overrun Excel's 16,384 columns or make a sheet no one can read; each limit
 * is far above any real plan. parsePlan names the field and its limit when one is passed.
 */
export const PLAN_LIMITS = {
  kpis: 500,
  ratingSteps: 50,
  bands: 100,
  stages: 100,
  aliases: 100,
  statusWords: 200,
  lines: 500,
  tiers: 100,
  ramp: 120,
  holidays: 5_000,
} as const;

/** A date written as YYYY-MM-DD. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, PLAN_TEXT.en.isoDate());
/** A fraction or a relative weight: 0 or more. */
export const fraction = z.number().min(0, PLAN_TEXT.en.nonNegative());

export const sourceSchema = z.object({
  /** A named Excel table; takes precedence over sheet. */
  table: z.string().min(1).optional(),
  /** A sheet whose used range holds the data, header row found automatically. */
  sheet: z.string().min(1).optional(),
  /** Column headers by role, where the automatic header mapping should be overridden. */
  columns: z.record(z.string(), z.string().min(1)).optional(),
  /**
   * KPI results one row per person (a wide sheet) only: a KPI's target and actual columns by header,
   * where the pairing found from the headers should be corrected ("销售额": { "target": "销售额目标（调整）" }).
   */
  pairs: z
    .record(z.string().min(1), z.object({ target: z.string().min(1).optional(), actual: z.string().min(1).optional() }))
    .optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** An ISO 4217 currency code. */
const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, PLAN_TEXT.en.currencyCode());

/**
 * The currencies amounts are reported in: the reporting currency, and how many units of it one unit of
 * each other currency is worth (USD: 7.1 when reporting in CNY), as of a date the sheets show. Amounts
 * of deals and transactions in another currency are converted with these rates; several currencies
 * without a rate stop the build (they are never summed as one). `symbols` says what an ambiguous symbol
 * in an amount means ("$" is USD and "¥" CNY unless it says otherwise).
 */
export const currencySchema = z
  .object({
    reporting: currencyCodeSchema.nullable().default(null),
    rates: z.record(currencyCodeSchema, z.number().positive(PLAN_TEXT.en.ratePositive())).default({}),
    asOf: isoDate.optional(),
    symbols: z.record(z.string().min(1), currencyCodeSchema).default({}),
  })
  .superRefine((currency, ctx) => {
    if (currency.reporting === null && Object.keys(currency.rates).length > 0) {
      planIssue(ctx, ["reporting"], "reportingNeeded");
    }
  })
  .default({ reporting: null, rates: {}, symbols: {} });
export type CurrencyPlan = z.infer<typeof currencySchema>;

/** The fields of the plan that are no review's own. */
export const commonPlanShape = {
  version: z.literal(PLAN_VERSION, { message: PLAN_TEXT.en.version(PLAN_VERSION) }),
  title: z.string().optional(),
  /** The language of the review sheets' headings. */
  language: z.enum(LANGUAGES).default("en"),
  /** The day the review is made: days in stage and proration count to it. Default: the latest date in the data. */
  asOf: isoDate.optional(),
  /** The plan period (targets, proration, commission). Default: the calendar year of asOf. */
  period: z.object({ start: isoDate, end: isoDate }).optional(),
  sources: z.partialRecord(z.enum(DATASETS), sourceSchema).default({}),
  currency: currencySchema,
};

/**
 * The whole plan schema: the common fields and one section per review, each section under its review's
 * kind with the defaults it declares.
 *
 * @param sections - kind → the review's section schema (with its defaults)
 */
export function composePlan<S extends Record<string, z.ZodType>>(sections: S) {
  return z
    .object({ ...commonPlanShape, ...sections })
    .superRefine((plan, ctx) => {
      const period = (plan as { period?: { start: string; end: string } }).period;
      if (period && period.start > period.end) {
        planIssue(ctx, ["period"], "startAfterEnd", period.start, period.end);
      }
      const sources = (plan as { sources?: Record<string, Source | undefined> }).sources ?? {};
      for (const [dataset, source] of Object.entries(sources)) {
        if (source?.pairs !== undefined && dataset !== "scores") {
          planIssue(ctx, ["sources", dataset, "pairs"], "pairsNotScores");
        }
      }
    });
}
