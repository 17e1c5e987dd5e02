import { prorate, rampTarget, seasonalShares, splitTotal, splitWorking, yearShares, type SplitWorking } from "../../core/allocation";
import { isKpiError, show } from "../../core/errors";
import { engineRound, POWERS_OF_TEN } from "../../core/numbers/spreadsheetArithmetic";
import { dateSerial, serialToDate } from "../../core/text/parseDate";
import { monthEnd } from "../../core/calendar";
import type { HistoryRecord, PersonRecord, SourceData } from "../../datasets/records";
import { BuildError } from "../buildError";
import type { BuildContext } from "../context";
import type { Plan } from "../plan";
import type { TargetLabels } from "./labels";

/**
 * The target plan as numbers: the team target, each person's weight, annual and monthly targets, the
 * seasonality, and the values the sheet's working columns compute, with the warnings to show. The numbers
 * come from the core; where a cell caches a formula's value, it is worked out as the formula does it.
 */

export const MONTHS = 12;
/** History amounts are rounded to this many decimals so every engine starts the shares from the same number. */
export const HISTORY_DECIMALS = 6;
/**
 * The most people one target plan is built for. Each person is a row of about 90 live cells (the months
 * and the exact rounding's working columns); 40,000 people take about 860 MB and 27 s, and the memory
 * grows with every row (bench/NOTES.md), so a larger team is refused before anything is laid out.
 */
export const MAX_PLAN_PEOPLE = 40_000;

/** A month of the plan, with its first and last day as date serials. */
export interface PlanMonth {
  year: number;
  /** 1 to 12 */
  month: number;
  start: number;
  end: number;
}

/** The people column a weighting reads its weights from (equal weights read none). */
export type WeightRole = "lastYear" | "potential" | "weight";

/** The team target the plan splits. */
export interface TeamTarget {
  /** At the plan's decimals. */
  total: number;
  /** The total in whole units of 10^-decimals. */
  units: number;
  /** Whether it is the people's targets added up (else targets.annual). */
  fromPeople: boolean;
}

/** One history year as the seasonality rows show it. */
export interface HistoryYear {
  year: number;
  /** Per plan month: the month's sales, or null when the data has no row for it. */
  amounts: (number | null)[];
  /** The year's total when it is used (complete, none below 0, some above 0), else null. */
  total: number | null;
  /** Per plan month: its share of the year when the year is used, else null. */
  shares: number[] | null;
}

export interface Seasonality {
  /** The years shown (history seasonality with data), oldest first. */
  years: HistoryYear[];
  /** The share each plan month gets, as the "Month share used" row computes it. */
  shares: number[];
  usedYears: number[];
}

/** Everything the sheet shows for one person. */
export interface PersonPlan {
  record: PersonRecord;
  weight: number;
  /** Share of the period in the role, 0 to 1. */
  active: number;
  /** weight × active */
  effective: number;
  /** The effective weights added up to this person. */
  running: number;
  annual: number;
  /** The annual target in whole units. */
  units: number;
  /** Per month: season × share of the month in the role × ramp factor. */
  monthWeights: number[];
  monthWeightTotal: number;
  monthly: number[];
  /** The monthly targets added up in order. */
  rowTotal: number;
  /** Whether the months add up to the annual target. */
  addsUp: boolean;
  work: SplitWorking;
}

export interface TeamTotals {
  annual: number;
  months: number[];
  /** The row totals added up. */
  grand: number;
  /** grand − the team target, at the plan's decimals. */
  gap: number;
  floors: number;
  units: number;
}

export interface TargetsModel {
  decimals: number;
  team: TeamTarget;
  /** The header of the people's target column. */
  targetHeader: string;
  weightRole: WeightRole | null;
  /** The weighting in words, for the method line and the summary. */
  weightingLabel: string;
  periodStart: number;
  periodEnd: number;
  months: PlanMonth[];
  /** The plan's ramp factors, then 1 for every later month. */
  ramp: number[];
  hasRamp: boolean;
  /** Whether the plan reads the history (seasonality "history" and history data given). */
  usesHistory: boolean;
  seasonality: Seasonality;
  people: PersonPlan[];
  /** The split of the team's units over the people, as the working columns compute it. */
  personWork: SplitWorking;
  totals: TeamTotals;
  /** People joining and leaving during the period. */
  joiners: number;
  leavers: number;
  largest: PersonPlan;
  warnings: string[];
}

