import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { dateSerial } from "../core/text/parseDate";
import type { CellValue } from "../excel/cell";
import { MARKER_NAME, MAX_COLS as EXCEL_COLS, MAX_ROWS as EXCEL_ROWS, MAX_TEXT as EXCEL_TEXT, READ_LIMITS } from "../excel/limits";
import { READ_MESSAGES, type ReadMessages } from "../datasets/readMessages";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/languages";
import { elements, parseXml, StopReading, XmlDamage } from "./xlsxXml";
import { cellCode, NO_ATTRIBUTE, ROW_SPAN } from "./xmlScan";
import { NotZip, Zip, ZipDamage } from "./xlsxZip";
import { FILE_MESSAGES, type NotXlsx } from "./fileMessages";
import { closestSource, findSources, type FoundSource, type SourcePlace } from "../datasets/findSources";
import { Grid, HEADER_SEARCH_ROWS } from "../datasets/grid";
import { type KpiLibrary, readKpiLibrary } from "../datasets/kpiLibrary";
import { columnOverrides, ReadError, readDataset, ReadOptions } from "../datasets/readDataset";
import { DATASET_LABELS, type Dataset, type DatasetRecords, type SourceData } from "../datasets/records";
import { datasetHeldBy } from "../reviews/registry";

/**
 * Reads the team's data from an .xlsx file. The package is opened with Node's own zip inflation, sizes
 * and CRCs checked and inflation capped (xlsxZip.ts), and the few parts that hold values (workbook,
 * shared strings, styles, sheets, tables) are read by a strict, linear XML scanner over their bytes
 * (xmlScan.ts; saxes for the rare UTF-16 or DOCTYPE part, see xlsxXml.ts): for 200,000 rows × 8
 * columns ExcelJS's full reader took 11 s and 800 MB, its streaming reader 6 s (and it reads no
 * tables), saxes alone on the sheet about as long as the whole reader may take (bench/NOTES.md). ExcelJS's reader also drops a formula's cached 0, FALSE or "".
 * Values come out as the sheet stores them: formulas as their cached results, rich text flattened,
 * hyperlinks as their text, dates as Excel serials. Damage is an error naming the sheet and cell
 * (a shared string that is not there, a formula with no saved result, a cell beyond Excel's sheet),
 * never a blank; memory follows the cells present, not the range their addresses span.
 */

/** A named Excel table: its name, its sheet, and its range including the header row. */
export interface TableInfo {
  name: string;
  sheet: string;
  /** "B3:F120" */
  ref: string;
}

/** The cells of a sheet or table, and where they sit on the sheet. */
export interface SheetGrid {
  sheet: string;
  table?: string;
  grid: Grid;
  /** 1-based sheet row of grid[0]. */
  firstRow: number;
  /** 1-based sheet column of grid[r][0]. */
  firstCol: number;
  /** Cells that hold an Excel error (null in the grid), by A1 address: { D17: "#DIV/0!" }. */
  errors: Record<string, string>;
  /** The sheet's notes (comments), by A1 address, when it has any: { D3: "越低越好" }. */
  notes?: Record<string, string>;
}

/** An opened workbook: its sheets and tables, and the cells of any of them on request. */
export interface WorkbookData {
  readonly file: string;
  readonly sheetNames: readonly string[];
  readonly tables: readonly TableInfo[];
  /** What the add-in's mark on each marked sheet says it made it for ("targets", "data", …), by sheet name. */
  readonly marks?: ReadonlyMap<string, string>;
  /**
   * The cells of a table (when `table` is given) or of a sheet's used range. `rows` stops after that
   * many rows from the top of the used range, for a quick look.
   */
  grid(at: { sheet?: string; table?: string }, options?: { rows?: number }): SheetGrid | ReadError;
}

/**
 * Opens an .xlsx workbook for reading. Only the workbook's list of parts is read now; each sheet is
 * read when its cells are first asked for.
 *
 * @param path - the .xlsx file
 * @param options - the language of the messages (default English)
 * @returns the workbook; rejects with a ReadError when the file is missing or not an .xlsx workbook
 *
 * @example
 * const book = await openWorkbook("team.xlsx");
 * book.sheetNames // => ["Scores", "Deals"]
 */
export async function openWorkbook(path: string, options: { language?: Language } = {}): Promise<WorkbookData> {
  const language = options.language ?? DEFAULT_LANGUAGE;
  const fm = FILE_MESSAGES[language];
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError([code === "ENOENT" ? fm.noSuchFile(file) : fm.cannotOpen(file, (e as Error).message)], language);
  }
  if (bytes.subarray(0, 4).equals(CFB_SIGNATURE)) {
    throw new ReadError([fm.oldOrProtected(file)], language);
  }
  return xlsxWorkbook(file, bytes, language);
}

