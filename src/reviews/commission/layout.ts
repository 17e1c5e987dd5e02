import { maxOf } from "../../core/numbers/extremes";
import { exactCriterion, fx, range, ref, text, type Formula } from "../../excel/formula";
import { CellGrid } from "../../sheets/cellGrid";
import { rangeRef } from "../../excel/a1";
import { nameGroup, type paidSheet, type peopleSheet, type transactionsSheet } from "../../sheets/dataCopies";
import type { Cell, ConditionalFormat, SheetSpec } from "../../sheets/spec";
import type { BuildContext } from "../context";
import {
  cents,
  acceleratorFormula,
  attainmentFormula,
  cappedFormula,
  commissionFormula,
  differenceFormula,
  moneySumFormula,
  dueFormula,
  paidBetweenFormula,
  paidFormula,
  quotaFormula,
  salesFormula,
  statusFormula,
  sumFormula,
  topUpFormula,
  type SettingCells,
  type TierCells,
} from "./formulas";
import type { CommissionLabels } from "./labels";
import type { CommissionModel, PeriodModel, RepModel } from "./model";
import { AMOUNT as MONEY, DATE, PERCENT, PERCENT_2 as RATE } from "../../sheets/formats";

/**
 * Places the commission statement on its sheet: the heading and warnings, one row per rep, the totals,
 * and below them the settings and tier tables the formulas read.
 */


/** The data copies the statement's formulas read. */
export interface StatementCopies {
  tx: ReturnType<typeof transactionsSheet>;
  people?: ReturnType<typeof peopleSheet>;
  paid?: ReturnType<typeof paidSheet>;
}

/** Where each column of the statement is (0-based). */
interface Columns {
  rep: number;
  quota: number;
  sales: (line: number) => number;
  commission: (line: number) => number;
  totalSales: number;
  attainment: number;
  base: number;
  accelerator: number;
  capped: number;
  topUp: number;
  due: number;
  paid: number;
  difference: number;
  status: number;
  /** The last column in use: the status with paid data, else the amount due. */
  last: number;
}

function columnsOf(lineCount: number, withPaid: boolean): Columns {
  const totalSales = 2 + 2 * lineCount;
  return {
    rep: 0,
    quota: 1,
    sales: (line) => 2 + 2 * line,
    commission: (line) => 3 + 2 * line,
    totalSales,
    attainment: totalSales + 1,
    base: totalSales + 2,
    accelerator: totalSales + 3,
    capped: totalSales + 4,
    topUp: totalSales + 5,
    due: totalSales + 6,
    paid: totalSales + 7,
    difference: totalSales + 8,
    status: totalSales + 9,
    last: withPaid ? totalSales + 9 : totalSales + 6,
  };
}

/** Where each row of the sheet is (0-based); -1 for a row the sheet does not have. */
interface Rows {
  title: number;
  subtitle: number;
  order: number;
  firstWarning: number;
  group: number;
  header: number;
  firstRep: number;
  lastRep: number;
  total: number;
  /** The pay periods block (-1 for each when the paid data does not say when). */
  periodsTitle: number;
  periodsNote: number;
  periodsHeader: number;
  firstPeriod: number;
  settings: number;
  note: number;
  start: number;
  end: number;
  above: number;
  multiplier: number;
  cap: number;
  draw: number;
  tolerance: number;
  /** With a draw per pay period: whether it is recoverable, and the balance carried in (-1 otherwise). */
  drawRecoverable: number;
  drawOpening: number;
  tierHeader: number;
  /** The first row of each product line's tiers. */
  tiers: number[];
}

/** Rows top to bottom: heading, warnings, statement, a gap, settings, tiers. */
function rowsOf(model: CommissionModel, withPaid: boolean): Rows {
  let r = 0;
  const next = (): number => r++;
  const title = next();
  const subtitle = next();
  const order = withPaid ? next() : -1;
  const firstWarning = r;
  r += model.warnings.length + 1; // then one blank row above the statement
  const group = next();
  const header = next();
  const firstRep = r;
  r += model.reps.length;
  const lastRep = r - 1;
  const total = model.reps.length > 0 ? next() : -1;
  let [periodsTitle, periodsNote, periodsHeader, firstPeriod] = [-1, -1, -1, -1];
  if (model.periods !== null && model.periods.length > 0) {
    r += 2;
    [periodsTitle, periodsNote, periodsHeader] = [next(), next(), next()];
    firstPeriod = r;
    r += model.periods.length;
  }
  r += 2;
  const [settings, note, start, end, above, multiplier, cap, draw, tolerance] = Array.from({ length: 9 }, next);
  const [drawRecoverable, drawOpening] = model.drawPerPeriod ? [next(), next()] : [-1, -1];
  r++;
  const tierHeader = next();
  const tiers = model.lines.map((line) => {
    const first = r;
    r += line.tiers.length;
    return first;
  });
  return {
    title, subtitle, order, firstWarning, group, header, firstRep, lastRep, total,
    periodsTitle, periodsNote, periodsHeader, firstPeriod,
    settings, note, start, end, above, multiplier, cap, draw, tolerance, drawRecoverable, drawOpening, tierHeader, tiers,
  };
}


