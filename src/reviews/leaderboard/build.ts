import { isoDate } from "../../core/text/parseDate";
import { pick } from "../../i18n/languages";
import { dealsSheet, peopleSheet, transactionsSheet } from "../../sheets/dataCopies";
import type { Build } from "../../sheets/spec";
import type { BuildContext } from "../context";
import { LEADERBOARD_LABELS, type LeaderboardLabels } from "./labels";
import { leaderboardSheet } from "./layout";
import { leaderboardModel, type LeaderboardData, type LeaderboardModel, type ListingLine } from "./model";

/** A listing's first place for a summary line: the names tied there and their result. */
function winners(model: LeaderboardModel, lines: readonly ListingLine[], value: (i: number) => number | "", percent: boolean): [string, string] | null {
  const first = lines.filter((l) => l.place === 1);
  if (first.length === 0) return null;
  const v = value(first[0].entrant);
  const shown = v === "" ? "" : percent ? `${(v * 100).toFixed(1)}%` : v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return [first.map((l) => model.entrants[l.entrant].name).join(", "), shown];
}

function summaryOf(t: LeaderboardLabels, ctx: BuildContext, model: LeaderboardModel): string[] {
  const percent = ctx.plan.leaderboard.measure === "attainment";
  const lines: string[] = [];
  const top = winners(model, model.listings.top, (i) => model.entrants[i].current, percent);
  if (top) lines.push(t.summaryTop(t.periods[ctx.plan.leaderboard.period], ...top));
  const improved = winners(model, model.listings.improved, (i) => model.entrants[i].improvement, percent);
  if (improved) lines.push(t.summaryImproved(...improved));
  const newcomer = winners(model, model.listings.newcomer, (i) => model.entrants[i].current, percent);
  if (newcomer) lines.push(t.summaryNewcomer(...newcomer));
  return lines.length > 0 ? lines : [`${t.title}: ${isoDate(model.asOf)}`];
}

/**
 * Builds the Leaderboard sheet (销售竞赛) with the data copies its formulas read: the top performer,
 * most improved and best newcomer of the period, each group's top places, and everyone's ranks.
 *
 * @param ctx - the plan (ctx.plan.leaderboard: measure, period, places, newcomer months, grouping, prizes) and the as-of date
 * @param data - the transactions, and the deals (won deals) and people (teams, start dates, targets) when read
 * @returns the data copy sheets, then the "Leaderboard" sheet; summary lines (the winners) and warnings
 *
 * @example
 * buildLeaderboard(ctx, { transactions, people }).sheets.map((s) => s.name)
 * // => ["Data - Transactions", "Data - People", "Leaderboard"]
 */
export function buildLeaderboard(ctx: BuildContext, data: LeaderboardData): Build {
  const t = pick(ctx.language, LEADERBOARD_LABELS);
  const model = leaderboardModel(ctx, data, t);
  const tx = transactionsSheet(data.transactions.records, ctx.language);
  const deals = ctx.plan.leaderboard.measure === "wonDeals" && data.deals ? dealsSheet(data.deals.records, ctx.language) : undefined;
  const people = data.people ? peopleSheet(data.people.records, ctx.language) : undefined;
  const review = leaderboardSheet(ctx, t, model, { tx, ...(deals ? { deals } : {}), ...(people ? { people } : {}) });
  const copies = [...(ctx.plan.leaderboard.measure === "wonDeals" ? [] : [tx.spec]), ...(deals ? [deals.spec] : []), ...(people ? [people.spec] : [])];
  return { sheets: [...copies, review], summary: summaryOf(t, ctx, model), warnings: model.warnings };
}
