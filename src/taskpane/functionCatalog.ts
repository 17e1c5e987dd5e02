import { type FunctionExample, signatureOf } from "../functions/docs";
import { FUNCTION_DOCS, type KpiFunctionName } from "../functions/docs.generated";
import type { Catalogue, Language } from "../i18n/languages";

/*
 * The pane's list of KPI.* functions. Names, parameters, English summaries and examples come from the
 * JSDoc of src/functions/functions.ts (through the generated docs.generated.ts); only what the JSDoc
 * cannot say is written here: each function's area, and its summary, result and parameters in the other
 * languages. `npm run docs:functions` also writes these words into functions-zh-CN.json, the metadata Excel's
 * function wizard reads in Chinese.
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

/** The JSDoc's words for one thing, in every other language. */
export type Translated<T> = Omit<Catalogue<T>, JsDocLanguage>;

/** The documentation functions.ts gives the function named N. */
type DocOf<N extends KpiFunctionName> = Extract<(typeof FUNCTION_DOCS)[number], { name: N }>;

/** The names of the parameters of the function named N, as functions.ts declares them. */
export type ParameterName<N extends KpiFunctionName> = DocOf<N>["parameters"][number]["name"];

/** A parameter in another language: the name Excel and the pane show, and what to give it. */
export interface ParameterText {
  name: string;
  description: string;
}

/**
 * What the pane adds to a function's JSDoc: its area, and in every language but the JSDoc's its summary,
 * what it returns, and each parameter's name and description (the same words go to Excel's function
 * wizard through the localized functions.json).
 */
export interface FunctionNotes<N extends KpiFunctionName = KpiFunctionName> {
  area: FunctionArea;
  summary: Translated<string>;
  returns: Translated<string>;
  parameters: { readonly [P in ParameterName<N>]: Translated<ParameterText> };
}

/** Notes for exactly the functions of functions.ts and exactly their parameters: one missing, or one too many, does not compile. */
export type FunctionNotesByName = { readonly [N in KpiFunctionName]: FunctionNotes<N> };

/** One parameter as the pane describes it. */
export interface KpiParameter {
  /** The name functions.ts gives it (English), which the formula never shows. */
  name: string;
  optional: boolean;
  /** Its name in each language. */
  label: Catalogue<string>;
  /** What to give it: the shape it takes and an example. */
  description: Catalogue<string>;
}