/** Everything the pieces of the layout share. */
interface Placing {
  ctx: BuildContext;
  t: CommissionLabels;
  model: CommissionModel;
  copies: StatementCopies;
  cols: Columns;
  rows: Rows;
  settings: SettingCells;
  grid: CellGrid;
  /** With a draw per pay period: each rep's first and last row in the pay periods block. */
  periodRows: Map<string, { first: number; last: number }>;
}

/** Title, period and method, the order note (with paid data) and the warnings. */
function placeHeading(p: Placing): void {
  const { ctx, t, rows, grid } = p;
  grid.set(rows.title, 0, { v: ctx.plan.title ? `${t.title} · ${ctx.plan.title}` : t.title, style: "title" });
  const method = ctx.plan.commission.method === "marginal" ? t.marginal : t.retroactive;
  grid.set(rows.subtitle, 0, { v: `${t.period(p.model.start, p.model.end)} · ${method}`, style: "subtitle" });
  if (p.copies.paid) grid.set(rows.order, 0, { v: t.order, style: "subtitle" });
  p.model.warnings.forEach((w, i) => grid.set(rows.firstWarning + i, 0, { v: w, style: "warning" }));
}

/** The headings: product line names merged over their sales/commission pair, then one per column. Returns the merges. */
function placeHeader(p: Placing): string[] {
  const { t, cols, rows, grid } = p;
  const merges: string[] = [];
  p.model.lines.forEach((line, i) => {
    grid.set(rows.group, cols.sales(i), { v: line.text === "" ? t.noLine : line.text, style: "header" });
    grid.set(rows.group, cols.commission(i), { v: null, style: "header" });
    merges.push(rangeRef(rows.group, cols.sales(i), rows.group, cols.commission(i)));
  });
  if (p.copies.paid) {
    grid.set(rows.group, cols.paid, { v: t.reconciliation, style: "header" });
    grid.set(rows.group, cols.difference, { v: null, style: "header" });
    grid.set(rows.group, cols.status, { v: null, style: "header" });
    merges.push(rangeRef(rows.group, cols.paid, rows.group, cols.status));
  }
  const headings: [number, string][] = [
    [cols.rep, t.rep],
    [cols.quota, t.quota],
    ...p.model.lines.flatMap((_, i): [number, string][] => [
      [cols.sales(i), t.sales],
      [cols.commission(i), t.commission],
    ]),
    [cols.totalSales, t.totalSales],
    [cols.attainment, t.attainment],
    [cols.base, t.base],
    [cols.accelerator, t.accelerator],
    [cols.capped, t.capped],
    [cols.topUp, t.topUp],
    [cols.due, t.due],
  ];
  if (p.copies.paid) headings.push([cols.paid, t.paid], [cols.difference, t.difference], [cols.status, t.status]);
  headings.forEach(([c, heading]) => grid.set(rows.header, c, { v: heading, style: "header" }));
  return merges;
}

/** The tier cells a line's commission formula reads. */
function tierCells(p: Placing, line: number): TierCells {
  const first = p.rows.tiers[line];
  const last = first + p.model.lines[line].tiers.length - 1;
  return { from: range(first, 1, last, 1, true), rate: range(first, 2, last, 2, true), step: range(first, 3, last, 3, true) };
}

