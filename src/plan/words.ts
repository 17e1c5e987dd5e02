import type { z } from "zod";
import type { Catalogue, Language } from "../i18n/languages";

/**
 * The words of every plan error the plan's own schemas write (zod's built-in ones come from zod's own
 * locale; see parsePlan), in English and Simplified Chinese. A schema writes the English text
 * (`PLAN_TEXT.en.nonNegative()`, or `planIssue` for a custom issue with values in it); parsePlan and the
 * pane then say it in the plan's language: a fixed text is found again by its English words, a text with
 * values by the key and values the issue carries.
 */
interface PlanWords {
  isoDate(): string;
  nonNegative(): string;
  currencyCode(): string;
  ratePositive(): string;
  reportingNeeded(): string;
  version(version: number): string;
  notCalendarDay(): string;
  activityTypeName(): string;
  needsTier(): string;
  probabilityMax(): string;
  fewStages(): string;
  wonLast(): string;
  prizesMax(): string;
  wholeNumber(): string;
  oneOrMore(): string;
  placesMax(): string;
  monthsMax(): string;
  bracketsMax(): string;
  bracketsRise(): string;
  bracketsWhole(): string;
  bracketsNeeded(): string;
  direction(): string;
  kpiName(): string;
  weightsZero(): string;
  weightColumn(): string;
  pairsNotScores(): string;
  capBelow(cap: number, threshold: number): string;
  duplicateLabel(label: string, first: string): string;
  duplicateKpi(name: string, first: string): string;
  duplicateQuota(type: string, first: string): string;
  startAfterEnd(start: string, end: string): string;
}

export type PlanWord = keyof PlanWords;

export const PLAN_TEXT: Catalogue<PlanWords> = {
  en: {
    isoDate: () => "expected a date written as YYYY-MM-DD",
    nonNegative: () => "must be 0 or more",
    currencyCode: () => "expected an ISO currency code in capitals, such as USD or CNY",
    ratePositive: () => "a rate must be above 0",
    reportingNeeded: () => 'rates are given, so name the currency they convert to (reporting), such as "CNY"',
    version: (version) => `this tool reads plan version ${version}`,
    notCalendarDay: () => "is not a day of the calendar",
    activityTypeName: () => "name the activity type (calls, visits, 电话, 拜访…)",
    needsTier: () => "a product line needs at least one tier",
    probabilityMax: () => "a probability is at most 1 (100%)",
    fewStages: () => "a funnel needs at least two stages that are not lost or excluded",
    wonLast: () => "the won stage must be the last stage of the funnel",
    prizesMax: () => "at most 50 prizes",
    wholeNumber: () => "must be a whole number",
    oneOrMore: () => "must be 1 or more",
    placesMax: () => "must be 50 or less",
    monthsMax: () => "must be 240 or less",
    bracketsMax: () => "at most 20 brackets",
    bracketsRise: () => "lower bounds must rise: each one above the one before",
    bracketsWhole: () => "tenure brackets are whole months",
    bracketsNeeded: () => "grouping by target size needs the brackets' lower bounds, such as [0, 500000, 1000000]",
    direction: () => 'expected "higher" or "lower" (越高越好 or 越低越好)',
    kpiName: () => "a KPI needs a name",
    weightsZero: () => "the KPI weights add up to 0",
    weightColumn: () => 'weighting "column" needs weightColumn, the header of the weights column',
    pairsNotScores: () => "pairs are a KPI sheet's target and actual columns: only sources.scores takes them",
    capBelow: (cap, threshold) => `cap ${cap} is below threshold ${threshold}`,
    duplicateLabel: (label, first) => `"${label}" is already the label of ${first}; give each one its own label`,
    duplicateKpi: (name, first) => `"${name}" is already the name of ${first}; give each KPI one entry`,
    duplicateQuota: (type, first) => `"${type}" has a quota already (${first}); give each type one quota`,
    startAfterEnd: (start, end) => `start ${start} is after end ${end}`,
  },
  "zh-CN": {
    isoDate: () => "应为 YYYY-MM-DD 格式的日期",
    nonNegative: () => "须为 0 或以上",
    currencyCode: () => "应为大写的 ISO 货币代码，例如 USD 或 CNY",
    ratePositive: () => "汇率须大于 0",
    reportingNeeded: () => "已给出汇率，请用 reporting 指明换算成哪种货币，例如“CNY”",
    version: (version) => `本工具读取第 ${version} 版方案`,
    notCalendarDay: () => "不是日历上存在的日期",
    activityTypeName: () => "请填写活动类型（电话、拜访、calls、visits…）",
    needsTier: () => "每条产品线至少需要一档提成",
    probabilityMax: () => "概率最多为 1（100%）",
    fewStages: () => "漏斗至少需要两个既非输单也非排除的阶段",
    wonLast: () => "赢单阶段必须是漏斗的最后一个阶段",
    prizesMax: () => "最多 50 个奖项",
    wholeNumber: () => "须为整数",
    oneOrMore: () => "须为 1 或以上",
    placesMax: () => "最多为 50",
    monthsMax: () => "最多为 240",
    bracketsMax: () => "最多 20 个分组",
    bracketsRise: () => "各分组的下限须逐个递增",
    bracketsWhole: () => "司龄分组须为整月数",
    bracketsNeeded: () => "按目标规模分组需要给出各组的下限，例如 [0, 500000, 1000000]",
    direction: () => "应为“higher”或“lower”（越高越好或越低越好）",
    kpiName: () => "指标需要名称",
    weightsZero: () => "各指标的权重之和为 0",
    weightColumn: () => "权重方式为“column”时需要 weightColumn，即权重列的表头",
    pairsNotScores: () => "pairs 是考核表中指标的目标列和实际列：只能写在 sources.scores 下",
    capBelow: (cap, threshold) => `上限 ${cap} 低于门槛 ${threshold}`,
    duplicateLabel: (label, first) => `“${label}”已是 ${first} 的名称；每一项请使用不同的名称`,
    duplicateKpi: (name, first) => `“${name}”已是 ${first} 的名称；每个指标只写一项`,
    duplicateQuota: (type, first) => `“${type}”已有定额（${first}）；每种类型只写一个定额`,
    startAfterEnd: (start, end) => `开始日期 ${start} 晚于结束日期 ${end}`,
  },
};

