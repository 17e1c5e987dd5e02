import { parseNumber } from "../core/text/parseNumber";
import { columnLetter } from "../excel/a1";
import type { CellValue } from "../excel/cell";
import type { Grid } from "./grid";
import { detectMonthColumns, monthLabel, type MonthLayout } from "./monthColumns";
import { monthEnd } from "../core/calendar";
import type { ReadLanguage, ReadMessages } from "./readMessages";
import type { HistoryRecord, SourceData } from "./records";
import { describe, type GridPlace, isBlank, ReadError } from "./readContext";
import { ColumnSums, totalLabel } from "./totalRows";

/**
 * Reading monthly history laid out across columns (one column per month, a row per region, product,
 * person, or one row for the team) into the same records as the long layout: one per row × month with
 * a figure. A blank month is a month with no sales recorded ("not there"), never a problem; a month
 * cell that shows an error or holds text that is no number is left out with a warning naming the cell,
 * one warning per distinct value; total rows are left out as in every other read.
 */

/** Cells that could not be read, by what they showed, in sheet order. */
export type LeftOut = Map<string, { shown: string; cells: string[] }>;

/** Records a month cell left out, grouped by what it showed. */
export function leaveOut(leftOut: LeftOut, shown: string, cell: string): void {
  const found = leftOut.get(shown);
  if (found) found.cells.push(cell);
  else leftOut.set(shown, { shown, cells: [cell] });
}

/**
 * One month cell: its figure, null when blank (no sales recorded), or what it showed when it does not
 * read (an Excel error such as #N/A, or a quoted word).
 */
export function monthFigure(v: CellValue, error: string | undefined, m: ReadMessages): number | null | { unread: string } {
  if (error !== undefined) return { unread: error };
  if (isBlank(v)) return null;
  const n = typeof v === "number" ? v : typeof v === "string" ? parseNumber(v) : null;
  return n === null || !Number.isFinite(n) ? { unread: describe(v, m) } : n;
}

/** The column that names each row (region, product, person): the first column with a text header that is no month. */
function labelColumn(header: readonly CellValue[], layout: MonthLayout): number | null {
  const first = layout.months[0].col;
  for (let c = 0; c < first; c++) {
    const v = header[c];
    if (typeof v === "string" && v.trim() !== "") return c;
  }
  return null;
}

/**
 * Reads a wide monthly history.
 *
 * @param grid - the sheet's cells
 * @param layout - where the month columns are (`detectMonthColumns`)
 * @param where - the sheet (and table) the grid came from
 * @returns the records with a warning saying how the sheet was read, or a ReadError naming each month
 *   headed twice
 *
 * @example
 * readWideHistory([["Region", "2025-01", "2025-02", "2025-03"], ["North", 10, "", 9]], layout, { sheet: "History" }, m, "en")
 * // => records [{ row: 2, year: 2025, month: 1, amount: 10 }, { row: 2, year: 2025, month: 3, amount: 9 }]
 */
export function readWideHistory(grid: Grid, layout: MonthLayout, where: GridPlace, m: ReadMessages, language: ReadLanguage): SourceData<HistoryRecord> | ReadError {
  const firstRow = where.firstRow ?? 1;
  const firstCol = where.firstCol ?? 1;
  const letter = (col: number): string => columnLetter(firstCol - 1 + col);
  const place = where.table ? m.sheetTable(where.sheet, where.table) : m.sheet(where.sheet);
  const header = grid[layout.headerRow] ?? [];
  if (layout.repeated.length > 0) {
    return new ReadError(
      layout.repeated.map((r) => m.at(place, m.monthTwice(monthLabel(r.month), r.cols.map(letter)))),
      language,
    );
  }
  const label = labelColumn(header, layout);
  const first = layout.months[0];
  const last = layout.months[layout.months.length - 1];
  const warnings = [m.wideHistory(place, monthLabel(first), monthLabel(last), layout.months.length, label === null ? null : String(header[label]).trim())];
  const records: HistoryRecord[] = [];
  const leftOut: LeftOut = new Map();
  const sums = new ColumnSums();
  for (let i = layout.headerRow + 1; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    const sheetRow = firstRow + i;
    const monthCells = layout.months.map((mc) => ({ mc, v: cells[mc.col] ?? null, error: where.errors?.[`${letter(mc.col)}${sheetRow}`] }));
    if (cells.every(isBlank) && monthCells.every((c) => c.error === undefined)) continue;
    const total = totalLabel(cells, label === null ? null : (cells[label] ?? null));
    if (total !== null) {
      warnings.push(m.at(m.row(where.sheet, sheetRow), m.totalRow(total)));
      sums.reset();
      continue;
    }
    if ((label === null || isBlank(cells[label])) && sums.isTotal(cells)) {
      warnings.push(m.at(m.row(where.sheet, sheetRow), m.sumRow()));
      sums.reset();
      continue;
    }
    sums.add(cells);
    for (const { mc, v, error } of monthCells) {
      const amount = monthFigure(v, error, m);
      if (amount === null) continue;
      if (typeof amount === "number") records.push({ row: sheetRow, year: mc.year, month: mc.month, amount });
      else leaveOut(leftOut, amount.unread, `${letter(mc.col)}${sheetRow}`);
    }
  }
  for (const { shown, cells } of leftOut.values()) warnings.push(m.at(place, m.monthsLeftOut(shown, cells)));
  return {
    origin: m.origin(where.sheet, where.table),
    sheet: where.sheet,
    // No column holds the year, the month or the amount: each month is a column of its own.
    headers: {},
    records,
    warnings,
  };
}

