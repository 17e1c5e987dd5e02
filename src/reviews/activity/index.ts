import { defineReview } from "../review";
import { buildActivity } from "./build";
import { activityPlan } from "./plan";

export const activity = defineReview({
  kind: "activity",
  name: { en: "Activity report", "zh-CN": "销售活动日报" },
  help: {
    en: "The reps' calls, visits, meetings and follow-ups on the day, the week and the month to date against their quotas: who fell short and how often, streaks, and activities per won deal.",
    "zh-CN": "销售人员当日、本周、本月累计的电话、拜访、会议、跟进等活动与指标对比：谁未达标、未达标几次、连续达标天数，以及每个赢单所需的活动数。",
  },
  summary: {
    en: "daily, weekly and monthly activity against quotas (reads the activities, and the deals and people)",
    "zh-CN": "日报、周报、月报：活动量与指标对比（读取销售活动，以及商机和人员）",
  },
  needs: { required: ["activities"], optional: ["deals", "people"] },
  plan: activityPlan,
  build: (ctx, data) =>
    buildActivity(ctx, {
      activities: data.activities!,
      ...(data.deals ? { deals: data.deals } : {}),
      ...(data.people ? { people: data.people } : {}),
    }),
});
