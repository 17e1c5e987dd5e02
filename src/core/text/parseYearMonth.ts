import { parseDate, serialToDate } from "./parseDate";

/** A calendar month: the year and the month 1 to 12. */
export interface YearMonth {
  year: number;
  month: number;
}

/** Years a month label may name: far enough either way for any sales history, never a stray number. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

const MONTH_NAMES = new Map<string, number>([
  ...["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map((m, i): [string, number] => [m, i + 1]),
  ...["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].map((m, i): [string, number] => [m, i + 1]),
  ["sept", 9],
]);

const CHINESE_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

function plausible(year: number, month: number): YearMonth | null {
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 ? { year, month } : null;
}

/**
 * Reads a month written on its own, without a year: `3月`, `三月`, `Mar`, `March`, `M3`. A bare number
 * is not read (a column headed 3 could be anything); the caller takes the year from elsewhere.
 *
 * @example
 * parseMonthWord("3月") // => 3
 * parseMonthWord("Sept.") // => 9
 * parseMonthWord("3") // => null
 */
export function parseMonthWord(text: string): number | null {
  const s = text.normalize("NFKC").trim().toLowerCase().replace(/\.$/, "");
  const named = MONTH_NAMES.get(s);
  if (named !== undefined) return named;
  const chinese = /^(.{1,2})月(份)?$/.exec(s);
  if (chinese) {
    const index = CHINESE_MONTHS.indexOf(chinese[1]);
    if (index >= 0) return index + 1;
    const n = /^\d{1,2}$/.test(chinese[1]) ? Number(chinese[1]) : 0;
    return n >= 1 && n <= 12 ? n : null;
  }
  const m = /^m(\d{1,2})$/.exec(s);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  return null;
}

/**
 * Reads a month label that names its year: how month columns and pay periods are headed in exports and
 * hand-kept sheets. Read: a date serial (a header cell formatted as a month), `202501` (ERP period
 * numbers), `2025-01`, `2025/1`, `2025.01`, `2025年1月`, `2025年01月份`, `Jan 2025`, `January-2025`,
 * `2025 Jan`, `01/2025`, and the first day of a month (`2025-01-01`, a serial: how Excel stores a header
 * typed as "Jan 2025"). Any other day is a date, not a month label (a row of a deals export is no row
 * of month headers). Years outside 1990–2100 and two-digit years (`Jan-25`: January 2025 or the 25th?)
 * are not read.
 *
 * @param value - the cell's value: text, or a number (a date serial or a yyyymm period)
 * @returns the year and month, or null when the value is no month label
 *
 * @example
 * parseYearMonth("2025年3月") // => { year: 2025, month: 3 }
 * parseYearMonth("Mar 2025") // => { year: 2025, month: 3 }
 * parseYearMonth(202503) // => { year: 2025, month: 3 }
 * parseYearMonth(45717) // => { year: 2025, month: 3 } (1 March 2025 as a date serial)
 * parseYearMonth("2025-03-15") // => null (a date)
 * parseYearMonth("Mar-25") // => null
 */
export function parseYearMonth(value: string | number): YearMonth | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    if (Number.isInteger(value) && value >= FIRST_YEAR * 100 + 1 && value <= LAST_YEAR * 100 + 12) return plausible(Math.trunc(value / 100), value % 100);
    if (value < 1 || !Number.isInteger(value)) return null;
    const d = serialToDate(value);
    return d.day === 1 ? plausible(d.year, d.month) : null;
  }
  const s = value.normalize("NFKC").trim().toLowerCase();
  if (s === "") return null;
  const yearFirst = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*(?:月份?)?|(\d{2}))$/.exec(s);
  if (yearFirst) return plausible(Number(yearFirst[1]), Number(yearFirst[2] ?? yearFirst[3]));
  const monthFirst = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(s);
  if (monthFirst) return plausible(Number(monthFirst[2]), Number(monthFirst[1]));
  const wordYear = /^([a-z]+)\.?[\s\-'/,]*(\d{4})$/.exec(s);
  if (wordYear) {
    const month = MONTH_NAMES.get(wordYear[1]);
    return month === undefined ? null : plausible(Number(wordYear[2]), month);
  }
  const yearWord = /^(\d{4})[\s\-/,]+([a-z]+)\.?$/.exec(s);
  if (yearWord) {
    const month = MONTH_NAMES.get(yearWord[2]);
    return month === undefined ? null : plausible(Number(yearWord[1]), month);
  }
  const serial = parseDate(s);
  return serial === null ? null : parseYearMonth(serial);
}

/**
 * Reads a year written on its own above a run of month columns: `2025`, `2025年`, `FY2025`, `2025年度`.
 *
 * @example
 * parseYear("2025年") // => 2025
 * parseYear(2025) // => 2025
 */
export function parseYear(value: string | number): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR ? value : null;
  const m = /^(?:fy\s*)?(\d{4})\s*(?:年度?)?$/.exec(value.normalize("NFKC").trim().toLowerCase());
  if (!m) return null;
  const year = Number(m[1]);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}
