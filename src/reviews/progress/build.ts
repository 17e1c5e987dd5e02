import { isoDate } from "../../core/text/parseDate";
import type { DealRecord, SourceData, TransactionRecord } from "../../datasets/records";
import { pick } from "../../i18n/languages";
import { dealsSheet, monthlyTargetsSheet, peopleSheet, transactionsSheet } from "../../sheets/dataCopies";
import type { Build, SheetSpec } from "../../sheets/spec";
import { BuildError } from "../buildError";
import type { BuildContext } from "../context";
import { PROGRESS_LABELS, type ProgressLabels } from "./labels";
import { progressSheet } from "./layout";
import { type SalesCopy, transactionSales, wonDealSales } from "./sales";
import { progressModel, type ProgressData } from "./model";

/** A money amount for summary lines: 1,234.50. */
function money(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** What the Progress review reads: the sales (the transactions, or the deals whose won ones are the sales), and the plan. */
export interface ProgressInput {
  transactions?: SourceData<TransactionRecord>;
  deals?: SourceData<DealRecord>;
  people?: ProgressData["people"];
  monthlyTargets?: ProgressData["monthlyTargets"];
}

/** Rows for a message: the first ten, then how many more. */
function rowList(rows: readonly number[]): string {
  return rows.length > 10 ? `${rows.slice(0, 10).join(", ")} +${rows.length - 10}` : rows.join(", ");
}

/**
 * The sales a build tracks, with the data copy its formulas read: the transactions as they are, or the
 * won deals with a close date as sales of their owner on that day (a won deal without one is left out,
 * named in a warning; without any, the build stops saying so). On "auto", the transactions when there
 * are some, else the won deals.
 */
function salesOf(ctx: BuildContext, data: ProgressInput, t: ProgressLabels): { sales: SourceData<TransactionRecord>; copy: SalesCopy; spec: SheetSpec; dataFrom?: number; note?: string } {
  const { actuals } = ctx.plan.progress;
  if (actuals === "transactions" || (actuals === "auto" && data.transactions)) {
    if (!data.transactions) throw new BuildError(t.needsTransactions, "transactions");
    const tx = transactionsSheet(data.transactions.records, ctx.language);
    return { sales: data.transactions, copy: transactionSales(tx), spec: tx.spec };
  }
  const deals = data.deals;
  if (!deals) throw new BuildError(actuals === "auto" ? t.needsSales : t.needsDeals, actuals === "auto" ? "transactions" : "deals");
  const won = deals.records.filter((d) => d.status === "won");
  const undated = won.filter((d) => d.closeDate === null).map((d) => d.row);
  const records: TransactionRecord[] = won.flatMap((d) =>
    d.closeDate === null ? [] : [{ row: d.row, id: d.id, rep: d.owner, date: d.closeDate, line: "", amount: d.amount, share: 1 }],
  );
  if (records.length === 0) throw new BuildError(t.noWonDeals(deals.origin), deals.origin, "deals");
  // How the stages and the open and lost deals were read is the funnel's concern, not the won deals'.
  const notes = new Set(deals.stageNotes ?? []);
  const warnings = [...deals.warnings.filter((w) => !notes.has(w)), ...(undated.length > 0 ? [t.wonUndated(deals.origin, undated.length, rowList(undated))] : [])];
  const copy = dealsSheet(deals.records, ctx.language);
  let dataFrom = Number.POSITIVE_INFINITY;
  for (const d of deals.records) if (d.closeDate !== null && d.closeDate < dataFrom) dataFrom = d.closeDate;
  return { sales: { ...deals, records, warnings }, copy: wonDealSales(copy), spec: copy.spec, dataFrom, note: t.actualsFromDeals(deals.origin) };
}

/**
 * Builds the Progress sheet (目标进度), with the data copies its formulas read: per person and for the
 * team, month, quarter and year to date: target, actual, completion, time elapsed, pace gap, run-rate
 * forecast, needed per remaining day and a behind-pace flag.
 *
 * @param ctx - the plan (ctx.plan.progress: behind threshold, working days, holidays, what counts as sales) and the as-of date
 * @param data.transactions - the sales credited to reps, by date (progress.actuals "transactions")
 * @param data.deals - a CRM export whose won deals are the sales, by close date (progress.actuals "wonDeals")
 * @param data.people - optional: each person's annual target (and team)
 * @param data.monthlyTargets - optional: each person's target by month; without it a month's target is the annual ÷ 12, said in a warning
 * @returns the data copy sheets, then the "Progress" review sheet; summary lines and warnings
 *
 * @example
 * buildProgress(ctx, { transactions }).sheets.map((s) => s.name)
 * // => ["Data - Transactions", "Progress"]
 */
export function buildProgress(ctx: BuildContext, data: ProgressInput): Build {
  const t = pick(ctx.language, PROGRESS_LABELS);
  const sales = salesOf(ctx, data, t);
  const people = data.people ? peopleSheet(data.people.records, ctx.language) : undefined;
  const model = progressModel(ctx, {
    transactions: sales.sales,
    ...(data.people ? { people: data.people } : {}),
    ...(data.monthlyTargets ? { monthlyTargets: data.monthlyTargets } : {}),
    ...(sales.dataFrom !== undefined ? { dataFrom: sales.dataFrom, wonDeals: true } : {}),
  }, t);
  const plan = model.targets === "plan" && data.monthlyTargets ? monthlyTargetsSheet(data.monthlyTargets.records, ctx.language) : undefined;
  const review = progressSheet(ctx, t, model, { sales: sales.copy, ...(people ? { people } : {}), ...(plan ? { plan } : {}) }, sales.note);
  const year = model.team.windows[2];
  const summary = [
    t.summaryPeople(isoDate(model.asOf), model.people.length),
    t.summaryYear(money(year.actual), year.completion === "" ? "" : `${(year.completion * 100).toFixed(1)}%`),
    t.summaryBehind(model.people.filter((p) => p.windows[0].behind).length),
    model.planOrigin !== null ? t.summaryTargets(model.planOrigin) : model.warnings.includes(t.noMonthlyPlan) ? t.noMonthlyPlan : t.noTargets,
    ...(sales.note ? [sales.note] : []),
  ];
  return { sheets: [sales.spec, ...(people ? [people.spec] : []), ...(plan ? [plan.spec] : []), review], summary, warnings: model.warnings };
}
