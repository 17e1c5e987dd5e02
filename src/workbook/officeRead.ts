/**
 * Reads the open workbook through Office.js: the places data may be (tables, sheets, the selection)
 * and a source's cells as a Grid. Values only (formulas give their results, dates their serials), in
 * whole blocks of rows, each sync's response kept under Excel's 5 MB limit.
 */
import { columnLetter } from "../excel/a1";
import { READ_LIMITS } from "../excel/limits";
import type { Grid } from "../datasets/grid";
import type { Capabilities } from "./hostCapabilities";
import type { HostMessages } from "./hostMessages";
import { MARKER_NAME } from "./officeWrite";

export interface TableSource {
  name: string;
  sheet: string;
  /** The table's range with its header row, without the sheet name, e.g. "A1:F120". */
  address: string;
  /** Data rows (the header row not counted). */
  rows: number;
}

export interface SheetSource {
  name: string;
  /** The range holding values, without the sheet name; null for a sheet without values. */
  address: string | null;
  /** Rows of that range. */
  rows: number;
  /** The sheet carries the add-in's mark: a review sheet or data copy it wrote. */
  madeByAddin: boolean;
  /** What the mark says the sheet was made for (a review's kind, or "data" for a data copy); absent on other sheets. */
  purpose?: string;
}

export interface SourceList {
  tables: TableSource[];
  /** Visible sheets, in workbook order. */
  sheets: SheetSource[];
  /** The selected block of cells, or null when the selection is not cells (a chart, a shape). */
  selection: { sheet: string; address: string } | null;
}

export type SourceRef = { table: string } | { sheet: string } | { selection: true };

export interface GridRead {
  grid: Grid;
  sheet: string;
  /** 1-based row and column of grid[0][0] on the sheet. */
  firstRow: number;
  firstCol: number;
}

export interface ReadSettings {
  caps: Capabilities;
  /** Response budget per sync, in bytes of JSON. */
  chunkBytes: number;
  /** The words of a source that is not there, in the pane's language. */
  messages: HostMessages;
}

/** Cells asked for in the first block of a read, before the size of a row is known. */
export const FIRST_READ_CELLS = 100_000;

/** The purpose a sheet's mark holds: the custom property's value, else the hidden name's (="scorecard"). */
function markPurpose(mark: Excel.NamedItem, property: Excel.WorksheetCustomProperty | null): { purpose?: string } {
  if (property !== null && !property.isNullObject && typeof property.value === "string" && property.value !== "") return { purpose: property.value };
  if (mark.isNullObject) return {};
  const value = String(mark.value ?? "").replace(/^="?|"$/g, "");
  return value === "" ? {} : { purpose: value };
}

/**
 * Lists the tables and visible sheets (with the range holding values and whether the add-in made them)
 * and the selection, in three syncs.
 */
export async function listSourcesIn(context: Excel.RequestContext, caps: Capabilities): Promise<SourceList> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();

  const sheets = worksheets.items
    .filter((ws) => ws.visibility === "Visible")
    .map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address,rowCount");
      const mark = ws.names.getItemOrNullObject(MARKER_NAME);
      mark.load("name,value");
      const property = caps.has("sheetMarkerProperty") ? ws.customProperties.getItemOrNullObject(MARKER_NAME) : null;
      property?.load("key,value");
      return { name: ws.name, used, mark, property };
    });
  const tableReads = tables.items.map((table) => {
    const range = table.getRange();
    range.load("address");
    const body = table.getDataBodyRange();
    body.load("rowCount");
    const sheet = table.worksheet;
    sheet.load("name,visibility");
    return { name: table.name, range, body, sheet };
  });
  await context.sync();

  let selection: SourceList["selection"] = null;
  try {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    range.worksheet.load("name");
    await context.sync();
    selection = { sheet: range.worksheet.name, address: localAddress(range.address) };
  } catch {
    // A chart, a shape or several areas are selected: there is no block of cells to offer.
    selection = null;
  }

  return {
    tables: tableReads
      .filter((t) => t.sheet.visibility === "Visible")
      .map((t) => ({ name: t.name, sheet: t.sheet.name, address: localAddress(t.range.address), rows: t.body.rowCount })),
    sheets: sheets.map((s) => ({
      name: s.name,
      address: s.used.isNullObject ? null : localAddress(s.used.address),
      rows: s.used.isNullObject ? 0 : s.used.rowCount,
      madeByAddin: !s.mark.isNullObject || (s.property !== null && !s.property.isNullObject),
      ...markPurpose(s.mark, s.property),
    })),
    selection,
  };
}

