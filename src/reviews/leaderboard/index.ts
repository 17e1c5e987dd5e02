import { defineReview } from "../review";
import { buildLeaderboard } from "./build";
import type { Dataset } from "../../datasets/records";
import { LEADERBOARD_LABELS, type LeaderboardLabels } from "./labels";
import { leaderboardPlan, measureNeeds, type Measure } from "./plan";

/** What to say when the measure's data is missing: the people's targets and the won deals have their own words. */
function missingText(t: LeaderboardLabels, measure: Measure, dataset: Dataset): string {
  if (dataset === "people") return t.needsPeople;
  if (dataset === "deals" && measure === "wonDeals") return t.needsDeals;
  return t.needsData(measure, dataset);
}

export const leaderboard = defineReview({
  kind: "leaderboard",
  name: { en: "Leaderboard", "zh-CN": "销售竞赛" },
  help: {
    en: "A sales contest board: the top performer, the most improved and the best newcomer of the month, quarter or year, and the top places per team or bracket; ties share a place.",
    "zh-CN": "销售竞赛排行榜：本月、本季或本年的销售冠军、进步最快和最佳新人，以及各团队或分组的前几名；并列者名次相同。",
  },
  summary: {
    en: "a sales contest leaderboard (reads what it ranks by: the transactions, won deals, activities or KPI results; and the people's teams, start dates and targets)",
    "zh-CN": "销售竞赛排行榜（读取排名所依据的数据：交易、赢单商机、销售活动或考核结果；以及人员的团队、入职日期和目标）",
  },
  // What it ranks by decides what it requires (measureNeeds): the transactions for sales, the activities…
  needs: { required: [], optional: ["transactions", "deals", "people", "activities", "scores"] },
  requires: (section) =>
    measureNeeds(section).map((dataset) => ({
      dataset,
      missing: { en: missingText(LEADERBOARD_LABELS.en, section.measure, dataset), "zh-CN": missingText(LEADERBOARD_LABELS["zh-CN"], section.measure, dataset) },
    })),
  plan: leaderboardPlan,
  build: (ctx, data) =>
    buildLeaderboard(ctx, {
      ...(data.transactions ? { transactions: data.transactions } : {}),
      ...(data.deals ? { deals: data.deals } : {}),
      ...(data.people ? { people: data.people } : {}),
      ...(data.activities ? { activities: data.activities } : {}),
      ...(data.scores ? { scores: data.scores } : {}),
    }),
});
