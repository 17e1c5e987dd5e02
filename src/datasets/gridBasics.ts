import type { CellValue } from "../excel/cell";

/**
 * What the pane's first screens need of a grid without the readers behind grid.ts (header finding pulls
 * in every dataset's layouts): the grid type, how far a header is looked for, a row's header texts.
 * grid.ts re-exports them, so readers import from there as before.
 */

/**
 * A block of cells as a host read them: raw values (numbers, text, booleans, null for blank), dates
 * already Excel date serials, formulas already their cached results. Both hosts (Office.js and .xlsx
 * files) hand the readers this shape, so header finding and typing are written once.
 */
export type Grid = CellValue[][];

/** How far down a sheet a header row is looked for: title rows, notes and a logo fit above it. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The texts of a row as headers: text trimmed, numbers as written (a "2025" column), blanks null.
 *
 * @example
 * headerTexts([" Name ", 2025, null, true]) // => ["Name", "2025", null, null]
 */
export function headerTexts(row: readonly CellValue[] | undefined): (string | null)[] {
  return (row ?? []).map((v) => {
    if (typeof v === "string") return v.trim() === "" ? null : v.trim();
    if (typeof v === "number") return String(v);
    return null;
  });
}
