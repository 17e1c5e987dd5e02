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
  /** Won deals whose amount is the one won (a column such as 赢单金额), not the expected one. */
  wonAmountUsed(column: string, amountColumn: string, rows: readonly number[]): string;
  wonAmountBlank(column: string, amountColumn: string, rows: readonly number[]): string;
  /** `section`: the plan section that lists the stages (the funnel review's kind), for the lines to copy; null when unknown. */
  noStageMatches(values: readonly { value: string; count: number }[], stages: readonly string[], planLines: readonly string[], section: string | null): string;
  /** A quoted cell text: `"abc"` or `“abc”`. */
  quote(text: string): string;
  /** `Sheet "Deals"`. */
  sheet(sheet: string): string;
  /** Where a dataset was read from, as review sheets name it: `Sheet "Deals"` or `table "tblDeals"`. */
  origin(sheet: string, table: string | undefined): string;
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
  /** A column whose values add up past what the review's formulas can compute; `largest`: "row 5 (1E+308)". */
  sumTooLarge(limit: string, largest: readonly string[]): string;
  /** More data rows than the review's copy of them can hold on one sheet. */
  tooManyRows(place: string, rows: number, limit: number): string;
  notShare(value: string): string;
  /** A rate outside 0 to 100%: `value` is already quoted. */
  notRate(value: string): string;
  /** A tier whose from is not above the tier before it on the same product line. */
  tierOrder(from: string, before: string, beforeRow: number): string;
  /** A tier whose from neither meets nor follows the "to" of the tier before it. */
  tierGap(from: string, to: string, beforeRow: number): string;
  /** A currency column's cell that names no currency: `value` is already quoted. */
  notCurrency(value: string): string;
  /** A row whose currency column, amount text or amount header name different currencies. */
  currenciesConflict(said: readonly { where: string; code: string }[]): string;
  cellError(error: string): string;
  /** An error cell in an optional column, left out of the read (not a stop). */
  cellErrorLeftOut(error: string): string;
  requiredBlank(): string;
  listedTwice(name: string, firstRow: number): string;
  kpiTwice(name: string, kpi: string, firstRow: number): string;
  totalRow(label: string): string;
  noRequired(headers: readonly string[]): string;
  unknownRole(role: string, dataset: string, roles: readonly string[]): string;
  emptySheet(place: string, required: readonly string[]): string;
  /** A workbook with no sheet at all to look for a dataset in; `data` is the dataset's name (DATASET_LABELS). */
  noPlaces(file: string, data: string): string;
  /** No sheet or table has a dataset's columns; the closest one's problems follow. `sheets` and `tables` are their names. */
  noneHasColumns(file: string, data: string, sheets: readonly string[], tables: readonly string[]): string;
  /** A missing column the plan named by its header. */
  planColumn(header: string, role: string): string;
  /** A missing column known by its usual headers: `words` in the order the catalogue of synonyms gives them. */
  usualColumn(words: readonly string[]): string;
  missingColumns(place: string, wanted: readonly string[], searched: number, row: number, found: readonly string[]): string;
  /** The line a failed read ends with when it found more problems than it lists. */
  more(count: number): string;
  /** The usual name of a column, from its synonyms. */
  label(words: readonly string[]): string;
  /** A workbook file that is damaged or hostile: `detail` says how (from the zip or XML reader, in English). */
  damagedFile(file: string, detail: string): string;
  /** A sheet that cannot be read: `detail` says why. */
  damagedSheet(sheet: string, file: string, detail: string): string;
  /** A cell (`D17`) of a sheet and what is wrong with it. */
  badCell(sheet: string, cell: string, message: string): string;
  /** A shared-string cell whose index the shared strings do not have. */
  stringIndex(index: string, count: number): string;
  /** The text kept for a formula cell that has no saved result, shown as the cell's error. */
  noCachedValue(): string;
  /** A cell reference beyond Excel's last row or column (or not a reference at all). */
  beyondSheet(ref: string): string;
  /** A cell that appears twice in a sheet. */
  cellTwice(): string;
  /** A cell text over Excel's limit of characters. */
  textTooLong(length: number, limit: number): string;
  /** A sheet whose few cells span a huge range: `span` "A1:XFD1048576", `far` the farthest cell. */
  tooSparse(sheet: string, span: string, cells: number, far: string): string;
  /** A weight or direction cell that does not read as one. */
  notWeight(value: string): string;
  notDirection(value: string): string;
  /** A directions row that says otherwise than a hint in the KPI's header. */
  directionConflict(kpi: string, header: string): string;
  /** A note on a KPI's header gave its direction; `cell` is the note's address ("D3"). */
  directionFromNote(kpi: string, lower: boolean, cell: string): string;
  /** A row without a label whose every number is its column's sum over the rows above. */
  sumRow(): string;
  /** A person's row of a wide sheet with no target or actual for any KPI. */
  noValues(name: string): string;
  /** A weights or directions row with two different values under one KPI's target and actual. */
  twoSettings(first: string, second: string): string;
  /** How a wide KPI sheet was read: `pairs` as `销售额 (C/D)`. */
  wideLayout(place: string, pairs: readonly string[], headerRows: number): string;
  /** How an actuals-only sheet was read: the KPIs as `销售额 (C)`, targets from sheet row `targetRow`. */
  actualsLayout(place: string, kpis: readonly string[], targetRow: number): string;
  /** An actuals-only sheet whose targets come from the KPI library on sheet `library`. */
  libraryLayout(place: string, kpis: readonly string[], library: string): string;
  /** A KPI library the results did not need: they hold their own targets. */
  libraryUnused(library: string, sheet: string): string;
  /** How a sheet of scores per KPI was read: the KPIs as `销售额 (C, 100)`, the last figure the full marks. */
  scoresLayout(place: string, kpis: readonly string[]): string;
  /** Total-score columns of a scores sheet, left out. */
  totalScoreLeftOut(headers: readonly string[]): string;
  /** Headers that look like half of a KPI's target/actual pair, without the other half. */
  unpaired(headers: readonly string[]): string;
  /** Columns of a wide sheet that are no KPI pair, no person, no team, no weight: left unread. */
  unreadColumns(headers: readonly string[]): string;
  /** An HR export's employee number on two people (`team` null when the sheet has no department). */
  idTwoPeople(id: string, name: string, team: string | null, row: number, otherName: string, otherTeam: string | null): string;
  /** One person (name and department) with two employee numbers: two people the review cannot tell apart. */
  personTwoIds(name: string, team: string | null, id: string, row: number, otherId: string): string;
  /** Rows of more than one review period (考核周期). */
  manyPeriods(periods: readonly { value: string; rows: readonly number[] }[]): string;
  /** Every row of one review period. */
  onePeriod(period: string): string;
  /** People whose review status says it is not finished. */
  reviewUnfinished(status: string, people: readonly { name: string; team: string | null; rows: readonly number[] }[]): string;
  /** A status column holding how each goal is going (On track, At risk), not where the review is. */
  goalStatuses(values: readonly { value: string; count: number }[]): string;
  /** An export's own score and grade columns, which the review does not take over. */
  ownScoresNotUsed(columns: readonly { header: string; column: string }[]): string;
  /** Actuals written as "--": not entered yet. */
  notEntered(value: string, rows: readonly number[]): string;
  /** A long sheet's KPI whose name carries its direction ("退货率（越低越好）"), read from it. */
  directionFromName(kpi: string, lower: boolean, rows: readonly number[]): string;
  /** A direction column that says otherwise than the KPI's name ("退货率（越低越好）"): the column is used. */
  directionNameConflict(kpi: string, written: string): string;
  /** Added to the missing-columns message of a KPI sheet: the wide layout, and what of it was found. */
  wideHint(unpaired: readonly string[]): string;
  /** The plan's `sources.scores.pairs` names a header the sheet lacks for a KPI's target or actual. */
  pairNoHeader(kpi: string, side: "target" | "actual", header: string, headers: readonly string[]): string;
  /** The plan's pairs name a KPI the sheet has no pair for, without both its columns. */
  pairHalf(kpi: string, kpis: readonly string[]): string;
  /** The plan's pairs name a target column on a sheet whose targets are in a row or are full marks. */
  pairNoTargetColumn(kpi: string): string;
  /** How a monthly history across columns was read: `label` is the header of the column naming each row. */
  wideHistory(place: string, first: string, last: string, months: number, label: string | null): string;
  /** The same month heading two or more columns (`columns` as letters). */
  monthTwice(month: string, columns: readonly string[]): string;
  /** Month cells that showed `shown` (an error or text that is no number), left out: `cells` as A1 addresses. */
  monthsLeftOut(shown: string, cells: readonly string[]): string;
  /** A person's month cell that does not read (`shown`: an error or a quoted value): left out of the average. */
  personMonthUnread(shown: string): string;
  /** A money column whose header gives a unit: its numbers are multiplied by `factor`. */
  scaledColumn(unit: string, factor: number): string;
  /** A people sheet whose last year is read from month columns. */
  personMonths(place: string, first: string, last: string): string;
  /** How a targets table with one column per month was read: `label` is the header of the person column. */
  wideTargets(place: string, first: string, last: string, months: number, label: string): string;
  /** Month cells of a targets table that showed `shown`, left out: `cells` as A1 addresses. */
  targetCellsLeftOut(shown: string, cells: readonly string[]): string;
  /** The Target plan sheet the add-in made, read back: its people and months. */
  targetPlanSheet(place: string, people: number, first: string, last: string): string;
  /** A sheet marked as the add-in's Target plan whose months cannot be found. */
  targetPlanUnreadable(place: string): string;
  /** A person with figures for part of last year: weighted by the run rate over `months` months. */
  runRate(name: string, months: number, first: string, last: string): string;
  /** A person whose monthly figures stop after `last`, two or more months before the sheet's `sheetLast`. */
  figuresStop(name: string, last: string, sheetLast: string): string;
}

