import { parseMonthWord, parseYear, parseYearMonth, type YearMonth } from "../core/text/parseYearMonth";
import type { CellValue } from "../excel/cell";

/**
 * Monthly figures laid out across columns: one column per month, headed by a month that names its year
 * (`2025-01`, `Jan 2025`, `2025年1月`, a date) or by a month alone under a row that gives the year (a
 * merged `2025年` above `1月 … 12月`). Used by the history reader (the team's or each row's sales by
 * month) and the people reader (each person's sales last year, month by month).
 */

/** One month's column. */
export interface MonthColumn extends YearMonth {
  /** 0-based column in the grid. */
  col: number;
}

/** Where the month columns are. */
export interface MonthLayout {
  /** 0-based grid row of the header (the months' row when the year is in the row above). */
  headerRow: number;
  /** 2 when the year is in a row above the months. */
  headerRows: 1 | 2;
  /** The month columns, left to right. */
  months: MonthColumn[];
  /** The same month headed twice: the columns, to be named in a problem. */
  repeated: { month: YearMonth; cols: number[] }[];
}

/** The fewest month columns that make a monthly layout: fewer could be a date column or two. */
export const MIN_MONTH_COLUMNS = 3;

/** Month columns of one header row whose cells name their year. */
function monthsNamingYear(row: readonly CellValue[]): MonthColumn[] {
  const months: MonthColumn[] = [];
  row.forEach((v, col) => {
    if (v === null || typeof v === "boolean") return;
    const ym = parseYearMonth(v);
    if (ym !== null) months.push({ col, ...ym });
  });
  return months;
}

/** Month columns headed by a month alone, each taking the year last given in the row above (merged cells give it once). */
function monthsUnderYears(years: readonly CellValue[], row: readonly CellValue[]): MonthColumn[] {
  const months: MonthColumn[] = [];
  let year: number | null = null;
  row.forEach((v, col) => {
    const above = years[col] ?? null;
    if (above !== null && typeof above !== "boolean") year = parseYear(above) ?? year;
    if (typeof v !== "string" || year === null) return;
    const month = parseMonthWord(v);
    if (month !== null) months.push({ col, year, month });
  });
  return months;
}

/** A year a title names: "2026年度销售目标分解表", "FY2026 quotas", "Sales targets 2026". */
const TITLE_YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?=[^\d]|$)/;

/**
 * Month columns headed by a month alone (1月 … 12月, Jan … Dec) under a title that names the year:
 * a 月度目标分解表 whose title says 2026年 and whose header row has only the months. The first row
 * among `searchRows` with three or more months in calendar order, the year the last one the rows above
 * it name.
 *
 * @example
 * monthsUnderTitleYear([["2026年度销售目标分解表"], ["姓名", "1月", "2月", "3月"]], 20)
 * // => { headerRow: 1, headerRows: 1, months: [{ col: 1, year: 2026, month: 1 }, ...], repeated: [] }
 */
export function monthsUnderTitleYear(grid: readonly (readonly CellValue[])[], searchRows: number): MonthLayout | null {
  let year: number | null = null;
  const rows = Math.min(grid.length, searchRows);
  for (let r = 0; r < rows; r++) {
    const row = grid[r] ?? [];
    if (year !== null) {
      const months = monthsUnderYears([year], row);
      if (months.length >= MIN_MONTH_COLUMNS && inOrder(months)) return { headerRow: r, headerRows: 1, months, repeated: repeatedMonths(months) };
    }
    for (const v of row) {
      const found = typeof v === "string" ? TITLE_YEAR.exec(v.normalize("NFKC")) : null;
      if (found) year = Number(found[1]);
    }
  }
  return null;
}

/** Texts of the rows above the header: a title such as "2026 targets" says the months are not history. */
const NOT_HISTORY = /target|quota|plan|budget|forecast|目标|指标|计划|任务|预算|预测/i;

