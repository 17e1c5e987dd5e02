/**
 * Renders SheetSpecs into an .xlsx file with ExcelJS. Hosts only render: every value, formula, cached
 * result, format and rule comes from the spec; nothing here decides a number.
 *
 * Marking: every sheet written gets a sheet-scoped defined name (default `KPIToolkit.Sheet`) whose value
 * is the text constant of its purpose, e.g. `"scorecard"`. A sheet-scoped name travels with its sheet
 * when a person renames, moves or copies it and disappears when the sheet is deleted, so a later build
 * never mistakes a person's own sheet (even one with the same name) for one the add-in made. Office.js
 * reads it as `worksheet.names.getItemOrNullObject("KPIToolkit.Sheet")`; files are read with
 * `readSheetMarks`. (A custom document property listing sheet names would go stale on rename.)
 *
 * Two writers: small workbooks use ExcelJS's in-memory workbook; large ones (more than
 * STREAMING_CELL_COUNT cells) its streaming WorkbookWriter, with text as inline strings rather than a
 * shared-string table (which would add about 140 MB for 200,000 rows). The streaming writer writes the
 * rows' XML itself and leaves the rest of each sheet, the styles and the workbook parts to ExcelJS (see
 * "The streaming writer's rows" below): 200,000 rows × 9 columns take about 1 s of CPU and 60-80 MB
 * above the spec itself, where ExcelJS's own rows took 4.5-5 s and 115 MB, and an in-memory workbook
 * 15-30 s and 2.3-2.8 GB. The streaming writer renders conditional formats, validations, merges,
 * widths and frozen panes, but not tables, so a workbook whose specs ask for a table is always written
 * in memory.
 */
import { constants as fsConstants, promises as fs, rmSync } from "fs";
import * as path from "path";
import { randomBytes } from "crypto";
import { Writable } from "stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SHEET_PURPOSES } from "../reviews/registry";
import { Cell, CellStyle, ConditionalFormat, SheetSpec, TableSpec } from "../sheets/spec";
import { BODY_SIZE, BORDER_COLOR, CONDITIONAL_LOOKS, STYLE_LOOKS, StyleLook } from "../sheets/looks";
import { Area, columnLetter, parseRange } from "../excel/a1";
import { isValidName, MARKER_NAME, MAX_COLS, MAX_LIST_TEXT, MAX_ROWS } from "../excel/limits";
import { checkArea, checkCell, checkFormulaText, checkPrintLayout, checkSheetName } from "../sheets/checkSpec";
import { pageBandText } from "../sheets/pageSetup";
import { decodeXml, escapeXml } from "./xmlText";
import { addChartParts, addChartPartsToFile, drawingLink } from "./xlsxCharts";

export interface WorkbookOptions {
  /** Written as the file's author; defaults to "KPI Toolkit". */
  creator?: string;
  /** The sheet-scoped defined name that marks sheets the add-in wrote; defaults to MARKER_NAME. */
  markerName?: string;
  /** Force the streaming writer on or off; by default it is used above STREAMING_CELL_COUNT cells. */
  streaming?: boolean;
}

export interface WriteOptions extends WorkbookOptions {
  /** Replace a file that already exists at the path (never one of the `protect` paths). */
  overwrite?: boolean;
  /** Files that must never be written, such as the workbook the data was read from. */
  protect?: string | readonly string[];
}

/** The default name of the marker on every sheet the add-in wrote. */
export { MARKER_NAME };

/** Above this many cells (all sheets together) the streaming writer is used. */
export const STREAMING_CELL_COUNT = 50_000;

/**
 * Writes the sheets to a new .xlsx file, never over the input: refuses a path that exists (unless
 * `overwrite`) and any path in `protect`. The file appears whole or not at all.
 *
 * @example
 * await writeWorkbook("review.xlsx", build.sheets, { protect: "team.xlsx" }) // => review.xlsx written
 */
export async function writeWorkbook(filePath: string, sheets: readonly SheetSpec[], options: WriteOptions = {}): Promise<void> {
  const target = path.resolve(filePath);
  if (path.extname(target).toLowerCase() !== ".xlsx") {
    throw new Error(`cannot write "${filePath}": the file name must end in .xlsx`);
  }
  const protectedPaths = typeof options.protect === "string" ? [options.protect] : (options.protect ?? []);
  for (const p of protectedPaths) {
    if (await samePath(target, p)) {
      throw new Error(`refusing to write "${filePath}": it is the input workbook "${p}"; choose another output file`);
    }
  }
  const existing = await fs.stat(target).catch(() => null);
  if (existing && !options.overwrite) throw alreadyExists(filePath);
  if (existing && !existing.isFile()) {
    throw new Error(`cannot write "${filePath}": it is a folder, not a file`);
  }
  const folder = await fs.stat(path.dirname(target)).catch(() => null);
  if (!folder?.isDirectory()) throw new Error(`cannot write "${filePath}": the folder ${path.dirname(target)} does not exist`);
  const plan = planWorkbook(sheets, options);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  const release = removedOnSignal(temp);
  try {
    let linked: ReadonlyMap<string, string> = new Map();
    if (plan.streaming) {
      linked = await renderStreaming(plan, { filename: temp });
    } else {
      await renderInMemory(plan).xlsx.writeFile(temp);
    }
    await addChartPartsToFile(temp, sheets, linked);
    await publish(temp, target, options.overwrite === true, filePath);
  } finally {
    release();
    await fs.rm(temp, { force: true });
  }
}

/** Temporary files being written now: removed if the process is stopped (Ctrl+C, kill) before it can. */
const WRITING = new Set<string>();
const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Removes every temporary file being written, then stops the process as the signal asked. */
function onStopSignal(signal: NodeJS.Signals): void {
  for (const file of WRITING) rmSync(file, { force: true });
  WRITING.clear();
  for (const s of STOP_SIGNALS) process.removeListener(s, onStopSignal);
  // With its handler gone, the signal does what it would have done: the exit code says which it was.
  process.kill(process.pid, signal);
}

