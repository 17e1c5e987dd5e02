import { criterionKey, labelKey } from "../datasets/keys";
import { type Formula, fx, ref, text } from "../excel/formula";
import { type Catalogue, type Language, pick } from "../i18n/languages";
import { DataColumn, DataSheet, dataSheet } from "./dataSheet";
import { activityTypeLabel } from "../datasets/activityTypes";
import { ActivityRecord, DealRecord, type DealStatus, HistoryRecord, MonthlyTargetRecord, PaidRecord, PersonRecord, ScoreRecord, TransactionRecord } from "../datasets/records";
import { AMOUNT as MONEY, DATE, GENERAL as NUMBER, kpiFormat } from "./formats";
import { CURRENCY_DECIMALS } from "../core/currency";

/**
 * The copy sheets of each dataset, laid out the same way whichever builder asks for them, so a build of
 * several review sheets writes each dataset once and every formula points at the same cells. The deals
 * and transactions copies are grouped by owner and rep (see DataSheetOptions), so per-person formulas
 * read only that person's rows.
 */

/**
 * The group of an owner's or rep's name on a grouped copy. Text criteria (COUNTIFS, SUMIFS) ignore case,
 * so "Ann" and "ann" are one person and share one block.
 *
 * @example
 * nameGroup("Ann") === nameGroup("ANN") // => true
 */
export function nameGroup(name: string): string {
  return criterionKey(name);
}


/** The columns of a record's copy: each field but the row, and the source row. */
export type CopyRole<R, Extra extends string = never> = (Exclude<keyof R, "row"> & string) | "sourceRow" | Extra;

function column<R, K extends string = CopyRole<R>>(role: K, header: Catalogue<string>, value: DataColumn<R>["value"], language: Language, fmt?: DataColumn<R>["fmt"]): DataColumn<R, K> {
  return { role, header: pick(language, header), value, ...(fmt ? { fmt } : {}) };
}

export function scoresSheet(records: readonly ScoreRecord[], language: Language): DataSheet<ScoreRecord, CopyRole<ScoreRecord>> {
  const l = language;
  // Each KPI's targets and actuals in the format its values call for (see kpiFormat), as on the scorecard.
  const byKpi = new Map<string, number[]>();
  for (const r of records) {
    const key = labelKey(r.kpi);
    const values = byKpi.get(key) ?? [];
    values.push(r.target);
    if (r.actual !== null) values.push(r.actual);
    byKpi.set(key, values);
  }
  const formats = new Map([...byKpi].map(([key, values]) => [key, kpiFormat(key, values)]));
  const kpiFmt = (r: ScoreRecord): string | undefined => formats.get(labelKey(r.kpi));
  return dataSheet(pick(l, { en: "Data - KPI results", "zh-CN": "数据-考核结果" }), records, [
    column<ScoreRecord>("name", { en: "Name", "zh-CN": "姓名" }, (r) => r.name, l),
    column<ScoreRecord>("team", { en: "Team", "zh-CN": "团队" }, (r) => r.team, l),
    column<ScoreRecord>("kpi", { en: "KPI", "zh-CN": "指标" }, (r) => r.kpi, l),
    column<ScoreRecord>("target", { en: "Target", "zh-CN": "目标" }, (r) => r.target, l, kpiFmt),
    column<ScoreRecord>("actual", { en: "Actual", "zh-CN": "实际" }, (r) => r.actual, l, kpiFmt),
    column<ScoreRecord>("sourceRow", { en: "Source row", "zh-CN": "源行号" }, (r) => r.row, l),
  ]);
}