/** The target plan's input: the people as read, and optionally the monthly sales history. */
export interface TargetsData {
  people: SourceData<PersonRecord>;
  history?: SourceData<HistoryRecord>;
}

const WEIGHT_ROLE: Record<Plan["targets"]["weighting"], WeightRole | null> = { equal: null, lastYear: "lastYear", potential: "potential", column: "weight" };

/** Σ in order, left to right: what a chain of + (or a running total) gives in the engine. */
function sumInOrder(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * Works out the target plan: the team target split over people by weight × share of the period in the
 * role, then each person's target over the months by season × share of the month in the role × ramp.
 *
 * @param ctx - the plan (targets: annual, decimals, weighting, seasonality, ramp), language and period
 * @param data - the people as read, and optionally the monthly sales history
 * @param L - the words for warnings
 * @returns the plan's numbers and warnings; throws a BuildError when there is nobody (or more than MAX_PLAN_PEOPLE), no team target, or nobody with a weight
 *
 * @example
 * targetsModel(ctx, { people }, TARGET_LABELS.en).people.map((p) => p.annual) // => [300000, 200000, 100000]
 */
export function targetsModel(ctx: BuildContext, data: TargetsData, L: TargetLabels): TargetsModel {
  const settings = ctx.plan.targets;
  const records = data.people.records;
  const origin = data.people.origin;
  if (records.length === 0) throw new BuildError(L.noPeople(origin), origin);
  if (records.length > MAX_PLAN_PEOPLE) throw new BuildError(L.tooManyPeople(origin, records.length, MAX_PLAN_PEOPLE), origin);
  const usesHistory = settings.seasonality === "history" && data.history !== undefined;
  const warnings = [...data.people.warnings, ...(usesHistory ? data.history!.warnings : [])];
  const headerOf = (role: string): string => data.people.headers[role] ?? L.headerOf[role] ?? role;
  const ps = ctx.periodStart;
  const pe = ctx.periodEnd;
  const decimals = settings.decimals;

  const team = teamTarget(settings, data.people, headerOf("target"), L, warnings);
  const weightRole = WEIGHT_ROLE[settings.weighting];
  const weightColumn = weightRole === null ? "" : weightRole === "weight" ? (data.people.headers.weight ?? settings.weightColumn ?? headerOf("weight")) : headerOf(weightRole);
  const weightingLabel = settings.weighting === "column" ? L.weighting.column(weightColumn) : L.weighting[settings.weighting];
  const weights = personWeights(data.people, weightRole, weightColumn, L, warnings);
  const actives = sharesOfPeriod(data.people, ps, pe, L, warnings);
  // weight × share, as the sheet's Effective weight column multiplies them.
  const effective = weights.map((w, i) => w * actives[i]);
  if (!effective.some((e) => e > 0)) throw new BuildError(L.allWeightsZero(weightingLabel), "targets.weighting");
  const annuals = splitTotal(team.total, effective, { decimals });
  if (isKpiError(annuals)) throw new BuildError(L.splitFailed(annuals.message), "targets.annual");

  const months = planMonths(ps);
  const seasonality = seasonalityFrom(data.history, months, settings.seasonality === "history", L, warnings);
  const ramp = [...settings.ramp, 1];
  const hasRamp = settings.ramp.length > 0;
  let running = 0;
  const people = records.map((record, i): PersonPlan => {
    const annual = annuals[i] as number;
    const monthWeights = monthWeightsOf(record, months, seasonality.shares, ps, pe, hasRamp ? ramp : null);
    const plan = personPlan(record, annual, monthWeights, decimals);
    if (annual !== 0 && plan.monthWeightTotal === 0) warnings.push(L.noMonth(origin, record.row, record.name, formatAmount(annual, decimals)));
    if (actives[i] === 0 && !startsAfterEnd(record)) warnings.push(L.notActive(origin, record.row, record.name));
    return { ...plan, weight: weights[i], active: actives[i], effective: effective[i], running: (running += effective[i]) };
  });
  const personWork = splitWorking(team.units, effective);

  return {
    decimals,
    team,
    targetHeader: headerOf("target"),
    weightRole,
    weightingLabel,
    periodStart: ps,
    periodEnd: pe,
    months,
    ramp,
    hasRamp,
    usesHistory,
    seasonality,
    people,
    personWork,
    totals: teamTotals(people, personWork, team.total, decimals),
    joiners: records.filter((p) => p.start !== null && p.start > ps && p.start <= pe).length,
    leavers: records.filter((p) => p.end !== null && p.end >= ps && p.end < pe).length,
    largest: people.reduce((best, p) => (p.annual > best.annual ? p : best), people[0]),
    warnings,
  };
}

/** The team target: targets.annual, else the people's targets added up; rounded to the plan's decimals. */
function teamTarget(settings: Plan["targets"], people: SourceData<PersonRecord>, targetHeader: string, L: TargetLabels, warnings: string[]): TeamTarget {
  const decimals = settings.decimals;
  const toUnits = (total: number): number => engineRound(total * POWERS_OF_TEN[decimals], 0);
  if (settings.annual !== undefined) {
    const total = engineRound(settings.annual, decimals);
    if (total !== settings.annual) warnings.push(L.annualRounded(show(settings.annual), show(total), decimals));
    return { total, units: toUnits(total), fromPeople: false };
  }
  const targets = people.records.filter((p) => p.target !== null).map((p) => p.target as number);
  if (targets.length === 0) throw new BuildError(L.needsAnnual(people.origin), "targets.annual");
  const sum = sumInOrder(targets);
  const total = engineRound(sum, decimals);
  if (!(total > 0)) throw new BuildError(L.targetsNotPositive(people.origin, show(sum)), "targets.annual");
  if (Math.abs(total - sum) > 1e-9 * Math.max(1, Math.abs(sum))) warnings.push(L.sumRounded(targetHeader, show(sum), show(total), decimals));
  return { total, units: toUnits(total), fromPeople: true };
}

/** Each person's weight from the weighting's column (1 each for equal weights); a blank or a value below 0 counts as 0, with a warning. */
function personWeights(people: SourceData<PersonRecord>, role: WeightRole | null, column: string, L: TargetLabels, warnings: string[]): number[] {
  return people.records.map((p) => {
    if (role === null) return 1;
    const value = p[role];
    if (value === null) {
      warnings.push(L.missingWeight(people.origin, p.row, column, p.name));
      return 0;
    }
    if (value < 0) {
      warnings.push(L.negativeWeight(people.origin, p.row, column, p.name, show(value)));
      return 0;
    }
    return value;
  });
}

function startsAfterEnd(p: PersonRecord): boolean {
  return p.start !== null && p.end !== null && Math.trunc(p.start) > Math.trunc(p.end);
}

/** Each person's share of the period in the role (0 for someone who starts after their end date, with a warning). */
function sharesOfPeriod(people: SourceData<PersonRecord>, ps: number, pe: number, L: TargetLabels, warnings: string[]): number[] {
  return people.records.map((p) => {
    if (startsAfterEnd(p)) warnings.push(L.startAfterEnd(people.origin, p.row, p.name));
    const share = prorate(1, p.start, p.end, ps, pe);
    return isKpiError(share) ? 0 : share;
  });
}

/** The plan's 12 months from the period's first month, each with its first and last day. */
function planMonths(periodStart: number): PlanMonth[] {
  const first = serialToDate(periodStart);
  return Array.from({ length: MONTHS }, (_, k) => {
    const index = first.month - 1 + k;
    const year = first.year + Math.floor(index / 12);
    const month = (index % 12) + 1;
    const start = dateSerial(year, month, 1) as number;
    const end = monthEnd(year, month);
    return { year, month, start, end };
  });
}

/** Each history year's sales per plan month, as the sheet's SUMIFS rows give them (rounded to HISTORY_DECIMALS); null where no row has the month. */
function historyAmounts(records: readonly HistoryRecord[], months: readonly PlanMonth[]): { year: number; amounts: (number | null)[] }[] {
  const sums = new Map<string, number>();
  for (const h of records) {
    const key = `${h.year}-${h.month}`;
    sums.set(key, (sums.get(key) ?? 0) + h.amount);
  }
  const years = [...new Set(records.map((h) => h.year))].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    amounts: months.map((m) => {
      const sum = sums.get(`${year}-${m.month}`);
      return sum === undefined ? null : engineRound(sum, HISTORY_DECIMALS);
    }),
  }));
}

