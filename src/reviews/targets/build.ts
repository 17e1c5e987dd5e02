import { isKpiError, show } from "../../core/errors";
import { engineRound, POWERS_OF_TEN } from "../../core/numbers/spreadsheetArithmetic";
import { prorate, rampTarget, splitTotal, splitWorking, type SplitWorking } from "../../core/allocation";
import { dateSerial, isoDate, serialToDate } from "../../core/text/parseDate";
import type { Plan } from "../plan";
import type { HistoryRecord, PersonRecord, SourceData } from "../../datasets/records";
import { cellRef, columnLetter, formulaString, rangeRef } from "../../excel/a1";
import { BuildError } from "../buildError";
import { pick } from "../../i18n/languages";
import { monthHeadings, monthsText as monthsTextOf, periodText, seasonalityText, TARGET_LABELS, type TargetLabels } from "./labels";
import type { BuildContext } from "../context";
import { historySheet, peopleSheet } from "../../sheets/dataCopies";
import type { Build, Cell, CellValue, ConditionalFormat, SheetSpec } from "../../sheets/spec";

type Weighting = Plan["targets"]["weighting"];


const DATE = "yyyy-mm-dd";
const RATE = "0.0%";
const FRACTION = "#,##0.0000";
const MONTH_WEIGHT = "0.00%";
const REMAINDER = "0.0000";
const UNITS = "#,##0";
const UNITS_EXACT = "#,##0.0000";
const AMOUNT = "#,##0.00";
const GOOD_SCALE: [string, string] = ["FFFFFF", "63BE7B"];
const MONTHS = 12;
/** Beyond this many rows down to the plan's header, freezing them would leave too little room to scroll. */
const MAX_FROZEN_ROWS = 16;
/** History amounts are rounded to this many decimals so every engine starts the shares from the same number. */
const HISTORY_DECIMALS = 6;

/** Σ in order, left to right: what a chain of + (or a running total) gives in the engine. */
function chainSum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** The money format for targets at the plan's decimals: "#,##0", "#,##0.00". */
function moneyFormat(decimals: number): string {
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}

/** The 12 calendar months from the period's first month. */
interface PlanMonth {
  year: number;
  /** 1 to 12 */
  month: number;
  start: number;
  end: number;
}

/** The plan's 12 months, each with its first and last day. */
function planMonths(periodStart: number): PlanMonth[] {
  const first = serialToDate(periodStart);
  return Array.from({ length: MONTHS }, (_, k) => {
    const index = first.month - 1 + k;
    const year = first.year + Math.floor(index / 12);
    const month = (index % 12) + 1;
    const start = dateSerial(year, month, 1) as number;
    const end = (dateSerial(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) as number) - 1;
    return { year, month, start, end };
  });
}

/** One history year as the seasonality rows show it. */
interface HistoryYear {
  year: number;
  /** Per plan month: the month's sales, or "" when the data has no row for it. */
  amounts: CellValue[];
  /** The year's total when it is usable (complete, none below 0, some above 0), else "". */
  total: CellValue;
  shares: CellValue[];
}

interface Seasonality {
  /** The years shown (history seasonality with data), oldest first. */
  years: HistoryYear[];
  /** The share each plan month gets, as the "Month share used" row computes it. */
  shares: number[];
  usedYears: number[];
}

