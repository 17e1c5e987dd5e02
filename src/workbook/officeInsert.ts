/**
 * Writing one formula into the cell the person chose, inside a context office.ts opens. A cell that
 * holds anything (a value or a formula) is never written over unless the person said so for what it
 * holds now: the first call reports what is there, and only a call with `replace` and that same content
 * writes. Two syncs: one to read the cell, one to write it.
 */
import type { HostCallOptions } from "./hostMessages";

/** A cell by its sheet and A1 address, such as { sheet: "Sheet1", cell: "B4" }. */
export interface CellAddress {
  sheet: string;
  cell: string;
}

export interface InsertFormulaOptions extends HostCallOptions {
  /** The cell to write (the one the person was asked about); default: the top-left cell of the selection. */
  at?: CellAddress;
  /** Write over what the cell holds, when it still holds `expected`: only after the person said so. */
  replace?: boolean;
  /** What the cell held when the person was asked (as its formula bar shows it). */
  expected?: string;
}

/** Written, or not written because the cell holds something (`holds`, as its formula bar shows it). */
export type InsertResult = { status: "written"; at: CellAddress } | { status: "occupied"; at: CellAddress; holds: string };

/** The part of a range the insert uses. */
interface CellRange {
  address: string;
  formulas: unknown[][];
  worksheet: { name: string; load(properties: string): unknown };
  load(properties: string): unknown;
}

/** The part of a request context the insert uses. */
export interface InsertContext {
  workbook: {
    getSelectedRange(): { getCell(row: number, column: number): CellRange };
    worksheets: { getItem(name: string): { getRange(address: string): CellRange } };
  };
  sync(): Promise<unknown>;
}

/**
 * Writes `formula` (English function names and separators, as `Range.formulas` takes it) into the cell.
 *
 * @example
 * await insertFormulaIn(context, "=KPI.SCORE(130, 100, 0.8, 1.2)", {}) // => { status: "written", at: { sheet: "Sheet1", cell: "B4" } }
 */
export async function insertFormulaIn(context: InsertContext, formula: string, options: InsertFormulaOptions): Promise<InsertResult> {
  const target = options.at ? context.workbook.worksheets.getItem(options.at.sheet).getRange(options.at.cell) : context.workbook.getSelectedRange().getCell(0, 0);
  target.load("address, formulas");
  target.worksheet.load("name");
  await context.sync();
  const at = { sheet: target.worksheet.name, cell: target.address.slice(target.address.lastIndexOf("!") + 1) };
  const holds = String(target.formulas[0]?.[0] ?? "");
  const agreed = options.replace === true && options.expected === holds;
  if (holds !== "" && !agreed) return { status: "occupied", at, holds };
  target.formulas = [[formula]];
  await context.sync();
  return { status: "written", at };
}
