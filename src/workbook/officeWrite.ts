/**
 * Writes a Build's sheets into the open workbook through Office.js. Hosts only render: every value,
 * formula, format and rule comes from the SheetSpec; nothing here decides a number.
 *
 * Syncs: a build makes BASE_SYNCS round trips plus one per chunk. (1) list the sheets and tables,
 * (2) look up the add-in's mark on each sheet, (3) create the sheets (marks, column widths, frozen
 * panes), then one sync per chunk of cell blocks, each chunk sized to stay under CHUNK_BYTES of request
 * (Excel refuses requests over 5 MB), (4) merges, tables, conditional formats, validation lists, charts
 * and a recalculation, (5) remove the sheets this build replaced and show the first review sheet.
 *
 * Safety:
 * - Only sheets this build creates are written. An existing sheet is replaced only when `replace` is
 *   set, the add-in made it (it carries the mark) and it was not read as a source; otherwise the new
 *   sheet gets the next free name, "Scorecard (2)", and formulas of the build that pointed at the old
 *   name are rewritten to the new one.
 * - A replaced sheet is first renamed aside and deleted only after everything else succeeded, so a
 *   failed or cancelled build deletes the sheets it created and gives the old ones their names back.
 * - Text is never turned into a formula: a string Excel would parse (leading = + - @ ' #, digits that
 *   could become a number or date, TRUE/FALSE) is written with Excel's quote prefix, a leading
 *   apostrophe, which stores the rest as text. (Range.values and Range.formulas both read "=", "+" and
 *   "-" as the start of a formula.)
 *
 * The mark: a hidden sheet-scoped defined name MARKER_NAME whose value is the sheet's purpose, the same
 * one the .xlsx writer puts in files, so sheets made by the command line are recognised here too; a
 * sheet-scoped name travels with its sheet when it is renamed or moved and vanishes with it. Where
 * ExcelApi 1.12 is there, a worksheet custom property of the same name is added as well.
 */
import { Area, columnLetter } from "../excel/a1";
import { type Formula, sheetPrefix } from "../excel/formula";
import { MARKER_NAME, MAX_SHEET_NAME } from "../excel/limits";
import { checkArea, checkCell, checkPrintLayout, checkSheetName } from "../sheets/checkSpec";
import { valueAxisMinimum } from "../sheets/chartAxis";
import type { Build, Cell, CellStyle, ChartSpec, ConditionalFormat, PageSetup, SheetSpec } from "../sheets/spec";
import type { Capabilities, Feature, MissingFeature } from "./hostCapabilities";
import { featureNeed } from "./hostCapabilities";
import { BODY_SIZE, BORDER_COLOR, CONDITIONAL_LOOKS, STYLE_LOOKS } from "../sheets/looks";
import { HOST_MESSAGES, type HostCallOptions, type HostLanguage, type HostMessages } from "./hostMessages";

/** The sheet-scoped defined name (and custom property) that marks sheets the add-in made. */
export { MARKER_NAME };

/** Request budget per chunk: Excel's limit is 5 MB; the rest is left for the calls around the arrays. */
export const CHUNK_BYTES = 4_000_000;

/** Syncs of a build apart from one per chunk: list, marks, create, finish, commit. */
export const BASE_SYNCS = 5;

export interface WriteBuildOptions extends HostCallOptions {
  /** Called after each chunk of cells is written: chunks done, chunks in all. */
  onProgress?: (done: number, total: number) => void;
  /** Cancels the build between chunks; the sheets it made are removed. */
  signal?: AbortSignal;
  /** Replace sheets of the same name that the add-in made, instead of adding "Name (2)". */
  replace?: boolean;
  /**
   * Leaves the sheets unmarked: they become the person's own (the sample data the first run writes),
   * are offered as sources and are never replaced. Use with `replace` off: nothing is overwritten.
   */
  unmarked?: boolean;
}

export interface WriteBuildResult {
  /** The names the sheets were written under, in build order. */
  sheets: string[];
  /** Features the build used that this Excel lacks: left out or drawn another way. */
  skipped?: MissingFeature[];
}

