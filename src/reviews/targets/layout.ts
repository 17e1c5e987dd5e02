import { maxOf } from "../../core/numbers/extremes";
import { isoDate } from "../../core/text/parseDate";
import { CellGrid } from "../../sheets/cellGrid";
import type { HistoryRecord, PersonRecord } from "../../datasets/records";
import { cellRef, rangeRef } from "../../excel/a1";
import { fx, join, range, ref, text, type Formula } from "../../excel/formula";
import { type Catalogue, type Language, pick } from "../../i18n/languages";
import type { CopyRole } from "../../sheets/dataCopies";
import type { DataSheet } from "../../sheets/dataSheet";
import type { ChartSpec, ConditionalFormat, SheetSpec } from "../../sheets/spec";
import { monthHeadings, monthsText, periodText, seasonalityText, TARGET_LABELS, type TargetLabels } from "./labels";
import { HISTORY_DECIMALS, MONTHS, type PersonPlan, type TargetsModel } from "./model";
import { AMOUNT, DATE, FOUR_DECIMALS as FRACTION, FOUR_DECIMALS as UNITS_EXACT, PERCENT as RATE, PERCENT_2 as MONTH_WEIGHT, WHOLE as UNITS } from "../../sheets/formats";

/**
 * The target plan sheet laid out from its model: the settings a person may change, the plan table with
 * its working columns, the ramp factors and the seasonality. Every number is a native formula over the
 * settings and the data copies, caching the value the model computed.
 */

export type PeopleCopy = DataSheet<PersonRecord, CopyRole<PersonRecord>>;
export type HistoryCopy = DataSheet<HistoryRecord, CopyRole<HistoryRecord>>;

const REMAINDER = "0.0000";
const GOOD_SCALE: [string, string] = ["FFFFFF", "63BE7B"];
/** Beyond this many rows down to the plan's header, freezing them would leave too little room to scroll. */
const MAX_FROZEN_ROWS = 16;
/** Wide enough for the grand check's words. */
const CHECK_WIDTH: Catalogue<number> = { en: 24, "zh-CN": 12 };

