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
  language: Language;
  /** `Sheet "Deals", column C (Stage)`. */
  column(sheet: string, column: string, header: string): string;
  /** A deal whose stage says won or lost while its status column says the other. */
  outcomeConflict(stage: string, status: string): string;
  wonBlankAmount(): string;
  datesMixed(mdy: string, mdyRow: number, dmy: string, dmyRow: number): string;
  datesAmbiguous(example: string, row: number): string;
  /** The known pipeline the stages were read against, its steps with their probabilities. */
  pipelineChosen(place: string, pipeline: string, steps: readonly string[]): string;
  /** A per-deal probability outside 0 to 100%. */
  probabilityOutOfRange(value: string): string;
  unknownStageRows(value: string, rows: readonly number[], suggestion: string | null, stages: readonly string[]): string;
  unknownStatusRows(value: string, rows: readonly number[]): string;
  excludedRows(value: string, rows: readonly number[]): string;
  lostReadAsOther(value: string, rows: readonly number[]): string;
  lostAtFirstStage(rows: readonly number[], first: string, column: string | null): string;
  blankAmounts(rows: readonly number[]): string;
  noStageMatches(values: readonly { value: string; count: number }[], stages: readonly string[], planLines: readonly string[]): string;
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
}

/** "rows 5, 9, 12" (the first ten, then how many more). */
function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).join(", ");
  return rows.length === 1 ? `row ${shown}` : `rows ${shown}${rows.length > 10 ? ` and ${rows.length - 10} more` : ""}`;
}

/** "第5、9、12行". */
function rowListZh(rows: readonly number[]): string {
  return `第${rows.slice(0, 10).join("、")}行${rows.length > 10 ? `等（另有 ${rows.length - 10} 行）` : ""}`;
}

/** "3 rows". */
function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
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
  language: "en",
  column: (sheet, column, header) => `Sheet "${sheet}", column ${column} (${header})`,
  outcomeConflict: (stage, status) => `the stage "${stage}" and the status "${status}" say different things; correct one of them`,
  wonBlankAmount: () => "blank, but a won deal needs its amount",
  datesMixed: (mdy, mdyRow, dmy, dmyRow) =>
    `the dates mix month first ("${mdy}", row ${mdyRow}) and day first ("${dmy}", row ${dmyRow}); write them one way, or as 2026-03-31`,
  datesAmbiguous: (example, row) =>
    `dates such as "${example}" (row ${row}) could be month first or day first, and no date on the sheet settles it; write them as 2026-03-31`,
  pipelineChosen: (place, pipeline, steps) =>
    `${place}: the stages were read as ${pipeline}: ${steps.join(" → ")}. The weighted pipeline uses these probabilities and no deal is checked for being stuck; to change them, list the stages in the plan (funnel.stages)`,
  probabilityOutOfRange: (value) => `${value} is not a probability: write one from 0 to 100 (%) or from 0 to 1`,
  unknownStageRows: (value, rows, suggestion, stages) =>
    `"${value}" (${count(rows.length, "row")}: ${rowList(rows)}) is not a stage of the funnel (${stages.join(", ")})${suggestion ? `; did you mean ${suggestion}?` : ""} Those deals are left out`,
  unknownStatusRows: (value, rows) => `"${value}" (${count(rows.length, "row")}: ${rowList(rows)}) is not a status (won, lost or open); those deals are left out`,
  excludedRows: (value, rows) => `${count(rows.length, "deal")} marked "${value}" (${rowList(rows)}) left out of the funnel`,
  lostReadAsOther: (value, rows) =>
    `"${value}" means lost, but the plan reads it as a stage or status that is not lost, so ${count(rows.length, "deal")} (${rowList(rows)}) ${rows.length === 1 ? "is" : "are"} not counted as lost; give that stage "outcome": "lost" to count them as lost`,
  lostAtFirstStage: (rows, first, column) =>
    `${count(rows.length, "lost deal")} (${rowList(rows)}) ${rows.length === 1 ? "does not say at which stage it was" : "do not say at which stage they were"} lost${column ? ` (the column "${column}" is blank or names no stage)` : " (no column such as Lost at stage or 输单阶段)"}, so each counts as lost at the first stage, ${first}`,
  blankAmounts: (rows) => `${count(rows.length, "open or lost deal")} without an amount (${rowList(rows)}) count as 0`,
  noStageMatches: (values, stages, planLines) =>
    `no deal is at a stage of the funnel (${stages.join(", ")}). The stage values found: ${values.map((v) => `"${v.value}" (${v.count})`).join(", ")}. To use them, list them in the plan in funnel order, as "funnel": { "stages": [ ${planLines.join(", ")} ] }, and set each probability`,
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
};

