import { parse } from "csv-parse/sync";
import type { CellValue } from "../excel/cell";
import { MAX_ROWS } from "../excel/limits";
import type { Grid } from "../datasets/grid";
import { ReadError } from "../datasets/readDataset";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/languages";
import { FILE_MESSAGES } from "./fileMessages";
import type { SheetGrid, TableInfo, WorkbookData } from "./xlsxRead";

/**
 * Reads a CSV or TSV export (what CRMs, ERPs and Excel's "Save as CSV" write) as a workbook of one
 * sheet named after the file, so finding the datasets and reading them work as for an .xlsx. The
 * encoding and the delimiter are detected; the fields are split by csv-parse (quoted fields, line
 * breaks inside quotes, "" escapes). Cells stay text as the file wrote them ("1,234.50", "10/20/2016"):
 * the dataset readers read numbers and dates from text, as they do for text cells of a workbook, and
 * only they know which column holds what. An empty field is a blank cell.
 */

/** The encodings a CSV file is read in, as TextDecoder names them. */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "windows-1252";

/** The delimiters detected: comma, semicolon (Excel in much of Europe), tab (TSV). */
export type CsvDelimiter = "," | ";" | "\t";

/** How large a CSV file may be: more than Excel opens in a sheet of 1,048,576 typical export rows. */
export const CSV_MAX_MEGABYTES = 100;

/**
 * The text of a CSV file and the encoding it was in: a byte order mark settles it (UTF-8, UTF-16 LE or
 * BE, the mark dropped); else UTF-16 without a mark when every other byte of its start is zero; else
 * UTF-8 when the bytes are valid UTF-8; else GB18030, a superset of GBK and GB2312, which Chinese Excel
 * uses for "CSV (comma delimited)"; but Western Excel writes that format in Windows-1252, where "Renée"
 * is also valid GBK ("Ren閑"): text whose non-ASCII bytes mostly stand alone between ASCII ones, as
 * accented letters do, is read as Windows-1252 (Chinese characters in GBK are two bytes, nearly always
 * both above 0x80). Returns null when the bytes are not text in any of these.
 *
 * @example
 * decodeCsv(Buffer.from([0xc3, 0xfb, 0xd7, 0xd6])) // => { text: "名字", encoding: "gb18030" }
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } | null {
  const decode = (encoding: CsvEncoding, from: number): { text: string; encoding: CsvEncoding } | null => {
    try {
      return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from)), encoding };
    } catch {
      return null;
    }
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode("utf-8", 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode("utf-16le", 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode("utf-16be", 2);
  const unmarked = utf16WithoutMark(bytes);
  if (unmarked) return decode(unmarked, 0);
  return decode("utf-8", 0) ?? (mostlyLoneHighBytes(bytes) ? null : decode("gb18030", 0)) ?? decode("windows-1252", 0);
}

/** True when most bytes above 0x7F stand alone (an accented letter in Windows-1252), not in pairs (GBK). */
function mostlyLoneHighBytes(bytes: Uint8Array): boolean {
  let alone = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    if (i + 1 < bytes.length && bytes[i + 1] >= 0x80) {
      paired++;
      i++;
    } else {
      alone++;
    }
  }
  return alone > paired;
}

/** UTF-16 text of mostly ASCII characters has a zero in every other byte; UTF-8 and GB18030 text has none. */
function utf16WithoutMark(bytes: Uint8Array): CsvEncoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros === 0) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros === 0) return "utf-16be";
  return null;
}

/**
 * True when decoded text reads as a CSV file could: no NUL and hardly any other control characters in
 * its start (tab, line breaks, form feed and a DOS end-of-file mark aside).
 */
export function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 65536);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return false;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 26) controls++;
  }
  return controls <= sample.length / 1000;
}

/** True when the text starts as a web page or an XML file does (some systems export "xls" files so). */
export function looksLikeMarkup(text: string): boolean {
  return /^\s*<(?:!doctype\s+html|html|\?xml|table)\b/i.test(text.slice(0, 1024));
}