/** Each history year's sales and shares, and the month shares the plan uses (even without usable history). */
function seasonalityFrom(
  history: SourceData<HistoryRecord> | undefined,
  months: readonly PlanMonth[],
  useHistory: boolean,
  L: TargetLabels,
  warnings: string[],
): Seasonality {
  const even = new Array<number>(MONTHS).fill(1 / 12);
  if (!useHistory) return { years: [], shares: even, usedYears: [] };
  if (!history) {
    warnings.push(L.noHistoryData);
    return { years: [], shares: even, usedYears: [] };
  }
  const rows = historyAmounts(history.records, months);
  const years = rows.map(({ year, amounts }): HistoryYear => {
    const shared = yearShares(amounts);
    if (!isKpiError(shared)) return { year, amounts, total: shared.total, shares: shared.shares };
    // The error's kind says why the year is left out: a month with no data, one below 0, or no sales.
    if (shared.kind === "#N/A") {
      const missing = months.filter((_, k) => amounts[k] === null).map((m) => m.month);
      warnings.push(L.yearIncomplete(history.origin, year, missing));
    } else if (shared.kind === "#VALUE!") {
      warnings.push(L.yearNegative(history.origin, year));
    } else {
      warnings.push(L.yearEmpty(history.origin, year));
    }
    return { year, amounts, total: null, shares: null };
  });
  const shares = seasonalShares(rows.map((y) => y.amounts));
  if (isKpiError(shares)) {
    warnings.push(L.noUsableYear(history.origin));
    return { years, shares: even, usedYears: [] };
  }
  return { years, shares, usedYears: years.filter((y) => y.total !== null).map((y) => y.year) };
}

