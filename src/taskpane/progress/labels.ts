import type { Catalogue } from "../../i18n/languages";

/** The Progress form's words. */
const en = {
  pace: "Pace",
  behindThreshold: "Behind when completion is below this share of time elapsed (%)",
  behindThresholdHint: "90%: with half the month gone, flag anyone under 45% of the month's target.",
  days: "Time elapsed",
  workingDays: "Count working days (Monday to Friday) instead of calendar days",
  holidays: "Holidays (YYYY-MM-DD, separated by commas)",
  holidaysHint: "Days off that are not counted as working days.",
  targetsNote: "Each person's month and quarter targets are their months of the monthly targets chosen on the data step (a Target plan sheet, or a person × month table); without them, the annual target ÷ 12 and ÷ 4.",
  actuals: "What counts as sales",
  actuals_auto: "The transactions if chosen, else a CRM export's won deals",
  actuals_transactions: "Transactions (invoices, orders: amount × split share, by date)",
  actuals_wonDeals: "Won deals of a CRM export (amount, by close date)",
  actualsHint: "Choose a sales ledger or a CRM export of deals on the data step; the review sheet says which it tracks.",
};

/** The Progress form's words in one language. */
export type ProgressLabels = Readonly<Record<keyof typeof en, string>>;

export const PROGRESS_LABELS: Catalogue<ProgressLabels> = {
  en,
  "zh-CN": {
    pace: "进度",
    behindThreshold: "目标进度低于时间进度的此比例时标为落后（%）",
    behindThresholdHint: "90%：本月过半时，完成不到月目标 45% 的人会被标出。",
    days: "时间进度",
    workingDays: "按工作日（周一至周五）而非日历天数计算",
    holidays: "节假日（YYYY-MM-DD，用逗号分隔）",
    holidaysHint: "不计为工作日的休息日。",
    targetsNote: "每人的月目标和季度目标取自数据步骤中选择的月度目标（目标分解表，或“姓名 × 月份”目标表）；没有时按年度目标 ÷ 12 和 ÷ 4 计算。",
    actuals: "销售额的来源",
    actuals_auto: "选择了交易时用交易，否则用 CRM 导出的赢单",
    actuals_transactions: "交易（发票、订单：金额 × 分成比例，按日期）",
    actuals_wonDeals: "CRM 导出的赢单（金额，按成交日期）",
    actualsHint: "在数据步骤中选择销售明细或 CRM 导出的商机；分析表上会写明跟踪的是哪一种。",
  },
};