/**
 * Reads a source's values as a Grid: blanks null, dates as serials, formulas as their results. One sync
 * finds the range, then one per block of rows; a block is sized from the rows read so far to stay
 * under the response budget, and halved and asked again if Excel still finds it too large.
 */
export async function readGridIn(context: Excel.RequestContext, source: SourceRef, settings: ReadSettings): Promise<GridRead> {
  const found = await findRange(context, source, settings.messages);
  const { sheet, top, left, rows, cols } = found;
  const grid: Grid = [];
  if (rows === 0 || cols === 0) return { grid, sheet, firstRow: top + 1, firstCol: left + 1 };
  const ws = context.workbook.worksheets.getItem(sheet);
  let block = Math.max(1, Math.floor(FIRST_READ_CELLS / cols));
  let r = 0;
  // Bounded as the file reader is (READ_LIMITS): the cells read may span the floor, and beyond it
  // spanPerCell cells per value found. A range one stray value stretches to XFD1048576 is refused after
  // a few blocks instead of being read as seventeen billion empty cells.
  const sparse = rows * cols > READ_LIMITS.spanFloor;
  let present = 0;
  while (r < rows) {
    const count = Math.min(block, rows - r);
    const range = ws.getRange(areaText(top + r, left, top + r + count - 1, left + cols - 1));
    range.load("values");
    try {
      await context.sync();
    } catch (error) {
      if (isResponseTooLarge(error) && count > 1) {
        block = Math.max(1, Math.floor(count / 2));
        continue;
      }
      throw error;
    }
    const values = range.values as unknown[][];
    for (const row of values) {
      const cells = row.map(gridValue);
      if (sparse) for (const v of cells) if (v !== null) present++;
      grid.push(cells);
    }
    r += count;
    if (sparse && r * cols > READ_LIMITS.spanFloor + READ_LIMITS.spanPerCell * present) {
      throw new Error(settings.messages.sparseRange(sheet, areaText(top, left, top + rows - 1, left + cols - 1), r * cols, present));
    }
    const bytesPerRow = JSON.stringify(values).length / count;
    block = Math.max(1, Math.floor((settings.chunkBytes * 0.8) / Math.max(bytesPerRow, 1)));
  }
  return { grid, sheet, firstRow: top + 1, firstCol: left + 1 };
}

interface FoundRange {
  sheet: string;
  /** 0-based */
  top: number;
  left: number;
  rows: number;
  cols: number;
}

async function findRange(context: Excel.RequestContext, source: SourceRef, m: HostMessages): Promise<FoundRange> {
  const workbook = context.workbook;
  if ("table" in source) {
    const table = workbook.tables.getItem(source.table);
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    table.worksheet.load("name");
    await syncOr(context, m.noTable(source.table));
    return { sheet: table.worksheet.name, top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
  }
  if ("sheet" in source) {
    const used = workbook.worksheets.getItem(source.sheet).getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await syncOr(context, m.noSheet(source.sheet));
    if (used.isNullObject) return { sheet: source.sheet, top: 0, left: 0, rows: 0, cols: 0 };
    return { sheet: source.sheet, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
  }
  const selected = workbook.getSelectedRange();
  selected.load("rowIndex,columnIndex,rowCount,columnCount");
  selected.worksheet.load("name");
  // Whole columns selected are a million rows; only the part of the selection that holds values is read.
  const used = selected.worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await syncOr(context, m.notABlock);
  const sheet = selected.worksheet.name;
  if (used.isNullObject) return { sheet, top: selected.rowIndex, left: selected.columnIndex, rows: 0, cols: 0 };
  const top = Math.max(selected.rowIndex, used.rowIndex);
  const left = Math.max(selected.columnIndex, used.columnIndex);
  const bottom = Math.min(selected.rowIndex + selected.rowCount, used.rowIndex + used.rowCount);
  const right = Math.min(selected.columnIndex + selected.columnCount, used.columnIndex + used.columnCount);
  return { sheet, top, left, rows: Math.max(0, bottom - top), cols: Math.max(0, right - left) };
}

/** Syncs; a missing item or a selection that is not cells becomes an error that says what to do. */
async function syncOr(context: Excel.RequestContext, message: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ItemNotFound" || code === "InvalidSelection") throw new Error(message);
    throw error;
  }
}

function isResponseTooLarge(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === "ResponsePayloadSizeLimitExceeded" || /payload size/i.test(message ?? "");
}

function gridValue(value: unknown): Grid[number][number] {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** "'Q1 Deals'!A1:F20" → "A1:F20": the part after the sheet name. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

function areaText(top: number, left: number, bottom: number, right: number): string {
  return `${columnLetter(left)}${top + 1}:${columnLetter(right)}${bottom + 1}`;
}
