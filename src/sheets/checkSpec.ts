import { type Area, columnLetter, parseRange } from "../excel/a1";
import { MAX_COLS, MAX_FORMULA, MAX_ROWS, MAX_SHEET_NAME, MAX_TEXT } from "../excel/limits";
import { STYLE_LOOKS } from "./looks";
import { pageBandText } from "./pageSetup";
import type { Cell, CellStyle, SheetSpec } from "./spec";

/**
 * The checks both writers (the .xlsx file writer and the Office.js writer) make before they write
 * anything: a sheet name Excel takes, cells Excel can hold, formulas given as the builder promised. A
 * failure is a builder's bug, said plainly, never a half-written workbook.
 */

const STYLES = new Set(Object.keys(STYLE_LOOKS));

/** `sheet "Review", cell B7`: where a problem of a spec is. */
export function cellPlace(sheet: string, r: number, c: number): string {
  return `sheet "${sheet}", cell ${columnLetter(c)}${r + 1}`;
}

/**
 * Checks a sheet name against Excel's rules and the names already used (`seen`, lower case, which it
 * extends); throws what is wrong.
 *
 * @example
 * checkSheetName("Q1: deals", new Set()) // throws: sheet name "Q1: deals" contains one of : \ / ? * [ ]
 */
export function checkSheetName(name: string, seen: Set<string>): void {
  if (typeof name !== "string" || name.length === 0 || name.length > MAX_SHEET_NAME) {
    throw new Error(`sheet name "${name}" must be 1 to ${MAX_SHEET_NAME} characters long`);
  }
  if (/[:\\/?*[\]]/.test(name)) throw new Error(`sheet name "${name}" contains one of : \\ / ? * [ ]`);
  if (name.startsWith("'") || name.endsWith("'")) throw new Error(`sheet name "${name}" cannot start or end with an apostrophe`);
  if (name.toLowerCase() === "history") throw new Error(`sheet name "${name}" is reserved by Excel`);
  if (seen.has(name.toLowerCase())) throw new Error(`sheet name "${name}" is used twice (Excel ignores case)`);
  seen.add(name.toLowerCase());
}

/**
 * Checks one cell: a value Excel can store, a formula given without "=" and within Excel's length, a
 * known style. Runs once per cell, millions of times for a large data copy, so the common cell (a plain
 * number or text) is settled in a few comparisons.
 */
export function checkCell(cell: Cell, sheet: string, r: number, c: number): void {
  const v: unknown = cell.v;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`${cellPlace(sheet, r, c)}: ${v} is not a number Excel can store`);
  } else if (typeof v === "string") {
    if (v.length > MAX_TEXT) throw new Error(`${cellPlace(sheet, r, c)}: text of ${v.length} characters is longer than Excel's ${MAX_TEXT}`);
  } else if (v !== null && typeof v !== "boolean") {
    throw new Error(`${cellPlace(sheet, r, c)}: value of type ${typeof v} is not a number, text, true/false or empty`);
  }
  if (cell.f === undefined && cell.style === undefined && cell.fmt === undefined) return;
  if (cell.f !== undefined) checkFormula(cell.f, sheet, r, c);
  if (cell.style !== undefined && !STYLES.has(cell.style as CellStyle)) throw new Error(`${cellPlace(sheet, r, c)}: unknown style "${String(cell.style)}"`);
  if (cell.fmt !== undefined && (typeof cell.fmt !== "string" || cell.fmt.length === 0)) throw new Error(`${cellPlace(sheet, r, c)}: empty number format`);
}

/** A formula whose first character is not white space is not blank (checked without copying it). */
const NOT_BLANK_START = /^\S/;

function checkFormula(formula: string, sheet: string, r: number, c: number): void {
  if (typeof formula !== "string" || formula.length === 0 || formula.length > MAX_FORMULA || !NOT_BLANK_START.test(formula) || formula.charCodeAt(0) === 61) {
    checkFormulaText(formula, `${cellPlace(sheet, r, c)}: formula`);
  }
}

/** Checks a formula's text (a cell's, or a conditional format's): not blank, no leading "=", within Excel's length. */
export function checkFormulaText(formula: string, where: string): void {
  if (typeof formula !== "string" || formula.trim().length === 0) throw new Error(`${where} is empty`);
  if (formula.startsWith("=")) throw new Error(`${where} "${formula}" must be given without the leading "="`);
  if (formula.length > MAX_FORMULA) throw new Error(`${where} is longer than Excel's ${MAX_FORMULA} characters`);
}

/**
 * A range of a spec (a merge, a table, a print area) as an Area, or a builder's bug said plainly: not an
 * A1 range, or beyond Excel's grid.
 *
 * @example
 * checkArea("B2:D9", "Review", "merge") // => { top: 1, left: 1, bottom: 8, right: 3 }
 */
export function checkArea(ref: string, sheet: string, what: string): Area {
  const area = parseRange(ref);
  if (!area || area.bottom >= MAX_ROWS || area.right >= MAX_COLS) {
    throw new Error(`sheet "${sheet}": ${what} range "${ref}" is not an A1 range like "B2:D9"`);
  }
  return area;
}

/** The longest header or footer Excel takes, its codes included. */
const MAX_PAGE_BAND = 255;

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;

/** Row heights, column groups and the page setup of a spec, each checked against what Excel accepts. */
export function checkPrintLayout(spec: SheetSpec): void {
  for (const h of spec.rowHeights ?? []) {
    if (!(isCount(h.row) && h.row < MAX_ROWS && Number.isFinite(h.points) && h.points >= 0 && h.points <= 409)) {
      throw new Error(`sheet "${spec.name}", row ${h.row + 1}: height ${h.points} is not between 0 and 409 points`);
    }
  }
  for (const g of spec.columnGroups ?? []) {
    if (!(isCount(g.first) && isCount(g.last) && g.first <= g.last && g.last < MAX_COLS)) {
      throw new Error(`sheet "${spec.name}": column group ${g.first}-${g.last} is not a range of columns`);
    }
  }
  const page = spec.page;
  if (!page) return;
  checkArea(page.area, spec.name, "print area");
  if (page.titleRows && !(isCount(page.titleRows.first) && isCount(page.titleRows.last) && page.titleRows.first <= page.titleRows.last && page.titleRows.last < MAX_ROWS)) {
    throw new Error(`sheet "${spec.name}": print title rows ${page.titleRows.first + 1}-${page.titleRows.last + 1} are not a range of rows`);
  }
  for (const [where, band] of [["header", page.header], ["footer", page.footer]] as const) {
    if (pageBandText(band).length > MAX_PAGE_BAND) throw new Error(`sheet "${spec.name}": the page ${where} is longer than Excel's ${MAX_PAGE_BAND} characters`);
  }
}
