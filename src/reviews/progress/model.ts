import { isKpiError, type Result } from "../../core/errors";
import { engineRound } from "../../core/numbers/spreadsheetArithmetic";
import { behindPace, countDays, growth, neededPerDay, paceGap, runRateForecast, shiftMonths, timeElapsed, windowTarget, type DayCount, type PlanMonth } from "../../core/progress";
import { contestWindows } from "../../core/ranking";
import { achievement } from "../../core/scoring";
import { dateSerial, isoDate, serialToDate } from "../../core/text/parseDate";
import { criterionKey } from "../../datasets/keys";
import type { MonthlyTargetRecord, PersonRecord, SourceData, TransactionRecord } from "../../datasets/records";
import { BuildError } from "../buildError";
import type { BuildContext } from "../context";
import type { ProgressLabels } from "./labels";

/**
 * What the Progress sheet shows before it is laid out: the three windows to the as-of date (month,
 * quarter and year to date), and for each person and the team, per window, every number the sheet's
 * formulas compute, each from the core.
 */

/** Money is shown and compared to the cent, as ROUND(x, 2) gives it on the sheet. */
export const MONEY_DECIMALS = 2;

/** The windows, in the order the sheet lays them out. */
export const WINDOWS = ["month", "quarter", "year"] as const;
export type WindowKind = (typeof WINDOWS)[number];

/** How much of the annual target each window's target is: the month 1/12, the quarter 1/4. */
export const TARGET_DIVISOR: Record<WindowKind, number> = { month: 12, quarter: 4, year: 1 };

/** A window from its start to the as-of date, within its calendar month, quarter or year. */
export interface WindowModel {
  kind: WindowKind;
  start: number;
  end: number;
  /** Days in the window, and those from its start to the as-of date (included), as the plan counts them. */
  days: number;
  daysElapsed: number;
  daysLeft: number;
  /** daysElapsed ÷ days; "" for a window without a working day. */
  elapsed: number | "";
}

/** One window's numbers for a person or the team; "" where the sheet shows a blank. */
export interface PaceModel {
  target: number | "";
  actual: number;
  completion: number | "";
  paceGap: number | "";
  forecast: number | "";
  neededPerDay: number | "";
  behind: boolean;
}

/** A row's month-over-month and year-over-year comparison; "" where the data does not reach back. */
export interface ComparisonModel {
  /** Credited sales over the same days of the previous month, and this month's change against it. */
  previousMonth: number | "";
  monthOverMonth: number | "";
  /** Credited sales over the same days a year earlier than the year to date, and the change. */
  lastYear: number | "";
  yearOverYear: number | "";
}

/** The earlier windows the comparisons read, and the first day of the data (history exists back to it). */
export interface ComparisonWindows {
  previousMonthStart: number;
  previousMonthEnd: number;
  lastYearStart: number;
  lastYearEnd: number;
  dataFrom: number;
}

export interface PersonModel {
  name: string;
  /** The person's team from the people table (the first row's); null without one. */
  team: string | null;
  /** The annual target from the people table, or with a monthly plan the plan's months in the period; null without one. */
  annualTarget: number | null;
  /** With a monthly plan: the person has months in it (else their targets are blank). */
  inPlan: boolean;
  comparison: ComparisonModel;
  /** One per window, in WINDOWS order. */
  windows: PaceModel[];
}

/**
 * A calendar month of the plan's period for the whole team: its plan and its sales to the as-of date,
 * and the running totals from the period's first month; "" where the sheet shows a blank (no target, or
 * a month that has not begun).
 */
export interface MonthModel {
  /** The month's first and last day. */
  start: number;
  end: number;
  target: number | "";
  actual: number | "";
  completion: number | "";
  cumulativeTarget: number | "";
  cumulativeActual: number | "";
  cumulativeCompletion: number | "";
}

/** A calendar quarter's months of the period (first and last index into `months`), added up. */
export interface QuarterModel {
  year: number;
  /** 1 to 4. */
  quarter: number;
  first: number;
  last: number;
  target: number | "";
  actual: number | "";
  completion: number | "";
}