/**
 * Keeps a temporary file on the list removed at SIGINT, SIGTERM or SIGHUP while it is written (a build
 * stopped mid-write would otherwise leave a hidden file of many megabytes beside the output).
 *
 * @returns the function that takes it off the list
 */
function removedOnSignal(file: string): () => void {
  if (WRITING.size === 0) for (const s of STOP_SIGNALS) process.on(s, onStopSignal);
  WRITING.add(file);
  return () => {
    WRITING.delete(file);
    if (WRITING.size === 0) for (const s of STOP_SIGNALS) process.removeListener(s, onStopSignal);
  };
}

/**
 * Renders the sheets into the bytes of an .xlsx file.
 *
 * @example
 * const bytes = await workbookBuffer([scorecard]) // => <Buffer 50 4b 03 04 ...>
 */
export async function workbookBuffer(sheets: readonly SheetSpec[], options: WorkbookOptions = {}): Promise<Buffer> {
  const plan = planWorkbook(sheets, options);
  if (!plan.streaming) {
    return addChartParts(Buffer.from(await renderInMemory(plan).xlsx.writeBuffer()), sheets);
  }
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const linked = await renderStreaming(plan, { stream: sink });
  return addChartParts(Buffer.concat(chunks), sheets, linked);
}

/**
 * Lists the sheets of an .xlsx file that carry the add-in's marker, with the purpose each was written for.
 *
 * @example
 * await readSheetMarks(bytes) // => Map { "Scorecard" => "scorecard", "Deals data" => "data" }
 */
export async function readSheetMarks(xlsx: Buffer | Uint8Array, markerName: string = MARKER_NAME): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  if (workbookXml === undefined) throw new Error("not an .xlsx workbook: xl/workbook.xml is missing");
  const sheetNames = [...workbookXml.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => decodeXml(m[1]));
  const marks = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    const local = /\blocalSheetId="(\d+)"/.exec(m[1])?.[1];
    if (name === undefined || local === undefined || decodeXml(name).toLowerCase() !== markerName.toLowerCase()) continue;
    const sheet = sheetNames[Number(local)];
    const value = /^"(.*)"$/.exec(decodeXml(m[2]).trim());
    if (sheet !== undefined) marks.set(sheet, value ? value[1].replace(/""/g, '"') : decodeXml(m[2]));
  }
  return marks;
}

/**
 * Encodes a formula for the file format: functions added in Excel 2010 and later carry the `_xlfn.`
 * prefix in a file (Excel shows #NAME? without it), while the Office.js host writes them bare.
 * Text in quotes and quoted sheet names are left alone.
 *
 * @example
 * fileFormula('RANK.EQ(B2,$B$2:$B$9)&" RANK.EQ("') // => '_xlfn.RANK.EQ(B2,$B$2:$B$9)&" RANK.EQ("'
 */
export function fileFormula(formula: string): string {
  if (!MAY_HAVE_FUTURE_FUNCTION.test(formula)) return formula;
  let out = "";
  let copied = 0;
  FORMULA_TOKEN.lastIndex = 0;
  for (let m = FORMULA_TOKEN.exec(formula); m !== null; m = FORMULA_TOKEN.exec(formula)) {
    const word = m[1];
    // Text in quotes and quoted sheet names (group 1 unset) pass unchanged, as does a name that only
    // ends a longer one, such as a sheet-qualified defined name.
    if (word === undefined || (m.index > 0 && NAME_BEFORE.test(formula[m.index - 1]))) continue;
    const prefix = FUTURE_FUNCTIONS.get(word.toUpperCase());
    if (prefix === undefined) continue;
    out += formula.slice(copied, m.index) + prefix;
    copied = m.index;
  }
  return out + formula.slice(copied);
}

/** A quoted text or sheet name (doubled quotes inside; an unclosed one runs to the end), or a function name. */
const FORMULA_TOKEN = /"(?:[^"]|"")*"?|'(?:[^']|'')*'?|([A-Za-z_][A-Za-z0-9_.]*)(?=\()/g;
const NAME_BEFORE = /[A-Za-z0-9_.!$]/;
const XLFN = "_xlfn.";
const FUTURE_FUNCTIONS = new Map<string, string>([
  ...[
    "AGGREGATE", "BINOM.DIST", "BINOM.INV", "CEILING.MATH", "CEILING.PRECISE", "CHISQ.DIST", "CHISQ.INV",
    "CONCAT", "CONFIDENCE.NORM", "CONFIDENCE.T", "COVARIANCE.P", "COVARIANCE.S", "DAYS", "EXPON.DIST",
    "F.DIST", "F.INV", "FLOOR.MATH", "FLOOR.PRECISE", "FORECAST.LINEAR", "GAMMA.DIST", "GAMMA.INV", "IFNA",
    "IFS", "ISOWEEKNUM", "LOGNORM.DIST", "LOGNORM.INV", "MAXIFS", "MINIFS", "MODE.MULT", "MODE.SNGL",
    "NETWORKDAYS.INTL", "NORM.DIST", "NORM.INV", "NORM.S.DIST", "NORM.S.INV", "PERCENTILE.EXC",
    "PERCENTILE.INC", "PERCENTRANK.EXC", "PERCENTRANK.INC", "POISSON.DIST", "QUARTILE.EXC", "QUARTILE.INC",
    "RANK.AVG", "RANK.EQ", "STDEV.P", "STDEV.S", "SWITCH", "T.DIST", "T.INV", "TEXTJOIN", "VAR.P", "VAR.S",
    "WEIBULL.DIST", "WORKDAY.INTL", "XOR", "XLOOKUP", "XMATCH", "LET", "LAMBDA", "SEQUENCE", "UNIQUE",
  ].map((name): [string, string] => [name, XLFN]),
  ...["FILTER", "SORT", "SORTBY"].map((name): [string, string] => [name, "_xlfn._xlws."]),
]);

