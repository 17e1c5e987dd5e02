import type { Language } from "./i18n";

/** The part of the product a function belongs to; the pane lists the functions by area. */
export type FunctionArea = "scoring" | "targets" | "funnel" | "commission" | "segments";

export interface FunctionAreaInfo {
  id: FunctionArea;
  title: Readonly<Record<Language, string>>;
}

/** One KPI.* custom function as the pane describes it. */
export interface KpiFunction {
  /** The name after the KPI. namespace. */
  name: string;
  area: FunctionArea;
  /** Parameter names as in functions.ts; optional ones in brackets: "[direction]". */
  parameters: readonly string[];
  /** What it returns, in one line. */
  summary: Readonly<Record<Language, string>>;
  /** The @example of functions.ts: the formula and the result it returns. */
  example: { formula: string; result: string };
}

export const FUNCTION_AREAS: readonly FunctionAreaInfo[] = [
  { id: "scoring", title: { en: "Scoring", "zh-CN": "评分" } },
  { id: "targets", title: { en: "Targets", "zh-CN": "目标分解" } },
  { id: "funnel", title: { en: "Funnel and pipeline", "zh-CN": "漏斗与商机" } },
  { id: "commission", title: { en: "Commission", "zh-CN": "提成" } },
  { id: "segments", title: { en: "Segments", "zh-CN": "客户分级" } },
];

