import { STYLE_LOOKS } from "./looks";
import type { Cell, SheetSpec } from "./spec";
import { displayText, type TextLook, textWidth } from "./textWidth";
import { parseRange } from "../excel/a1";

/**
 * Column widths from what the columns show: each column as wide as its widest value under its number
 * format and as its header, a long header wrapped over up to three lines (and its row made tall enough
 * for them), so no number shows ### and no header or name is cut off by the cell beside it. Text with
 * an empty cell on its right (titles, notes, a settings label) is left to run on into it, as
 * spreadsheets draw it, and does not widen its column.
 */

export interface ColumnFit {
  /** Width of every column in Excel's unit (digits of the body font), from column A. */
  columnWidths: number[];
  /** Rows whose wrapped headers need more than one line, with the height that shows them. */
  rowHeights: { row: number; points: number }[];
}

export interface FitOptions {
  /** The sheet's face is a CJK font (its Latin text runs a little wider, its lines a little taller). */
  cjkFace: boolean;
}

/** Room on either side of a cell's text, in digits (Excel draws a few pixels of margin). */
const PADDING = 1.5;
/** The narrowest column that holds a value, in digits. */
const MIN_WIDTH = 5;
/** A header up to this wide widens its column rather than wrap. */
const UNWRAPPED_HEADER = 12;
/** A header wraps over at most this many lines; its column widens until it does. */
const MAX_HEADER_LINES = 3;
/** A header never pushes its column wider than this. */
const MAX_HEADER_WIDTH = 40;
/** Excel's widest column. */
const MAX_WIDTH = 255;

/** The look a cell's text is drawn in, as it bears on width. */
function lookOf(cell: Cell, cjkFace: boolean): TextLook {
  const look = cell.style ? STYLE_LOOKS[cell.style] : undefined;
  return { bold: look?.bold, size: look?.size, cjkFace };
}

/** A number column's largest and smallest value under one format and look. */
interface Extreme {
  col: number;
  fmt?: string;
  look: TextLook;
  min: number;
  max: number;
}

/** An empty cell lets text run on into it; a formula that shows "" does not. */
function isEmpty(cell: Cell | null | undefined): boolean {
  return !cell || (cell.f === undefined && (cell.v === null || cell.v === ""));
}