const zhCN: ReadMessages = {
  language: "zh-CN",
  column: (sheet, column, header) => `工作表“${sheet}”${column}列（${header}）`,
  outcomeConflict: (stage, status) => `阶段“${stage}”与状态“${status}”互相矛盾，请更正其中之一`,
  wonBlankAmount: () => "为空，但赢单的商机必须有金额",
  datesMixed: (mdy, mdyRow, dmy, dmyRow) => `日期混用了“月/日/年”（“${mdy}”，第${mdyRow}行）和“日/月/年”（“${dmy}”，第${dmyRow}行），请统一写法，或写成 2026-03-31`,
  datesAmbiguous: (example, row) => `“${example}”（第${row}行）这样的日期既可能是“月/日”也可能是“日/月”，表中没有能判断的日期，请写成 2026-03-31`,
  pipelineChosen: (place, pipeline, steps) =>
    `${place}：阶段按${pipeline}读取：${steps.join(" → ")}。加权商机金额使用这些赢率，且不检查停滞商机；如需修改，请在计划中列出阶段（funnel.stages）`,
  probabilityOutOfRange: (value) => `${value}不是有效的赢率：请填写0到100（%）或0到1之间的数`,
  unknownStageRows: (value, rows, suggestion, stages) =>
    `“${value}”（${rows.length} 行：${rowListZh(rows)}）不是漏斗中的阶段（${stages.join("、")}）${suggestion ? `，是否应为“${suggestion}”？` : "。"}这些商机未计入`,
  unknownStatusRows: (value, rows) => `“${value}”（${rows.length} 行：${rowListZh(rows)}）不是有效的状态（赢单、输单或进行中），这些商机未计入`,
  excludedRows: (value, rows) => `${rows.length} 个标为“${value}”的商机（${rowListZh(rows)}）未计入漏斗`,
  lostReadAsOther: (value, rows) =>
    `“${value}”表示输单，但计划把它当作非输单的阶段或状态，因此 ${rows.length} 个商机（${rowListZh(rows)}）没有计为输单；请为该阶段设置 "outcome": "lost"`,
  lostAtFirstStage: (rows, first, column) =>
    `${rows.length} 个输单商机（${rowListZh(rows)}）没有写明在哪个阶段输单${column ? `（“${column}”列为空或不是阶段）` : "（没有“输单阶段”这样的列）"}，均按在第一个阶段“${first}”输单计算`,
  blankAmounts: (rows) => `${rows.length} 个进行中或输单的商机没有金额（${rowListZh(rows)}），按 0 计算`,
  noStageMatches: (values, stages, planLines) =>
    `没有任何商机处于漏斗的阶段（${stages.join("、")}）。表中的阶段值：${values.map((v) => `“${v.value}”（${v.count}）`).join("、")}。如需使用，请在计划中按漏斗顺序列出："funnel": { "stages": [ ${planLines.join(", ")} ] }，并设置每个阶段的赢率`,
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
};

/**
 * The read messages by language.
 *
 * @example
 * READ_MESSAGES["zh-CN"].at(READ_MESSAGES["zh-CN"].cell("Deals", 17, "D", "金额"), READ_MESSAGES["zh-CN"].notNumber("“abc”"))
 * // => "工作表“Deals”第17行D列（金额）：“abc”不是数字"
 */
export const READ_MESSAGES: Catalogue<ReadMessages> = { en, "zh-CN": zhCN };
