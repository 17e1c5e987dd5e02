import { defineReview } from "../review";
import { buildLeaderboard } from "./build";
import { leaderboardPlan } from "./plan";

export const leaderboard = defineReview({
  kind: "leaderboard",
  name: { en: "Leaderboard", "zh-CN": "销售竞赛" },
  help: {
    en: "A sales contest board: the top performer, the most improved and the best newcomer of the month, quarter or year, and the top places per team or bracket; ties share a place.",
    "zh-CN": "销售竞赛排行榜：本月、本季或本年的销售冠军、进步最快和最佳新人，以及各团队或分组的前几名；并列者名次相同。",
  },
  summary: {
    en: "a sales contest leaderboard (reads the transactions or won deals, and the people's teams, start dates and targets)",
    "zh-CN": "销售竞赛排行榜（读取交易或赢单商机，以及人员的团队、入职日期和目标）",
  },
  needs: { required: ["transactions"], optional: ["deals", "people"] },
  plan: leaderboardPlan,
  build: (ctx, data) =>
    buildLeaderboard(ctx, {
      transactions: data.transactions!,
      ...(data.deals ? { deals: data.deals } : {}),
      ...(data.people ? { people: data.people } : {}),
    }),
});