/** A quick test that skips the careful scan for the usual formula, which calls only classic functions. */
const MAY_HAVE_FUTURE_FUNCTION = new RegExp(`(?:${[...FUTURE_FUNCTIONS.keys()].map((name) => name.replace(/\./g, "\\.")).join("|")})\\(`, "i");

// ---------------------------------------------------------------------------------------------
// Validation and layout: everything is checked before a single byte is written.

interface PlannedSheet {
  spec: SheetSpec;
  merges: Area[];
  tables: { spec: TableSpec; area: Area; headers: string[] }[];
}

interface WorkbookPlan {
  sheets: PlannedSheet[];
  streaming: boolean;
  creator: string;
  markerName: string;
}


function planWorkbook(sheets: readonly SheetSpec[], options: WorkbookOptions): WorkbookPlan {
  if (sheets.length === 0) throw new Error("cannot write a workbook without sheets");
  const markerName = options.markerName ?? MARKER_NAME;
  if (!isValidName(markerName)) {
    throw new Error(`marker name "${markerName}" is not a valid Excel name (letters, digits, _ and . ; not a cell reference)`);
  }
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>([markerName.toLowerCase()]);
  let cellCount = 0;
  let hasTables = false;
  const planned = sheets.map((spec): PlannedSheet => {
    checkSheetName(spec.name, sheetNames);
    if (!SHEET_PURPOSES.includes(spec.purpose)) throw new Error(`sheet "${spec.name}": unknown purpose "${String(spec.purpose)}"`);
    if (spec.rows.length > MAX_ROWS) throw new Error(`sheet "${spec.name}": ${spec.rows.length} rows is more than Excel's ${MAX_ROWS}`);
    const merges = (spec.merges ?? []).map((m) => checkArea(m, spec.name, "merge"));
    checkNoOverlap(merges, spec.name, "merge");
    for (let r = 0; r < spec.rows.length; r++) {
      const row = spec.rows[r];
      if (row.length > MAX_COLS) throw new Error(`sheet "${spec.name}", row ${r + 1}: ${row.length} columns is more than Excel's ${MAX_COLS}`);
      cellCount += row.length;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell) checkCell(cell, spec.name, r, c);
      }
    }
    for (const m of merges) checkMergeIsEmpty(spec, m);
    const tables = (spec.tables ?? []).map((t) => planTable(spec, t, tableNames));
    checkNoOverlap(tables.map((t) => t.area), spec.name, "table");
    for (const t of tables) {
      const clash = merges.find((m) => overlaps(m, t.area));
      if (clash) throw new Error(`sheet "${spec.name}": table ${t.spec.name} (${t.spec.range}) overlaps merge ${areaText(clash)}; Excel tables cannot hold merged cells`);
    }
    hasTables ||= tables.length > 0;
    for (const cf of spec.conditionalFormats ?? []) checkConditionalFormat(cf, spec.name);
    for (const v of spec.validations ?? []) checkValidation(v.range, v.values, spec.name);
    for (const [i, w] of (spec.columnWidths ?? []).entries()) {
      if (!(Number.isFinite(w) && w >= 0 && w <= 255)) throw new Error(`sheet "${spec.name}", column ${columnLetter(i)}: width ${w} is not between 0 and 255 characters`);
    }
    if (spec.frozen && !(isCount(spec.frozen.rows) && isCount(spec.frozen.cols))) {
      throw new Error(`sheet "${spec.name}": frozen rows and columns must be whole numbers >= 0`);
    }
    checkPrintLayout(spec);
    return { spec, merges, tables };
  });
  const streaming = options.streaming ?? (cellCount > STREAMING_CELL_COUNT && !hasTables);
  if (streaming && hasTables) throw new Error("the streaming writer cannot write Excel tables; leave `streaming` unset");
  return { sheets: planned, streaming, creator: options.creator ?? "KPI Toolkit", markerName };
}

function checkMergeIsEmpty(spec: SheetSpec, merge: Area): void {
  for (let r = merge.top; r <= merge.bottom; r++) {
    for (let c = merge.left; c <= merge.right; c++) {
      const cell = spec.rows[r]?.[c];
      if ((r !== merge.top || c !== merge.left) && cell && (cell.v !== null || cell.f !== undefined)) {
        throw new Error(`sheet "${spec.name}", cell ${columnLetter(c)}${r + 1}: holds a value inside merge ${areaText(merge)}; only its top-left cell may`);
      }
    }
  }
}

function planTable(spec: SheetSpec, table: TableSpec, names: Set<string>): PlannedSheet["tables"][number] {
  if (!isValidName(table.name)) throw new Error(`sheet "${spec.name}": table name "${table.name}" is not a valid Excel name`);
  if (names.has(table.name.toLowerCase())) throw new Error(`sheet "${spec.name}": table name "${table.name}" is used twice`);
  names.add(table.name.toLowerCase());
  const area = checkArea(table.range, spec.name, `table ${table.name}`);
  if (area.bottom === area.top) throw new Error(`sheet "${spec.name}": table ${table.name} (${table.range}) needs a header row and at least one data row`);
  const seen = new Set<string>();
  const headers: string[] = [];
  for (let c = area.left; c <= area.right; c++) {
    const cell = spec.rows[area.top]?.[c];
    const where = `sheet "${spec.name}", cell ${columnLetter(c)}${area.top + 1} (header of table ${table.name})`;
    if (!cell || typeof cell.v !== "string" || cell.v.trim() === "" || cell.f !== undefined) {
      throw new Error(`${where}: a table header must be non-empty text, not a formula`);
    }
    if (seen.has(cell.v.toLowerCase())) throw new Error(`${where}: header "${cell.v}" appears twice; table headers must be unique`);
    seen.add(cell.v.toLowerCase());
    headers.push(cell.v);
  }
  return { spec: table, area, headers };
}

