import { dateSerial, serialToDate } from "../core/text/parseDate";
import { parseMonthWord, parseYearMonth, type YearMonth } from "../core/text/parseYearMonth";
import { columnLetter } from "../excel/a1";
import type { CellValue } from "../excel/cell";
import { mapColumns } from "./columns";
import type { Grid } from "./grid";
import { detectMonthColumns, monthLabel, monthsUnderTitleYear, namedAsPlan, titledAsPlan, type MonthLayout } from "./monthColumns";
import { type GridPlace, isBlank, ReadError } from "./readContext";
import { leaveOut, monthFigure, type LeftOut } from "./readHistory";
import type { ReadLanguage, ReadMessages } from "./readMessages";
import type { MonthlyTargetRecord, SourceData } from "./records";
import { totalLabel } from "./totalRows";

/**
 * Reading monthly targets laid out across columns: a 月度目标分解表 (a row per person, a column per
 * month, often with a 合计 row and column), and the Target plan sheet the add-in made, recognised by
 * its mark. The long layout (Person, Month, Target) is read by readDataset like any table.
 */

/** Where a wide targets table is: its months (`detectMonthColumns`) and the column naming each row's person. */
export interface WideTargetsLayout {
  months: MonthLayout;
  /** 0-based columns of the person and (if any) the team. */
  name: number;
  team: number | null;
  /** The header text of the person column. */
  nameHeader: string;
}

/**
 * The layout of a targets table with one column per month, or null. The months must be called targets
 * or a plan (by a title or header above or beside them, or by the sheet's or table's name): months
 * across columns without such a word are sales history, and reading them as targets would be silently
 * wrong. A person column (Name, 姓名, 销售员 …) left of the months names each row.
 *
 * @param grid - the sheet's cells
 * @param searchRows - how many rows to look through
 * @param names - the sheet's and table's names
 *
 * @example
 * wideTargetsLayout([["2026年销售目标"], ["姓名", "2026-01", "2026-02", "2026-03"]], 20, ["Sheet1"])
 * // => { months: { headerRow: 1, ... }, name: 0, team: null, nameHeader: "姓名" }
 */
export function wideTargetsLayout(grid: Grid, searchRows: number, names: readonly string[]): WideTargetsLayout | null {
  // Months that name their year, or a year row above them, or (a 月度目标分解表) a year in the title.
  const months = detectMonthColumns(grid, searchRows) ?? monthsUnderTitleYear(grid, searchRows);
  if (months === null || !(titledAsPlan(grid, months) || names.some(namedAsPlan))) return null;
  const first = months.months[0].col;
  // The person's header is on the months' row, or (a year merged above the months) on the row above.
  const headerRows = months.headerRows === 2 ? [months.headerRow, months.headerRow - 1] : [months.headerRow];
  for (const r of headerRows) {
    const header = (grid[r] ?? []).slice(0, first).map((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null));
    const { columns } = mapColumns("monthlyTargets", header);
    if (columns.name !== undefined) {
      return { months, name: columns.name, team: columns.team ?? null, nameHeader: header[columns.name] as string };
    }
  }
  return null;
}

/** A month's first day as a date serial. */
function firstDay(m: YearMonth): number {
  return dateSerial(m.year, m.month, 1) as number;
}

/**
 * Reads a wide targets table into one record per person × month with a figure. Total rows (合计,
 * Total) are left out with a warning, as a total column is (its header is no month); a blank month is a
 * month without a target; a cell that shows an error or a word is left out, named.
 *
 * @example
 * readWideTargets([["Targets 2026"], ["Name", "Jan 2026", "Feb 2026", "Mar 2026"], ["Ann", 100, 120, ""]], layout, { sheet: "Plan" }, m, "en").records
 * // => [{ row: 3, name: "Ann", month: 46023, target: 100, team: null }, { row: 3, name: "Ann", month: 46054, target: 120, team: null }]
 */
export function readWideTargets(grid: Grid, layout: WideTargetsLayout, where: GridPlace, m: ReadMessages, language: ReadLanguage): SourceData<MonthlyTargetRecord> | ReadError {
  const firstRow = where.firstRow ?? 1;
  const letter = (col: number): string => columnLetter((where.firstCol ?? 1) - 1 + col);
  const place = where.table ? m.sheetTable(where.sheet, where.table) : m.sheet(where.sheet);
  const { months } = layout;
  if (months.repeated.length > 0) {
    return new ReadError(months.repeated.map((r) => m.at(place, m.monthTwice(monthLabel(r.month), r.cols.map(letter)))), language);
  }
  const first = months.months[0];
  const last = months.months[months.months.length - 1];
  const warnings = [m.wideTargets(place, monthLabel(first), monthLabel(last), months.months.length, layout.nameHeader)];
  const records: MonthlyTargetRecord[] = [];
  const leftOut: LeftOut = new Map();
  for (let i = months.headerRow + 1; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    const sheetRow = firstRow + i;
    if (cells.every(isBlank)) continue;
    const label = cells[layout.name] ?? null;
    const total = totalLabel(cells, label);
    if (total !== null) {
      warnings.push(m.at(m.row(where.sheet, sheetRow), m.totalRow(total)));
      continue;
    }
    if (isBlank(label)) {
      warnings.push(m.at(m.row(where.sheet, sheetRow), m.noRequired([layout.nameHeader])));
      continue;
    }
    const name = String(label).trim();
    const teamCell = layout.team === null ? null : (cells[layout.team] ?? null);
    const team = isBlank(teamCell) ? null : String(teamCell).trim();
    for (const mc of months.months) {
      const target = monthFigure(cells[mc.col] ?? null, where.errors?.[`${letter(mc.col)}${sheetRow}`], m);
      if (target === null) continue;
      if (typeof target === "number") records.push({ row: sheetRow, name, month: firstDay(mc), target, team });
      else leaveOut(leftOut, target.unread, `${letter(mc.col)}${sheetRow}`);
    }
  }
  for (const { shown, cells } of leftOut.values()) warnings.push(m.at(place, m.targetCellsLeftOut(shown, cells)));
  const headers: Record<string, string> = { name: layout.nameHeader };
  return { origin: m.origin(where.sheet, where.table), sheet: where.sheet, headers, records, warnings };
}