/** What writeBuild needs besides the build: set by the Office host. */
export interface WriteSettings {
  caps: Capabilities;
  chunkBytes: number;
  /** Lower-case names of sheets read as sources: never replaced. */
  sources: ReadonlySet<string>;
}

/** What a build changed so far, so a failure can be undone: filled in as the build goes. */
export interface BuildJournal {
  /** Ids of the sheets that existed before the build (null until they were listed). */
  before: Set<string> | null;
  /** Names of the sheets this build asked Excel to create. */
  created: string[];
  /** Old add-in sheets moved aside to be replaced: their id, original and temporary names. */
  movedAside: { id: string; name: string; aside: string }[];
  /** What the build was doing, for the error message. */
  stage: string;
  /** The new sheets are all written; what is left is removing the replaced ones. */
  written: boolean;
}

/** A fresh journal for one build, its stage told in `language`. */
export function newJournal(language: HostLanguage = "en"): BuildJournal {
  return { before: null, created: [], movedAside: [], stage: HOST_MESSAGES[language].starting, written: false };
}

// ---------------------------------------------------------------------------------------------
// The build, sync by sync.

interface ExistingSheet {
  id: string;
  name: string;
  position: number;
  marked: boolean;
  proxy: Excel.Worksheet;
}

/** Where each spec goes: its final name, and the add-in sheet it replaces, if any. */
interface Placement {
  spec: SheetSpec;
  name: string;
  replaces: ExistingSheet | null;
}

/**
 * Writes the build's sheets in `context`, recording in `journal` what it changed. Throws on any failed
 * sync or cancellation; the caller undoes the journal (rollbackBuild) in a fresh context.
 */
export async function writeBuildIn(
  context: Excel.RequestContext,
  build: Build,
  settings: WriteSettings,
  options: WriteBuildOptions,
  journal: BuildJournal,
): Promise<WriteBuildResult> {
  const { caps } = settings;
  const m = HOST_MESSAGES[options.language ?? "en"];
  try {
    checkBuild(build);
  } catch (error) {
    throw new BadSpec(m.badSpec((error as Error).message));
  }
  checkAbort(options.signal, m);
  const skipped = skippedFeatures(build, caps);

  journal.stage = m.listing;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/position");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  journal.before = new Set(worksheets.items.map((ws) => ws.id));

  journal.stage = m.lookingForMarks;
  const marks = worksheets.items.map((ws) => {
    const name = ws.names.getItemOrNullObject(MARKER_NAME);
    name.load("name");
    const property = caps.has("sheetMarkerProperty") ? ws.customProperties.getItemOrNullObject(MARKER_NAME) : null;
    property?.load("key");
    return { ws, name, property };
  });
  await context.sync();
  const existing: ExistingSheet[] = marks.map(({ ws, name, property }) => ({
    id: ws.id,
    name: ws.name,
    position: ws.position,
    marked: !name.isNullObject || (property !== null && !property.isNullObject),
    proxy: ws,
  }));
  const placements = placeSheets(build.sheets, existing, options.replace === true && !options.unmarked, settings.sources);
  const renames = new Map<string, string>();
  for (const p of placements) if (p.name !== p.spec.name) renames.set(p.spec.name.toLowerCase(), p.name);
  const plan = planChunks(
    placements.map((p) => renameSheet(p.spec, p.name, renames)),
    settings.chunkBytes,
  );
  checkAbort(options.signal, m);

  journal.stage = m.creating;
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  for (const p of placements) taken.add(p.name.toLowerCase());
  const sheets: Excel.Worksheet[] = [];
  for (const p of placements) {
    if (p.replaces) {
      const aside = uniqueSheetName("KPI Toolkit old", taken);
      taken.add(aside.toLowerCase());
      p.replaces.proxy.name = aside;
      journal.movedAside.push({ id: p.replaces.id, name: p.replaces.name, aside });
    }
    journal.created.push(p.name);
    const ws = worksheets.add(p.name);
    if (p.replaces) ws.position = p.replaces.position;
    if (!options.unmarked) {
      const mark = ws.names.add(MARKER_NAME, `=${JSON.stringify(p.spec.purpose)}`);
      mark.visible = false;
      if (caps.has("sheetMarkerProperty")) ws.customProperties.add(MARKER_NAME, p.spec.purpose);
    }
    setColumnWidths(ws, p.spec.columnWidths);
    setFontAndRows(ws, p.spec);
    groupColumns(ws, p.spec, caps);
    if (caps.has("frozenPanes")) freeze(ws, p.spec.frozen);
    sheets.push(ws);
  }
  await context.sync();

  options.onProgress?.(0, plan.chunks.length);
  for (const [i, chunk] of plan.chunks.entries()) {
    checkAbort(options.signal, m);
    journal.stage = describeChunk(chunk, plan.specs, m);
    suspend(context, caps);
    for (const block of chunk.blocks) writeBlock(sheets[block.sheet], block);
    await context.sync();
    options.onProgress?.(i + 1, plan.chunks.length);
  }

  checkAbort(options.signal, m);
  journal.stage = m.finishing;
  if (caps.has("suspendScreenUpdating")) context.workbook.application.suspendScreenUpdatingUntilNextSync();
  const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
  plan.specs.forEach((spec, i) => finishSheet(sheets[i], spec, caps, tableNames));
  // Calculation was suspended while the cells were written; dirty formulas are computed once, here.
  context.workbook.application.calculate("Recalculate");
  await context.sync();
  journal.written = true;

  journal.stage = m.removingReplaced;
  for (const p of placements) p.replaces?.proxy.delete();
  const first = plan.specs.findIndex((s) => s.purpose !== "data");
  sheets[first >= 0 ? first : 0].activate();
  await context.sync();
  return { sheets: placements.map((p) => p.name), ...(skipped.length > 0 ? { skipped } : {}) };
}

