import {
  acceleratorFor,
  commissionFor,
  compileTiers,
  payoutFor,
  payPeriods,
  periodDraws,
  periodDues,
  reconcile,
  type CompiledTiers,
  type PayPeriod,
  type PaymentStatus,
  type Tier,
} from "../../core/commission";
import { isKpiError, type Result } from "../../core/errors";
import { achievement } from "../../core/scoring";
import { engineRound } from "../../core/numbers/spreadsheetArithmetic";
import { isoDate } from "../../core/text/parseDate";
import { labelKey, criterionKey } from "../../datasets/keys";
import type { PaidRecord, PersonRecord, RateRecord, SourceData, TransactionRecord } from "../../datasets/records";
import { BuildError } from "../buildError";
import type { BuildContext } from "../context";
import { commissionPlan, type CommissionPlan } from "./plan";
import { MONEY_DECIMALS } from "./formulas";
import type { CommissionLabels } from "./labels";

/** An amount of money to the cent, as ROUND(x, 2) gives it in the sheet. */
function toCents(amount: number): number {
  return engineRound(amount, MONEY_DECIMALS);
}

/**
 * What the commission statement shows, before it is laid out: the product lines, one row of numbers
 * per rep (each number as the core computes it, so the sheet's formulas can cache it), and the
 * warnings about the data.
 */

/** A product line as the statement shows it: the text its transactions carry and the tiers that apply. */
export interface LineModel {
  /** The text matched in the transactions copy ("" when the data has no product line). */
  text: string;
  tiers: readonly Tier[];
  compiled: CompiledTiers;
  /** Where its tiers came from, as the tier table says: the plan's field, the rate sheet's rows, or the built-in default. */
  source: string;
}

/** One rep's row: every number the row's formulas compute, as the core computes it. */
export interface RepModel {
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
  status: PaymentStatus;
}

/**
 * One rep's pay period: sales and commission earned to its end (each line's sales from the period's
 * start), what fell due in it (earned to date less the period before's; the draw's top-up in the last),
 * what was paid for it, and the two held against each other.
 */
export interface PeriodModel {
  name: string;
  period: PayPeriod;
  /** "2026-01" for a month, "2026 Q1" for a quarter. */
  label: string;
  lineSales: number[];
  totalSales: number;
  base: number;
  accelerator: number;
  capped: number;
  due: number;
  paid: number;
  difference: number;
  status: PaymentStatus;
  /**
   * With a draw per pay period (commission.drawPer "payPeriod"): commission earned in the period (capped
   * to date less the period before's), the draw recovered in it and the draw still owed after it.
   */
  draw?: { earned: number; recovered: number; balance: number };
}

/** The statement before layout: its product lines, rep rows and warnings, and the period it covers. */
export interface CommissionModel {
  lines: LineModel[];
  /** With paid data: mismatches first, largest difference first; otherwise in order of first appearance. */
  reps: RepModel[];
  /** The readers' warnings, then the statement's own. */
  warnings: string[];
  /**
   * With paid data that says when each payment was for, or a draw per pay period: each rep's pay
   * periods, reps in the statement's order; else null.
   */
  periods: PeriodModel[] | null;
  /** True when the periods hold what was paid for each (the paid data says when): they are reconciled. */
  periodsPaid: boolean;
  /** True when the draw is paid per pay period (commission.drawPer "payPeriod"). */
  drawPerPeriod: boolean;
  /** True when a rate sheet was read: the tier table then says where each line's rates came from. */
  ratesRead: boolean;
  /** The period as the statement writes it: 2026-01-01. */
  start: string;
  end: string;
}

/** The datasets the statement reads; people and paid are optional. */
export interface CommissionData {
  transactions: SourceData<TransactionRecord>;
  people?: SourceData<PersonRecord>;
  paid?: SourceData<PaidRecord>;
  /** A commission rate sheet of the workbook, used for the lines the plan sets no rate for. */
  rates?: SourceData<RateRecord>;
}

/** Warnings in the order they were met; a repeated one is said once. */
class Warnings {
  constructor(readonly list: string[]) {}

  add(message: string): void {
    this.list.push(message);
  }

  once(message: string): void {
    if (!this.list.includes(message)) this.list.push(message);
  }
}

/** "3, 7, 12" for the first rows, "… (+5 more)" beyond ten. */
function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).join(", ");
  return rows.length > 10 ? `${shown}, … (+${rows.length - 10})` : shown;
}

