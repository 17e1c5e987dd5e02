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
    en: "progress against plan to date (reads the transactions, and the people's annual targets)",
    "zh-CN": "截至目前的目标进度（读取交易，以及人员的年度目标）",
  },
  needs: { required: ["transactions"], optional: ["people"] },
  plan: progressPlan,
  build: (ctx, data) =>
    buildProgress(ctx, {
      transactions: data.transactions!,
      ...(data.people ? { people: data.people } : {}),
    }),
});
