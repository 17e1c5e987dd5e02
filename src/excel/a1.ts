/** A1 references for the formulas builders write. Rows and columns are 0-based here, as in SheetSpec. */

/** Column letters: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B7" for row 6, column 1; `abs` gives "$B$7". */
export function cellRef(row: number, col: number, abs = false): string {
  return abs ? `$${columnLetter(col)}$${row + 1}` : `${columnLetter(col)}${row + 1}`;
}

/** "B2:B13"; `abs` gives "$B$2:$B$13". */
export function rangeRef(row1: number, col1: number, row2: number, col2: number, abs = false): string {
  return `${cellRef(row1, col1, abs)}:${cellRef(row2, col2, abs)}`;
}




/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column index from letters: "A" → 0, "AA" → 26 (upper case). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Reads "B2:D9", "$B$2" or "C7" as an Area; null when the text is not such a range or runs backwards.
 *
 * @example
 * parseRange("B2:D9") // => { top: 1, left: 1, bottom: 8, right: 3 }
 */
export function parseRange(ref: string): Area | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const area = { top: Number(m[2]) - 1, left: columnIndex(m[1]), bottom: Number(m[4] ?? m[2]) - 1, right: columnIndex(m[3] ?? m[1]) };
  return area.top < 0 || area.bottom < area.top || area.right < area.left ? null : area;
}
