import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { constants as zlibConstants, inflateRawSync } from "node:zlib";
import { dateSerial } from "../core/text/parseDate";
import type { CellValue } from "../excel/cell";
import { decodeXml } from "./xmlText";
import { closestSource, findSources, type FoundSource, type SourcePlace } from "../datasets/findSources";
import { Grid, HEADER_SEARCH_ROWS } from "../datasets/grid";
import { columnOverrides, ReadError, readDataset, ReadOptions } from "../datasets/readDataset";
import type { Dataset, DatasetRecords, SourceData } from "../datasets/records";

/**
 * Reads the team's data from an .xlsx file. The file is opened with Node's own zip inflation and a
 * small scanner for the few parts that hold values (workbook, shared strings, styles, sheets, tables):
 * for 200,000 rows × 8 columns ExcelJS's full reader took 11 s and 800 MB, its streaming reader 6 s
 * (and it reads no tables), where this reads and types them in about 2 s and 350 MB. ExcelJS's reader
 * also drops a formula's cached 0, FALSE or "". Values come out as the sheet stores them: formulas as
 * their cached results, rich text flattened, hyperlinks as their text, dates as Excel serials.
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
}

/** An opened workbook: its sheets and tables, and the cells of any of them on request. */
export interface WorkbookData {
  readonly file: string;
  readonly sheetNames: readonly string[];
  readonly tables: readonly TableInfo[];
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
 * @returns the workbook; rejects with a ReadError when the file is missing or not an .xlsx workbook
 *
 * @example
 * const book = await openWorkbook("team.xlsx");
 * book.sheetNames // => ["Scores", "Deals"]
 */
export async function openWorkbook(path: string): Promise<WorkbookData> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError([code === "ENOENT" ? `Cannot open "${file}": there is no such file` : `Cannot open "${file}": ${(e as Error).message}`]);
  }
  if (bytes.subarray(0, 4).equals(CFB_SIGNATURE)) {
    throw new ReadError([`Cannot read "${file}": it is password-protected or an old .xls workbook; save it unprotected as .xlsx`]);
  }
  return xlsxWorkbook(file, bytes);
}

/**
 * An .xlsx workbook from its bytes, already read (openInput reads a file once and picks the host by
 * its first bytes).
 *
 * @param file - the file's name, for messages
 * @returns the workbook; throws a ReadError when the bytes are not an .xlsx workbook
 */
export function xlsxWorkbook(file: string, bytes: Buffer): WorkbookData {
  try {
    return new XlsxWorkbook(file, new Zip(bytes));
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError([`Cannot read "${file}": it is not an .xlsx workbook (${(e as Error).message})`]);
  }
}

/** "sheet:Deals" or "table:tblDeals": how a place is named in a search (see findSources). */
export function placeKey(at: { sheet?: string; table?: string }): string {
  return at.table !== undefined ? `table:${at.table}` : `sheet:${at.sheet ?? ""}`;
}

function placeAt(key: string): { sheet?: string; table?: string } {
  return key.startsWith("table:") ? { table: key.slice("table:".length) } : { sheet: key.slice("sheet:".length) };
}

