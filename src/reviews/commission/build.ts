import { commissionFor, compileTiers, type CompiledTiers, type Tier } from "../../core/commission";
import { isKpiError } from "../../core/errors";
import { isoDate } from "../../core/text/parseDate";
import type { PaidRecord, PersonRecord, SourceData, TransactionRecord } from "../../datasets/records";
import { cellRef, columnLetter, exactCriterion, formulaString, rangeRef } from "../../excel/a1";
import { pick } from "../../i18n/languages";
import { COMMISSION_LABELS, type CommissionLabels } from "./labels";
import type { BuildContext } from "../context";
import type { DataSheet } from "../../sheets/dataSheet";
import { nameGroup, paidSheet, peopleSheet, transactionsSheet } from "../../sheets/dataCopies";
import type { Build, Cell, ConditionalFormat, SheetSpec } from "../../sheets/spec";

/**
 * The commission statement and its reconciliation: per rep, sales per product line (from the
 * transactions copy), the tiered commission on each line, accelerator, cap and draw, the total due, and
 * (with a paid table) what was paid against it. Every number is a live formula over the data copies and
 * the settings block on the sheet; each caches the value the core computes.
 */

const MONEY = "#,##0.00";
const PERCENT = "0.0%";
const RATE = "0.00%";
const DATE = "yyyy-mm-dd";

type Labels = CommissionLabels;

/** A product line as the statement shows it: the text its transactions carry and the tiers that apply. */
interface LineModel {
  /** The text matched in the transactions copy ("" when the data has no product line). */
  text: string;
  tiers: readonly Tier[];
  compiled: CompiledTiers;
}

/** One rep's row: every number the row's formulas compute, as the core computes it. */
interface RepModel {
  name: string;
  quota: number | null;
  lineSales: number[];
  lineCommission: number[];
  totalSales: number;
  attainment: number | "";
  base: number;
  accelerator: number;
  capped: number;
  topUp: number;
  due: number;
  paid: number;
  difference: number;
  status: "ok" | "underpaid" | "overpaid";
  /** Order of first appearance, to keep ties stable. */
  order: number;
}

/** Spreadsheet text lookups (SUMIFS, COUNTIFS) ignore case, so names are grouped the same way. */
const keyOf = (text: string): string => text.toLowerCase();

/** Characters a text takes in a column: Chinese, Japanese and Korean characters count double. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFF60]/.test(ch) ? 2 : 1;
  return width;
}

/** A money amount for summary lines: 1,234.50. */
function money(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** "3, 7, 12" for the first rows, "… (+5 more)" beyond ten. */
function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).join(", ");
  return rows.length > 10 ? `${shown}, … (+${rows.length - 10})` : shown;
}

/** Finds the plan's tiers for a line seen in the data: by name, then any case, then by alias. */
function tiersFor(ctx: BuildContext, text: string): { tiers: readonly Tier[]; path: string } {
  const lines = ctx.plan.commission.lines;
  const exact = lines.findIndex((l) => l.name === text);
  const i = exact >= 0 ? exact : lines.findIndex((l) => keyOf(l.name) === keyOf(text) || l.aliases.some((a) => keyOf(a) === keyOf(text)));
  if (i >= 0) return { tiers: lines[i].tiers, path: `commission.lines[${i}] ("${lines[i].name}")` };
  return { tiers: ctx.plan.commission.defaultTiers, path: "commission.defaultTiers" };
}

/** Compiles a line's tiers, or stops the build with the plan field at fault. */
function compile(tiers: readonly Tier[], path: string): CompiledTiers {
  const compiled = compileTiers(tiers);
  if (isKpiError(compiled)) throw new Error(`plan ${path}: ${compiled.message}`);
  return compiled;
}

/** The product lines of the in-period transactions: plan lines first (plan order), then the rest as met. */
function linesOf(ctx: BuildContext, counted: readonly TransactionRecord[], warnings: string[], t: Labels): LineModel[] {
  const seen = new Map<string, string>();
  for (const r of counted) {
    const key = keyOf(r.line);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, r.line);
    else if (first !== r.line && !warnings.includes(t.caseVariant(t.lineKind, r.line, first))) warnings.push(t.caseVariant(t.lineKind, r.line, first));
  }
  const rank = (text: string): number => {
    const i = ctx.plan.commission.lines.findIndex((l) => keyOf(l.name) === keyOf(text));
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const texts = [...seen.values()].map((text, i) => ({ text, i })).sort((a, b) => rank(a.text) - rank(b.text) || a.i - b.i);
  return texts.map(({ text }) => {
    const found = tiersFor(ctx, text);
    return { text, tiers: found.tiers, compiled: compile(found.tiers, found.path) };
  });
}