/** What a custom issue carries so that its words can be said again in another language. */
interface Said {
  planWord: PlanWord;
  args: readonly (string | number)[];
}

/**
 * Adds a custom issue worded by the catalogue: the English text as zod's message, the key and values
 * for the other languages.
 *
 * @example
 * planIssue(ctx, ["kpis", 1, "cap"], "capBelow", 0.5, 1) // "cap 0.5 is below threshold 1" / "上限 0.5 低于门槛 1"
 */
export function planIssue<W extends PlanWord>(ctx: z.RefinementCtx, path: readonly PropertyKey[], word: W, ...args: Parameters<PlanWords[W]>): void {
  const say = PLAN_TEXT.en[word] as (...a: readonly unknown[]) => string;
  const params: Said = { planWord: word, args: args as readonly (string | number)[] };
  ctx.addIssue({ code: "custom", path: [...path] as (string | number)[], message: say(...args), params });
}

/** The catalogue's texts with no values, by their English words. */
const FIXED = new Map<string, PlanWord>(
  (Object.keys(PLAN_TEXT.en) as PlanWord[]).filter((w) => PLAN_TEXT.en[w].length === 0).map((w) => [(PLAN_TEXT.en[w] as () => string)(), w]),
);

/**
 * An issue's message in `language` when the catalogue wrote it (a custom issue from `planIssue`, or a
 * fixed text a schema gave); null for zod's own messages.
 */
export function planIssueText(issue: z.core.$ZodIssue, language: Language): string | null {
  const said = issue.code === "custom" ? (issue.params as Partial<Said> | undefined) : undefined;
  if (said?.planWord !== undefined && said.planWord in PLAN_TEXT.en) {
    return (PLAN_TEXT[language][said.planWord] as (...a: readonly unknown[]) => string)(...(said.args ?? []));
  }
  if (issue.code === "invalid_value" && issue.path.length === 1 && issue.path[0] === "version") return PLAN_TEXT[language].version(Number(issue.values[0]));
  const fixed = FIXED.get(issue.message);
  return fixed === undefined ? null : (PLAN_TEXT[language][fixed] as () => string)();
}
