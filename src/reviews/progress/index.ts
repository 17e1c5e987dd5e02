import { defineReview } from "../review";
import { buildProgress } from "./build";
import { progressPlan } from "./plan";

export const progress = defineReview({
  kind: "progress",
  name: { en: "Progress", "zh-CN": "目标进度" },
  help: {
    en: "Who is behind plan and by how much: month, quarter and year to date against time elapsed, with the run-rate forecast and what is needed per day.",
    "zh-CN": "谁落后于计划、差多少：本月、本季、本年累计的目标进度对比时间进度，并给出按当前速度的预测和剩余每日需完成额。",
  },
  summary: {
    en: "progress against plan to date (reads the transactions, and the monthly targets: a Target plan sheet or a person × month table; else the people's annual targets ÷ 12)",
    "zh-CN": "截至目前的目标进度（读取交易，以及月度目标：目标分解表或“姓名 × 月份”目标表；没有时按人员年度目标 ÷ 12）",
  },
  needs: { required: ["transactions"], optional: ["people", "monthlyTargets"] },
  plan: progressPlan,
  build: (ctx, data) =>
    buildProgress(ctx, {
      transactions: data.transactions!,
      ...(data.people ? { people: data.people } : {}),
      ...(data.monthlyTargets ? { monthlyTargets: data.monthlyTargets } : {}),
    }),
});
