import { engineRound } from "../../core/numbers/spreadsheetArithmetic";
import { bracketOf, contestWindows, groupRanks, improvement, listingOrder, newCustomers, placings, tenureMonths, type ContestWindows } from "../../core/ranking";
import { ranks } from "../../core/scoring";
import { isoDate } from "../../core/text/parseDate";
import { activityTypeLabel, isActivityType, parseActivityType } from "../../datasets/activityTypes";
import { criterionKey, labelKey } from "../../datasets/keys";
import type { ActivityRecord, DealRecord, PersonRecord, ScoreRecord, SourceData, TransactionRecord } from "../../datasets/records";
import { pick } from "../../i18n/languages";
import { BuildError } from "../buildError";
import type { BuildContext } from "../context";
import { LABELS as SCORECARD_LABELS } from "../scorecard/labels";
import { scorecardModel, WEIGHTED_DECIMALS } from "../scorecard/model";
import type { LeaderboardLabels } from "./labels";
import { bracketBounds, measureNeeds, type LeaderboardPlan, type Measure } from "./plan";

/**
 * What the Leaderboard shows before it is laid out: the contest's two windows, every entrant's measure
 * this period and last, their ranks in each category, and each category's listing with its prizes.
 */

/** The categories, in the order the sheet lists them. */
export const CATEGORIES = ["top", "improved", "newcomer", "group"] as const;
export type Category = (typeof CATEGORIES)[number];

/** Decimals a measure is rounded to before it is ranked: money to the cent, attainment to 0.01%, counts whole, KPI scores as the scorecard rounds them. */
export const MEASURE_DECIMALS: Record<Measure, number> = { sales: 2, wonDeals: 2, attainment: 4, newCustomers: 0, activities: 0, kpiScore: WEIGHTED_DECIMALS };

/** What a measure's figures are: money, a share of target, a count, or a KPI score (a share, or band points). */
export type MeasureUnit = "money" | "percent" | "count" | "points";

/** Measures whose figures the sheet holds as values worked out at build time (no formula recomputes them). */
export const VALUE_MEASURES: readonly Measure[] = ["newCustomers", "kpiScore"];

/** How much of the annual target a period's target is. */
export const TARGET_DIVISOR = { month: 12, quarter: 4, year: 1 } as const;

export interface EntrantModel {
  name: string;
  team: string | null;
  start: number | null;
  /** Complete months in the role on the as-of date; null without a start date or before it. */
  tenure: number | null;
  /** The per-group ranking's group: its number (from 1) and label; null when in none. */
  group: number | null;
  /** The annual target (the people table's, rows of one name added up); null without one. */
  annualTarget: number | null;
  /** The measure's raw figure in each window: credited sales or won deals to the cent, activities, new customers; the KPI score ("" without one). */
  amount: number | "";
  previousAmount: number | "";
  /** The measure this period and last ("" when it cannot be had: no target, not yet started), and the change. */
  current: number | "";
  previous: number | "";
  improvement: number | "";
  rank: Record<Category, number | null>;
  /** Each person's line number in a category's listing: the rank, then ties in sheet order. */
  order: Record<Category, number | null>;
}

export interface GroupModel {
  number: number;
  label: string;
}

/** One line of a listing: the entrant (index), their place, and the prize for it. */
export interface ListingLine {
  entrant: number;
  place: number;
  prize: number | "";
}

export interface LeaderboardModel {
  asOf: number;
  windows: ContestWindows;
  entrants: EntrantModel[];
  groups: GroupModel[];
  /** Bracket lower bounds when grouping by tenure or target. */
  brackets: number[];
  listings: { top: ListingLine[]; improved: ListingLine[]; newcomer: ListingLine[]; group: ListingLine[][] };
  /** What the measure's figures are, for number formats and summary lines. */
  unit: MeasureUnit;
  /** The activity type counted (activities measure), as the data copy writes it; null for every type. */
  activityType: string | null;
  /** Lines under the heading that say how the measure is worked out. */
  notes: string[];
  warnings: string[];
}