/** Each history year's monthly sales and shares, and the month shares the plan uses (even without usable history). */
function seasonalityFrom(
  history: SourceData<HistoryRecord> | undefined,
  months: readonly PlanMonth[],
  useHistory: boolean,
  L: TargetLabels,
  warnings: string[],
): Seasonality {
  const even = { years: [], shares: new Array<number>(MONTHS).fill(1 / 12), usedYears: [] };
  if (!useHistory) return even;
  if (!history) {
    warnings.push(L.noHistoryData);
    return even;
  }
  const sums = new Map<string, number>();
  for (const h of history.records) {
    const key = `${h.year}-${h.month}`;
    sums.set(key, (sums.get(key) ?? 0) + h.amount);
  }
  const yearList = [...new Set(history.records.map((h) => h.year))].sort((a, b) => a - b);
  const years: HistoryYear[] = yearList.map((year) => {
    const amounts: CellValue[] = months.map((m) => {
      const sum = sums.get(`${year}-${m.month}`);
      return sum === undefined ? "" : engineRound(sum, HISTORY_DECIMALS);
    });
    const present = amounts.filter((a): a is number => typeof a === "number");
    let total: CellValue = "";
    if (present.length < MONTHS) {
      const missing = months.filter((_, k) => amounts[k] === "").map((m) => m.month);
      warnings.push(L.yearIncomplete(history.origin, year, missing));
    } else if (Math.min(...present) < 0) {
      warnings.push(L.yearNegative(history.origin, year));
    } else if (Math.max(...present) <= 0) {
      warnings.push(L.yearEmpty(history.origin, year));
    } else {
      total = chainSum(present);
    }
    const shares = amounts.map((a) => (total === "" ? "" : (a as number) / (total as number)));
    return { year, amounts, total, shares };
  });
  const used = years.filter((y) => y.total !== "");
  if (used.length === 0) {
    warnings.push(L.noUsableYear(history.origin));
    return { years, shares: even.shares, usedYears: [] };
  }
  // Σ over every year in order, the unused ones adding 0: the chain of N() the formula writes.
  const shares = months.map((_, k) => chainSum(years.map((y) => (y.total === "" ? 0 : (y.shares[k] as number)))) / used.length);
  return { years, shares, usedYears: used.map((y) => y.year) };
}

/** Everything the sheet shows for one person, from the core and from the formulas' own arithmetic. */
interface PersonPlan {
  record: PersonRecord;
  weight: number;
  active: number;
  effective: number;
  running: number;
  /** From the core: the annual target and its whole units. */
  annual: number;
  units: number;
  monthWeights: number[];
  monthWeightTotal: number;
  /** From the core: the monthly targets. */
  monthly: number[];
  work: SplitWorking;
}

