/**
 * Every message the dataset reader (readDataset.ts) gives, in English and Simplified Chinese side by
 * side. Each entry is a function of what the message names; the reader picks the language's set and
 * never writes a sentence itself, so the two versions cannot drift apart.
 */

import type { Catalogue, Language } from "../i18n/languages";

/** The languages a read can report in: all of them. */
export type ReadLanguage = Language;

/** The words of one language's read messages. */
export interface ReadMessages {
  /** A quoted cell text: `"abc"` or `“abc”`. */
  quote(text: string): string;
  /** `Sheet "Deals"`. */
  sheet(sheet: string): string;
  /** `Sheet "Deals" (table "Pipeline")`. */
  sheetTable(sheet: string, table: string): string;
  /** `Sheet "Deals", row 17`. */
  row(sheet: string, row: number): string;
  /** `Sheet "Deals", row 17, column D (Amount)`. */
  cell(sheet: string, row: number, column: string, header: string): string;
  /** A problem or warning after the place it is about. */
  at(place: string, message: string): string;
  /** `"abc" is not a number`: `value` is already quoted. */
  notNumber(value: string): string;
  notDate(value: string): string;
  notYear(value: string): string;
  notMonth(value: string): string;
  notShare(value: string): string;
  cellError(error: string): string;
  requiredBlank(): string;
  unknownStage(stage: string, stages: readonly string[]): string;
  unknownStatus(status: string): string;
  listedTwice(name: string, firstRow: number): string;
  kpiTwice(name: string, kpi: string, firstRow: number): string;
  totalRow(label: string): string;
  noRequired(headers: readonly string[]): string;
  unknownRole(role: string, dataset: string, roles: readonly string[]): string;
  emptySheet(place: string, required: readonly string[]): string;
  /** A missing column the plan named by its header. */
  planColumn(header: string, role: string): string;
  /** A missing column known by its usual headers: `words` in the order the catalogue of synonyms gives them. */
  usualColumn(words: readonly string[]): string;
  missingColumns(place: string, wanted: readonly string[], searched: number, row: number, found: readonly string[]): string;
  /** The line a failed read ends with when it found more problems than it lists. */
  more(count: number): string;
  /** The usual name of a column, from its synonyms. */
  label(words: readonly string[]): string;
  /** A weight or direction cell that does not read as one. */
  notWeight(value: string): string;
  notDirection(value: string): string;
  /** A directions row that says otherwise than a hint in the KPI's header. */
  directionConflict(kpi: string, header: string): string;
  /** A row without a label whose every number is its column's sum over the rows above. */
  sumRow(): string;
  /** A person's row of a wide sheet with no target or actual for any KPI. */
  noValues(name: string): string;
  /** A weights or directions row with two different values under one KPI's target and actual. */
  twoSettings(first: string, second: string): string;
  /** How a wide KPI sheet was read: `pairs` as `销售额 (C/D)`. */
  wideLayout(place: string, pairs: readonly string[], headerRows: number): string;
  /** Headers that look like half of a KPI's target/actual pair, without the other half. */
  unpaired(headers: readonly string[]): string;
  /** Columns of a wide sheet that are no KPI pair, no person, no team, no weight: left unread. */
  unreadColumns(headers: readonly string[]): string;
  /** Added to the missing-columns message of a KPI sheet: the wide layout, and what of it was found. */
  wideHint(unpaired: readonly string[]): string;
}