/** The plan table's columns: the visible plan, then the working columns of the exact rounding. */
const COL = {
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
const LAST_COL = COL.monthExtra(MONTHS - 1);

/** The money format for targets at the plan's decimals: "#,##0", "#,##0.00". */
function moneyFormat(decimals: number): string {
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}


/** The sheet being written: its cells, merges and conditional formats. */
class SheetGrid extends CellGrid {
  readonly merges: string[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
}

/** Where each block of the sheet starts (0-based rows). */
interface Rows {
  settings: number;
  target: number;
  decimals: number;
  units: number;
  period: number;
  group: number;
  header: number;
  first: number;
  last: number;
  total: number;
  /** The ramp's heading row, or -1 without a ramp. */
  ramp: number;
  season: number;
  monthStart: number;
  monthEnd: number;
  amount: (year: number) => number;
  share: (year: number) => number;
  shareUsed: number;
}

function rowsOf(model: TargetsModel): Rows {
  // Title, period line and method line, then one line per warning and a blank line; then the plan table,
  // so that only the lines above its header stay frozen; the settings, ramp and seasonality below it.
  const group = 4 + model.warnings.length;
  const first = group + 2;
  const total = first + model.people.length;
  const settings = total + 3;
  const period = settings + 4;
  const ramp = model.hasRamp ? period + 3 : -1;
  const season = period + (model.hasRamp ? 6 : 2);
  const years = model.seasonality.years.length;
  return {
    settings,
    target: settings + 1,
    decimals: settings + 2,
    units: settings + 3,
    period,
    group,
    header: group + 1,
    first,
    last: total - 1,
    total,
    ramp,
    season,
    monthStart: season + 1,
    monthEnd: season + 2,
    amount: (y) => season + 3 + y,
    share: (y) => season + 3 + years + y,
    shareUsed: season + 3 + 2 * years,
  };
}

/** The references the plan's formulas share: the settings cells and the fixed rows and ranges they read. */
interface Refs {
  target: Formula;
  decimals: Formula;
  units: Formula;
  periodStart: Formula;
  periodEnd: Formula;
  /** The last running weight: the total effective weight. */
  runningLast: Formula;
  /** The team's units left after the whole units. */
  unitsLeft: Formula;
  remainders: Formula;
  share: (k: number) => Formula;
  monthStart: (k: number) => Formula;
  monthEnd: (k: number) => Formula;
  rampFactors: Formula;
}

function refsOf(at: Rows, model: TargetsModel): Refs {
  return {
    target: ref(at.target, 1, true),
    decimals: ref(at.decimals, 1, true),
    units: ref(at.units, 1, true),
    periodStart: ref(at.period, 1, true),
    periodEnd: ref(at.period, 2, true),
    runningLast: ref(at.last, COL.running, true),
    unitsLeft: ref(at.total, COL.extra, true),
    remainders: range(at.first, COL.remainder, at.last, COL.remainder, true),
    share: (k) => ref(at.shareUsed, COL.month(k), true),
    monthStart: (k) => ref(at.monthStart, COL.month(k), true),
    monthEnd: (k) => ref(at.monthEnd, COL.month(k), true),
    rampFactors: range(at.ramp + 1, COL.month(0), at.ramp + 1, COL.month(0) + model.ramp.length - 1, true),
  };
}

/** What a sheet writer needs besides the grid. */
interface Layout {
  grid: SheetGrid;
  model: TargetsModel;
  L: TargetLabels;
  at: Rows;
  refs: Refs;
  money: string;
  people: PeopleCopy;
}

/**
 * Lays out the target plan sheet.
 *
 * @param model - the plan's numbers and warnings
 * @param copies - the people copy, and the history copy when the plan reads the history
 * @param language - the sheet's language
 *
 * @example
 * layoutTargets(model, { people, history: null }, "en").name // => "Target plan"
 */
export function layoutTargets(model: TargetsModel, copies: { people: PeopleCopy; history: HistoryCopy | null }, language: Language): SheetSpec {
  const L = pick(language, TARGET_LABELS);
  const at = rowsOf(model);
  const sheet: Layout = { grid: new SheetGrid(), model, L, at, refs: refsOf(at, model), money: moneyFormat(model.decimals), people: copies.people };
  writeIntro(sheet);
  writeSettings(sheet);
  writeTableHeader(sheet);
  model.people.forEach((plan, i) => {
    writePersonRow(sheet, plan, i);
    writePersonMonths(sheet, plan, i);
  });
  writeTotalRow(sheet);
  if (model.hasRamp) writeRamp(sheet);
  writeSeasonality(sheet, copies.history);
  writeLooks(sheet);
  const { grid } = sheet;
  return {
    name: L.sheet,
    purpose: "targets",
    rows: grid.rows,
    columnWidths: columnWidths(model, language),
    frozen: { rows: at.header + 1 <= MAX_FROZEN_ROWS ? at.header + 1 : 0, cols: 1 },
    merges: grid.merges,
    // The working columns of the exact rounding, folded away: the plan reads without them.
    columnGroups: [{ first: COL.active, last: LAST_COL, collapsed: true }],
    conditionalFormats: grid.conditionalFormats,
    validations: [{ range: cellRef(at.decimals, 1), values: ["0", "1", "2", "3", "4", "5", "6"] }],
    charts: monthlyChart(sheet, grid.rows.length + 1),
    warnings: model.warnings,
  };
}

/** Up to this many people, each is a stack of the monthly chart; beyond it the chart shows the team's total. */
const MAX_STACKED_PEOPLE = 15;

/** The monthly targets as stacked columns, one stack per month and one colour per person, under the sheet. */
function monthlyChart({ model, L, at }: Layout, anchorRow: number): ChartSpec[] {
  const months = model.months.length;
  if (months === 0 || model.people.length === 0) return [];
  const monthsOf = (row: number): string => rangeRef(row, COL.month(0), row, COL.month(months - 1));
  const series =
    model.people.length <= MAX_STACKED_PEOPLE
      ? model.people.map((plan, i) => ({ name: plan.record.name, nameCell: cellRef(at.first + i, COL.name), values: monthsOf(at.first + i) }))
      : [{ name: L.total, nameCell: cellRef(at.total, COL.name), values: monthsOf(at.total) }];
  return [{ type: "stackedColumn", title: L.monthly, categories: monthsOf(at.header), series, anchor: cellRef(anchorRow, 0), size: { cols: 12, rows: 22 } }];
}

/** The title, the period and method lines, and the warnings. */
function writeIntro({ grid, model, L, people }: Layout): void {
  const ps = model.periodStart;
  const pe = model.periodEnd;
  grid.set(0, 0, { v: L.title(periodText(L, ps, pe)), style: "title" });
  grid.set(1, 0, { v: `${L.periodLine(isoDate(ps), isoDate(pe), monthsText(L, model.months))} ${L.live(people.sheet)}`, style: "subtitle" });
  grid.set(2, 0, { v: L.method(model.weightingLabel, seasonalityText(L, model.seasonality.usedYears), model.hasRamp), style: "subtitle" });
  model.warnings.forEach((w, n) => grid.set(3 + n, 0, { v: w, style: "warning" }));
}

/** The settings a person may change (the team target, the decimals), and the period. */
function writeSettings({ grid, model, L, at, refs, money, people }: Layout): void {
  const { team } = model;
  grid.set(at.settings, 0, { v: L.settings, style: "header" });
  grid.set(at.settings, 1, { v: null, style: "header" });
  grid.set(at.target, 0, { v: L.teamTarget });
  grid.set(
    at.target,
    1,
    team.fromPeople
      ? { v: team.total, f: fx`ROUND(SUM(${people.column("target")}),${refs.decimals})`, fmt: money, style: "input" }
      : { v: team.total, fmt: money, style: "input" },
  );
  grid.set(at.target, 2, { v: team.fromPeople ? L.fromPeople(model.targetHeader) : L.fromPlan, style: "subtitle" });
  grid.set(at.decimals, 0, { v: L.decimals });
  grid.set(at.decimals, 1, { v: model.decimals, fmt: "0", style: "input" });
  grid.set(at.units, 0, { v: L.units });
  grid.set(at.units, 1, { v: team.units, f: fx`ROUND(${refs.target}*10^${refs.decimals},0)`, fmt: UNITS });
  grid.set(at.period, 0, { v: L.period });
  grid.set(at.period, 1, { v: model.periodStart, fmt: DATE });
  grid.set(at.period, 2, { v: model.periodEnd, fmt: DATE });
}

/** The plan table's group row (merged over each block of 12 months) and header row. */
function writeTableHeader({ grid, model, L, at }: Layout): void {
  const groupHeader = (c1: number, c2: number, label: string): void => {
    grid.set(at.group, c1, { v: label, style: "header" });
    for (let c = c1 + 1; c <= c2; c++) grid.set(at.group, c, { v: null, style: "header" });
    grid.merges.push(rangeRef(at.group, c1, at.group, c2));
  };
  const last = MONTHS - 1;
  groupHeader(COL.month(0), COL.month(last), L.monthly);
  groupHeader(COL.active, COL.monthUnitsLeft, L.working);
  groupHeader(COL.monthWeight(0), COL.monthWeight(last), L.monthWeight);
  groupHeader(COL.monthRaw(0), COL.monthRaw(last), L.monthRaw);
  groupHeader(COL.monthFloor(0), COL.monthFloor(last), L.monthFloor);
  groupHeader(COL.monthRemainder(0), COL.monthRemainder(last), L.monthRemainder);
  groupHeader(COL.monthExtra(0), COL.monthExtra(last), L.monthExtra);
  const headers: [number, string][] = [
    [COL.name, L.name],
    [COL.team, L.team],
    [COL.start, L.start],
    [COL.end, L.end],
    [COL.weight, L.weight],
    [COL.annual, L.annual],
    [COL.rowTotal, L.rowTotal],
    [COL.check, L.check],
    [COL.active, L.active],
    [COL.effective, L.effective],
    [COL.running, L.running],
    [COL.raw, L.raw],
    [COL.floor, L.floor],
    [COL.remainder, L.remainder],
    [COL.extra, L.extra],
    [COL.units, L.unitsColumn],
    [COL.monthWeightTotal, L.monthWeightTotal],
    [COL.monthUnitsLeft, L.monthUnitsLeft],
  ];
  for (const [c, label] of headers) grid.set(at.header, c, { v: label, style: "header" });
  const monthLabels = monthHeadings(L, model.months);
  for (const block of [COL.month, COL.monthWeight, COL.monthRaw, COL.monthFloor, COL.monthRemainder, COL.monthExtra]) {
    monthLabels.forEach((label, k) => grid.set(at.header, block(k), { v: label, style: "header" }));
  }
}

/** A person's first day in the role within the period (the period's start when the start date is blank), and last. */
function openDates(row: number, refs: Refs): { start: Formula; end: Formula; openStart: Formula; openEnd: Formula } {
  const start = ref(row, COL.start, "column");
  const end = ref(row, COL.end, "column");
  return {
    start,
    end,
    openStart: fx`IF(${start}="",${refs.periodStart},INT(${start}))`,
    openEnd: fx`IF(${end}="",${refs.periodEnd},INT(${end}))`,
  };
}

/** A person's row up to the annual target: their data, weight, share of the period, and the exact rounding of the team split. */
function writePersonRow({ grid, model, at, refs, money, people }: Layout, plan: PersonPlan, i: number): void {
  const row = at.first + i;
  const p = plan.record;
  const cell = (c: number): Formula => ref(row, c, "column");
  const { openStart, openEnd } = openDates(row, refs);
  const { periodStart: PS, periodEnd: PE } = refs;
  const work = model.personWork;
  const weightFormat = model.weightRole === null ? "0" : model.weightRole === "lastYear" ? "#,##0" : "General";
  const role = model.weightRole;
  grid.set(row, COL.name, { v: p.name });
  grid.set(row, COL.team, { v: p.team ?? "" });
  grid.set(row, COL.start, { v: p.start ?? "", f: fx`IF(${people.ref("start", i)}="","",${people.ref("start", i)})`, fmt: DATE });
  grid.set(row, COL.end, { v: p.end ?? "", f: fx`IF(${people.ref("end", i)}="","",${people.ref("end", i)})`, fmt: DATE });
  grid.set(
    row,
    COL.weight,
    role === null ? { v: 1, fmt: weightFormat, style: "input" } : { v: plan.weight, f: fx`MAX(0,N(${people.ref(role, i)}))`, fmt: weightFormat },
  );
  grid.set(row, COL.active, { v: plan.active, f: fx`MAX(0,MIN(${openEnd},${PE})-MAX(${openStart},${PS})+1)/(${PE}-${PS}+1)`, fmt: RATE });
  grid.set(row, COL.effective, { v: plan.effective, f: fx`${cell(COL.weight)}*${cell(COL.active)}`, fmt: FRACTION });
  grid.set(row, COL.running, {
    v: plan.running,
    f: i === 0 ? cell(COL.effective) : fx`${ref(row - 1, COL.running)}+${cell(COL.effective)}`,
    fmt: FRACTION,
  });
  grid.set(row, COL.raw, {
    v: work.raw[i],
    f: fx`IF(${refs.runningLast}=0,0,${cell(COL.effective)}*(${refs.units}/${refs.runningLast}))`,
    fmt: UNITS_EXACT,
  });
  grid.set(row, COL.floor, { v: work.floor[i], f: fx`INT(${cell(COL.raw)})`, fmt: UNITS });
  grid.set(row, COL.remainder, { v: work.remainder[i], f: fx`${cell(COL.raw)}-${cell(COL.floor)}`, fmt: REMAINDER });
  const remainder = cell(COL.remainder);
  const upToHere = fx`${ref(at.first, COL.remainder, true)}:${remainder}`;
  grid.set(row, COL.extra, {
    v: work.extra[i],
    f: fx`IF(SUMPRODUCT(--(${refs.remainders}>${remainder}))+SUMPRODUCT(--(${upToHere}=${remainder}))<=${refs.unitsLeft},1,0)`,
    fmt: "0",
  });
  grid.set(row, COL.units, { v: plan.units, f: fx`${cell(COL.floor)}+${cell(COL.extra)}`, fmt: UNITS });
  grid.set(row, COL.annual, { v: plan.annual, f: fx`${cell(COL.units)}/10^${refs.decimals}`, fmt: money });
}

/** A month's weight: its seasonal share × the share of the month in the role × the ramp factor for the month in the role. */
function monthWeightFormula(row: number, k: number, { model, refs }: Layout): Formula {
  const { start, openStart, openEnd } = openDates(row, refs);
  const { periodStart: PS, periodEnd: PE } = refs;
  const ms = refs.monthStart(k);
  const me = refs.monthEnd(k);
  const inRole = fx`(MAX(0,MIN(${openEnd},${PE},${me})-MAX(${openStart},${PS},${ms})+1)/(${me}-${ms}+1))`;
  if (!model.hasRamp) return fx`${refs.share(k)}*${inRole}`;
  const monthInRole = fx`(YEAR(${ms})-YEAR(${start}))*12+MONTH(${ms})-MONTH(${start})+1`;
  const rampFactor = fx`IF(OR(${start}="",${start}<${PS}),1,INDEX(${refs.rampFactors},MAX(1,MIN(${monthInRole},${model.ramp.length}))))`;
  return fx`${refs.share(k)}*${inRole}*${rampFactor}`;
}

/** A person's months: their weights, the exact rounding of the annual target over them, the targets, and the row check. */
function writePersonMonths(layout: Layout, plan: PersonPlan, i: number): void {
  const { grid, L, at, refs, money } = layout;
  const row = at.first + i;
  const cell = (c: number): Formula => ref(row, c, "column");
  const last = MONTHS - 1;
  grid.set(row, COL.monthWeightTotal, {
    v: plan.monthWeightTotal,
    f: join(plan.monthWeights.map((_, k) => cell(COL.monthWeight(k))), "+"),
    fmt: MONTH_WEIGHT,
  });
  grid.set(row, COL.monthUnitsLeft, {
    v: plan.work.left,
    f: fx`IF(${cell(COL.monthWeightTotal)}=0,0,${cell(COL.units)}-SUM(${cell(COL.monthFloor(0))}:${cell(COL.monthFloor(last))}))`,
    fmt: UNITS,
  });
  const monthRemainders = fx`${cell(COL.monthRemainder(0))}:${cell(COL.monthRemainder(last))}`;
  for (let k = 0; k < MONTHS; k++) {
    grid.set(row, COL.monthWeight(k), { v: plan.monthWeights[k], f: monthWeightFormula(row, k, layout), fmt: MONTH_WEIGHT });
    grid.set(row, COL.monthRaw(k), {
      v: plan.work.raw[k],
      f: fx`IF(${cell(COL.monthWeightTotal)}=0,0,${cell(COL.monthWeight(k))}*(${cell(COL.units)}/${cell(COL.monthWeightTotal)}))`,
      fmt: UNITS_EXACT,
    });
    grid.set(row, COL.monthFloor(k), { v: plan.work.floor[k], f: fx`INT(${cell(COL.monthRaw(k))})`, fmt: UNITS });
    grid.set(row, COL.monthRemainder(k), { v: plan.work.remainder[k], f: fx`${cell(COL.monthRaw(k))}-${cell(COL.monthFloor(k))}`, fmt: REMAINDER });
    const remainder = cell(COL.monthRemainder(k));
    const upToHere = fx`${cell(COL.monthRemainder(0))}:${remainder}`;
    grid.set(row, COL.monthExtra(k), {
      v: plan.work.extra[k],
      f: fx`IF(SUMPRODUCT(--(${monthRemainders}>${remainder}))+SUMPRODUCT(--(${upToHere}=${remainder}))<=${cell(COL.monthUnitsLeft)},1,0)`,
      fmt: "0",
    });
    grid.set(row, COL.month(k), { v: plan.monthly[k], f: fx`(${cell(COL.monthFloor(k))}+${cell(COL.monthExtra(k))})/10^${refs.decimals}`, fmt: money });
  }
  grid.set(row, COL.rowTotal, { v: plan.rowTotal, f: fx`SUM(${cell(COL.month(0))}:${cell(COL.month(last))})`, fmt: money });
  grid.set(row, COL.check, {
    v: plan.addsUp ? L.ok : L.bad,
    f: fx`IF(ROUND(${cell(COL.rowTotal)}-${cell(COL.annual)},${refs.decimals})=0,${text(L.ok)},${text(L.bad)})`,
    style: "check",
  });
}

/** The total row: each column added up, the grand check, and the team's units left to hand out. */
function writeTotalRow({ grid, model, L, at, refs, money }: Layout): void {
  const { totals } = model;
  const row = at.total;
  const columnSum = (c: number): Formula => fx`SUM(${range(at.first, c, at.last, c)})`;
  grid.set(row, COL.name, { v: L.total, style: "total" });
  for (const c of [COL.team, COL.start, COL.end, COL.weight]) grid.set(row, c, { v: null, style: "total" });
  grid.set(row, COL.annual, { v: totals.annual, f: columnSum(COL.annual), fmt: money, style: "total" });
  totals.months.forEach((total, k) => grid.set(row, COL.month(k), { v: total, f: columnSum(COL.month(k)), fmt: money, style: "total" }));
  grid.set(row, COL.rowTotal, { v: totals.grand, f: columnSum(COL.rowTotal), fmt: money, style: "total" });
  const gap = fx`ROUND(${ref(row, COL.rowTotal, true)}-${refs.target},${refs.decimals})`;
  grid.set(row, COL.check, { v: totals.gap === 0 ? L.addsUp : totals.gap, f: fx`IF(${gap}=0,${text(L.addsUp)},${gap})`, fmt: money, style: "check" });
  grid.set(row, COL.floor, { v: totals.floors, f: columnSum(COL.floor), fmt: UNITS, style: "total" });
  grid.set(row, COL.extra, {
    v: model.personWork.left,
    f: fx`IF(${refs.runningLast}=0,0,${refs.units}-${ref(row, COL.floor)})`,
    fmt: UNITS,
    style: "total",
  });
  grid.set(row, COL.units, { v: totals.units, f: columnSum(COL.units), fmt: UNITS, style: "total" });
}

/** The ramp factors by month in the role, as input cells the month weights read. */
function writeRamp({ grid, model, L, at }: Layout): void {
  grid.set(at.ramp - 1, 0, { v: L.ramp, style: "subtitle" });
  grid.set(at.ramp, 0, { v: L.monthInRole, style: "header" });
  grid.set(at.ramp + 1, 0, { v: L.factor });
  model.ramp.forEach((factor, m) => {
    const last = m === model.ramp.length - 1;
    grid.set(at.ramp, COL.month(0) + m, { v: last ? L.andAfter(m + 1) : String(m + 1), style: "header" });
    grid.set(at.ramp + 1, COL.month(0) + m, { v: factor, fmt: "0%", style: "input" });
  });
}

/** The seasonality block: the months' first and last days, each history year's sales and shares, and the share used. */
function writeSeasonality(layout: Layout, history: HistoryCopy | null): void {
  const { grid, model, L, at } = layout;
  const { years } = model.seasonality;
  grid.set(at.season, 0, { v: L.seasonality, style: "header" });
  grid.set(at.season, 1, { v: null, style: "header" });
  monthHeadings(L, model.months).forEach((label, k) => grid.set(at.season, COL.month(k), { v: label, style: "header" }));
  if (years.length > 0) grid.set(at.season, COL.rowTotal, { v: L.yearTotal, style: "header" });
  grid.set(at.monthStart, 0, { v: L.monthStarts });
  grid.set(at.monthEnd, 0, { v: L.monthEnds });
  model.months.forEach((m, k) => {
    grid.set(at.monthStart, COL.month(k), { v: m.start, fmt: DATE });
    grid.set(at.monthEnd, COL.month(k), { v: m.end, fmt: DATE });
  });
  if (history) years.forEach((_, n) => writeHistoryYear(layout, history, n));
  const totals = years.length > 0 ? range(at.amount(0), COL.rowTotal, at.amount(years.length - 1), COL.rowTotal, true) : null;
  grid.set(at.shareUsed, 0, { v: L.shareUsed, style: "total" });
  if (totals === null) grid.set(at.shareUsed, 1, { v: L.evenNote, style: "subtitle" });
  model.seasonality.shares.forEach((share, k) => {
    const c = COL.month(k);
    const averaged = join(years.map((_, n) => fx`N(${ref(at.share(n), c)})`), "+");
    const f = totals === null ? fx`1/12` : fx`IF(COUNT(${totals})=0,1/12,(${averaged})/COUNT(${totals}))`;
    grid.set(at.shareUsed, c, { v: share, f, fmt: RATE, style: "total" });
  });
}

/** One history year: its sales per month (from the history copy), its total when usable, and its shares. */
function writeHistoryYear({ grid, model, L, at }: Layout, history: HistoryCopy, n: number): void {
  const y = model.seasonality.years[n];
  const row = at.amount(n);
  const year = ref(row, 1, true);
  grid.set(row, 0, { v: L.sales });
  grid.set(row, 1, { v: y.year, fmt: "0" });
  model.months.forEach((m, k) => {
    const filters = join([history.column("year"), year, history.column("month"), m.month], ",");
    grid.set(row, COL.month(k), {
      v: y.amounts[k] ?? "",
      f: fx`IF(COUNTIFS(${filters})=0,"",ROUND(SUMIFS(${history.column("amount")},${filters}),${HISTORY_DECIMALS}))`,
      fmt: AMOUNT,
    });
  });
  const cells = range(row, COL.month(0), row, COL.month(MONTHS - 1));
  const chain = join(model.months.map((_, k) => ref(row, COL.month(k))), "+");
  grid.set(row, COL.rowTotal, {
    v: y.total ?? "",
    f: fx`IF(AND(COUNT(${cells})=${MONTHS},MIN(${cells})>=0,MAX(${cells})>0),${chain},"")`,
    fmt: AMOUNT,
  });
  const shareRow = at.share(n);
  const total = ref(row, COL.rowTotal, true);
  grid.set(shareRow, 0, { v: L.share });
  grid.set(shareRow, 1, { v: y.year, fmt: "0" });
  model.months.forEach((_, k) => {
    grid.set(shareRow, COL.month(k), { v: y.shares === null ? "" : y.shares[k], f: fx`IF(${total}="","",${ref(row, COL.month(k))}/${total})`, fmt: RATE });
  });
}

/** Checks good or bad at a glance, the months shaded by size. */
function writeLooks({ grid, L, at }: Layout): void {
  const checks = rangeRef(at.first, COL.check, at.last, COL.check);
  const firstCheck = ref(at.first, COL.check, "column");
  const grandCheck = ref(at.total, COL.check, true);
  const last = MONTHS - 1;
  grid.conditionalFormats.push(
    { type: "expression", range: checks, formula: fx`${firstCheck}=${text(L.ok)}`, look: "good" },
    { type: "expression", range: checks, formula: fx`${firstCheck}<>${text(L.ok)}`, look: "bad" },
    { type: "expression", range: cellRef(at.total, COL.check), formula: fx`${grandCheck}=${text(L.addsUp)}`, look: "good" },
    { type: "expression", range: cellRef(at.total, COL.check), formula: fx`${grandCheck}<>${text(L.addsUp)}`, look: "bad" },
    { type: "colorScale", range: rangeRef(at.first, COL.month(0), at.last, COL.month(last)), colors: GOOD_SCALE },
    { type: "colorScale", range: rangeRef(at.shareUsed, COL.month(0), at.shareUsed, COL.month(last)), colors: GOOD_SCALE },
  );
}

function columnWidths(model: TargetsModel, language: Language): number[] {
  const longestName = maxOf(model.people.map((p) => p.record.name.length), 0);
  const widths = new Array<number>(LAST_COL + 1).fill(11);
  widths[COL.name] = Math.min(32, Math.max(24, longestName + 2));
  widths[COL.team] = 14;
  widths[COL.weight] = 12;
  widths[COL.annual] = 15;
  widths[COL.rowTotal] = 15;
  widths[COL.check] = pick(language, CHECK_WIDTH);
  widths[COL.check + 1] = 2;
  return widths;
}
