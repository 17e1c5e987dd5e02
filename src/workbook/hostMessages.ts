/**
 * Every sentence the Office host (office.ts, officeRead.ts, officeWrite.ts) says to the person using
 * the pane, in English and Simplified Chinese side by side. Each entry is a function of what the
 * message names; the host picks the language's set per call and never writes a sentence itself, so the
 * two versions cannot drift apart.
 */

import type { Catalogue, Language } from "../i18n/languages";

/** The languages the host can speak: all of them; the pane passes its own with every call. */
export type HostLanguage = Language;

/** What every WorkbookHost call may be told. */
export interface HostCallOptions {
  /** The language of the errors the call throws (default English). */
  language?: HostLanguage;
}

/** The words of one language. */
export interface HostMessages {
  /** The pane was opened outside Excel: there is no workbook to work on. */
  notInExcel: string;
  /** This Excel lacks requirement sets the add-in cannot do without. */
  lacks(sets: readonly string[]): string;
  noTable(table: string): string;
  noSheet(sheet: string): string;
  /**
   * A range Excel reports as far larger than the values in it (one stray value far away): `area` the
   * range, `read` the cells read before stopping, `present` how many of them held a value.
   */
  sparseRange(sheet: string, area: string, read: number, present: number): string;
  /** The selection is a chart, a shape or several areas. */
  notABlock: string;
  /** The saved plan is not JSON: `detail` is the parser's words. */
  planNotJson(detail: string): string;
  planNotSaved(detail: string): string;
  /** Writing a formula into the selected cell: a chart or shape is selected, not cells. */
  selectACell: string;
  /** Writing a formula into `cell` (or the selected cell when null) failed: `detail` is Excel's words. */
  insertFailed(cell: string | null, detail: string): string;
  /** The pane's draft or build dates could not be kept in the workbook. */
  settingNotSaved(detail: string): string;

  // A build, stage by stage: what it was doing when it failed.
  starting: string;
  listing: string;
  lookingForMarks: string;
  creating: string;
  /** The cell blocks of one chunk: rows `first`-`last` (1-based, inclusive) of a sheet. */
  writing(blocks: readonly { first: number; last: number; sheet: string }[]): string;
  finishing: string;
  removingReplaced: string;

  // How a build ended.
  cancelled: string;
  /** The builder made a sheet Excel cannot hold, found before anything is written: a bug of the add-in, `detail` is for the bug report. */
  badSpec(detail: string): string;
  /** What went wrong: the stage the build was in and what Excel answered; the pane puts "The build failed:" before it. */
  failedWhile(stage: string, answer: string): string;
  /** The new sheets are written but removing the replaced ones failed: they are kept under `aside` names. */
  keptAside(reason: string, aside: readonly string[]): string;
  /** Undoing the build failed too: the partial sheets must be deleted by hand. */
  rollbackFailed(reason: string, answer: string, sheets: readonly string[]): string;
  /** The build was undone; `removed` when it had created sheets that are now gone. */
  undone(reason: string, removed: boolean): string;
}

const rows = (first: number, last: number): string => `${first.toLocaleString("en")}-${last.toLocaleString("en")}`;

const EN: HostMessages = {
  notInExcel: "Excel is not available: open the pane inside Excel",
  lacks: (sets) => `this version of Excel lacks ${sets.join(", ")}, which the add-in needs; update Office or use Excel on the web`,
  noTable: (table) => `there is no table named "${table}" in this workbook`,
  noSheet: (sheet) => `there is no sheet named "${sheet}" in this workbook`,
  sparseRange: (sheet, area, read, present) =>
    `sheet "${sheet}": Excel says its data reaches over ${area}, but the first ${read.toLocaleString("en-US")} cells read hold only ${present.toLocaleString("en-US")} values, so the add-in stopped reading. Something far from the data stretches the range (a stray value, often at its last cell ${area.split(":").pop()}): delete it, or put the data in an Excel table and choose the table`,
  notABlock: "select a block of cells (not a chart, a shape or several areas) and try again",
  planNotJson: (detail) => `the plan saved in this workbook is not valid JSON (${detail}); build once to save a new one`,
  planNotSaved: (detail) => `the plan could not be saved in the workbook: ${detail}`,
  selectACell: "select a cell for the formula (not a chart or a shape) and try again",
  insertFailed: (cell, detail) => `the formula could not be written into ${cell ?? "the selected cell"}: ${detail}. If the sheet is protected, unprotect it or choose a cell on another sheet`,
  settingNotSaved: (detail) => `the pane's settings could not be saved in the workbook: ${detail}`,

  starting: "starting",
  listing: "listing the workbook's sheets",
  lookingForMarks: "looking for the sheets the add-in made",
  creating: "creating the sheets",
  writing: (blocks) => `writing ${blocks.map((b) => `rows ${rows(b.first, b.last)} of sheet "${b.sheet}"`).join(", ")}`,
  finishing: "adding merges, tables, highlighting, lists and charts",
  removingReplaced: "removing the sheets this build replaced",

  cancelled: "the build was cancelled",
  badSpec: (detail) => `the add-in made a sheet Excel cannot hold, which is a bug in KPI Toolkit; nothing was written. Please report it with this detail: ${detail}`,
  failedWhile: (stage, answer) => `while ${stage}, Excel answered: ${answer}`,
  keptAside: (reason, aside) =>
    `${reason}. The new sheets are complete; the old ones are kept as ${aside.map((n) => `"${n}"`).join(", ")}: delete them when you no longer need them`,
  rollbackFailed: (reason, answer, sheets) => `${reason}. Removing the partial sheets failed too (${answer}): delete ${sheets.map((n) => `"${n}"`).join(", ")} by hand`,
  undone: (reason, removed) => `${reason}.${removed ? " The sheets it had started were removed and the workbook is as it was." : ""}`,
};