function checkConditionalFormat(cf: ConditionalFormat, sheet: string): void {
  for (const part of cf.range.split(" ")) checkArea(part, sheet, "conditional format");
  if (cf.type === "colorScale") {
    const bad = cf.colors.find((c) => !/^[0-9A-Fa-f]{6}$/.test(c));
    if (bad !== undefined || (cf.colors.length !== 2 && cf.colors.length !== 3)) {
      throw new Error(`sheet "${sheet}": colour scale on ${cf.range} needs 2 or 3 colours as RGB hex like "63BE7B"`);
    }
  } else {
    checkFormulaText(cf.formula, `sheet "${sheet}": conditional format on ${cf.range}`);
    if (!Object.prototype.hasOwnProperty.call(CONDITIONAL_LOOKS, cf.look)) throw new Error(`sheet "${sheet}": conditional format on ${cf.range} has unknown look "${String(cf.look)}"`);
  }
}

function checkValidation(range: string, values: readonly string[], sheet: string): void {
  for (const part of range.split(" ")) checkArea(part, sheet, "validation list");
  const where = `sheet "${sheet}": validation list on ${range}`;
  if (values.length === 0) throw new Error(`${where} has no entries`);
  const withComma = values.find((v) => v.includes(","));
  if (withComma !== undefined) throw new Error(`${where}: entry "${withComma}" contains a comma, which Excel reads as a separator`);
  if (values.join(",").length > MAX_LIST_TEXT) throw new Error(`${where}: the entries together are longer than Excel's ${MAX_LIST_TEXT} characters`);
}


function checkNoOverlap(areas: readonly Area[], sheet: string, what: string): void {
  for (let i = 0; i < areas.length; i++) {
    for (let j = i + 1; j < areas.length; j++) {
      if (overlaps(areas[i], areas[j])) throw new Error(`sheet "${sheet}": ${what} ${areaText(areas[i])} overlaps ${what} ${areaText(areas[j])}`);
    }
  }
}

function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function areaText(a: Area): string {
  return `${columnLetter(a.left)}${a.top + 1}:${columnLetter(a.right)}${a.bottom + 1}`;
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

// ---------------------------------------------------------------------------------------------
// Rendering: the same cell code serves both ExcelJS writers.

type Argb = { argb: string };
const argb = (rgb: string): Argb => ({ argb: `FF${rgb.toUpperCase()}` });
const solid = (rgb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: argb(rgb), bgColor: argb(rgb) });
const thin = { style: "thin", color: argb(BORDER_COLOR) } as const;

/**
 * The named styles as ExcelJS styles, from the looks both hosts share. With a sheet font, every style
 * names it with its size and weight, so no host falls back to a face of its own.
 */
function namedStyles(fontName: string | undefined): Record<CellStyle, Partial<ExcelJS.Style>> {
  return Object.fromEntries(
    (Object.entries(STYLE_LOOKS) as [CellStyle, StyleLook][]).map(([style, look]): [CellStyle, Partial<ExcelJS.Style>] => {
      const font: Partial<ExcelJS.Font> = {
        ...(fontName !== undefined ? { name: fontName, size: look.size ?? BODY_SIZE, bold: look.bold === true } : {}),
        ...(look.bold ? { bold: true } : {}),
        ...(look.italic ? { italic: true } : {}),
        ...(look.size ? { size: look.size } : {}),
        ...(look.color ? { color: argb(look.color) } : {}),
      };
      return [
        style,
        {
          ...(Object.keys(font).length > 0 ? { font } : {}),
          ...(look.fill ? { fill: solid(look.fill) } : {}),
          ...(look.edge ? { border: { [look.edge]: thin } } : {}),
          ...(look.wrap ? { alignment: { wrapText: true, vertical: "bottom" } } : {}),
        },
      ];
    }),
  ) as Record<CellStyle, Partial<ExcelJS.Style>>;
}

/** The parts of an ExcelJS worksheet both writers share (the stream writer's typings omit some). */
interface SheetTarget {
  getRow(row: number): ExcelJS.Row;
  mergeCells(range: string): void;
  addConditionalFormatting(cf: ExcelJS.ConditionalFormattingOptions): void;
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
  addTable?(table: ExcelJS.TableProperties): unknown;
}

function worksheetOptions(spec: SheetSpec): Partial<ExcelJS.AddWorksheetOptions> {
  const frozen = spec.frozen && (spec.frozen.rows > 0 || spec.frozen.cols > 0) ? spec.frozen : null;
  const page = spec.page;
  return {
    views: frozen ? [{ state: "frozen", xSplit: frozen.cols, ySplit: frozen.rows }] : [{}],
    ...(spec.columnGroups?.length ? { properties: { outlineLevelCol: 1 } as ExcelJS.WorksheetProperties } : {}),
    ...(page
      ? {
          // fitToHeight 0: as many pages down as the rows need. The print area and titles are defined names (markSheets).
          pageSetup: { orientation: page.orientation, fitToPage: true, fitToWidth: page.fitToWidth, fitToHeight: 0 },
          headerFooter: { oddHeader: pageBandText(page.header), oddFooter: pageBandText(page.footer) },
        }
      : {}),
  };
}


function columnsFor(spec: SheetSpec): Partial<ExcelJS.Column>[] | null {
  const widths = [...(spec.columnWidths ?? [])];
  const grouped = new Map<number, boolean>();
  for (const g of spec.columnGroups ?? []) for (let c = g.first; c <= g.last; c++) grouped.set(c, g.collapsed);
  for (const c of grouped.keys()) while (widths.length <= c) widths.push(8.43);
  if (widths.length === 0) return null;
  return widths.map((width, c) => {
    const collapsed = grouped.get(c);
    return collapsed === undefined ? { width } : { width, outlineLevel: 1, hidden: collapsed };
  });
}