/** Words of a header: runs of Latin text, and each CJK character on its own (CJK text breaks anywhere). */
function tokens(text: string): string[] {
  return text.match(/[\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[^\s\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]+|\s+/g) ?? [];
}

/**
 * The lines a text wraps into in a column of the given width (greedy, at spaces and between CJK
 * characters, as spreadsheets wrap), each line's width with the look.
 *
 * @example
 * wrapLines("Weighted pipeline", 10, {}).length // => 2
 */
export function wrapLines(text: string, width: number, look: TextLook): string[] {
  const lines: string[] = [];
  let line = "";
  for (const token of tokens(text)) {
    const isSpace = /^\s+$/.test(token);
    if (line !== "" && !isSpace && textWidth((line + token).trimEnd(), look) > width) {
      lines.push(line.trimEnd());
      line = token;
    } else if (!(isSpace && line === "")) {
      line += token;
    }
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines.length === 0 ? [""] : lines;
}

/** The widest word of a text: a column narrower than it would break the word. */
function widestWord(text: string, look: TextLook): number {
  return tokens(text).reduce((most, t) => Math.max(most, /^\s+$/.test(t) ? 0 : textWidth(t, look)), 0);
}

/**
 * Fits the sheet's columns to their content (see the module note). A column with nothing to measure
 * (a spacer, a column people fill in) keeps the width the layout gave it.
 *
 * @example
 * fitColumns(sheet, { cjkFace: false }).columnWidths[0] // => 14.5 for a column of names up to 13 digits wide
 */
export function fitColumns(spec: SheetSpec, options: FitOptions): ColumnFit {
  const { cjkFace } = options;
  const width = spec.rows.reduce((w, row) => Math.max(w, row.length), spec.columnWidths?.length ?? 0);
  const merged = new Set<string>();
  for (const m of spec.merges ?? []) {
    const area = parseRange(m);
    if (area && area.right > area.left) for (let r = area.top; r <= area.bottom; r++) merged.add(`${r},${area.left}`);
  }
  const values = new Array<number>(width).fill(0);
  const words = new Array<number>(width).fill(0);
  const headers: { row: number; col: number; text: string; look: TextLook }[][] = Array.from({ length: width }, () => []);
  // A number's text grows with its size under every format here but General's decimals, so numbers are
  // measured once per column, format and look, at their largest and most negative: a copy of 200,000
  // rows is not formatted cell by cell. Text is measured once per distinct text and look.
  // Nested maps (column → format → style for numbers, style → text for text): a key made by joining
  // strings cost a string per cell, a third of the fitting on a copy of 200,000 rows.
  const extremes: Map<string | undefined, Map<string | undefined, Extreme>>[] = Array.from({ length: width }, () => new Map());
  const textWidths = new Map<string | undefined, Map<string, number>>();
  let measuredTexts = 0;
  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || isEmpty(cell) || (merged.size > 0 && merged.has(`${r},${c}`))) continue;
      const v = cell.v;
      if (typeof v === "number" && Number.isFinite(v) && (Number.isInteger(v) || (cell.fmt !== undefined && cell.fmt !== "General"))) {
        let byStyle = extremes[c].get(cell.fmt);
        if (byStyle === undefined) extremes[c].set(cell.fmt, (byStyle = new Map()));
        const seen = byStyle.get(cell.style);
        if (seen === undefined) byStyle.set(cell.style, { col: c, fmt: cell.fmt, look: lookOf(cell, cjkFace), min: v, max: v });
        else if (v < seen.min) seen.min = v;
        else if (v > seen.max) seen.max = v;
        continue;
      }
      if (typeof v === "string" && cell.style === "header") {
        const look = lookOf(cell, cjkFace);
        headers[c].push({ row: r, col: c, text: v, look });
        words[c] = Math.max(words[c], widestWord(v, look));
        continue;
      }
      // Text runs on over an empty neighbour; a number never does (it shows ### instead), nor does text
      // in a cell people fill in or pick from a list, nor in the last column (the print area ends there).
      if (typeof v === "string" && cell.style !== "input" && c < width - 1 && isEmpty(row[c + 1])) continue;
      const text = displayText(v, cell.fmt);
      let byText = textWidths.get(cell.style);
      if (byText === undefined) textWidths.set(cell.style, (byText = new Map()));
      let measured = byText.get(text);
      if (measured === undefined) {
        measured = textWidth(text, lookOf(cell, cjkFace));
        if (measuredTexts++ < 100_000) byText.set(text, measured);
      }
      values[c] = Math.max(values[c], measured);
    }
  }
  for (const byFmt of extremes) {
    for (const byStyle of byFmt.values()) {
      for (const e of byStyle.values()) {
        values[e.col] = Math.max(values[e.col], textWidth(displayText(e.max, e.fmt), e.look), textWidth(displayText(e.min, e.fmt), e.look));
      }
    }
  }
  const columnWidths = new Array<number>(width);
  for (let c = 0; c < width; c++) {
    const given = spec.columnWidths?.[c];
    if (values[c] === 0 && headers[c].length === 0) {
      columnWidths[c] = given ?? 8.43;
      continue;
    }
    let inner = Math.max(values[c], words[c], MIN_WIDTH - PADDING);
    for (const h of headers[c]) {
      const full = textWidth(h.text, h.look);
      if (full <= inner) continue;
      if (full <= UNWRAPPED_HEADER) {
        inner = full;
        continue;
      }
      while (inner < MAX_HEADER_WIDTH && wrapLines(h.text, inner, h.look).length > MAX_HEADER_LINES) inner += 1;
    }
    const fitted = Math.ceil((inner + PADDING) * 2) / 2;
    // A column of headers over cells people fill in keeps the room the layout gave it to write in.
    columnWidths[c] = Math.min(MAX_WIDTH, values[c] === 0 && given !== undefined ? Math.max(given, fitted) : fitted);
  }
  const lineHeight = cjkFace ? 16.5 : 15;
  const hidden = new Set<number>();
  for (const g of spec.columnGroups ?? []) if (g.collapsed) for (let c = g.first; c <= g.last; c++) hidden.add(c);
  const tallest = new Map<number, number>();
  for (const column of headers) {
    for (const h of column) {
      // A folded column's header does not make its row taller.
      if (hidden.has(h.col)) continue;
      const lines = wrapLines(h.text, columnWidths[h.col] - PADDING, h.look).length;
      if (lines > 1) tallest.set(h.row, Math.max(tallest.get(h.row) ?? 1, lines));
    }
  }
  const rowHeights = [...tallest].sort((a, b) => a[0] - b[0]).map(([row, lines]) => ({ row, points: lines * lineHeight }));
  return { columnWidths, rowHeights };
}
