/** The languages of the task pane. */
export type Language = "en" | "zh-CN";

export const LANGUAGES: readonly Language[] = ["en", "zh-CN"];

/** The words of the pane's shell, one catalogue per language. */
export interface Messages {
  title: string;
  intro: string;
  howTo: string;
  functionsHeading: string;
  example: string;
  /** What the language button shows: the name of the other language, in that language. */
  otherLanguageName: string;
  /** The button's tooltip, in the current language. */
  switchLanguage: string;
}

export const MESSAGES: Readonly<Record<Language, Messages>> = {
  en: {
    title: "KPI Toolkit",
    intro:
      "KPI Toolkit adds functions to Excel for sales targets and KPIs: score results against targets, split a " +
      "target across a team or the months of a year, read a sales funnel and work out commission. Each function " +
      "takes a single cell or a whole column, and every error says what is wrong and in which row.",
    howTo: "Type =KPI. in any cell to start. Percentages are fractions: 85% is 0.85.",
    functionsHeading: "Functions",
    example: "Example",
    otherLanguageName: "中文",
    switchLanguage: "Show this pane in Chinese",
  },
  "zh-CN": {
    title: "KPI 工具包",
    intro:
      "KPI 工具包为 Excel 添加了用于销售目标和 KPI 的函数：对照目标为结果打分，把目标分解到团队成员或各个月份，" +
      "分析销售漏斗，计算提成。每个函数既可用于单个单元格，也可用于整列；每个错误都会说明原因和所在行。",
    howTo: "在任意单元格中输入 =KPI. 即可开始。百分比以小数表示：85% 即 0.85。",
    functionsHeading: "函数",
    example: "示例",
    otherLanguageName: "English",
    switchLanguage: "以英文显示此窗格",
  },
};

/**
 * Chooses the pane's language from the first known language tag, e.g. Office's display language and
 * then the browser's: any Chinese tag gives zh-CN (the only Chinese catalogue), anything else English.
 */
export function pickLanguage(...tags: readonly (string | null | undefined)[]): Language {
  const tag = tags.find((candidate): candidate is string => typeof candidate === "string" && candidate.trim() !== "");
  return tag !== undefined && /^zh\b/i.test(tag.trim()) ? "zh-CN" : "en";
}
