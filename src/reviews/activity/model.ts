import { activitiesPerDeal, daysInRole, quotaToDate, shortfalls, streaks, weekStart, workingDayList } from "../../core/activity";
import { isKpiError, type Result } from "../../core/errors";
import { dateSerial, isoDate, serialToDate } from "../../core/text/parseDate";
import { activityTypeLabel, ACTIVITY_TYPES, isActivityType, parseActivityType } from "../../datasets/activityTypes";
import { criterionKey, labelKey } from "../../datasets/keys";
import type { ActivityRecord, DealRecord, PersonRecord, SourceData } from "../../datasets/records";
import { BuildError } from "../buildError";
import type { BuildContext } from "../context";
import type { ActivityLabels } from "./labels";
import { quotaTypeKey, type ActivityQuota } from "./plan";

/**
 * What the Activity sheet shows before it is laid out: the windows to the as-of date (the day, the
 * week and the month to date, and the year to date for the deals), the quotas, each type's team counts
 * against the team's quota, each person's counts against theirs with how often they fell short and
 * their streaks, and, with deals, activities per won deal, per stage reached and follow-ups per open deal.
 */

/** The windows of the team summary and the person table, in the order the sheet lays them out. */
export const WINDOWS = ["day", "week", "month"] as const;
export type WindowKind = (typeof WINDOWS)[number] | "year";

export interface WindowModel {
  kind: WindowKind;
  start: number;
  /** Always the as-of date. */
  end: number;
  workingDays: number;
}

export interface QuotaModel {
  /** The record type it checks: a known type's key or the data's text. */
  type: string;
  /** The type as the data copy writes it, which the formulas' criteria match. */
  label: string;
  quota: number;
  per: "day" | "week";
  /** The quota per working day: the daily quota, or the weekly one ÷ 5. */
  rate: number;
}

export interface PersonQuota {
  /** Day, week to date, month to date. */
  counts: number[];
  monthQuota: number;
  /** Month to date ÷ month quota; "" when the month asks nothing yet. */
  ofQuota: number | "";
}

export interface PersonDeals {
  activities: number;
  won: number;
  perWon: number | "";
  open: number;
  followUps: number;
  perOpen: number | "";
  /** The person owns a deal: their deal cells are formulas over their block of the deals copy. */
  owns: boolean;
}

export interface PersonModel {
  name: string;
  /** The team (the people table's, else the log's first); null without one. */
  team: string | null;
  /** First and last day in the role (the people table's); null when not given. */
  start: number | null;
  end: number | null;
  /** Working days in the role in each window (day, week to date, month to date): the quotas ask for these only. */
  days: number[];
  /** One per quota, in the plan's order. */
  quotas: PersonQuota[];
  /** Every activity this month to date. */
  monthTotal: number;
  /** Working days this month to date on which a daily quota was missed; "" without a daily quota. */
  daysShort: number | "";
  /** Weeks of the year ended by the as-of date in which a weekly quota was missed; "" without a weekly quota. */
  weeksShort: number | "";
  /** Working days in a row, to the as-of date, meeting every daily quota; "" without a daily quota. */
  currentStreak: number | "";
  longestStreak: number | "";
  /** Below a quota this month to date. */
  short: boolean;
  deals: PersonDeals | null;
}

/** One team's subtotal of the person table: its members' figures added up, shares from the sums. */
export interface TeamSubtotal {
  name: string;
  quotas: PersonQuota[];
  monthTotal: number;
  daysShort: number | "";
  weeksShort: number | "";
  days: number[];
  deals: Omit<PersonDeals, "owns"> | null;
}

/** One activity type of the team summary. */
export interface TypeModel {
  type: string;
  label: string;
  /** Day, week to date, month to date. */
  counts: number[];
  /** Its quota, if the plan has one. */
  quota: QuotaModel | null;
  /** The team's quota per window: rate × the people's working days in the role; null without a quota. */
  quotas: number[] | null;
  ofQuota: (number | "")[] | null;
}