/** The top of every sheet and the header row of every table: what a search for the datasets looks at. */
export function sourcePlaces(book: WorkbookData): SourcePlace[] {
  const places: SourcePlace[] = [];
  for (const sheet of book.sheetNames) {
    const cells = book.grid({ sheet }, { rows: HEADER_SEARCH_ROWS });
    if (!(cells instanceof ReadError)) places.push({ key: placeKey({ sheet }), kind: "sheet", name: sheet, sheet, grid: cells.grid });
  }
  for (const table of book.tables) {
    const cells = book.grid({ table: table.name }, { rows: 1 });
    if (!(cells instanceof ReadError)) places.push({ key: placeKey({ table: table.name }), kind: "table", name: table.name, sheet: table.sheet, grid: cells.grid });
  }
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
  if (key === null) return new ReadError([`"${book.file}" has no sheets to read ${dataset} from`]);
  const cells = book.grid(placeAt(key));
  if (cells instanceof ReadError) return cells;
  const result = readDataset(dataset, cells.grid, { sheet: cells.sheet, table: cells.table, firstRow: cells.firstRow, firstCol: cells.firstCol, errors: cells.errors }, options);
  if (result instanceof ReadError && found?.complete !== true) {
    return new ReadError([`No sheet or table in "${book.file}" has the columns of ${dataset}; looked at ${candidateNames(book)}. The closest:`, ...result.messages]);
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
    book = await openWorkbook(path);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  if (source.table || source.sheet) return readFound(book, dataset, { key: placeKey(source.table ? { table: source.table } : source), complete: true }, [], options);
  const places = sourcePlaces(book);
  const found = findSources(places, { wanted: { required: [dataset], optional: [] }, overrides: (d) => columnOverrides(d, d === dataset ? options : {}) });
  return readFound(book, dataset, found[dataset] ?? null, places, options);
}

/** `sheets "A", "B" and table "T"`, for a message. */
function candidateNames(book: WorkbookData): string {
  const sheets = `sheet${book.sheetNames.length === 1 ? "" : "s"} ${book.sheetNames.map((s) => `"${s}"`).join(", ")}`;
  if (book.tables.length === 0) return sheets;
  return `${sheets} and table${book.tables.length === 1 ? "" : "s"} ${book.tables.map((t) => `"${t.name}"`).join(", ")}`;
}

/** Compound File Binary: the container of .xls files and of password-protected .xlsx files. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

// ---------------------------------------------------------------------------------------------------
// Zip: the central directory, and inflation of one part at a time.

interface ZipEntry {
  method: number;
  compressedSize: number;
  offset: number;
}

class Zip {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly bytes: Buffer) {
    const end = this.findEnd();
    let count = bytes.readUInt16LE(end + 10);
    let pos = bytes.readUInt32LE(end + 16);
    if (pos === 0xffffffff || count === 0xffff) {
      // Zip64: the real counts sit in the zip64 end record the locator points at.
      const locator = end - 20;
      if (locator < 0 || bytes.readUInt32LE(locator) !== 0x07064b50) throw new Error("damaged zip64 directory");
      const end64 = Number(bytes.readBigUInt64LE(locator + 8));
      count = Number(bytes.readBigUInt64LE(end64 + 32));
      pos = Number(bytes.readBigUInt64LE(end64 + 48));
    }
    for (let i = 0; i < count; i++) {
      if (bytes.readUInt32LE(pos) !== 0x02014b50) throw new Error("damaged zip directory");
      const method = bytes.readUInt16LE(pos + 10);
      let compressedSize = bytes.readUInt32LE(pos + 20);
      const nameLength = bytes.readUInt16LE(pos + 28);
      const extraLength = bytes.readUInt16LE(pos + 30);
      const commentLength = bytes.readUInt16LE(pos + 32);
      let offset = bytes.readUInt32LE(pos + 42);
      const name = bytes.toString("utf8", pos + 46, pos + 46 + nameLength);
      if (compressedSize === 0xffffffff || offset === 0xffffffff) {
        ({ compressedSize, offset } = zip64Sizes(bytes, pos + 46 + nameLength, extraLength, bytes.readUInt32LE(pos + 24), compressedSize, offset));
      }
      this.entries.set(name.replace(/^\//, "").toLowerCase(), { method, compressedSize, offset });
      pos += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** True when the zip holds the part (names compared without case, as OPC does). */
  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** A part's text; `limit` inflates only the first that many compressed bytes (a sheet's top rows). */
  text(name: string, limit?: number): string {
    return this.inflate(name, limit).toString("utf8");
  }

  /** A part's bytes, inflated; `limit` as for `text`. */
  inflate(name: string, limit?: number): Buffer {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw new Error(`the part ${name} is missing`);
    const b = this.bytes;
    if (b.readUInt32LE(entry.offset) !== 0x04034b50) throw new Error(`damaged zip entry ${name}`);
    const start = entry.offset + 30 + b.readUInt16LE(entry.offset + 26) + b.readUInt16LE(entry.offset + 28);
    const partial = limit !== undefined && limit < entry.compressedSize;
    const data = b.subarray(start, start + (partial ? (limit as number) : entry.compressedSize));
    if (entry.method === 0) return data;
    if (entry.method !== 8) throw new Error(`part ${name} uses zip method ${entry.method}`);
    // A cut-off deflate stream inflates as far as it goes with a sync flush instead of failing.
    return inflateRawSync(data, partial ? { finishFlush: zlibConstants.Z_SYNC_FLUSH } : {});
  }

  /** The offset of the end-of-central-directory record, searched from the end of the file. */
  private findEnd(): number {
    const b = this.bytes;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (b.readUInt32LE(i) === 0x06054b50) return i;
    }
    throw new Error("no zip directory");
  }
}

