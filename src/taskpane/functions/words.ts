import type { Catalogue } from "../../i18n/languages";

/** The function list's own words: its arguments, results and the Insert button, in every language. */
export interface FunctionWords {
  /** How a table argument is typed into a formula. */
  notation: string;
  /** The heading over a function's arguments and result (a disclosure a person opens). */
  details: string;
  optional: string;
  returns: string;
  insert: string;
  /** The Insert button's name for a screen reader: what it writes where. */
  insertLabel(formula: string): string;
  inserting: string;
  inserted(formula: string, cell: string): string;
  /** The question before writing over a cell that holds something. */
  occupied(cell: string, holds: string, formula: string): string;
  replace: string;
  keep: string;
  kept(cell: string): string;
  /** Writing failed: the host's words. */
  failed(reason: string): string;
}

const en: FunctionWords = {
  notation:
    "An argument that is a table (bands, scale, tiers…) is a range of cells, or typed in the formula between braces: " +
    "commas separate columns and semicolons rows, so {0.8,60;0.9,80;1,100} is three rows of two columns. " +
    "Insert writes a function's example into the selected cell; change its arguments there.",
  details: "Arguments and result",
  optional: "optional",
  returns: "Returns",
  insert: "Insert",
  insertLabel: (formula) => `Insert ${formula} into the selected cell`,
  inserting: "Writing…",
  inserted: (formula, cell) =>
    `Wrote ${formula} in ${cell}. A result of several values fills the cells below or to the right; where they are not empty, Excel shows #SPILL!.`,
  occupied: (cell, holds, formula) => `${cell} holds ${holds}. Replace it with ${formula}?`,
  replace: "Replace",
  keep: "Keep it",
  kept: (cell) => `${cell} was left as it was.`,
  failed: (reason) => `The formula was not written: ${reason}.`,
};

const zh: FunctionWords = {
  notation:
    "表格类参数（区间表、等级表、费率表等）可以是单元格区域，也可以在公式中用大括号直接写出：逗号分列，分号分行，" +
    "例如 {0.8,60;0.9,80;1,100} 是三行两列。点击“插入”会把函数的示例写入所选单元格，再在单元格中修改参数即可。",
  details: "参数与结果",
  optional: "可选",
  returns: "返回",
  insert: "插入",
  insertLabel: (formula) => `将 ${formula} 插入所选单元格`,
  inserting: "正在写入…",
  inserted: (formula, cell) => `已将 ${formula} 写入 ${cell}。结果有多个值时会填充下方或右侧的单元格；这些单元格不为空时，Excel 显示 #SPILL!。`,
  occupied: (cell, holds, formula) => `${cell} 中已有 ${holds}。要替换为 ${formula} 吗？`,
  replace: "替换",
  keep: "保留",
  kept: (cell) => `${cell} 保持不变。`,
  failed: (reason) => `公式未写入：${reason}。`,
};

export const FUNCTION_WORDS: Catalogue<FunctionWords> = { en, "zh-CN": zh };
