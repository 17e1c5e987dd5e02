/** A calendar month. */
export interface YearMonth {
  year: number;
  /** 1 to 12 */
  month: number;
}

const NAMES: Readonly<Record<string, number>> = Object.fromEntries([
  ...["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map((m, i) => [m, i + 1]),
  ...["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].map((m, i) => [m, i + 1]),
  ["sept", 9],
]);

const CHINESE: Readonly<Record<string, number>> = Object.fromEntries(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"].map((m, i) => [m, i + 1]));

/** A month number 1 to 12 written in digits or Chinese numerals; null otherwise. */
function monthNumber(text: string): number | null {
  const n = /^\d{1,2}$/.test(text) ? Number(text) : (CHINESE[text] ?? null);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

function yearOf(text: string): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1900 && n <= 9999 ? n : null;
}

/**
 * Reads a month label as pay periods and ERP periods write them: `2026年1月`, `2026年01期`, `Jan 2026`,
 * `January 2026`, `2026-01`, `2026/1`, `2026.01`, `01/2026`, and without a year (`1月`, `一月`, `Jan`) in
 * the year given.
 *
 * @param text - the cell's text
 * @param defaultYear - the year a label without one is in (the plan's year); without it such a label is not read
 * @returns the year and month, or null when the text is not a month label (a full date is not one:
 *   read it as a date)
 *
 * @example
 * parseMonth("2026年1月") // => { year: 2026, month: 1 }
 * parseMonth("Jan 2026") // => { year: 2026, month: 1 }
 * parseMonth("1月", 2026) // => { year: 2026, month: 1 }
 * parseMonth("1月") // => null
 */
export function parseMonth(text: string, defaultYear?: number): YearMonth | null {
  const s = text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
  const make = (year: number | null, month: number | null): YearMonth | null => (year !== null && month !== null ? { year, month } : null);
  let m = /^(\d{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:月份?|期)$/.exec(s);
  if (m) return make(yearOf(m[1]), monthNumber(m[2]));
  m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(s);
  if (m) return make(yearOf(m[1]), monthNumber(m[2]));
  m = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(s);
  if (m) return make(yearOf(m[2]), monthNumber(m[1]));
  m = /^([a-z]+)\.?[\s,'-]*(\d{4})$/.exec(s);
  if (m) return make(yearOf(m[2]), NAMES[m[1]] ?? null);
  m = /^(\d{4})[\s-]*([a-z]+)\.?$/.exec(s);
  if (m) return make(yearOf(m[1]), NAMES[m[2]] ?? null);
  if (defaultYear === undefined) return null;
  m = /^(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月份?$/.exec(s);
  if (m) return make(defaultYear, monthNumber(m[1]));
  const name = NAMES[s.replace(/\.$/, "")];
  return name === undefined ? null : { year: defaultYear, month: name };
}