/** A zip64 entry's real compressed size and offset, from its extra field. */
function zip64Sizes(bytes: Buffer, extra: number, length: number, size: number, compressedSize: number, offset: number): { compressedSize: number; offset: number } {
  for (let p = extra; p < extra + length; ) {
    const id = bytes.readUInt16LE(p);
    const len = bytes.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (size === 0xffffffff) q += 8;
      if (compressedSize === 0xffffffff) {
        compressedSize = Number(bytes.readBigUInt64LE(q));
        q += 8;
      }
      if (offset === 0xffffffff) offset = Number(bytes.readBigUInt64LE(q));
      break;
    }
    p += 4 + len;
  }
  return { compressedSize, offset };
}

// ---------------------------------------------------------------------------------------------------
// XML: the handful of elements that carry values, matched with any namespace prefix.

/** `<x:c ...>` and `<c ...>` alike. */
const P = "(?:[\\w.-]+:)?";

/** An element's attributes by local name (prefixes dropped), entities decoded. */
function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1].includes(":") ? m[1].slice(m[1].indexOf(":") + 1) : m[1];
    out[name] = decodeXml(m[2] ?? m[3]);
  }
  return out;
}

/** The attributes of every element with a local name, in document order. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const re = new RegExp(`<${P}${tag}\\b([^>]*?)\\/?>`, "g");
  const out: Record<string, string>[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(attributes(m[1]));
  return out;
}

/** The text of a string item (`<si>`, `<is>`): its runs joined, phonetic guides (`<rPh>`) left out. */
function itemText(xml: string): string {
  const body = xml.includes("rPh") ? xml.replace(new RegExp(`<${P}rPh\\b[\\s\\S]*?<\\/${P}rPh>`, "g"), "") : xml;
  let text = "";
  const re = new RegExp(`<${P}t\\b[^>]*?(?:\\/>|>([^<]*)<\\/${P}t>)`, "g");
  for (let m = re.exec(body); m; m = re.exec(body)) text += m[1] ?? "";
  text = decodeXml(text);
  // OOXML escapes control characters as _xHHHH_ (and a literal "_x" as _x005F_x).
  return text.includes("_x") ? text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
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
  for (const r of elements(zip.text(rels), "Relationship")) {
    if (r.TargetMode === "External") continue;
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

/** A cell reference's 1-based column and row: "AB12" → [28, 12]. */
function splitRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else if (c !== 36) break;
  }
  return [col, Number(ref.slice(i).replace(/\$/g, ""))];
}

/** A 1-based column as letters: 28 → "AB". */
function columnName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
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

// ---------------------------------------------------------------------------------------------------
// The workbook.

interface SheetPart {
  name: string;
  part: string;
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

class XlsxWorkbook implements WorkbookData {
  readonly sheetNames: readonly string[];
  readonly tables: TableInfo[] = [];
  private readonly sheets: SheetPart[] = [];
  private readonly tableParts = new Map<string, { info: TableInfo; headerRows: number; totalsRows: number }>();
  private readonly parsed = new Map<string, ParsedSheet>();
  private strings: string[] | null = null;
  private readonly stringsPart: string | null;
  private readonly dateStyles: Set<number> | null;

