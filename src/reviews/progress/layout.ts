import { maxOf } from "../../core/numbers/extremes";
import { isoDate, serialToDate } from "../../core/text/parseDate";
import { cellRef, rangeRef } from "../../excel/a1";
import { exactCriterion, fx, range, ref, text, type Formula } from "../../excel/formula";
import { CellGrid } from "../../sheets/cellGrid";
import type { RowBlock } from "../../sheets/dataSheet";
import { type monthlyTargetsSheet, nameGroup, type peopleSheet } from "../../sheets/dataCopies";
import type { SalesCopy } from "./sales";
import type { Cell, CellValue, ChartSpec, ConditionalFormat, SheetSpec } from "../../sheets/spec";
import type { BuildContext } from "../context";
import type { ProgressLabels } from "./labels";
import { MONEY_DECIMALS, TARGET_DIVISOR, WINDOWS, type PaceModel, type PersonModel, type ProgressModel, type WindowKind } from "./model";
import { AMOUNT as MONEY, DATE, PERCENT } from "../../sheets/formats";

/**
 * Places the Progress sheet: heading, notes and warnings; one row per person and the team's total, with
 * eight columns per window (month, quarter, year to date); the team by month and by quarter; below them the settings the formulas read:
 * the as-of date, the threshold, each window's dates and days, and the holidays.
 */


/** The data copies the sheet's formulas read. */
export interface ProgressCopies {
  sales: SalesCopy;
  people?: ReturnType<typeof peopleSheet>;
  /** The monthly plan's copy: each person's window targets add up their own months there. */
  plan?: ReturnType<typeof monthlyTargetsSheet>;
}

/** The eight columns of a window, in order. */
const MEASURES = ["target", "actual", "completion", "elapsed", "paceGap", "forecast", "neededPerDay", "flag"] as const;
type Measure = (typeof MEASURES)[number];

/** The column of a window's measure: the name and annual target first, then eight per window. */
function col(window: number, measure: Measure): number {
  return 2 + window * MEASURES.length + MEASURES.indexOf(measure);
}
/** After the windows: the person's team, then the month-over-month and year-over-year comparisons. */
const EXTRA = { team: 0, previousMonth: 1, monthOverMonth: 2, lastYear: 3, yearOverYear: 4 } as const;
function extraCol(which: keyof typeof EXTRA): number {
  return col(WINDOWS.length - 1, "flag") + 1 + EXTRA[which];
}
const LAST_COLUMN = extraCol("yearOverYear");

/** Rows top to bottom: heading, notes, warnings, the table, a gap, settings, windows, holidays. */
function rowsOf(model: ProgressModel, holidays: number) {
  let r = 0;
  const next = (): number => r++;
  const title = next();
  const subtitle = next();
  const note = next();
  const firstWarning = r;
  r += model.warnings.length + 1;
  const group = next();
  const header = next();
  const firstPerson = r;
  r += model.people.length;
  const lastPerson = r - 1;
  const total = next();
  r++;
  const teamsHeader = model.teams.length > 0 ? next() : -1;
  const firstTeam = r;
  r += model.teams.length;
  r += model.teams.length > 0 ? 2 : 1;
  const monthsTitle = next();
  const monthsHeader = next();
  const firstMonth = r;
  r += model.months.length;
  r++;
  const quartersTitle = next();
  const quartersHeader = next();
  const firstQuarter = r;
  r += model.quarters.length;
  const periodRow = next();
  r++;
  const [settings, inputsNote, asOf, threshold, dayCount] = Array.from({ length: 5 }, next);
  r++;
  const windowHeader = next();
  const firstWindow = r;
  r += WINDOWS.length;
  r++;
  const comparisonHeader = next();
  const [previousMonth, lastYear, dataFrom] = Array.from({ length: 3 }, next);
  r++;
  const holidayHeader = next();
  const firstHoliday = r;
  r += Math.max(holidays, 1);
  return { title, subtitle, note, firstWarning, group, header, firstPerson, lastPerson, total, teamsHeader, firstTeam, monthsTitle, monthsHeader, firstMonth, quartersTitle, quartersHeader, firstQuarter, periodRow, comparisonHeader, previousMonth, lastYear, dataFrom, settings, inputsNote, asOf, threshold, dayCount, windowHeader, firstWindow, holidayHeader, firstHoliday, lastHoliday: r - 1 };
}
type Rows = ReturnType<typeof rowsOf>;