/** A row of month starts: consecutive months' first days in `cols`, the dates the Target plan's formulas read. */
function isMonthStarts(cells: readonly CellValue[], cols: readonly number[]): YearMonth[] | null {
  const months: YearMonth[] = [];
  for (const c of cols) {
    const v = cells[c];
    if (typeof v !== "number" || !Number.isInteger(v)) return null;
    const d = serialToDate(v);
    if (d.day !== 1) return null;
    const prev = months[months.length - 1];
    if (prev && d.year * 12 + d.month !== prev.year * 12 + prev.month + 1) return null;
    months.push({ year: d.year, month: d.month });
  }
  return months;
}

/**
 * Reads the Target plan sheet the add-in made (its mark says so): the header row starts with the
 * person's column (Name, 姓名); the months are the first run of month headings after it (Jan … Dec, 1月
 * … 12月, or Dec 2026 when the plan spans two years), and the year of each comes from the sheet's row
 * of month starts below the table, the dates its formulas read. Person rows run down to the total row.
 * The values are the sheet's as last calculated.
 *
 * @returns the records, or a ReadError saying the sheet's months could not be found
 */
export function readTargetPlanSheet(grid: Grid, where: GridPlace, m: ReadMessages, language: ReadLanguage): SourceData<MonthlyTargetRecord> | ReadError {
  const place = where.table ? m.sheetTable(where.sheet, where.table) : m.sheet(where.sheet);
  const fail = new ReadError([m.targetPlanUnreadable(place)], language);
  const firstRow = where.firstRow ?? 1;
  const letter = (col: number): string => columnLetter((where.firstCol ?? 1) - 1 + col);
  for (let h = 0; h < grid.length; h++) {
    const header = (grid[h] ?? []).map((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null));
    const { columns } = mapColumns("monthlyTargets", header);
    if (columns.name !== 0) continue;
    // The first run of month headings: the visible plan (the working columns repeat them further right).
    const cols: number[] = [];
    for (let c = 1; c < header.length; c++) {
      const text = header[c];
      const isMonth = text !== null && (parseMonthWord(text) !== null || parseYearMonth(text) !== null);
      if (isMonth) cols.push(c);
      else if (cols.length > 0) break;
    }
    if (cols.length === 0) return fail;
    let people = h + 1;
    while (people < grid.length && !isBlank(grid[people]?.[0]) && totalLabel(grid[people] ?? [], grid[people]?.[0] ?? null) === null) people++;
    let months: YearMonth[] | null = null;
    for (let r = people; r < grid.length && months === null; r++) months = isMonthStarts(grid[r] ?? [], cols);
    if (months === null) return fail;
    const records: MonthlyTargetRecord[] = [];
    const leftOut: LeftOut = new Map();
    for (let i = h + 1; i < people; i++) {
      const cells = grid[i] ?? [];
      const sheetRow = firstRow + i;
      const name = String(cells[0]).trim();
      const teamCell = columns.team === undefined ? null : (cells[columns.team] ?? null);
      const team = isBlank(teamCell) ? null : String(teamCell).trim();
      cols.forEach((c, k) => {
        const target = monthFigure(cells[c] ?? null, where.errors?.[`${letter(c)}${sheetRow}`], m);
        if (target === null) return;
        if (typeof target === "number") records.push({ row: sheetRow, name, month: firstDay((months as YearMonth[])[k]), target, team });
        else leaveOut(leftOut, target.unread, `${letter(c)}${sheetRow}`);
      });
    }
    const warnings = [m.targetPlanSheet(place, people - h - 1, monthLabel(months[0]), monthLabel(months[months.length - 1]))];
    for (const { shown, cells } of leftOut.values()) warnings.push(m.at(place, m.targetCellsLeftOut(shown, cells)));
    return { origin: m.origin(where.sheet, where.table), sheet: where.sheet, headers: { name: String(header[0]) }, records, warnings };
  }
  return fail;
}