export interface StageModel {
  stage: string;
  reached: number;
  perDeal: number | "";
}

export interface ActivityModel {
  asOf: number;
  windows: WindowModel[];
  year: WindowModel;
  /** The first day shortfalls and streaks count: the period's start, or the log's first day if later. */
  trackedFrom: number;
  /** The month's working days to the as-of date, in order (the days short are counted over them). */
  monthDays: number[];
  holidays: number[];
  quotas: QuotaModel[];
  types: TypeModel[];
  totals: number[];
  people: PersonModel[];
  /** Whether someone joined or left within a window, so quotas count each person's own working days. */
  prorated: boolean;
  /** One subtotal per team (the people table's, else the log's), in order of first appearance; empty without teams. */
  teams: TeamSubtotal[];
  /** With deals: the funnel's stages, and all activities of the year to date. */
  stages: StageModel[] | null;
  yearTotal: number;
  warnings: string[];
}

export interface ActivityData {
  activities: SourceData<ActivityRecord>;
  deals?: SourceData<DealRecord>;
  /** Optional: a person whose end date is before the month is left out of the person table. */
  people?: SourceData<PersonRecord>;
}

/** A core result that cannot be an error here (the inputs were checked), or the build stops naming it. */
function sure<T>(result: Result<T>, where: string): T {
  if (isKpiError(result)) throw new Error(`${where}: ${result.message}`);
  return result;
}

/** A ratio the sheet shows blank when there is nothing to divide by. */
function ratio(result: Result<number>): number | "" {
  return isKpiError(result) ? "" : result;
}

/** A holiday of the plan (YYYY-MM-DD) as a date serial; the plan's schema checked it is a day. */
function holidaySerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return dateSerial(y, m, d) as number;
}

/** The key a record's type is matched to a quota by (see quotaTypeKey). */
function recordTypeKey(type: string): string {
  return isActivityType(type) ? type : `text:${labelKey(type)}`;
}

/** Activities of one person: day → type key → count. */
type Log = Map<number, Map<string, number>>;

function countOn(log: Log | undefined, day: number, type: string): number {
  return log?.get(day)?.get(type) ?? 0;
}

/**
 * Works out the Activity sheet from the records.
 *
 * @param ctx - the plan (ctx.plan.activity: quotas, holidays), the as-of date and the period (the year to date starts with it)
 * @param data - the activities, and optionally the deals (won and open deals by owner, the funnel's stages)
 * @param t - the words for the warnings
 *
 * @example
 * activityModel(ctx, { activities }, labels).people[0].quotas[0].counts
 * // => [22, 61, 250] (calls on the day, the week and the month to date)
 */