/** The tiers of a rate sheet, by product line (labelKey; "" for rows with no line), with the rows they came from. */
type SheetTiers = Map<string, { tiers: Tier[]; rows: number[] }>;

function sheetTiersOf(rates: SourceData<RateRecord> | undefined): SheetTiers {
  const byLine: SheetTiers = new Map();
  for (const r of rates?.records ?? []) {
    const key = labelKey(r.line ?? "");
    const entry = byLine.get(key) ?? { tiers: [], rows: [] };
    entry.tiers.push({ from: r.from, rate: r.rate });
    entry.rows.push(r.row);
    byLine.set(key, entry);
  }
  return byLine;
}

/** Tiers as a person reads them: "0+ 5% / 100,000+ 8%". */
function tierText(tiers: readonly Tier[]): string {
  const percent = (rate: number): string => `${Number.parseFloat((rate * 100).toPrecision(12)).toLocaleString("en-US", { maximumFractionDigits: 4 })}%`;
  return tiers.map((tier) => `${tier.from.toLocaleString("en-US")}+ ${percent(tier.rate)}`).join(" / ");
}

function sameTiers(a: readonly Tier[], b: readonly Tier[]): boolean {
  return a.length === b.length && a.every((tier, i) => tier.from === b[i].from && Math.abs(tier.rate - b[i].rate) < 1e-12);
}

/** Where a line's tiers come from. */
interface FoundTiers {
  tiers: readonly Tier[];
  /** The plan field, for a message about tiers that do not compile. */
  path: string;
  source: string;
}

/**
 * Finds the tiers for a line seen in the data, and says where they came from: the plan's line (by name,
 * then as a person reads it, then by alias), else the rate sheet's line, else tiers the plan gives as its
 * default, else the rate sheet's rows without a line, else the built-in default. Where the plan and the
 * sheet both give a line (or both a default) and differ, the plan's are used and the conflict is said.
 */
function tiersFor(
  plan: CommissionPlan,
  sheet: { tiers: SheetTiers; origin: string } | null,
  text: string,
  warnings: Warnings,
  t: CommissionLabels,
): FoundTiers {
  const lines = plan.lines;
  const exact = lines.findIndex((l) => l.name === text);
  const key = labelKey(text);
  const i = exact >= 0 ? exact : lines.findIndex((l) => labelKey(l.name) === key || l.aliases.some((a) => labelKey(a) === key));
  const onSheet = sheet?.tiers.get(key);
  const fromSheet = (entry: { tiers: Tier[]; rows: number[] }): FoundTiers => ({
    tiers: entry.tiers,
    path: (sheet as { origin: string }).origin,
    source: t.fromSheet((sheet as { origin: string }).origin, rowList(entry.rows)),
  });
  const conflict = (field: string, planTiers: readonly Tier[], entry: { tiers: Tier[] } | undefined): void => {
    if (sheet && entry && !sameTiers(planTiers, entry.tiers)) {
      warnings.add(t.rateConflict(text === "" ? t.noLine : `"${text}"`, field, tierText(planTiers), sheet.origin, tierText(entry.tiers)));
    }
  };
  if (i >= 0) {
    const path = `commission.lines[${i}] ("${lines[i].name}")`;
    conflict(path, lines[i].tiers, onSheet);
    return { tiers: lines[i].tiers, path, source: t.fromPlan(path) };
  }
  if (onSheet && key !== "") return fromSheet(onSheet);
  const general = sheet?.tiers.get("");
  if (!isBuiltInDefault(plan)) {
    conflict("commission.defaultTiers", plan.defaultTiers, general);
    return { tiers: plan.defaultTiers, path: "commission.defaultTiers", source: t.fromPlan("commission.defaultTiers") };
  }
  if (general) return fromSheet(general);
  return { tiers: plan.defaultTiers, path: "commission.defaultTiers", source: t.builtIn };
}

/** True when the plan's default tiers are the built-in ones (the plan did not choose them). */
function isBuiltInDefault(plan: CommissionPlan): boolean {
  return JSON.stringify(plan.defaultTiers) === JSON.stringify(commissionPlan.parse(undefined).defaultTiers);
}

/**
 * Says which product lines pay the built-in default rate because the plan sets no rate for them: a flat
 * 5% applied without a word would be a number nobody chose. Default tiers the plan gives are its choice.
 */