/** The heights of the rows the spec sizes, by 1-based row number. */
function rowHeightsOf(spec: SheetSpec): Map<number, number> {
  return new Map((spec.rowHeights ?? []).map((h) => [h.row + 1, h.points]));
}

/**
 * Style objects shared by identity: ExcelJS caches a style id per object, which keeps big sheets fast.
 * Text that looks like a formula gets its own object, marked for the quote prefix (see quotePrefixed).
 */
function styleCache(fontName?: string): (cell: Cell) => Partial<ExcelJS.Style> {
  const named = namedStyles(fontName);
  const body: Partial<ExcelJS.Style> = fontName !== undefined ? { font: { name: fontName, size: BODY_SIZE, bold: false } } : {};
  const plain: Partial<ExcelJS.Style> = { ...body };
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  return (cell) => {
    const quoted = needsQuotePrefix(cell);
    if (!cell.style && !cell.fmt && !quoted) return plain;
    const key = `${cell.style ?? ""}\u0000${cell.fmt ?? ""}\u0000${quoted ? "q" : ""}`;
    let style = cache.get(key);
    if (!style) {
      style = { ...(cell.style ? named[cell.style] : body), ...(cell.fmt ? { numFmt: cell.fmt } : {}) };
      if (quoted) QUOTE_PREFIXED.add(style);
      cache.set(key, style);
    }
    return style;
  };
}

/**
 * Text a spreadsheet could take for a formula once someone edits the cell (F2, Enter) or exports it to
 * CSV: it starts with =, +, -, @, a tab or a carriage return. Excel marks such text, typed after an
 * apostrophe, with the quote prefix of its cell format; the Office host writes it the same way.
 */
function needsQuotePrefix(cell: Cell): boolean {
  if (cell.f !== undefined || typeof cell.v !== "string" || cell.v.length === 0) return false;
  const first = cell.v.charCodeAt(0);
  return first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x09 || first === 0x0d;
}

/** The style objects of formula-looking text: their cell formats are written with quotePrefix="1". */
const QUOTE_PREFIXED = new WeakSet<object>();

/** ExcelJS's style table as it is inside (4.4): each cell format (xf) kept as its XML, indexed by it. */
interface StyleTableInside extends StyleTable {
  model: { styles: string[] };
  index: { style: Record<string, number> };
}

/**
 * Teaches one ExcelJS style table the quote prefix, which ExcelJS 4.4 cannot write: a style object in
 * QUOTE_PREFIXED gets a cell format of its own, the XML of its look with quotePrefix="1", added to the
 * table the way ExcelJS adds every other (one per distinct XML).
 */
function quotePrefixed(table: StyleTable): void {
  const inside = table as StyleTableInside;
  if (!Array.isArray(inside.model?.styles) || typeof inside.index?.style !== "object") {
    throw new Error("this ExcelJS keeps its styles differently: the quote prefix cannot be written (expected ExcelJS 4.4)");
  }
  const add = table.addStyleModel.bind(table);
  table.addStyleModel = (style, cellType) => {
    const id = add(style, cellType);
    if (!QUOTE_PREFIXED.has(style)) return id;
    const xml = inside.model.styles[id].replace(/^<xf\b/, '<xf quotePrefix="1"');
    let quoted = inside.index.style[xml];
    if (quoted === undefined) {
      quoted = inside.index.style[xml] = inside.model.styles.length;
      inside.model.styles.push(xml);
    }
    return quoted;
  };
}

function cellValue(cell: Cell, inlineStrings: boolean): ExcelJS.CellValue {
  const v = typeof cell.v === "string" ? ooxmlText(cell.v) : cell.v;
  if (cell.f !== undefined) {
    // A formula always carries a cached value; a formula whose value is empty shows "" in Excel.
    return { formula: fileFormula(cell.f), result: v ?? "" } as ExcelJS.CellFormulaValue;
  }
  // A string is always text: ExcelJS never parses "=..." from a plain string value. Streamed, it goes
  // inline as one plain run (t="inlineStr"), which needs no shared-string table in memory.
  return inlineStrings && typeof v === "string" ? { richText: [{ text: v }] } : v;
}

/**
 * Text as OOXML stores it, for what XML alone would change: a carriage return (which every XML
 * parser reads as a line feed) as _x000D_, and a literal "_x0041_" as _x005F_x0041_ (else Excel
 * reads it as "A"). ExcelJS escapes neither; both writers pass text through here.
 *
 * @example
 * ooxmlText("\r=1+1") // => "_x000D_=1+1"
 */
function ooxmlText(text: string): string {
  if (!text.includes("\r") && !text.includes("_x")) return text;
  return text.replace(/_x(?=[0-9A-Fa-f]{4}_)/g, "_x005F_x").replace(/\r/g, "_x000D_");
}

/** Cells inside a merge other than its top-left one, as "row,col" keys (0-based). */
function mergeSlaves(merges: readonly Area[]): Set<string> {
  const slaves = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) slaves.add(`${r},${c}`);
  }
  return slaves;
}

/** Sets one spec row's cells on an ExcelJS row. */
function fillRow(row: ExcelJS.Row, r: number, cells: readonly (Cell | null)[], styleOf: (cell: Cell) => Partial<ExcelJS.Style>, slaves: ReadonlySet<string>, inlineStrings: boolean): void {
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell) continue;
    const target = row.getCell(c + 1);
    // Setting a value on a merged cell would overwrite the merge's top-left cell.
    if (!slaves.has(`${r},${c}`)) target.value = cellValue(cell, inlineStrings);
    target.style = styleOf(cell);
  }
}

