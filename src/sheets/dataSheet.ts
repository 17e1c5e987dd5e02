import type { CellValue } from "../excel/cell";
import { type Formula, onSheet, range, ref } from "../excel/formula";
import type { Cell, SheetSpec } from "./spec";

/**
 * The copy of a dataset that a review sheet's formulas reference: one header row, then one row per
 * record used, typed values only (numbers as numbers, dates as date serials). Review formulas point at
 * these cells, so a person who corrects an actual here sees the score change.
 */
export interface DataColumn<R, K extends string = string> {
  /** The record field (role) this column holds; formulas address the column by it, so a misspelt role does not compile. */
  role: K;
  header: string;
  value: (record: R) => CellValue;
  /** A row-local formula for this column (its `value` is then the cached result), given the 0-based sheet row. */
  formula?: (row: number) => Formula;
  /** Its number format: one for the column, or one per record (a KPI results copy formats each KPI its own way). */
  fmt?: string | ((record: R) => string | undefined);
  width?: number;
}

/** The rows of one group on a grouped copy: 0-based sheet rows, first and last included. */
export interface RowBlock {
  first: number;
  last: number;
}

export interface DataSheetOptions<R> {
  /**
   * The group of a record (an owner, a rep). The copy then holds each group's records in one block of
   * rows, groups in order of first appearance and records in source order within a group, so a formula
   * that totals one group reads only that group's rows: the sheet's work grows with its rows, not with
   * rows × groups.
   */
  groupBy?: (record: R) => string;
}

export interface DataSheet<R, K extends string = string> {
  sheet: string;
  /** The records as given (source order); on a grouped copy the sheet's row order differs, see `rowOf`. */
  records: readonly R[];
  spec: SheetSpec;
  /** 0-based sheet row of record i. */
  rowOf(i: number): number;
  /** 0-based column of a role. */
  colOf(role: K): number;
  /** `'Deals data'!$D$7`: the cell of a record's field. */
  ref(role: K, i: number): Formula;
  /**
   * `'Deals data'!$D$2:$D$401`: the whole column of a field (one cell when there are no records), or
   * with a block only that block's rows of it.
   */
  column(role: K, block?: RowBlock): Formula;
  /** The rows of a group on a grouped copy; null when no record is in the group (or the copy is not grouped). */
  blockOf(group: string): RowBlock | null;
}

/** Record indexes in sheet order: by group in order of first appearance, stable within a group. */
function groupedOrder<R>(records: readonly R[], groupBy: (record: R) => string): { order: number[]; blocks: Map<string, RowBlock> } {
  const members = new Map<string, number[]>();
  records.forEach((record, i) => {
    const group = groupBy(record);
    const list = members.get(group);
    if (list) list.push(i);
    else members.set(group, [i]);
  });
  const order: number[] = [];
  const blocks = new Map<string, RowBlock>();
  for (const [group, list] of members) {
    // Sheet rows are 1-based below the header row: the group's first record lands on order.length + 1.
    blocks.set(group, { first: order.length + 1, last: order.length + list.length });
    for (const i of list) order.push(i);
  }
  return { order, blocks };
}

/** Distinct values a column shares cells for before it stops looking (ids and row numbers never repeat). */
const SHARED_CELLS_PER_COLUMN = 4096;

/**
 * Makes the cells of one column. A copy of 200,000 deals holds 1.8 million cells, most of them a few
 * owners, stages and dates over and over: cells without a formula are shared by value (a SheetSpec is
 * never mutated), which keeps the copy about half as large. A column whose values keep being new (ids,
 * amounts) stops sharing, so its lookup table does not grow with the rows.
 */
function columnCells<R, K extends string>(column: DataColumn<R, K>): (record: R, row: number) => Cell {
  const { value, formula } = column;
  const fmtOf = column.fmt;
  if (typeof fmtOf === "function") {
    // A format per record: cells are not shared (such copies are small: a row per person and KPI).
    return (record, row) => {
      const fmt = fmtOf(record);
      const v = value(record);
      const f = formula ? { f: formula(row) } : {};
      return fmt ? { v, ...f, fmt } : { v, ...f };
    };
  }
  const fmt = fmtOf;
  if (formula) return (record, row) => (fmt ? { v: value(record), f: formula(row), fmt } : { v: value(record), f: formula(row) });
  const make = (v: CellValue): Cell => (fmt ? { v, fmt } : { v });
  let shared: Map<CellValue, Cell> | null = new Map();
  return (record) => {
    const v = value(record);
    // Map keys treat -0 as 0; a -0 keeps a cell of its own.
    if (shared === null || Object.is(v, -0)) return make(v);
    let cell = shared.get(v);
    if (cell === undefined) {
      cell = make(v);
      if (shared.size < SHARED_CELLS_PER_COLUMN) shared.set(v, cell);
      else shared = null;
    }
    return cell;
  };
}

/**
 * Lays out a dataset's copy sheet and answers where each value landed.
 *
 * @param options.groupBy - keeps each group's records in one block of rows (see DataSheetOptions)
 *
 * @example
 * const deals = dataSheet("Deals data", records, [{ role: "owner", header: "Owner", value: (d) => d.owner }]);
 * deals.ref("owner", 0) // => "'Deals data'!$A$2"
 */
export function dataSheet<R, K extends string>(
  sheet: string,
  records: readonly R[],
  columns: readonly DataColumn<R, K>[],
  options: DataSheetOptions<R> = {},
): DataSheet<R, K> {
  const { order, blocks } = options.groupBy
    ? groupedOrder(records, options.groupBy)
    : { order: records.map((_, i) => i), blocks: new Map<string, RowBlock>() };
  const rowOfRecord = new Array<number>(records.length);
  order.forEach((i, k) => (rowOfRecord[i] = k + 1));

  const header: Cell[] = columns.map((c) => ({ v: c.header, style: "header" }));
  const rows: (Cell | null)[][] = new Array(order.length + 1);
  rows[0] = header;
  const cellOf = columns.map(columnCells);
  for (let k = 0; k < order.length; k++) {
    const record = records[order[k]];
    const row: Cell[] = new Array(columns.length);
    for (let c = 0; c < columns.length; c++) row[c] = cellOf[c](record, k + 1);
    rows[k + 1] = row;
  }
  const index = new Map<string, number>(columns.map((c, i) => [c.role, i]));
  const colOf = (role: K): number => {
    const col = index.get(role);
    if (col === undefined) throw new Error(`data sheet "${sheet}" has no column for ${role}`);
    return col;
  };
  const rowOf = (i: number): number => {
    const row = rowOfRecord[i];
    if (row === undefined) throw new Error(`data sheet "${sheet}" has no record ${i}`);
    return row;
  };
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
    rowOf,
    colOf,
    ref: (role, i) => onSheet(sheet, ref(rowOf(i), colOf(role), true)),
    column: (role, block) => onSheet(sheet, range(block?.first ?? 1, colOf(role), block?.last ?? last, colOf(role), true)),
    blockOf: (group) => blocks.get(group) ?? null,
  };
}
