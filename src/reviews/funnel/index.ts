import { LABELS } from "./labels";
import { defineReview } from "../review";
import { buildFunnel } from "./build";
import { funnelPlan } from "./plan";

export const funnel = defineReview({
  kind: "funnel",
  name: { en: "Funnel review", "zh-CN": "销售漏斗分析" },
  help: {
    en: "Conversion at each stage, weighted pipeline and the deals stuck too long.",
    "zh-CN": "各阶段转化率、加权商机金额，以及停滞过久的商机。",
  },
  summary: {
    en: "pipeline review: conversion, velocity, stuck deals (reads the deals)",
    "zh-CN": "漏斗分析：转化率、销售速度、停滞商机（读取商机）",
  },
  needs: { required: ["deals"], optional: ["people"] },
  headline: (language) => [LABELS[language].winRate, LABELS[language].coverage, LABELS[language].weighted],
  plan: funnelPlan,
  readOptions: (section, dataset) =>
    dataset === "deals"
      ? { stagesSection: "funnel", ...(section.stages ? { stages: section.stages } : {}), ...(section.statusWords ? { statusWords: section.statusWords } : {}) }
      : {},
  build: (ctx, data) => buildFunnel(ctx, { deals: data.deals!, ...(data.people ? { people: data.people } : {}) }),
});