/** "A, B or C". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** "A、B或C". */
function orListZh(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join("、")}或${items[items.length - 1]}`;
}

const HAN = /[\u3400-\u9fff]/;

/** Chinese synonyms first, so a Chinese message suggests the headers a Chinese user would write. */
function chineseFirst(words: readonly string[]): string[] {
  return [...words.filter((w) => HAN.test(w)), ...words.filter((w) => !HAN.test(w))];
}

const en: ReadMessages = {
  quote: (text) => JSON.stringify(text),
  sheet: (sheet) => `Sheet "${sheet}"`,
  sheetTable: (sheet, table) => `Sheet "${sheet}" (table "${table}")`,
  row: (sheet, row) => `Sheet "${sheet}", row ${row}`,
  cell: (sheet, row, column, header) => `Sheet "${sheet}", row ${row}, column ${column} (${header})`,
  at: (place, message) => `${place}: ${message}`,
  notNumber: (value) => `${value} is not a number`,
  notDate: (value) => `${value} is not a date (write dates like 2026-04-01)`,
  notYear: (value) => `${value} is not a year`,
  notMonth: (value) => `${value} is not a month (1 to 12)`,
  notShare: (value) => `${value} is not a share between 0 and 100%`,
  cellError: (error) => `the cell shows the error ${error}`,
  requiredBlank: () => "blank, but every row needs one",
  unknownStage: (stage, stages) => `"${stage}" is not a stage of the plan (${stages.join(", ")})`,
  unknownStatus: (status) => `"${status}" is not a status (won, lost or open)`,
  listedTwice: (name, firstRow) => `"${name}" is listed twice (also row ${firstRow})`,
  kpiTwice: (name, kpi, firstRow) => `"${name}" has the KPI "${kpi}" twice (also row ${firstRow})`,
  totalRow: (label) => `left out the total row ("${label}")`,
  noRequired: (headers) => `left out, it has no ${orList(headers)}`,
  unknownRole: (role, dataset, roles) => `The plan names a column for "${role}", but ${dataset} has no such column (it has ${roles.join(", ")})`,
  emptySheet: (place, required) => `${place} is empty: expected columns ${required.join(", ")}`,
  planColumn: (header, role) => `"${header}" (the plan's column for ${role})`,
  usualColumn: (words) => `${words[0]} (a header such as ${words.slice(0, 5).join(", ")})`,
  missingColumns: (place, wanted, searched, row, found) =>
    `${place}: missing column${wanted.length === 1 ? "" : "s"} ${wanted.join("; ")}. Of the first ${searched} rows, row ${row} comes closest to a header row: ${found.map((h) => JSON.stringify(h)).join(", ") || "(no headers)"}`,
  more: (count) => `...and ${count} more problem${count === 1 ? "" : "s"}`,
  label: (words) => words[0],
  notWeight: (value) => `${value} is not a weight (a number such as 40 or 40%)`,
  notDirection: (value) => `${value} is not a direction (higher or lower is better; 越高越好 or 越低越好)`,
  directionConflict: (kpi, header) => `the direction of "${kpi}" here is not the one its header ${JSON.stringify(header)} gives; this row's is used`,
  sumRow: () => "left out: a row without a name whose every number is the total of the rows above",
  noValues: (name) => `left out ${JSON.stringify(name)}: no target or actual for any KPI`,
  twoSettings: (first, second) => `${second} differs from ${first} beside it, under the same KPI: give the KPI one value`,
  wideLayout: (place, pairs, headerRows) =>
    `${place}: read as one row per person with a target and an actual column per KPI${headerRows === 2 ? " (KPI names in the row above Target/Actual)" : ""}: ${pairs.join(", ")}`,
  unpaired: (headers) => `left out ${headers.map((h) => JSON.stringify(h)).join(", ")}: a KPI needs both a target and an actual column, and ${headers.length === 1 ? "this has" : "these have"} no partner`,
  unreadColumns: (headers) => `not read as KPIs (no target/actual pair): ${headers.map((h) => JSON.stringify(h)).join(", ")}`,
  wideHint: (unpaired) =>
    `. A sheet with one row per person needs a target and an actual column for each KPI, headed such as "Revenue Target" and "Revenue Actual" or 销售额目标 and 销售额实际${unpaired.length > 0 ? `; these have only one half: ${unpaired.map((h) => JSON.stringify(h)).join(", ")}` : ""}`,
};

