/**
 * Typed rows of the team's data, one type per dataset, as the readers deliver them to the builders.
 * Every record keeps `row`, its 1-based row on the source sheet, so messages can point at it.
 * Numbers are numbers (text numbers already read), dates are Excel date serials, blanks are null.
 */

import type { Catalogue } from "../i18n/languages";

/** The datasets a build can read, each one a table of the team's workbook. */
export const DATASETS = ["scores", "people", "history", "deals", "transactions", "paid", "rates", "activities", "monthlyTargets"] as const;
export type Dataset = (typeof DATASETS)[number];

/** What each dataset is called where a person reads about it. */
export const DATASET_LABELS: { readonly [D in Dataset]: Catalogue<string> } = {
  scores: { en: "KPI results", "zh-CN": "考核结果" },
  people: { en: "people", "zh-CN": "人员" },
  history: { en: "sales history", "zh-CN": "历史销售" },
  deals: { en: "deals", "zh-CN": "商机" },
  transactions: { en: "transactions", "zh-CN": "交易明细" },
  paid: { en: "payouts made", "zh-CN": "已发放提成" },
  rates: { en: "commission rates", "zh-CN": "提成比例表" },
  activities: { en: "activities", "zh-CN": "销售活动" },
  monthlyTargets: { en: "monthly targets", "zh-CN": "月度目标" },
};

export interface ScoreRecord {
  row: number;
  name: string;
  kpi: string;
  target: number;
  /** null while the actual has not been entered: the KPI does not apply yet. */
  actual: number | null;
  team: string | null;
  /**
   * The KPI's weight and direction as the data gives them (a 权重/Weight column, a 指标方向/Direction
   * column, a hint in a wide header such as "Churn % (lower is better)"); absent or null when it says
   * nothing. Hints for the scorecard, not roles: the plan's KPI settings win over them.
   */
  kpiWeight?: number | null;
  kpiDirection?: KpiDirection | null;
}

/** Which way a KPI is better. */
export type KpiDirection = "higher" | "lower";

/** Fields of a record read beside the roles (not mapped by a person or the plan). */
export type HintField = "kpiWeight" | "kpiDirection";

export interface PersonRecord {
  row: number;
  name: string;
  team: string | null;
  /** This period's target (quota), if the table has one. */
  target: number | null;
  lastYear: number | null;
  potential: number | null;
  /** A weight from a column the plan names (targets.weightColumn). */
  weight: number | null;
  /** First and last day in the role, as date serials; null when before/after the period. */
  start: number | null;
  end: number | null;
}

export interface HistoryRecord {
  row: number;
  year: number;
  /** 1 to 12 */
  month: number;
  amount: number;
}

export type DealStatus = "open" | "won" | "lost";

export interface DealRecord {
  row: number;
  id: string | null;
  owner: string;
  /** The stage as the plan names it (aliases and case already resolved). */
  stage: string;
  amount: number;
  created: number | null;
  /** The day the deal entered its current stage. */
  stageDate: number | null;
  closeDate: number | null;
  status: DealStatus;
  /** The deal's own win probability as a fraction (0 to 1), from a Probability (%) or 赢率 column; null when blank or absent. */
  probability: number | null;
  /** The customer (account) the deal is with, when the table has such a column: new customers are counted from it. */
  customer?: string | null;
  /** ISO code of the amount's currency (see `currency` on TransactionRecord). */
  currency?: string | null;
  /** Set when the amount was converted (see `ConvertedField`). */
  original?: number;
  exchangeRate?: number;
  /**
   * The CRM's own conversion of the amount, when the export has one beside it (Salesforce's "Amount
   * (Converted)" and "Amount (Converted) Currency" with multiple currencies on): the amount in the
   * corporate currency (null when the cell is blank or not a number) and that currency's ISO code
   * (null when nothing names it). Not a role: read beside the roles (see `ExportField`).
   */
  exported?: { amount: number | null; currency: string | null };
}

/** Fields of a deal read beside the roles from columns the export adds (see `exported` on DealRecord). */
export type ExportField = "exported";

export interface TransactionRecord {
  row: number;
  id: string | null;
  rep: string;
  date: number;
  /** The product line as the plan names it; "" when the data has no product line column. */
  line: string;
  amount: number;
  /** This rep's share of the sale (split deals); 1 when not split. */
  share: number;
  /** The customer sold to, when the table has such a column: new customers are counted from it. */
  customer?: string | null;
  /**
   * ISO code of the amount's currency, from a currency column (Amount Currency, 币种), a code or symbol in
   * the amount ("USD 12,000.00", "¥3,000") or the amount's header ("Amount (USD)"); null or absent when
   * the data names none.
   */
  currency?: string | null;
  /** Set when the amount was converted (see `ConvertedField`). */
  original?: number;
  exchangeRate?: number;
}