/**
 * The month columns of a people sheet's header row (each person's sales last year, month by month), or
 * null when it has fewer than three. Only the latest twelve are a person's last year.
 */
export function personMonthColumns(grid: Grid, headerRow: number): MonthLayout | null {
  const rows = headerRow > 0 ? [grid[headerRow - 1] ?? [], grid[headerRow] ?? []] : [grid[headerRow] ?? []];
  const layout = detectMonthColumns(rows, rows.length);
  if (layout === null || layout.headerRow !== rows.length - 1 || layout.repeated.length > 0) return null;
  const months = [...layout.months].sort((a, b) => a.year * 12 + a.month - (b.year * 12 + b.month)).slice(-12);
  return { ...layout, headerRow, months };
}

/** What a person's month cells say: last year's sales (a run rate when part of it), and when the figures stop. */
export interface PersonMonths {
  lastYear: number | null;
  /** The last day of the person's last month with a figure, when it is two or more months before the sheet's last month. */
  stoppedAfter: number | null;
  warnings: string[];
}

/**
 * Reads one person's months: the sum over the twelve when every month has a figure; a run rate (the
 * average over the months from the first figure to the last, × 12) when the person was there for part
 * of the year or a month in between could not be read, said in a warning; nothing when no month has a figure. Figures that stop two or more
 * months before the sheet's last month mean the person left: the last day of the last month with a
 * figure is returned, and said. A month cell with an error or a word is left out with a warning.
 */
export function readPersonMonths(
  cells: readonly CellValue[],
  layout: MonthLayout,
  name: string,
  sheetRow: number,
  where: GridPlace,
  m: ReadMessages,
): PersonMonths {
  const letter = (col: number): string => columnLetter((where.firstCol ?? 1) - 1 + col);
  const warnings: string[] = [];
  const unreadable = new Set<number>();
  const figures: (number | null)[] = layout.months.map((mc, i) => {
    const n = monthFigure(cells[mc.col] ?? null, where.errors?.[`${letter(mc.col)}${sheetRow}`], m);
    if (n === null || typeof n === "number") return n;
    warnings.push(m.at(m.cell(where.sheet, sheetRow, letter(mc.col), monthLabel(mc)), m.personMonthUnread(n.unread)));
    unreadable.add(i);
    return null;
  });
  const present = figures.flatMap((f, i) => (f === null ? [] : [i]));
  if (present.length === 0) return { lastYear: null, stoppedAfter: null, warnings };
  const first = present[0];
  const last = present[present.length - 1];
  const total = figures.reduce<number>((sum, f) => sum + (f ?? 0), 0);
  // Months between the first figure and the last are the person's; a blank one is a month without
  // sales, an unreadable one is not known and is left out of the average.
  const known = last - first + 1 - [...unreadable].filter((i) => i > first && i < last).length;
  const lastYear = known === 12 ? total : (total / known) * 12;
  const place = m.row(where.sheet, sheetRow);
  if (known < 12) warnings.push(m.at(place, m.runRate(name, known, monthLabel(layout.months[first]), monthLabel(layout.months[last]))));
  let stoppedAfter: number | null = null;
  if (layout.months.length - 1 - last >= 2) {
    const end = layout.months[last];
    stoppedAfter = monthEnd(end.year, end.month);
    warnings.push(m.at(place, m.figuresStop(name, monthLabel(end), monthLabel(layout.months[layout.months.length - 1]))));
  }
  return { lastYear, stoppedAfter, warnings };
}