/** Conditional formats and validation lists: rendered by ExcelJS in both writers. */
function addRules(spec: SheetSpec, ws: SheetTarget): void {
  let priority = 1;
  for (const cf of spec.conditionalFormats ?? []) {
    ws.addConditionalFormatting({ ref: cf.range, rules: [conditionalRule(cf, priority++)] });
  }
  for (const v of spec.validations ?? []) {
    for (const part of v.range.split(" ")) {
      ws.dataValidations.add(part, {
        type: "list",
        allowBlank: true,
        showErrorMessage: true,
        formulae: [`"${v.values.join(",").replace(/"/g, '""')}"`],
      });
    }
  }
}

function renderSheetInMemory(plan: PlannedSheet, ws: SheetTarget): void {
  const { spec } = plan;
  const styleOf = styleCache(spec.font);
  for (const t of plan.tables) {
    ws.addTable?.({
      name: t.spec.name,
      ref: `${columnLetter(t.area.left)}${t.area.top + 1}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleLight1", showRowStripes: true },
      columns: t.headers.map((name) => ({ name, filterButton: true })),
      // The table only needs its size here; the cells are written below, with their formulas.
      rows: Array.from({ length: t.area.bottom - t.area.top }, () => t.headers.map(() => null)),
    });
  }
  for (const m of plan.merges) ws.mergeCells(areaText(m));
  const slaves = mergeSlaves(plan.merges);
  for (let r = 0; r < spec.rows.length; r++) {
    const cells = spec.rows[r];
    if (cells.some((cell) => cell)) fillRow(ws.getRow(r + 1), r, cells, styleOf, slaves, false);
  }
  for (const [row, points] of rowHeightsOf(spec)) ws.getRow(row).height = points;
  addRules(spec, ws);
}

// ---------------------------------------------------------------------------------------------
// The streaming writer's rows. ExcelJS spends about 2.5 microseconds per cell building Cell objects,
// models and XML through its generic serialiser (4.5-5 s for 200,000 rows × 9 columns), and holds a
// whole sheet's XML in memory until the zip gets to it. Rows are therefore written here as XML text
// straight into the worksheet's part of ExcelJS's zip stream, a chunk at a time as the zip takes them,
// while ExcelJS still writes the workbook parts, the styles (each combination of look and number format
// asked for once), and every worksheet element around <sheetData> (views, columns, merges, conditional
// formats, validations, margins). Rows that hold part of a merge go through ExcelJS as before, since its
// merge bookkeeping lives on its rows; their text is a one-run rich text, which reads the same.

/** What the streaming writer's worksheet offers beyond SheetTarget (present in ExcelJS 4.4, untyped). */
interface StreamSheet extends SheetTarget {
  /** The worksheet's part of the zip: ExcelJS's own writes and ours go through it in order. */
  readonly stream: { write(data: Buffer): unknown };
  commit(): void;
  /** The sheet's relationships (ExcelJS's stream writer): a drawing is linked as its images would be. */
  readonly _sheetRelsWriter: { addMedia(rel: { Type: string; Target: string }): string };
  /** Writes what comes last in the sheet before it closes (comments' legacy drawing): a drawing goes just before. */
  _writeLegacyData(): void;
}

/** ExcelJS's style table of the workbook being streamed (the stream writer's `styles`). */
interface StyleTable {
  addStyleModel(style: Partial<ExcelJS.Style>, cellType?: ExcelJS.ValueType): number;
}

/** Bytes of row XML gathered before they go to the zip stream in one write. */
const CHUNK_BYTES = 1 << 16;
/** XML waiting for the zip beyond this makes the writer wait until the zip has taken it. */
const BACKLOG_BYTES = 4 << 20;

/**
 * Where archiver takes in a worksheet's XML: ExcelJS 4.4 pipes each worksheet's stream into one
 * (a PassThrough of readable-stream 2), whose unread bytes are the backlog. Without it (another ExcelJS),
 * rows still stream, only without waiting for the zip.
 */
interface ZipIntake {
  _writableState: { length: number; needDrain: boolean };
  once(event: "drain", listener: () => void): unknown;
}

function zipIntake(stream: unknown): ZipIntake | null {
  const pipes = (stream as { pipes?: unknown }).pipes;
  const intake = Array.isArray(pipes) && pipes.length === 1 ? (pipes[0] as Partial<ZipIntake>) : null;
  return intake && typeof intake.once === "function" && typeof intake._writableState?.length === "number" ? (intake as ZipIntake) : null;
}

/**
 * Row XML encoded straight into a buffer, row by row, and handed to the zip a chunk at a time. Gathering
 * it as one long string first cost more than building it (V8 must flatten the string to encode it), and
 * writing a whole sheet before the zip could take any of it held all of its XML in memory.
 */
class RowSink {
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private readonly intake: ZipIntake | null;

  constructor(private readonly ws: StreamSheet) {
    this.intake = zipIntake(ws.stream);
  }

  /** Adds XML text; when a chunk went out, returns a promise to wait on while the zip catches up. */
  add(xml: string): Promise<void> | null {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + xml.length * 3 <= this.buffer.length) {
      this.used += this.buffer.write(xml, this.used, "utf8");
      return null;
    }
    this.flush();
    if (xml.length * 3 > this.buffer.length) this.ws.stream.write(Buffer.from(xml, "utf8"));
    else this.used = this.buffer.write(xml, 0, "utf8");
    return this.catchUp();
  }

  /** Sends what was gathered, before ExcelJS writes to the same stream or the sheet ends. */
  flush(): void {
    if (this.used === 0) return;
    this.ws.stream.write(this.buffer.subarray(0, this.used));
    // ExcelJS may hold on to the chunk until the zip reads it, so the next rows go to a new buffer.
    this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }

  /**
   * Gives the event loop a turn, so the zip compresses (on the thread pool) while the next rows are
   * built; and when too much is waiting, waits until the zip has taken it all.
   */
  private catchUp(): Promise<void> {
    const state = this.intake?._writableState;
    if (this.intake && state && state.length > BACKLOG_BYTES && state.needDrain) {
      const intake = this.intake;
      return new Promise((resolve) => intake.once("drain", resolve));
    }
    return new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * The ` s="3"` attribute of a cell's style (or "" for the default style), from ExcelJS's style table:
 * one lookup there per combination of named style and number format.
 */
function styleAttributes(table: StyleTable, fontName?: string): (cell: Cell) => string {
  const styleOf = styleCache(fontName);
  const attributes = new Map<string, Map<string | undefined, string>>();
  return (cell) => {
    const key = `${cell.style ?? ""}${needsQuotePrefix(cell) ? "\u0000q" : ""}`;
    let byFormat = attributes.get(key);
    if (byFormat === undefined) attributes.set(key, (byFormat = new Map()));
    let attribute = byFormat.get(cell.fmt);
    if (attribute === undefined) {
      // Asked as a number cell: ExcelJS then names the General format, which is also what text gets.
      const id = table.addStyleModel(styleOf(cell), ExcelJS.ValueType.Number);
      attribute = id === 0 ? "" : ` s="${id}"`;
      byFormat.set(cell.fmt, attribute);
    }
    return attribute;
  };
}

async function renderSheetStreaming(plan: PlannedSheet, ws: StreamSheet, styleAttribute: (cell: Cell) => string): Promise<void> {
  const heights = rowHeightsOf(plan.spec);
  const fontName = plan.spec.font;
  const { spec } = plan;
  // ExcelJS's mergeCells creates its rows for the merged area; those rows are filled and committed
  // through ExcelJS below, in their place among the rows written here.
  for (const m of plan.merges) ws.mergeCells(areaText(m));
  const mergeRows = new Set<number>();
  for (const m of plan.merges) for (let r = m.top; r <= m.bottom; r++) mergeRows.add(r);
  const slaves = mergeSlaves(plan.merges);
  const styleOf = styleCache(fontName);
  // A cell without a look of its own still names the sheet's font: one attribute for all of them.
  const plainAttribute = fontName !== undefined ? styleAttribute({ v: null }) : "";
  // Committing an empty first row makes ExcelJS write <cols> and open <sheetData>, and nothing else.
  if (!mergeRows.has(0)) ws.getRow(1).commit();
  let width = 0;
  for (const cells of spec.rows) width = Math.max(width, cells.length);
  const cellOpeners = Array.from({ length: width }, (_, c) => `<c r="${columnLetter(c)}`);
  const sink = new RowSink(ws);
  for (let r = 0; r < spec.rows.length; r++) {
    const cells = spec.rows[r];
    if (mergeRows.has(r)) {
      sink.flush();
      const row = ws.getRow(r + 1);
      fillRow(row, r, cells, styleOf, slaves, true);
      const height = heights.get(r + 1);
      if (height !== undefined) row.height = height;
      row.commit();
      continue;
    }
    const xml = rowXml(cells, r + 1, cellOpeners, styleAttribute, plainAttribute, heights.get(r + 1));
    const wait = xml.length > 0 ? sink.add(xml) : null;
    if (wait) await wait;
  }
  sink.flush();
  addRules(spec, ws);
}

/** One <row> of SpreadsheetML, or "" for a row with nothing to write. */
function rowXml(
  cells: readonly (Cell | null)[],
  rowNumber: number,
  cellOpeners: readonly string[],
  styleAttribute: (cell: Cell) => string,
  plainAttribute: string,
  height: number | undefined,
): string {
  const ref = `${rowNumber}"`;
  let xml = "";
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell) continue;
    const v = cell.v;
    const open = cell.style === undefined && cell.fmt === undefined && !needsQuotePrefix(cell) ? cellOpeners[c] + ref + plainAttribute : cellOpeners[c] + ref + styleAttribute(cell);
    if (cell.f !== undefined) {
      const f = escapeXml(fileFormula(cell.f));
      // The cached result is always written: without <v>, Excel shows 0 or blank until it recalculates.
      if (typeof v === "number") xml += `${open}><f>${f}</f><v>${v}</v></c>`;
      else if (typeof v === "boolean") xml += `${open} t="b"><f>${f}</f><v>${v ? 1 : 0}</v></c>`;
      else xml += `${open} t="str"><f>${f}</f><v>${v === null ? "" : escapeXml(ooxmlText(v))}</v></c>`;
    } else if (typeof v === "number") {
      xml += `${open}><v>${v}</v></c>`;
    } else if (typeof v === "string") {
      // Inline text is never read as a formula, whatever it starts with.
      const t = escapeXml(ooxmlText(v));
      xml += hasEdgeSpace(v) ? `${open} t="inlineStr"><is><t xml:space="preserve">${t}</t></is></c>` : `${open} t="inlineStr"><is><t>${t}</t></is></c>`;
    } else if (typeof v === "boolean") {
      xml += `${open} t="b"><v>${v ? 1 : 0}</v></c>`;
    } else if (open.length > cellOpeners[c].length + ref.length) {
      // An empty cell is written only for its style.
      xml += `${open}/>`;
    }
  }
  if (xml.length === 0) return "";
  return height === undefined ? `<row r="${rowNumber}">${xml}</row>` : `<row r="${rowNumber}" ht="${height}" customHeight="1">${xml}</row>`;
}

/** Leading or trailing white space, which XML would otherwise let a reader drop. */
function hasEdgeSpace(text: string): boolean {
  return text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32);
}