/** The by-month table's columns (the by-quarter table has the first six). */
const MONTH_COLUMNS = { name: 0, start: 1, end: 2, target: 3, actual: 4, completion: 5, cumulativeTarget: 6, cumulativeActual: 7, cumulativeCompletion: 8 } as const;

/** The settings block's columns for each window's row. */
const WINDOW_COLUMNS = { name: 0, start: 1, end: 2, days: 3, daysElapsed: 4, daysLeft: 5, elapsed: 6 } as const;

interface Placing {
  ctx: BuildContext;
  t: ProgressLabels;
  model: ProgressModel;
  copies: ProgressCopies;
  rows: Rows;
  grid: CellGrid;
  asOf: Formula;
  threshold: Formula;
  holidays: Formula | null;
}

/** A cell of a window's row in the settings block, anchored for the table's formulas. */
function windowCell(p: Placing, w: number, column: keyof typeof WINDOW_COLUMNS): Formula {
  return ref(p.rows.firstWindow + w, WINDOW_COLUMNS[column], true);
}

function cents(amount: Formula): Formula {
  return fx`ROUND(${amount},${MONEY_DECIMALS})`;
}

function windowName(t: ProgressLabels, kind: WindowKind): string {
  return { month: t.month, quarter: t.quarter, year: t.year }[kind];
}

function placeHeading(p: Placing, salesNote?: string): void {
  const { ctx, t, rows, grid, model } = p;
  grid.set(rows.title, 0, { v: ctx.plan.title ? `${t.title} · ${ctx.plan.title}` : t.title, style: "title" });
  const days = model.dayCount.workingDays ? t.workingDays : t.calendarDays;
  grid.set(rows.subtitle, 0, { v: t.asOfLine(isoDate(model.asOf), days), style: "subtitle" });
  const targets = model.planOrigin !== null ? t.planNote(model.planOrigin) : t.targetsNote;
  grid.set(rows.note, 0, { v: salesNote ? `${targets} ${salesNote}` : targets, style: "subtitle" });
  model.warnings.forEach((w, i) => grid.set(rows.firstWarning + i, 0, { v: w, style: "warning" }));
}

function placeHeader(p: Placing): string[] {
  const { t, rows, grid } = p;
  const merges: string[] = [];
  const words: Record<Measure, string> = {
    target: t.target, actual: t.actual, completion: t.completion, elapsed: t.elapsed,
    paceGap: t.paceGap, forecast: t.forecast, neededPerDay: t.neededPerDay, flag: t.flag,
  };
  grid.set(rows.header, 0, { v: t.person, style: "header" });
  grid.set(rows.header, 1, { v: p.copies.plan ? t.planAnnualTarget : t.annualTarget, style: "header" });
  WINDOWS.forEach((kind, w) => {
    grid.set(rows.group, col(w, "target"), { v: windowName(t, kind), style: "header" });
    for (let c = col(w, "target") + 1; c <= col(w, "flag"); c++) grid.set(rows.group, c, { v: null, style: "header" });
    merges.push(rangeRef(rows.group, col(w, "target"), rows.group, col(w, "flag")));
    MEASURES.forEach((m) => grid.set(rows.header, col(w, m), { v: words[m], style: "header" }));
  });
  grid.set(rows.header, extraCol("team"), { v: t.team, style: "header" });
  const pairs: [string, keyof typeof EXTRA, keyof typeof EXTRA, string, string][] = [
    [t.monthOverMonth, "previousMonth", "monthOverMonth", t.previousMonth, t.change],
    [t.yearOverYear, "lastYear", "yearOverYear", t.lastYear, t.change],
  ];
  for (const [group, first, second, firstWord, secondWord] of pairs) {
    grid.set(rows.group, extraCol(first), { v: group, style: "header" });
    grid.set(rows.group, extraCol(second), { v: null, style: "header" });
    merges.push(rangeRef(rows.group, extraCol(first), rows.group, extraCol(second)));
    grid.set(rows.header, extraCol(first), { v: firstWord, style: "header" });
    grid.set(rows.header, extraCol(second), { v: secondWord, style: "header" });
  }
  return merges;
}

