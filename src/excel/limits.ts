import { columnIndex } from "./a1";

/** Excel's limits, as both writers check a sheet against them before writing anything. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Characters in one cell's text. */
export const MAX_TEXT = 32_767;
/** Characters in one formula. */
export const MAX_FORMULA = 8_192;
/** Characters in a sheet name. */
export const MAX_SHEET_NAME = 31;
/** Characters of a validation list's entries, joined by commas. */
export const MAX_LIST_TEXT = 255;

/** The sheet-scoped defined name that marks a sheet the add-in made; its value is the sheet's purpose. */
export const MARKER_NAME = "KPIToolkit.Sheet";

/**
 * Excel's rule for defined and table names: letters, digits, _ . and \\; no spaces; not a cell
 * reference such as "KPI1" or "R1C1".
 *
 * @example
 * isValidName("tblDeals") // => true
 * isValidName("KPI1") // => false (a cell reference)
 */
export function isValidName(name: string): boolean {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name)) return false;
  const cellLike = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (cellLike && columnIndex(cellLike[1].toUpperCase()) < MAX_COLS) return false;
  return !/^[RrCc]$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
}