export function activityModel(ctx: BuildContext, data: ActivityData, t: ActivityLabels): ActivityModel {
  const plan = ctx.plan.activity;
  const language = ctx.language;
  const origin = data.activities.origin;
  const records = data.activities.records;
  const warnings: string[] = [...data.activities.warnings, ...(data.deals?.warnings ?? [])];
  if (records.length === 0) throw new BuildError(t.noActivities(origin), origin);

  const asOf = ctx.asOf;
  const holidays = plan.holidays.map(holidaySerial);
  const { year, month } = serialToDate(asOf);
  const window = (kind: WindowKind, start: number): WindowModel => ({ kind, start, end: asOf, workingDays: sure(workingDayList(start, asOf, holidays), kind).length });
  const windows = [window("day", asOf), window("week", weekStart(asOf)), window("month", dateSerial(year, month, 1) as number)];
  const yearWindow = window("year", ctx.periodStart);

  const after = records.filter((r) => r.date > asOf).length;
  if (after > 0) warnings.push(t.afterAsOf(origin, after, isoDate(asOf)));

  // Each type as the data first writes it (the copy writes known types in the sheet's language).
  const present = new Map<string, string>();
  for (const r of records) if (!present.has(recordTypeKey(r.type))) present.set(recordTypeKey(r.type), r.type);

  const quotas: QuotaModel[] = [];
  for (const q of plan.quotas as ActivityQuota[]) {
    const type = present.get(quotaTypeKey(q.type));
    if (type === undefined) {
      const known = parseActivityType(q.type);
      warnings.push(t.quotaTypeAbsent(known ? activityTypeLabel(known, language) : q.type, origin));
      continue;
    }
    quotas.push({ type, label: activityTypeLabel(type, language), quota: q.quota, per: q.per, rate: q.per === "day" ? q.quota : q.quota / 5 });
  }

  // People in order of first appearance, one per name as spreadsheet criteria compare names.
  const names = new Map<string, string>();
  const logs = new Map<string, Log>();
  for (const r of records) {
    const key = criterionKey(r.rep);
    const first = names.get(key);
    if (first === undefined) names.set(key, r.rep);
    else if (first !== r.rep && !warnings.includes(t.caseVariant(r.rep, first))) warnings.push(t.caseVariant(r.rep, first));
    if (r.date > asOf) continue;
    let log = logs.get(key);
    if (!log) logs.set(key, (log = new Map()));
    let day = log.get(r.date);
    if (!day) log.set(r.date, (day = new Map()));
    const type = recordTypeKey(r.type);
    day.set(type, (day.get(type) ?? 0) + r.count);
  }

  // Days are whole serials (the reader floors a date's time): a window shorter than the log is summed by
  // looking its days up, not by walking the whole log (each of 46 weeks of 1,000 people walked 365 days:
  // 0.4 s of a 5.3 s build).
  const sumBetween = (log: Log | undefined, start: number, end: number, type: string | null): number => {
    let total = 0;
    if (!log) return 0;
    const add = (counts: Map<string, number>): void => {
      if (type === null) for (const c of counts.values()) total += c;
      else total += counts.get(type) ?? 0;
    };
    if (end - start + 1 < log.size) {
      for (let day = Math.ceil(start); day <= end; day++) {
        const counts = log.get(day);
        if (counts) add(counts);
      }
    } else {
      for (const [day, counts] of log) if (day >= start && day <= end) add(counts);
    }
    return total;
  };
  const sumOver = (log: Log | undefined, start: number, type: string | null): number => sumBetween(log, start, asOf, type);

  const monthWindow = windows[2];
  const monthDays = sure(workingDayList(monthWindow.start, asOf, holidays), "month");
  const trackedFrom = Math.max(ctx.periodStart, records.reduce((first, r) => Math.min(first, r.date), Number.POSITIVE_INFINITY));
  const trackedDays = sure(workingDayList(trackedFrom, asOf, holidays), "year");
  const daily = quotas.filter((q) => q.per === "day");
  const weekly = quotas.filter((q) => q.per === "week");
  // Whole weeks tracked: Monday on or after the first day tracked, Sunday on or before the as-of date.
  const weeks: number[] = [];
  for (let monday = weekStart(trackedFrom + 6); monday + 6 <= asOf; monday += 7) weeks.push(monday);

  const dealsByOwner = new Map<string, { won: number; open: number }>();
  for (const d of data.deals?.records ?? []) {
    const entry = dealsByOwner.get(criterionKey(d.owner)) ?? { won: 0, open: 0 };
    if (d.status === "won") entry.won++;
    if (d.status === "open") entry.open++;
    dealsByOwner.set(criterionKey(d.owner), entry);
  }
  const followUp = "followUp";

  // Someone who left before this month is not asked for this month's quota; someone who joins or leaves
  // during it is asked only for their working days in the role (the people table's start and end dates).
  const left = new Set<string>();
  const roles = new Map<string, { start: number | null; end: number | null; team: string | null }>();
  for (const p of data.people?.records ?? []) {
    if (p.end !== null && p.end < monthWindow.start) left.add(criterionKey(p.name));
    if (!roles.has(criterionKey(p.name))) roles.set(criterionKey(p.name), { start: p.start, end: p.end, team: p.team });
  }
  const teamsInLog = new Map<string, string>();
  for (const r of records) if (r.team !== null && !teamsInLog.has(criterionKey(r.rep))) teamsInLog.set(criterionKey(r.rep), r.team);
  const gone = [...names].filter(([key]) => left.has(key)).map(([, name]) => name);
  if (gone.length > 0) warnings.push(t.leftBefore(gone, isoDate(monthWindow.start), data.people?.origin ?? ""));
  // Someone of the people table in the role this month who logged nothing is listed too, with nothing done:
  // leaving them out would hide the one most short of quota.
  const silent: string[] = [];
  for (const p of data.people?.records ?? []) {
    const key = criterionKey(p.name);
    if (names.has(key) || left.has(key) || (p.start !== null && p.start > asOf)) continue;
    names.set(key, p.name);
    silent.push(p.name);
  }
  if (silent.length > 0) warnings.push(t.noActivity(silent, data.people?.origin ?? "", origin));

  const people: PersonModel[] = [...names].filter(([key]) => !left.has(key)).map(([key, name]) => {
    const log = logs.get(key);
    const role = roles.get(key);
    const start = role?.start ?? null;
    const end = role?.end ?? null;
    const inRole = (d: number): boolean => (start === null || d >= start) && (end === null || d <= end);
    const days = windows.map((w) => sure(daysInRole(w.start, asOf, { start, end }, holidays), w.kind).length);
    const personQuotas = quotas.map((q): PersonQuota => {
      const type = recordTypeKey(q.type);
      const counts = windows.map((w) => sumOver(log, w.start, type));
      const monthQuota = sure(quotaToDate(q.quota, q.per, days[2]), "month quota");
      return { counts, monthQuota, ofQuota: monthQuota === 0 ? "" : counts[2] / monthQuota };
    });
    const metOn = (d: number): boolean => daily.every((q) => countOn(log, d, recordTypeKey(q.type)) >= q.quota);
    const daysShort = daily.length === 0 ? "" : monthDays.filter(inRole).filter((d) => !metOn(d)).length;
    const run = daily.length === 0 ? null : streaks(trackedDays.filter(inRole).map(metOn));
    // A week counts when the person was in the role on one of its working days; its quota is for those days.
    const weeksShort =
      weekly.length === 0
        ? ""
        : weeks.filter((monday) => {
            const worked = sure(daysInRole(monday, monday + 6, { start, end }, holidays), "week").length;
            if (worked === 0) return false;
            const counts = weekly.map((q) => sumBetween(log, monday, monday + 6, recordTypeKey(q.type)));
            return sure(shortfalls(counts, weekly.map((q) => sure(quotaToDate(q.quota, "week", worked), "week quota"))), "weeks short") > 0;
          }).length;
    let deals: PersonDeals | null = null;
    if (data.deals) {
      const owned = dealsByOwner.get(key);
      const won = owned?.won ?? 0;
      const open = owned?.open ?? 0;
      const activities = sumOver(log, yearWindow.start, null);
      const followUps = sumOver(log, yearWindow.start, followUp);
      deals = { activities, won, perWon: ratio(activitiesPerDeal(activities, won)), open, followUps, perOpen: ratio(activitiesPerDeal(followUps, open)), owns: owned !== undefined };
    }
    return {
      name,
      team: role?.team ?? teamsInLog.get(key) ?? null,
      start,
      end,
      days,
      quotas: personQuotas,
      monthTotal: sumOver(log, monthWindow.start, null),
      daysShort,
      weeksShort,
      currentStreak: run ? run.current : "",
      longestStreak: run ? run.longest : "",
      short: personQuotas.some((q) => q.ofQuota !== "" && q.ofQuota < 1),
      deals,
    };
  });

  // The team summary: every type in the data, known ones first in the daily report's order.
  const ordered = [...present.entries()].sort(([a], [b]) => rank(a) - rank(b));
  // The team's counts are every activity in the log, as the summary's SUMIFS over the whole copy count them.
  const allLogs = [...logs.values()];
  const teamCount = (start: number, type: string | null): number => allLogs.reduce((s, log) => s + sumOver(log, start, type), 0);
  const types: TypeModel[] = ordered.map(([key, type]) => {
    const quota = quotas.find((q) => recordTypeKey(q.type) === key) ?? null;
    const counts = windows.map((w) => teamCount(w.start, key));
    const teamQuotas = quota ? windows.map((_, i) => sure(quotaToDate(quota.quota, quota.per, people.reduce((n, p) => n + p.days[i], 0)), "team quota")) : null;
    return { type, label: activityTypeLabel(type, language), counts, quota, quotas: teamQuotas, ofQuota: teamQuotas ? teamQuotas.map((q, i) => (q === 0 ? "" : counts[i] / q)) : null };
  });
  const totals = windows.map((_, i) => types.reduce((s, x) => s + x.counts[i], 0));
  const yearTotal = teamCount(yearWindow.start, null);

  let stages: StageModel[] | null = null;
  if (data.deals) {
    const steps = (data.deals.stages ?? []).filter((s) => s.outcome === undefined || s.outcome === "won").map((s) => s.name);
    const at = steps.map((s) => data.deals!.records.filter((d) => d.stage === s).length);
    stages = steps.map((stage, i) => {
      const reached = at.slice(i).reduce((a, b) => a + b, 0);
      return { stage, reached, perDeal: ratio(activitiesPerDeal(yearTotal, reached)) };
    });
  }
  const prorated = people.some((p) => p.days.some((d, i) => d !== windows[i].workingDays));
  return { asOf, windows, year: yearWindow, trackedFrom, monthDays, holidays, quotas, types, totals, people, prorated, teams: teamSubtotals(people), stages, yearTotal, warnings };
}