/**
 * Builds the commission statement and reconciliation sheet, with the data copies its formulas read.
 *
 * @param ctx - the plan (ctx.plan.commission: method, tiers per product line, accelerator, cap, draw,
 *   tolerance), the language and the period; only transactions dated within the period count.
 * @param data.transactions - the sales credited to reps (split deals carry each rep's share)
 * @param data.people - optional: each rep's quota (target) for the attainment and the accelerator
 * @param data.paid - optional: what each rep was paid, to reconcile against what is due
 * @returns the data copy sheets, then the "Commission" review sheet; summary lines and warnings
 *
 * @example
 * buildCommission(ctx, { transactions }).sheets.map((s) => s.name)
 * // => ["Data - Transactions", "Commission"]
 */
export function buildCommission(
  ctx: BuildContext,
  data: { transactions: SourceData<TransactionRecord>; people?: SourceData<PersonRecord>; paid?: SourceData<PaidRecord> },
): Build {
  const t = pick(ctx.language, COMMISSION_LABELS);
  const plan = ctx.plan.commission;
  const start = isoDate(ctx.periodStart);
  const end = isoDate(ctx.periodEnd);
  const warnings: string[] = [...data.transactions.warnings, ...(data.people?.warnings ?? []), ...(data.paid?.warnings ?? [])];

  const tx = transactionsSheet(data.transactions.records, ctx.language);
  const people = data.people ? peopleSheet(data.people.records, ctx.language) : undefined;
  const paid = data.paid ? paidSheet(data.paid.records, ctx.language) : undefined;

  const inPeriod = (r: TransactionRecord): boolean => r.date >= ctx.periodStart && r.date <= ctx.periodEnd;
  const counted = data.transactions.records.filter(inPeriod);
  const outside = data.transactions.records.filter((r) => !inPeriod(r));
  if (outside.length > 0) {
    warnings.push(t.outOfPeriod(data.transactions.origin, outside.length, start, end, rowList(outside.map((r) => r.row))));
  }

  const lines = linesOf(ctx, counted, warnings, t);
  const lineIndex = new Map(lines.map((l, i) => [keyOf(l.text), i]));

  // Reps: as met in the period's transactions, then people with a quota, then anyone only paid.
  const names = new Map<string, string>();
  const addName = (name: string): void => {
    const first = names.get(keyOf(name));
    if (first === undefined) names.set(keyOf(name), name);
    else if (first !== name) {
      const message = t.caseVariant(t.repKind, name, first);
      if (!warnings.includes(message)) warnings.push(message);
    }
  };
  counted.forEach((r) => addName(r.rep));
  (data.people?.records ?? []).filter((p) => p.target !== null).forEach((p) => addName(p.name));
  (data.paid?.records ?? []).forEach((p) => addName(p.rep));

  const quotas = new Map<string, { sum: number; rows: number[] }>();
  for (const p of data.people?.records ?? []) {
    if (p.target === null) continue;
    const q = quotas.get(keyOf(p.name)) ?? { sum: 0, rows: [] };
    q.sum += p.target;
    q.rows.push(p.row);
    quotas.set(keyOf(p.name), q);
  }
  for (const [key, q] of quotas) {
    if (q.rows.length > 1 && data.people) warnings.push(t.duplicatePerson(data.people.origin, names.get(key) ?? key, q.rows.join(", ")));
  }

  const sales = new Map<string, number[]>();
  for (const r of counted) {
    const row = sales.get(keyOf(r.rep)) ?? lines.map(() => 0);
    row[lineIndex.get(keyOf(r.line)) as number] += r.amount * r.share;
    sales.set(keyOf(r.rep), row);
  }
  const paidBy = new Map<string, number>();
  for (const p of data.paid?.records ?? []) paidBy.set(keyOf(p.rep), (paidBy.get(keyOf(p.rep)) ?? 0) + p.paid);

  const { above, multiplier } = plan.accelerator;
  let order = 0;
  const reps: RepModel[] = [...names].map(([key, name]) => {
    const quota = quotas.get(key)?.sum ?? null;
    const lineSales = sales.get(key) ?? lines.map(() => 0);
    const lineCommission = lineSales.map((amount, i) => {
      const c = commissionFor(amount, lines[i].compiled, { method: plan.method });
      if (isKpiError(c)) throw new Error(`${t.rep} "${name}", ${lines[i].text}: ${c.message}`);
      return c;
    });
    const totalSales = lineSales.reduce((s, v) => s + v, 0);
    const base = lineCommission.reduce((s, v) => s + v, 0);
    const accelerator =
      quota !== null && multiplier > 1 && totalSales > above * quota && totalSales > 0
        ? ((multiplier - 1) * base * (totalSales - above * quota)) / totalSales
        : 0;
    const capped = plan.cap === null ? base + accelerator : Math.min(plan.cap, base + accelerator);
    const topUp = Math.max(0, plan.draw - capped);
    const due = capped + topUp;
    const paidAmount = paidBy.get(key) ?? 0;
    const difference = paidAmount - due;
    return {
      name,
      quota,
      lineSales,
      lineCommission,
      totalSales,
      attainment: quota === null || quota === 0 ? "" : totalSales / quota,
      base,
      accelerator,
      capped,
      topUp,
      due,
      paid: paidAmount,
      difference,
      status: Math.abs(difference) <= plan.tolerance ? "ok" : difference < 0 ? "underpaid" : "overpaid",
      order: order++,
    };
  });
  if (paid) {
    // Mismatches first, largest first, so the rows to act on are at the top.
    reps.sort((a, b) => {
      const aOk = a.status === "ok" ? 1 : 0;
      const bOk = b.status === "ok" ? 1 : 0;
      if (aOk !== bOk) return aOk - bOk;
      if (aOk === 0 && Math.abs(b.difference) !== Math.abs(a.difference)) return Math.abs(b.difference) - Math.abs(a.difference);
      return a.order - b.order;
    });
  }
  if (reps.length === 0) warnings.push(t.noReps);

  const review = layout(ctx, t, { lines, reps, warnings, tx, people, paid, start, end });

  const totalSales = reps.reduce((s, r) => s + r.totalSales, 0);
  const totalDue = reps.reduce((s, r) => s + r.due, 0);
  const summary = [t.summaryReps(reps.length), t.summarySales(money(totalSales)), t.summaryDue(money(totalDue))];
  if (paid) {
    summary.push(t.summaryPaid(money(reps.reduce((s, r) => s + r.paid, 0))));
    summary.push(t.summaryMismatches(reps.filter((r) => r.status !== "ok").length));
  }

  const sheets: SheetSpec[] = [tx.spec, ...(people ? [people.spec] : []), ...(paid ? [paid.spec] : []), review];
  return { sheets, summary, warnings };
}