export function peopleSheet(records: readonly PersonRecord[], language: Language): DataSheet<PersonRecord, CopyRole<PersonRecord>> {
  const l = language;
  return dataSheet(pick(l, { en: "Data - People", "zh-CN": "数据-人员" }), records, [
    column<PersonRecord>("name", { en: "Name", "zh-CN": "姓名" }, (r) => r.name, l),
    column<PersonRecord>("team", { en: "Team", "zh-CN": "团队" }, (r) => r.team, l),
    column<PersonRecord>("target", { en: "Target", "zh-CN": "目标" }, (r) => r.target, l, MONEY),
    column<PersonRecord>("lastYear", { en: "Last year", "zh-CN": "上年实际" }, (r) => r.lastYear, l, MONEY),
    column<PersonRecord>("potential", { en: "Potential", "zh-CN": "潜力" }, (r) => r.potential, l, NUMBER),
    column<PersonRecord>("weight", { en: "Weight", "zh-CN": "权重" }, (r) => r.weight, l, NUMBER),
    column<PersonRecord>("start", { en: "Start date", "zh-CN": "入职日期" }, (r) => r.start, l, DATE),
    column<PersonRecord>("end", { en: "End date", "zh-CN": "离职日期" }, (r) => r.end, l, DATE),
    column<PersonRecord>("sourceRow", { en: "Source row", "zh-CN": "源行号" }, (r) => r.row, l),
  ]);
}

export function historySheet(records: readonly HistoryRecord[], language: Language): DataSheet<HistoryRecord, CopyRole<HistoryRecord>> {
  const l = language;
  return dataSheet(pick(l, { en: "Data - History", "zh-CN": "数据-历史" }), records, [
    column<HistoryRecord>("year", { en: "Year", "zh-CN": "年份" }, (r) => r.year, l),
    column<HistoryRecord>("month", { en: "Month", "zh-CN": "月份" }, (r) => r.month, l),
    column<HistoryRecord>("amount", { en: "Sales", "zh-CN": "销售额" }, (r) => r.amount, l, MONEY),
    column<HistoryRecord>("sourceRow", { en: "Source row", "zh-CN": "源行号" }, (r) => r.row, l),
  ]);
}

/** A record whose amount may name its currency and may have been converted (see `ConvertedField`). */
type MoneyRecord = { currency?: string | null; original?: number; exchangeRate?: number };

/**
 * The currency columns of a copy: none when no record names a currency; the currency when one is named
 * but nothing was converted; and when amounts were converted, the currency, the original amount and the
 * rate, with the amount itself a live formula ROUND(original × rate, 2), so a person who corrects a rate
 * sees every total follow.
 */
function currencyColumns<R extends MoneyRecord, K extends string>(records: readonly R[], l: Language, amountOf: (r: R) => number): DataColumn<R, K>[] {
  const converted = records.some((r) => r.exchangeRate !== undefined);
  if (!converted && !records.some((r) => r.currency)) return [];
  const currency = column<R, K>("currency" as K, { en: "Currency", "zh-CN": "币种" }, (r) => r.currency ?? null, l);
  if (!converted) return [currency];
  return [
    currency,
    column<R, K>("original" as K, { en: "Original amount", "zh-CN": "原币金额" }, (r) => r.original ?? amountOf(r), l, MONEY),
    column<R, K>("exchangeRate" as K, { en: "Exchange rate", "zh-CN": "汇率" }, (r) => r.exchangeRate ?? 1, l, "0.0000##"),
  ];
}

/** The columns with the amount (`amount`, or a payout's `paid`) made a formula over the original amount and the rate, when the copy has them. */
function withConvertedAmount<R, K extends string>(columns: DataColumn<R, K>[], amountRole = "amount"): DataColumn<R, K>[] {
  const original = columns.findIndex((c) => c.role === "original");
  const rate = columns.findIndex((c) => c.role === "exchangeRate");
  if (original < 0 || rate < 0) return columns;
  return columns.map((c) => (c.role === amountRole ? { ...c, formula: (row: number) => fx`ROUND(${ref(row, original)}*${ref(row, rate)},${CURRENCY_DECIMALS})` } : c));
}

/** True when a deal carries its own win probability: the deals copy then has a probability column. */
export function hasDealProbabilities(records: readonly DealRecord[]): boolean {
  return records.some((r) => r.probability !== null);
}

/** How the deals copy writes a deal's status, in the sheets' language: what its COUNTIFS criteria match. */
export const DEAL_STATUS_WORDS: Catalogue<Record<DealStatus, string>> = {
  en: { won: "won", lost: "lost", open: "open" },
  "zh-CN": { won: "赢单", lost: "输单", open: "进行中" },
};