/**
 * A window's cells on one row, given the row's actual and, with a monthly plan, its target (a formula
 * over the plan, or a blank for a person the plan does not list); without one the target is a share of
 * the row's annual target.
 */
function placePace(p: Placing, row: number, w: number, pace: PaceModel, actual: Cell, style?: Cell["style"], planTarget?: Formula | null): void {
  const { grid, t } = p;
  const at = (m: Measure): Formula => ref(row, col(w, m));
  const s = style ? { style } : {};
  const annual = ref(row, 1);
  const divisor = TARGET_DIVISOR[WINDOWS[w]];
  const targetFormula = divisor === 1 ? fx`IF(N(${annual})=0,"",${annual})` : fx`IF(N(${annual})=0,"",${annual}/${divisor})`;
  const elapsed = windowCell(p, w, "elapsed");
  const daysLeft = windowCell(p, w, "daysLeft");
  const target = at("target");
  const put = (m: Measure, v: CellValue, f: Formula, fmt?: string): void => grid.set(row, col(w, m), { v, f, ...(fmt ? { fmt } : {}), ...s });
  if (planTarget === undefined) put("target", pace.target, targetFormula, MONEY);
  else if (planTarget === null) grid.set(row, col(w, "target"), { v: pace.target, fmt: MONEY, ...s });
  else put("target", pace.target, planTarget, MONEY);
  grid.set(row, col(w, "actual"), { ...actual, fmt: MONEY, ...s });
  put("completion", pace.completion, fx`IF(N(${target})=0,"",${at("actual")}/${target})`, PERCENT);
  put("elapsed", p.model.windows[w].elapsed, fx`${elapsed}`, PERCENT);
  put("paceGap", pace.paceGap, fx`IF(OR(N(${target})=0,${elapsed}=""),"",${cents(fx`${target}*${elapsed}-${at("actual")}`)})`, MONEY);
  put("forecast", pace.forecast, fx`IF(N(${elapsed})=0,"",${cents(fx`${at("actual")}/${elapsed}`)})`, MONEY);
  put("neededPerDay", pace.neededPerDay, fx`IF(OR(N(${target})=0,${daysLeft}<=0),"",${cents(fx`MAX(0,${target}-${at("actual")})/${daysLeft}`)})`, MONEY);
  const completion = at("completion");
  put("flag", pace.behind ? t.behind : "", fx`IF(OR(${completion}="",${elapsed}=""),"",IF(${completion}<${elapsed}*${p.threshold},${text(t.behind)},""))`);
}

function placePerson(p: Placing, row: number, person: PersonModel): void {
  const { grid, copies } = p;
  grid.set(row, 0, { v: person.name });
  const name = exactCriterion(ref(row, 0, "column"), person.name);
  const planBlock = copies.plan ? copies.plan.blockOf(nameGroup(person.name)) : null;
  if (copies.plan) {
    grid.set(row, 1, planBlock === null ? { v: person.annualTarget ?? "", fmt: MONEY } : { v: person.annualTarget ?? "", f: planFormula(p, planBlock, name, WINDOWS.indexOf("year")), fmt: MONEY });
  } else if (copies.people) {
    const { people } = copies;
    grid.set(row, 1, {
      v: person.annualTarget ?? "",
      f: fx`IF(COUNTIFS(${people.column("name")},${name},${people.column("target")},"<>")=0,"",SUMIFS(${people.column("target")},${people.column("name")},${name}))`,
      fmt: MONEY,
    });
  } else {
    grid.set(row, 1, { v: null, fmt: MONEY });
  }
  // The person's block of the grouped transactions copy: each SUMIFS reads only their own rows, which
  // keeps the sheet linear in rows (and still matches the name, so a row edited to another rep drops out).
  const block = copies.sales.blockOf(nameGroup(person.name));
  person.windows.forEach((pace, w) => {
    // No transaction names this person (listed for a target): nothing to total.
    const actual: Cell = block === null ? { v: pace.actual } : { v: pace.actual, f: actualFormula(p, block, name, w) };
    const planTarget = copies.plan ? (planBlock === null ? null : planFormula(p, planBlock, name, w)) : undefined;
    placePace(p, row, w, pace, actual, undefined, planTarget);
  });
  grid.set(row, extraCol("team"), { v: person.team ?? "" });
  const earlier = (from: Formula, to: Formula): Formula | null => (block === null ? null : copies.sales.sum(block, name, from, to));
  placeComparison(p, row, person, {
    previousMonth: earlier(comparisonCell(p, "previousMonth", 1), comparisonCell(p, "previousMonth", 2)),
    lastYear: earlier(comparisonCell(p, "lastYear", 1), comparisonCell(p, "lastYear", 2)),
  });
}