  constructor(
    readonly file: string,
    private readonly zip: Zip,
  ) {
    const root = [...relationships(zip, "").values()].find((r) => r.type.endsWith("/officeDocument"));
    const bookPart = root?.target ?? "xl/workbook.xml";
    if (!zip.has(bookPart)) throw new Error("it has no workbook part");
    const bookXml = zip.text(bookPart);
    const rels = relationships(zip, bookPart);
    for (const s of elements(bookXml, "sheet")) {
      const rel = rels.get(s.id);
      if (rel && rel.type.endsWith("/worksheet") && zip.has(rel.target)) this.sheets.push({ name: s.name, part: rel.target });
    }
    this.sheetNames = this.sheets.map((s) => s.name);
    const relList = [...rels.values()];
    this.stringsPart = relList.find((r) => r.type.endsWith("/sharedStrings"))?.target ?? null;
    const pr = elements(bookXml, "workbookPr")[0];
    const date1904 = pr !== undefined && (pr.date1904 === "1" || pr.date1904 === "true");
    const stylesPart = relList.find((r) => r.type.endsWith("/styles"))?.target;
    // Only the 1904 date system needs to know which cells are dates: their serials are shifted.
    this.dateStyles = date1904 && stylesPart && zip.has(stylesPart) ? dateStyleIndexes(zip.text(stylesPart)) : date1904 ? new Set() : null;
    for (const sheet of this.sheets) {
      for (const rel of relationships(zip, sheet.part).values()) {
        if (!rel.type.endsWith("/table") || !zip.has(rel.target)) continue;
        const t = elements(zip.text(rel.target), "table")[0];
        if (!t || !t.ref) continue;
        const info: TableInfo = { name: t.displayName ?? t.name, sheet: sheet.name, ref: t.ref };
        this.tables.push(info);
        this.tableParts.set(info.name.toLowerCase(), {
          info,
          headerRows: t.headerRowCount === undefined ? 1 : Number(t.headerRowCount),
          totalsRows: t.totalsRowCount === undefined ? 0 : Number(t.totalsRowCount),
        });
      }
    }
  }

  /** The cells of a table or sheet; see WorkbookData.grid. */
  grid(at: { sheet?: string; table?: string }, options: { rows?: number } = {}): SheetGrid | ReadError {
    if (at.table) return this.tableGrid(at.table, options.rows);
    const name = at.sheet ?? "";
    const sheet = this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) {
      return new ReadError([`No sheet "${name}" in "${this.file}"; its sheets are ${this.sheetNames.map((s) => `"${s}"`).join(", ")}`]);
    }
    const parsed = this.sheet(sheet, options.rows);
    if (parsed instanceof ReadError) return parsed;
    return { sheet: sheet.name, grid: parsed.grid, firstRow: parsed.firstRow, firstCol: parsed.firstCol, errors: parsed.errors };
  }

  /** A table's cells: its header and data rows, cut from its sheet. */
  private tableGrid(name: string, rows?: number): SheetGrid | ReadError {
    const table = this.tableParts.get(name.toLowerCase());
    if (!table) {
      const names = this.tables.map((t) => `"${t.name}"`).join(", ");
      return new ReadError([`No table "${name}" in "${this.file}"; ${names ? `its tables are ${names}` : "it has no tables"}`]);
    }
    const [from, to] = table.info.ref.split(":");
    const [col1, row1] = splitRef(from);
    const [col2, row2Full] = splitRef(to ?? from);
    const row2 = Math.min(row2Full - table.totalsRows, rows === undefined ? Infinity : row1 + rows - 1);
    const sheet = this.sheets.find((s) => s.name === table.info.sheet) as SheetPart;
    let parsed = this.sheet(sheet, rows === undefined ? undefined : row1 + rows);
    // A table far down a long sheet lies beyond a quick look's first bytes.
    if (!(parsed instanceof ReadError) && parsed.firstRow + parsed.grid.length <= row2 && !parsed.complete) parsed = this.sheet(sheet);
    if (parsed instanceof ReadError) return parsed;
    const grid: Grid = [];
    for (let r = row1; r <= row2; r++) {
      const cells = parsed.grid[r - parsed.firstRow];
      const row: CellValue[] = [];
      for (let c = col1; c <= col2; c++) row.push(cells?.[c - parsed.firstCol] ?? null);
      grid.push(row);
    }
    const errors: Record<string, string> = {};
    for (const [ref, text] of Object.entries(parsed.errors)) {
      const [c, r] = splitRef(ref);
      if (r >= row1 && r <= row2 && c >= col1 && c <= col2) errors[ref] = text;
    }
    return { sheet: sheet.name, table: table.info.name, grid, firstRow: row1, firstCol: col1, errors };
  }

