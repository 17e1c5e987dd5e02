import { TARGET_LABELS } from "./labels";
import { defineReview } from "../review";
import { buildTargets } from "./build";
import { targetsPlan } from "./plan";

export const targets = defineReview({
  kind: "targets",
  name: { en: "Target plan", "zh-CN": "目标分解表" },
  help: {
    en: "Split the team's target over people and months, with a ramp for new joiners.",
    "zh-CN": "把团队目标分解到每个人和每个月，并为新人设置爬坡。",
  },
  summary: {
    en: "target split over people and months (reads the people, and the monthly history)",
    "zh-CN": "目标分解：把团队目标分到人和月（读取人员与月度历史）",
  },
  needs: { required: ["people"], optional: ["history"] },
  holds: "monthlyTargets",
  headline: (language) => [TARGET_LABELS[language].annual],
  plan: targetsPlan,
  readOptions: (section, dataset) => (dataset === "people" && section.weighting === "column" ? { weightColumn: section.weightColumn } : {}),
  build: (ctx, data) => buildTargets(ctx, { people: data.people!, ...(data.history ? { history: data.history } : {}) }),
});