function warnDefaultRate(plan: CommissionPlan, lines: readonly LineModel[], warnings: Warnings, t: CommissionLabels): void {
  const builtIn = isBuiltInDefault(plan);
  const defaulted = lines.filter((line) => line.tiers === plan.defaultTiers);
  if (!builtIn || defaulted.length === 0) return;
  const names = defaulted.map((line) => (line.text === "" ? t.noLine : `"${line.text}"`)).join(", ");
  const rates = plan.defaultTiers.map((tier) => `${(tier.rate * 100).toLocaleString("en-US", { maximumFractionDigits: 4 })}%`).join(" / ");
  warnings.add(t.defaultRate(names, rates));
}

/** Compiles a line's tiers, or stops the build with the plan field at fault. */
function compile(tiers: readonly Tier[], path: string): CompiledTiers {
  const compiled = compileTiers(tiers);
  if (isKpiError(compiled)) throw new Error(`plan ${path}: ${compiled.message}`);
  return compiled;
}

/** The product lines of the in-period transactions: plan lines first (plan order), then the rest as met. */
function linesOf(
  plan: CommissionPlan,
  counted: readonly TransactionRecord[],
  rates: SourceData<RateRecord> | undefined,
  warnings: Warnings,
  t: CommissionLabels,
): LineModel[] {
  const sheet = rates ? { tiers: sheetTiersOf(rates), origin: rates.origin } : null;
  const seen = new Map<string, string>();
  for (const r of counted) {
    const first = seen.get(criterionKey(r.line));
    if (first === undefined) seen.set(criterionKey(r.line), r.line);
    else if (first !== r.line) warnings.once(t.caseVariant(t.lineKind, r.line, first));
  }
  const rank = (text: string): number => {
    const i = plan.lines.findIndex((l) => labelKey(l.name) === labelKey(text));
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const texts = [...seen.values()].map((text, i) => ({ text, i })).sort((a, b) => rank(a.text) - rank(b.text) || a.i - b.i);
  return texts.map(({ text }) => {
    const found = tiersFor(plan, sheet, text, warnings, t);
    return { text, tiers: found.tiers, compiled: compile(found.tiers, found.path), source: found.source };
  });
}

/** The reps by key: as met in the period's transactions, then people with a quota, then anyone only paid. */
function repNames(counted: readonly TransactionRecord[], data: CommissionData, warnings: Warnings, t: CommissionLabels): Map<string, string> {
  const names = new Map<string, string>();
  const add = (name: string): void => {
    const first = names.get(criterionKey(name));
    if (first === undefined) names.set(criterionKey(name), name);
    else if (first !== name) warnings.once(t.caseVariant(t.repKind, name, first));
  };
  counted.forEach((r) => add(r.rep));
  (data.people?.records ?? []).filter((p) => p.target !== null).forEach((p) => add(p.name));
  (data.paid?.records ?? []).forEach((p) => add(p.rep));
  return names;
}

/** Each rep's quota: the targets of every row naming them, added up (a repeat is warned about). */
function quotasOf(
  people: SourceData<PersonRecord> | undefined,
  names: ReadonlyMap<string, string>,
  warnings: Warnings,
  t: CommissionLabels,
): Map<string, number> {
  const quotas = new Map<string, { sum: number; rows: number[] }>();
  for (const p of people?.records ?? []) {
    if (p.target === null) continue;
    const q = quotas.get(criterionKey(p.name)) ?? { sum: 0, rows: [] };
    q.sum += p.target;
    q.rows.push(p.row);
    quotas.set(criterionKey(p.name), q);
  }
  for (const [key, q] of quotas) {
    if (q.rows.length > 1 && people) warnings.add(t.duplicatePerson(people.origin, names.get(key) ?? key, q.rows.join(", ")));
  }
  return new Map([...quotas].map(([key, q]) => [key, q.sum]));
}

/** Each rep's credited sales per product line (amount × share), in the order of `lines`. */
function salesOf(counted: readonly TransactionRecord[], lines: readonly LineModel[]): Map<string, number[]> {
  const lineIndex = new Map(lines.map((l, i) => [criterionKey(l.text), i]));
  const sales = new Map<string, number[]>();
  for (const r of counted) {
    const row = sales.get(criterionKey(r.rep)) ?? lines.map(() => 0);
    row[lineIndex.get(criterionKey(r.line)) as number] += r.amount * r.share;
    sales.set(criterionKey(r.rep), row);
  }
  return sales;
}

/** What each rep was paid, added up (only the payments counted: see `paymentsCounted`). */
function paidOf(payments: readonly PaidRecord[]): Map<string, number> {
  const paidBy = new Map<string, number>();
  for (const p of payments) paidBy.set(criterionKey(p.rep), (paidBy.get(criterionKey(p.rep)) ?? 0) + p.paid);
  return paidBy;
}

/**
 * The payments held against this statement: all of them when the paid data does not say when; else only
 * those for a day within the period (a run for one month compares that month's payments), the others
 * left out with a warning naming their rows.
 */
function paymentsCounted(ctx: BuildContext, paid: SourceData<PaidRecord> | undefined, warnings: Warnings, t: CommissionLabels): PaidRecord[] {
  const records = paid?.records ?? [];
  if (!paid || !records.some((p) => p.period !== undefined && p.period !== null)) return records;
  const inside = (p: PaidRecord): boolean => p.period !== undefined && p.period !== null && p.period >= ctx.periodStart && p.period <= ctx.periodEnd;
  const outside = records.filter((p) => !inside(p));
  if (outside.length > 0) warnings.add(t.paidOutOfPeriod(paid.origin, outside.length, isoDate(ctx.periodStart), isoDate(ctx.periodEnd), rowList(outside.map((p) => p.row))));
  return records.filter(inside);
}

/** A core result, or the build stops saying whose row could not be computed. */
function computed<T>(result: Result<T>, where: string): T {
  if (isKpiError(result)) throw new Error(`${where}: ${result.message}`);
  return result;
}

/** Commission on sales per line: each line's, the base, the accelerator, as the statement's formulas compute them. */
function earnedOn(plan: CommissionPlan, lines: readonly LineModel[], lineSales: readonly number[], quota: number | null, where: string) {
  const lineCommission = lineSales.map((amount, i) =>
    toCents(computed(commissionFor(amount, lines[i].compiled, { method: plan.method }), `${where}, ${lines[i].text}`)),
  );
  const totalSales = lineSales.reduce((s, v) => s + v, 0);
  const base = toCents(lineCommission.reduce((s, v) => s + v, 0));
  const accelerator = toCents(computed(acceleratorFor(base, totalSales, quota, plan.accelerator), where));
  return { lineCommission, totalSales, base, accelerator };
}

/** "2026-01" for a month, "2026 Q1" for a quarter. */
function periodLabel(period: PayPeriod, length: CommissionPlan["payPeriod"]): string {
  return length === "month" ? `${period.year}-${String(period.number).padStart(2, "0")}` : `${period.year} Q${period.number}`;
}

/**
 * Each rep's pay periods (see `PeriodModel`): sales to each period's end, commission earned on them, the
 * period's due, what was paid for it, and the reconciliation.
 */
function periodsOf(
  ctx: BuildContext,
  lines: readonly LineModel[],
  counted: readonly TransactionRecord[],
  reps: readonly RepModel[],
  payments: readonly PaidRecord[],
  t: CommissionLabels,
): PeriodModel[] {
  const plan = ctx.plan.commission;
  const periods = payPeriods(ctx.periodStart, ctx.periodEnd, plan.payPeriod);
  const lineIndex = new Map(lines.map((l, i) => [criterionKey(l.text), i]));
  // Each rep's sales and payments, gathered once, so the work grows with the rows, not rows × reps.
  const byRep = <R extends { rep: string }>(records: readonly R[]): Map<string, R[]> => {
    const map = new Map<string, R[]>();
    for (const r of records) {
      const list = map.get(criterionKey(r.rep));
      if (list) list.push(r);
      else map.set(criterionKey(r.rep), [r]);
    }
    return map;
  };
  const salesBy = byRep(counted);
  const paidBy = byRep(payments);
  return reps.flatMap((rep) => {
    const key = criterionKey(rep.name);
    const own = salesBy.get(key) ?? [];
    const where = `${t.rep} "${rep.name}"`;
    const earned = periods.map((period) => {
      const lineSales = lines.map(() => 0);
      for (const r of own) if (r.date <= period.end) lineSales[lineIndex.get(criterionKey(r.line)) as number] += r.amount * r.share;
      const e = earnedOn(plan, lines, lineSales, rep.quota, where);
      const capped = computed(payoutFor(e.base, { accelerator: e.accelerator, cap: plan.cap }, { decimals: MONEY_DECIMALS }), where).capped;
      return { lineSales, ...e, capped };
    });
    const draws = plan.drawPer === "payPeriod" ? drawsOf(plan, earned.map((e) => e.capped), where) : null;
    const dues = draws ? draws.map((d) => d.due) : periodDues(earned.map((e) => e.capped), rep.topUp);
    return periods.map((period, k) => {
      const paid = (paidBy.get(key) ?? [])
        .filter((p) => (p.period as number) >= period.start && (p.period as number) <= period.end)
        .reduce((s, p) => s + p.paid, 0);
      const e = earned[k];
      return {
        name: rep.name,
        period,
        label: periodLabel(period, plan.payPeriod),
        lineSales: e.lineSales,
        totalSales: e.totalSales,
        base: e.base,
        accelerator: e.accelerator,
        capped: e.capped,
        due: dues[k],
        paid,
        ...computed(reconcile(paid, dues[k], plan.tolerance, { decimals: MONEY_DECIMALS }), where),
        ...(draws ? { draw: { earned: draws[k].earned, recovered: draws[k].recovered, balance: draws[k].balance } } : {}),
      };
    });
  });
}

/** The draw a rep still owes after their last pay period. */
function lastBalance(periods: readonly PeriodModel[]): number {
  return periods.length === 0 ? 0 : (periods[periods.length - 1].draw?.balance ?? 0);
}

/** The draw in each pay period (see `periodDraws`) from what was earned to each period's end. */
function drawsOf(plan: CommissionPlan, earnedToDate: readonly number[], where: string) {
  const earned = earnedToDate.map((e, k) => toCents(e - (k === 0 ? 0 : earnedToDate[k - 1])));
  return computed(periodDraws(earned, plan.draw, { recoverable: plan.drawRecoverable, openingBalance: plan.drawBalance, decimals: MONEY_DECIMALS }), where);
}

/**
 * A rep's totals once the draw is paid per pay period: due is what the periods pay, the top-up what that
 * adds to (or, recovering a balance carried in, takes from) the capped commission, held against what was paid.
 */
function withPeriodDraws(plan: CommissionPlan, rep: RepModel, periods: readonly PeriodModel[], t: CommissionLabels): RepModel {
  const due = toCents(periods.reduce((s, p) => s + p.due, 0));
  const where = `${t.rep} "${rep.name}"`;
  return { ...rep, topUp: toCents(due - rep.capped) + 0, due, ...computed(reconcile(rep.paid, due, plan.tolerance, { decimals: MONEY_DECIMALS }), where) };
}

/** One rep's numbers, each from the core. */
function repModel(
  plan: CommissionPlan,
  lines: readonly LineModel[],
  rep: { name: string; quota: number | null; lineSales: number[]; paid: number },
  t: CommissionLabels,
): RepModel {
  const { name, quota, lineSales } = rep;
  const where = `${t.rep} "${name}"`;
  const { lineCommission, totalSales, base, accelerator } = earnedOn(plan, lines, lineSales, quota, where);
  // A draw per pay period is applied period by period (see `withPeriodDraws`), not to the whole statement.
  const draw = plan.drawPer === "payPeriod" ? 0 : plan.draw;
  const payout = computed(payoutFor(base, { accelerator, cap: plan.cap, draw }, { decimals: MONEY_DECIMALS }), where);
  const reconciliation = computed(reconcile(rep.paid, payout.due, plan.tolerance, { decimals: MONEY_DECIMALS }), where);
  return {
    name,
    quota,
    lineSales,
    lineCommission,
    totalSales,
    attainment: quota === null || quota === 0 ? "" : computed(achievement(totalSales, quota), where),
    base,
    accelerator,
    ...payout,
    paid: rep.paid,
    ...reconciliation,
  };
}

/** Mismatches first, the largest difference first, so the rows to act on are at the top; ties as met. */
function paymentOrder(reps: readonly RepModel[]): RepModel[] {
  return reps
    .map((rep, order) => ({ rep, order, ok: rep.status === "ok" ? 1 : 0, size: Math.abs(rep.difference) }))
    .sort((a, b) => a.ok - b.ok || (a.ok === 0 ? b.size - a.size : 0) || a.order - b.order)
    .map(({ rep }) => rep);
}

/**
 * Works out the commission statement from the records: the product lines, each rep's sales,
 * commission, accelerator, payout and (with paid data) reconciliation, and the warnings.
 *
 * @param ctx - the plan (ctx.plan.commission: tiers per product line, accelerator, cap, draw, tolerance)
 *   and the period: only transactions dated within it count
 * @param data - the transactions, and optionally the people (quotas) and what was paid
 * @param t - the words for the warnings
 *
 * @example
 * commissionModel(ctx, { transactions }, labels).reps.map((r) => [r.name, r.due])
 * // => [["Ann", 1000]] (one sale of 20,000 at the default 5%)
 */
export function commissionModel(ctx: BuildContext, data: CommissionData, t: CommissionLabels): CommissionModel {
  const plan = ctx.plan.commission;
  const start = isoDate(ctx.periodStart);
  const end = isoDate(ctx.periodEnd);
  const warnings = new Warnings([
    ...data.transactions.warnings,
    ...(data.people?.warnings ?? []),
    ...(data.paid?.warnings ?? []),
    ...(data.rates?.warnings ?? []),
  ]);

  if (data.transactions.records.length === 0) throw new BuildError(t.noTransactions(data.transactions.origin), data.transactions.origin);
  const inPeriod = (r: TransactionRecord): boolean => r.date >= ctx.periodStart && r.date <= ctx.periodEnd;
  const counted = data.transactions.records.filter(inPeriod);
  const outside = data.transactions.records.filter((r) => !inPeriod(r));
  if (outside.length > 0) {
    warnings.add(t.outOfPeriod(data.transactions.origin, outside.length, start, end, rowList(outside.map((r) => r.row))));
  }

  const lines = linesOf(plan, counted, data.rates, warnings, t);
  warnDefaultRate(plan, lines, warnings, t);
  const names = repNames(counted, data, warnings, t);
  const quotas = quotasOf(data.people, names, warnings, t);
  const sales = salesOf(counted, lines);
  const payments = paymentsCounted(ctx, data.paid, warnings, t);
  const paid = paidOf(payments);
  let reps = [...names].map(([key, name]) =>
    repModel(plan, lines, { name, quota: quotas.get(key) ?? null, lineSales: sales.get(key) ?? lines.map(() => 0), paid: paid.get(key) ?? 0 }, t),
  );
  if (reps.length === 0) warnings.add(t.noReps);
  const byPeriod = payments.some((p) => p.period !== undefined && p.period !== null);
  const drawPerPeriod = plan.drawPer === "payPeriod";
  let periods: PeriodModel[] | null = null;
  if (drawPerPeriod) {
    // The periods decide what is due, so they come first; then the reps are ordered, and their periods with them.
    const byRep = new Map<string, PeriodModel[]>();
    for (const p of periodsOf(ctx, lines, counted, reps, payments, t)) byRep.set(p.name, [...(byRep.get(p.name) ?? []), p]);
    reps = reps.map((rep) => withPeriodDraws(plan, rep, byRep.get(rep.name) ?? [], t));
    const ordered = data.paid ? paymentOrder(reps) : reps;
    periods = ordered.flatMap((rep) => byRep.get(rep.name) ?? []);
    const owing = ordered
      .map((rep) => ({ name: rep.name, balance: lastBalance(byRep.get(rep.name) ?? []) }))
      .filter((r) => r.balance > 0);
    if (owing.length > 0) warnings.add(t.drawCarried(owing.map((r) => `${r.name} ${r.balance.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`).join(", ")));
    return { lines, reps: ordered, warnings: warnings.list, periods, periodsPaid: byPeriod, drawPerPeriod, ratesRead: data.rates !== undefined, start, end };
  }
  const unused = [...(!plan.drawRecoverable ? ["commission.drawRecoverable"] : []), ...(plan.drawBalance > 0 ? ["commission.drawBalance"] : [])];
  if (unused.length > 0) warnings.add(t.drawUnused(unused));
  const ordered = data.paid ? paymentOrder(reps) : reps;
  periods = byPeriod ? periodsOf(ctx, lines, counted, ordered, payments, t) : null;
  return { lines, reps: ordered, warnings: warnings.list, periods, periodsPaid: byPeriod, drawPerPeriod, ratesRead: data.rates !== undefined, start, end };
}
