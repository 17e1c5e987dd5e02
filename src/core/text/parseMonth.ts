import { parseMonthWord, parseYearMonth, type YearMonth } from "./parseYearMonth";

/**
 * Reads a month where a month is meant (a pay period, an ERP's posting period): every label
 * `parseYearMonth` reads (`2026年1月`, `Jan 2026`, `2026-01`, `01/2026`, `202601`), an ERP period number
 * (`2026年03期`, `2026年第3期`), and a month without a year (`1月`, `一月`, `Jan`) in the year given.
 *
 * @param text - the cell's text
 * @param defaultYear - the year a label without one is in (the plan's year); without it such a label is not read
 * @returns the year and month, or null when the text is not a month label
 *
 * @example
 * parseMonth("2026年1月") // => { year: 2026, month: 1 }
 * parseMonth("1月", 2026) // => { year: 2026, month: 1 }
 * parseMonth("1月") // => null
 */
export function parseMonth(text: string, defaultYear?: number): YearMonth | null {
  const labelled = parseYearMonth(text);
  if (labelled !== null) return labelled;
  const period = /^(\d{4})\s*年\s*(?:第\s*)?(\d{1,2})\s*期$/.exec(text.normalize("NFKC").trim());
  if (period) return parseYearMonth(`${period[1]}-${period[2]}`);
  if (defaultYear === undefined) return null;
  const month = parseMonthWord(text);
  return month === null ? null : { year: defaultYear, month };
}