/** A cell of the comparisons' settings rows: column 1 the start, 2 the end; the data's first day in column 1 of its row. */
function comparisonCell(p: Placing, which: "previousMonth" | "lastYear" | "dataFrom", column: 1 | 2): Formula {
  return ref(p.rows[which], column, true);
}

/**
 * A row's comparisons: the earlier amount (blank when the data starts after the earlier window), and the
 * change against it. `sums` are the earlier amounts' formulas without the history check (null: 0).
 */
function placeComparison(p: Placing, row: number, person: PersonModel, sums: { previousMonth: Formula | null; lastYear: Formula | null }, style?: Cell["style"]): void {
  const { grid } = p;
  const s = style ? { style } : {};
  const dataFrom = comparisonCell(p, "dataFrom", 1);
  const items: ["previousMonth" | "lastYear", "monthOverMonth" | "yearOverYear", number][] = [
    ["previousMonth", "monthOverMonth", 0],
    ["lastYear", "yearOverYear", 2],
  ];
  for (const [amount, change, w] of items) {
    const earlier = ref(row, extraCol(amount));
    const sum = sums[amount] ?? fx`0`;
    grid.set(row, extraCol(amount), { v: person.comparison[amount], f: fx`IF(${dataFrom}>${comparisonCell(p, amount, 1)},"",${sum})`, fmt: MONEY, ...s });
    grid.set(row, extraCol(change), { v: person.comparison[change], f: fx`IF(N(${earlier})=0,"",${ref(row, col(w, "actual"))}/${earlier}-1)`, fmt: PERCENT, ...s });
  }
}

/** A person's target in a window from the monthly plan: their months that start within it. */
function planFormula(p: Placing, block: RowBlock, name: Formula, w: number): Formula {
  const plan = p.copies.plan!;
  const month = plan.column("month", block);
  return fx`SUMIFS(${plan.column("target", block)},${plan.column("name", block)},${name},${month},">="&${windowCell(p, w, "start")},${month},"<="&${windowCell(p, w, "end")})`;
}

/** A person's credited sales in a window, from its start to the as-of date (or its end, if sooner). */
function actualFormula(p: Placing, block: RowBlock, name: Formula, w: number): Formula {
  return p.copies.sales.sum(block, name, windowCell(p, w, "start"), fx`MIN(${p.asOf},${windowCell(p, w, "end")})`);
}

function placeTotal(p: Placing): void {
  const { grid, rows, model, t } = p;
  const row = rows.total;
  const people = model.people.length;
  const sum = (c: number): Formula => (people === 0 ? fx`0` : fx`SUM(${range(rows.firstPerson, c, rows.lastPerson, c)})`);
  grid.set(row, 0, { v: t.total, style: "total" });
  if (p.copies.people || p.copies.plan) grid.set(row, 1, { v: model.team.annualTarget ?? 0, f: sum(1), fmt: MONEY, style: "total" });
  else grid.set(row, 1, { v: null, fmt: MONEY, style: "total" });
  model.team.windows.forEach((pace, w) => placePace(p, row, w, pace, { v: pace.actual, f: sum(col(w, "actual")) }, "total", p.copies.plan ? sum(col(w, "target")) : undefined));
  placeComparison(p, row, model.team, { previousMonth: sum(extraCol("previousMonth")), lastYear: sum(extraCol("lastYear")) }, "total");
}