export interface ProgressModel {
  asOf: number;
  windows: WindowModel[];
  dayCount: DayCount;
  people: PersonModel[];
  /** The team's row: targets and actuals added up, the rest computed from them. */
  team: PersonModel;
  /** One subtotal per team of the people table, in order of first appearance; empty without teams. */
  teams: PersonModel[];
  /** The team's plan and sales month by month over the period, the quarters' subtotals, and the whole period's. */
  months: MonthModel[];
  quarters: QuarterModel[];
  period: Omit<QuarterModel, "year" | "quarter">;
  comparisonWindows: ComparisonWindows;
  /** Where the targets come from: each person's months of a monthly plan, or the annual target ÷ 12. */
  targets: "plan" | "annual";
  /** What the sales are: the transactions, or a CRM export's won deals. */
  sales: "transactions" | "wonDeals";
  /** Where the monthly plan was read (`Sheet "目标分解表"`); null without one. */
  planOrigin: string | null;
  warnings: string[];
}

export interface ProgressData {
  transactions: SourceData<TransactionRecord>;
  people?: SourceData<PersonRecord>;
  /** Each person's target by month: the Target plan sheet, or a targets table of person × month. */
  monthlyTargets?: SourceData<MonthlyTargetRecord>;
  /**
   * The first day of the data, when it is not the first sale's: with won deals as the sales, the
   * earliest close date of any deal (history reaches back to it, lost deals included).
   */
  dataFrom?: number;
  /** The sales are a CRM export's won deals (by close date), not transactions: the words say so. */
  wonDeals?: boolean;
}

/**
 * The calendar month and quarter holding the as-of date, and the plan's period (the year its annual
 * targets are for: the as-of date's calendar year unless the plan sets another).
 */
function windowBounds(asOf: number, period: { start: number; end: number }): Record<WindowKind, { start: number; end: number }> {
  const { year, month } = serialToDate(asOf);
  const first = (y: number, m: number): number => (m > 12 ? (dateSerial(y + 1, m - 12, 1) as number) : (dateSerial(y, m, 1) as number));
  const quarterMonth = Math.floor((month - 1) / 3) * 3 + 1;
  return {
    month: { start: first(year, month), end: first(year, month + 1) - 1 },
    quarter: { start: first(year, quarterMonth), end: first(year, quarterMonth + 3) - 1 },
    year: period,
  };
}

/** A holiday of the plan (YYYY-MM-DD) as a date serial; the plan's schema checked its form, not the day. */
function holidaySerial(iso: string, i: number): number {
  const [y, m, d] = iso.split("-").map(Number);
  const serial = dateSerial(y, m, d);
  if (serial === null) throw new Error(`plan progress.holidays[${i}]: ${iso} is not a date`);
  return serial;
}

/** A core result that cannot be an error here (the inputs were checked), or the build stops naming it. */
function sure<T>(result: Result<T>, where: string): T {
  if (isKpiError(result)) throw new Error(`${where}: ${result.message}`);
  return result;
}

function windowModel(kind: WindowKind, bounds: { start: number; end: number }, asOf: number, dayCount: DayCount): WindowModel {
  const days = sure(countDays(bounds.start, bounds.end, dayCount), kind);
  const daysElapsed = sure(countDays(bounds.start, Math.min(asOf, bounds.end), dayCount), kind);
  const elapsed = timeElapsed(bounds.start, bounds.end, asOf, dayCount);
  return { kind, ...bounds, days, daysElapsed, daysLeft: days - daysElapsed, elapsed: isKpiError(elapsed) ? "" : elapsed };
}