export const FUNCTION_CATALOG: readonly KpiFunction[] = [
  {
    name: "ACHIEVEMENT",
    area: "scoring",
    parameters: ["actual", "target", "[direction]"],
    summary: {
      en: "Achievement against target: actual ÷ target, or the mirror of it when lower is better.",
      "zh-CN": "目标达成率：实际 ÷ 目标；指标越低越好时取其镜像。",
    },
    example: { formula: "=KPI.ACHIEVEMENT(120, 100)", result: "1.2" },
  },
  {
    name: "SCORE",
    area: "scoring",
    parameters: ["actual", "target", "[threshold]", "[cap]", "[direction]"],
    summary: {
      en: "KPI score: the achievement, 0 below the threshold and never above the cap.",
      "zh-CN": "KPI 得分：即达成率，低于门槛记 0，且不超过封顶值。",
    },
    example: { formula: "=KPI.SCORE(130, 100, 0.8, 1.2)", result: "1.2" },
  },
  {
    name: "BANDSCORE",
    area: "scoring",
    parameters: ["value", "bands", "[interpolate]"],
    summary: {
      en: "Score from a band table, stepped or interpolated along a payout curve.",
      "zh-CN": "按区间表评分：阶梯取值，或沿计分曲线线性插值。",
    },
    example: { formula: "=KPI.BANDSCORE(0.95, {0.8,60;0.9,80;1,100})", result: "80" },
  },
  {
    name: "WEIGHTED",
    area: "scoring",
    parameters: ["scores", "weights"],
    summary: {
      en: "Weighted score over the KPIs that have a score; one per person for a table.",
      "zh-CN": "对有得分的各项 KPI 加权汇总；传入表格时每人一个结果。",
    },
    example: { formula: "=KPI.WEIGHTED({85,92,78}, {40,30,30})", result: "85" },
  },
  {
    name: "RATING",
    area: "scoring",
    parameters: ["score", "scale"],
    summary: {
      en: "Rating label for a score from a scale of minimum scores.",
      "zh-CN": "按最低分数线给得分评定等级。",
    },
    example: { formula: '=KPI.RATING(0.93, {0,"C";0.8,"B";0.9,"A"})', result: '"A"' },
  },
  {
    name: "SPLIT",
    area: "targets",
    parameters: ["total", "weights", "[decimals]", "[minimums]", "[maximums]"],
    summary: {
      en: "Splits a total by weights into parts that add up to it exactly, within optional bounds.",
      "zh-CN": "按权重分解总额，各部分之和恰好等于总额，可设上下限。",
    },
    example: { formula: "=KPI.SPLIT(100, {1;1;1})", result: "{34;33;33}" },
  },
  {
    name: "SEASONAL",
    area: "targets",
    parameters: ["total", "history", "[decimals]"],
    summary: {
      en: "Splits a total over periods by each period's share in past years.",
      "zh-CN": "按往年各期占比把总额分解到各期（季节性分解）。",
    },
    example: { formula: "=KPI.SEASONAL(1200, {100,200,300})", result: "{200,400,600}" },
  },
  {
    name: "RAMP",
    area: "targets",
    parameters: ["target", "tenure", "schedule"],
    summary: {
      en: "Ramped target for someone new in the role, by their period in the role.",
      "zh-CN": "新人爬坡目标：按其在岗期数打折后的目标。",
    },
    example: { formula: "=KPI.RAMP(100000, 2, {0.25,0.5,0.75,1})", result: "50000" },
  },
  {
    name: "PRORATE",
    area: "targets",
    parameters: ["amount", "start", "end", "periodStart", "periodEnd"],
    summary: {
      en: "Prorates an amount to the days someone was in the role during a period.",
      "zh-CN": "按期间内的在岗天数折算金额。",
    },
    example: {
      formula: '=KPI.PRORATE(120000, DATE(2026,4,1), "", DATE(2026,1,1), DATE(2026,12,31))',
      result: "90410.96",
    },
  },
  {
    name: "FUNNEL",
    area: "funnel",
    parameters: ["counts", "[cumulative]"],
    summary: {
      en: "Conversion rate at each funnel stage, step by step or from the top.",
      "zh-CN": "漏斗各阶段的转化率：逐级计算或相对首阶段计算。",
    },
    example: { formula: "=KPI.FUNNEL({1000;300;120;50;15})", result: "{1;0.3;0.4;0.4167;0.3}" },
  },
  {
    name: "REVERSEFUNNEL",
    area: "funnel",
    parameters: ["target", "rates", "[dealSize]"],
    summary: {
      en: "Works a funnel backwards: how many deals each stage needs to reach a target.",
      "zh-CN": "倒推漏斗：为达成目标，每个阶段需要多少商机。",
    },
    example: { formula: "=KPI.REVERSEFUNNEL(14, {0.1;0.35;0.5;0.4})", result: "{2000;200;70;35;14}" },
  },
  {
    name: "VELOCITY",
    area: "funnel",
    parameters: ["opportunities", "winRate", "dealSize", "cycleDays"],
    summary: {
      en: "Sales velocity: revenue per day from opportunities, win rate, deal size and cycle length.",
      "zh-CN": "销售速度：由商机数、赢单率、客单价和销售周期得出的日均收入。",
    },
    example: { formula: "=KPI.VELOCITY(40, 0.25, 25000, 90)", result: "2777.78" },
  },
  {
    name: "WEIGHTEDPIPELINE",
    area: "funnel",
    parameters: ["amounts", "probabilities", "[stageTable]"],
    summary: {
      en: "Weighted pipeline: deal amounts times their win probabilities, or their stage's.",
      "zh-CN": "加权商机金额：各商机金额乘以赢单概率（或其阶段的概率）之和。",
    },
    example: { formula: "=KPI.WEIGHTEDPIPELINE({80000;45000;30000;60000}, {0.1;0.4;0.6;0.8})", result: "92000" },
  },
  {
    name: "COVERAGE",
    area: "funnel",
    parameters: ["pipeline", "target", "[achieved]"],
    summary: {
      en: "Pipeline coverage: pipeline ÷ the part of the target still to reach.",
      "zh-CN": "商机覆盖率：商机金额 ÷ 尚未完成的目标。",
    },
    example: { formula: "=KPI.COVERAGE(300000, 150000, 50000)", result: "3" },
  },
  {
    name: "COMMISSION",
    area: "commission",
    parameters: ["amount", "tiers", "[method]"],
    summary: {
      en: "Commission from a tier table, marginal (like tax brackets) or retroactive.",
      "zh-CN": "按阶梯费率表计算提成：超额累进或全额累进。",
    },
    example: { formula: "=KPI.COMMISSION(180000, {0,0.5;100000,0.6})", result: "98000" },
  },
  {
    name: "DRAW",
    area: "commission",
    parameters: ["earned", "draw", "[recoverable]"],
    summary: {
      en: "Payouts under a guaranteed draw, period by period, recovering advances if asked.",
      "zh-CN": "保底提成下每期的实际发放额，可从后期收回预支部分。",
    },
    example: { formula: "=KPI.DRAW({2000;9000;4000;12000}, 5000)", result: "{5000;6000;5000;11000}" },
  },
  {
    name: "ABC",
    area: "segments",
    parameters: ["values", "[cutoffs]", "[labels]"],
    summary: {
      en: "Pareto (ABC) class of each customer or product by its share of the total value.",
      "zh-CN": "按价值占比对客户或产品做帕累托（ABC）分级。",
    },
    example: { formula: "=KPI.ABC({500;300;100;60;40})", result: '{"A";"A";"B";"B";"C"}' },
  },
];

/** The signature a user types, e.g. "KPI.SPLIT(total, weights, [decimals], [minimums], [maximums])". */
export function signatureOf(fn: KpiFunction): string {
  return `KPI.${fn.name}(${fn.parameters.join(", ")})`;
}

/** The functions of one area, in catalogue order. */
export function functionsIn(area: FunctionArea): readonly KpiFunction[] {
  return FUNCTION_CATALOG.filter((fn) => fn.area === area);
}