/** One row per team of the people table: SUMIFS of its members' rows by the team column, the rest from those. */
function placeTeams(p: Placing): void {
  const { grid, rows, model, t } = p;
  if (model.teams.length === 0) return;
  grid.set(rows.teamsHeader, 0, { v: t.teamSubtotals, style: "subtitle" });
  const people = (c: number): Formula => range(rows.firstPerson, c, rows.lastPerson, c, true);
  const teamColumn = people(extraCol("team"));
  model.teams.forEach((team, k) => {
    const row = rows.firstTeam + k;
    const name = exactCriterion(ref(row, 0, "column"), team.name);
    const sumOf = (c: number): Formula => fx`SUMIFS(${people(c)},${teamColumn},${name})`;
    grid.set(row, 0, { v: team.name, style: "total" });
    if (p.copies.people || p.copies.plan) grid.set(row, 1, { v: team.annualTarget ?? 0, f: sumOf(1), fmt: MONEY, style: "total" });
    else grid.set(row, 1, { v: null, fmt: MONEY, style: "total" });
    team.windows.forEach((pace, w) => placePace(p, row, w, pace, { v: pace.actual, f: sumOf(col(w, "actual")) }, "total", p.copies.plan ? sumOf(col(w, "target")) : undefined));
    placeComparison(p, row, team, { previousMonth: sumOf(extraCol("previousMonth")), lastYear: sumOf(extraCol("lastYear")) }, "total");
  });
}

/**
 * The team month by month over the period: the plan's months added up (or the annual target ÷ 12), the
 * sales from the month's first day to the as-of date (blank for a month not begun), completion, and the
 * running totals; then each calendar quarter's and the whole period's sums of those rows.
 */
function placeMonths(p: Placing): void {
  const { grid, rows, model, t, copies } = p;
  const c = MONTH_COLUMNS;
  grid.set(rows.monthsTitle, 0, { v: t.byMonth, style: "subtitle" });
  const headers: [number, string][] = [
    [c.name, t.monthHeader], [c.start, t.start], [c.end, t.end], [c.target, t.target], [c.actual, t.actual], [c.completion, t.completion],
    [c.cumulativeTarget, t.cumulativeTarget], [c.cumulativeActual, t.cumulativeActual], [c.cumulativeCompletion, t.cumulativeCompletion],
  ];
  for (const [col, word] of headers) grid.set(rows.monthsHeader, col, { v: word, style: "header" });
  const teamAnnual = ref(rows.total, 1, true);
  const firstMonth = rows.firstMonth;
  model.months.forEach((m, i) => {
    const row = firstMonth + i;
    const at = (col: number): Formula => ref(row, col);
    const { year, month } = serialToDate(m.start);
    grid.set(row, c.name, { v: t.monthName(year, month) });
    grid.set(row, c.start, { v: m.start, fmt: DATE });
    grid.set(row, c.end, { v: m.end, f: fx`DATE(YEAR(${at(c.start)}),MONTH(${at(c.start)})+1,0)`, fmt: DATE });
    const plan = copies.plan;
    const targetFormula = plan
      ? fx`SUMIFS(${plan.column("target")},${plan.column("month")},">="&${at(c.start)},${plan.column("month")},"<="&${at(c.end)})`
      : fx`IF(N(${teamAnnual})=0,"",${teamAnnual}/${TARGET_DIVISOR.month})`;
    grid.set(row, c.target, { v: m.target, f: targetFormula, fmt: MONEY });
    grid.set(row, c.actual, {
      v: m.actual,
      f: fx`IF(${at(c.start)}>${p.asOf},"",${copies.sales.sum(null, null, at(c.start), fx`MIN(${p.asOf},${at(c.end)})`)})`,
      fmt: MONEY,
    });
    grid.set(row, c.completion, { v: m.completion, f: completionFormula(at(c.target), at(c.actual)), fmt: PERCENT });
    // From the first month (anchored) to this one: a running total a person can follow down the column.
    const soFar = (col: number): Formula => fx`${ref(firstMonth, col, true)}:${ref(row, col)}`;
    grid.set(row, c.cumulativeTarget, { v: m.cumulativeTarget, f: fx`IF(COUNT(${soFar(c.target)})=0,"",SUM(${soFar(c.target)}))`, fmt: MONEY });
    grid.set(row, c.cumulativeActual, { v: m.cumulativeActual, f: fx`IF(${at(c.actual)}="","",SUM(${soFar(c.actual)}))`, fmt: MONEY });
    grid.set(row, c.cumulativeCompletion, { v: m.cumulativeCompletion, f: completionFormula(at(c.cumulativeTarget), at(c.cumulativeActual)), fmt: PERCENT });
  });

  grid.set(rows.quartersTitle, 0, { v: t.byQuarter, style: "subtitle" });
  for (const [col, word] of headers.slice(0, 6)) grid.set(rows.quartersHeader, col, { v: col === c.name ? t.quarterHeader : word, style: "header" });
  const span = (row: number, label: string, q: { first: number; last: number; target: number | ""; actual: number | ""; completion: number | "" }, style?: Cell["style"]): void => {
    const s = style ? { style } : {};
    const months = (col: number): Formula => range(firstMonth + q.first, col, firstMonth + q.last, col);
    const at = (col: number): Formula => ref(row, col);
    grid.set(row, c.name, { v: label, ...s });
    grid.set(row, c.start, { v: model.months[q.first].start, f: fx`${ref(firstMonth + q.first, c.start)}`, fmt: DATE, ...s });
    grid.set(row, c.end, { v: model.months[q.last].end, f: fx`${ref(firstMonth + q.last, c.end)}`, fmt: DATE, ...s });
    grid.set(row, c.target, { v: q.target, f: fx`IF(COUNT(${months(c.target)})=0,"",SUM(${months(c.target)}))`, fmt: MONEY, ...s });
    grid.set(row, c.actual, { v: q.actual, f: fx`IF(COUNT(${months(c.actual)})=0,"",SUM(${months(c.actual)}))`, fmt: MONEY, ...s });
    grid.set(row, c.completion, { v: q.completion, f: completionFormula(at(c.target), at(c.actual)), fmt: PERCENT, ...s });
  };
  model.quarters.forEach((q, k) => span(rows.firstQuarter + k, t.quarterName(q.year, q.quarter), q));
  if (model.months.length > 0) span(rows.periodRow, t.wholePeriod, model.period, "total");
}