/** A rep's name, quota, and sales and commission per product line. */
function placeRepLines(p: Placing, row: number, rep: RepModel, name: Formula): void {
  const { cols, grid, copies } = p;
  grid.set(row, cols.rep, { v: rep.name });
  if (copies.people) {
    grid.set(row, cols.quota, { v: rep.quota ?? "", f: quotaFormula(copies.people.column("name"), copies.people.column("target"), name), fmt: MONEY });
  } else {
    grid.set(row, cols.quota, { v: null, fmt: MONEY });
  }
  // The rep's block of the grouped transactions copy: each rep's SUMIFS reads only their own rows (and
  // still matches the rep, so a row edited to another rep drops out), which keeps the sheet linear.
  const block = copies.tx.blockOf(nameGroup(rep.name));
  p.model.lines.forEach((line, i) => {
    if (block === null) {
      // No transaction names this rep (listed for a quota or a payment): nothing to total.
      grid.set(row, cols.sales(i), { v: rep.lineSales[i], fmt: MONEY });
    } else {
      const column = (role: "credited" | "rep" | "line" | "date"): Formula => copies.tx.column(role, block);
      const columns = { credited: column("credited"), rep: column("rep"), line: column("line"), date: column("date") };
      const criterion = line.text === "" ? text("") : exactCriterion(ref(p.rows.group, cols.sales(i), "row"), line.text);
      grid.set(row, cols.sales(i), { v: rep.lineSales[i], f: salesFormula(columns, name, criterion, p.settings), fmt: MONEY });
    }
    const commission = commissionFormula(ref(row, cols.sales(i)), tierCells(p, i), p.ctx.plan.commission.method);
    grid.set(row, cols.commission(i), { v: rep.lineCommission[i], f: commission, fmt: MONEY });
  });
}

/** A rep's totals: sales, attainment, base commission, accelerator, cap, draw top-up and due. */
function placeRepPayout(p: Placing, row: number, rep: RepModel): void {
  const { cols, grid, settings } = p;
  const at = (c: number): Formula => ref(row, c);
  const lines = p.model.lines.map((_, i) => i);
  const quota = at(cols.quota);
  const sales = at(cols.totalSales);
  grid.set(row, cols.totalSales, { v: rep.totalSales, f: sumFormula(lines.map((i) => at(cols.sales(i)))), fmt: MONEY });
  grid.set(row, cols.attainment, { v: rep.attainment, f: attainmentFormula(sales, quota), fmt: PERCENT });
  grid.set(row, cols.base, { v: rep.base, f: moneySumFormula(lines.map((i) => at(cols.commission(i)))), fmt: MONEY });
  grid.set(row, cols.accelerator, { v: rep.accelerator, f: acceleratorFormula({ base: at(cols.base), sales, quota }, settings), fmt: MONEY });
  grid.set(row, cols.capped, { v: rep.capped, f: cappedFormula(at(cols.base), at(cols.accelerator), settings), fmt: MONEY });
  const own = p.periodRows.get(rep.name);
  // With a draw per pay period, the periods decide what is due: the top-up is what they pay beyond the capped amount.
  const topUp = p.model.drawPerPeriod && own ? cents(fx`SUM(${range(own.first, periodColumnsOf(p.model).due, own.last, periodColumnsOf(p.model).due)})-${at(cols.capped)}`) : topUpFormula(at(cols.capped), settings);
  grid.set(row, cols.topUp, { v: rep.topUp, f: topUp, fmt: MONEY });
  grid.set(row, cols.due, { v: rep.due, f: dueFormula(at(cols.capped), at(cols.topUp)), fmt: MONEY });
}

/** A rep's reconciliation: paid, the difference and the status. */
function placeRepReconciliation(p: Placing, row: number, rep: RepModel, name: Formula): void {
  const { cols, grid, t } = p;
  const paid = p.copies.paid;
  if (!paid) return;
  const at = (c: number): Formula => ref(row, c);
  const f = paidHasPeriod(p)
    ? paidBetweenFormula({ reps: paid.column("rep"), paid: paid.column("paid"), period: paid.column("period") }, name, p.settings.start, p.settings.end)
    : paidFormula(paid.column("rep"), paid.column("paid"), name);
  grid.set(row, cols.paid, { v: rep.paid, f, fmt: MONEY });
  grid.set(row, cols.difference, { v: rep.difference, f: differenceFormula(at(cols.paid), at(cols.due)), fmt: MONEY });
  grid.set(row, cols.status, { v: t[rep.status], f: statusFormula(at(cols.difference), p.settings, t), style: "check" });
}

/** True when the paid copy says when each payment was for: payments are then counted by period. */
function paidHasPeriod(p: Placing): boolean {
  return p.copies.paid !== undefined && p.copies.paid.records.some((r) => r.period !== undefined && r.period !== null);
}

