import { KpiError, valueError } from "../core/errors";
import { parseDate } from "../core/text/parseDate";
import { parseNumber } from "../core/text/parseNumber";

/**
 * Reading one cell as Excel hands it to a custom function. Every reader returns the typed value, `null`
 * for a blank cell (null, undefined, "" or spaces), or a #VALUE! KpiError that names the cell (`where`).
 */

export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** A number, or text that reads as one ("1,234", "85%", " 12 "). TRUE/FALSE are refused: a flag is not an amount. */
export function readNumber(cell: unknown, where: string): number | null | KpiError {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : valueError(`${where} is not a finite number`);
  if (isBlank(cell)) return null;
  if (typeof cell === "string") {
    const n = parseNumber(cell);
    return n === null ? valueError(`${where} is "${cell}", not a number`) : n;
  }
  if (typeof cell === "boolean") return valueError(`${where} is ${cell ? "TRUE" : "FALSE"}; expected a number`);
  return valueError(`${where} is not a number`);
}

/** A date: an Excel date serial, or text such as 2026-04-01 or 2026年4月1日. */
export function readDate(cell: unknown, where: string): number | null | KpiError {
  if (typeof cell === "string" && !isBlank(cell)) {
    const serial = parseDate(cell);
    if (serial !== null) return serial;
  }
  const n = readNumber(cell, where);
  if (n instanceof KpiError && typeof cell === "string") {
    return valueError(`${where} is "${cell}", not a date (write it as a date or as 2026-04-01)`);
  }
  return n;
}

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "是", "对"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "否", "不"]);

/** TRUE/FALSE, 1/0, or the words true/false, yes/no, 是/否. */
export function readBoolean(cell: unknown, where: string): boolean | null | KpiError {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell !== 0;
  if (isBlank(cell)) return null;
  if (typeof cell === "string") {
    const word = cell.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return valueError(`${where} is "${String(cell)}"; expected TRUE or FALSE`);
}

/** Text as the cell shows it (numbers as written); the caller decides what the words mean. */
export function readText(cell: unknown): string | null {
  if (isBlank(cell)) return null;
  return String(cell).trim();
}

/** A label cell: text or a number, kept as it is. */
export function readLabel(cell: unknown): string | number | null {
  if (isBlank(cell)) return null;
  return typeof cell === "number" ? cell : String(cell).trim();
}