/** actual ÷ target, blank without a target or before the month has begun (as completionOf in the model). */
function completionFormula(target: Formula, actual: Formula): Formula {
  return fx`IF(OR(N(${target})=0,${actual}=""),"",${actual}/${target})`;
}

function placeSettings(p: Placing): void {
  const { t, rows, grid, model, ctx } = p;
  grid.set(rows.settings, 0, { v: t.settings, style: "subtitle" });
  grid.set(rows.inputsNote, 0, { v: t.inputsNote, style: "subtitle" });
  grid.set(rows.asOf, 0, { v: t.asOf });
  grid.set(rows.asOf, 1, { v: model.asOf, fmt: DATE, style: "input" });
  grid.set(rows.threshold, 0, { v: t.threshold });
  grid.set(rows.threshold, 1, { v: ctx.plan.progress.behindThreshold, fmt: PERCENT, style: "input" });
  grid.set(rows.dayCount, 0, { v: t.dayCount });
  grid.set(rows.dayCount, 1, { v: model.dayCount.workingDays ? t.workingDays : t.calendarDays });

  [t.window, t.start, t.end, t.days, t.daysElapsed, t.daysLeft, t.elapsed].forEach((h, c) => grid.set(rows.windowHeader, c, { v: h, style: "header" }));
  const a = p.asOf;
  const quarterMonth = fx`INT((MONTH(${a})-1)/3)*3`;
  // The month and quarter follow the as-of date; the year is the plan's period, an input.
  const bounds: Partial<Record<WindowKind, [Formula, Formula]>> = {
    month: [fx`DATE(YEAR(${a}),MONTH(${a}),1)`, fx`DATE(YEAR(${a}),MONTH(${a})+1,0)`],
    quarter: [fx`DATE(YEAR(${a}),${quarterMonth}+1,1)`, fx`DATE(YEAR(${a}),${quarterMonth}+4,0)`],
  };
  const working = model.dayCount.workingDays === true;
  const networkDays = (from: Formula, to: Formula): Formula => (p.holidays ? fx`NETWORKDAYS(${from},${to},${p.holidays})` : fx`NETWORKDAYS(${from},${to})`);
  model.windows.forEach((w, i) => {
    const row = rows.firstWindow + i;
    const start = windowCell(p, i, "start");
    const end = windowCell(p, i, "end");
    const days = windowCell(p, i, "days");
    const elapsedDays = windowCell(p, i, "daysElapsed");
    const upTo = fx`MIN(${a},${end})`;
    grid.set(row, WINDOW_COLUMNS.name, { v: windowName(t, w.kind) });
    const formulas = bounds[w.kind];
    grid.set(row, WINDOW_COLUMNS.start, formulas ? { v: w.start, f: formulas[0], fmt: DATE } : { v: w.start, fmt: DATE, style: "input" });
    grid.set(row, WINDOW_COLUMNS.end, formulas ? { v: w.end, f: formulas[1], fmt: DATE } : { v: w.end, fmt: DATE, style: "input" });
    grid.set(row, WINDOW_COLUMNS.days, { v: w.days, f: working ? networkDays(start, end) : fx`${end}-${start}+1` });
    grid.set(row, WINDOW_COLUMNS.daysElapsed, {
      v: w.daysElapsed,
      f: working ? fx`IF(${a}<${start},0,${networkDays(start, upTo)})` : fx`MAX(0,${upTo}-${start}+1)`,
    });
    grid.set(row, WINDOW_COLUMNS.daysLeft, { v: w.daysLeft, f: fx`${days}-${elapsedDays}` });
    grid.set(row, WINDOW_COLUMNS.elapsed, { v: w.elapsed, f: fx`IF(${days}=0,"",${elapsedDays}/${days})`, fmt: PERCENT });
  });

  const c = model.comparisonWindows;
  grid.set(rows.comparisonHeader, 0, { v: t.comparisons, style: "header" });
  grid.set(rows.comparisonHeader, 1, { v: t.start, style: "header" });
  grid.set(rows.comparisonHeader, 2, { v: t.end, style: "header" });
  const monthStart = windowCell(p, 0, "start");
  const yearStart = windowCell(p, 2, "start");
  grid.set(rows.previousMonth, 0, { v: t.previousMonthWindow });
  grid.set(rows.previousMonth, 1, { v: c.previousMonthStart, f: fx`DATE(YEAR(${a}),MONTH(${a})-1,1)`, fmt: DATE });
  grid.set(rows.previousMonth, 2, {
    v: c.previousMonthEnd,
    f: fx`MIN(${monthStart}-1,${comparisonCell(p, "previousMonth", 1)}+(MIN(${a},${windowCell(p, 0, "end")})-${monthStart}))`,
    fmt: DATE,
  });
  grid.set(rows.lastYear, 0, { v: t.lastYearWindow });
  // A year earlier, as EDATE(x, -12) gives it (29 February becomes 28 February), in DATE alone.
  const yearEarlier = (x: Formula): Formula => fx`MIN(DATE(YEAR(${x})-1,MONTH(${x}),DAY(${x})),DATE(YEAR(${x})-1,MONTH(${x})+1,0))`;
  grid.set(rows.lastYear, 1, { v: c.lastYearStart, f: yearEarlier(yearStart), fmt: DATE });
  grid.set(rows.lastYear, 2, { v: c.lastYearEnd, f: yearEarlier(fx`MIN(${a},${windowCell(p, 2, "end")})`), fmt: DATE });
  grid.set(rows.dataFrom, 0, { v: model.sales === "wonDeals" ? t.dealsFrom : t.dataFrom });
  grid.set(rows.dataFrom, 1, { v: c.dataFrom, f: fx`MIN(${p.copies.sales.dates})`, fmt: DATE });

  grid.set(rows.holidayHeader, 0, { v: t.holidays, style: "header" });
  const holidays = working ? (model.dayCount.holidays ?? []) : [];
  holidays.forEach((h, i) => grid.set(rows.firstHoliday + i, 0, { v: h, fmt: DATE, style: "input" }));
  if (holidays.length === 0) grid.set(rows.firstHoliday, 0, { v: null, fmt: DATE, style: "input" });
}