function conditionalRule(cf: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingRule {
  if (cf.type === "colorScale") {
    const cfvo: ExcelJS.Cvfo[] =
      cf.colors.length === 3 ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }] : [{ type: "min" }, { type: "max" }];
    return { type: "colorScale", priority, cfvo, color: cf.colors.map(argb) };
  }
  const look = CONDITIONAL_LOOKS[cf.look];
  return {
    type: "expression",
    priority,
    formulae: [fileFormula(cf.formula)],
    style: { fill: solid(look.fill), ...(look.font ? { font: { color: argb(look.font) } } : {}) },
  };
}

/**
 * Replaces ExcelJS's defined names (which can only hold ranges) with the sheet-scoped marker names, and
 * each sheet's print area and print titles (Excel keeps both as the built-in names _xlnm.Print_Area and
 * _xlnm.Print_Titles; written here rather than by ExcelJS, which does not quote a sheet name's apostrophe).
 */
function markSheets(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const marks = plan.sheets.flatMap((s, i) => {
    const page = s.spec.page;
    const prefix = `'${s.spec.name.replace(/'/g, "''")}'!`;
    const names: { name: string; localSheetId: number; ranges: string[] }[] = [{ name: plan.markerName, localSheetId: i, ranges: [`"${s.spec.purpose}"`] }];
    if (page) {
      const area = parseRange(page.area);
      if (area) names.push({ name: "_xlnm.Print_Area", localSheetId: i, ranges: [`${prefix}$${columnLetter(area.left)}$${area.top + 1}:$${columnLetter(area.right)}$${area.bottom + 1}`] });
      if (page.titleRows) names.push({ name: "_xlnm.Print_Titles", localSheetId: i, ranges: [`${prefix}$${page.titleRows.first + 1}:$${page.titleRows.last + 1}`] });
    }
    return names;
  });
  Object.defineProperty(workbook.definedNames, "model", { get: () => marks, set: () => undefined, configurable: true });
}