/**
 * An .xlsx workbook from its bytes, already read (openInput reads a file once and picks the host by
 * its first bytes).
 *
 * @param file - the file's name, for messages
 * @returns the workbook; throws a ReadError when the bytes are not an .xlsx workbook
 */
export function xlsxWorkbook(file: string, bytes: Buffer, language: Language = DEFAULT_LANGUAGE): WorkbookData {
  const m = READ_MESSAGES[language];
  try {
    return new XlsxWorkbook(file, new Zip(bytes), m, language);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    if (e instanceof ZipDamage || e instanceof XmlDamage) throw new ReadError([m.damagedFile(file, e.message)], language);
    const why: NotXlsx = e instanceof NotZip ? { kind: "no zip" } : e instanceof NoWorkbookPart ? { kind: "no workbook" } : { kind: "other", detail: (e as Error).message };
    throw new ReadError([FILE_MESSAGES[language].notXlsx(file, why)], language);
  }
}

/** "sheet:Deals" or "table:tblDeals": how a place is named in a search (see findSources). */
export function placeKey(at: { sheet?: string; table?: string }): string {
  return at.table !== undefined ? `table:${at.table}` : `sheet:${at.sheet ?? ""}`;
}

function placeAt(key: string): { sheet?: string; table?: string } {
  return key.startsWith("table:") ? { table: key.slice("table:".length) } : { sheet: key.slice("sheet:".length) };
}

/** The dataset a sheet the add-in made holds, by the purpose its mark gives (see `datasetHeldBy`). */
function heldBy(book: WorkbookData, sheet: string): Dataset | undefined {
  const purpose = book.marks?.get(sheet);
  return purpose === undefined ? undefined : datasetHeldBy(purpose);
}

/**
 * The top of every sheet and the header row of every table: what a search for the datasets looks at.
 * A sheet or table that cannot be read stops the search: left out, the data it holds would silently
 * go missing from the review (or another sheet would be read in its place).
 *
 * @throws ReadError naming every sheet and table that could not be read
 */
export function sourcePlaces(book: WorkbookData): SourcePlace[] {
  const places: SourcePlace[] = [];
  const problems: string[] = [];
  for (const sheet of book.sheetNames) {
    const cells = book.grid({ sheet }, { rows: HEADER_SEARCH_ROWS });
    if (cells instanceof ReadError) problems.push(...cells.messages);
    else {
      const holds = heldBy(book, sheet);
      places.push({ key: placeKey({ sheet }), kind: "sheet", name: sheet, sheet, grid: cells.grid, ...(holds !== undefined ? { holds } : {}) });
    }
  }
  for (const table of book.tables) {
    const cells = book.grid({ table: table.name }, { rows: 1 });
    if (cells instanceof ReadError) problems.push(...cells.messages);
    else places.push({ key: placeKey({ table: table.name }), kind: "table", name: table.name, sheet: table.sheet, grid: cells.grid });
  }
  if (problems.length > 0) throw new ReadError([...new Set(problems)]);
  return places;
}

/**
 * Reads a dataset from where a search found it. When the place lacks some of its columns, or nothing was
 * found, the closest place is read so the problems name what it lacks, after a line saying where the
 * search looked.
 *
 * @param found - the search's answer for the dataset (see findSources), or null
 * @param places - the places searched (see sourcePlaces)
 */
export function readFound<D extends Dataset>(
  book: WorkbookData,
  dataset: D,
  found: FoundSource | null,
  places: readonly SourcePlace[],
  options: ReadOptions = {},
): SourceData<DatasetRecords[D]> | ReadError {
  const key = found?.key ?? closestSource(places, dataset, columnOverrides(dataset, options));
  const language = options.language ?? DEFAULT_LANGUAGE;
  const m = READ_MESSAGES[language];
  const data = DATASET_LABELS[dataset][language];
  if (key === null) return new ReadError([m.noPlaces(book.file, data)], language);
  const cells = book.grid(placeAt(key));
  if (cells instanceof ReadError) return cells;
  const holds = cells.table === undefined ? heldBy(book, cells.sheet) : undefined;
  const where = { sheet: cells.sheet, table: cells.table, firstRow: cells.firstRow, firstCol: cells.firstCol, errors: cells.errors, notes: cells.notes, ...(holds !== undefined ? { holds } : {}) };
  const result = readDataset(dataset, cells.grid, where, options);
  if (dataset === "scores" && options.kpiLibrary === undefined && places.length > 0) {
    const library = kpiLibraryOf(book, places);
    if (library !== null) {
      if (!(result instanceof ReadError)) {
        if (cells.sheet !== library.sheet) result.warnings.push(m.libraryUnused(library.sheet, cells.sheet));
        return result;
      }
      // An actual per KPI on one sheet, the targets in the library on another.
      const tried = new Set<string>();
      for (const candidate of [key, ...places.map((p) => p.key)]) {
        if (tried.has(candidate) || candidate === placeKey({ sheet: library.sheet })) continue;
        tried.add(candidate);
        const other = book.grid(placeAt(candidate));
        if (other instanceof ReadError) continue;
        const read = readDataset(dataset, other.grid, { sheet: other.sheet, table: other.table, firstRow: other.firstRow, firstCol: other.firstCol, errors: other.errors, notes: other.notes }, { ...options, kpiLibrary: library });
        if (!(read instanceof ReadError)) return read;
      }
    }
  }
  if (result instanceof ReadError && found?.complete !== true) {
    const tables = book.tables.map((t) => t.name);
    return new ReadError([m.noneHasColumns(book.file, data, book.sheetNames, tables), ...result.messages], language);
  }
  return result;
}