  /** A sheet's cells, whole (cached) or only its top `rows` rows. */
  private sheet(sheet: SheetPart, rows?: number): ParsedSheet | ReadError {
    const cached = this.parsed.get(sheet.part);
    if (cached) return rows === undefined ? cached : topRows(cached, rows);
    let parsed: ParsedSheet;
    try {
      const strings = this.sharedStrings();
      parsed =
        rows === undefined
          ? parseSheet(this.zip.inflate(sheet.part), strings, this.dateStyles)
          : parseSheet(this.zip.inflate(sheet.part, PREVIEW_BYTES), strings, this.dateStyles, rows);
    } catch (e) {
      return new ReadError([`Cannot read sheet "${sheet.name}" of "${this.file}": the file is damaged (${(e as Error).message})`]);
    }
    if (parsed.complete) this.parsed.set(sheet.part, parsed);
    return parsed;
  }

  /** The workbook's shared strings, read once on first use. */
  private sharedStrings(): string[] {
    if (this.strings === null) {
      this.strings = [];
      if (this.stringsPart && this.zip.has(this.stringsPart)) {
        const xml = this.zip.text(this.stringsPart);
        const re = new RegExp(`<${P}si\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${P}si>)`, "g");
        for (let m = re.exec(xml); m; m = re.exec(xml)) this.strings.push(m[1] === undefined ? "" : itemText(m[1]));
      }
    }
    return this.strings;
  }
}

/** The first rows of a sheet already read whole. */
function topRows(sheet: ParsedSheet, rows: number): ParsedSheet {
  return { ...sheet, grid: sheet.grid.slice(0, rows) };
}

/** Indexes of the cell formats (cellXfs) that show dates. */
function dateStyleIndexes(xml: string): Set<number> {
  const codes = new Map<number, string>();
  for (const f of elements(xml, "numFmt")) codes.set(Number(f.numFmtId), f.formatCode);
  const xfs = new RegExp(`<${P}cellXfs\\b[\\s\\S]*?<\\/${P}cellXfs>`).exec(xml)?.[0] ?? "";
  const out = new Set<number>();
  elements(xfs, "xf").forEach((xf, i) => {
    const id = Number(xf.numFmtId ?? 0);
    if (isDateFormat(id, codes.get(id))) out.add(i);
  });
  return out;
}

/** How many bytes of a sheet's XML are decoded to text at a time (rounded up to the end of a row). */
const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * A sheet's XML as text, a few MB at a time, each piece ending at the end of a row (`</row>`) so no
 * cell is cut. A 200,000-row sheet is 65 MB of XML: held as one string beside its bytes it doubled
 * the reader's peak memory.
 */
function* xmlChunks(data: Buffer): Generator<string> {
  for (let from = 0; from < data.length; ) {
    const to = rowEndAfter(data, from + CHUNK_BYTES);
    yield data.toString("utf8", from, to);
    from = to;
  }
}

/** The byte just past the first `</row>` (any prefix) at or after `from`; the end of the data when none. */
function rowEndAfter(data: Buffer, from: number): number {
  for (let i = from < data.length ? data.indexOf("row>", from) : -1; i >= 0; i = data.indexOf("row>", i + 4)) {
    let j = i - 1;
    if (data[j] === 0x3a) {
      // `</x:row>`: step back over the prefix.
      j--;
      while (j >= 0 && /[\w.-]/.test(String.fromCharCode(data[j]))) j--;
    }
    if (data[j] === 0x2f && data[j - 1] === 0x3c) return i + 4;
  }
  return data.length;
}

/**
 * Reads a sheet part's cells into a grid spanning its used range. With `maxRows`, stops after that many
 * rows from the first row that has a value (the XML may then be cut off mid-way).
 */