/** The deals copy, and the criteria that pick a status out of its status column. */
export interface DealsCopy extends DataSheet<DealRecord, CopyRole<DealRecord>> {
  /** `"won"` (`"赢单"`): a COUNTIFS criterion matching the status. */
  status(status: DealStatus): Formula;
  /** `"<>won"`: a criterion matching every other status. */
  notStatus(status: DealStatus): Formula;
}

/** The names of the deals and transactions copies, where converted amounts show their originals. */
export const DEALS_COPY: Catalogue<string> = { en: "Data - Deals", "zh-CN": "数据-商机" };
export const TRANSACTIONS_COPY: Catalogue<string> = { en: "Data - Transactions", "zh-CN": "数据-交易" };
export const PAID_COPY: Catalogue<string> = { en: "Data - Paid", "zh-CN": "数据-已付" };

/**
 * The deals copy, grouped by owner. When a deal carries its own probability it has a probability
 * column (blank where a deal has none, so the stage's probability applies); without any, the column is
 * left out, so its role is only addressed when `hasDealProbabilities` holds.
 */
export function dealsSheet(records: readonly DealRecord[], language: Language): DealsCopy {
  const l = language;
  const words = pick(l, DEAL_STATUS_WORDS);
  const probability = hasDealProbabilities(records)
    ? [column<DealRecord>("probability", { en: "Probability", "zh-CN": "赢率" }, (r) => r.probability, l, "0%")]
    : [];
  const copy = dataSheet(pick(l, DEALS_COPY), records, withConvertedAmount([
    column<DealRecord>("id", { en: "Deal", "zh-CN": "商机" }, (r) => r.id, l),
    column<DealRecord>("owner", { en: "Owner", "zh-CN": "负责人" }, (r) => r.owner, l),
    column<DealRecord>("stage", { en: "Stage", "zh-CN": "阶段" }, (r) => r.stage, l),
    column<DealRecord>("status", { en: "Status", "zh-CN": "状态" }, (r) => words[r.status], l),
    column<DealRecord>("amount", { en: "Amount", "zh-CN": "金额" }, (r) => r.amount, l, MONEY),
    ...probability,
    column<DealRecord>("created", { en: "Created", "zh-CN": "创建日期" }, (r) => r.created, l, DATE),
    column<DealRecord>("stageDate", { en: "In stage since", "zh-CN": "进入阶段日期" }, (r) => r.stageDate, l, DATE),
    column<DealRecord>("closeDate", { en: "Closed", "zh-CN": "关闭日期" }, (r) => r.closeDate, l, DATE),
    ...currencyColumns<DealRecord, CopyRole<DealRecord>>(records, l, (r) => r.amount),
    column<DealRecord>("sourceRow", { en: "Source row", "zh-CN": "源行号" }, (r) => r.row, l),
  ]), { groupBy: (r) => nameGroup(r.owner) });
  return { ...copy, status: (s) => text(words[s]), notStatus: (s) => text(`<>${words[s]}`) };
}

export function transactionsSheet(records: readonly TransactionRecord[], language: Language): DataSheet<TransactionRecord, CopyRole<TransactionRecord, "credited">> {
  const l = language;
  return dataSheet(pick(l, TRANSACTIONS_COPY), records, withConvertedAmount([
    column<TransactionRecord>("id", { en: "Transaction", "zh-CN": "交易" }, (r) => r.id, l),
    column<TransactionRecord>("rep", { en: "Rep", "zh-CN": "销售员" }, (r) => r.rep, l),
    column<TransactionRecord>("date", { en: "Date", "zh-CN": "日期" }, (r) => r.date, l, DATE),
    column<TransactionRecord>("line", { en: "Product line", "zh-CN": "产品线" }, (r) => r.line, l),
    column<TransactionRecord>("amount", { en: "Amount", "zh-CN": "金额" }, (r) => r.amount, l, MONEY),
    column<TransactionRecord>("share", { en: "Share", "zh-CN": "分成比例" }, (r) => r.share, l, "0%"),
    {
      // what the rep is credited with: amount × share, row-local so SUMIFS can total it per rep
      ...column<TransactionRecord, "credited">("credited", { en: "Credited", "zh-CN": "计入金额" }, (r) => r.amount * r.share, l, MONEY),
      formula: (row) => fx`${ref(row, 4)}*${ref(row, 5)}`,
    },
    ...currencyColumns<TransactionRecord, CopyRole<TransactionRecord, "credited">>(records, l, (r) => r.amount),
    column<TransactionRecord>("sourceRow", { en: "Source row", "zh-CN": "源行号" }, (r) => r.row, l),
  ]), { groupBy: (r) => nameGroup(r.rep) });
}

