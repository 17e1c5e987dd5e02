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

/**
 * The .xlsx reader's own limits: what one part of a file may inflate to and how far it may inflate
 * from its compressed bytes (a zip bomb inflates 1,000 times), checked from the zip's directory before
 * inflating and again while inflating; how long an XML name or attribute and how deep its nesting may
 * be (OOXML's are short and shallow; a crafted part's are not); and how many grid cells a sheet may
 * span for each cell it actually holds, so a lone cell at XFD1048576 is refused instead of allocated.
 */
export const READ_LIMITS = {
  /** Bytes one part may inflate to: 1,000,000 rows of 8 cells are about 330 MB of sheet XML. */
  partBytes: 768 * 1024 * 1024,
  /** Inflated bytes per compressed byte, for parts larger than `ratioFloor`. */
  inflateRatio: 200,
  /** Parts up to this size may inflate at any ratio (a sheet of empty styled cells compresses well). */
  ratioFloor: 16 * 1024 * 1024,
  /** Entries in one zip. */
  entries: 65_536,
  /** Characters of an element or attribute name. */
  nameLength: 256,
  /** Characters of one attribute value (a cell reference, a table's ref, a sheet's name). */
  attributeLength: 65_536,
  /** Nesting depth of elements. */
  depth: 64,
  /** Grid cells a sheet's used range may span beyond this floor: `spanPerCell` per cell present. */
  spanFloor: 4_000_000,
  spanPerCell: 16,
  /** Cells that merged ranges may cover in one sheet, after clipping them to the used range. */
  mergedCells: 64_000_000,
} as const;