/**
 * Where each column of the pay periods block is (0-based). With a draw per pay period, the period's
 * earnings come before its due, and the draw recovered and still owed after it.
 */
function periodColumnsOf(model: CommissionModel) {
  const totalSales = 4 + model.lines.length;
  const capped = totalSales + 3;
  const draw = model.drawPerPeriod;
  const due = draw ? capped + 2 : capped + 1;
  const paid = draw ? due + 3 : due + 1;
  return {
    rep: 0, label: 1, from: 2, to: 3, sales: (line: number) => 4 + line,
    totalSales, base: totalSales + 1, accelerator: totalSales + 2, capped,
    earned: capped + 1, due, recovered: due + 1, balance: due + 2,
    paid, difference: paid + 1, status: paid + 2,
  };
}

/**
 * Each rep's pay periods, under the statement: sales to the period's end per line, the commission,
 * accelerator and capped amount earned on them, the period's due (earned to date less the period
 * before's, the draw's top-up in the last), what was paid for the period, the difference and the status.
 */
function placePeriods(p: Placing): void {
  const { t, rows, grid, model, copies, ctx } = p;
  const periods = model.periods;
  if (periods === null || rows.firstPeriod < 0) return;
  // What was paid for each period, when the paid data says when.
  const paid = model.periodsPaid ? copies.paid : undefined;
  const draw = model.drawPerPeriod;
  const recoverable = ctx.plan.commission.drawRecoverable;
  const c = periodColumnsOf(model);
  grid.set(rows.periodsTitle, 0, { v: draw ? t.byPeriodDraw : t.byPeriod, style: "subtitle" });
  grid.set(rows.periodsNote, 0, { v: draw ? t.byPeriodDrawNote(recoverable) : t.byPeriodNote, style: "subtitle" });
  const headings: [number, string][] = [
    [c.rep, t.rep], [c.label, t.payPeriod], [c.from, t.periodFrom], [c.to, t.periodTo],
    ...model.lines.map((line, i): [number, string] => [c.sales(i), `${t.salesToDate} · ${line.text === "" ? t.noLine : line.text}`]),
    [c.totalSales, t.salesToDate], [c.base, t.baseToDate], [c.accelerator, t.acceleratorToDate], [c.capped, t.earnedToDate],
    ...(draw ? ([[c.earned, t.earnedInPeriod]] as [number, string][]) : []),
    [c.due, t.dueInPeriod],
    ...(draw ? ([[c.recovered, t.drawRecovered], [c.balance, t.drawBalance]] as [number, string][]) : []),
    ...(paid ? ([[c.paid, t.paidInPeriod], [c.difference, t.difference], [c.status, t.status]] as [number, string][]) : []),
  ];
  headings.forEach(([col, heading]) => grid.set(rows.periodsHeader, col, { v: heading, style: "header" }));
  const repRow = new Map(model.reps.map((rep, k) => [rep.name, rows.firstRep + k]));
  periods.forEach((period, k) => {
    const row = rows.firstPeriod + k;
    const at = (col: number): Formula => ref(row, col);
    const statementRow = repRow.get(period.name) as number;
    const first = k === 0 || periods[k - 1].name !== period.name;
    const last = k === periods.length - 1 || periods[k + 1].name !== period.name;
    const name = exactCriterion(ref(row, c.rep, "column"), period.name);
    grid.set(row, c.rep, { v: period.name });
    grid.set(row, c.label, { v: period.label });
    grid.set(row, c.from, { v: period.period.start, fmt: DATE });
    grid.set(row, c.to, { v: period.period.end, fmt: DATE });
    const block = copies.tx.blockOf(nameGroup(period.name));
    const toDate = { ...p.settings, end: at(c.to) };
    model.lines.forEach((line, i) => {
      if (block === null) {
        grid.set(row, c.sales(i), { v: period.lineSales[i], fmt: MONEY });
        return;
      }
      const column = (role: "credited" | "rep" | "line" | "date"): Formula => copies.tx.column(role, block);
      const columns = { credited: column("credited"), rep: column("rep"), line: column("line"), date: column("date") };
      const criterion = line.text === "" ? text("") : exactCriterion(ref(rows.group, p.cols.sales(i), true), line.text);
      grid.set(row, c.sales(i), { v: period.lineSales[i], f: salesFormula(columns, name, criterion, toDate), fmt: MONEY });
    });
    const lines = model.lines.map((_, i) => i);
    const method = ctx.plan.commission.method;
    grid.set(row, c.totalSales, { v: period.totalSales, f: sumFormula(lines.map((i) => at(c.sales(i)))), fmt: MONEY });
    grid.set(row, c.base, { v: period.base, f: moneySumFormula(lines.map((i) => commissionFormula(at(c.sales(i)), tierCells(p, i), method))), fmt: MONEY });
    const quota = ref(statementRow, p.cols.quota);
    grid.set(row, c.accelerator, { v: period.accelerator, f: acceleratorFormula({ base: at(c.base), sales: at(c.totalSales), quota }, p.settings), fmt: MONEY });
    grid.set(row, c.capped, { v: period.capped, f: cappedFormula(at(c.base), at(c.accelerator), p.settings), fmt: MONEY });
    const before = first ? fx`0` : ref(row - 1, c.capped);
    if (draw && period.draw) {
      placePeriodDraw(p, row, period.draw, period.due, first, recoverable);
    } else {
      const topUp = last ? ref(statementRow, p.cols.topUp) : fx`0`;
      grid.set(row, c.due, { v: period.due, f: cents(fx`${at(c.capped)}-${before}+${topUp}`), fmt: MONEY });
    }
    if (!paid) return;
    const paidCell = paidBetweenFormula({ reps: paid.column("rep"), paid: paid.column("paid"), period: paid.column("period") }, name, at(c.from), at(c.to));
    grid.set(row, c.paid, { v: period.paid, f: paidCell, fmt: MONEY });
    grid.set(row, c.difference, { v: period.difference, f: differenceFormula(at(c.paid), at(c.due)), fmt: MONEY });
    grid.set(row, c.status, { v: t[period.status], f: statusFormula(at(c.difference), p.settings, t), style: "check" });
  });
}