export function paidSheet(records: readonly PaidRecord[], language: Language): DataSheet<PaidRecord, CopyRole<PaidRecord>> {
  const l = language;
  // When the paid data says when each payment was for, so does the copy: the statement reconciles by it.
  const period = records.some((r) => r.period !== undefined && r.period !== null)
    ? [column<PaidRecord>("period", { en: "Period", "zh-CN": "期间" }, (r) => r.period ?? null, l, DATE)]
    : [];
  return dataSheet(pick(l, PAID_COPY), records, withConvertedAmount([
    column<PaidRecord>("rep", { en: "Rep", "zh-CN": "销售员" }, (r) => r.rep, l),
    column<PaidRecord>("paid", { en: "Paid", "zh-CN": "已付" }, (r) => r.paid, l, MONEY),
    ...period,
    ...currencyColumns<PaidRecord, CopyRole<PaidRecord>>(records, l, (r) => r.paid),
    column<PaidRecord>("sourceRow", { en: "Source row", "zh-CN": "源行号" }, (r) => r.row, l),
  ], "paid"));
}

/** The activity log's copy, grouped by rep; a known type is written in the sheet's language. */
export function activitiesSheet(records: readonly ActivityRecord[], language: Language): DataSheet<ActivityRecord, CopyRole<ActivityRecord>> {
  const l = language;
  return dataSheet(pick(l, { en: "Data - Activities", "zh-CN": "数据-销售活动" }), records, [
    column<ActivityRecord>("date", { en: "Date", "zh-CN": "日期" }, (r) => r.date, l, DATE),
    column<ActivityRecord>("rep", { en: "Rep", "zh-CN": "销售员" }, (r) => r.rep, l),
    column<ActivityRecord>("type", { en: "Activity type", "zh-CN": "活动类型" }, (r) => activityTypeLabel(r.type, l), l),
    column<ActivityRecord>("count", { en: "Count", "zh-CN": "次数" }, (r) => r.count, l, NUMBER),
    column<ActivityRecord>("team", { en: "Team", "zh-CN": "团队" }, (r) => r.team, l),
    column<ActivityRecord>("customer", { en: "Customer", "zh-CN": "客户" }, (r) => r.customer, l),
    column<ActivityRecord>("deal", { en: "Deal", "zh-CN": "商机" }, (r) => r.deal, l),
    column<ActivityRecord>("outcome", { en: "Outcome", "zh-CN": "结果" }, (r) => r.outcome, l),
    column<ActivityRecord>("sourceRow", { en: "Source row", "zh-CN": "源行号" }, (r) => r.row, l),
  ], { groupBy: (r) => nameGroup(r.rep) });
}

/** The monthly targets' copy, grouped by person, each month as its first day shown as 2026-01. */
export function monthlyTargetsSheet(records: readonly MonthlyTargetRecord[], language: Language): DataSheet<MonthlyTargetRecord, CopyRole<MonthlyTargetRecord>> {
  const l = language;
  return dataSheet(pick(l, { en: "Data - Monthly targets", "zh-CN": "数据-月度目标" }), records, [
    column<MonthlyTargetRecord>("name", { en: "Name", "zh-CN": "姓名" }, (r) => r.name, l),
    column<MonthlyTargetRecord>("team", { en: "Team", "zh-CN": "团队" }, (r) => r.team, l),
    column<MonthlyTargetRecord>("month", { en: "Month", "zh-CN": "月份" }, (r) => r.month, l, "yyyy-mm"),
    column<MonthlyTargetRecord>("target", { en: "Target", "zh-CN": "目标" }, (r) => r.target, l, MONEY),
    column<MonthlyTargetRecord>("sourceRow", { en: "Source row", "zh-CN": "源行号" }, (r) => r.row, l),
  ], { groupBy: (r) => nameGroup(r.name) });
}