/**
 * Reads one dataset from an .xlsx file: from the table or sheet the source names, or else from the sheet
 * or table whose header row fits the dataset best (the deals are found on whatever sheet has Owner,
 * Stage and Amount headers; see findSources).
 *
 * @param path - the .xlsx file
 * @param dataset - which table of the team's data to read
 * @param source - the plan's source for it: a table (wins) or a sheet; default: found by its headers
 * @param options - the plan's column overrides, stages, product lines and weight column
 * @returns the records, or a ReadError that names every problem (a missing sheet lists those there are)
 *
 * @example
 * const deals = await readSource("team.xlsx", "deals");
 * if (!(deals instanceof ReadError)) deals.records[0].stage // => "Proposal"
 */
export async function readSource<D extends Dataset>(
  path: string,
  dataset: D,
  source: { sheet?: string; table?: string } = {},
  options: ReadOptions = {},
): Promise<SourceData<DatasetRecords[D]> | ReadError> {
  let book: WorkbookData;
  try {
    book = await openWorkbook(path, { language: options.language });
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  if (source.table || source.sheet) return readFound(book, dataset, { key: placeKey(source.table ? { table: source.table } : source), complete: true }, [], options);
  let places: SourcePlace[];
  try {
    places = sourcePlaces(book);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  const found = findSources(places, { wanted: { required: [dataset], optional: [] }, overrides: (d) => columnOverrides(d, d === dataset ? options : {}) });
  return readFound(book, dataset, found[dataset] ?? null, places, options);
}

/** The workbook's KPI library (a 指标库 sheet: KPI and target columns, no person), if a sheet is laid out as one. */
function kpiLibraryOf(book: WorkbookData, places: readonly SourcePlace[]): KpiLibrary | null {
  for (const place of places) {
    if (place.kind !== "sheet" || readKpiLibrary(place.grid, place.name) === null) continue;
    const cells = book.grid({ sheet: place.sheet });
    if (cells instanceof ReadError) continue;
    const library = readKpiLibrary(cells.grid, cells.sheet, cells.firstRow);
    if (library !== null) return library;
  }
  return null;
}

/** Compound File Binary: the container of .xls files and of password-protected .xlsx files. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

// ---------------------------------------------------------------------------------------------------
// Parts of the package: relationships, and what the reader needs of styles.

/** The reader's messages: English, as the reader's callers report them (see readMessages.ts). */

// Excel's limits as plain constants: read for every cell, an imported binding costs a getter call each time.
const MAX_ROWS: number = EXCEL_ROWS;
const MAX_COLS: number = EXCEL_COLS;
const MAX_TEXT: number = EXCEL_TEXT;

/** A small XML part's elements of one local name (see xlsxXml.ts). */
function partElements(zip: Zip, part: string, name: string): Record<string, string>[] {
  return elements(part, zip.inflate(part), name);
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolvePart(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

/** The relationships of a part: id → { target part, type }. */
function relationships(zip: Zip, part: string): Map<string, { target: string; type: string }> {
  const slash = part.lastIndexOf("/");
  const rels = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const out = new Map<string, { target: string; type: string }>();
  if (!zip.has(rels)) return out;
  for (const r of partElements(zip, rels, "Relationship")) {
    if (r.TargetMode === "External" || r.Id === undefined || r.Target === undefined) continue;
    out.set(r.Id, { target: resolvePart(part, r.Target), type: r.Type ?? "" });
  }
  return out;
}

/** Built-in number formats that show dates, including the CJK ones (27-36, 50-58). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True when a number format shows a date or time (built-in id or a code with d, m, y, h or s). */
function isDateFormat(id: number, code: string | undefined): boolean {
  if (DATE_FORMAT_IDS.has(id)) return true;
  if (code === undefined) return false;
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dmyhs]/i.test(bare) && !/general/i.test(bare);
}

/** A cell reference's 1-based column and row, "AB12" or "$AB$12" → [28, 12]; null unless within Excel's sheet. */
function cellAt(ref: string): [number, number] | null {
  const code = cellCode(ref);
  return code < 0 ? null : [Math.floor(code / ROW_SPAN), code % ROW_SPAN];
}

/** A range "B3:F120" (or one cell) as its corners, or null unless both lie within Excel's sheet. */
function rangeAt(ref: string): { col1: number; row1: number; col2: number; row2: number } | null {
  const [from, to, extra] = ref.split(":");
  if (extra !== undefined) return null;
  const a = cellAt(from);
  const b = cellAt(to ?? from);
  if (!a || !b) return null;
  return { col1: Math.min(a[0], b[0]), row1: Math.min(a[1], b[1]), col2: Math.max(a[0], b[0]), row2: Math.max(a[1], b[1]) };
}

/** A 1-based column as letters: 28 → "AB". */
function columnName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A reference for a message, cut short when a crafted file makes it long. */
function shown(ref: string): string {
  return ref.length > 40 ? `${ref.slice(0, 40)}…` : ref;
}

/** Days between the 1904 and 1900 date systems. */
const DATE_1904_OFFSET = 1462;

/** An ISO date-time (cell type "d") as a date serial with its time as the fraction. */
function isoSerial(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text);
  if (!m) return null;
  const day = dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === null) return null;
  return day + (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) / 86400;
}

/** OOXML escapes control characters as _xHHHH_ (and a literal "_x" as _x005F_x). */
function unescapeOoxml(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Indexes of the cell formats (cellXfs) that show dates. */
function dateStyleIndexes(part: string, bytes: Uint8Array): Set<number> {
  const codes = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  parseXml(part, bytes, {
    open(name, a) {
      if (name === "numFmt") codes.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfs.push(Number(a.get("numFmtId") ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  const out = new Set<number>();
  xfs.forEach((id, i) => {
    if (isDateFormat(id, codes.get(id))) out.add(i);
  });
  return out;
}

/**
 * The text of every string item (`<si>`) of the shared strings: its runs (`<t>`) joined, phonetic
 * guides (`<rPh>`) left out.
 */
function sharedStringItems(part: string, bytes: Uint8Array): string[] {
  const out: string[] = [];
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let text = "";
  parseXml(part, bytes, {
    open(name) {
      if (name === "si") {
        inItem = true;
        text = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && inItem && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === "si") {
        inItem = false;
        out.push(unescapeOoxml(text));
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
    text(t) {
      if (inText) text += t;
    },
  });
  return out;
}

/**
 * The notes of a comments part (xl/commentsN.xml), by the A1 address each is on (upper case, no $): the
 * text of all its runs, as the note shows it (Excel starts it with the author's name and a colon).
 */
function commentTexts(part: string, bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  let ref: string | null = null;
  let inText = false;
  let phonetic = 0;
  let text = "";
  parseXml(part, bytes, {
    open(name, tag) {
      if (name === "comment") {
        ref = (tag.get("ref") ?? "").replace(/\$/g, "").toUpperCase();
        text = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && ref !== null && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === "comment") {
        if (ref && cellAt(ref)) out[ref] = unescapeOoxml(text).slice(0, 4096);
        ref = null;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
    text(t) {
      if (inText) text += t;
    },
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The workbook.

interface SheetPart {
  name: string;
  part: string;
  /** The part of its notes (xl/commentsN.xml), if it has any. */
  comments?: string;
}

interface ParsedSheet {
  grid: Grid;
  firstRow: number;
  firstCol: number;
  errors: Record<string, string>;
  /** The whole sheet was read (not only its top rows), so it may be cached. */
  complete: boolean;
}

/** How many compressed bytes of a sheet a quick look at its top rows inflates. */
const PREVIEW_BYTES = 256 * 1024;

/** A zip without the workbook part its relationships name (or xl/workbook.xml). */
class NoWorkbookPart extends Error {}

/** A problem the reader reports as it is, already a whole message (a cell named). */
class CellDamage extends Error {}

class XlsxWorkbook implements WorkbookData {
  readonly sheetNames: readonly string[];
  readonly tables: TableInfo[] = [];
  readonly marks = new Map<string, string>();
  private readonly sheets: SheetPart[] = [];
  private readonly tableParts = new Map<string, { info: TableInfo; range: { col1: number; row1: number; col2: number; row2: number }; totalsRows: number }>();
  private readonly parsed = new Map<string, ParsedSheet>();
  private readonly notesOf = new Map<string, Record<string, string>>();
  private strings: string[] | ReadError | null = null;
  private readonly stringsPart: string | null;
  private readonly dateStyles: Set<number> | null;

  constructor(
    readonly file: string,
    private readonly zip: Zip,
    /** The words of the reader's messages, in the run's language. */
    private readonly m: ReadMessages,
    private readonly language: Language,
  ) {
    const root = [...relationships(zip, "").values()].find((r) => r.type.endsWith("/officeDocument"));
    const bookPart = root?.target ?? "xl/workbook.xml";
    if (!zip.has(bookPart)) throw new NoWorkbookPart();
    const rels = relationships(zip, bookPart);
    let pr: Record<string, string> | undefined;
    // Every sheet listed (localSheetId counts them all), and the add-in's marks: a sheet-scoped name whose value is the purpose.
    const listed: string[] = [];
    let mark: { sheet: string; value: string } | null = null;
    parseXml(bookPart, zip.inflate(bookPart), {
      open: (name, tag) => {
        if (name === "workbookPr") pr ??= tag.all();
        if (name === "definedName") {
          const d = tag.all();
          const local = d.localSheetId === undefined ? NaN : Number(d.localSheetId);
          mark = d.name?.toLowerCase() === MARKER_NAME.toLowerCase() && listed[local] !== undefined ? { sheet: listed[local], value: "" } : null;
          return;
        }
        if (name !== "sheet") return;
        listed.push(tag.get("name") ?? "");
        const s = tag.all();
        if (s.name === undefined || s.name === "") throw new ZipDamage(`${bookPart} lists a sheet without a name`);
        if (this.sheets.some((x) => x.name.toLowerCase() === s.name.toLowerCase())) throw new ZipDamage(`${bookPart} lists the sheet "${shown(s.name)}" twice`);
        const rel = s.id === undefined ? undefined : rels.get(s.id);
        if (rel && rel.type.endsWith("/worksheet") && zip.has(rel.target)) this.sheets.push({ name: s.name, part: rel.target });
      },
      text: (text) => {
        if (mark !== null) mark.value += text;
      },
      close: (name) => {
        if (name !== "definedName" || mark === null) return;
        const quoted = /^"(.*)"$/.exec(mark.value.trim());
        this.marks.set(mark.sheet, quoted ? quoted[1].replace(/""/g, '"') : mark.value.trim());
        mark = null;
      },
    });
    this.sheetNames = this.sheets.map((s) => s.name);
    const relList = [...rels.values()];
    this.stringsPart = relList.find((r) => r.type.endsWith("/sharedStrings"))?.target ?? null;
    const date1904 = pr !== undefined && (pr.date1904 === "1" || pr.date1904 === "true");
    const stylesPart = relList.find((r) => r.type.endsWith("/styles"))?.target;
    // Only the 1904 date system needs to know which cells are dates: their serials are shifted.
    this.dateStyles = date1904 && stylesPart && zip.has(stylesPart) ? dateStyleIndexes(stylesPart, zip.inflate(stylesPart)) : date1904 ? new Set() : null;
    for (const sheet of this.sheets) {
      for (const rel of relationships(zip, sheet.part).values()) {
        if (rel.type.endsWith("/comments") && zip.has(rel.target)) sheet.comments = rel.target;
        if (!rel.type.endsWith("/table") || !zip.has(rel.target)) continue;
        const t = partElements(zip, rel.target, "table")[0];
        if (!t || !t.ref) continue;
        const name = t.displayName ?? t.name;
        const range = rangeAt(t.ref);
        if (name === undefined || range === null) throw new ZipDamage(`the table part ${rel.target} has ${name === undefined ? "no name" : `the range ${JSON.stringify(shown(t.ref))}, not one within Excel's sheet`}`);
        const info: TableInfo = { name, sheet: sheet.name, ref: t.ref };
        this.tables.push(info);
        const headerRows = t.headerRowCount === undefined ? 1 : Number(t.headerRowCount);
        const totalsRows = t.totalsRowCount === undefined ? 0 : Number(t.totalsRowCount);
        if (!Number.isInteger(totalsRows) || totalsRows < 0 || !Number.isInteger(headerRows) || headerRows < 0) throw new ZipDamage(`the table ${shown(name)} has damaged header or total row counts`);
        this.tableParts.set(info.name.toLowerCase(), { info, range, totalsRows });
      }
    }
  }

  /** The cells of a table or sheet; see WorkbookData.grid. */
  grid(at: { sheet?: string; table?: string }, options: { rows?: number } = {}): SheetGrid | ReadError {
    if (at.table) return this.tableGrid(at.table, options.rows);
    const name = at.sheet ?? "";
    const sheet = this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) {
      return new ReadError([FILE_MESSAGES[this.language].noSheetInWorkbook(this.file, name, this.sheetNames)], this.language);
    }
    const parsed = this.sheet(sheet, options.rows);
    if (parsed instanceof ReadError) return parsed;
    const notes = this.notes(sheet);
    if (notes instanceof ReadError) return notes;
    return { sheet: sheet.name, grid: parsed.grid, firstRow: parsed.firstRow, firstCol: parsed.firstCol, errors: parsed.errors, ...(notes ? { notes } : {}) };
  }

  /** A sheet's notes by A1 address, read once; undefined when it has none. */
  private notes(sheet: SheetPart): Record<string, string> | undefined | ReadError {
    if (sheet.comments === undefined) return undefined;
    const cached = this.notesOf.get(sheet.part);
    if (cached) return cached;
    try {
      const notes = commentTexts(sheet.comments, this.zip.inflate(sheet.comments));
      this.notesOf.set(sheet.part, notes);
      return notes;
    } catch (e) {
      if (e instanceof ZipDamage || e instanceof XmlDamage) return new ReadError([this.m.damagedSheet(sheet.name, this.file, e.message)], this.language);
      throw e;
    }
  }

  /** A table's cells: its header and data rows, cut from its sheet, its ref clipped to the cells present. */
  private tableGrid(name: string, rows?: number): SheetGrid | ReadError {
    const table = this.tableParts.get(name.toLowerCase());
    if (!table) {
      return new ReadError([FILE_MESSAGES[this.language].noTableInWorkbook(this.file, name, this.tables.map((t) => t.name))], this.language);
    }
    const { col1, row1, col2: col2Full, row2: row2Full } = table.range;
    const sheet = this.sheets.find((s) => s.name === table.info.sheet) as SheetPart;
    let parsed = this.sheet(sheet, rows === undefined ? undefined : row1 + rows);
    let row2 = Math.min(row2Full - table.totalsRows, rows === undefined ? Infinity : row1 + rows - 1);
    // A table far down a long sheet lies beyond a quick look's first bytes.
    if (!(parsed instanceof ReadError) && parsed.firstRow + parsed.grid.length <= row2 && !parsed.complete) parsed = this.sheet(sheet);
    if (parsed instanceof ReadError) return parsed;
    // A table may span the whole sheet (Excel allows it): only the rows and columns that hold cells are read.
    const lastRow = parsed.firstRow + parsed.grid.length - 1;
    const lastCol = parsed.firstCol + (parsed.grid[0]?.length ?? 0) - 1;
    row2 = Math.max(row1, Math.min(row2, lastRow));
    const col2 = Math.max(col1, Math.min(col2Full, lastCol));
    const grid: Grid = [];
    for (let r = row1; r <= row2; r++) {
      const cells = parsed.grid[r - parsed.firstRow];
      const row: CellValue[] = [];
      for (let c = col1; c <= col2; c++) row.push(cells?.[c - parsed.firstCol] ?? null);
      grid.push(row);
    }
    const errors: Record<string, string> = {};
    for (const [ref, text] of Object.entries(parsed.errors)) {
      const at = cellAt(ref);
      if (at && at[1] >= row1 && at[1] <= row2 && at[0] >= col1 && at[0] <= col2) errors[ref] = text;
    }
    const notes = this.notes(sheet);
    if (notes instanceof ReadError) return notes;
    return { sheet: sheet.name, table: table.info.name, grid, firstRow: row1, firstCol: col1, errors, ...(notes ? { notes } : {}) };
  }

  /** A sheet's cells, whole (cached) or only its top `rows` rows. */
  private sheet(sheet: SheetPart, rows?: number): ParsedSheet | ReadError {
    const cached = this.parsed.get(sheet.part);
    if (cached) return rows === undefined ? cached : topRows(cached, rows);
    const strings = this.sharedStrings();
    if (strings instanceof ReadError) return strings;
    let parsed: ParsedSheet;
    try {
      parsed =
        rows === undefined
          ? parseSheet(sheet, this.zip.inflate(sheet.part), strings, this.dateStyles, this.m)
          : parseSheet(sheet, this.zip.inflate(sheet.part, PREVIEW_BYTES), strings, this.dateStyles, this.m, rows);
    } catch (e) {
      if (e instanceof CellDamage) return new ReadError([e.message]);
      if (e instanceof ZipDamage || e instanceof XmlDamage) return new ReadError([this.m.damagedSheet(sheet.name, this.file, e.message)], this.language);
      throw e;
    }
    if (parsed.complete) this.parsed.set(sheet.part, parsed);
    return parsed;
  }

  /** The workbook's shared strings, read once on first use; a part that fails to read fails every sheet. */
  private sharedStrings(): string[] | ReadError {
    if (this.strings === null) {
      try {
        this.strings = this.stringsPart && this.zip.has(this.stringsPart) ? sharedStringItems(this.stringsPart, this.zip.inflate(this.stringsPart)) : [];
      } catch (e) {
        if (!(e instanceof ZipDamage || e instanceof XmlDamage)) throw e;
        this.strings = new ReadError([this.m.damagedFile(this.file, e.message)], this.language);
      }
    }
    return this.strings;
  }
}

/** The first rows of a sheet already read whole. */
function topRows(sheet: ParsedSheet, rows: number): ParsedSheet {
  return { ...sheet, grid: sheet.grid.slice(0, rows) };
}

/**
 * Reads a sheet part's cells into a grid spanning its used range. With `maxRows`, stops after that many
 * rows from the first row that has a value (the XML may then be cut off mid-way). Cells are kept by
 * row as they come (sparse); the grid is made only when the range they span is not out of all
 * proportion to how many there are.
 *
 * @throws CellDamage naming the sheet and cell; ZipDamage or XmlDamage for the part
 */
function parseSheet(sheet: SheetPart, data: Buffer, strings: readonly string[], dateStyles: Set<number> | null, M: ReadMessages, maxRows?: number): ParsedSheet {
  const rows: (CellValue[] | undefined)[] = [];
  const errors: Record<string, string> = {};
  let minRow = Infinity;
  let maxRow = 0;
  let minCol = Infinity;
  let maxCol = 0;
  let count = 0;
  const complete = maxRows === undefined;
  const merges: string[] = [];
  const damage = (cell: string, message: string): CellDamage => new CellDamage(M.badCell(sheet.name, shown(cell), message));

  // The cell being read.
  let inData = false;
  let row = 0;
  let col = 0;
  let type: string | undefined;
  let style: string | undefined;
  let formula = false;
  let value: string | null = null;
  /** Collecting: "v" a value, "t" an inline string's text; "" nothing. */
  let collecting = "";
  let inInline = false;
  let phonetic = 0;
  let text = "";

  /** The cell's A1 reference, made only for a message or an error value. */
  const cellRef = (): string => `${columnName(col)}${row}`;
  const store = (): void => {
    const v = cellValue(value, type, strings, cellRef, damage, M);
    if (v === undefined) {
      if (!formula) return;
      // A formula never calculated (files from some other tools): blank would be a wrong value.
      errors[cellRef()] = M.noCachedValue();
    } else if (v instanceof CellError) {
      errors[cellRef()] = v.text;
    } else {
      let cellValueOut: CellValue = v;
      if (typeof v === "string" && v.length > MAX_TEXT) throw damage(cellRef(), M.textTooLong(v.length, MAX_TEXT));
      // In the 1904 date system a date cell's serial counts from 1904-01-01: 1,462 days later than 1900's.
      // An ISO date (type "d") is a date already, whichever system the workbook uses.
      if (dateStyles !== null && typeof v === "number" && type !== "d" && style !== undefined && dateStyles.has(Number(style))) cellValueOut = v + DATE_1904_OFFSET;
      const cells = (rows[row - 1] ??= []);
      if (cells[col - 1] !== undefined) throw damage(cellRef(), M.cellTwice());
      cells[col - 1] = cellValueOut;
    }
    count++;
    if (row < minRow) minRow = row;
    if (row > maxRow) maxRow = row;
    if (col < minCol) minCol = col;
    if (col > maxCol) maxCol = col;
  };

  parseXml(
    sheet.part,
    data,
    {
      open(name, a) {
        if (!inData) {
          if (name === "sheetData") inData = true;
          else if (name === "mergeCell") {
            const ref = a.get("ref");
            if (ref !== undefined) merges.push(ref);
          }
          return;
        }
        switch (name) {
          case "row": {
            const at = a.get("r");
            if (at !== undefined) {
              const r = Number(at);
              if (!Number.isInteger(r) || r < 1 || r > MAX_ROWS) throw damage(`row ${at}`, M.beyondSheet(shown(at)));
              row = r;
            } else row++;
            col = 0;
            if (maxRows !== undefined && minRow !== Infinity && row >= minRow + maxRows) throw new StopReading();
            return;
          }
          case "c": {
            const at = a.cellCode("r");
            if (at !== NO_ATTRIBUTE) {
              if (at < 0) {
                const ref = a.get("r") as string;
                throw damage(ref, M.beyondSheet(shown(ref)));
              }
              col = Math.floor(at / ROW_SPAN);
              row = at - col * ROW_SPAN;
            } else {
              col++;
              if (col > MAX_COLS) throw damage(`${columnName(col)}${row}`, M.beyondSheet(`${columnName(col)}${row}`));
            }
            if (row === 0) row = 1;
            type = a.get("t");
            style = a.get("s");
            formula = false;
            value = null;
            return;
          }
          case "f":
            formula = true;
            return;
          case "v":
            collecting = "v";
            text = "";
            return;
          case "is":
            inInline = true;
            value = "";
            return;
          case "rPh":
            phonetic++;
            return;
          case "t":
            if (inInline && phonetic === 0) {
              collecting = "t";
              text = "";
            }
            return;
        }
      },
      close(name) {
        if (!inData) return;
        switch (name) {
          case "v":
            if (collecting === "v") value = text;
            collecting = "";
            return;
          case "t":
            if (collecting === "t") value = (value ?? "") + text;
            collecting = "";
            return;
          case "rPh":
            phonetic--;
            return;
          case "is":
            inInline = false;
            return;
          case "c":
            store();
            return;
          case "sheetData":
            inData = false;
            return;
        }
      },
      text(t) {
        if (collecting !== "") text += t;
      },
    },
    complete,
    { rawAttributes: true },
  );

  if (maxRow === 0) return { grid: [], firstRow: 1, firstCol: 1, errors, complete };
  const width = maxCol - minCol + 1;
  const height = maxRow - minRow + 1;
  if (width * height > READ_LIMITS.spanFloor && width * height > count * READ_LIMITS.spanPerCell) {
    const far = `${columnName(maxCol)}${maxRow}`;
    throw new CellDamage(M.tooSparse(sheet.name, `${columnName(minCol)}${minRow}:${far}`, count, far));
  }
  clearMerged(sheet, merges, rows, errors, { minRow, maxRow, minCol, maxCol }, damage, M);
  const grid: Grid = new Array(height);
  for (let r = minRow; r <= maxRow; r++) {
    const cells = rows[r - 1];
    // A row that starts at the used range's first column becomes the grid's row in place: copying
    // 200,000 rows would hold two grids at once.
    if (cells !== undefined && minCol === 1) {
      for (let c = 0; c < width; c++) if (cells[c] === undefined) cells[c] = null;
      cells.length = width;
      grid[r - minRow] = cells;
      continue;
    }
    const out: CellValue[] = new Array(width);
    for (let c = minCol; c <= maxCol; c++) out[c - minCol] = cells?.[c - 1] ?? null;
    grid[r - minRow] = out;
  }
  rows.length = 0;
  return { grid, firstRow: minRow, firstCol: minCol, errors, complete };
}

/** An error value (#N/A, #DIV/0!) a cell shows: null in the grid, its text kept for messages. */
class CellError {
  constructor(readonly text: string) {}
}

/**
 * A cell's value from its type and the text of its `<v>` (or inline string); undefined when it has
 * none (a formula's result then was never saved).
 */
function cellValue(
  text: string | null,
  type: string | undefined,
  strings: readonly string[],
  ref: () => string,
  damage: (cell: string, message: string) => Error,
  M: ReadMessages,
): CellValue | CellError | undefined {
  if (text === null) return undefined;
  switch (type) {
    case "inlineStr":
      return unescapeOoxml(text);
    case "s": {
      // Digits only (as Excel writes an index) are read by hand: a sheet has a million of them.
      let digits = text.length > 0 && text.length < 10 ? 0 : -1;
      for (let i = 0; digits >= 0 && i < text.length; i++) {
        const c = text.charCodeAt(i);
        digits = c >= 48 && c <= 57 ? digits * 10 + c - 48 : -1;
      }
      if (digits >= 0 && digits < strings.length) return strings[digits];
      const index = Number(text);
      if (!Number.isInteger(index) || index < 0 || index >= strings.length || text.trim() === "") throw damage(ref(), M.stringIndex(shown(text), strings.length));
      return strings[index];
    }
    case "str":
      return text;
    case "b":
      return text.trim() === "1" || text.trim().toLowerCase() === "true";
    case "e":
      return new CellError(text);
    case "d":
      return isoSerial(text);
    default: {
      // Blank (no number at all, where Number() would say 0): only text that starts or ends with white
      // space can be (ASCII, or beyond ASCII: no-break and other spaces that trim() and Number() both skip).
      const first = text.charCodeAt(0);
      const last = text.charCodeAt(text.length - 1);
      if (text.length === 0 || ((first <= 32 || first >= 128 || last <= 32 || last >= 128) && text.trim() === "")) return undefined;
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
  }
}

/**
 * A merged range keeps its value in its top-left cell only, whatever the file left in the others.
 * Each range is clipped to the cells present first: a merge over A500:XFD1048576 costs what the sheet holds.
 */
function clearMerged(
  sheet: SheetPart,
  merges: readonly string[],
  rows: (CellValue[] | undefined)[],
  errors: Record<string, string>,
  used: { minRow: number; maxRow: number; minCol: number; maxCol: number },
  damage: (cell: string, message: string) => Error,
  M: ReadMessages,
): void {
  let covered = 0;
  // Most sheets show no error values: then no cell of a merge needs its name made.
  const anyErrors = Object.keys(errors).length > 0;
  for (const merge of merges) {
    const range = rangeAt(merge);
    if (range === null) throw damage(merge, M.beyondSheet(shown(merge)));
    const row1 = Math.max(range.row1, used.minRow);
    const row2 = Math.min(range.row2, used.maxRow);
    const col1 = Math.max(range.col1, used.minCol);
    const col2 = Math.min(range.col2, used.maxCol);
    if (row1 > row2 || col1 > col2) continue;
    covered += (row2 - row1 + 1) * (col2 - col1 + 1);
    if (covered > READ_LIMITS.mergedCells) throw damage(merge, `merged ranges cover more than ${READ_LIMITS.mergedCells.toLocaleString("en-US")} cells of sheet "${sheet.name}"`);
    for (let r = row1; r <= row2; r++) {
      const cells = rows[r - 1];
      for (let c = col1; c <= col2; c++) {
        if (r === range.row1 && c === range.col1) continue;
        if (cells && cells[c - 1] !== undefined) cells[c - 1] = null;
        if (!anyErrors) continue;
        const key = `${columnName(c)}${r}`;
        if (key in errors) delete errors[key];
      }
    }
  }
}