/**
 * A period's draw, as the core's `periodDraws` computes it: earned in the period (to date less the period
 * before's), the due (at least the draw; a recoverable draw first pays back the balance carried in), the
 * draw recovered and the balance still owed, carried from row to row (the first from the settings).
 */
function placePeriodDraw(p: Placing, row: number, draw: NonNullable<PeriodModel["draw"]>, due: number, first: boolean, recoverable: boolean): void {
  const { grid, rows } = p;
  const c = periodColumnsOf(p.model);
  const at = (col: number): Formula => ref(row, col);
  const amount = p.settings.draw;
  const before = first ? fx`0` : ref(row - 1, c.capped);
  grid.set(row, c.earned, { v: draw.earned, f: cents(fx`${at(c.capped)}-${before}`), fmt: MONEY });
  const earned = at(c.earned);
  if (!recoverable) {
    grid.set(row, c.due, { v: due, f: cents(fx`MAX(${amount},${earned})`), fmt: MONEY });
    grid.set(row, c.recovered, { v: 0, fmt: MONEY });
    grid.set(row, c.balance, { v: 0, fmt: MONEY });
    return;
  }
  const owed = first ? ref(rows.drawOpening, 1, true) : ref(row - 1, c.balance);
  grid.set(row, c.due, { v: due, f: cents(fx`MAX(${amount},${earned}-${owed})`), fmt: MONEY });
  grid.set(row, c.recovered, { v: draw.recovered, f: cents(fx`MAX(0,MIN(${owed},${earned}-${amount}))`), fmt: MONEY });
  grid.set(row, c.balance, { v: draw.balance, f: cents(fx`MAX(0,${owed}+${at(c.due)}-${earned})`), fmt: MONEY });
}

