import type { Catalogue } from "../../i18n/languages";

/*
 * The scorecard form's words, and its messages for the scorecard's own rules. Values with {placeholders}
 * are filled by `format`.
 */
const en = {
  kpis: "KPIs",
  noKpis: "No KPIs are listed, so every KPI in the data counts with an equal weight.",
  kpi: "KPI {n}",
  kpiName: "KPI name in the data",
  weight: "Weight (%)",
  direction: "Better when",
  direction_higher: "Higher",
  direction_lower: "Lower",
  threshold: "Threshold (%)",
  thresholdHint: "Below this achievement the KPI scores 0.",
  cap: "Cap (%)",
  capHint: "Blank: no cap.",
  addKpi: "Add a KPI",
  removeKpi: "Remove KPI {n}",
  totalWeight: "Total weight (%)",
  rating: "Rating scale",
  ratingStep: "Rating {n}",
  ratingMin: "From weighted score (%)",
  ratingLabel: "Rating",
  addRating: "Add a rating",
  removeRating: "Remove rating {n}",
  distribution: "Limit how many people get each rating",
  distributionShare: "Most people rated {label} (%)",
  distributionHint: "Blank: no limit.",
  errCapBelowThreshold: "The cap is below the threshold.",
  errWeightsZero: "The weights add up to 0.",
  errWeightsTotal: "The weights add up to {total}%; they must total 100%.",
};

/** The scorecard form's words in one language. */
export type ScorecardLabels = Readonly<Record<keyof typeof en, string>>;

export const SCORECARD_LABELS: Catalogue<ScorecardLabels> = {
  en,
  "zh-CN": {
    kpis: "KPI 指标",
    noKpis: "未列出 KPI，数据中的每项 KPI 按相同权重计算。",
    kpi: "KPI {n}",
    kpiName: "数据中的 KPI 名称",
    weight: "权重（%）",
    direction: "越…越好",
    direction_higher: "越高越好",
    direction_lower: "越低越好",
    threshold: "门槛（%）",
    thresholdHint: "达成率低于此值时该项记 0 分。",
    cap: "封顶（%）",
    capHint: "留空：不封顶。",
    addKpi: "添加 KPI",
    removeKpi: "删除 KPI {n}",
    totalWeight: "权重合计（%）",
    rating: "评级标准",
    ratingStep: "等级 {n}",
    ratingMin: "加权得分起点（%）",
    ratingLabel: "等级",
    addRating: "添加等级",
    removeRating: "删除等级 {n}",
    distribution: "限制各等级的人数比例（强制分布）",
    distributionShare: "评为 {label} 的人数上限（%）",
    distributionHint: "留空：不限。",
    errCapBelowThreshold: "封顶值低于门槛值。",
    errWeightsZero: "权重之和为 0。",
    errWeightsTotal: "权重合计为 {total}%，必须等于 100%。",
  },
};
