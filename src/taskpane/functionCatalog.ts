import { type FunctionExample, type FunctionParameter, signatureOf } from "../functions/docs";
import { FUNCTION_DOCS, type KpiFunctionName } from "../functions/docs.generated";
import type { Catalogue } from "../i18n/languages";

/*
 * The pane's list of KPI.* functions. Names, parameters, English summaries and examples come from the
 * JSDoc of src/functions/functions.ts (through the generated docs.generated.ts); only what the JSDoc
 * cannot say is written here: each function's area and its summary in the other languages.
 */

export { signatureOf };

/** The part of the product a function belongs to; the pane lists the functions by area. */
export type FunctionArea = "scoring" | "targets" | "funnel" | "commission" | "segments";

export interface FunctionAreaInfo {
  id: FunctionArea;
  title: Catalogue<string>;
}

/** The language the JSDoc of functions.ts is written in. */
type JsDocLanguage = "en";

/** What the pane adds to a function's JSDoc: its area, and its summary in every language but the JSDoc's. */
export interface FunctionNotes {
  area: FunctionArea;
  summary: Omit<Catalogue<string>, JsDocLanguage>;
}

/** Notes for exactly the functions of functions.ts: one missing, or one too many, does not compile. */
export type FunctionNotesByName = { readonly [N in KpiFunctionName]: FunctionNotes };

/** One KPI.* function as the pane describes it. */
export interface KpiFunction {
  /** The name after the KPI. namespace. */
  name: KpiFunctionName;
  area: FunctionArea;
  parameters: readonly FunctionParameter[];
  /** What it does, in one line: the JSDoc's first sentence, or its translation. */
  summary: Catalogue<string>;
  /** The @example of functions.ts: the formula and the result it returns. */
  example: FunctionExample;
}

export const FUNCTION_AREAS: readonly FunctionAreaInfo[] = [
  { id: "scoring", title: { en: "Scoring", "zh-CN": "评分" } },
  { id: "targets", title: { en: "Targets", "zh-CN": "目标分解" } },
  { id: "funnel", title: { en: "Funnel and pipeline", "zh-CN": "漏斗与商机" } },
  { id: "commission", title: { en: "Commission", "zh-CN": "提成" } },
  { id: "segments", title: { en: "Segments", "zh-CN": "客户分级" } },
];

export const FUNCTION_NOTES: FunctionNotesByName = {
  ACHIEVEMENT: {
    area: "scoring",
    summary: { "zh-CN": "KPI 达成率：实际 ÷ 目标；指标越低越好时为 2 − 实际 ÷ 目标（不低于 0）。" },
  },
  SCORE: {
    area: "scoring",
    summary: { "zh-CN": "KPI 得分：即达成率，低于门槛记 0，且不超过封顶值。" },
  },
  BANDSCORE: {
    area: "scoring",
    summary: { "zh-CN": "按区间表评分：阶梯取值（取已达到的最高下限对应的分数），或插值（沿计分曲线）。" },
  },
  WEIGHTED: {
    area: "scoring",
    summary: { "zh-CN": "加权得分：对有得分的各项 KPI 计算 Σ 得分 × 权重 ÷ Σ 权重（空白的 KPI 不参与，其余各项重新分配权重）。" },
  },
  RATING: {
    area: "scoring",
    summary: { "zh-CN": "按最低分数线给得分评定等级。" },
  },
  SPLIT: {
    area: "targets",
    summary: { "zh-CN": "按权重分解总额，各部分之和恰好等于总额，可设上下限。" },
  },
  SEASONAL: {
    area: "targets",
    summary: { "zh-CN": "按季节性把总额分解到各期：各期在历史各年中所占比例的平均值。" },
  },
  RAMP: {
    area: "targets",
    summary: { "zh-CN": "新人爬坡目标：目标 × 爬坡表中其在岗期数对应的系数。" },
  },
  PRORATE: {
    area: "targets",
    summary: { "zh-CN": "按期间内的在岗天数折算金额（首尾两天均计入）。" },
  },
  FUNNEL: {
    area: "funnel",
    summary: { "zh-CN": "漏斗各阶段的转化率：逐级（各阶段 ÷ 上一阶段）或累计（÷ 首阶段）。" },
  },
  REVERSEFUNNEL: {
    area: "funnel",
    summary: { "zh-CN": "倒推漏斗：为达成目标，每个阶段需要多少商机。" },
  },
  VELOCITY: {
    area: "funnel",
    summary: { "zh-CN": "销售速度：日均收入 = 商机数 × 赢单率 × 客单价 ÷ 销售周期天数。" },
  },
  WEIGHTEDPIPELINE: {
    area: "funnel",
    summary: { "zh-CN": "加权商机金额：Σ 金额 × 赢单概率，概率可直接给出，也可按阶段查表。" },
  },
  COVERAGE: {
    area: "funnel",
    summary: { "zh-CN": "商机覆盖率：商机金额 ÷ 尚未完成的目标。" },
  },
  COMMISSION: {
    area: "commission",
    summary: { "zh-CN": "按阶梯费率表计算提成：超额累进（每段按所在档的费率，类似个税）或全额累进（全部金额按达到的最高档费率）。" },
  },
  DRAW: {
    area: "commission",
    summary: { "zh-CN": "保底提成下每期的发放额：保底预支的部分从后期收回，recoverable 为 FALSE 时不收回。" },
  },
  ABC: {
    area: "segments",
    summary: { "zh-CN": "按价值对客户或产品做帕累托（ABC）分级：贡献大部分总额的少数为 A，其次为 B，其余为 C。" },
  },
};

/** Every function, area by area in the order of FUNCTION_AREAS, and within an area in the order of functions.ts. */
export const FUNCTION_CATALOG: readonly KpiFunction[] = FUNCTION_AREAS.flatMap((area) =>
  FUNCTION_DOCS.filter((doc) => FUNCTION_NOTES[doc.name].area === area.id).map(
    (doc): KpiFunction => ({
      name: doc.name,
      area: area.id,
      parameters: doc.parameters,
      summary: { ...FUNCTION_NOTES[doc.name].summary, en: doc.summary },
      example: doc.example,
    }),
  ),
);

/** The functions of one area, in catalogue order. */
export function functionsIn(area: FunctionArea): readonly KpiFunction[] {
  return FUNCTION_CATALOG.filter((fn) => fn.area === area);
}
