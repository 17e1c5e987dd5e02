import type { Cell } from "./spec";

/**
 * A review sheet's cells while its layout places them: rows and columns grow as cells are put, and the
 * gaps stay null, as a SheetSpec's rows hold them.
 *
 * @example
 * const grid = new CellGrid();
 * grid.set(1, 2, { v: "Total" });
 * grid.rows; // => [[], [null, null, { v: "Total" }]]
 */
export class CellGrid {
  readonly rows: (Cell | null)[][] = [];

  /** Puts a cell at a 0-based row and column. */
  set(row: number, col: number, cell: Cell): void {
    while (this.rows.length <= row) this.rows.push([]);
    const line = this.rows[row];
    while (line.length < col) line.push(null);
    line[col] = cell;
  }

  /** The widest row, in columns. */
  width(): number {
    return this.rows.reduce((w, line) => Math.max(w, line.length), 0);
  }
}
