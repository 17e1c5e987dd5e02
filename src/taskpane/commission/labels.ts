import type { Catalogue } from "../../i18n/languages";

/** The commission form's words. Values with {placeholders} are filled by `format`. */
const en = {
  method: "Rates apply",
  method_marginal: "To each tier's part of the sales (marginal)",
  method_retroactive: "To all sales once a tier is reached (retroactive)",
  lines: "Product lines",
  linesHint: "Sales of a product line not listed use the default tiers.",
  line: "Product line {n}",
  lineName: "Product line name",
  addLine: "Add a product line",
  removeLine: "Remove product line {n}",
  tiers: "Tiers",
  defaultTiers: "Default tiers",
  tier: "Tier {n}",
  tierFrom: "From sales of",
  tierRate: "Rate (%)",
  addTier: "Add a tier",
  removeTier: "Remove tier {n}",
  acceleratorAbove: "Accelerator from attainment (%)",
  acceleratorMultiplier: "Accelerator multiplier",
  cap: "Most commission per person",
  capHint: "Blank: no cap.",
  draw: "Guaranteed minimum payout (draw)",
  tolerance: "Tolerance when checking payouts",
  payoutRules: "Payout rules",
};

/** The commission form's words in one language. */
export type CommissionLabels = Readonly<Record<keyof typeof en, string>>;

export const COMMISSION_LABELS: Catalogue<CommissionLabels> = {
  en,
  "zh-CN": {
    method: "费率的计算方式",
    method_marginal: "各档只对落在该档的销售额计提（超额累进）",
    method_retroactive: "达到某档后全部销售额按该档计提（全额累进）",
    lines: "产品线",
    linesHint: "未列出的产品线按默认阶梯计算。",
    line: "产品线 {n}",
    lineName: "产品线名称",
    addLine: "添加产品线",
    removeLine: "删除产品线 {n}",
    tiers: "阶梯",
    defaultTiers: "默认阶梯",
    tier: "第 {n} 档",
    tierFrom: "销售额起点",
    tierRate: "费率（%）",
    addTier: "添加一档",
    removeTier: "删除第 {n} 档",
    acceleratorAbove: "加速提成起点（目标达成率 %）",
    acceleratorMultiplier: "加速倍数",
    cap: "每人提成上限",
    capHint: "留空：不设上限。",
    draw: "保底提成",
    tolerance: "核对已发放金额时的容差",
    payoutRules: "发放规则",
  },
};
