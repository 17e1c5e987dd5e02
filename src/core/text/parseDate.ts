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

/** How a date written with the day and month as numbers (`3/5/2026`) is read: month first or day first. */
export type DayMonthOrder = "mdy" | "dmy";

/**
 * Reads a date typed as text into an Excel date serial. Read whatever the order:
 * `2026-04-01`, `2026/4/1`, `2026.4.1`, `2026年4月1日`, ISO with a time (`2026-04-01T09:30:00+08:00`),
 * and month names (`Apr 1, 2026`, `April 1 2026`, `1 Apr 2026`, `1-Apr-2026`). A time is ignored: the
 * day is the one written, whatever the time zone. Day and month as numbers (`01/04/2026`) are read
 * only with an `order`, which a reader decides per column from the values (`dayMonthOrders`);
 * two-digit years are never guessed.
 *
 * @param text - the cell's text
 * @param order - how to read `01/04/2026`: "mdy" (month first: 4 January) or "dmy" (day first: 1 April)
 * @returns the serial, or null when the text is not such a date
 *
 * @example
 * parseDate("2026年4月1日") // => 46113
 * parseDate("Apr 1, 2026") // => 46113
 * parseDate("4/1/2026", "mdy") // => 46113
 * parseDate("4/1/2026") // => null (4 January or 1 April?)
 */
export function parseDate(text: string, order?: DayMonthOrder): number | null {
  const s = text.normalize("NFKC").trim();
  const ymd = YMD.exec(s);
  if (ymd) return dateSerial(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const numeric = DM_Y.exec(s);
  if (numeric) {
    if (order === undefined) return null;
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    return order === "mdy" ? dateSerial(Number(numeric[3]), a, b) : dateSerial(Number(numeric[3]), b, a);
  }
  const named = MONTH_D_Y.exec(s);
  if (named) {
    const month = monthNumber(named[1]);
    return month === null ? null : dateSerial(Number(named[3]), month, Number(named[2]));
  }
  const dayFirst = D_MONTH_Y.exec(s);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2]);
    return month === null ? null : dateSerial(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  return null;
}

/**
 * The orders in which a date written as day and month numbers (`3/5/2026`, `31.12.2026`) makes a real
 * date: both for `3/5/2026`, only "mdy" for `3/31/2026`, only "dmy" for `31/3/2026`; null for text that
 * is not written that way (ISO dates, month names: they need no order).
 *
 * @example
 * dayMonthOrders("3/31/2026") // => ["mdy"]
 * dayMonthOrders("2026-03-31") // => null
 */
export function dayMonthOrders(text: string): DayMonthOrder[] | null {
  const m = DM_Y.exec(text.normalize("NFKC").trim());
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const orders: DayMonthOrder[] = [];
  if (dateSerial(y, a, b) !== null) orders.push("mdy");
  if (dateSerial(y, b, a) !== null) orders.push("dmy");
  return orders;
}

const TIME = String.raw`(?:(?:[ T]|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?`;
const YMD = new RegExp(String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?${TIME}$`, "i");
const DM_Y = new RegExp(String.raw`^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})${TIME}$`, "i");
const MONTH_D_Y = new RegExp(String.raw`^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, "i");
const D_MONTH_Y = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4})${TIME}$`, "i");

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** 1 to 12 for a month's English name or its first three letters (also "Sept"); null otherwise. */
function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (w === "sept") return 9;
  const i = MONTHS.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)));
  return i < 0 ? null : i + 1;
}

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
