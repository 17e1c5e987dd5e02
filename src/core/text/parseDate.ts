/** Days between Excel's day zero (1899-12-30, which absorbs the 1900 leap-year bug) and 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

/**
 * Converts a calendar date to an Excel date serial (the number Excel stores for a date).
 *
 * @param year - four-digit year
 * @param month - 1 to 12
 * @param day - 1 to 31
 * @returns the serial, or null when the date does not exist (31 February)
 *
 * @example
 * dateSerial(2026, 4, 1) // => 46113
 */
export function dateSerial(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms / DAY_MS + UNIX_EPOCH_SERIAL;
}

/**
 * Converts an Excel date serial to its calendar date as `{ year, month, day }` (UTC, whole days).
 *
 * @example
 * serialToDate(46113) // => { year: 2026, month: 4, day: 1 }
 */
export function serialToDate(serial: number): { year: number; month: number; day: number } {
  const d = new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Reads a date typed as text into an Excel date serial: `2026-04-01`, `2026/4/1`, `2026.4.1`,
 * `2026年4月1日`, with an optional time that is ignored. Day-first and month-first forms such as
 * `01/04/2026` are ambiguous and are not read.
 *
 * @param text - the cell's text
 * @returns the serial, or null when the text is not such a date
 *
 * @example
 * parseDate("2026年4月1日") // => 46113
 */
export function parseDate(text: string): number | null {
  const m = DATE.exec(text.normalize("NFKC").trim());
  if (!m) return null;
  return dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
}

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;

/**
 * An Excel date serial written as YYYY-MM-DD.
 *
 * @example
 * isoDate(46113) // => "2026-04-01"
 */
export function isoDate(serial: number): string {
  const { year, month, day } = serialToDate(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