/**
 * Fields a record carries once its amount has been converted to the plan's reporting currency (not
 * roles: no column holds them): `amount` is then the converted amount, `original` the amount as read in
 * its own currency, and `exchangeRate` the units of the reporting currency per unit of it.
 */
export type ConvertedField = "original" | "exchangeRate";

export interface PaidRecord {
  row: number;
  rep: string;
  paid: number;
  /**
   * When it was paid, or the pay period it is for, as a date serial: a pay date as it is, a month label
   * (2026年1月, Jan 2026, 2026-01, 1月) as the month's first day; null or absent when the table has no such column.
   */
  period?: number | null;
  /** ISO code of the payment's currency (see `currency` on TransactionRecord). */
  currency?: string | null;
  /** Set when the payment was converted (see `ConvertedField`): `paid` is then in the reporting currency. */
  original?: number;
  exchangeRate?: number;
}

/**
 * One tier of a commission rate sheet (Commission Rates, 提成比例表): from this amount (to the next
 * tier's) the rate applies, for one product line or, with no line, for every line the sheet does not name.
 */
export interface RateRecord {
  row: number;
  /** The product line as the plan names it (aliases resolved); null when the sheet has no line or the cell is blank. */
  line: string | null;
  /** The tier's lower bound in sales; 0 when the sheet has no From column or the cell is blank. */
  from: number;
  /** The tier's upper bound as the sheet writes it (checked against the next tier's from); null when blank. */
  to: number | null;
  /** The rate as a fraction (5% = 0.05), whether the sheet writes 5%, 5 or 0.05. */
  rate: number;
}

/**
 * One line of an activity log (a CRM's calls, visits and meetings, or a rep's 日报): who did how many of
 * what on which day. `type` is a known activity type's key (see datasets/activityTypes.ts) or, for a
 * type the reader does not know, the text as the data first wrote it.
 */
export interface ActivityRecord {
  row: number;
  date: number;
  rep: string;
  type: string;
  /** How many activities the row stands for: 1 when the data has no count column or the cell is blank. */
  count: number;
  team: string | null;
  customer: string | null;
  deal: string | null;
  outcome: string | null;
}

/**
 * One person's target for one month (a 月度目标分解表, a targets table in long or wide layout, or the
 * Target plan sheet the add-in made).
 */
export interface MonthlyTargetRecord {
  row: number;
  name: string;
  /** The first day of the month, as a date serial. */
  month: number;
  target: number;
  team: string | null;
}

export interface DatasetRecords {
  scores: ScoreRecord;
  people: PersonRecord;
  history: HistoryRecord;
  deals: DealRecord;
  transactions: TransactionRecord;
  paid: PaidRecord;
  rates: RateRecord;
  activities: ActivityRecord;
  monthlyTargets: MonthlyTargetRecord;
}

/** What a stage word says about a deal beyond where it is: closed as won or lost, or not a deal to count. */
export type StageOutcome = "won" | "lost" | "excluded";

/**
 * A stage as the reader and the funnel's plan know it. A stage with the outcome "lost" or "excluded" is
 * not a step of the funnel: its words mark a lost deal, or a row left out (Disqualified, 无效). The won
 * stage is the one marked "won", else the last step of the funnel.
 */
export interface StageDefinition {
  name: string;
  aliases: readonly string[];
  probability: number;
  maxDays: number | null;
  outcome?: StageOutcome;
}

/** A dataset as read: where it came from, its records, and the rows that were skipped (with why). */
export interface SourceData<R> {
  /** Where it was read from: `Sheet "Deals"` or `table "tblDeals"`. */
  origin: string;
  sheet: string;
  /** Header text of each column found, by role (and for the deals, `exported`: the CRM's converted amount column, if any). */
  headers: Record<string, string>;
  records: R[];
  warnings: string[];
  /** The deals only: the stages the reader read them against (the plan's, or the known pipeline it chose). */
  stages?: readonly StageDefinition[];
  /**
   * The deals only: of the warnings, those about how the stages and the open and lost deals were read
   * (the pipeline chosen, lost deals counted at the first stage, deals without an amount): a review that
   * counts only won deals leaves them out.
   */
  stageNotes?: readonly string[];
}