/** "C5, D7, F9" (the first ten, then how many more). */
function cellList(cells: readonly string[], more: (n: number) => string, separator = ", "): string {
  return cells.slice(0, 10).join(separator) + (cells.length > 10 ? more(cells.length - 10) : "");
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

/** A person as messages name one: "王磊 (华东销售部)", or the name alone without a department. */
function who(name: string, team: string | null): string {
  return team === null ? `"${name}"` : `"${name}" (${team})`;
}

/** “王磊”（华东销售部）. */
function whoZh(name: string, team: string | null): string {
  return team === null ? `“${name}”` : `“${name}”（${team}）`;
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


/** The plan lines that list stages, under their section when it is known: "funnel": { "stages": [ … ] }. */
function stagesJson(planLines: readonly string[], section: string | null): string {
  const stages = `"stages": [ ${planLines.join(", ")} ]`;
  return section === null ? stages : `"${section}": { ${stages} }`;
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
  wonAmountUsed: (column, amountColumn, rows) => `${count(rows.length, "won deal")} (${rowList(rows)}) ${rows.length === 1 ? "counts" : "count"} the amount won, from column "${column}", not the expected amount in "${amountColumn}"`,
  wonAmountBlank: (column, amountColumn, rows) => `${count(rows.length, "won deal")} (${rowList(rows)}) ${rows.length === 1 ? "has" : "have"} no amount won in column "${column}" (blank or not a number), so ${rows.length === 1 ? "its" : "their"} "${amountColumn}" counts`,
  noStageMatches: (values, stages, planLines, section) =>
    `no deal is at a stage of the funnel (${stages.join(", ")}). The stage values found: ${values.map((v) => `"${v.value}" (${v.count})`).join(", ")}. To use them, list them in the plan in funnel order, as ${stagesJson(planLines, section)}, and set each probability`,
  quote: (text) => JSON.stringify(text),
  sheet: (sheet) => `Sheet "${sheet}"`,
  origin: (sheet, table) => (table ? `table "${table}"` : `Sheet "${sheet}"`),
  sheetTable: (sheet, table) => `Sheet "${sheet}" (table "${table}")`,
  row: (sheet, row) => `Sheet "${sheet}", row ${row}`,
  cell: (sheet, row, column, header) => `Sheet "${sheet}", row ${row}, column ${column} (${header})`,
  at: (place, message) => `${place}: ${message}`,
  notNumber: (value) => `${value} is not a number`,
  notDate: (value) => `${value} is not a date (write dates like 2026-04-01)`,
  notYear: (value) => `${value} is not a year`,
  notMonth: (value) => `${value} is not a month (1 to 12)`,
  sumTooLarge: (limit, largest) =>
    `the values add up to more than ${limit}, past what the review's totals can compute; the largest are ${largest.join(", ")}: check them (an amount typed with too many digits?)`,
  tooManyRows: (place, rows, limit) =>
    `${place} has ${rows.toLocaleString("en-US")} data rows; the review copies them to one sheet, which holds at most ${limit.toLocaleString("en-US")} under its header. Split the data (by year or region, say) and build a review for each part.`,
  notShare: (value) => `${value} is not a share between 0 and 100%`,
  notRate: (value) => `${value} is not a rate between 0 and 100%`,
  tierOrder: (from, before, beforeRow) => `this tier starts at ${from}, not above the tier before it (${before}, row ${beforeRow}); list each product line's tiers from the lowest up, once each`,
  tierGap: (from, to, beforeRow) => `this tier starts at ${from}, but the tier before it (row ${beforeRow}) goes up to ${to}: tiers must meet, with no gap and no overlap`,
  notCurrency: (value) => `${value} is not a currency (write an ISO code such as USD, CNY, EUR, or a name such as 人民币)`,
  currenciesConflict: (said) => `the row names two currencies: ${said.map((s) => `${s.code} (${s.where})`).join(" and ")}; correct one of them`,
  cellError: (error) => `the cell shows the error ${error}`,
  cellErrorLeftOut: (error) => `the cell shows the error ${error}, so it is left blank (this value is not used); correct it in the source to use it`,
  requiredBlank: () => "blank, but every row needs one",
  listedTwice: (name, firstRow) => `"${name}" is listed twice (also row ${firstRow})`,
  kpiTwice: (name, kpi, firstRow) => `"${name}" has the KPI "${kpi}" twice (also row ${firstRow})`,
  totalRow: (label) => `left out the total row ("${label}")`,
  noRequired: (headers) => `left out, it has no ${orList(headers)}`,
  unknownRole: (role, dataset, roles) => `The plan names a column for "${role}", but ${dataset} has no such column (it has ${roles.join(", ")})`,
  emptySheet: (place, required) => `${place} is empty: expected columns ${required.join(", ")}`,
  noPlaces: (file, data) => `"${file}" has no sheets to read the ${data} from`,
  noneHasColumns: (file, data, sheets, tables) => {
    const named = (kind: string, names: readonly string[]): string => `${kind}${names.length === 1 ? "" : "s"} ${names.map((n) => `"${n}"`).join(", ")}`;
    const looked = tables.length === 0 ? named("sheet", sheets) : `${named("sheet", sheets)} and ${named("table", tables)}`;
    return `No sheet or table in "${file}" has the columns of the ${data}; looked at ${looked}. The closest:`;
  },
  planColumn: (header, role) => `"${header}" (the plan's column for ${role})`,
  usualColumn: (words) => `${words[0]} (a header such as ${words.slice(0, 5).join(", ")})`,
  missingColumns: (place, wanted, searched, row, found) =>
    `${place}: missing column${wanted.length === 1 ? "" : "s"} ${wanted.join("; ")}. Of the first ${searched} rows, row ${row} comes closest to a header row: ${found.map((h) => JSON.stringify(h)).join(", ") || "(no headers)"}`,
  more: (count) => `...and ${count} more problem${count === 1 ? "" : "s"}`,
  label: (words) => words[0],
  damagedFile: (file, detail) => `Cannot read "${file}": the file is damaged (${detail})`,
  damagedSheet: (sheet, file, detail) => `Cannot read sheet "${sheet}" of "${file}": the file is damaged (${detail})`,
  badCell: (sheet, cell, message) => `Sheet "${sheet}", cell ${cell}: ${message}`,
  stringIndex: (index, count) => `the cell refers to shared string ${JSON.stringify(index)}, but the file has ${count.toLocaleString("en-US")} shared strings (the file is damaged)`,
  noCachedValue: () => "(no value: its formula was never calculated; recalculate and save the file in Excel)",
  beyondSheet: (ref) => `${JSON.stringify(ref)} is not a cell within Excel's 1,048,576 rows and 16,384 columns (A1 to XFD1048576)`,
  cellTwice: () => "the cell appears twice in the sheet's XML (the file is damaged)",
  textTooLong: (length, limit) => `its text is ${length.toLocaleString("en-US")} characters long, more than Excel's ${limit.toLocaleString("en-US")}`,
  tooSparse: (sheet, span, cells, far) =>
    `Sheet "${sheet}" spans ${span} but holds only ${cells.toLocaleString("en-US")} cells: clear the stray cell ${far} far from the data, or put the data in a table`,
  notWeight: (value) => `${value} is not a weight (a number such as 40 or 40%)`,
  notDirection: (value) => `${value} is not a direction (higher or lower is better; 越高越好 or 越低越好)`,
  directionConflict: (kpi, header) => `the direction of "${kpi}" here is not the one its header ${JSON.stringify(header)} gives; this row's is used`,
  directionFromNote: (kpi, lower, cell) => `"${kpi}" is read as ${lower ? "lower" : "higher"} is better, as the note on ${cell} says`,
  sumRow: () => "left out: a row without a name whose every number is the total of the rows above",
  noValues: (name) => `left out ${JSON.stringify(name)}: no target or actual for any KPI`,
  twoSettings: (first, second) => `${second} differs from ${first} beside it, under the same KPI: give the KPI one value`,
  wideLayout: (place, pairs, headerRows) =>
    `${place}: read as one row per person with a target and an actual column per KPI${headerRows === 2 ? " (KPI names in the row above Target/Actual)" : ""}: ${pairs.join(", ")}`,
  actualsLayout: (place, kpis, targetRow) =>
    `${place}: read as one row per person with an actual per KPI, each KPI's target taken from row ${targetRow}: ${kpis.join(", ")}`,
  libraryLayout: (place, kpis, library) =>
    `${place}: read as one row per person with an actual per KPI, the targets (and any weights and directions) taken from the KPI library on sheet "${library}": ${kpis.join(", ")}`,
  libraryUnused: (library, sheet) => `The KPI library on sheet "${library}" was not used: the results on sheet "${sheet}" hold their own targets (put weights and directions in the plan or beside the results to use them)`,
  scoresLayout: (place, kpis) =>
    `${place}: read as one row per person with a score per KPI, each scored against its full marks (in brackets after the column; 1 where every score is a fraction such as 95%): ${kpis.join(", ")}`,
  totalScoreLeftOut: (headers) => `left out ${headers.map((h) => JSON.stringify(h)).join(", ")}: the review weights the KPIs' scores itself`,
  unpaired: (headers) => `left out ${headers.map((h) => JSON.stringify(h)).join(", ")}: a KPI needs both a target and an actual column, and ${headers.length === 1 ? "this has" : "these have"} no partner`,
  unreadColumns: (headers) => `not read as KPIs (no target/actual pair): ${headers.map((h) => JSON.stringify(h)).join(", ")}`,
  idTwoPeople: (id, name, team, row, otherName, otherTeam) =>
    `employee number "${id}" is ${who(name, team)} in row ${row} and ${who(otherName, otherTeam)} here: one number is one person; correct the number, the name or the department`,
  personTwoIds: (name, team, id, row, otherId) =>
    `${who(name, team)} has employee number "${id}" in row ${row} and "${otherId}" here: two people this review cannot tell apart, since it keys people by name${team === null ? "" : " and department"}; make the names differ (such as "${name} (${otherId})") or correct the number`,
  manyPeriods: (periods) =>
    `rows of ${periods.length} review periods: ${periods.map((p) => `"${p.value}" (${rowList(p.rows)})`).join(", ")}; a scorecard is for one period: export one period, or copy one period's rows to a sheet of their own`,
  onePeriod: (period) => `every row is of the review period "${period}"`,
  reviewUnfinished: (status, people) =>
    `the review of ${people.map((p) => `"${p.name}" (${p.team === null ? "" : `${p.team}, `}${rowList(p.rows)})`).join(", ")} is "${status}", not finished: scored on what has been entered so far, which may still change`,
  goalStatuses: (values) =>
    `${values.map((v) => `"${v.value}" (${v.count} ${v.count === 1 ? "row" : "rows"})`).join(", ")} say how each goal is going, not whether the review is finished: not used; the score comes from each KPI's target and actual`,
  ownScoresNotUsed: (columns) =>
    `not used: ${columns.map((c) => `"${c.header}" (column ${c.column})`).join(", ")}, the export's own scores and grades; this review scores each KPI from its target and actual, with the weights and its own rating scale`,
  notEntered: (value, rows) => `${JSON.stringify(value)} in ${rowList(rows)} read as not entered yet: those KPIs count toward the person's score once an actual is entered`,
  directionFromName: (kpi, lower, rows) => `"${kpi}" is read as ${lower ? "lower" : "higher"} is better, as its name says (${rowList(rows)})`,
  directionNameConflict: (kpi, written) => `the direction column says otherwise than the name ${JSON.stringify(written)}; "${kpi}" takes the direction column's`,
  wideHint: (unpaired) =>
    `. A sheet with one row per person needs a target and an actual column for each KPI, headed such as "Revenue Target" and "Revenue Actual" or 销售额目标 and 销售额实际${unpaired.length > 0 ? `; these have only one half: ${unpaired.map((h) => JSON.stringify(h)).join(", ")}` : ""}`,
  pairNoHeader: (kpi, side, header, headers) =>
    `the plan's sources.scores.pairs names ${JSON.stringify(header)} as the ${side} column of "${kpi}", but no column is headed so (the headers are ${headers.map((h) => JSON.stringify(h)).join(", ")}); correct the header in the plan`,
  pairHalf: (kpi, kpis) =>
    `the plan's sources.scores.pairs names "${kpi}", which is no KPI found on the sheet (${kpis.map((k) => JSON.stringify(k)).join(", ")}); to add it, name both its target and its actual column`,
  pairNoTargetColumn: (kpi) =>
    `the plan's sources.scores.pairs names a target column for "${kpi}", but this sheet has one column per KPI (its targets are in a row, or it holds scores): name only the actual`,
  wideHistory: (place, first, last, months, label) =>
    `${place}: read as monthly sales across columns, ${first} to ${last} (${count(months, "month")})${label ? `, a row per ${JSON.stringify(label)}; the rows are added up per month` : ""}; a blank month counts as no sales recorded`,
  monthTwice: (month, columns) => `the month ${month} heads columns ${columns.join(" and ")}: give each month one column`,
  monthsLeftOut: (shown, cells) =>
    `left out ${count(cells.length, "month cell")} showing ${shown} (${cellList(cells, (n) => ` and ${n} more`)}): ${cells.length === 1 ? "that month is" : "those months are"} read as no sales recorded; enter a number to use ${cells.length === 1 ? "it" : "them"}`,
  scaledColumn: (unit, factor) => `the header gives the amounts in ${JSON.stringify(unit)}: each is multiplied by ${factor.toLocaleString("en-US")} (12 is read as ${(12 * factor).toLocaleString("en-US")})`,
  personMonthUnread: (shown) => `${shown} is not a number: this month is left out of the person's average; enter a number to use it`,
  personMonths: (place, first, last) => `${place}: last year's sales are read from the month columns ${first} to ${last}`,
  wideTargets: (place, first, last, months, label) =>
    `${place}: read as monthly targets across columns, ${first} to ${last} (${count(months, "month")}), a row per ${JSON.stringify(label)}; a blank month has no target`,
  targetCellsLeftOut: (shown, cells) =>
    `left out ${count(cells.length, "month cell")} showing ${shown} (${cellList(cells, (n) => ` and ${n} more`)}): ${cells.length === 1 ? "that month has" : "those months have"} no target; enter a number to use ${cells.length === 1 ? "it" : "them"}`,
  targetPlanSheet: (place, people, first, last) => `${place}: read as the Target plan KPI Toolkit made, ${people} ${people === 1 ? "person" : "people"} × the months ${first} to ${last}`,
  targetPlanUnreadable: (place) =>
    `${place} is a Target plan KPI Toolkit made, but its month columns (under a header row starting with Name or 姓名) and its row of month starts could not be found: build the Target plan again, or give the monthly targets as a table of Person, Month, Target`,
  runRate: (name, months, first, last) =>
    `${JSON.stringify(name)} has sales for ${count(months, "month")} of the last 12 (${first} to ${last}): last year is read as the monthly average × 12`,
  figuresStop: (name, last, sheetLast) =>
    `the figures of ${JSON.stringify(name)} stop after ${last} while the sheet goes on to ${sheetLast}: read as having left at the end of ${last}, so no target (enter the months, or an end date, if that is wrong)`,
};

const zhCN: ReadMessages = {
  language: "zh-CN",
  column: (sheet, column, header) => `工作表“${sheet}”${column}列（${header}）`,
  outcomeConflict: (stage, status) => `阶段“${stage}”与状态“${status}”互相矛盾，请更正其中之一`,
  wonBlankAmount: () => "为空，但赢单的商机必须有金额",
  datesMixed: (mdy, mdyRow, dmy, dmyRow) => `日期混用了“月/日/年”（“${mdy}”，第${mdyRow}行）和“日/月/年”（“${dmy}”，第${dmyRow}行），请统一写法，或写成 2026-03-31`,
  datesAmbiguous: (example, row) => `“${example}”（第${row}行）这样的日期既可能是“月/日”也可能是“日/月”，表中没有能判断的日期，请写成 2026-03-31`,
  pipelineChosen: (place, pipeline, steps) =>
    `${place}：阶段按${pipeline}读取：${steps.join(" → ")}。加权商机金额使用这些赢率，且不检查停滞商机；如需修改，请在方案中列出阶段（funnel.stages）`,
  probabilityOutOfRange: (value) => `${value}不是有效的赢率：请填写0到100（%）或0到1之间的数`,
  unknownStageRows: (value, rows, suggestion, stages) =>
    `“${value}”（${rows.length} 行：${rowListZh(rows)}）不是漏斗中的阶段（${stages.join("、")}）${suggestion ? `，是否应为“${suggestion}”？` : "。"}这些商机未计入`,
  unknownStatusRows: (value, rows) => `“${value}”（${rows.length} 行：${rowListZh(rows)}）不是有效的状态（赢单、输单或进行中），这些商机未计入`,
  excludedRows: (value, rows) => `${rows.length} 个标为“${value}”的商机（${rowListZh(rows)}）未计入漏斗`,
  lostReadAsOther: (value, rows) =>
    `“${value}”表示输单，但方案把它当作非输单的阶段或状态，因此 ${rows.length} 个商机（${rowListZh(rows)}）没有计为输单；请为该阶段设置 "outcome": "lost"`,
  lostAtFirstStage: (rows, first, column) =>
    `${rows.length} 个输单商机（${rowListZh(rows)}）没有写明在哪个阶段输单${column ? `（“${column}”列为空或不是阶段）` : "（没有“输单阶段”这样的列）"}，均按在第一个阶段“${first}”输单计算`,
  blankAmounts: (rows) => `${rows.length} 个进行中或输单的商机没有金额（${rowListZh(rows)}），按 0 计算`,
  wonAmountUsed: (column, amountColumn, rows) => `${rows.length} 个赢单商机（${rowListZh(rows)}）按“${column}”列的实际赢单金额计算，而不是“${amountColumn}”列的预计金额`,
  wonAmountBlank: (column, amountColumn, rows) => `${rows.length} 个赢单商机（${rowListZh(rows)}）的“${column}”为空或不是数字，按“${amountColumn}”计算`,
  noStageMatches: (values, stages, planLines, section) =>
    `没有任何商机处于漏斗的阶段（${stages.join("、")}）。表中的阶段值：${values.map((v) => `“${v.value}”（${v.count}）`).join("、")}。如需使用，请在方案中按漏斗顺序列出：${stagesJson(planLines, section)}，并设置每个阶段的赢率`,
  quote: (text) => `“${text}”`,
  sheet: (sheet) => `工作表“${sheet}”`,
  origin: (sheet, table) => (table ? `表格“${table}”` : `工作表“${sheet}”`),
  sheetTable: (sheet, table) => `工作表“${sheet}”（表格“${table}”）`,
  row: (sheet, row) => `工作表“${sheet}”第${row}行`,
  cell: (sheet, row, column, header) => `工作表“${sheet}”第${row}行${column}列（${header}）`,
  at: (place, message) => `${place}：${message}`,
  notNumber: (value) => `${value}不是数字`,
  notDate: (value) => `${value}不是日期（日期请写成 2026-04-01 这样的格式）`,
  notYear: (value) => `${value}不是年份`,
  notMonth: (value) => `${value}不是月份（1 到 12）`,
  sumTooLarge: (limit, largest) => `数值合计超过${limit}，评审表中的合计无法计算；最大的几个值在${largest.join("、")}：请检查（是否多输入了位数？）`,
  tooManyRows: (place, rows, limit) =>
    `${place}有${rows.toLocaleString("en-US")}行数据；评审会把数据复制到一张工作表，表头下最多${limit.toLocaleString("en-US")}行。请拆分数据（例如按年份或区域），分别生成评审。`,
  notShare: (value) => `${value}不是 0 到 100% 之间的分配比例`,
  notRate: (value) => `${value}不是 0 到 100% 之间的比例`,
  tierOrder: (from, before, beforeRow) => `本档起点 ${from} 不高于上一档（${before}，第${beforeRow}行）；请按从低到高列出每个产品线的各档，每档一次`,
  tierGap: (from, to, beforeRow) => `本档起点为 ${from}，但上一档（第${beforeRow}行）到 ${to} 为止：各档须首尾相接，不能有空档或重叠`,
  notCurrency: (value) => `${value}不是币种（请写 USD、CNY、EUR 这样的币种代码，或“人民币”这样的名称）`,
  currenciesConflict: (said) => `该行写了两种币种：${said.map((s) => `${s.code}（${s.where}）`).join("与")}；请更正其中一个`,
  cellError: (error) => `单元格显示错误 ${error}`,
  cellErrorLeftOut: (error) => `单元格显示错误 ${error}，已按空白处理（不使用此值）；在源表中更正后即可使用`,
  requiredBlank: () => "为空，但每一行都必须填写",
  listedTwice: (name, firstRow) => `“${name}”重复出现（另见第${firstRow}行）`,
  kpiTwice: (name, kpi, firstRow) => `“${name}”的指标“${kpi}”重复出现（另见第${firstRow}行）`,
  totalRow: (label) => `已略过合计行（“${label}”）`,
  noRequired: (headers) => `已略过，该行没有${orListZh(headers)}`,
  unknownRole: (role, dataset, roles) => `方案为“${role}”指定了列，但 ${dataset} 没有这一列（可用的有 ${roles.join("、")}）`,
  emptySheet: (place, required) => `${place}是空的，应有以下列：${required.join("、")}`,
  noPlaces: (file, data) => `“${file}”中没有可读取${data}数据的工作表`,
  noneHasColumns: (file, data, sheets, tables) =>
    `“${file}”中没有哪张工作表或表格有${data}数据的列；已查看工作表${sheets.map((n) => `“${n}”`).join("、")}${tables.length === 0 ? "" : `和表格${tables.map((n) => `“${n}”`).join("、")}`}。最接近的是：`,
  planColumn: (header, role) => `“${header}”（方案为 ${role} 指定的列）`,
  usualColumn: (words) => {
    const ordered = chineseFirst(words);
    return `${ordered[0]}（表头可写作 ${ordered.slice(0, 5).join("、")}）`;
  },
  missingColumns: (place, wanted, searched, row, found) =>
    `${place}：缺少列 ${wanted.join("；")}。前${searched}行中，第${row}行最像表头行：${found.map((h) => `“${h}”`).join("、") || "（没有表头）"}`,
  more: (count) => `……另有 ${count} 个问题`,
  label: (words) => chineseFirst(words)[0],
  damagedFile: (file, detail) => `无法读取“${file}”：文件已损坏（${detail}）`,
  damagedSheet: (sheet, file, detail) => `无法读取“${file}”的工作表“${sheet}”：文件已损坏（${detail}）`,
  badCell: (sheet, cell, message) => `工作表“${sheet}”单元格 ${cell}：${message}`,
  stringIndex: (index, count) => `该单元格引用共享字符串“${index}”，但文件只有 ${count} 个共享字符串（文件已损坏）`,
  noCachedValue: () => "（没有值：公式从未计算过；请在 Excel 中重新计算并保存文件）",
  beyondSheet: (ref) => `“${ref}”不是 Excel 范围内的单元格（1,048,576 行、16,384 列，A1 到 XFD1048576）`,
  cellTwice: () => "该单元格在工作表的 XML 中出现了两次（文件已损坏）",
  textTooLong: (length, limit) => `文本长 ${length} 个字符，超过 Excel 的上限 ${limit}`,
  tooSparse: (sheet, span, cells, far) => `工作表“${sheet}”的范围是 ${span}，但只有 ${cells} 个单元格有内容：请清除远离数据的单元格 ${far}，或把数据放进表格`,
  notWeight: (value) => `${value}不是权重（应为 40 或 40% 这样的数字）`,
  notDirection: (value) => `${value}不是指标方向（越高越好或越低越好）`,
  directionConflict: (kpi, header) => `此处“${kpi}”的方向与表头“${header}”所示不同，采用本行的方向`,
  directionFromNote: (kpi, lower, cell) => `按 ${cell} 单元格批注所写，“${kpi}”按${lower ? "越低越好" : "越高越好"}计算`,
  sumRow: () => "已略过：该行没有姓名，且每个数字都等于上方各行之和（视为合计行）",
  noValues: (name) => `已略过“${name}”：没有任何指标的目标或实际`,
  twoSettings: (first, second) => `${second}与旁边的${first}不同，二者属于同一项指标：每项指标只能有一个值`,
  wideLayout: (place, pairs, headerRows) =>
    `${place}：按“每人一行、每项指标一对目标/实际列”读取${headerRows === 2 ? "（指标名称在目标/实际的上一行）" : ""}：${pairs.join("、")}`,
  actualsLayout: (place, kpis, targetRow) => `${place}：按“每人一行、每项指标一列实际”读取，各指标的目标取自第${targetRow}行：${kpis.join("、")}`,
  libraryLayout: (place, kpis, library) => `${place}：按“每人一行、每项指标一列实际”读取，各指标的目标（及权重、方向）取自工作表“${library}”中的指标库：${kpis.join("、")}`,
  libraryUnused: (library, sheet) => `未使用工作表“${library}”中的指标库：工作表“${sheet}”中的考核结果已有各自的目标（如需使用其中的权重和方向，请写入方案或考核结果旁）`,
  scoresLayout: (place, kpis) => `${place}：按“每人一行、每项指标一列得分”读取，各项得分以满分计（括号中列名后的数字；若该列得分均为 95% 这样的小数，满分为 1）：${kpis.join("、")}`,
  totalScoreLeftOut: (headers) => `已略过${headers.map((h) => `“${h}”`).join("、")}：加权总分由本工具按各指标得分计算`,
  unpaired: (headers) => `已略过${headers.map((h) => `“${h}”`).join("、")}：每项指标需要一列目标和一列实际，这些列缺少与之配对的另一列`,
  unreadColumns: (headers) => `以下列没有目标/实际配对，未作为指标读取：${headers.map((h) => `“${h}”`).join("、")}`,
  idTwoPeople: (id, name, team, row, otherName, otherTeam) =>
    `工号“${id}”在第${row}行是${whoZh(name, team)}，在此处是${whoZh(otherName, otherTeam)}：一个工号只能对应一个人；请更正工号、姓名或部门`,
  personTwoIds: (name, team, id, row, otherId) =>
    `${whoZh(name, team)}在第${row}行的工号是“${id}”，在此处是“${otherId}”：本工具按姓名${team === null ? "" : "和部门"}区分人员，无法区分这两个人；请让姓名有所区别（如“${name}（${otherId}）”）或更正工号`,
  manyPeriods: (periods) =>
    `表中有 ${periods.length} 个考核周期：${periods.map((p) => `“${p.value}”（${rowListZh(p.rows)}）`).join("、")}；一张绩效评分表只对应一个周期：请只导出一个周期，或把一个周期的行复制到单独的工作表`,
  onePeriod: (period) => `所有行均属考核周期“${period}”`,
  reviewUnfinished: (status, people) =>
    `${people.map((p) => `“${p.name}”（${p.team === null ? "" : `${p.team}，`}${rowListZh(p.rows)}）`).join("、")}的考核状态为“${status}”，尚未完成：按目前已录入的数据评分，结果可能还会变化`,
  goalStatuses: (values) => `${values.map((v) => `“${v.value}”（${v.count} 行）`).join("、")}说明的是各目标的进展，而不是考核是否完成：未使用；得分按各指标的目标和实际计算`,
  ownScoresNotUsed: (columns) =>
    `未使用${columns.map((c) => `“${c.header}”（${c.column}列）`).join("、")}：这些是导出系统自己的得分和等级；本表按各指标的目标和实际、权重及自身的评级标准重新评分`,
  notEntered: (value, rows) => `${rowListZh(rows)}的“${value}”视为尚未录入：录入实际值后，这些指标才计入该人的得分`,
  directionFromName: (kpi, lower, rows) => `按指标名称所写，“${kpi}”按${lower ? "越低越好" : "越高越好"}计算（${rowListZh(rows)}）`,
  directionNameConflict: (kpi, written) => `方向列与指标名称“${written}”所示不同：“${kpi}”采用方向列的方向`,
  wideHint: (unpaired) =>
    `。每人一行的考核表需要每项指标各有一列目标和一列实际，表头如“销售额目标”和“销售额实际”或 Revenue Target 和 Revenue Actual${unpaired.length > 0 ? `；以下列只有其中一半：${unpaired.map((h) => `“${h}”`).join("、")}` : ""}`,
  pairNoHeader: (kpi, side, header, headers) =>
    `方案的 sources.scores.pairs 把“${header}”指定为“${kpi}”的${side === "target" ? "目标" : "实际"}列，但没有这样表头的列（现有表头：${headers.map((h) => `“${h}”`).join("、")}）；请在方案中改正表头`,
  pairHalf: (kpi, kpis) =>
    `方案的 sources.scores.pairs 写了“${kpi}”，但表中没有这项指标（现有：${kpis.map((k) => `“${k}”`).join("、")}）；如要加上，请同时指定它的目标列和实际列`,
  pairNoTargetColumn: (kpi) =>
    `方案的 sources.scores.pairs 为“${kpi}”指定了目标列，但这张表每项指标只有一列（目标在目标行，或本身就是得分）：请只指定实际列`,
  wideHistory: (place, first, last, months, label) =>
    `${place}：按“每月一列”的月度销售读取，${first} 至 ${last}（共 ${months} 个月）${label ? `，每行一个“${label}”，各行按月相加` : ""}；空白的月份视为没有销售记录`,
  monthTwice: (month, columns) => `月份 ${month} 同时是 ${columns.join("、")} 列的表头：每个月只能有一列`,
  monthsLeftOut: (shown, cells) =>
    `已略过 ${cells.length} 个显示 ${shown} 的月份单元格（${cellList(cells, (n) => ` 等，另有 ${n} 个`, "、")}）：这些月份视为没有销售记录；填入数字后即可使用`,
  scaledColumn: (unit, factor) => `表头注明金额单位为“${unit}”：每个数乘以 ${factor.toLocaleString("en-US")}（12 读作 ${(12 * factor).toLocaleString("en-US")}）`,
  personMonthUnread: (shown) => `${shown}不是数字：该月不计入此人的月平均；填入数字后即可使用`,
  personMonths: (place, first, last) => `${place}：去年销售额取自 ${first} 至 ${last} 各月的数据`,
  wideTargets: (place, first, last, months, label) =>
    `${place}：按“每月一列”的月度目标读取，${first} 至 ${last}（共 ${months} 个月），每行一个“${label}”；空白的月份没有目标`,
  targetCellsLeftOut: (shown, cells) =>
    `已略过 ${cells.length} 个显示 ${shown} 的月份单元格（${cellList(cells, (n) => ` 等，另有 ${n} 个`, "、")}）：这些月份没有目标；填入数字后即可使用`,
  targetPlanSheet: (place, people, first, last) => `${place}：按 KPI Toolkit 生成的目标分解表读取，${people} 人 × ${first} 至 ${last} 各月`,
  targetPlanUnreadable: (place) =>
    `${place}是 KPI Toolkit 生成的目标分解表，但找不到其月份列（在以“姓名”或 Name 开头的表头行下）和“月初”日期行：请重新生成目标分解表，或按“姓名、月份、目标”三列提供月度目标`,
  runRate: (name, months, first, last) => `“${name}”在最近 12 个月中只有 ${months} 个月有销售（${first} 至 ${last}）：去年销售额按月平均值 × 12 计算`,
  figuresStop: (name, last, sheetLast) =>
    `“${name}”的数据止于 ${last}，而表格一直到 ${sheetLast}：视为已于 ${last} 月底离岗，不分配目标（如有误，请补填月份或填写离岗日期）`,
};

/**
 * The read messages by language.
 *
 * @example
 * READ_MESSAGES["zh-CN"].at(READ_MESSAGES["zh-CN"].cell("Deals", 17, "D", "金额"), READ_MESSAGES["zh-CN"].notNumber("“abc”"))
 * // => "工作表“Deals”第17行D列（金额）：“abc”不是数字"
 */
export const READ_MESSAGES: Catalogue<ReadMessages> = { en, "zh-CN": zhCN };