/** An amount for a summary line or a warning: grouped, at the plan's decimals. */
function formatAmount(value: number, decimals: number): string {
  return new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/**
 * Builds the target plan: the team's target for the period split over people by their weights (prorated
 * for joiners and leavers) and over the 12 months of the period by seasonality (history or even) and
 * each person's time in the role, with a ramp for new joiners; every split is rounded by largest
 * remainder so rows and the team add up exactly. Native formulas over the people (and history) copy and
 * the settings cells keep the sheet live; each cell caches the value the core computes.
 *
 * @param ctx - the plan (targets: annual, decimals, weighting, seasonality, ramp), language and period
 * @param data - the people as read, and optionally the monthly sales history (for seasonality)
 * @returns the people copy (and the history copy when seasonality uses it), then the plan sheet; throws a
 *   BuildError when there is no team target (no targets.annual and no targets to add up), nobody in the
 *   people data, or nobody with a weight
 *
 * @example
 * buildTargets(ctx, { people, history }).sheets.map((s) => s.name)
 * // => ["Data - People", "Data - History", "Target plan"]
 */
export function buildTargets(ctx: BuildContext, data: { people: SourceData<PersonRecord>; history?: SourceData<HistoryRecord> }): Build {
  const L = pick(ctx.language, TARGET_LABELS);
  const settings = ctx.plan.targets;
  const decimals = settings.decimals;
  const scale = POWERS_OF_TEN[decimals];
  const money = moneyFormat(decimals);
  const records = data.people.records;
  const origin = data.people.origin;
  if (records.length === 0) throw new BuildError(L.noPeople(origin), origin);

  const people = peopleSheet(records, ctx.language);
  const usesHistory = settings.seasonality === "history" && data.history !== undefined;
  const warnings = [...data.people.warnings, ...(usesHistory ? data.history!.warnings : [])];
  const headerOf = (role: string): string => data.people.headers[role] ?? L.headerOf[role] ?? role;
  const ps = ctx.periodStart;
  const pe = ctx.periodEnd;
  const months = planMonths(ps);

  // ---- the team target ----
  let total: number;
  let totalFromPeople = false;
  if (settings.annual !== undefined) {
    total = engineRound(settings.annual, decimals);
    if (total !== settings.annual) warnings.push(L.annualRounded(show(settings.annual), show(total), decimals));
  } else {
    const targets = records.filter((p) => p.target !== null).map((p) => p.target as number);
    if (targets.length === 0) throw new BuildError(L.needsAnnual(origin), "targets.annual");
    const sum = chainSum(targets);
    total = engineRound(sum, decimals);
    if (!(total > 0)) throw new BuildError(L.targetsNotPositive(origin, show(sum)), "targets.annual");
    if (Math.abs(total - sum) > 1e-9 * Math.max(1, Math.abs(sum))) {
      warnings.push(L.sumRounded(headerOf("target"), show(sum), show(total), decimals));
    }
    totalFromPeople = true;
  }
  const totalUnits = engineRound(total * scale, 0);

  // ---- weights ----
  const weightRole: Record<Weighting, "lastYear" | "potential" | "weight" | null> = { equal: null, lastYear: "lastYear", potential: "potential", column: "weight" };
  const role = weightRole[settings.weighting];
  const weightColumn = role === null ? "" : role === "weight" ? (data.people.headers.weight ?? settings.weightColumn ?? headerOf("weight")) : headerOf(role);
  const weightingLabel = settings.weighting === "column" ? L.weighting.column(weightColumn) : L.weighting[settings.weighting];
  const weights = records.map((p) => {
    if (role === null) return 1;
    const value = p[role as "lastYear" | "potential" | "weight"];
    if (value === null) {
      warnings.push(L.missingWeight(origin, p.row, weightColumn, p.name));
      return 0;
    }
    if (value < 0) {
      warnings.push(L.negativeWeight(origin, p.row, weightColumn, p.name, show(value)));
      return 0;
    }
    return value;
  });
  const actives = records.map((p) => {
    if (p.start !== null && p.end !== null && Math.trunc(p.start) > Math.trunc(p.end)) {
      warnings.push(L.startAfterEnd(origin, p.row, p.name));
    }
    const share = prorate(1, p.start, p.end, ps, pe);
    return isKpiError(share) ? 0 : share;
  });
  const effective = weights.map((w, i) => w * actives[i]);
  let running = 0;
  const runningWeights = effective.map((e) => (running += e));
  if (!effective.some((e) => e > 0)) throw new BuildError(L.allWeightsZero(weightingLabel), "targets.weighting");

  const annuals = splitTotal(total, effective, { decimals });
  if (isKpiError(annuals)) throw new BuildError(L.splitFailed(annuals.message), "targets.annual");
  const personWork = splitWorking(totalUnits, effective);

  // ---- months ----
  const seasonality = seasonalityFrom(data.history, months, settings.seasonality === "history", L, warnings);
  const ramp = [...settings.ramp, 1];
  const hasRamp = settings.ramp.length > 0;
  const plans: PersonPlan[] = records.map((p, i) => {
    const annual = annuals[i] as number;
    const units = engineRound(annual * scale, 0);
    const from = p.start === null ? ps : Math.max(Math.trunc(p.start), ps);
    const to = p.end === null ? pe : Math.min(Math.trunc(p.end), pe);
    const startMonth = p.start === null ? null : serialToDate(p.start);
    const monthWeights = months.map((m, k) => {
      const inRole = from > to ? 0 : (prorate(1, from, to, m.start, m.end) as number);
      const weight = seasonality.shares[k] * inRole;
      if (!hasRamp) return weight;
      let factor = 1;
      if (p.start !== null && p.start >= ps && startMonth !== null) {
        const tenure = (m.year - startMonth.year) * 12 + m.month - startMonth.month + 1;
        factor = rampTarget(1, Math.max(1, tenure), ramp) as number;
      }
      return weight * factor;
    });
    const monthWeightTotal = chainSum(monthWeights);
    let monthly = new Array<number>(MONTHS).fill(0);
    if (monthWeightTotal > 0) {
      const split = splitTotal(annual, monthWeights, { decimals });
      if (!isKpiError(split)) monthly = split as number[];
    }
    if (annual !== 0 && monthWeightTotal === 0) warnings.push(L.noMonth(origin, p.row, p.name, formatAmount(annual, decimals)));
    if (actives[i] === 0 && !(p.start !== null && p.end !== null && Math.trunc(p.start) > Math.trunc(p.end))) {
      warnings.push(L.notActive(origin, p.row, p.name));
    }
    return {
      record: p,
      weight: weights[i],
      active: actives[i],
      effective: effective[i],
      running: runningWeights[i],
      annual,
      units,
      monthWeights,
      monthWeightTotal,
      monthly,
      work: splitWorking(units, monthWeights),
    };
  });

  // ---- layout ----
  const history = usesHistory ? historySheet(data.history!.records, ctx.language) : null;
  const rows: (Cell | null)[][] = [];
  const put = (r: number, c: number, cell: Cell): void => {
    while (rows.length <= r) rows.push([]);
    rows[r][c] = cell;
  };
  const merges: string[] = [];
  const conditionalFormats: ConditionalFormat[] = [];

  const col = {
    name: 0,
    team: 1,
    start: 2,
    end: 3,
    weight: 4,
    annual: 5,
    month: (k: number) => 6 + k,
    rowTotal: 18,
    check: 19,
    active: 21,
    effective: 22,
    running: 23,
    raw: 24,
    floor: 25,
    remainder: 26,
    extra: 27,
    units: 28,
    monthWeightTotal: 29,
    monthUnitsLeft: 30,
    monthWeight: (k: number) => 31 + k,
    monthRaw: (k: number) => 43 + k,
    monthFloor: (k: number) => 55 + k,
    monthRemainder: (k: number) => 67 + k,
    monthExtra: (k: number) => 79 + k,
  };
  const lastCol = col.monthExtra(MONTHS - 1);

  const periodTitle = periodText(L, ps, pe);
  const monthLabels = monthHeadings(L, months);
  const monthsText = monthsTextOf(L, months);
  const seasonalityLabel = seasonalityText(L, seasonality.usedYears);

  put(0, 0, { v: L.title(periodTitle), style: "title" });
  put(1, 0, { v: `${L.periodLine(isoDate(ps), isoDate(pe), monthsText)} ${L.live(people.sheet)}`, style: "subtitle" });
  put(2, 0, { v: L.method(weightingLabel, seasonalityLabel, hasRamp), style: "subtitle" });
  let r = 3;
  for (const w of warnings) put(r++, 0, { v: w, style: "warning" });

  // Settings: a person may change the team target, the decimals and the ramp factors; the plan follows.
  r += 1;
  put(r, 0, { v: L.settings, style: "header" });
  put(r, 1, { v: null, style: "header" });
  const targetRow = r + 1;
  const decimalsRow = r + 2;
  const unitsRow = r + 3;
  const periodRow = r + 4;
  const T = cellRef(targetRow, 1, true);
  const D = cellRef(decimalsRow, 1, true);
  const U = cellRef(unitsRow, 1, true);
  const PS = cellRef(periodRow, 1, true);
  const PE = cellRef(periodRow, 2, true);
  put(targetRow, 0, { v: L.teamTarget });
  put(
    targetRow,
    1,
    totalFromPeople
      ? { v: total, f: `ROUND(SUM(${people.column("target")}),${D})`, fmt: money, style: "input" }
      : { v: total, fmt: money, style: "input" },
  );
  put(targetRow, 2, { v: totalFromPeople ? L.fromPeople(headerOf("target")) : L.fromPlan, style: "subtitle" });
  put(decimalsRow, 0, { v: L.decimals });
  put(decimalsRow, 1, { v: decimals, fmt: "0", style: "input" });
  put(unitsRow, 0, { v: L.units });
  put(unitsRow, 1, { v: totalUnits, f: `ROUND(${T}*10^${D},0)`, fmt: UNITS });
  put(periodRow, 0, { v: L.period });
  put(periodRow, 1, { v: ps, fmt: DATE });
  put(periodRow, 2, { v: pe, fmt: DATE });
  const validations = [{ range: cellRef(decimalsRow, 1), values: ["0", "1", "2", "3", "4", "5", "6"] }];

  // Plan table: a group row, the header, one row per person, the total row.
  const groupRow = periodRow + 2;
  const headerRow = groupRow + 1;
  const first = headerRow + 1;
  const last = first + plans.length - 1;
  const totalRow = last + 1;

  // Blocks below the table: the ramp factors, then the seasonality the month weights read.
  let below = totalRow + 2;
  const rampRow = hasRamp ? below + 1 : -1;
  if (hasRamp) below += 4;
  const seasonRow = below;
  const monthStartRow = seasonRow + 1;
  const monthEndRow = seasonRow + 2;
  const amountRow = (y: number) => seasonRow + 3 + y;
  const shareRow = (y: number) => seasonRow + 3 + seasonality.years.length + y;
  const shareUsedRow = seasonRow + 3 + 2 * seasonality.years.length;

  const groupHeader = (c1: number, c2: number, label: string): void => {
    put(groupRow, c1, { v: label, style: "header" });
    for (let c = c1 + 1; c <= c2; c++) put(groupRow, c, { v: null, style: "header" });
    merges.push(rangeRef(groupRow, c1, groupRow, c2));
  };
  groupHeader(col.month(0), col.month(MONTHS - 1), L.monthly);
  groupHeader(col.active, col.monthUnitsLeft, L.working);
  groupHeader(col.monthWeight(0), col.monthWeight(MONTHS - 1), L.monthWeight);
  groupHeader(col.monthRaw(0), col.monthRaw(MONTHS - 1), L.monthRaw);
  groupHeader(col.monthFloor(0), col.monthFloor(MONTHS - 1), L.monthFloor);
  groupHeader(col.monthRemainder(0), col.monthRemainder(MONTHS - 1), L.monthRemainder);
  groupHeader(col.monthExtra(0), col.monthExtra(MONTHS - 1), L.monthExtra);
  const headers: [number, string][] = [
    [col.name, L.name],
    [col.team, L.team],
    [col.start, L.start],
    [col.end, L.end],
    [col.weight, L.weight],
    [col.annual, L.annual],
    [col.rowTotal, L.rowTotal],
    [col.check, L.check],
    [col.active, L.active],
    [col.effective, L.effective],
    [col.running, L.running],
    [col.raw, L.raw],
    [col.floor, L.floor],
    [col.remainder, L.remainder],
    [col.extra, L.extra],
    [col.units, L.unitsColumn],
    [col.monthWeightTotal, L.monthWeightTotal],
    [col.monthUnitsLeft, L.monthUnitsLeft],
  ];
  for (const [c, label] of headers) put(headerRow, c, { v: label, style: "header" });
  for (const at of [col.month, col.monthWeight, col.monthRaw, col.monthFloor, col.monthRemainder, col.monthExtra]) {
    monthLabels.forEach((label, k) => put(headerRow, at(k), { v: label, style: "header" }));
  }

  const weightFormat = settings.weighting === "equal" ? "0" : settings.weighting === "lastYear" ? "#,##0" : "General";
  const runningLast = cellRef(last, col.running, true);
  const leftRef = cellRef(totalRow, col.extra, true);
  const remainders = rangeRef(first, col.remainder, last, col.remainder, true);
  const shareRef = (k: number): string => cellRef(shareUsedRow, col.month(k), true);
  const monthStartRef = (k: number): string => cellRef(monthStartRow, col.month(k), true);
  const monthEndRef = (k: number): string => cellRef(monthEndRow, col.month(k), true);
  const rampRange = hasRamp ? rangeRef(rampRow + 1, col.month(0), rampRow + 1, col.month(0) + ramp.length - 1, true) : "";

  plans.forEach((plan, i) => {
    const row = first + i;
    const p = plan.record;
    const at = (c: number): string => `$${columnLetter(c)}${row + 1}`;
    const start = at(col.start);
    const end = at(col.end);
    put(row, col.name, { v: p.name });
    put(row, col.team, { v: p.team ?? "" });
    put(row, col.start, { v: p.start ?? "", f: `IF(${people.ref("start", i)}="","",${people.ref("start", i)})`, fmt: DATE });
    put(row, col.end, { v: p.end ?? "", f: `IF(${people.ref("end", i)}="","",${people.ref("end", i)})`, fmt: DATE });
    put(
      row,
      col.weight,
      role === null ? { v: 1, fmt: weightFormat, style: "input" } : { v: plan.weight, f: `MAX(0,N(${people.ref(role, i)}))`, fmt: weightFormat },
    );
    const openStart = `IF(${start}="",${PS},INT(${start}))`;
    const openEnd = `IF(${end}="",${PE},INT(${end}))`;
    put(row, col.active, { v: plan.active, f: `MAX(0,MIN(${openEnd},${PE})-MAX(${openStart},${PS})+1)/(${PE}-${PS}+1)`, fmt: RATE });
    put(row, col.effective, { v: plan.effective, f: `${at(col.weight)}*${at(col.active)}`, fmt: FRACTION });
    put(row, col.running, {
      v: plan.running,
      f: i === 0 ? at(col.effective) : `${cellRef(row - 1, col.running)}+${at(col.effective)}`,
      fmt: FRACTION,
    });
    put(row, col.raw, { v: personWork.raw[i], f: `IF(${runningLast}=0,0,${at(col.effective)}*(${U}/${runningLast}))`, fmt: UNITS_EXACT });
    put(row, col.floor, { v: personWork.floor[i], f: `INT(${at(col.raw)})`, fmt: UNITS });
    put(row, col.remainder, { v: personWork.remainder[i], f: `${at(col.raw)}-${at(col.floor)}`, fmt: REMAINDER });
    const rem = at(col.remainder);
    put(row, col.extra, {
      v: personWork.extra[i],
      f: `IF(SUMPRODUCT(--(${remainders}>${rem}))+SUMPRODUCT(--(${cellRef(first, col.remainder, true)}:${rem}=${rem}))<=${leftRef},1,0)`,
      fmt: "0",
    });
    put(row, col.units, { v: plan.units, f: `${at(col.floor)}+${at(col.extra)}`, fmt: UNITS });
    put(row, col.annual, { v: plan.annual, f: `${at(col.units)}/10^${D}`, fmt: money });

    const monthWeightCells = months.map((_, k) => at(col.monthWeight(k)));
    put(row, col.monthWeightTotal, { v: plan.monthWeightTotal, f: monthWeightCells.join("+"), fmt: MONTH_WEIGHT });
    put(row, col.monthUnitsLeft, {
      v: plan.work.left,
      f: `IF(${at(col.monthWeightTotal)}=0,0,${at(col.units)}-SUM(${at(col.monthFloor(0))}:${at(col.monthFloor(MONTHS - 1))}))`,
      fmt: UNITS,
    });
    const monthRemainders = `${at(col.monthRemainder(0))}:${at(col.monthRemainder(MONTHS - 1))}`;
    months.forEach((_, k) => {
      const ms = monthStartRef(k);
      const me = monthEndRef(k);
      const inRole = `(MAX(0,MIN(${openEnd},${PE},${me})-MAX(${openStart},${PS},${ms})+1)/(${me}-${ms}+1))`;
      const rampFactor = hasRamp
        ? `*IF(OR(${start}="",${start}<${PS}),1,INDEX(${rampRange},MAX(1,MIN((YEAR(${ms})-YEAR(${start}))*12+MONTH(${ms})-MONTH(${start})+1,${ramp.length}))))`
        : "";
      put(row, col.monthWeight(k), { v: plan.monthWeights[k], f: `${shareRef(k)}*${inRole}${rampFactor}`, fmt: MONTH_WEIGHT });
      put(row, col.monthRaw(k), {
        v: plan.work.raw[k],
        f: `IF(${at(col.monthWeightTotal)}=0,0,${at(col.monthWeight(k))}*(${at(col.units)}/${at(col.monthWeightTotal)}))`,
        fmt: UNITS_EXACT,
      });
      put(row, col.monthFloor(k), { v: plan.work.floor[k], f: `INT(${at(col.monthRaw(k))})`, fmt: UNITS });
      put(row, col.monthRemainder(k), { v: plan.work.remainder[k], f: `${at(col.monthRaw(k))}-${at(col.monthFloor(k))}`, fmt: REMAINDER });
      const mrem = at(col.monthRemainder(k));
      put(row, col.monthExtra(k), {
        v: plan.work.extra[k],
        f: `IF(SUMPRODUCT(--(${monthRemainders}>${mrem}))+SUMPRODUCT(--(${at(col.monthRemainder(0))}:${mrem}=${mrem}))<=${at(col.monthUnitsLeft)},1,0)`,
        fmt: "0",
      });
      put(row, col.month(k), { v: plan.monthly[k], f: `(${at(col.monthFloor(k))}+${at(col.monthExtra(k))})/10^${D}`, fmt: money });
    });
    const rowTotal = chainSum(plan.monthly);
    put(row, col.rowTotal, { v: rowTotal, f: `SUM(${at(col.month(0))}:${at(col.month(MONTHS - 1))})`, fmt: money });
    const rowOk = Math.abs(rowTotal - plan.annual) < 0.5 / scale;
    put(row, col.check, {
      v: rowOk ? L.ok : L.bad,
      f: `IF(ROUND(${at(col.rowTotal)}-${at(col.annual)},${D})=0,${formulaString(L.ok)},${formulaString(L.bad)})`,
      style: "check",
    });
  });

  // Total row.
  const columnSum = (c: number): string => `SUM(${rangeRef(first, c, last, c)})`;
  put(totalRow, col.name, { v: L.total, style: "total" });
  for (const c of [col.team, col.start, col.end, col.weight]) put(totalRow, c, { v: null, style: "total" });
  put(totalRow, col.annual, { v: chainSum(plans.map((p) => p.annual)), f: columnSum(col.annual), fmt: money, style: "total" });
  months.forEach((_, k) => {
    put(totalRow, col.month(k), { v: chainSum(plans.map((p) => p.monthly[k])), f: columnSum(col.month(k)), fmt: money, style: "total" });
  });
  const grandTotal = chainSum(plans.map((p) => chainSum(p.monthly)));
  put(totalRow, col.rowTotal, { v: grandTotal, f: columnSum(col.rowTotal), fmt: money, style: "total" });
  const gap = engineRound(grandTotal - total, decimals);
  const grand = cellRef(totalRow, col.rowTotal, true);
  put(totalRow, col.check, {
    v: gap === 0 ? L.addsUp : gap,
    f: `IF(ROUND(${grand}-${T},${D})=0,${formulaString(L.addsUp)},ROUND(${grand}-${T},${D}))`,
    fmt: money,
    style: "check",
  });
  let floorTotal = 0;
  for (const f of personWork.floor) floorTotal += f;
  put(totalRow, col.floor, { v: floorTotal, f: columnSum(col.floor), fmt: UNITS, style: "total" });
  put(totalRow, col.extra, { v: personWork.left, f: `IF(${runningLast}=0,0,${U}-${cellRef(totalRow, col.floor)})`, fmt: UNITS, style: "total" });
  put(totalRow, col.units, { v: chainSum(plans.map((p) => p.units)), f: columnSum(col.units), fmt: UNITS, style: "total" });

  // Ramp factors.
  if (hasRamp) {
    put(rampRow - 1, 0, { v: L.ramp, style: "subtitle" });
    put(rampRow, 0, { v: L.monthInRole, style: "header" });
    put(rampRow + 1, 0, { v: L.factor });
    ramp.forEach((factor, m) => {
      put(rampRow, col.month(0) + m, { v: m === ramp.length - 1 ? L.andAfter(m + 1) : String(m + 1), style: "header" });
      put(rampRow + 1, col.month(0) + m, { v: factor, fmt: "0%", style: "input" });
    });
  }

  // Seasonality.
  put(seasonRow, 0, { v: L.seasonality, style: "header" });
  put(seasonRow, 1, { v: null, style: "header" });
  monthLabels.forEach((label, k) => put(seasonRow, col.month(k), { v: label, style: "header" }));
  if (seasonality.years.length > 0) put(seasonRow, col.rowTotal, { v: L.yearTotal, style: "header" });
  put(monthStartRow, 0, { v: L.monthStarts });
  put(monthEndRow, 0, { v: L.monthEnds });
  months.forEach((m, k) => {
    put(monthStartRow, col.month(k), { v: m.start, fmt: DATE });
    put(monthEndRow, col.month(k), { v: m.end, fmt: DATE });
  });
  const totals = seasonality.years.length > 0 ? rangeRef(amountRow(0), col.rowTotal, amountRow(seasonality.years.length - 1), col.rowTotal, true) : "";
  if (history) {
    const H = { year: history.column("year"), month: history.column("month"), amount: history.column("amount") };
    seasonality.years.forEach((y, n) => {
      const row = amountRow(n);
      const yearRef = cellRef(row, 1, true);
      put(row, 0, { v: L.sales });
      put(row, 1, { v: y.year, fmt: "0" });
      months.forEach((m, k) => {
        const filters = `${H.year},${yearRef},${H.month},${m.month}`;
        put(row, col.month(k), {
          v: y.amounts[k],
          f: `IF(COUNTIFS(${filters})=0,"",ROUND(SUMIFS(${H.amount},${filters}),${HISTORY_DECIMALS}))`,
          fmt: AMOUNT,
        });
      });
      const yearCells = rangeRef(row, col.month(0), row, col.month(MONTHS - 1));
      const chain = months.map((_, k) => cellRef(row, col.month(k))).join("+");
      put(row, col.rowTotal, {
        v: y.total,
        f: `IF(AND(COUNT(${yearCells})=${MONTHS},MIN(${yearCells})>=0,MAX(${yearCells})>0),${chain},"")`,
        fmt: AMOUNT,
      });
      const share = shareRow(n);
      put(share, 0, { v: L.share });
      put(share, 1, { v: y.year, fmt: "0" });
      const totalRef = cellRef(row, col.rowTotal, true);
      months.forEach((_, k) => {
        put(share, col.month(k), { v: y.shares[k], f: `IF(${totalRef}="","",${cellRef(row, col.month(k))}/${totalRef})`, fmt: RATE });
      });
    });
  }
  put(shareUsedRow, 0, { v: L.shareUsed, style: "total" });
  if (seasonality.years.length === 0) put(shareUsedRow, 1, { v: L.evenNote, style: "subtitle" });
  months.forEach((_, k) => {
    const c = col.month(k);
    const formula =
      seasonality.years.length === 0
        ? "1/12"
        : `IF(COUNT(${totals})=0,1/12,(${seasonality.years.map((_, n) => `N(${cellRef(shareRow(n), c)})`).join("+")})/COUNT(${totals}))`;
    put(shareUsedRow, c, { v: seasonality.shares[k], f: formula, fmt: RATE, style: "total" });
  });

  // Looks: checks good or bad at a glance, the months shaded by size.
  const checks = rangeRef(first, col.check, last, col.check);
  const firstCheck = `$${columnLetter(col.check)}${first + 1}`;
  conditionalFormats.push(
    { type: "expression", range: checks, formula: `${firstCheck}=${formulaString(L.ok)}`, look: "good" },
    { type: "expression", range: checks, formula: `${firstCheck}<>${formulaString(L.ok)}`, look: "bad" },
    { type: "expression", range: cellRef(totalRow, col.check), formula: `${cellRef(totalRow, col.check, true)}=${formulaString(L.addsUp)}`, look: "good" },
    { type: "expression", range: cellRef(totalRow, col.check), formula: `${cellRef(totalRow, col.check, true)}<>${formulaString(L.addsUp)}`, look: "bad" },
    { type: "colorScale", range: rangeRef(first, col.month(0), last, col.month(MONTHS - 1)), colors: GOOD_SCALE },
    { type: "colorScale", range: rangeRef(shareUsedRow, col.month(0), shareUsedRow, col.month(MONTHS - 1)), colors: GOOD_SCALE },
  );

  const longestName = Math.max(...records.map((p) => p.name.length), 0);
  const columnWidths: number[] = [];
  for (let c = 0; c <= lastCol; c++) columnWidths.push(11);
  columnWidths[col.name] = Math.min(32, Math.max(24, longestName + 2));
  columnWidths[col.team] = 14;
  columnWidths[col.weight] = 12;
  columnWidths[col.annual] = 15;
  columnWidths[col.rowTotal] = 15;
  columnWidths[col.check] = ctx.language === "zh-CN" ? 12 : 24;
  columnWidths[col.check + 1] = 2;

  const sheet: SheetSpec = {
    name: L.sheet,
    purpose: "targets",
    rows,
    columnWidths,
    frozen: { rows: headerRow + 1 <= MAX_FROZEN_ROWS ? headerRow + 1 : 0, cols: 1 },
    merges,
    conditionalFormats,
    validations,
    warnings,
  };

  const joiners = records.filter((p) => p.start !== null && p.start > ps && p.start <= pe).length;
  const leavers = records.filter((p) => p.end !== null && p.end >= ps && p.end < pe).length;
  const largest = plans.reduce((best, p) => (p.annual > best.annual ? p : best), plans[0]);
  const summary = [
    L.summaryPlan(records.length, formatAmount(total, decimals), monthsText),
    L.summaryMethod(weightingLabel, seasonalityLabel),
    L.summaryMoves(joiners, leavers),
    L.summaryLargest(largest.record.name, formatAmount(largest.annual, decimals)),
  ];

  return {
    sheets: [people.spec, ...(history ? [history.spec] : []), sheet],
    summary,
    warnings,
  };
}