/** Each window's flag column: a behind flag shows red. */
function looksOf(p: Placing): ConditionalFormat[] {
  const { rows, t } = p;
  return WINDOWS.map((_, w) => {
    const c = col(w, "flag");
    return { type: "expression" as const, range: rangeRef(rows.firstPerson, c, rows.total, c), formula: fx`${ref(rows.firstPerson, c)}=${text(t.behind)}`, look: "bad" as const };
  });
}

/** Characters a text takes in a column: Chinese, Japanese and Korean characters count double. */
function displayWidth(value: string): number {
  let width = 0;
  for (const ch of value) width += /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFF60]/.test(ch) ? 2 : 1;
  return width;
}

/** The name column fits the longest name or settings label (within 16 to 50 characters); the others are 14 wide. */
function columnWidthsOf(t: ProgressLabels, model: ProgressModel): number[] {
  const longest = maxOf([t.person, t.total, t.threshold, t.month, t.quarter, t.year, ...model.people.map((x) => x.name)].map(displayWidth));
  return Array.from({ length: LAST_COLUMN + 1 }, (_, c) => (c === 0 ? Math.min(50, Math.max(16, longest + 2)) : 14));
}

/**
 * Lays out the Progress sheet: every number caches the model's value and is a formula over the data
 * copies and the settings block, so a changed as-of date, threshold or holiday recomputes the sheet.
 *
 * @example
 * progressSheet(ctx, t, model, { sales: transactionSales(tx) }).name // => "Progress" (transactionSales: ./sales.ts)
 */