function describeWorkbook(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  workbook.creator = plan.creator;
  workbook.lastModifiedBy = plan.creator;
  workbook.created = new Date();
  workbook.modified = workbook.created;
  markSheets(workbook, plan);
}

function renderInMemory(plan: WorkbookPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  describeWorkbook(workbook, plan);
  quotePrefixOnWrite(workbook);
  for (const sheet of plan.sheets) {
    const ws = workbook.addWorksheet(sheet.spec.name, worksheetOptions(sheet.spec));
    const columns = columnsFor(sheet.spec);
    if (columns) ws.columns = columns;
    renderSheetInMemory(sheet, ws as unknown as SheetTarget);
  }
  return workbook;
}

/**
 * The in-memory writer makes its style table when it writes (XLSX.prepareModel sets `model.styles`, then
 * adds every cell's style to it): the table is taught the quote prefix as it is set.
 */
function quotePrefixOnWrite(workbook: ExcelJS.Workbook): void {
  const xlsx = workbook.xlsx as unknown as { prepareModel?: (model: object, options: unknown) => unknown };
  const prepare = xlsx.prepareModel;
  if (typeof prepare !== "function") throw new Error("this ExcelJS prepares its files differently: the quote prefix cannot be written (expected ExcelJS 4.4)");
  xlsx.prepareModel = (model: object, options: unknown): unknown => {
    let styles: StyleTable | undefined;
    Object.defineProperty(model, "styles", {
      configurable: true,
      enumerable: true,
      get: () => styles,
      set: (table: StyleTable) => {
        quotePrefixed(table);
        styles = table;
      },
    });
    return prepare.call(xlsx, model, options);
  };
}

/**
 * Streams the sheets into an .xlsx. A sheet with charts gets its `<drawing>` element and relationship as
 * it is written (ExcelJS's stream writer has no charts; the element goes where the schema wants it, just
 * before the legacy drawing of comments); the chart parts are added after (addChartParts).
 *
 * @returns sheet name → drawing part, for each sheet linked so
 */
async function renderStreaming(plan: WorkbookPlan, target: { filename: string } | { stream: Writable }): Promise<Map<string, string>> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ ...target, useStyles: true, useSharedStrings: false });
  describeWorkbook(workbook, plan);
  const styles = (workbook as unknown as { styles: StyleTable }).styles;
  quotePrefixed(styles);
  const linked = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const styleAttribute = styleAttributes(styles, sheet.spec.font);
    const ws = workbook.addWorksheet(sheet.spec.name, worksheetOptions(sheet.spec));
    const columns = columnsFor(sheet.spec);
    // The stream writer emits <cols> with the first row, so widths must be set before any row.
    if (columns) ws.columns = columns;
    const sheetWriter = ws as unknown as StreamSheet;
    await renderSheetStreaming(sheet, sheetWriter, styleAttribute);
    if ((sheet.spec.charts ?? []).length > 0) {
      const link = drawingLink(linked.size + 1);
      const relId = sheetWriter._sheetRelsWriter.addMedia({ Type: link.type, Target: link.target });
      const legacy = sheetWriter._writeLegacyData.bind(sheetWriter);
      sheetWriter._writeLegacyData = () => {
        sheetWriter.stream.write(Buffer.from(link.element(relId), "utf8"));
        legacy();
      };
      linked.set(sheet.spec.name, link.part);
    }
    sheetWriter.commit();
  }
  await workbook.commit();
  return linked;
}

// ---------------------------------------------------------------------------------------------
// Files

async function samePath(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  // Same file under another name: a symlink, a hard link, or different case on a case-insensitive disk.
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

async function publish(temp: string, target: string, overwrite: boolean, shown: string): Promise<void> {
  if (overwrite) {
    await fs.rename(temp, target);
    return;
  }
  try {
    // link() fails if the target appeared meanwhile, so a file created since the check is never replaced.
    await fs.link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EEXIST") {
      // Some file systems have no hard links; an exclusive copy keeps the same promise.
      await fs.copyFile(temp, target, fsConstants.COPYFILE_EXCL).catch((copyError: NodeJS.ErrnoException) => {
        throw copyError.code === "EEXIST" ? alreadyExists(shown) : copyError;
      });
      return;
    }
    throw alreadyExists(shown);
  }
}

function alreadyExists(shown: string): Error {
  return new Error(`refusing to write "${shown}": the file already exists (pass overwrite to replace it)`);
}