/**
 * A person's weight for each month: the month's seasonal share × their share of the month in the role
 * (within the period) × their ramp factor for it (none for someone who started before the period).
 */
function monthWeightsOf(p: PersonRecord, months: readonly PlanMonth[], shares: readonly number[], ps: number, pe: number, ramp: number[] | null): number[] {
  const from = p.start === null ? ps : Math.max(Math.trunc(p.start), ps);
  const to = p.end === null ? pe : Math.min(Math.trunc(p.end), pe);
  const started = p.start === null || p.start < ps ? null : serialToDate(p.start);
  return months.map((m, k) => {
    const inRole = from > to ? 0 : (prorate(1, from, to, m.start, m.end) as number);
    const weight = shares[k] * inRole;
    if (ramp === null) return weight;
    const monthInRole = started === null ? null : (m.year - started.year) * 12 + m.month - started.month + 1;
    return weight * (monthInRole === null ? 1 : (rampTarget(1, Math.max(1, monthInRole), ramp) as number));
  });
}

/** A person's annual target split over their month weights (all 0 when no month has a weight). */
function personPlan(record: PersonRecord, annual: number, monthWeights: number[], decimals: number): Omit<PersonPlan, "weight" | "active" | "effective" | "running"> {
  const scale = POWERS_OF_TEN[decimals];
  const units = engineRound(annual * scale, 0);
  const monthWeightTotal = sumInOrder(monthWeights);
  let monthly = new Array<number>(MONTHS).fill(0);
  if (monthWeightTotal > 0) {
    const split = splitTotal(annual, monthWeights, { decimals });
    if (!isKpiError(split)) monthly = split as number[];
  }
  const rowTotal = sumInOrder(monthly);
  return {
    record,
    annual,
    units,
    monthWeights,
    monthWeightTotal,
    monthly,
    rowTotal,
    addsUp: Math.abs(rowTotal - annual) < 0.5 / scale,
    work: splitWorking(units, monthWeights),
  };
}

/** The total row: each column added up over the people, and the gap to the team target. */
function teamTotals(people: readonly PersonPlan[], personWork: SplitWorking, total: number, decimals: number): TeamTotals {
  const grand = sumInOrder(people.map((p) => p.rowTotal));
  return {
    annual: sumInOrder(people.map((p) => p.annual)),
    months: Array.from({ length: MONTHS }, (_, k) => sumInOrder(people.map((p) => p.monthly[k]))),
    grand,
    gap: engineRound(grand - total, decimals),
    floors: sumInOrder(personWork.floor),
    units: sumInOrder(people.map((p) => p.units)),
  };
}

/**
 * An amount for a summary line or a warning: grouped, at the plan's decimals.
 *
 * @example
 * formatAmount(1234567.5, 2) // => "1,234,567.50"
 */
export function formatAmount(value: number, decimals: number): string {
  return new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}