/**
 * Finds month columns among the first rows of a grid: the first row with at least three months
 * that name their year, or three months under a row of years.
 *
 * @param grid - the sheet's cells
 * @param searchRows - how many rows to look through (a table's header is its first row, or two)
 * @returns the layout, or null when no row heads three or more month columns
 *
 * @example
 * detectMonthColumns([["Region", "2025-01", "2025-02", "2025-03"], ["North", 10, 12, 9]], 20)
 * // => { headerRow: 0, headerRows: 1, months: [{ col: 1, year: 2025, month: 1 }, ...], repeated: [] }
 */
export function detectMonthColumns(grid: readonly (readonly CellValue[])[], searchRows: number): MonthLayout | null {
  const rows = Math.min(grid.length, searchRows);
  for (let r = 0; r < rows; r++) {
    const row = grid[r] ?? [];
    let months = monthsNamingYear(row);
    let headerRows: 1 | 2 = 1;
    if (months.length < MIN_MONTH_COLUMNS && r > 0) {
      months = monthsUnderYears(grid[r - 1] ?? [], row);
      headerRows = 2;
    }
    if (months.length < MIN_MONTH_COLUMNS || !inOrder(months)) continue;
    return { headerRow: r, headerRows, months, repeated: repeatedMonths(months) };
  }
  return null;
}

/**
 * Month headers run in calendar order, left to right (a month headed twice is still a month layout, to
 * be named in a problem); dates in a data row that happen to fall on the first of a month do not.
 */
function inOrder(months: readonly MonthColumn[]): boolean {
  return months.every((m, i) => i === 0 || m.year * 12 + m.month >= months[i - 1].year * 12 + months[i - 1].month);
}

/** Months headed in more than one column. */
function repeatedMonths(months: readonly MonthColumn[]): MonthLayout["repeated"] {
  const byMonth = new Map<number, MonthColumn[]>();
  for (const m of months) {
    const key = m.year * 12 + m.month;
    byMonth.set(key, [...(byMonth.get(key) ?? []), m]);
  }
  return [...byMonth.values()].filter((cols) => cols.length > 1).map((cols) => ({ month: { year: cols[0].year, month: cols[0].month }, cols: cols.map((c) => c.col) }));
}

/**
 * True when the rows above a month layout's header say the months are targets or a plan, not sales
 * that happened ("2026 targets", "销售目标"): such a sheet is no history.
 */
export function titledAsPlan(grid: readonly (readonly CellValue[])[], layout: MonthLayout): boolean {
  const above = grid.slice(0, layout.headerRow - (layout.headerRows - 1)).flat();
  const header = (grid[layout.headerRow] ?? []).filter((_, col) => !layout.months.some((m) => m.col === col));
  return [...above, ...header].some((v) => typeof v === "string" && NOT_HISTORY.test(v));
}

/**
 * True when a sheet's or table's name says it holds targets or a plan ("Targets 2026", "销售计划").
 *
 * @example
 * namedAsPlan("2026 Targets") // => true
 * namedAsPlan("Sales 2025") // => false
 */
export function namedAsPlan(name: string): boolean {
  return NOT_HISTORY.test(name);
}

/** `2025-03`: a month as the messages and the data copies write it. */
export function monthLabel(m: YearMonth): string {
  return `${m.year}-${String(m.month).padStart(2, "0")}`;
}

/**
 * The month columns of a sheet of sales history: three or more months across columns, and nothing
 * above or beside them that calls them targets, a plan or a budget (such a sheet is the plan, not what
 * was sold).
 *
 * @example
 * wideHistoryLayout([["2026 targets"], ["Rep", "Jan 2026", "Feb 2026", "Mar 2026"]], 20) // => null
 */
export function wideHistoryLayout(grid: readonly (readonly CellValue[])[], searchRows: number): MonthLayout | null {
  const layout = detectMonthColumns(grid, searchRows);
  return layout === null || titledAsPlan(grid, layout) ? null : layout;
}