/** The totals row: a SUM under every amount column. */
function placeTotals(p: Placing): void {
  const { t, cols, rows, grid } = p;
  const reps = p.model.reps;
  if (rows.total < 0) return;
  const sumColumn = (c: number, values: number[]): void => {
    const f = fx`SUM(${range(rows.firstRep, c, rows.lastRep, c)})`;
    grid.set(rows.total, c, { v: values.reduce((s, v) => s + v, 0), f, fmt: MONEY, style: "total" });
  };
  grid.set(rows.total, cols.rep, { v: t.total, style: "total" });
  if (p.copies.people) sumColumn(cols.quota, reps.map((x) => x.quota ?? 0));
  else grid.set(rows.total, cols.quota, { v: null, style: "total" });
  p.model.lines.forEach((_, i) => {
    sumColumn(cols.sales(i), reps.map((x) => x.lineSales[i]));
    sumColumn(cols.commission(i), reps.map((x) => x.lineCommission[i]));
  });
  sumColumn(cols.totalSales, reps.map((x) => x.totalSales));
  grid.set(rows.total, cols.attainment, { v: null, style: "total" });
  sumColumn(cols.base, reps.map((x) => x.base));
  sumColumn(cols.accelerator, reps.map((x) => x.accelerator));
  sumColumn(cols.capped, reps.map((x) => x.capped));
  sumColumn(cols.topUp, reps.map((x) => x.topUp));
  sumColumn(cols.due, reps.map((x) => x.due));
  if (p.copies.paid) {
    sumColumn(cols.paid, reps.map((x) => x.paid));
    sumColumn(cols.difference, reps.map((x) => x.difference));
    grid.set(rows.total, cols.status, { v: null, style: "total" });
  }
}

/** The settings the formulas read; a person may change the inputs. */
function placeSettings(p: Placing): void {
  const { ctx, t, rows, grid } = p;
  const plan = ctx.plan.commission;
  grid.set(rows.settings, 0, { v: t.settings, style: "subtitle" });
  grid.set(rows.note, 0, { v: t.inputsNote, style: "subtitle" });
  const settings: [number, string, Cell][] = [
    [rows.start, t.periodStart, { v: ctx.periodStart, fmt: DATE }],
    [rows.end, t.periodEnd, { v: ctx.periodEnd, fmt: DATE }],
    [rows.above, t.above, { v: plan.accelerator.above, fmt: PERCENT, style: "input" }],
    [rows.multiplier, t.multiplier, { v: plan.accelerator.multiplier, fmt: "0.00", style: "input" }],
    [rows.cap, t.cap, { v: plan.cap, fmt: MONEY, style: "input" }],
    [rows.draw, p.model.drawPerPeriod ? t.drawPerPeriod : t.draw, { v: plan.draw, fmt: MONEY, style: "input" }],
    [rows.tolerance, t.tolerance, { v: plan.tolerance, fmt: MONEY, style: "input" }],
    // Recoverable or not shapes the period formulas, so it is shown, not an input.
    ...(p.model.drawPerPeriod
      ? ([
          [rows.drawRecoverable, t.drawRecoverable, { v: plan.drawRecoverable ? t.yes : t.no }],
          [rows.drawOpening, t.drawOpening, { v: plan.drawBalance, fmt: MONEY, ...(plan.drawRecoverable ? { style: "input" as const } : {}) }],
        ] as [number, string, Cell][])
      : []),
  ];
  settings.forEach(([row, label, cell]) => {
    grid.set(row, 0, { v: label });
    grid.set(row, 1, cell);
  });
}

/** Each product line's tiers: lower bound and rate (inputs), and the rate step the marginal formula reads. */
function placeTiers(p: Placing): void {
  const { t, rows, grid } = p;
  // With a rate sheet in the workbook, each line says where its rates came from.
  const sourced = p.model.ratesRead;
  [t.line, t.bound, t.rate, t.step, ...(sourced ? [t.ratesFrom] : [])].forEach((heading, c) => grid.set(rows.tierHeader, c, { v: heading, style: "header" }));
  p.model.lines.forEach((line, i) => {
    line.tiers.forEach((tier, j) => {
      const row = rows.tiers[i] + j;
      if (j === 0) grid.set(row, 0, { v: line.text === "" ? t.noLine : line.text });
      if (j === 0 && sourced) grid.set(row, 4, { v: line.source });
      grid.set(row, 1, { v: tier.from, fmt: MONEY, style: "input" });
      grid.set(row, 2, { v: tier.rate, fmt: RATE, style: "input" });
      grid.set(row, 3, {
        v: j === 0 ? tier.rate : tier.rate - line.tiers[j - 1].rate,
        f: j === 0 ? ref(row, 2) : fx`${ref(row, 2)}-${ref(row - 1, 2)}`,
        fmt: RATE,
      });
    });
  });
}