const zhCN: ReadMessages = {
  quote: (text) => `“${text}”`,
  sheet: (sheet) => `工作表“${sheet}”`,
  sheetTable: (sheet, table) => `工作表“${sheet}”（表格“${table}”）`,
  row: (sheet, row) => `工作表“${sheet}”第${row}行`,
  cell: (sheet, row, column, header) => `工作表“${sheet}”第${row}行${column}列（${header}）`,
  at: (place, message) => `${place}：${message}`,
  notNumber: (value) => `${value}不是数字`,
  notDate: (value) => `${value}不是日期（日期请写成 2026-04-01 这样的格式）`,
  notYear: (value) => `${value}不是年份`,
  notMonth: (value) => `${value}不是月份（1 到 12）`,
  notShare: (value) => `${value}不是 0 到 100% 之间的分配比例`,
  cellError: (error) => `单元格显示错误 ${error}`,
  requiredBlank: () => "为空，但每一行都必须填写",
  unknownStage: (stage, stages) => `“${stage}”不是计划中的阶段（${stages.join("、")}）`,
  unknownStatus: (status) => `“${status}”不是有效的状态（赢单、输单或进行中）`,
  listedTwice: (name, firstRow) => `“${name}”重复出现（另见第${firstRow}行）`,
  kpiTwice: (name, kpi, firstRow) => `“${name}”的指标“${kpi}”重复出现（另见第${firstRow}行）`,
  totalRow: (label) => `已略过合计行（“${label}”）`,
  noRequired: (headers) => `已略过，该行没有${orListZh(headers)}`,
  unknownRole: (role, dataset, roles) => `计划为“${role}”指定了列，但 ${dataset} 没有这一列（可用的有 ${roles.join("、")}）`,
  emptySheet: (place, required) => `${place}是空的，应有以下列：${required.join("、")}`,
  planColumn: (header, role) => `“${header}”（计划为 ${role} 指定的列）`,
  usualColumn: (words) => {
    const ordered = chineseFirst(words);
    return `${ordered[0]}（表头可写作 ${ordered.slice(0, 5).join("、")}）`;
  },
  missingColumns: (place, wanted, searched, row, found) =>
    `${place}：缺少列 ${wanted.join("；")}。前${searched}行中，第${row}行最像表头行：${found.map((h) => `“${h}”`).join("、") || "（没有表头）"}`,
  more: (count) => `……另有 ${count} 个问题`,
  label: (words) => chineseFirst(words)[0],
  notWeight: (value) => `${value}不是权重（应为 40 或 40% 这样的数字）`,
  notDirection: (value) => `${value}不是指标方向（越高越好或越低越好）`,
  directionConflict: (kpi, header) => `此处“${kpi}”的方向与表头“${header}”所示不同，采用本行的方向`,
  sumRow: () => "已略过：该行没有姓名，且每个数字都等于上方各行之和（视为合计行）",
  noValues: (name) => `已略过“${name}”：没有任何指标的目标或实际`,
  twoSettings: (first, second) => `${second}与旁边的${first}不同，二者属于同一项指标：每项指标只能有一个值`,
  wideLayout: (place, pairs, headerRows) =>
    `${place}：按“每人一行、每项指标一对目标/实际列”读取${headerRows === 2 ? "（指标名称在目标/实际的上一行）" : ""}：${pairs.join("、")}`,
  unpaired: (headers) => `已略过${headers.map((h) => `“${h}”`).join("、")}：每项指标需要一列目标和一列实际，这些列缺少与之配对的另一列`,
  unreadColumns: (headers) => `以下列没有目标/实际配对，未作为指标读取：${headers.map((h) => `“${h}”`).join("、")}`,
  wideHint: (unpaired) =>
    `。每人一行的考核表需要每项指标各有一列目标和一列实际，表头如“销售额目标”和“销售额实际”或 Revenue Target 和 Revenue Actual${unpaired.length > 0 ? `；以下列只有其中一半：${unpaired.map((h) => `“${h}”`).join("、")}` : ""}`,
};

/**
 * The read messages by language.
 *
 * @example
 * READ_MESSAGES["zh-CN"].at(READ_MESSAGES["zh-CN"].cell("Deals", 17, "D", "金额"), READ_MESSAGES["zh-CN"].notNumber("“abc”"))
 * // => "工作表“Deals”第17行D列（金额）：“abc”不是数字"
 */
export const READ_MESSAGES: Catalogue<ReadMessages> = { en, "zh-CN": zhCN };
