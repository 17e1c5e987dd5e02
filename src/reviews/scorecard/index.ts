import { LABELS } from "./labels";
import { defineReview } from "../review";
import { buildScorecard } from "./build";
import { scorecardPlan } from "./plan";

export const scorecard = defineReview({
  kind: "scorecard",
  name: { en: "Scorecard", "zh-CN": "绩效考核表" },
  help: {
    en: "Score each person's KPIs against their targets, weight them and give a rating.",
    "zh-CN": "对照目标为每人的各项 KPI 打分，加权汇总并评定等级。",
  },
  summary: {
    en: "KPI scorecard: weighted scores and ratings (reads the KPI results)",
    "zh-CN": "绩效评分：加权得分与评级（读取考核结果）",
  },
  needs: { required: ["scores"], optional: ["people"] },
  headline: (language) => [LABELS[language].weighted, LABELS[language].rating, LABELS[language].rank],
  plan: scorecardPlan,
  build: (ctx, data) => buildScorecard(ctx, { scores: data.scores!, people: data.people }),
});