/**
 * The delimiter of a CSV file, from its header line: the first line (outside quotes) that holds a comma,
 * a semicolon or a tab outside quotes, so a title line above the header does not decide. The one found
 * most often on that line wins; on a tie, comma, then tab, then semicolon. Excel's `sep=;` first line
 * names it outright.
 *
 * @param fallback - when no line has any of them (one column): comma, or tab for a .tsv file
 *
 * @example
 * detectDelimiter('Name;Amount\nAnn;"1.234,50"\n') // => ";"
 * detectDelimiter('"Name, full"\tAmount\n') // => "\t"
 */
export function detectDelimiter(text: string, fallback: CsvDelimiter = ","): CsvDelimiter {
  const sep = /^sep=([,;\t])\r?\n/i.exec(text);
  if (sep) return sep[1] as CsvDelimiter;
  const counts = { ",": 0, "\t": 0, ";": 0 };
  let quoted = false;
  let lines = 0;
  // Only the start is looked at: a header line is short, and a file of one column has none of them.
  const end = Math.min(text.length, 65536);
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "," || c === ";" || c === "\t") counts[c]++;
    else if (c === "\n") {
      if (counts[","] + counts["\t"] + counts[";"] > 0 || ++lines >= 50) break;
    }
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : fallback;
}

/** What the CSV host is told: the messages' language, and the delimiter when nothing in the file says. */
export interface CsvOptions {
  language?: Language;
  /** The delimiter of a file of one column (default comma; tab for a .tsv file). */
  fallbackDelimiter?: CsvDelimiter;
}

/**
 * Reads CSV text into rows of cells: csv-parse splits the fields (RFC 4180 quoting, "" inside quotes,
 * line breaks inside quotes, any of \n, \r\n, \r between records); a quote inside an unquoted field
 * (`27" monitor`) is kept as text. Rows may differ in length; an empty line is a blank row, so row
 * numbers are those Excel shows when it opens the file. Throws a ReadError naming the line and row.
 *
 * @param file - the file's name, for messages
 *
 * @example
 * parseCsv('Rep,Amount\n"Lee, Ann","1,234.50"\n', "deals.csv") // => [["Rep", "Amount"], ["Lee, Ann", "1,234.50"]]
 */
export function parseCsv(text: string, file: string, options: CsvOptions = {}): string[][] {
  const m = FILE_MESSAGES[options.language ?? DEFAULT_LANGUAGE];
  let body = text;
  const sep = /^sep=([,;\t])\r?\n/i.exec(body);
  if (sep) body = body.slice(sep[0].length);
  const delimiter = sep ? (sep[1] as CsvDelimiter) : detectDelimiter(body, options.fallbackDelimiter);
  const settings = { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false };
  try {
    return parse(body, settings) as string[][];
  } catch (e) {
    const error = e as Error & { code?: string; records?: number };
    // The record that failed is the sheet's next row; it starts on the line after the last record read,
    // which only a second pass that notes each record's last line can tell (on_record costs a tenth of
    // the read, so it is paid only for a file that fails).
    const row = (error.records ?? 0) + 1;
    let lastLine = 0;
    try {
      parse(body, { ...settings, to: row - 1, on_record: (record: string[], context) => ((lastLine = context.lines), record) });
    } catch {
      // The records before the failing one parse as they did the first time.
    }
    const line = lastLine + 1 + (sep ? 1 : 0);
    if (error.code === "CSV_QUOTE_NOT_CLOSED") throw new ReadError([m.quoteNotClosed(file, row, line)], options.language);
    if (error.code === "CSV_INVALID_CLOSING_QUOTE") throw new ReadError([m.textAfterQuote(file, row, line)], options.language);
    throw new ReadError([m.badCsv(file, row, line, error.message)], options.language);
  }
}

/**
 * The rows of a CSV file as a grid, in place (a second copy of 200,000 rows would double the peak
 * memory): every row as wide as the widest, an empty field a blank cell (null), any other field its
 * text unchanged. csv-parse gives a blank line as [""]: an all-blank row.
 */