export function progressSheet(ctx: BuildContext, t: ProgressLabels, model: ProgressModel, copies: ProgressCopies, salesNote?: string): SheetSpec {
  const holidayCount = model.dayCount.workingDays ? (model.dayCount.holidays ?? []).length : 0;
  const rows = rowsOf(model, holidayCount);
  const p: Placing = {
    ctx, t, model, copies, rows, grid: new CellGrid(),
    asOf: ref(rows.asOf, 1, true),
    threshold: ref(rows.threshold, 1, true),
    holidays: holidayCount > 0 ? range(rows.firstHoliday, 0, rows.firstHoliday + holidayCount - 1, 0, true) : null,
  };
  placeHeading(p, salesNote);
  const merges = placeHeader(p);
  model.people.forEach((person, k) => placePerson(p, rows.firstPerson + k, person));
  placeTotal(p);
  placeTeams(p);
  placeMonths(p);
  placeSettings(p);
  return {
    name: t.sheet,
    purpose: "progress",
    rows: p.grid.rows,
    columnWidths: columnWidthsOf(t, model),
    frozen: { rows: rows.header + 1 <= 15 ? rows.header + 1 : 0, cols: 1 },
    merges,
    conditionalFormats: looksOf(p),
    charts: [...yearChart(p), ...monthChart(p)],
    warnings: model.warnings,
  };
}

/** Up to this many people get the chart of their year to date; a whole company's would be unreadable. */
const MAX_CHARTED_PEOPLE = 40;

/** Each person's target and actual for the year to date, as clustered columns under the settings. */
function yearChart({ t, rows, model }: Placing): ChartSpec[] {
  if (model.people.length === 0 || model.people.length > MAX_CHARTED_PEOPLE) return [];
  const w = WINDOWS.indexOf("year");
  const column = (m: Measure): string => rangeRef(rows.firstPerson, col(w, m), rows.lastPerson, col(w, m));
  return [
    {
      type: "column",
      title: t.year,
      categories: rangeRef(rows.firstPerson, 0, rows.lastPerson, 0),
      series: [
        { name: t.target, nameCell: cellRef(rows.header, col(w, "target")), values: column("target") },
        { name: t.actual, nameCell: cellRef(rows.header, col(w, "actual")), values: column("actual") },
      ],
      anchor: cellRef(rows.lastHoliday + 2, 0),
      size: { cols: 10, rows: 20 },
    },
  ];
}

/** The team's target and actual month by month, as clustered columns beside the year's chart. */
function monthChart({ t, rows, model }: Placing): ChartSpec[] {
  if (model.months.length === 0) return [];
  const last = rows.firstMonth + model.months.length - 1;
  const column = (c: number): string => rangeRef(rows.firstMonth, c, last, c);
  const charted = model.people.length > 0 && model.people.length <= MAX_CHARTED_PEOPLE;
  return [
    {
      type: "column",
      title: t.monthChart,
      categories: column(MONTH_COLUMNS.name),
      series: [
        { name: t.target, nameCell: cellRef(rows.monthsHeader, MONTH_COLUMNS.target), values: column(MONTH_COLUMNS.target) },
        { name: t.actual, nameCell: cellRef(rows.monthsHeader, MONTH_COLUMNS.actual), values: column(MONTH_COLUMNS.actual) },
      ],
      anchor: cellRef(rows.lastHoliday + 2, charted ? 11 : 0),
      size: { cols: 10, rows: 20 },
    },
  ];
}
