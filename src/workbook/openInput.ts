import { open, readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { ReadError } from "../datasets/readDataset";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/languages";
import { CSV_MAX_MEGABYTES, csvTextWorkbook, decodeCsv, looksLikeText } from "./csvRead";
import { FILE_MESSAGES, systemProblem } from "./fileMessages";
import { xlsxWorkbook, type WorkbookData } from "./xlsxRead";

/**
 * Opens the team's data file, whatever it is: an .xlsx workbook, or a CSV or TSV export. The host is
 * picked by the file's first bytes, then its name: a zip is a workbook (.xlsx, .xlsm); an OLE container
 * (an Excel 97-2003 .xls, or a password-protected workbook) and an .xlsb are refused with a message that
 * says how to save them as .xlsx; text is CSV or TSV, whatever the extension (.csv, .tsv, .txt, or an
 * export that calls itself .xls), unless it is a web page or XML. The file is read once.
 *
 * @param path - the file
 * @param options - the language of the messages (default English)
 * @returns the workbook; rejects with a ReadError that names the file and what to do
 *
 * @example
 * const book = await openInput("sales_pipeline.csv");
 * book.sheetNames // => ["sales_pipeline"]
 */
export async function openInput(path: string, options: { language?: Language } = {}): Promise<WorkbookData> {
  const language = options.language ?? DEFAULT_LANGUAGE;
  try {
    return await openBytes(path, language);
  } catch (e) {
    // Node's own words ("offset out of range", "Invalid string length") become a sentence naming the file.
    const problem = e instanceof ReadError ? null : systemProblem(e);
    if (problem === null) throw e;
    throw new ReadError([FILE_MESSAGES[language].system(basename(path), "read", problem)], language);
  }
}

async function openBytes(path: string, language: Language): Promise<WorkbookData> {
  const m = FILE_MESSAGES[language];
  const file = basename(path);
  const extension = extname(file).toLowerCase();
  const fail = (message: string): ReadError => new ReadError([message], language);
  const cannot = (e: unknown): ReadError => {
    const code = (e as NodeJS.ErrnoException).code;
    const problem = systemProblem(e);
    return fail(code === "ENOENT" ? m.noSuchFile(file) : problem !== null ? m.system(file, "read", problem) : m.cannotOpen(file, (e as Error).message));
  };

  let size: number;
  const head = Buffer.alloc(8);
  try {
    size = (await stat(path)).size;
    const handle = await open(path, "r");
    try {
      await handle.read(head, 0, head.length, 0);
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw cannot(e);
  }
  const isZip = head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7);
  if (extension === ".xlsb") throw fail(m.binaryWorkbook(file));
  if (head.equals(CFB_SIGNATURE)) throw fail(m.oldOrProtected(file));
  if (!isZip && size > CSV_MAX_MEGABYTES * 1024 * 1024) throw fail(m.tooLarge(file, size / (1024 * 1024), CSV_MAX_MEGABYTES));

  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw cannot(e);
  }
  if (isZip) return xlsxWorkbook(file, bytes, language);
  const decoded = decodeCsv(bytes);
  if (decoded === null || !looksLikeText(decoded.text)) {
    // A file named as a workbook that is neither a zip nor text: the workbook reader says why.
    if (WORKBOOK_EXTENSIONS.has(extension)) return xlsxWorkbook(file, bytes, language);
    throw fail(m.notReadable(file));
  }
  return csvTextWorkbook(file, decoded, { language, fallbackDelimiter: extension === ".tsv" || extension === ".tab" ? "\t" : "," });
}

/** Compound File Binary: the container of .xls files and of password-protected .xlsx files. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Names of workbooks the zip reader reads. */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xltx", ".xltm"]);