/**
 * Undoes a failed build in a fresh context: deletes the sheets it created and gives the sheets it moved
 * aside their names back. Sheets are found by id, so a person's sheet is never mistaken for one of ours.
 */
export async function rollbackBuild(context: Excel.RequestContext, journal: BuildJournal): Promise<void> {
  if (journal.before === null || (journal.created.length === 0 && journal.movedAside.length === 0)) return;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  await context.sync();
  const created = new Set(journal.created.map((n) => n.toLowerCase()));
  const before = journal.before;
  const made = worksheets.items.filter((ws) => !before.has(ws.id) && created.has(ws.name.toLowerCase()));
  for (const ws of made) ws.delete();
  for (const moved of journal.movedAside) {
    const ws = worksheets.items.find((item) => item.id === moved.id);
    if (ws && ws.name === moved.aside) ws.name = moved.name;
  }
  await context.sync();
}

// ---------------------------------------------------------------------------------------------
// Names


/**
 * The first of `base`, "base (2)", "base (3)"... not in `taken` (lower-case names), cut to Excel's 31
 * characters.
 *
 * @example
 * uniqueSheetName("Scorecard", new Set(["scorecard", "scorecard (2)"])) // => "Scorecard (3)"
 */
export function uniqueSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = base.slice(0, MAX_SHEET_NAME - suffix.length).replace(/[\s']+$/, "");
    const name = stem + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function placeSheets(specs: readonly SheetSpec[], existing: readonly ExistingSheet[], replace: boolean, sources: ReadonlySet<string>): Placement[] {
  const byName = new Map(existing.map((s) => [s.name.toLowerCase(), s]));
  const taken = new Set(byName.keys());
  const claimed = new Set<string>();
  return specs.map((spec) => {
    const key = spec.name.toLowerCase();
    const old = byName.get(key);
    if (old && replace && old.marked && !sources.has(key) && !claimed.has(key)) {
      claimed.add(key);
      return { spec, name: spec.name, replaces: old };
    }
    const name = uniqueSheetName(spec.name, taken);
    taken.add(name.toLowerCase());
    return { spec, name, replaces: null };
  });
}

/**
 * Rewrites references to renamed sheets in a formula: 'Deals data'!A1 becomes 'Deals data (2)'!A1.
 * Text in double quotes is left alone.
 *
 * @param renames - lower-case old sheet name → new name
 *
 * @example
 * renameSheetRefs("SUM('Deals data'!B2:B9)&\"'Deals data'!\"", new Map([["deals data", "Deals data (2)"]]))
 * // => "SUM('Deals data (2)'!B2:B9)&\"'Deals data'!\""
 */
export function renameSheetRefs(formula: Formula, renames: ReadonlyMap<string, string>): Formula {
  if (renames.size === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      const token = formula.slice(i, j + 1);
      const renamed = ch === "'" && formula[j + 1] === "!" ? renames.get(token.slice(1, -1).replace(/''/g, "'").toLowerCase()) : undefined;
      out += renamed !== undefined ? sheetPrefix(renamed).slice(0, -1) : token;
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(ch) && (i === 0 || !/[A-Za-z0-9_.]/.test(formula[i - 1]))) {
      let j = i + 1;
      while (j < formula.length && /[A-Za-z0-9_.]/.test(formula[j])) j++;
      const word = formula.slice(i, j);
      const renamed = formula[j] === "!" ? renames.get(word.toLowerCase()) : undefined;
      out += renamed !== undefined ? sheetPrefix(renamed).slice(0, -1) : word;
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  // Only sheet-name tokens changed, each to a quoted name: still a formula as the builder made it.
  return out as Formula;
}

function renameSheet(spec: SheetSpec, name: string, renames: ReadonlyMap<string, string>): SheetSpec {
  if (renames.size === 0) return spec.name === name ? spec : { ...spec, name };
  return {
    ...spec,
    name,
    rows: spec.rows.map((row) => row.map((cell) => (cell?.f !== undefined ? { ...cell, f: renameSheetRefs(cell.f, renames) } : cell))),
    conditionalFormats: spec.conditionalFormats?.map((cf) => (cf.type === "expression" ? { ...cf, formula: renameSheetRefs(cf.formula, renames) } : cf)),
  };
}

// ---------------------------------------------------------------------------------------------
// Checks before anything is written: a bad spec is a clear error, not a half-built workbook.

function checkBuild(build: Build): void {
  if (build.sheets.length === 0) throw new Error("the build has no sheets to write");
  const seen = new Set<string>();
  for (const spec of build.sheets) {
    const name = spec.name;
    checkSheetName(name, seen);
    checkPrintLayout(spec);
    spec.rows.forEach((row, r) => row.forEach((cell, c) => cell && checkCell(cell, name, r, c)));
    for (const m of spec.merges ?? []) checkArea(m, name, "merge");
    for (const t of spec.tables ?? []) checkArea(t.range, name, `table ${t.name}`);
    for (const cf of spec.conditionalFormats ?? []) for (const part of areas(cf.range)) checkArea(part, name, "conditional format");
    for (const v of spec.validations ?? []) {
      for (const part of areas(v.range)) checkArea(part, name, "validation list");
      const withComma = v.values.find((value) => value.includes(","));
      if (withComma !== undefined) throw new Error(`sheet "${name}": validation list on ${v.range}: entry "${withComma}" contains a comma, which Excel reads as a separator`);
    }
    for (const chart of spec.charts ?? []) {
      if (chart.series.length === 0) throw new Error(`sheet "${name}": chart "${chart.title}" has no series`);
      for (const s of chart.series) checkArea(s.values, name, `chart "${chart.title}" values`);
      checkArea(chart.categories, name, `chart "${chart.title}" categories`);
      checkArea(chart.anchor, name, `chart "${chart.title}" anchor`);
    }
  }
}

function checkAbort(signal: AbortSignal | undefined, m: HostMessages): void {
  if (signal?.aborted) throw new BuildCancelled(m.cancelled);
}

/** Thrown when a builder's sheet breaks Excel's rules, before anything is written: its message is the whole story. */
export class BadSpec extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BadSpec";
  }
}

/** Thrown when the build's AbortSignal fired: the pane can tell a cancel from a failure by its class or name. */
export class BuildCancelled extends Error {
  constructor(message = "the build was cancelled") {
    super(message);
    this.name = "BuildCancelled";
  }
}

function skippedFeatures(build: Build, caps: Capabilities): MissingFeature[] {
  const used = new Set<Feature>();
  for (const spec of build.sheets) {
    if (spec.frozen && (spec.frozen.rows > 0 || spec.frozen.cols > 0)) used.add("frozenPanes");
    if (spec.conditionalFormats?.length) used.add("conditionalFormats");
    if (spec.validations?.length) used.add("dataValidation");
    if (spec.charts?.length) used.add("charts");
    if (spec.charts?.some((c) => c.type === "funnel")) used.add("funnelChart");
    if (spec.page) used.add("pageLayout");
    if (spec.columnGroups?.length) used.add("columnGroups");
  }
  return [...used].filter((f) => !caps.has(f)).map((feature) => {
    const need = featureNeed(feature);
    return { feature, set: need.set, required: need.required };
  });
}

// ---------------------------------------------------------------------------------------------
// Chunking: whole blocks of rows, as many per sync as fit the request budget.

type Written = string | number | boolean | null;

/** A block of rows of one sheet written with one range. */
export interface Block {
  /** Index of the sheet in the build. */
  sheet: number;
  /** 0-based first row. */
  top: number;
  width: number;
  formulas: Written[][];
  /** null when no cell in the block has a number format. */
  formats: (string | null)[][] | null;
  styles: StyleRect[];
}

/** Cells of one named style, as one rectangle. */
export interface StyleRect {
  style: CellStyle;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Blocks written in one sync. */
export interface Chunk {
  blocks: Block[];
  /** Estimated request size in bytes (UTF-8 JSON of the arrays, plus each style call). */
  bytes: number;
}

export interface WritePlan {
  specs: readonly SheetSpec[];
  chunks: Chunk[];
}

/** Request bytes charged per style rectangle: a handful of format calls. */
const STYLE_CALL_BYTES = 400;
/** Request bytes charged per block: the range and property calls around the arrays. */
const BLOCK_CALL_BYTES = 300;

/**
 * Splits the sheets' cells into chunks of whole row blocks, each under `chunkBytes` of request, packing
 * small sheets together. A single row larger than the budget gets a chunk of its own.
 *
 * @example
 * planChunks(build.sheets, CHUNK_BYTES).chunks.length // => 1 for a few thousand rows
 */
export function planChunks(specs: readonly SheetSpec[], chunkBytes: number = CHUNK_BYTES): WritePlan {
  const chunks: Chunk[] = [];
  let chunk: Chunk = { blocks: [], bytes: 0 };
  const closeChunk = (): void => {
    if (chunk.blocks.length > 0) chunks.push(chunk);
    chunk = { blocks: [], bytes: 0 };
  };
  specs.forEach((spec, sheet) => {
    const width = spec.rows.reduce((max, row) => Math.max(max, row.length), 1);
    const hasFormats = spec.rows.some((row) => row.some((cell) => cell?.fmt !== undefined));
    const nullRowBytes = 1 + width * 5;
    let rows: { formulas: Written[]; formats: (string | null)[] | null }[] = [];
    let top = 0;
    let previousRuns: ReadonlySet<string> = new Set();
    const closeBlock = (): void => {
      if (rows.length === 0) return;
      const block: Block = {
        sheet,
        top,
        width,
        formulas: rows.map((r) => r.formulas),
        formats: rows.some((r) => r.formats !== null) ? rows.map((r) => r.formats ?? new Array<string | null>(width).fill(null)) : null,
        styles: styleRects(spec, top, rows.length, width),
      };
      chunk.blocks.push(block);
      top += rows.length;
      rows = [];
      previousRuns = new Set();
    };
    spec.rows.forEach((cells) => {
      const formulas = new Array<Written>(width).fill(null);
      const formats = cells.some((cell) => cell?.fmt !== undefined) ? new Array<string | null>(width).fill(null) : null;
      cells.forEach((cell, c) => {
        if (!cell) return;
        formulas[c] = writtenValue(cell);
        if (formats && cell.fmt !== undefined) formats[c] = cell.fmt;
      });
      const runs = styleRuns(cells);
      const newRects = runs.filter((run) => !previousRuns.has(run)).length;
      const bytes =
        jsonBytes(formulas) + 1 + (hasFormats ? (formats ? jsonBytes(formats) + 1 : nullRowBytes) : 0) + newRects * STYLE_CALL_BYTES;
      const blockStart = rows.length === 0 ? BLOCK_CALL_BYTES : 0;
      if (chunk.bytes > 0 && chunk.bytes + bytes + blockStart > chunkBytes) {
        closeBlock();
        closeChunk();
      }
      chunk.bytes += bytes + (rows.length === 0 ? BLOCK_CALL_BYTES : 0);
      rows.push({ formulas, formats });
      previousRuns = new Set(runs);
    });
    closeBlock();
  });
  closeChunk();
  return { specs, chunks };
}

/** The value written for a cell: "=" + formula, a number or boolean, or text Excel will keep as text. */
function writtenValue(cell: Cell): Written {
  if (cell.f !== undefined) return `=${cell.f}`;
  const v = cell.v;
  if (typeof v === "string") return v === "" ? null : asText(v);
  return v;
}

/**
 * Text as Excel must receive it to keep it text: with a leading apostrophe (Excel's quote prefix, not
 * stored) when Excel would otherwise read it as a formula, number, date, time, boolean or error.
 *
 * @example
 * asText("=1+1") // => "'=1+1"
 * asText("Ann") // => "Ann"
 */
export function asText(text: string): string {
  return /^[=+\-@'#]/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text) ? `'${text}` : text;
}

function styleRuns(cells: readonly (Cell | null)[]): string[] {
  const runs: string[] = [];
  let c = 0;
  while (c < cells.length) {
    const style = cells[c]?.style;
    if (style === undefined) {
      c++;
      continue;
    }
    let end = c;
    while (end + 1 < cells.length && cells[end + 1]?.style === style) end++;
    runs.push(`${style}:${c}:${end}`);
    c = end + 1;
  }
  return runs;
}

/** The cells of each named style in rows top..top+count-1, as few rectangles as stacking identical runs gives. */
function styleRects(spec: SheetSpec, top: number, count: number, width: number): StyleRect[] {
  const done: StyleRect[] = [];
  let open = new Map<string, StyleRect>();
  for (let r = top; r < top + count; r++) {
    const next = new Map<string, StyleRect>();
    for (const run of styleRuns((spec.rows[r] ?? []).slice(0, width))) {
      const [style, left, right] = run.split(":");
      const rect = open.get(run) ?? { style: style as CellStyle, top: r, left: Number(left), bottom: r, right: Number(right) };
      rect.bottom = r;
      next.set(run, rect);
    }
    for (const [run, rect] of open) if (!next.has(run)) done.push(rect);
    open = next;
  }
  done.push(...open.values());
  return done;
}

/** UTF-8 length of a value's JSON, as the request carries it. */
function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code > 0x7f) bytes += code > 0x7ff ? 2 : 1;
  }
  return bytes;
}

function describeChunk(chunk: Chunk, specs: readonly SheetSpec[], m: HostMessages): string {
  return m.writing(chunk.blocks.map((b) => ({ first: b.top + 1, last: b.top + b.formulas.length, sheet: specs[b.sheet].name })));
}

// ---------------------------------------------------------------------------------------------
// Rendering

/** Office.js takes colours as "#RRGGBB". */
const hex = (rgb: string | undefined): string | undefined => (rgb === undefined ? undefined : `#${rgb}`);

function suspend(context: Excel.RequestContext, caps: Capabilities): void {
  const app = context.workbook.application;
  if (caps.has("suspendCalculation")) app.suspendApiCalculationUntilNextSync();
  if (caps.has("suspendScreenUpdating")) app.suspendScreenUpdatingUntilNextSync();
}

function writeBlock(ws: Excel.Worksheet, block: Block): void {
  const bottom = block.top + block.formulas.length - 1;
  const range = ws.getRange(areaText({ top: block.top, left: 0, bottom, right: block.width - 1 }));
  // Formats first: a value is read against the format its cell already has.
  if (block.formats) range.numberFormat = block.formats;
  range.formulas = block.formulas;
  for (const rect of block.styles) applyStyle(ws.getRange(areaText(rect)).format, rect);
}

function applyStyle(format: Excel.RangeFormat, rect: StyleRect): void {
  const look = STYLE_LOOKS[rect.style];
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.size) format.font.size = look.size;
  if (look.color) format.font.color = hex(look.color) as string;
  if (look.fill) format.fill.color = hex(look.fill) as string;
  if (look.wrap) format.wrapText = true;
  if (look.edge) {
    const edges: ("EdgeTop" | "EdgeBottom" | "InsideHorizontal")[] = [look.edge === "top" ? "EdgeTop" : "EdgeBottom"];
    if (rect.bottom > rect.top) edges.push("InsideHorizontal");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = hex(BORDER_COLOR) as string;
    }
  }
}

/** Excel's column width in characters of the default font, as the points Office.js takes. */
export function widthInPoints(characters: number): number {
  // Calibri 11: 7 pixels per character plus 5 pixels of padding; 0.75 points per pixel.
  return characters <= 0 ? 0 : Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function setColumnWidths(ws: Excel.Worksheet, widths: readonly number[] | undefined): void {
  if (!widths) return;
  let c = 0;
  while (c < widths.length) {
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === widths[c]) end++;
    if (Number.isFinite(widths[c])) ws.getRange(`${columnLetter(c)}:${columnLetter(end)}`).format.columnWidth = widthInPoints(widths[c]);
    c = end + 1;
  }
}

function freeze(ws: Excel.Worksheet, frozen: SheetSpec["frozen"]): void {
  if (!frozen) return;
  const { rows, cols } = frozen;
  if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRange(areaText({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 })));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (cols > 0) ws.freezePanes.freezeColumns(cols);
}

function finishSheet(ws: Excel.Worksheet, spec: SheetSpec, caps: Capabilities, tableNames: Set<string>): void {
  for (const m of spec.merges ?? []) ws.getRange(m).merge(false);
  for (const t of spec.tables ?? []) {
    const table = ws.tables.add(ws.getRange(t.range), true);
    table.name = uniqueTableName(t.name, tableNames);
    table.style = "TableStyleLight1";
  }
  if (caps.has("conditionalFormats")) for (const cf of spec.conditionalFormats ?? []) addConditionalFormat(ws, cf, caps);
  if (caps.has("dataValidation")) {
    for (const v of spec.validations ?? []) {
      for (const part of areas(v.range)) ws.getRange(part).dataValidation.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
    }
  }
  if (caps.has("charts")) for (const chart of spec.charts ?? []) addChart(ws, spec.name, chart, caps, valueAxisMinimum(spec, chart));
  if (caps.has("pageLayout") && spec.page) setPageLayout(ws, spec.page);
}

/** The sheet's font over the cells it uses (the named styles set sizes and weights over it), and the row heights it asks for. */
function setFontAndRows(ws: Excel.Worksheet, spec: SheetSpec): void {
  const width = spec.rows.reduce((w, row) => Math.max(w, row.length), 0);
  if (spec.font && spec.rows.length > 0 && width > 0) {
    const font = ws.getRange(areaText({ top: 0, left: 0, bottom: spec.rows.length - 1, right: width - 1 })).format.font;
    font.name = spec.font;
    font.size = BODY_SIZE;
  }
  for (const h of spec.rowHeights ?? []) ws.getRange(`${h.row + 1}:${h.row + 1}`).format.rowHeight = h.points;
}

/** Helper columns grouped in an outline and folded; without outlines (before ExcelApi 1.10) only hidden. */
function groupColumns(ws: Excel.Worksheet, spec: SheetSpec, caps: Capabilities): void {
  for (const g of spec.columnGroups ?? []) {
    const columns = ws.getRange(`${columnLetter(g.first)}:${columnLetter(g.last)}`);
    if (caps.has("columnGroups")) {
      columns.group("ByColumns");
      if (g.collapsed) columns.hideGroupDetails("ByColumns");
    } else if (g.collapsed) {
      columns.columnHidden = true;
    }
  }
}

/** How the sheet prints: orientation, one page wide, print area and titles, header and footer (ExcelApi 1.9). */
function setPageLayout(ws: Excel.Worksheet, page: PageSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  // 0 pages tall: as many as the rows need.
  layout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: 0 };
  layout.setPrintArea(page.area);
  if (page.titleRows) layout.setPrintTitleRows(`$${page.titleRows.first + 1}:$${page.titleRows.last + 1}`);
  const all = layout.headersFooters.defaultForAllPages;
  all.leftHeader = page.header.left;
  all.centerHeader = page.header.center;
  all.rightHeader = page.header.right;
  all.leftFooter = page.footer.left;
  all.centerFooter = page.footer.center;
  all.rightFooter = page.footer.right;
}

