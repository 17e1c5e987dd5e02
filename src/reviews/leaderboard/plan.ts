import { z } from "zod";
import type { Dataset } from "../../datasets/records";
import { PLAN_TEXT, planIssue } from "../../plan/words";

/** The measures a contest ranks by. */
export const MEASURES = ["sales", "wonDeals", "attainment", "newCustomers", "activities", "kpiScore"] as const;
export type Measure = (typeof MEASURES)[number];

/** Where new customers are counted from: the transactions, or the won deals (by close date). */
export const CUSTOMER_SOURCES = ["transactions", "wonDeals"] as const;

/** The periods a contest runs over: the calendar month, quarter or year holding the as-of date. */
export const PERIODS = ["month", "quarter", "year"] as const;
export type ContestPeriod = (typeof PERIODS)[number];

/** How people are grouped for the per-group ranking. */
export const GROUPINGS = ["team", "tenure", "target", "none"] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** Tenure brackets when the plan names none: under a year, one to three years, three years and more. */
export const DEFAULT_TENURE_BRACKETS = [0, 12, 36];

const prizeList = z.array(z.number().min(0, PLAN_TEXT.en.nonNegative())).max(50, PLAN_TEXT.en.prizesMax());

const DEFAULTS = {
  measure: "sales" as Measure,
  customersFrom: "transactions" as (typeof CUSTOMER_SOURCES)[number],
  period: "month" as ContestPeriod,
  places: 3,
  newcomerMonths: 6,
  groupBy: "team" as Grouping,
  brackets: [] as number[],
  prizes: { top: [] as number[], improved: [] as number[], newcomer: [] as number[], group: [] as number[] },
};

/**
 * The Leaderboard's section of the plan (销售竞赛): what it ranks by, over which period, how many
 * places each category lists, who counts as a newcomer, how people are grouped, and the prizes.
 */
export const leaderboardPlan = z
  .object({
    /**
     * sales: credited transactions; wonDeals: won deals by close date; attainment: sales ÷ the period's
     * share of the annual target; newCustomers: customers whose first sale falls in the period;
     * activities: the activity log's count; kpiScore: the scorecard's weighted score.
     */
    measure: z.enum(MEASURES).default(DEFAULTS.measure),
    /** newCustomers: counted from the transactions' or the won deals' customer column. */
    customersFrom: z.enum(CUSTOMER_SOURCES).default(DEFAULTS.customersFrom),
    /** activities: count only this type (calls, visits, 电话, 拜访… or a type as the data writes it); every type when absent. */
    activityType: z.string().trim().min(1, PLAN_TEXT.en.activityTypeName()).optional(),
    /** The contest's period: the calendar month, quarter or year of the as-of date, compared with the one before. */
    period: z.enum(PERIODS).default(DEFAULTS.period),
    /** Places each category lists (ties at the last place are all listed). */
    places: z.number().int(PLAN_TEXT.en.wholeNumber()).min(1, PLAN_TEXT.en.oneOrMore()).max(50, PLAN_TEXT.en.placesMax()).default(DEFAULTS.places),
    /** A newcomer has been in the role fewer than this many complete months on the as-of date. */
    newcomerMonths: z.number().int(PLAN_TEXT.en.wholeNumber()).min(1, PLAN_TEXT.en.oneOrMore()).max(240, PLAN_TEXT.en.monthsMax()).default(DEFAULTS.newcomerMonths),
    /** The per-group ranking: by team, by tenure bracket, by annual-target bracket, or none. */
    groupBy: z.enum(GROUPINGS).default(DEFAULTS.groupBy),
    /** Each bracket's lower bound, ascending (months of tenure, or annual target); tenure defaults to 0, 12, 36. */
    brackets: z.array(z.number().min(0, PLAN_TEXT.en.nonNegative())).max(20, PLAN_TEXT.en.bracketsMax()).default(DEFAULTS.brackets),
    /** Prize per place (1st, 2nd, …) for each category; none by default. */
    prizes: z
      .object({ top: prizeList.default([]), improved: prizeList.default([]), newcomer: prizeList.default([]), group: prizeList.default([]) })
      .default(DEFAULTS.prizes),
  })
  .superRefine((section, ctx) => {
    section.brackets.forEach((b, i) => {
      if (i > 0 && !(b > section.brackets[i - 1])) planIssue(ctx, ["brackets", i], "bracketsRise");
    });
    if (section.groupBy === "tenure") {
      section.brackets.forEach((b, i) => {
        if (!Number.isInteger(b)) planIssue(ctx, ["brackets", i], "bracketsWhole");
      });
    }
    if (section.groupBy === "target" && section.brackets.length === 0) {
      planIssue(ctx, ["brackets"], "bracketsNeeded");
    }
  })
  .default(DEFAULTS);
export type LeaderboardPlan = z.infer<typeof leaderboardPlan>;

/**
 * The datasets a measure ranks from: the transactions for sales, attainment (with the people's targets)
 * and new customers from sales; the deals for won deals and new customers from won deals; the
 * activities; the KPI results for the scorecard's score.
 *
 * @example
 * measureNeeds({ measure: "activities", … }) // => ["activities"]
 */
export function measureNeeds(section: Pick<LeaderboardPlan, "measure" | "customersFrom">): Extract<Dataset, "transactions" | "deals" | "people" | "activities" | "scores">[] {
  switch (section.measure) {
    case "sales":
      return ["transactions"];
    case "attainment":
      return ["transactions", "people"];
    case "wonDeals":
      return ["deals"];
    case "newCustomers":
      return [section.customersFrom === "wonDeals" ? "deals" : "transactions"];
    case "activities":
      return ["activities"];
    case "kpiScore":
      return ["scores"];
  }
}

/** The brackets the per-group ranking uses: the plan's, or for tenure the default ones. */
export function bracketBounds(section: LeaderboardPlan): number[] {
  if (section.groupBy === "tenure" && section.brackets.length === 0) return DEFAULT_TENURE_BRACKETS;
  return section.brackets;
}