function toGrid(rows: string[][]): Grid {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  for (const row of rows as CellValue[][]) {
    const length = row.length;
    for (let c = 0; c < length; c++) if (row[c] === "") row[c] = null;
    for (let c = length; c < width; c++) row.push(null);
  }
  return rows as CellValue[][];
}

/** The name Excel gives the one sheet of a CSV file it opens: the file's name without its extension. */
export function csvSheetName(file: string): string {
  const dot = file.lastIndexOf(".");
  return dot > 0 ? file.slice(0, dot) : file;
}

/**
 * A CSV or TSV file's bytes as a workbook of one sheet named after the file. The whole file is read now.
 *
 * @param file - the file's name (for the sheet's name and messages)
 * @param bytes - its contents
 * @returns the workbook; throws a ReadError when the bytes are not text, the quoting is broken, or the
 * file has more rows than a sheet holds
 *
 * @example
 * csvWorkbook("deals.csv", Buffer.from("Owner,Stage,Amount\nAnn,Won,1200\n")).grid({ sheet: "deals" })
 * // => { sheet: "deals", grid: [["Owner", "Stage", "Amount"], ["Ann", "Won", "1200"]], firstRow: 1, firstCol: 1, errors: {} }
 */
export function csvWorkbook(file: string, bytes: Uint8Array, options: CsvOptions = {}): WorkbookData {
  const m = FILE_MESSAGES[options.language ?? DEFAULT_LANGUAGE];
  const megabytes = bytes.length / (1024 * 1024);
  if (megabytes > CSV_MAX_MEGABYTES) throw new ReadError([m.tooLarge(file, megabytes, CSV_MAX_MEGABYTES)]);
  const decoded = decodeCsv(bytes);
  if (decoded === null || !looksLikeText(decoded.text)) throw new ReadError([m.notReadable(file)]);
  return csvTextWorkbook(file, decoded, options);
}

/**
 * CSV text already decoded (see decodeCsv) as a workbook of one sheet named after the file.
 *
 * @param decoded - the text and the encoding it was read in
 */
export function csvTextWorkbook(file: string, decoded: { text: string; encoding: CsvEncoding }, options: CsvOptions = {}): WorkbookData {
  const language = options.language ?? DEFAULT_LANGUAGE;
  const m = FILE_MESSAGES[language];
  if (looksLikeMarkup(decoded.text)) throw new ReadError([m.markup(file)], language);
  const rows = parseCsv(decoded.text, file, options);
  if (rows.length > MAX_ROWS) throw new ReadError([m.tooManyRows(file, rows.length, MAX_ROWS)], language);
  return new CsvWorkbook(file, csvSheetName(file), toGrid(rows), decoded.encoding, language);
}

/** A CSV file as a workbook: one sheet, no tables, no error cells. */
class CsvWorkbook implements WorkbookData {
  readonly sheetNames: readonly string[];
  readonly tables: readonly TableInfo[] = [];

  constructor(
    readonly file: string,
    private readonly sheet: string,
    private readonly cells: Grid,
    /** The encoding the file was read in. */
    readonly encoding: CsvEncoding,
    private readonly language: Language,
  ) {
    this.sheetNames = [sheet];
  }

  grid(at: { sheet?: string; table?: string }, options: { rows?: number } = {}): SheetGrid | ReadError {
    const m = FILE_MESSAGES[this.language];
    if (at.table !== undefined) return new ReadError([m.noTables(this.file, at.table)], this.language);
    if (at.sheet !== undefined && at.sheet.toLowerCase() !== this.sheet.toLowerCase()) {
      return new ReadError([m.noSheet(this.file, at.sheet, this.sheetNames)], this.language);
    }
    const grid = options.rows === undefined ? this.cells : this.cells.slice(0, options.rows);
    return { sheet: this.sheet, grid, firstRow: 1, firstCol: 1, errors: {} };
  }
}