/** Attainment as a colour scale; with paid data, each status in its own colour. */
function looksOf(p: Placing): ConditionalFormat[] {
  const { t, cols, rows } = p;
  if (p.model.reps.length === 0) return [];
  const looks: ConditionalFormat[] = [
    { type: "colorScale", range: rangeRef(rows.firstRep, cols.attainment, rows.lastRep, cols.attainment), colors: ["F8696B", "FFEB84", "63BE7B"] },
  ];
  if (p.copies.paid) {
    const statuses = rangeRef(rows.firstRep, cols.status, rows.lastRep, cols.status);
    const status = ref(rows.firstRep, cols.status, "column");
    looks.push(
      { type: "expression", range: statuses, formula: fx`${status}=${text(t.underpaid)}`, look: "bad" },
      { type: "expression", range: statuses, formula: fx`${status}=${text(t.overpaid)}`, look: "highlight" },
      { type: "expression", range: statuses, formula: fx`${status}=${text(t.ok)}`, look: "good" },
    );
    if (p.model.periods !== null && p.model.periodsPaid && rows.firstPeriod >= 0) {
      const col = periodColumnsOf(p.model).status;
      const range = rangeRef(rows.firstPeriod, col, rows.firstPeriod + p.model.periods.length - 1, col);
      const cell = ref(rows.firstPeriod, col, "column");
      looks.push(
        { type: "expression", range, formula: fx`${cell}=${text(t.underpaid)}`, look: "bad" },
        { type: "expression", range, formula: fx`${cell}=${text(t.overpaid)}`, look: "highlight" },
        { type: "expression", range, formula: fx`${cell}=${text(t.ok)}`, look: "good" },
      );
    }
  }
  return looks;
}

/** Characters a text takes in a column: Chinese, Japanese and Korean characters count double. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFF60]/.test(ch) ? 2 : 1;
  return width;
}

/** The name column fits the longest name or label (within 14 to 40 characters); the others are 15 wide. */
function columnWidthsOf(p: Placing): number[] {
  const { t, cols } = p;
  const longest = maxOf([t.rep, t.above, t.cap, t.draw, ...p.model.reps.map((x) => x.name)].map(displayWidth));
  return Array.from({ length: Math.max(cols.last + 1, 4) }, (_, c) => (c === cols.rep ? Math.min(40, Math.max(14, longest + 2)) : 15));
}

/**
 * Lays out the commission statement: heading and warnings, the header, one row per rep, the totals,
 * and below them the settings and tiers its formulas read. Every number caches the model's value.
 *
 * @param ctx - the plan and the period
 * @param t - the words of the sheet
 * @param model - the lines, reps and warnings (see `commissionModel`)
 * @param copies - the data copies the formulas read: transactions, and optionally people and paid
 *
 * @example
 * commissionSheet(ctx, t, model, { tx }).name // => "Commission"
 */
export function commissionSheet(ctx: BuildContext, t: CommissionLabels, model: CommissionModel, copies: StatementCopies): SheetSpec {
  const withPaid = copies.paid !== undefined;
  const rows = rowsOf(model, withPaid);
  const setting = (row: number): Formula => ref(row, 1, true);
  const settings: SettingCells = {
    start: setting(rows.start),
    end: setting(rows.end),
    above: setting(rows.above),
    multiplier: setting(rows.multiplier),
    cap: setting(rows.cap),
    draw: setting(rows.draw),
    tolerance: setting(rows.tolerance),
  };
  const periodRows = new Map<string, { first: number; last: number }>();
  (model.periods ?? []).forEach((period, k) => {
    const row = rows.firstPeriod + k;
    const seen = periodRows.get(period.name);
    periodRows.set(period.name, { first: seen?.first ?? row, last: row });
  });
  const p: Placing = { ctx, t, model, copies, cols: columnsOf(model.lines.length, withPaid), rows, settings, grid: new CellGrid(), periodRows };

  placeHeading(p);
  const merges = placeHeader(p);
  model.reps.forEach((rep, k) => {
    const row = rows.firstRep + k;
    const name = exactCriterion(ref(row, p.cols.rep, "column"), rep.name);
    placeRepLines(p, row, rep, name);
    placeRepPayout(p, row, rep);
    placeRepReconciliation(p, row, rep, name);
  });
  placeTotals(p);
  placePeriods(p);
  placeSettings(p);
  placeTiers(p);

  return {
    name: t.sheet,
    purpose: "commission",
    rows: p.grid.rows,
    columnWidths: columnWidthsOf(p),
    // A long warning list would freeze most of the screen; then keep only the name column in view.
    frozen: { rows: rows.header + 1 <= 15 ? rows.header + 1 : 0, cols: 1 },
    merges,
    conditionalFormats: looksOf(p),
    warnings: model.warnings,
  };
}