function uniqueTableName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function addConditionalFormat(ws: Excel.Worksheet, cf: ConditionalFormat, caps: Capabilities): void {
  const parts = areas(cf.range);
  // A rule's relative references count from the top-left of its first area, so several areas share one rule.
  const targets: (Excel.Range | Excel.RangeAreas)[] =
    parts.length > 1 && caps.has("multiAreaRanges") ? [ws.getRanges(parts.join(","))] : parts.map((p) => ws.getRange(p));
  for (const target of targets) {
    if (cf.type === "colorScale") {
      const rule = target.conditionalFormats.add("ColorScale");
      const [low, mid, high] = cf.colors.length === 3 ? cf.colors : [cf.colors[0], null, cf.colors[1]];
      rule.colorScale.criteria = {
        minimum: { type: "LowestValue", color: `#${low}` },
        ...(mid ? { midpoint: { type: "Percentile", formula: "50", color: `#${mid}` } } : {}),
        maximum: { type: "HighestValue", color: `#${high}` },
      };
    } else {
      const rule = target.conditionalFormats.add("Custom");
      rule.custom.rule.formula = `=${cf.formula}`;
      const look = CONDITIONAL_LOOKS[cf.look];
      rule.custom.format.fill.color = hex(look.fill) as string;
      if (look.font) rule.custom.format.font.color = hex(look.font) as string;
    }
  }
}