/** The data the measure needs (see measureNeeds), the people when read. */
export interface LeaderboardData {
  transactions?: SourceData<TransactionRecord>;
  deals?: SourceData<DealRecord>;
  people?: SourceData<PersonRecord>;
  activities?: SourceData<ActivityRecord>;
  scores?: SourceData<ScoreRecord>;
}

/** A dated amount credited to a person: a transaction's amount × share, or a won deal's amount. */
interface Credit {
  key: string;
  name: string;
  date: number;
  amount: number;
}

/** The dataset a dated measure counts, as a source of rows (KPI scores have none). */
function sourceOf(plan: LeaderboardPlan, data: LeaderboardData): SourceData<unknown> {
  const dataset = measureNeeds(plan)[0];
  const source = data[dataset];
  if (source === undefined) throw new Error(`the ${dataset} were checked before the build`);
  return source;
}

/** A won deal that has a close date. */
function closedWon(d: DealRecord): boolean {
  return d.status === "won" && d.closeDate !== null;
}

/** The key an activity type is matched by: a known type's key, else the words as a person reads them. */
function activityKey(type: string): string {
  return isActivityType(type) ? type : `text:${labelKey(type)}`;
}

/**
 * Each dated credit the measure counts: a transaction's amount × share, a won deal's amount, an
 * activity row's count, or 1 for each new customer on the day of its first sale.
 */
function creditsOf(plan: LeaderboardPlan, data: LeaderboardData, activityType: string | null, t: LeaderboardLabels, warnings: string[]): Credit[] {
  const measure = plan.measure;
  if (measure === "wonDeals") {
    return (data.deals?.records ?? []).filter(closedWon).map((d) => ({ key: criterionKey(d.owner), name: d.owner, date: d.closeDate as number, amount: d.amount }));
  }
  if (measure === "activities") {
    const want = activityType === null ? null : activityKey(activityType);
    return (data.activities?.records ?? []).filter((a) => want === null || activityKey(a.type) === want).map((a) => ({ key: criterionKey(a.rep), name: a.rep, date: a.date, amount: a.count }));
  }
  if (measure === "newCustomers") {
    const fromDeals = plan.customersFrom === "wonDeals";
    const source = sourceOf(plan, data);
    if (source.headers.customer === undefined) throw new BuildError(t.noCustomerColumn(source.origin), source.origin);
    const rows = fromDeals
      ? (data.deals?.records ?? []).filter(closedWon).map((d) => ({ row: d.row, customer: d.customer ?? null, name: d.owner, date: d.closeDate as number }))
      : (data.transactions?.records ?? []).map((r) => ({ row: r.row, customer: r.customer ?? null, name: r.rep, date: r.date }));
    const blank = rows.filter((r) => r.customer === null).map((r) => r.row);
    if (blank.length > 0) warnings.push(t.noCustomer(source.origin, blank.length, `${blank.slice(0, 10).join(", ")}${blank.length > 10 ? " …" : ""}`));
    const names = new Map<string, string>();
    const sales = rows.flatMap((r) => {
      if (r.customer === null) return [];
      const person = criterionKey(r.name);
      if (!names.has(person)) names.set(person, r.name);
      return [{ customer: labelKey(r.customer), person, date: r.date }];
    });
    return newCustomers(sales).map((n) => ({ key: n.person, name: names.get(n.person) as string, date: n.date, amount: 1 }));
  }
  return (data.transactions?.records ?? []).map((r) => ({ key: criterionKey(r.rep), name: r.rep, date: r.date, amount: r.amount * r.share }));
}

/** Sums each person's credits within a window, in source order (the order each person's block of the copy holds them). */
function sumsIn(credits: readonly Credit[], start: number, end: number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const c of credits) if (c.date >= start && c.date <= end) sums.set(c.key, (sums.get(c.key) ?? 0) + c.amount);
  return sums;
}

