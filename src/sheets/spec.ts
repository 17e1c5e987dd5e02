/**
 * SheetSpec: a review sheet described as data. Builders return it; the two hosts (ExcelJS for files,
 * Office.js in the pane) only render it. Every formula carries the value the core computed for it, so a
 * test can read every number a builder meant without a spreadsheet engine, and a real engine can be
 * checked against it.
 */

import type { CellValue } from "../excel/cell";
import type { Formula } from "../excel/formula";

export type { CellValue };

/** Named looks; each host maps them to fonts and fills, so builders never pick colours. */
export type CellStyle =
  | "title" // the sheet's title line
  | "subtitle" // as-of date, source, notes under the title
  | "header" // a column header
  | "input" // a cell a person fills in or may change (interview notes, assumptions)
  | "total" // a totals row
  | "check" // a check cell (the plan adds up, OK/mismatch)
  | "warning"; // a warning line

export interface Cell {
  /** The value, or for a formula the value the core computed (the cached result). */
  v: CellValue;
  /** A native, classic Excel formula without the leading "=" (A1 references, English function names), built with src/excel/formula.ts. */
  f?: Formula;
  /** An Excel number format, such as "0.0%", "#,##0", "yyyy-mm-dd". */
  fmt?: string;
  style?: CellStyle;
}

export type ConditionalFormat =
  | {
      type: "colorScale";
      range: string;
      /** low, (mid,) high colours as RGB hex, e.g. ["F8696B", "FFEB84", "63BE7B"] */
      colors: [string, string] | [string, string, string];
    }
  | {
      type: "expression";
      range: string;
      /** A formula relative to the range's top-left cell, e.g. "$F5<0.8", built with src/excel/formula.ts. */
      formula: Formula;
      look: "good" | "bad" | "neutral" | "highlight";
    };

export interface ValidationList {
  range: string;
  /** The allowed entries, shown as a dropdown. */
  values: string[];
}

export interface TableSpec {
  name: string;
  /** Header row first, e.g. "A4:M16". */
  range: string;
}

/** One series of a chart: its values, one cell per category, and the name a legend shows. */
export interface ChartSeries {
  /** The name shown in the legend (in the sheet's language). */
  name: string;
  /** The cell on this sheet that holds the name, when there is one, so the legend follows an edit. */
  nameCell?: string;
  /** The values, a row or a column of cells on this sheet, as many as the categories. */
  values: string;
}

/**
 * A chart described once; both hosts draw it. `funnel` is drawn as Excel's funnel chart where the host
 * has one (Office.js from ExcelApi 1.9); in files, and on older hosts, as horizontal bars with the first
 * category on top, because classic DrawingML (the only chart format Excel, LibreOffice and WPS all read)
 * has no funnel. `bar` is horizontal bars, `column` clustered vertical columns, `stackedColumn` the
 * series stacked in one column per category.
 */
export interface ChartSpec {
  type: "funnel" | "bar" | "column" | "stackedColumn";
  /** The chart's title, in the sheet's language. */
  title: string;
  /** The category labels, a row or a column of cells on this sheet. */
  categories: string;
  /** At least one series; a legend is shown when there are several. */
  series: ChartSeries[];
  /** Top-left cell of the chart. */
  anchor: string;
  /** How many columns and rows the chart covers from its anchor. */
  size: { cols: number; rows: number };
}

/** Header or footer text in three parts, in Excel's header/footer codes: &P the page, &N the pages, && an ampersand. */
export interface PageBand {
  left: string;
  center: string;
  right: string;
}

/** How a sheet prints: both hosts render it (the file writer as <pageSetup>, Office.js as pageLayout). */
export interface PageSetup {
  orientation: "portrait" | "landscape";
  /** The columns fit on one page wide; the rows run on over as many pages as they need. */
  fitToWidth: 1;
  /** The printed range, e.g. "A1:T40". */
  area: string;
  /** Rows printed at the top of every page (the table header), 0-based, first and last included. */
  titleRows?: { first: number; last: number };
  header: PageBand;
  footer: PageBand;
}

/** Columns grouped in an outline (helper columns people need not read), 0-based, first and last included. */
export interface ColumnGroup {
  first: number;
  last: number;
  /** Shown folded: the columns are hidden until a person opens the group. */
  collapsed: boolean;
}

/**
 * What a sheet is for: a review's kind (its review sheet) or "data" (a copy of the rows it references).
 * The writers mark each sheet with it; the registry (src/reviews/registry.ts) lists the known ones.
 */
export type SheetPurpose = string;

export interface SheetSpec {
  name: string;
  purpose: SheetPurpose;
  /**
   * rows[r][c], 0-based from A1; null or a missing cell is empty. Equal cells may be one shared object
   * (data copies share them to save memory), so a SheetSpec is never edited in place.
   */
  rows: (Cell | null)[][];
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  /** Rows and columns kept in view when scrolling. */
  frozen?: { rows: number; cols: number };
  merges?: string[];
  conditionalFormats?: ConditionalFormat[];
  validations?: ValidationList[];
  tables?: TableSpec[];
  /** Charts drawn over the sheet: Office.js draws them in the pane, the file writer as DrawingML parts (xlsxCharts.ts). */
  charts?: ChartSpec[];
  /** The font face of every cell of the sheet (sizes and weights come with the named styles, sheets/looks.ts). */
  font?: string;
  /** Row heights in points, for rows whose wrapped headers need more than one line. */
  rowHeights?: { row: number; points: number }[];
  /** Helper columns grouped in an outline. */
  columnGroups?: ColumnGroup[];
  /** How the sheet prints. */
  page?: PageSetup;
  /** Rows of the source that were skipped, and why; also written on the sheet. */
  warnings?: string[];
}

/** What a build produced: the copied source data sheets and the review sheets, in workbook order. */
export interface Build {
  sheets: SheetSpec[];
  /** One line per number a person would look at first (people, totals, warnings). */
  summary: string[];
  warnings: string[];
}
