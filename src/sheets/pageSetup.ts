import { parseRange, rangeRef } from "../excel/a1";
import { type Catalogue, type Language, pick } from "../i18n/languages";
import { displayText } from "./textWidth";
import { DATE } from "./formats";
import type { PageBand, PageSetup, SheetSpec } from "./spec";

/**
 * How a sheet prints: the columns fit one page wide (landscape when the sheet is wider than a portrait
 * page holds), the table header repeated on every page, the used cells as the print area, and a header
 * and footer with the review's title, its as-of date and "page N of M".
 */

/** What a portrait A4 or Letter page holds between default margins, in digits of the body font. */
const PORTRAIT_WIDTH = 95;

const PAGE_WORDS: Catalogue<{ asOf(date: string): string; pageOf: string }> = {
  en: { asOf: (date) => `As of ${date}`, pageOf: "Page &P of &N" },
  "zh-CN": { asOf: (date) => `截至 ${date}`, pageOf: "第 &P 页，共 &N 页" },
};

/**
 * Text as a header or footer shows it: a single & starts a code there, so a title's own & is doubled.
 *
 * @example
 * pageText("Sales & service") // => "Sales && service"
 */
export function pageText(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * A header or footer as one text of Excel's codes: &L left, &C centre, &R right (how the file stores it,
 * and what Excel's 255-character limit counts).
 *
 * @example
 * pageBandText({ left: "Scorecard", center: "", right: "As of 2026-11-20" }) // => "&LScorecard&RAs of 2026-11-20"
 */
export function pageBandText(band: PageBand): string {
  return `${band.left ? `&L${band.left}` : ""}${band.center ? `&C${band.center}` : ""}${band.right ? `&R${band.right}` : ""}`;
}

/** The rows printed on every page: the header rows just above the frozen line (a group row and the header). */
function titleRows(spec: SheetSpec): PageSetup["titleRows"] {
  const frozen = spec.frozen?.rows ?? 0;
  if (frozen === 0) return undefined;
  const isHeaderRow = (r: number): boolean => (spec.rows[r] ?? []).some((cell) => cell?.style === "header");
  let first = frozen - 1;
  while (first > 0 && isHeaderRow(first - 1)) first--;
  return isHeaderRow(frozen - 1) ? { first, last: frozen - 1 } : { first: frozen - 1, last: frozen - 1 };
}

/** A header or footer part's most characters: Excel takes 255 for all three parts and their codes. */
const MAX_PART = 80;

/** The sheet's title: its first cell in the title style, else its name; a long one is cut with an ellipsis. */
function titleOf(spec: SheetSpec): string {
  const first = spec.rows[0]?.[0];
  const title = first?.style === "title" && typeof first.v === "string" ? first.v : spec.name;
  return title.length > MAX_PART ? `${title.slice(0, MAX_PART - 1)}…` : title;
}

/**
 * The page setup of a sheet whose columns are as wide as `columnWidths` (hidden columns do not print).
 *
 * @param asOf - the review's as-of date, a date serial, shown in the page header
 *
 * @example
 * pageSetupFor(scorecard, widths, new Set(), "en", 46346).orientation // => "landscape"
 */
export function pageSetupFor(spec: SheetSpec, columnWidths: readonly number[], hidden: ReadonlySet<number>, language: Language, asOf: number): PageSetup {
  const words = pick(language, PAGE_WORDS);
  let lastRow = Math.max(spec.rows.length - 1, 0);
  let lastCol = Math.max(spec.rows.reduce((w, row) => Math.max(w, row.length), 0) - 1, 0);
  // The charts print with the table: the area reaches their far corner.
  for (const chart of spec.charts ?? []) {
    const at = parseRange(chart.anchor);
    if (at === null) continue;
    lastRow = Math.max(lastRow, at.top + chart.size.rows - 1);
    lastCol = Math.max(lastCol, at.left + chart.size.cols - 1);
  }
  let printed = 0;
  for (let c = 0; c <= lastCol; c++) if (!hidden.has(c)) printed += columnWidths[c] ?? 8.43;
  const rows = titleRows(spec);
  return {
    orientation: printed > PORTRAIT_WIDTH ? "landscape" : "portrait",
    fitToWidth: 1,
    area: rangeRef(0, 0, lastRow, lastCol),
    ...(rows ? { titleRows: rows } : {}),
    header: { left: pageText(titleOf(spec)), center: "", right: pageText(words.asOf(displayText(asOf, DATE))) },
    footer: { left: pageText(spec.name), center: words.pageOf, right: "" },
  };
}