/** One KPI.* function as the pane describes it. */
export interface KpiFunction {
  /** The name after the KPI. namespace. */
  name: KpiFunctionName;
  area: FunctionArea;
  parameters: readonly KpiParameter[];
  /** What it does, in one line: the JSDoc's first sentence, or its translation. */
  summary: Catalogue<string>;
  /** What it returns; a fraction says so (1.2 is 120%). */
  returns: Catalogue<string>;
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

/** A parameter's Chinese name and description. */
const zh = (name: string, description: string): Translated<ParameterText> => ({ "zh-CN": { name, description } });

const ACTUAL = zh("实际值", "实际完成值：单个单元格（如 B2）或一列（如 B2:B20）。");
const DIRECTION = zh("方向", "\"higher\"（默认，越高越好）或 \"lower\"（越低越好，如成本、流失、客户投诉）；也可写“越高越好”“越低越好”。");

export const FUNCTION_NOTES: FunctionNotesByName = {
  ACHIEVEMENT: {
    area: "scoring",
    summary: { "zh-CN": "KPI 达成率：实际 ÷ 目标；指标越低越好时为 2 − 实际 ÷ 目标（不低于 0）。" },
    returns: { "zh-CN": "达成率，以小数表示：1.2 即 120%（将单元格设为百分比格式即可显示为百分比）；实际值或目标值为空时结果为空。" },
    parameters: {
      actual: ACTUAL,
      target: zh("目标值", "目标：单个单元格，或与实际值形状相同的区域（如 C2:C20）。目标为 0 时返回 #DIV/0!。"),
      direction: DIRECTION,
    },
  },
  SCORE: {
    area: "scoring",
    summary: { "zh-CN": "KPI 得分：即达成率，低于门槛记 0，且不超过封顶值。" },
    returns: { "zh-CN": "得分，以小数表示：1.2 即 120%（设为百分比格式即可显示为百分比）；实际值或目标值为空时结果为空。" },
    parameters: {
      actual: ACTUAL,
      target: zh("目标值", "目标：单个单元格，或与实际值形状相同的区域。"),
      threshold: zh("门槛", "开始计分的最低达成率，以小数表示：0.8 即 80%。默认 0。"),
      cap: zh("封顶", "得分上限，以小数表示：1.2 即 120%。默认不封顶。"),
      direction: DIRECTION,
    },
  },
  BANDSCORE: {
    area: "scoring",
    summary: { "zh-CN": "按区间表评分：阶梯取值（取已达到的最高下限对应的分数），或插值（沿计分曲线）。" },
    returns: { "zh-CN": "得分；低于第一个下限为 0，高于最后一个下限取最后一档的分数。" },
    parameters: {
      value: zh("数值", "要评分的数值（单元格或区域），例如达成率 0.95。"),
      bands: zh("区间表", "两列：下限和分数，按下限从小到大排列；可以是区域（如 F2:G4），也可以直接写成 {0.8,60;0.9,80;1,100}（逗号分列，分号分行）。"),
      interpolate: zh("插值", "TRUE 表示在各区间点之间按直线插值；默认 FALSE（阶梯取值）。"),
    },
  },
  WEIGHTED: {
    area: "scoring",
    summary: { "zh-CN": "加权得分：对有得分的各项 KPI 计算 Σ 得分 × 权重 ÷ Σ 权重（空白的 KPI 不参与，其余各项重新分配权重）。" },
    returns: { "zh-CN": "加权得分（对人员 × KPI 表，每人一个）。" },
    parameters: {
      scores: zh("得分", "各项 KPI 的得分：一行（如 {85,92,78}）、一列，或每人一行、每项 KPI 一列的表。"),
      weights: zh("权重", "每项 KPI 一个权重，如 {40,30,30} 或 {0.4,0.3,0.3}；权重为负时返回 #VALUE!。"),
    },
  },
  RATING: {
    area: "scoring",
    summary: { "zh-CN": "按最低分数线给得分评定等级。" },
    returns: { "zh-CN": "得分达到的最高分数线对应的等级；低于所有分数线时返回 #N/A。" },
    parameters: {
      score: zh("得分", "要评定的得分（单元格或区域）。"),
      scale: zh("等级表", "两列：最低分数和等级名称，顺序不限；可以是区域，也可以直接写成 {0,\"C\";0.8,\"B\";0.9,\"A\"}。"),
    },
  },
  SPLIT: {
    area: "targets",
    summary: { "zh-CN": "按权重分解总额，各部分之和恰好等于总额，可设上下限。" },
    returns: { "zh-CN": "分解后的各部分，形状与权重相同。无法满足上下限时返回 #NUM!，权重全为 0 时返回 #DIV/0!。" },
    parameters: {
      total: zh("总额", "要分解的总额，如团队的年度目标。"),
      weights: zh("权重", "每行一个权重，如 {1;1;1} 或一列人数；权重为空的行结果为空。"),
      decimals: zh("小数位数", "每部分保留的小数位数（默认 0）；总额在该精度下须为整数。"),
      minimums: zh("下限", "每行的下限：与权重形状相同的区域，或一个适用于每行的值；为空表示不设。"),
      maximums: zh("上限", "每行的上限：与权重形状相同的区域，或一个适用于每行的值；为空表示不设。"),
    },
  },
  SEASONAL: {
    area: "targets",
    summary: { "zh-CN": "按季节性把总额分解到各期：各期在历史各年中所占比例的平均值。" },
    returns: { "zh-CN": "每期一个值，排成一行（历史数据只有一列时排成一列）。" },
    parameters: {
      total: zh("总额", "要分解的总额，如年度目标。"),
      history: zh("历史数据", "过去的实际值：每年一行、每期一列，如三年的月度数据 B2:M4（只有一列时表示一年，各期自上而下）。有空白期的年份视为不完整，不参与计算。"),
      decimals: zh("小数位数", "每部分保留的小数位数（默认 0）；各部分之和恰好等于总额。"),
    },
  },
  RAMP: {
    area: "targets",
    summary: { "zh-CN": "新人爬坡目标：目标 × 爬坡表中其在岗期数对应的系数。" },
    returns: { "zh-CN": "爬坡后的目标。" },
    parameters: {
      target: zh("目标值", "完整目标（单元格或区域）。"),
      tenure: zh("在岗期数", "在岗的第几期，从 1 开始（单元格或区域）；小数部分舍去。"),
      schedule: zh("爬坡系数", "按在岗期数排列的系数，如 {0.25,0.5,0.75,1}；超过末期时按最后一个系数。"),
    },
  },
  PRORATE: {
    area: "targets",
    summary: { "zh-CN": "按期间内的在岗天数折算金额（首尾两天均计入）。" },
    returns: { "zh-CN": "金额 × 期间内在岗天数 ÷ 期间天数。" },
    parameters: {
      amount: zh("金额", "整个期间的金额（单元格或区域）。"),
      start: zh("到岗日", "在岗第一天，日期，如 DATE(2026,4,1)；期间开始前已在岗时留空（\"\"）。"),
      end: zh("离岗日", "在岗最后一天，日期；仍在岗时留空（\"\"）。"),
      periodStart: zh("期间开始", "期间的第一天。"),
      periodEnd: zh("期间结束", "期间的最后一天。"),
    },
  },
  FUNNEL: {
    area: "funnel",
    summary: { "zh-CN": "漏斗各阶段的转化率：逐级（各阶段 ÷ 上一阶段）或累计（÷ 首阶段）。" },
    returns: { "zh-CN": "转化率，以小数表示（0.3 即 30%），形状与各阶段数量相同；首阶段为 1。某阶段为 0 时，仅其下一格返回 #DIV/0!。" },
    parameters: {
      counts: zh("各阶段数量", "每个阶段的数量，自顶层起：一列（如 {1000;300;120}）或一个区域。"),
      cumulative: zh("累计", "TRUE 表示各阶段 ÷ 首阶段；默认 FALSE（逐级）。"),
    },
  },
  REVERSEFUNNEL: {
    area: "funnel",
    summary: { "zh-CN": "倒推漏斗：为达成目标，每个阶段需要多少商机。" },
    returns: { "zh-CN": "每个阶段所需的数量，自顶层起，向上取整；形状与转化率相同（多一格）。" },
    parameters: {
      target: zh("目标值", "需要赢单的数量；给出客单价时为收入目标。"),
      rates: zh("转化率", "自顶层起的逐级转化率，以小数表示：n 个阶段有 n − 1 个转化率，如 {0.1;0.35;0.5;0.4}。"),
      dealSize: zh("客单价", "平均每单金额；所需赢单数 = 目标 ÷ 客单价，向上取整。"),
    },
  },
  VELOCITY: {
    area: "funnel",
    summary: { "zh-CN": "销售速度：日均收入 = 商机数 × 赢单率 × 客单价 ÷ 销售周期天数。" },
    returns: { "zh-CN": "日均收入。" },
    parameters: {
      opportunities: zh("商机数", "进行中的商机数量。"),
      winRate: zh("赢单率", "赢单率，以小数表示：0.25 即 25%。"),
      dealSize: zh("客单价", "平均每单金额。"),
      cycleDays: zh("周期天数", "平均销售周期（天）。"),
    },
  },
  WEIGHTEDPIPELINE: {
    area: "funnel",
    summary: { "zh-CN": "加权商机金额：Σ 金额 × 赢单概率，概率可直接给出，也可按阶段查表。" },
    returns: { "zh-CN": "按赢单概率加权的商机金额。" },
    parameters: {
      amounts: zh("金额", "各商机的金额。"),
      probabilities: zh("赢单概率", "各商机的赢单概率，以小数表示（0.4 即 40%）；给出阶段概率表时为各商机的阶段名称。"),
      stageTable: zh("阶段概率表", "两列：阶段名称和赢单概率，如 {\"初步沟通\",0.1;\"方案报价\",0.4}。名称不区分大小写；未知阶段返回 #N/A。"),
    },
  },
  COVERAGE: {
    area: "funnel",
    summary: { "zh-CN": "商机覆盖率：商机金额 ÷ 尚未完成的目标。" },
    returns: { "zh-CN": "覆盖倍数（3 即剩余目标的 3 倍）。" },
    parameters: {
      pipeline: zh("商机金额", "进行中的商机金额（单元格或区域）。"),
      target: zh("目标值", "目标。"),
      achieved: zh("已完成", "已完成的金额（默认 0）。"),
    },
  },
  COMMISSION: {
    area: "commission",
    summary: { "zh-CN": "按阶梯费率表计算提成：超额累进（每段按所在档的费率，类似个税）或全额累进（全部金额按达到的最高档费率）。" },
    returns: { "zh-CN": "提成金额；低于第一档下限的金额不计提成。" },
    parameters: {
      amount: zh("金额", "销售金额（单元格或区域）。"),
      tiers: zh("费率表", "两列：下限和费率（以小数表示），按下限从小到大排列，如 {0,0.05;100000,0.06}：0 起 5%，100,000 起 6%。"),
      method: zh("计算方式", "\"marginal\"（默认，超额累进）或 \"retroactive\"（全额累进）；也可直接写“超额累进”“全额累进”。"),
    },
  },
  DRAW: {
    area: "commission",
    summary: { "zh-CN": "保底提成下每期的发放额：保底预支的部分从后期收回，recoverable 为 FALSE 时不收回。" },
    returns: { "zh-CN": "每期的发放额，形状与应得提成相同。" },
    parameters: {
      earned: zh("应得提成", "每期应得的提成（一列或一行）。"),
      draw: zh("保底额", "每期保证发放的最低金额。"),
      recoverable: zh("可收回", "TRUE（默认）：保底预支的部分从后期收回；FALSE：不结转。"),
    },
  },
  ABC: {
    area: "segments",
    summary: { "zh-CN": "按价值对客户或产品做帕累托（ABC）分级：贡献大部分总额的少数为 A，其次为 B，其余为 C。" },
    returns: { "zh-CN": "每个值的分级，形状与数值相同。" },
    parameters: {
      values: zh("数值", "每个客户的价值（一列或一行）；空白保持空白。"),
      cutoffs: zh("分界点", "累计占比的分界点，以从小到大的小数表示。默认 {0.8,0.95}：累计到总额 80% 为 A，到 95% 为 B。"),
      labels: zh("等级名称", "每级一个名称（比分界点多一个）。默认 {\"A\",\"B\",\"C\"}。"),
    },
  },
};

/** Every function, area by area in the order of FUNCTION_AREAS, and within an area in the order of functions.ts. */
export const FUNCTION_CATALOG: readonly KpiFunction[] = FUNCTION_AREAS.flatMap((area) =>
  FUNCTION_DOCS.filter((doc) => FUNCTION_NOTES[doc.name].area === area.id).map((doc): KpiFunction => {
    const notes: Omit<FunctionNotes, "parameters"> & { parameters: Readonly<Record<string, Translated<ParameterText>>> } = FUNCTION_NOTES[doc.name];
    const texts = notes.parameters;
    return {
      name: doc.name,
      area: area.id,
      parameters: doc.parameters.map((p) => ({
        name: p.name,
        optional: p.optional,
        label: { en: p.name, "zh-CN": texts[p.name]["zh-CN"].name },
        description: { en: p.description, "zh-CN": texts[p.name]["zh-CN"].description },
      })),
      summary: { ...notes.summary, en: doc.summary },
      returns: { ...notes.returns, en: doc.returns },
      example: doc.example,
    };
  }),
);

/**
 * The signature a user reads in a language, optional parameters in brackets.
 *
 * @example
 * signatureIn(FUNCTION_CATALOG.find((fn) => fn.name === "FUNNEL")!, "zh-CN") // => "KPI.FUNNEL(各阶段数量, [累计])"
 */
export function signatureIn(fn: KpiFunction, language: Language): string {
  return `KPI.${fn.name}(${fn.parameters.map((p) => (p.optional ? `[${p.label[language]}]` : p.label[language])).join(", ")})`;
}

/** The functions of one area, in catalogue order. */
export function functionsIn(area: FunctionArea): readonly KpiFunction[] {
  return FUNCTION_CATALOG.filter((fn) => fn.area === area);
}