/** One window's numbers from its target and actual, each as the sheet's formula computes it. */
function paceOf(target: number | "", actual: number, window: WindowModel, threshold: number): PaceModel {
  const { elapsed, daysLeft } = window;
  const cents = (x: number): number => engineRound(x, MONEY_DECIMALS);
  const hasTarget = target !== "" && target !== 0;
  const completion = hasTarget ? sure(achievement(actual, target), "completion") : "";
  return {
    target,
    actual,
    completion,
    paceGap: hasTarget && elapsed !== "" ? cents(sure(paceGap(target, actual, elapsed), "pace gap")) : "",
    forecast: elapsed === "" || elapsed === 0 ? "" : cents(sure(runRateForecast(actual, elapsed), "forecast")),
    neededPerDay: hasTarget && daysLeft > 0 ? cents(sure(neededPerDay(target, actual, daysLeft), "needed per day")) : "",
    behind: completion !== "" && elapsed !== "" && sure(behindPace(completion, elapsed, threshold), "behind"),
  };
}

/** A money amount for a message: 1,234.50. */
function money(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Each window's target from the annual target: "" without one. */
function targetOf(annual: number | null, kind: WindowKind): number | "" {
  return annual === null || annual === 0 ? "" : annual / TARGET_DIVISOR[kind];
}

/**
 * Works out the Progress sheet from the records: the windows to the as-of date, each person's and the
 * team's target, actual, completion, pace gap, forecast, needed per day and flag per window.
 *
 * @param ctx - the plan (ctx.plan.progress: behind threshold, working days, holidays), the as-of date
 *   and the period (the year to date runs from its start)
 * @param data - the transactions (credited amount = amount × share, by rep and date) and optionally the
 *   people (each one's annual target)
 * @param t - the words for the warnings
 *
 * @example
 * progressModel(ctx, { transactions }, labels).people.map((p) => p.windows[0].actual)
 * // => [1500] (one rep, sales of 1,000 and 500 this month)
 */
export function progressModel(ctx: BuildContext, data: ProgressData, t: ProgressLabels): ProgressModel {
  const plan = ctx.plan.progress;
  const origin = data.transactions.origin;
  const warnings: string[] = [...data.transactions.warnings, ...(data.people?.warnings ?? [])];
  if (data.transactions.records.length === 0) throw new BuildError(t.noTransactions(origin), origin);

  const dayCount: DayCount = plan.workingDays ? { workingDays: true, holidays: plan.holidays.map(holidaySerial) } : {};
  const bounds = windowBounds(ctx.asOf, { start: ctx.periodStart, end: ctx.periodEnd });
  const windows = WINDOWS.map((kind) => windowModel(kind, bounds[kind], ctx.asOf, dayCount));
  const windowNames: Record<WindowKind, string> = { month: t.month, quarter: t.quarter, year: t.year };
  windows.filter((w) => w.elapsed === "").forEach((w) => warnings.push(t.noWorkingDay(windowNames[w.kind])));

  if (ctx.asOf < ctx.periodStart || ctx.asOf > ctx.periodEnd) warnings.push(t.asOfOutside(isoDate(ctx.asOf), isoDate(ctx.periodStart), isoDate(ctx.periodEnd)));
  const after = data.transactions.records.filter((r) => r.date > ctx.asOf).length;
  if (after > 0) warnings.push((data.wonDeals ? t.wonAfterAsOf : t.afterAsOf)(origin, after, isoDate(ctx.asOf)));

  const names = new Map<string, string>();
  const add = (name: string): void => {
    const first = names.get(criterionKey(name));
    if (first === undefined) names.set(criterionKey(name), name);
    else if (first !== name && !warnings.includes(t.caseVariant(name, first))) warnings.push(t.caseVariant(name, first));
  };
  data.transactions.records.forEach((r) => add(r.rep));
  const targets = new Map<string, { sum: number; rows: number[] }>();
  for (const p of data.people?.records ?? []) {
    if (p.target === null) continue;
    add(p.name);
    const entry = targets.get(criterionKey(p.name)) ?? { sum: 0, rows: [] };
    entry.sum += p.target;
    entry.rows.push(p.row);
    targets.set(criterionKey(p.name), entry);
  }
  for (const [key, entry] of targets) {
    if (entry.rows.length > 1) warnings.push(t.duplicatePerson(data.people?.origin ?? "", names.get(key) ?? key, entry.rows.join(", ")));
  }

  // The monthly plan: each person's months, in the plan's order (the copy's block holds them so).
  const planData = data.monthlyTargets && data.monthlyTargets.records.length > 0 ? data.monthlyTargets : undefined;
  const plans = new Map<string, PlanMonth[]>();
  if (planData) {
    warnings.push(...planData.warnings);
    const seen = new Map<string, number[]>();
    for (const r of planData.records) {
      add(r.name);
      const key = criterionKey(r.name);
      plans.set(key, [...(plans.get(key) ?? []), { month: r.month, target: r.target }]);
      const at = `${key}\u0000${r.month}`;
      seen.set(at, [...(seen.get(at) ?? []), r.row]);
    }
    for (const [at, rows] of seen) {
      if (rows.length < 2) continue;
      const [key, month] = at.split("\u0000");
      warnings.push(t.planMonthTwice(planData.origin, names.get(key) ?? key, isoDate(Number(month)).slice(0, 7), rows.join(", ")));
    }
  }

  // Actuals to the as-of date (or the window's end, when the as-of date is past the period) per window, summed in the order the copy's block holds them (source order).
  const actuals = new Map<string, number[]>();
  for (const r of data.transactions.records) {
    const row = actuals.get(criterionKey(r.rep)) ?? windows.map(() => 0);
    windows.forEach((w, i) => {
      if (r.date >= w.start && r.date <= Math.min(ctx.asOf, w.end)) row[i] += r.amount * r.share;
    });
    actuals.set(criterionKey(r.rep), row);
  }

  // The earlier windows: the same days of the previous month, and the year to date a year earlier; the
  // data reaches back to its first transaction (history exists when it starts by the earlier window).
  const month = windows[0];
  const previous = contestWindows(ctx.asOf, "month");
  const yearEnd = Math.min(ctx.asOf, windows[2].end);
  const comparisonWindows: ComparisonWindows = {
    previousMonthStart: previous.previousStart,
    previousMonthEnd: Math.min(month.start - 1, previous.previousStart + (Math.min(ctx.asOf, month.end) - month.start)),
    lastYearStart: shiftMonths(windows[2].start, -12),
    lastYearEnd: shiftMonths(yearEnd, -12),
    dataFrom: data.dataFrom ?? data.transactions.records.reduce((min, r) => Math.min(min, r.date), Number.POSITIVE_INFINITY),
  };
  const cw = comparisonWindows;
  const monthHistory = cw.dataFrom <= cw.previousMonthStart;
  const yearHistory = cw.dataFrom <= cw.lastYearStart;
  const earlier = new Map<string, [number, number]>();
  for (const r of data.transactions.records) {
    const sums = earlier.get(criterionKey(r.rep)) ?? [0, 0];
    if (r.date >= cw.previousMonthStart && r.date <= cw.previousMonthEnd) sums[0] += r.amount * r.share;
    if (r.date >= cw.lastYearStart && r.date <= cw.lastYearEnd) sums[1] += r.amount * r.share;
    earlier.set(criterionKey(r.rep), sums);
  }
  const compare = (actual: number[], previousMonth: number | "", lastYear: number | ""): ComparisonModel => ({
    previousMonth,
    monthOverMonth: growth(actual[0], previousMonth),
    lastYear,
    yearOverYear: growth(actual[2], lastYear),
  });

  const teamOf = new Map<string, string>();
  for (const p of [...(data.people?.records ?? []), ...(planData?.records ?? [])]) {
    if (p.team !== null && p.team !== "" && !teamOf.has(criterionKey(p.name))) teamOf.set(criterionKey(p.name), p.team);
  }
  const yearWindow = windows[2];
  const planTarget = (key: string, w: WindowModel): number | "" => {
    const months = plans.get(key);
    return months === undefined ? "" : windowTarget(months, w.start, w.end);
  };

  const threshold = plan.behindThreshold;
  const people: PersonModel[] = [...names].map(([key, name]) => {
    const inPlan = plans.has(key);
    const peopleTarget = data.people ? (targets.get(key)?.sum ?? null) : null;
    const annualTarget = planData ? (inPlan ? (planTarget(key, yearWindow) as number) : null) : peopleTarget;
    const actual = actuals.get(key) ?? windows.map(() => 0);
    const [m, y] = earlier.get(key) ?? [0, 0];
    return {
      name,
      team: teamOf.get(key) ?? null,
      annualTarget,
      inPlan,
      comparison: compare(actual, monthHistory ? m : "", yearHistory ? y : ""),
      windows: windows.map((w, i) => paceOf(planData ? planTarget(key, w) : targetOf(annualTarget, w.kind), actual[i], w, threshold)),
    };
  });
  if (planData) {
    const differences: { name: string; annual: string; plan: string }[] = [];
    for (const p of people) {
      const key = criterionKey(p.name);
      const annual = targets.get(key)?.sum;
      if (!p.inPlan && actuals.has(key)) warnings.push(t.noPlanRow(p.name, planData.origin));
      else if (!p.inPlan && annual !== undefined) warnings.push(t.targetNotInPlan(p.name, planData.origin));
      if (p.inPlan && annual !== undefined && engineRound(annual - (p.annualTarget as number), MONEY_DECIMALS) !== 0) {
        differences.push({ name: p.name, annual: money(annual), plan: money(p.annualTarget as number) });
      }
    }
    if (differences.length > 0) warnings.push(t.planDiffers(differences, planData.origin));
  }

  /** A row that adds up some people's rows (in sheet order, as SUM and SUMIFS add them). */
  const subtotal = (name: string, team: string | null, members: readonly PersonModel[]): PersonModel => {
    // The annual target is the SUM of the column: 0 when nobody has one, which leaves targets blank.
    const annual = data.people || planData ? members.reduce((s, p) => s + (p.annualTarget ?? 0), 0) : null;
    const actual = windows.map((_, i) => members.reduce((s, p) => s + p.windows[i].actual, 0));
    // With a monthly plan each window's target is the SUM of the people's: their months, not a twelfth.
    const target = (i: number): number | "" => (planData ? members.reduce((s, p) => s + (p.windows[i].target === "" ? 0 : p.windows[i].target), 0) : targetOf(annual, windows[i].kind));
    const sumOf = (pick: (c: ComparisonModel) => number | ""): number => members.reduce((s, p) => s + (pick(p.comparison) as number), 0);
    return {
      name,
      team,
      annualTarget: annual,
      inPlan: members.some((p) => p.inPlan),
      comparison: compare(actual, monthHistory ? sumOf((c) => c.previousMonth) : "", yearHistory ? sumOf((c) => c.lastYear) : ""),
      windows: windows.map((w, i) => paceOf(target(i), actual[i], w, threshold)),
    };
  };
  const team = subtotal(t.total, null, people);
  const teamNames: string[] = [];
  for (const p of people) if (p.team !== null && !teamNames.some((n) => criterionKey(n) === criterionKey(p.team as string))) teamNames.push(p.team);
  const teams = teamNames.map((name) => subtotal(name, name, people.filter((p) => p.team !== null && criterionKey(p.team) === criterionKey(name))));
  if (!planData && (!data.people || people.every((p) => p.annualTarget === null))) warnings.push(t.noTargets);
  else if (!planData) warnings.push(t.noMonthlyPlan);
  // By month: the plan's months added up (or the team's annual target ÷ 12), and the sales to the as-of date.
  const planMonths: PlanMonth[] = planData ? planData.records.map((r) => ({ month: r.month, target: r.target })) : [];
  const monthTarget = (start: number, end: number): number | "" => {
    if (planData) return windowTarget(planMonths, start, end);
    return targetOf(team.annualTarget, "month");
  };
  const byMonth = monthsOf(ctx.periodStart, ctx.periodEnd, ctx.asOf, monthTarget, data.transactions.records);
  return { asOf: ctx.asOf, windows, dayCount, people, team, teams, ...byMonth, comparisonWindows, sales: data.wonDeals ? "wonDeals" : "transactions", targets: planData ? "plan" : "annual", planOrigin: planData?.origin ?? null, warnings };
}

/** actual ÷ target as the sheet computes it: blank without a target or before the month has begun. */
function completionOf(target: number | "", actual: number | ""): number | "" {
  return target === "" || target === 0 || actual === "" ? "" : sure(achievement(actual, target), "completion");
}

/** A sum as the sheet's SUM gives it over cells that may be blank: "" when none holds a number. */
function sumOf(values: readonly (number | "")[]): number | "" {
  return values.some((v) => v !== "") ? values.reduce<number>((s, v) => s + (v === "" ? 0 : v), 0) : "";
}

/**
 * The calendar months the period touches, each with the team's target and its sales from the month's
 * first day to the as-of date (a month that begins after it: blank), the running totals, and the
 * calendar quarters' and the whole period's sums of them.
 *
 * @example
 * monthsOf(day(1, 1), day(12, 31), day(2, 15), () => 1000, sales).months[1]
 * // => { start: day(2, 1), end: day(2, 28), target: 1000, actual: 600, completion: 0.6, cumulativeTarget: 2000, ... }
 */
export function monthsOf(
  periodStart: number,
  periodEnd: number,
  asOf: number,
  target: (start: number, end: number) => number | "",
  sales: readonly Pick<TransactionRecord, "date" | "amount" | "share">[],
): Pick<ProgressModel, "months" | "quarters" | "period"> {
  const first = serialToDate(periodStart);
  const last = serialToDate(periodEnd);
  const count = (last.year - first.year) * 12 + (last.month - first.month) + 1;
  const starts = Array.from({ length: Math.max(0, count) + 1 }, (_, i) => {
    const index = first.month - 1 + i;
    return dateSerial(first.year + Math.floor(index / 12), (index % 12) + 1, 1) as number;
  });
  const months: MonthModel[] = [];
  const actuals = new Array<number>(Math.max(0, count)).fill(0);
  for (const r of sales) {
    if (r.date > asOf || r.date < starts[0] || r.date >= starts[starts.length - 1]) continue;
    // The month of a sale: the last start on or before its day (months are few; a scan is enough).
    let i = 0;
    while (i + 1 < count && starts[i + 1] <= r.date) i++;
    actuals[i] += r.amount * r.share;
  }
  let cumulativeTarget: number | "" = "";
  let cumulativeActual = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i];
    const end = starts[i + 1] - 1;
    const t = target(start, end);
    const actual: number | "" = start > asOf ? "" : actuals[i];
    if (t !== "") cumulativeTarget = (cumulativeTarget === "" ? 0 : cumulativeTarget) + t;
    if (actual !== "") cumulativeActual += actual;
    months.push({
      start,
      end,
      target: t,
      actual,
      completion: completionOf(t, actual),
      cumulativeTarget,
      cumulativeActual: actual === "" ? "" : cumulativeActual,
      cumulativeCompletion: completionOf(cumulativeTarget, actual === "" ? "" : cumulativeActual),
    });
  }
  const span = (from: number, to: number): Omit<QuarterModel, "year" | "quarter"> => {
    const slice = months.slice(from, to + 1);
    const target = sumOf(slice.map((m) => m.target));
    const actual = sumOf(slice.map((m) => m.actual));
    return { first: from, last: to, target, actual, completion: completionOf(target, actual) };
  };
  const quarters: QuarterModel[] = [];
  months.forEach((m, i) => {
    const { year, month } = serialToDate(m.start);
    const quarter = Math.floor((month - 1) / 3) + 1;
    const previous = quarters[quarters.length - 1];
    if (previous && previous.year === year && previous.quarter === quarter) Object.assign(previous, span(previous.first, i));
    else quarters.push({ year, quarter, ...span(i, i) });
  });
  return { months, quarters, period: span(0, months.length - 1) };
}
