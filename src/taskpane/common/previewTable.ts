import type { Cell, SheetSpec } from "../../sheets/spec";
import { formatCell } from "./formatCell";

/** The part of a review sheet the pane previews: its main table's headers and first rows, as shown. */
export interface PreviewTable {
  /** One caption per column: the header, after its group ("Revenue · Actual") when the row above groups it. */
  columns: string[];
  /** Cell texts, formatted as Excel would show them. */
  rows: string[][];
  /** Body rows of the table beyond those shown. */
  more: number;
}

/** 0-based row and columns of a merged range such as "C12:F12". */
function mergeSpan(range: string): { row: number; first: number; last: number } | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range.replace(/\$/g, ""));
  if (!m) return null;
  const col = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, first: col(m[1]), last: col(m[3]) };
}

/**
 * The group label over each column: a header cell in the row above, spread over the columns its merged
 * range covers ("Revenue" over Actual, Target, Achievement and Score).
 */
function groupLabels(above: readonly (Cell | null)[], aboveRow: number, width: number, merges: readonly string[]): string[] {
  const labels = Array.from({ length: width }, (_, c) => (isHeader(above[c]) ? formatCell(above[c]) : ""));
  for (const range of merges) {
    const span = mergeSpan(range);
    if (!span || span.row !== aboveRow || labels[span.first] === undefined) continue;
    for (let c = span.first + 1; c <= Math.min(span.last, width - 1); c++) if (labels[c] === "") labels[c] = labels[span.first];
  }
  return labels;
}

/** How many body rows the preview shows. */
export const PREVIEW_ROWS = 10;

const isHeader = (cell: Cell | null | undefined): boolean => cell?.style === "header" && cell.v !== null && cell.v !== "";

/**
 * Finds a review sheet's main table (the row with the most header cells, the first on a tie) and
 * returns its columns, each under its group when a merged header above spans it, and its first body
 * rows, up to the first blank row, formatted for display.
 * Settings blocks above it (KPI weights, stage limits) have fewer header cells and are passed over.
 *
 * @param sheet - the review sheet a builder returned
 * @param maxRows - body rows to show at most (default 10)
 * @param first - headers of the columns to show right after the first (name) column: the headline figures
 * @returns the table, or null when the sheet has no header row
 *
 * @example
 * previewTable(funnelSheet).columns.slice(0, 3) // => ["Owner", "Open and lost deals at stage · Lead", "Open and lost deals at stage · Needs"]
 */
export function previewTable(sheet: SheetSpec, maxRows: number = PREVIEW_ROWS, first: readonly string[] = []): PreviewTable | null {
  let headerRow = -1;
  let most = 0;
  sheet.rows.forEach((row, r) => {
    const count = row.filter(isHeader).length;
    if (count > most) {
      most = count;
      headerRow = r;
    }
  });
  if (headerRow < 0) return null;

  const header = sheet.rows[headerRow];
  const above = headerRow > 0 ? sheet.rows[headerRow - 1] : [];
  const lastHeader = header.reduce((last, cell, c) => (isHeader(cell) ? c + 1 : last), 0);
  const allGroups = groupLabels(above, headerRow - 1, lastHeader, sheet.merges ?? []);
  // The table ends at its first column with no header at all: what lies beyond a blank column (the
  // target plan's working columns of the exact rounding) is a helper block, not part of the preview.
  const gap = Array.from({ length: lastHeader }, (_, c) => c).find((c) => c > 0 && !isHeader(header[c]) && allGroups[c] === "");
  const width = gap ?? lastHeader;
  const groups = allGroups.slice(0, width);
  const columns: string[] = [];
  for (let c = 0; c < width; c++) {
    const own = formatCell(header[c]);
    columns.push(groups[c] !== "" && own !== "" ? `${groups[c]} · ${own}` : own || groups[c]);
  }

  // The name first, then the figures people look at first, then the rest in the sheet's order.
  const own = (c: number): string => formatCell(header[c]);
  const headline = first.flatMap((caption) => Array.from({ length: width }, (_, c) => c).filter((c) => c > 0 && own(c) === caption));
  const order = [...new Set([0, ...headline, ...Array.from({ length: width }, (_, c) => c)])];

  const body: (Cell | null)[][] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row || row.every((cell) => cell === null || cell === undefined || cell.v === null || cell.v === "")) break;
    body.push(row);
  }
  const shown = body.slice(0, maxRows);
  return {
    columns: order.map((c) => columns[c]),
    rows: shown.map((row) => order.map((c) => formatCell(row[c]))),
    more: body.length - shown.length,
  };
}
