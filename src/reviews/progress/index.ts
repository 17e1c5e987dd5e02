import { defineReview } from "../review";
import { buildProgress } from "./build";
import { PROGRESS_LABELS } from "./labels";
import { progressPlan } from "./plan";

export const progress = defineReview({
  kind: "progress",
  name: { en: "Progress", "zh-CN": "目标进度" },
  help: {
    en: "Who is behind plan and by how much: month, quarter and year to date against time elapsed, with the run-rate forecast and what is needed per day.",
    "zh-CN": "谁落后于计划、差多少：本月、本季、本年累计的目标进度对比时间进度，并给出按当前速度的预测和剩余每日需完成额。",
  },
  summary: {
    en: "progress against plan to date (reads the transactions, or a CRM export's won deals; and the monthly targets: a Target plan sheet or a person × month table; else the people's annual targets ÷ 12)",
    "zh-CN": "截至目前的目标进度（读取交易，或 CRM 导出的赢单；以及月度目标：目标分解表或“姓名 × 月份”目标表；没有时按人员年度目标 ÷ 12）",
  },
  // What counts as sales (progress.actuals) decides what it requires: the transactions, or the deals.
  needs: { required: [], optional: ["transactions", "deals", "people", "monthlyTargets"] },
  requires: (section) =>
    section.actuals === "wonDeals"
      ? [{ dataset: "deals" as const, missing: { en: PROGRESS_LABELS.en.needsDeals, "zh-CN": PROGRESS_LABELS["zh-CN"].needsDeals } }]
      : section.actuals === "transactions"
        ? [{ dataset: "transactions" as const, missing: { en: PROGRESS_LABELS.en.needsTransactions, "zh-CN": PROGRESS_LABELS["zh-CN"].needsTransactions } }]
        : [{ dataset: "transactions" as const, or: ["deals" as const], missing: { en: PROGRESS_LABELS.en.needsSales, "zh-CN": PROGRESS_LABELS["zh-CN"].needsSales } }],
  // Tracking one, the other is not read; on "auto", the deals are left out when there are transactions.
  ignores: (section, read) =>
    section.actuals === "wonDeals" ? ["transactions"] : section.actuals === "transactions" || read?.has("transactions") ? ["deals"] : [],
  plan: progressPlan,
  build: (ctx, data) =>
    buildProgress(ctx, {
      ...(data.transactions ? { transactions: data.transactions } : {}),
      ...(data.deals ? { deals: data.deals } : {}),
      ...(data.people ? { people: data.people } : {}),
      ...(data.monthlyTargets ? { monthlyTargets: data.monthlyTargets } : {}),
    }),
});