/** Each team's members added up in sheet order (as the sheet's SUMIFS add them), shares from the sums. */
function teamSubtotals(people: readonly PersonModel[]): TeamSubtotal[] {
  const names: string[] = [];
  for (const p of people) if (p.team !== null && p.team !== "" && !names.some((n) => criterionKey(n) === criterionKey(p.team as string))) names.push(p.team);
  return names.map((name) => {
    const members = people.filter((p) => p.team !== null && criterionKey(p.team) === criterionKey(name));
    const add = (pick: (p: PersonModel) => number | ""): number => members.reduce((s, p) => s + (pick(p) === "" ? 0 : (pick(p) as number)), 0);
    const quotas = members[0].quotas.map((_, k): PersonQuota => {
      const counts = [0, 1, 2].map((w) => add((p) => p.quotas[k].counts[w]));
      const monthQuota = add((p) => p.quotas[k].monthQuota);
      return { counts, monthQuota, ofQuota: monthQuota === 0 ? "" : counts[2] / monthQuota };
    });
    let deals: TeamSubtotal["deals"] = null;
    if (members[0].deals !== null) {
      const sum = (pick: (d: PersonDeals) => number): number => add((p) => pick(p.deals as PersonDeals));
      const [activities, won, open, followUps] = [sum((d) => d.activities), sum((d) => d.won), sum((d) => d.open), sum((d) => d.followUps)];
      deals = { activities, won, perWon: won === 0 ? "" : activities / won, open, followUps, perOpen: open === 0 ? "" : followUps / open };
    }
    return {
      name,
      quotas,
      monthTotal: add((p) => p.monthTotal),
      daysShort: members[0].daysShort === "" ? "" : add((p) => p.daysShort),
      weeksShort: members[0].weeksShort === "" ? "" : add((p) => p.weeksShort),
      days: [0, 1, 2].map((w) => add((p) => p.days[w])),
      deals,
    };
  });
}

/** Known types in the daily report's order, then the others in the order the data has them. */
function rank(key: string): number {
  const i = (ACTIVITY_TYPES as readonly string[]).indexOf(key);
  return i >= 0 ? i : ACTIVITY_TYPES.length;
}
