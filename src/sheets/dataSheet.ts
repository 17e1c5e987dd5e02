import { Cell, CellValue, SheetSpec } from "./spec";
import { cellRef, rangeRef, sheetPrefix } from "./a1";

/**
 * The copy of a dataset that a review sheet's formulas reference: one header row, then one row per
 * record used, typed values only (numbers as numbers, dates as date serials). Review formulas point at
 * these cells, so a person who corrects an actual here sees the score change.
 */
export interface DataColumn<R> {
  /** The record field (role) this column holds. */
  role: string;
  header: string;
  value: (record: R) => CellValue;
  /** A row-local formula for this column (its `value` is then the cached result), given the 0-based sheet row. */
  formula?: (row: number) => string;
  fmt?: string;
  width?: number;
}

export interface DataSheet<R> {
  sheet: string;
  records: readonly R[];
  spec: SheetSpec;
  /** 0-based sheet row of record i. */
  rowOf(i: number): number;
  /** 0-based column of a role. */
  colOf(role: string): number;
  /** `'Deals data'!$D$7`: the cell of a record's field. */
  ref(role: string, i: number): string;
  /** `'Deals data'!$D$2:$D$401`: the whole column of a field (one cell when there are no records). */
  column(role: string): string;
}

/**
 * Lays out a dataset's copy sheet and answers where each value landed.
 *
 * @example
 * const deals = dataSheet("Deals data", records, [{ role: "owner", header: "Owner", value: (d) => d.owner }]);
 * deals.ref("owner", 0) // => "'Deals data'!$A$2"
 */
export function dataSheet<R>(sheet: string, records: readonly R[], columns: readonly DataColumn<R>[]): DataSheet<R> {
  const header: Cell[] = columns.map((c) => ({ v: c.header, style: "header" }));
  const rows: (Cell | null)[][] = [header];
  records.forEach((record, i) => {
    rows.push(
      columns.map((c) => ({
        v: c.value(record),
        ...(c.formula ? { f: c.formula(i + 1) } : {}),
        ...(c.fmt ? { fmt: c.fmt } : {}),
      })),
    );
  });
  const index = new Map(columns.map((c, i) => [c.role, i]));
  const colOf = (role: string): number => {
    const col = index.get(role);
    if (col === undefined) throw new Error(`data sheet "${sheet}" has no column for ${role}`);
    return col;
  };
  const prefix = sheetPrefix(sheet);
  const last = Math.max(records.length, 1);
  return {
    sheet,
    records,
    spec: {
      name: sheet,
      purpose: "data",
      rows,
      columnWidths: columns.map((c) => c.width ?? Math.max(10, c.header.length + 2)),
      frozen: { rows: 1, cols: 0 },
    },
    rowOf: (i) => i + 1,
    colOf,
    ref: (role, i) => prefix + cellRef(i + 1, colOf(role), true),
    column: (role) => prefix + rangeRef(1, colOf(role), last, colOf(role), true),
  };
}