function parseSheet(data: Buffer, strings: readonly string[], dateStyles: Set<number> | null, maxRows?: number): ParsedSheet {
  const chunks = xmlChunks(data);
  let xml = chunks.next().value ?? "";
  const open = new RegExp(`<${P}sheetData\\b[^>]*?(\\/?)>`).exec(xml);
  const start = open && open[1] !== "/" ? open.index : -1;
  const rows: (CellValue[] | undefined)[] = [];
  const errors: Record<string, string> = {};
  let minRow = Infinity;
  let maxRow = 0;
  let minCol = Infinity;
  let maxCol = 0;
  const complete = maxRows === undefined;
  let tail = "";
  if (start >= 0) {
    // One pass over rows and whole cells: a 200,000-row sheet has millions of them.
    const tag = new RegExp(`<${P}(?:(row)\\b([^>]*)>|c\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${P}c>))|<\\/${P}sheetData>`, "g");
    const attr = /\b([rst])\s*=\s*"([^"]*)"/g;
    tag.lastIndex = start;
    let row = 0;
    let col = 0;
    let ended = false;
    for (let m = tag.exec(xml); ; m = tag.exec(xml)) {
      if (m === null) {
        const next = chunks.next();
        if (next.done) break;
        xml = next.value;
        tag.lastIndex = 0;
        continue;
      }
      if (m[1] === "row") {
        const r = /\br\s*=\s*"(\d+)"/.exec(m[2]);
        row = r ? Number(r[1]) : row + 1;
        col = 0;
        if (maxRows !== undefined && minRow !== Infinity && row >= minRow + maxRows) break;
        continue;
      }
      if (m[3] === undefined) {
        ended = true;
        tail = xml.slice(m.index);
        break;
      }
      let ref: string | undefined;
      let style: string | undefined;
      let type: string | undefined;
      attr.lastIndex = 0;
      for (let a = attr.exec(m[3]); a; a = attr.exec(m[3])) {
        if (a[1] === "r") ref = a[2];
        else if (a[1] === "s") style = a[2];
        else type = a[2];
      }
      col = ref ? splitRef(ref)[0] : col + 1;
      if (m[4] === undefined) continue;
      const value = cellValue(m[4], type, strings);
      if (value === null) continue;
      if (value instanceof CellError) {
        errors[`${columnName(col)}${row}`] = value.text;
      } else {
        let v: CellValue = value;
        if (dateStyles !== null && typeof v === "number" && style !== undefined && dateStyles.has(Number(style))) v += DATE_1904_OFFSET;
        (rows[row - 1] ??= [])[col - 1] = v;
      }
      if (row < minRow) minRow = row;
      if (row > maxRow) maxRow = row;
      if (col < minCol) minCol = col;
      if (col > maxCol) maxCol = col;
    }
    // The merged ranges follow </sheetData>: read the rest of the part only for them.
    if (ended) for (let next = chunks.next(); !next.done; next = chunks.next()) tail += next.value;
    clearMerged(tail, rows, errors);
  }
  if (maxRow === 0) return { grid: [], firstRow: 1, firstCol: 1, errors, complete };
  const width = maxCol - minCol + 1;
  const grid: Grid = new Array(maxRow - minRow + 1);
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

const VALUE = new RegExp(`<${P}v\\b[^>]*>([^<]*)<\\/${P}v>`);
const INLINE = new RegExp(`<${P}is\\b[^>]*>([\\s\\S]*?)<\\/${P}is>`);

/** A cell's value from its XML body; formulas give their cached result (none when never calculated). */
function cellValue(body: string, type: string | undefined, strings: readonly string[]): CellValue | CellError {
  if (type === "inlineStr") {
    const inline = INLINE.exec(body);
    return inline ? itemText(inline[1]) : null;
  }
  const v = VALUE.exec(body);
  if (!v) return null;
  const text = v[1];
  switch (type) {
    case "s":
      return strings[Number(text)] ?? null;
    case "str":
      return decodeXml(text);
    case "b":
      return text.trim() === "1" || text.trim().toLowerCase() === "true";
    case "e":
      return new CellError(decodeXml(text));
    case "d":
      return isoSerial(text);
    default: {
      if (text.trim() === "") return null;
      const n = Number(text);
      return Number.isFinite(n) ? n : decodeXml(text);
    }
  }
}

/** A merged range keeps its value in its top-left cell only, whatever the file left in the others. */
function clearMerged(tail: string, rows: (CellValue[] | undefined)[], errors: Record<string, string>): void {
  for (const merge of elements(tail, "mergeCell")) {
    if (!merge.ref) continue;
    const [from, to] = merge.ref.split(":");
    const [col1, row1] = splitRef(from);
    const [col2, row2] = splitRef(to ?? from);
    for (let r = row1; r <= row2; r++) {
      for (let c = col1; c <= col2; c++) {
        if (r === row1 && c === col1) continue;
        const cells = rows[r - 1];
        if (cells && cells[c - 1] !== undefined) cells[c - 1] = null;
        delete errors[`${columnName(c)}${r}`];
      }
    }
  }
}