const ZH: HostMessages = {
  notInExcel: "无法连接 Excel：请在 Excel 中打开此任务窗格",
  lacks: (sets) => `此版本的 Excel 缺少加载项所需的 ${sets.join("、")}，请更新 Office 或使用 Excel 网页版`,
  noTable: (table) => `此工作簿中没有名为“${table}”的表格`,
  noSheet: (sheet) => `此工作簿中没有名为“${sheet}”的工作表`,
  sparseRange: (sheet, area, read, present) =>
    `工作表“${sheet}”：Excel 报告其数据范围为 ${area}，但已读取的前 ${read.toLocaleString("en-US")} 个单元格中只有 ${present.toLocaleString("en-US")} 个有值，加载项已停止读取。远离数据的内容撑大了范围（常见的是末尾单元格 ${area.split(":").pop()} 中的零星值）：请删除它，或把数据放进 Excel 表格并选择该表格`,
  notABlock: "请选择一块单元格区域（不是图表、形状或多个区域）后重试",
  planNotJson: (detail) => `此工作簿中保存的方案不是有效的 JSON（${detail}）；生成一次即可保存新的方案`,
  planNotSaved: (detail) => `无法将方案保存到工作簿中：${detail}`,
  selectACell: "请选择一个单元格放置公式（不是图表或形状）后重试",
  insertFailed: (cell, detail) => `无法将公式写入${cell ?? "所选单元格"}：${detail}。如果工作表受保护，请先撤销保护，或选择其他工作表中的单元格`,
  settingNotSaved: (detail) => `无法将窗格的设置保存到工作簿中：${detail}`,

  starting: "开始生成",
  listing: "读取工作簿中的工作表",
  lookingForMarks: "查找本加载项创建的工作表",
  creating: "创建工作表",
  writing: (blocks) => `写入${blocks.map((b) => `工作表“${b.sheet}”的第 ${rows(b.first, b.last)} 行`).join("、")}`,
  finishing: "添加合并单元格、表格、突出显示、下拉列表和图表",
  removingReplaced: "删除本次生成替换掉的工作表",

  cancelled: "已取消生成",
  badSpec: (detail) => `加载项生成了 Excel 无法容纳的工作表，这是 KPI Toolkit 的缺陷，未写入任何内容。请附上以下详情反馈：${detail}`,
  failedWhile: (stage, answer) => `${stage}时，Excel 返回：${answer}`,
  keptAside: (reason, aside) => `${reason}。新工作表已全部写好，旧工作表保留为${aside.map((n) => `“${n}”`).join("、")}，不再需要时请删除。`,
  rollbackFailed: (reason, answer, sheets) => `${reason}。删除未完成的工作表也失败了（${answer}），请手动删除${sheets.map((n) => `“${n}”`).join("、")}。`,
  undone: (reason, removed) => `${reason}。${removed ? "已删除本次生成创建的工作表，工作簿已恢复原状。" : ""}`,
};

/**
 * The host's messages by language.
 *
 * @example
 * HOST_MESSAGES["zh-CN"].failedWhile(HOST_MESSAGES["zh-CN"].creating, "GeneralException") // => "创建工作表时，Excel 返回：GeneralException"
 */
export const HOST_MESSAGES: Catalogue<HostMessages> = { en: EN, "zh-CN": ZH };