const CHART_TYPES: Record<ChartSpec["type"], "BarClustered" | "ColumnClustered" | "ColumnStacked" | "Funnel"> = {
  bar: "BarClustered",
  column: "ColumnClustered",
  stackedColumn: "ColumnStacked",
  funnel: "Funnel",
};

/** Draws a chart of the spec: the first series from its range, the others added to it (ExcelApi 1.7), all over the same categories. */
function addChart(ws: Excel.Worksheet, sheet: string, spec: ChartSpec, caps: Capabilities, minimum: 0 | null): void {
  const barForm = spec.type === "funnel" && !caps.has("funnelChart");
  const type = barForm ? "BarClustered" : CHART_TYPES[spec.type];
  const [first, ...others] = spec.series;
  const values = checkArea(first.values, sheet, "chart values");
  const byRow = values.top === values.bottom && values.right > values.left;
  const chart = ws.charts.add(type, ws.getRange(first.values), byRow ? "Rows" : "Columns");
  chart.title.text = spec.title;
  chart.legend.visible = spec.series.length > 1;
  const categories = ws.getRange(spec.categories);
  const series = chart.series.getItemAt(0);
  series.name = first.name;
  series.setXAxisValues(categories);
  for (const more of others) {
    const added = chart.series.add(more.name);
    added.setValues(ws.getRange(more.values));
    added.setXAxisValues(categories);
  }
  // Horizontal bars read top to bottom like the table, and a funnel's bar form like the funnel: first stage on top.
  if (type === "BarClustered") chart.axes.categoryAxis.reversePlotOrder = true;
  // A bar's length is its amount: the value axis starts at zero (a real funnel chart has no value axis).
  if (minimum !== null && type !== "Funnel") chart.axes.valueAxis.minimum = minimum;
  const anchor = checkArea(spec.anchor, sheet, "chart anchor");
  const end = { top: anchor.top + spec.size.rows - 1, left: anchor.left + spec.size.cols - 1 };
  chart.setPosition(areaText({ ...anchor, bottom: anchor.top, right: anchor.left }), areaText({ ...end, bottom: end.top, right: end.left }));
}

// ---------------------------------------------------------------------------------------------
// A1 areas

function areas(range: string): string[] {
  return range.split(/[\s,]+/).filter((p) => p.length > 0);
}


function areaText(a: Area): string {
  const start = `${columnLetter(a.left)}${a.top + 1}`;
  return a.top === a.bottom && a.left === a.right ? start : `${start}:${columnLetter(a.right)}${a.bottom + 1}`;
}
