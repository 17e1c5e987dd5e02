import { isoDate } from "../../core/text/parseDate";
import { pick } from "../../i18n/languages";
import { activitiesSheet, dealsSheet, peopleSheet, transactionsSheet } from "../../sheets/dataCopies";
import type { Build } from "../../sheets/spec";
import type { BuildContext } from "../context";
import { LEADERBOARD_LABELS, type LeaderboardLabels } from "./labels";
import { leaderboardSheet } from "./layout";
import { leaderboardModel, type LeaderboardData, type LeaderboardModel, type ListingLine } from "./model";

/** A listing's first place for a summary line: the names tied there and their result. */
function winners(model: LeaderboardModel, lines: readonly ListingLine[], value: (i: number) => number | ""): [string, string] | null {
  const first = lines.filter((l) => l.place === 1);
  if (first.length === 0) return null;
  const v = value(first[0].entrant);
  const decimals = model.unit === "count" ? 0 : 2;
  const shown = v === "" ? "" : model.unit === "percent" ? `${(v * 100).toFixed(1)}%` : v.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return [first.map((l) => model.entrants[l.entrant].name).join(", "), shown];
}

function summaryOf(t: LeaderboardLabels, ctx: BuildContext, model: LeaderboardModel): string[] {
  const lines: string[] = [];
  const top = winners(model, model.listings.top, (i) => model.entrants[i].current);
  if (top) lines.push(t.summaryTop(t.periods[ctx.plan.leaderboard.period], ...top));
  const improved = winners(model, model.listings.improved, (i) => model.entrants[i].improvement);
  if (improved) lines.push(t.summaryImproved(...improved));
  const newcomer = winners(model, model.listings.newcomer, (i) => model.entrants[i].current);
  if (newcomer) lines.push(t.summaryNewcomer(...newcomer));
  return lines.length > 0 ? lines : [`${t.title}: ${isoDate(model.asOf)}`];
}

/**
 * Builds the Leaderboard sheet (销售竞赛) with the data copies its formulas read: the top performer,
 * most improved and best newcomer of the period, each group's top places, and everyone's ranks.
 *
 * @param ctx - the plan (ctx.plan.leaderboard: measure, period, places, newcomer months, grouping, prizes) and the as-of date
 * @param data - what the measure ranks from (the transactions, won deals, activities or KPI results), and the
 *   people (teams, start dates, targets) when read
 * @returns the data copy sheets its formulas read, then the "Leaderboard" sheet; summary lines (the winners) and warnings
 *
 * @example
 * buildLeaderboard(ctx, { transactions, people }).sheets.map((s) => s.name)
 * // => ["Data - Transactions", "Data - People", "Leaderboard"]
 */
export function buildLeaderboard(ctx: BuildContext, data: LeaderboardData): Build {
  const t = pick(ctx.language, LEADERBOARD_LABELS);
  const model = leaderboardModel(ctx, data, t);
  // A copy only of what the formulas read: new customers and KPI scores are values.
  const measure = ctx.plan.leaderboard.measure;
  const tx = (measure === "sales" || measure === "attainment") && data.transactions ? transactionsSheet(data.transactions.records, ctx.language) : undefined;
  const deals = measure === "wonDeals" && data.deals ? dealsSheet(data.deals.records, ctx.language) : undefined;
  const activities = measure === "activities" && data.activities ? activitiesSheet(data.activities.records, ctx.language) : undefined;
  const people = data.people ? peopleSheet(data.people.records, ctx.language) : undefined;
  const review = leaderboardSheet(ctx, t, model, { ...(tx ? { tx } : {}), ...(deals ? { deals } : {}), ...(activities ? { activities } : {}), ...(people ? { people } : {}) });
  const copies = [...(tx ? [tx.spec] : []), ...(deals ? [deals.spec] : []), ...(activities ? [activities.spec] : []), ...(people ? [people.spec] : [])];
  return { sheets: [...copies, review], summary: summaryOf(t, ctx, model), warnings: model.warnings };
}
