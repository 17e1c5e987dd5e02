import { z } from "zod";
import { PLAN_TEXT, planIssue } from "../../plan/words";

/** The measures a contest ranks by. */
export const MEASURES = ["sales", "wonDeals", "attainment"] as const;
export type Measure = (typeof MEASURES)[number];

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
    /** sales: credited transactions; wonDeals: won deals by close date; attainment: sales ÷ the period's share of the annual target. */
    measure: z.enum(MEASURES).default(DEFAULTS.measure),
    /** The contest's period: the calendar month, quarter or year of the as-of date, compared with the one before. */
    period: z.enum(PERIODS).default(DEFAULTS.period),
    /** Places each category lists (ties at the last place are all listed). */
    places: z.number().int("must be a whole number").min(1, "must be 1 or more").max(50, "must be 50 or less").default(DEFAULTS.places),
    /** A newcomer has been in the role fewer than this many complete months on the as-of date. */
    newcomerMonths: z.number().int("must be a whole number").min(1, "must be 1 or more").max(240, "must be 240 or less").default(DEFAULTS.newcomerMonths),
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

/** The brackets the per-group ranking uses: the plan's, or for tenure the default ones. */
export function bracketBounds(section: LeaderboardPlan): number[] {
  if (section.groupBy === "tenure" && section.brackets.length === 0) return DEFAULT_TENURE_BRACKETS;
  return section.brackets;
}