interface LayoutInput {
  lines: LineModel[];
  reps: RepModel[];
  warnings: string[];
  tx: DataSheet<TransactionRecord>;
  people?: DataSheet<PersonRecord>;
  paid?: DataSheet<PaidRecord>;
  start: string;
  end: string;
}

/** Places the statement (header, one row per rep, totals) and below it the settings its formulas read. */
function layout(ctx: BuildContext, t: Labels, input: LayoutInput): SheetSpec {
  const { lines, reps, warnings, tx, people, paid } = input;
  const plan = ctx.plan.commission;
  const rows: (Cell | null)[][] = [];
  const set = (r: number, c: number, cell: Cell): void => {
    while (rows.length <= r) rows.push([]);
    const row = rows[r];
    while (row.length < c) row.push(null);
    row[c] = cell;
  };

  // Statement columns.
  const REP = 0;
  const QUOTA = 1;
  const salesCol = (i: number): number => 2 + 2 * i;
  const commissionCol = (i: number): number => 3 + 2 * i;
  const TOTAL_SALES = 2 + 2 * lines.length;
  const ATTAINMENT = TOTAL_SALES + 1;
  const BASE = TOTAL_SALES + 2;
  const ACCELERATOR = TOTAL_SALES + 3;
  const CAPPED = TOTAL_SALES + 4;
  const TOP_UP = TOTAL_SALES + 5;
  const DUE = TOTAL_SALES + 6;
  const PAID = TOTAL_SALES + 7;
  const DIFFERENCE = TOTAL_SALES + 8;
  const STATUS = TOTAL_SALES + 9;
  const lastCol = paid ? STATUS : DUE;

  // Rows, top to bottom.
  let r = 0;
  const titleRow = r++;
  const subtitleRow = r++;
  const orderRow = paid ? r++ : -1;
  const warningRow0 = r;
  r += warnings.length;
  r++;
  const groupRow = r++;
  const headerRow = r++;
  const firstRep = r;
  r += reps.length;
  const lastRep = r - 1;
  const totalRow = reps.length > 0 ? r++ : -1;
  r += 2;
  const settingsRow = r++;
  const noteRow = r++;
  const startRow = r++;
  const endRow = r++;
  const aboveRow = r++;
  const multiplierRow = r++;
  const capRow = r++;
  const drawRow = r++;
  const toleranceRow = r++;
  r++;
  const tierHeaderRow = r++;
  const tierRows: number[] = [];
  for (const line of lines) {
    tierRows.push(r);
    r += line.tiers.length;
  }

  const setting = (row: number): string => cellRef(row, 1, true);
  const method = plan.method;

  // Title, period, method, order note, warnings.
  set(titleRow, 0, { v: ctx.plan.title ? `${t.title} · ${ctx.plan.title}` : t.title, style: "title" });
  set(subtitleRow, 0, { v: `${t.period(input.start, input.end)} · ${method === "marginal" ? t.marginal : t.retroactive}`, style: "subtitle" });
  if (paid) set(orderRow, 0, { v: t.order, style: "subtitle" });
  warnings.forEach((w, i) => set(warningRow0 + i, 0, { v: w, style: "warning" }));

  // Header: product line names over their sales/commission pair.
  const merges: string[] = [];
  lines.forEach((line, i) => {
    set(groupRow, salesCol(i), { v: line.text === "" ? t.noLine : line.text, style: "header" });
    set(groupRow, commissionCol(i), { v: null, style: "header" });
    merges.push(rangeRef(groupRow, salesCol(i), groupRow, commissionCol(i)));
  });
  if (paid) {
    set(groupRow, PAID, { v: t.reconciliation, style: "header" });
    set(groupRow, DIFFERENCE, { v: null, style: "header" });
    set(groupRow, STATUS, { v: null, style: "header" });
    merges.push(rangeRef(groupRow, PAID, groupRow, STATUS));
  }
  const headers: [number, string][] = [
    [REP, t.rep],
    [QUOTA, t.quota],
    ...lines.flatMap((_, i): [number, string][] => [
      [salesCol(i), t.sales],
      [commissionCol(i), t.commission],
    ]),
    [TOTAL_SALES, t.totalSales],
    [ATTAINMENT, t.attainment],
    [BASE, t.base],
    [ACCELERATOR, t.accelerator],
    [CAPPED, t.capped],
    [TOP_UP, t.topUp],
    [DUE, t.due],
    ...(paid
      ? ([
          [PAID, t.paid],
          [DIFFERENCE, t.difference],
          [STATUS, t.status],
        ] as [number, string][])
      : []),
  ];
  headers.forEach(([c, text]) => set(headerRow, c, { v: text, style: "header" }));

  // The tier cells a line's commission formula reads.
  const tierRange = (i: number, col: number): string => rangeRef(tierRows[i], col, tierRows[i] + lines[i].tiers.length - 1, col, true);
  const lineCriterion = (i: number): string =>
    lines[i].text === "" ? formulaString("") : exactCriterion(`${columnLetter(salesCol(i))}$${groupRow + 1}`, lines[i].text);
  const statusText = { ok: t.ok, underpaid: t.underpaid, overpaid: t.overpaid };

  reps.forEach((rep, k) => {
    const row = firstRep + k;
    const at = (c: number): string => cellRef(row, c);
    const name = exactCriterion(`$A${row + 1}`, rep.name);
    set(row, REP, { v: rep.name });
    if (people) {
      set(row, QUOTA, {
        v: rep.quota ?? "",
        f: `IF(COUNTIFS(${people.column("name")},${name},${people.column("target")},"<>")=0,"",SUMIFS(${people.column("target")},${people.column("name")},${name}))`,
        fmt: MONEY,
      });
    } else {
      set(row, QUOTA, { v: null, fmt: MONEY });
    }
    // The rep's block of the grouped transactions copy: each rep's SUMIFS reads only their own rows (and
    // still matches the rep, so a row edited to another rep drops out), which keeps the sheet linear.
    const block = tx.blockOf(nameGroup(rep.name));
    lines.forEach((_, i) => {
      const s = at(salesCol(i));
      if (block === null) {
        // No transaction names this rep (listed for a quota or a payment): nothing to total.
        set(row, salesCol(i), { v: rep.lineSales[i], fmt: MONEY });
      } else {
        const T = (role: string): string => tx.column(role, block);
        set(row, salesCol(i), {
          v: rep.lineSales[i],
          f: `SUMIFS(${T("credited")},${T("rep")},${name},${T("line")},${lineCriterion(i)},${T("date")},">="&${setting(startRow)},${T("date")},"<="&${setting(endRow)})`,
          fmt: MONEY,
        });
      }
      set(row, commissionCol(i), {
        v: rep.lineCommission[i],
        f:
          method === "marginal"
            ? `SUMPRODUCT((${s}>${tierRange(i, 1)})*(${s}-${tierRange(i, 1)})*${tierRange(i, 3)})`
            : `${s}*IFERROR(LOOKUP(${s},${tierRange(i, 1)},${tierRange(i, 2)}),0)`,
        fmt: MONEY,
      });
    });
    const sumOf = (cols: number[]): string => (cols.length === 0 ? "0" : cols.map(at).join("+"));
    set(row, TOTAL_SALES, { v: rep.totalSales, f: sumOf(lines.map((_, i) => salesCol(i))), fmt: MONEY });
    const quota = at(QUOTA);
    const ts = at(TOTAL_SALES);
    set(row, ATTAINMENT, { v: rep.attainment, f: `IF(N(${quota})=0,"",${ts}/${quota})`, fmt: PERCENT });
    set(row, BASE, { v: rep.base, f: sumOf(lines.map((_, i) => commissionCol(i))), fmt: MONEY });
    const m = setting(multiplierRow);
    const a = setting(aboveRow);
    set(row, ACCELERATOR, {
      v: rep.accelerator,
      f: `IF(${quota}="",0,IF(AND(${m}>1,${ts}>${a}*${quota},${ts}>0),(${m}-1)*${at(BASE)}*(${ts}-${a}*${quota})/${ts},0))`,
      fmt: MONEY,
    });
    const earned = `${at(BASE)}+${at(ACCELERATOR)}`;
    set(row, CAPPED, { v: rep.capped, f: `IF(${setting(capRow)}="",${earned},MIN(${setting(capRow)},${earned}))`, fmt: MONEY });
    set(row, TOP_UP, { v: rep.topUp, f: `MAX(0,${setting(drawRow)}-${at(CAPPED)})`, fmt: MONEY });
    set(row, DUE, { v: rep.due, f: `${at(CAPPED)}+${at(TOP_UP)}`, fmt: MONEY });
    if (paid) {
      set(row, PAID, { v: rep.paid, f: `SUMIFS(${paid.column("paid")},${paid.column("rep")},${name})`, fmt: MONEY });
      set(row, DIFFERENCE, { v: rep.difference, f: `${at(PAID)}-${at(DUE)}`, fmt: MONEY });
      set(row, STATUS, {
        v: statusText[rep.status],
        f: `IF(ABS(${at(DIFFERENCE)})<=${setting(toleranceRow)},${formulaString(t.ok)},IF(${at(DIFFERENCE)}<0,${formulaString(t.underpaid)},${formulaString(t.overpaid)}))`,
        style: "check",
      });
    }
  });

  if (totalRow >= 0) {
    set(totalRow, REP, { v: t.total, style: "total" });
    const sumColumn = (c: number, values: number[]): void => {
      set(totalRow, c, {
        v: values.reduce((s, v) => s + v, 0),
        f: `SUM(${rangeRef(firstRep, c, lastRep, c)})`,
        fmt: MONEY,
        style: "total",
      });
    };
    if (people) sumColumn(QUOTA, reps.map((x) => x.quota ?? 0));
    else set(totalRow, QUOTA, { v: null, style: "total" });
    lines.forEach((_, i) => {
      sumColumn(salesCol(i), reps.map((x) => x.lineSales[i]));
      sumColumn(commissionCol(i), reps.map((x) => x.lineCommission[i]));
    });
    sumColumn(TOTAL_SALES, reps.map((x) => x.totalSales));
    set(totalRow, ATTAINMENT, { v: null, style: "total" });
    sumColumn(BASE, reps.map((x) => x.base));
    sumColumn(ACCELERATOR, reps.map((x) => x.accelerator));
    sumColumn(CAPPED, reps.map((x) => x.capped));
    sumColumn(TOP_UP, reps.map((x) => x.topUp));
    sumColumn(DUE, reps.map((x) => x.due));
    if (paid) {
      sumColumn(PAID, reps.map((x) => x.paid));
      sumColumn(DIFFERENCE, reps.map((x) => x.difference));
      set(totalRow, STATUS, { v: null, style: "total" });
    }
  }

  // Settings: what the formulas above read; a person may change the inputs.
  set(settingsRow, 0, { v: t.settings, style: "subtitle" });
  set(noteRow, 0, { v: t.inputsNote, style: "subtitle" });
  set(startRow, 0, { v: t.periodStart });
  set(startRow, 1, { v: ctx.periodStart, fmt: DATE });
  set(endRow, 0, { v: t.periodEnd });
  set(endRow, 1, { v: ctx.periodEnd, fmt: DATE });
  set(aboveRow, 0, { v: t.above });
  set(aboveRow, 1, { v: plan.accelerator.above, fmt: PERCENT, style: "input" });
  set(multiplierRow, 0, { v: t.multiplier });
  set(multiplierRow, 1, { v: plan.accelerator.multiplier, fmt: "0.00", style: "input" });
  set(capRow, 0, { v: t.cap });
  set(capRow, 1, { v: plan.cap, fmt: MONEY, style: "input" });
  set(drawRow, 0, { v: t.draw });
  set(drawRow, 1, { v: plan.draw, fmt: MONEY, style: "input" });
  set(toleranceRow, 0, { v: t.tolerance });
  set(toleranceRow, 1, { v: plan.tolerance, fmt: MONEY, style: "input" });

  [t.line, t.bound, t.rate, t.step].forEach((text, c) => set(tierHeaderRow, c, { v: text, style: "header" }));
  lines.forEach((line, i) => {
    line.tiers.forEach((tier, j) => {
      const row = tierRows[i] + j;
      if (j === 0) set(row, 0, { v: line.text === "" ? t.noLine : line.text });
      set(row, 1, { v: tier.from, fmt: MONEY, style: "input" });
      set(row, 2, { v: tier.rate, fmt: RATE, style: "input" });
      set(row, 3, {
        v: j === 0 ? tier.rate : tier.rate - line.tiers[j - 1].rate,
        f: j === 0 ? cellRef(row, 2) : `${cellRef(row, 2)}-${cellRef(row - 1, 2)}`,
        fmt: RATE,
      });
    });
  });

  const conditionalFormats: ConditionalFormat[] = [];
  if (reps.length > 0) {
    conditionalFormats.push({
      type: "colorScale",
      range: rangeRef(firstRep, ATTAINMENT, lastRep, ATTAINMENT),
      colors: ["F8696B", "FFEB84", "63BE7B"],
    });
    if (paid) {
      const range = rangeRef(firstRep, STATUS, lastRep, STATUS);
      const cell = `$${columnLetter(STATUS)}${firstRep + 1}`;
      conditionalFormats.push(
        { type: "expression", range, formula: `${cell}=${formulaString(t.underpaid)}`, look: "bad" },
        { type: "expression", range, formula: `${cell}=${formulaString(t.overpaid)}`, look: "highlight" },
        { type: "expression", range, formula: `${cell}=${formulaString(t.ok)}`, look: "good" },
      );
    }
  }

  const longest = Math.max(...[t.rep, t.above, t.cap, t.draw, ...reps.map((x) => x.name)].map(displayWidth));
  const columnWidths = Array.from({ length: Math.max(lastCol + 1, 4) }, (_, c) => (c === REP ? Math.min(40, Math.max(14, longest + 2)) : 15));

  return {
    name: t.sheet,
    purpose: "commission",
    rows,
    columnWidths,
    // A long warning list would freeze most of the screen; then keep only the name column in view.
    frozen: { rows: headerRow + 1 <= 15 ? headerRow + 1 : 0, cols: 1 },
    merges,
    conditionalFormats,
    warnings,
  };
}
