import { COMMISSION_LABELS } from "./labels";
import { defineReview } from "../review";
import { buildCommission } from "./build";
import { commissionPlan } from "./plan";

export const commission = defineReview({
  kind: "commission",
  name: { en: "Commission", "zh-CN": "提成计算表" },
  help: {
    en: "Commission per person from tiers per product line, checked against what was paid.",
    "zh-CN": "按产品线阶梯费率计算每人提成，并与已发放金额核对。",
  },
  summary: {
    en: "commission statement and reconciliation (reads the transactions, people and paid)",
    "zh-CN": "提成核算与对账（读取交易、人员与已发放）",
  },
  needs: { required: ["transactions"], optional: ["people", "paid", "rates"] },
  headline: (language) => [COMMISSION_LABELS[language].due, COMMISSION_LABELS[language].difference],
  plan: commissionPlan,
  readOptions: (section, dataset) => (dataset === "transactions" || dataset === "rates" ? { lines: section.lines } : {}),
  build: (ctx, data) =>
    buildCommission(ctx, {
      transactions: data.transactions!,
      ...(data.people ? { people: data.people } : {}),
      ...(data.paid ? { paid: data.paid } : {}),
      ...(data.rates ? { rates: data.rates } : {}),
    }),
});