/** The prize of a place in a category: "" beyond the plan's list. */
function prizeOf(prizes: readonly number[], place: number): number | "" {
  return place <= prizes.length ? prizes[place - 1] : "";
}

/**
 * Works out the Leaderboard from the records: the entrants (the people table's, then anyone credited in
 * either window), their measure in the current and previous window, and every category's ranks (RANK.EQ:
 * ties share a place and the next place skips) and listing (everyone placed within the plan's places).
 *
 * @param ctx - the plan (ctx.plan.leaderboard) and the as-of date
 * @param data - the transactions (always read), the deals (for won deals) and the people (teams, start
 *   dates, annual targets)
 * @param t - the words for warnings and bracket labels
 *
 * @example
 * leaderboardModel(ctx, { transactions }, labels).listings.top.map((l) => l.place) // => [1, 2, 2] (a tie for second)
 */
export function leaderboardModel(ctx: BuildContext, data: LeaderboardData, t: LeaderboardLabels): LeaderboardModel {
  const plan = ctx.plan.leaderboard;
  const measure = plan.measure;
  for (const dataset of measureNeeds(plan)) {
    if (data[dataset] !== undefined) continue;
    if (dataset === "deals" && measure === "wonDeals") throw new BuildError(t.needsDeals, "deals");
    if (dataset === "people") throw new BuildError(t.needsPeople, "people");
    throw new BuildError(t.needsData(measure, dataset), dataset);
  }
  const source = sourceOf(plan, data);
  // The warnings of what the measure reads and of the people (sales measures: of the deals too, as before).
  const sales = measure === "sales" || measure === "wonDeals" || measure === "attainment";
  const relevant = new Set<string>([...measureNeeds(plan), "people", ...(sales ? ["transactions", "deals"] : [])]);
  const warnings: string[] = (["transactions", "deals", "people", "activities", "scores"] as const).filter((d) => relevant.has(d)).flatMap((d) => data[d]?.warnings ?? []);
  const notes: string[] = [];

  // A setting of another measure is said, not silently ignored.
  if (measure !== "activities" && plan.activityType !== undefined) warnings.push(t.settingUnused("activityType", t.measures[measure]));
  let activityType: string | null = null;
  if (measure === "activities" && plan.activityType !== undefined) {
    const want = activityKey(parseActivityType(plan.activityType) ?? plan.activityType);
    const found = data.activities?.records.find((a) => activityKey(a.type) === want);
    const named = parseActivityType(plan.activityType);
    if (found === undefined) throw new BuildError(t.activityTypeAbsent(named ? activityTypeLabel(named, ctx.language) : plan.activityType, source.origin), source.origin);
    activityType = found.type;
  }
  if (measure === "activities") notes.push(t.activitiesNote(activityType === null ? null : activityTypeLabel(activityType, ctx.language)));
  if (measure === "newCustomers") notes.push(t.customersNote, t.valuesNote(t.amount.newCustomers));

  const windows = contestWindows(ctx.asOf, plan.period);
  const credits = measure === "kpiScore" ? [] : creditsOf(plan, data, activityType, t, warnings);
  if (measure === "wonDeals" || (measure === "newCustomers" && plan.customersFrom === "wonDeals")) {
    const undated = (data.deals?.records ?? []).filter((d) => d.status === "won" && d.closeDate === null).length;
    if (undated > 0) warnings.push(t.wonWithoutDate(source.origin, undated));
  }
  // Rows after the as-of date: a new customer is a credit, not a row, so its rows are counted instead.
  const fromDeals = plan.customersFrom === "wonDeals";
  const after =
    measure !== "newCustomers"
      ? credits.filter((c) => c.date > ctx.asOf).length
      : fromDeals
        ? (data.deals?.records ?? []).filter((d) => closedWon(d) && (d.closeDate as number) > ctx.asOf).length
        : (data.transactions?.records ?? []).filter((r) => r.date > ctx.asOf).length;
  if (after > 0) warnings.push(t.afterAsOf(source.origin, after, isoDate(ctx.asOf)));

  // KPI score: the scorecard's weighted score per person, from the scorecard's own model.
  let scores: Map<string, { name: string; weighted: number | null }> | null = null;
  let unit: MeasureUnit = measure === "attainment" ? "percent" : measure === "newCustomers" || measure === "activities" ? "count" : "money";
  if (measure === "kpiScore") {
    const scorecard = scorecardModel(ctx.plan.scorecard, data.scores as SourceData<ScoreRecord>, pick(ctx.language, SCORECARD_LABELS));
    for (const w of scorecard.warnings) if (!warnings.includes(w)) warnings.push(w);
    scores = new Map(scorecard.people.map((p) => [criterionKey(p.name), { name: p.name, weighted: p.weighted }]));
    unit = scorecard.percentUnits ? "percent" : "points";
    notes.push(t.scoreNote(scorecard.percentUnits), t.valuesNote(t.amount.kpiScore));
    warnings.push(t.noImprovement);
  }

  // Entrants: the people table's (still in the role at the window's start), then anyone credited in either window.
  const names = new Map<string, string>();
  const people = new Map<string, { name: string; team: string | null; start: number | null; target: number | null; rows: number[] }>();
  const add = (name: string): void => {
    const key = criterionKey(name);
    const first = names.get(key);
    if (first === undefined) names.set(key, name);
    else if (first !== name && !warnings.includes(t.caseVariant(name, first))) warnings.push(t.caseVariant(name, first));
  };
  // Every row of a name counts towards its target (as the sheet's SUMIFS adds them); the first row gives
  // the team and start date; the person is in the contest when a row of theirs has not ended before it.
  for (const p of data.people?.records ?? []) {
    const key = criterionKey(p.name);
    const entry = people.get(key);
    if (entry === undefined) people.set(key, { name: p.name, team: p.team, start: p.start, target: p.target, rows: [p.row] });
    else {
      entry.rows.push(p.row);
      if (p.target !== null) entry.target = (entry.target ?? 0) + p.target;
    }
    if (p.end === null || p.end >= windows.currentStart) add(p.name);
  }
  for (const entry of people.values()) {
    if (entry.rows.length > 1) warnings.push(t.duplicatePerson(data.people?.origin ?? "", entry.name, entry.rows.join(", ")));
  }
  for (const c of credits) {
    const inWindow = (c.date >= windows.currentStart && c.date <= windows.currentEnd) || (c.date >= windows.previousStart && c.date <= windows.previousEnd);
    if (inWindow) add(c.name);
  }
  for (const s of scores?.values() ?? []) add(s.name);
  if (names.size === 0) throw new BuildError(t.nobody(source.origin), source.origin);

  const currentSums = sumsIn(credits, windows.currentStart, windows.currentEnd);
  const previousSums = sumsIn(credits, windows.previousStart, windows.previousEnd);
  const decimals = MEASURE_DECIMALS[measure];
  const divisor = TARGET_DIVISOR[plan.period];
  const bounds = bracketBounds(plan);

  const teams: string[] = [];
  const entrants: EntrantModel[] = [...names].map(([key, name]) => {
    const person = people.get(key);
    const start = person?.start ?? null;
    const tenure = tenureMonths(start, ctx.asOf);
    const annualTarget = person?.target ?? null;
    const team = person?.team ?? null;
    const score = scores === null ? null : (scores.get(key)?.weighted ?? null);
    const amount = scores !== null ? (score === null ? "" : engineRound(score, decimals)) : engineRound(currentSums.get(key) ?? 0, 2);
    // Someone who started after the previous window has no previous period to improve on; KPI results have no previous period.
    const started = start === null || start <= windows.previousEnd;
    const previousAmount = started && scores === null ? engineRound(previousSums.get(key) ?? 0, 2) : "";
    const periodTarget = annualTarget === null || annualTarget === 0 ? null : annualTarget / divisor;
    const of = (x: number | ""): number | "" => {
      if (x === "") return "";
      if (measure !== "attainment") return x;
      return periodTarget === null ? "" : engineRound(x / periodTarget, decimals);
    };
    const current = of(amount);
    const previous = of(previousAmount);
    let group: number | null = null;
    if (plan.groupBy === "team" && team !== null && team !== "") {
      if (!teams.includes(team)) teams.push(team);
      group = teams.indexOf(team) + 1;
    } else if (plan.groupBy === "tenure") group = bracketOf(tenure, bounds);
    else if (plan.groupBy === "target") group = bracketOf(annualTarget, bounds);
    const none = { top: null, improved: null, newcomer: null, group: null };
    return { name, team, start, tenure, group, annualTarget, amount, previousAmount, current, previous, improvement: "", rank: { ...none }, order: { ...none } };
  });

  const currents = entrants.map((e) => (e.current === "" ? null : e.current));
  const changes = improvement(currents, entrants.map((e) => (e.previous === "" ? null : e.previous))).map((x) => (x === null ? null : engineRound(x, decimals)));
  entrants.forEach((e, i) => (e.improvement = changes[i] ?? ""));
  const newcomers = entrants.map((e) => (e.tenure !== null && e.tenure < plan.newcomerMonths ? 1 : null));
  const byCategory: Record<Category, (number | null)[]> = {
    top: ranks(currents),
    improved: ranks(changes),
    newcomer: groupRanks(currents, newcomers),
    group: plan.groupBy === "none" ? entrants.map(() => null) : groupRanks(currents, entrants.map((e) => e.group)),
  };
  for (const category of CATEGORIES) {
    const order = category === "group" ? groupOrder(byCategory.group, entrants) : listingOrder(byCategory[category]);
    entrants.forEach((e, i) => {
      e.rank[category] = byCategory[category][i];
      e.order[category] = order[i];
    });
  }

  const groups: GroupModel[] =
    plan.groupBy === "team"
      ? teams.map((label, i) => ({ number: i + 1, label }))
      : plan.groupBy === "none"
        ? []
        : bounds.map((b, i) => ({ number: i + 1, label: plan.groupBy === "tenure" ? t.tenureBracket(b, bounds[i + 1] ?? null) : t.targetBracket(b, bounds[i + 1] ?? null) }));
  if (!data.people) warnings.push(t.noPeople);
  else {
    if (plan.groupBy === "team" && groups.length === 0) warnings.push(t.noTeams);
    if (entrants.every((e) => e.start === null)) warnings.push(t.noStartDates);
  }
  const untargeted = measure === "attainment" ? entrants.filter((e) => e.current === "").map((e) => e.name) : [];
  if (untargeted.length > 0) warnings.push(t.noTarget(untargeted.length, untargeted.slice(0, 10).join(", ")));

  const lines = (ranked: (number | null)[], prizes: readonly number[]): ListingLine[] =>
    placings(ranked, plan.places).map((i) => ({ entrant: i, place: ranked[i] as number, prize: prizeOf(prizes, ranked[i] as number) }));
  const listings = {
    top: lines(byCategory.top, plan.prizes.top),
    improved: lines(byCategory.improved, plan.prizes.improved),
    newcomer: lines(byCategory.newcomer, plan.prizes.newcomer),
    group: groups.map((g) => lines(byCategory.group.map((r, i) => (entrants[i].group === g.number ? r : null)), plan.prizes.group)),
  };
  return { asOf: ctx.asOf, windows, entrants, groups, brackets: plan.groupBy === "tenure" || plan.groupBy === "target" ? bounds : [], listings, unit, activityType, notes, warnings };
}

/** Line numbers within each group: the group rank, then ties in sheet order (as the sheet's COUNTIFS over the rows above). */
function groupOrder(ranked: readonly (number | null)[], entrants: readonly EntrantModel[]): (number | null)[] {
  const seen = new Map<string, number>();
  return ranked.map((rank, i) => {
    if (rank === null) return null;
    const key = `${entrants[i].group}|${rank}`;
    const before = seen.get(key) ?? 0;
    seen.set(key, before + 1);
    return rank + before;
  });
}
