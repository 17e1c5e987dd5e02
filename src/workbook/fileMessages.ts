/**
 * Every sentence the file hosts say when a file cannot be opened as input (openInput.ts, csvRead.ts),
 * in English and Simplified Chinese side by side. Each names the file, and the row or value at fault,
 * so a person knows what to change; the hosts never write a sentence themselves.
 */

import type { Catalogue } from "../i18n/languages";

/** The words of one language. */
export interface FileMessages {
  noSuchFile(file: string): string;
  cannotOpen(file: string, detail: string): string;
  /** An OLE/CFB container: an Excel 97-2003 .xls, or a password-protected workbook. */
  oldOrProtected(file: string): string;
  /** A binary workbook (.xlsb). */
  binaryWorkbook(file: string): string;
  /** An HTML page or XML spreadsheet saved under a workbook's or CSV's name (some CRMs export "xls" so). */
  markup(file: string): string;
  /** Neither a zip workbook nor text. */
  notReadable(file: string): string;
  /**
   * Opened as an .xlsx workbook, but it is not one: no zip directory ("no zip"), a zip without a
   * workbook part ("no workbook", a Word file say), or `detail` for anything else that stopped it.
   */
  notXlsx(file: string, why: NotXlsx): string;
  tooLarge(file: string, megabytes: number, limit: number): string;
  tooManyRows(file: string, rows: number, limit: number): string;
  /** A quote opened on `line` (row `row` as Excel shows it) is never closed. */
  quoteNotClosed(file: string, row: number, line: number): string;
  /** A quoted field has text after its closing quote. */
  textAfterQuote(file: string, row: number, line: number): string;
  /** Any other problem the CSV parser reports, in its own words. */
  badCsv(file: string, row: number, line: number, detail: string): string;
  /** A CSV file is one sheet: it has no named tables. */
  noTables(file: string, table: string): string;
  noSheet(file: string, sheet: string, sheets: readonly string[]): string;
  /** A workbook without the sheet named (--sheet, or the plan's source): its sheets listed. */
  noSheetInWorkbook(file: string, sheet: string, sheets: readonly string[]): string;
  /** A workbook without the table named: its tables listed, or that it has none. */
  noTableInWorkbook(file: string, table: string, tables: readonly string[]): string;
  /** What the system said when a file could not be read or written, as a sentence naming the file (see systemProblem). */
  system(file: string, action: FileAction, problem: SystemProblem): string;
}

/** Reading the input or the plan, or writing the output. */
export type FileAction = "read" | "write";

/**
 * What went wrong underneath, from Node's error code or its RangeError: a full disk, no permission, a
 * read-only disk, a folder in the way, a failing device, too many open files, or a file too large (or
 * too damaged) to hold in memory. Null for anything else, which is a bug of ours.
 */
export type SystemProblem = "full" | "denied" | "readOnly" | "folder" | "notFolder" | "device" | "openFiles" | "tooLarge" | "damaged";

const CODES: ReadonlyMap<string, SystemProblem> = new Map<string, SystemProblem>([
  ["ENOSPC", "full"],
  ["EDQUOT", "full"],
  ["EFBIG", "tooLarge"],
  ["EACCES", "denied"],
  ["EPERM", "denied"],
  ["EROFS", "readOnly"],
  ["EISDIR", "folder"],
  ["ENOTDIR", "notFolder"],
  ["EIO", "device"],
  ["ENXIO", "device"],
  ["ENODEV", "device"],
  ["EMFILE", "openFiles"],
  ["ENFILE", "openFiles"],
  ["ERR_STRING_TOO_LONG", "tooLarge"],
  ["ERR_BUFFER_TOO_LARGE", "tooLarge"],
  ["ERR_FS_FILE_TOO_LARGE", "tooLarge"],
  ["ERR_OUT_OF_RANGE", "damaged"],
  ["ERR_BUFFER_OUT_OF_BOUNDS", "damaged"],
]);

/**
 * Classifies an error thrown by Node while a file was read or written (see SystemProblem).
 *
 * @example
 * systemProblem(Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" })) // => "full"
 * systemProblem(new RangeError("Invalid string length")) // => "tooLarge"
 * systemProblem(new TypeError("x is undefined")) // => null
 */
export function systemProblem(e: unknown): SystemProblem | null {
  if (!(e instanceof Error)) return null;
  const code = (e as NodeJS.ErrnoException).code;
  if (typeof code === "string" && CODES.has(code)) return CODES.get(code) ?? null;
  if (e instanceof RangeError) {
    if (/invalid string length|array buffer allocation failed|invalid array length|invalid typed array length/i.test(e.message)) return "tooLarge";
    if (/offset|out of (?:range|bounds)|outside buffer bounds/i.test(e.message)) return "damaged";
  }
  return null;
}

/** Why a file is not an .xlsx workbook (see notXlsx). */
export type NotXlsx = { kind: "no zip" } | { kind: "no workbook" } | { kind: "other"; detail: string };

const quoted = (names: readonly string[], open: string, close: string, sep: string): string => names.map((n) => `${open}${n}${close}`).join(sep);
const mb = (n: number): string => (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString("en"));

const EN: FileMessages = {
  noSuchFile: (file) => `Cannot open "${file}": there is no such file`,
  cannotOpen: (file, detail) => `Cannot open "${file}": ${detail}`,
  oldOrProtected: (file) =>
    `Cannot read "${file}": it is an old Excel 97-2003 workbook (.xls) or a password-protected one. Open it in Excel and save it unprotected as an Excel Workbook (.xlsx), or as CSV`,
  binaryWorkbook: (file) => `Cannot read "${file}": it is an Excel binary workbook (.xlsb). Open it in Excel and save it as an Excel Workbook (.xlsx), or as CSV`,
  markup: (file) =>
    `Cannot read "${file}": it is a web page or an XML file, not a workbook or a CSV file (some systems export such files under a workbook's name). Open it in Excel and save it as an Excel Workbook (.xlsx), or as CSV`,
  notReadable: (file) => `Cannot read "${file}": it is neither an Excel workbook (.xlsx) nor a CSV or TSV text file`,
  notXlsx: (file, why) =>
    `Cannot read "${file}": it is not an .xlsx workbook (${
      why.kind === "no zip"
        ? "it has no zip directory: another kind of file, or a workbook cut short"
        : why.kind === "no workbook"
          ? "it is a zip file without a workbook part, such as a Word or PowerPoint file"
          : why.detail
    }). Open it in Excel and save it as an Excel Workbook (.xlsx)`,
  tooLarge: (file, megabytes, limit) => `Cannot read "${file}": it is ${mb(megabytes)} MB, more than the ${limit} MB a CSV file may have here; split it, or keep only the columns the review needs`,
  tooManyRows: (file, rows, limit) => `Cannot read "${file}": it has ${rows.toLocaleString("en")} rows, more than an Excel sheet holds (${limit.toLocaleString("en")}); split it`,
  quoteNotClosed: (file, row, line) =>
    `Cannot read "${file}": the quote (") that opens a field on line ${line} (row ${row}) is never closed, so the rest of the file would be one cell. Close it, or double a quote that is part of the text ("")`,
  textAfterQuote: (file, row, line) =>
    `Cannot read "${file}": on line ${line} (row ${row}) a quoted field has text after its closing quote. A quote inside a quoted field is written twice ("")`,
  badCsv: (file, row, line, detail) => `Cannot read "${file}": line ${line} (row ${row}): ${detail}`,
  noTables: (file, table) => `No table "${table}" in "${file}": a CSV file has no named tables; leave out --table (or name the sheet "${file.replace(/\.[^.]*$/, "")}")`,
  noSheetInWorkbook: (file, sheet, sheets) => `No sheet "${sheet}" in "${file}"; its sheets are ${quoted(sheets, '"', '"', ", ")}`,
  noTableInWorkbook: (file, table, tables) => `No table "${table}" in "${file}"; ${tables.length > 0 ? `its tables are ${quoted(tables, '"', '"', ", ")}` : "it has no tables (name the sheet instead)"}`,
  noSheet: (file, sheet, sheets) => `No sheet "${sheet}" in "${file}"; its only sheet is ${quoted(sheets, '"', '"', ", ")} (a CSV file is one sheet named after the file)`,
  system: (file, action, problem) => {
    const cannot = `Cannot ${action} "${file}"`;
    switch (problem) {
      case "full":
        return `${cannot}: the disk is full (or your quota is used up); free some space, or write to another disk${action === "write" ? " with --out" : ""}`;
      case "denied":
        return `${cannot}: permission denied; ${action === "write" ? "choose a folder you may write to with --out" : "check that you may read it, or copy it somewhere you may"}`;
      case "readOnly":
        return `${cannot}: the disk is read-only; ${action === "write" ? "choose a folder on another disk with --out" : "copy it to a disk you may write to"}`;
      case "folder":
        return `${cannot}: it is a folder, not a file`;
      case "notFolder":
        return `${cannot}: a part of its path is a file, not a folder; check the path`;
      case "device":
        return `${cannot}: the disk or device it is on reported an error; check the disk, or copy the file to another one`;
      case "openFiles":
        return `${cannot}: too many files are open on this computer; close some programs and run it again`;
      case "tooLarge":
        return action === "write"
          ? `${cannot}: the review is too large to write in this computer's memory; build it on less data (fewer rows, or one review at a time)`
          : `${cannot}: it is too large to read in this computer's memory; split it, or keep only the columns and rows the review needs`;
      case "damaged":
        return `${cannot}: it is damaged or cut off (its contents point past its end); save it again from Excel, or copy it again`;
    }
  },
};

const ZH: FileMessages = {
  noSuchFile: (file) => `无法打开“${file}”：文件不存在`,
  cannotOpen: (file, detail) => `无法打开“${file}”：${detail}`,
  oldOrProtected: (file) => `无法读取“${file}”：这是旧版 Excel 97-2003 工作簿（.xls）或有密码保护的工作簿。请在 Excel 中打开，取消保护后另存为“Excel 工作簿（.xlsx）”或 CSV`,
  binaryWorkbook: (file) => `无法读取“${file}”：这是 Excel 二进制工作簿（.xlsb）。请在 Excel 中打开，另存为“Excel 工作簿（.xlsx）”或 CSV`,
  markup: (file) => `无法读取“${file}”：这是网页或 XML 文件，不是工作簿或 CSV 文件（有些系统导出时会用工作簿的扩展名）。请在 Excel 中打开，另存为“Excel 工作簿（.xlsx）”或 CSV`,
  notReadable: (file) => `无法读取“${file}”：既不是 Excel 工作簿（.xlsx），也不是 CSV 或 TSV 文本文件`,
  notXlsx: (file, why) =>
    `无法读取“${file}”：这不是 .xlsx 工作簿（${
      why.kind === "no zip" ? "没有 zip 目录：是其他类型的文件，或工作簿不完整" : why.kind === "no workbook" ? "这是没有工作簿部分的 zip 文件，例如 Word 或 PowerPoint 文件" : why.detail
    }）。请在 Excel 中打开，另存为“Excel 工作簿（.xlsx）”`,
  tooLarge: (file, megabytes, limit) => `无法读取“${file}”：文件有 ${mb(megabytes)} MB，超过 CSV 文件 ${limit} MB 的上限；请拆分文件，或只保留报表需要的列`,
  tooManyRows: (file, rows, limit) => `无法读取“${file}”：共有 ${rows.toLocaleString("en")} 行，超过 Excel 工作表的上限（${limit.toLocaleString("en")} 行）；请拆分文件`,
  quoteNotClosed: (file, row, line) => `无法读取“${file}”：第 ${line} 行（第 ${row} 行数据）中开始一个字段的引号（"）没有闭合，文件其余部分会变成一个单元格。请补上闭合引号；如果引号是文字的一部分，请写成两个（""）`,
  textAfterQuote: (file, row, line) => `无法读取“${file}”：第 ${line} 行（第 ${row} 行数据）中带引号的字段在闭合引号之后还有文字。带引号的字段中的引号要写成两个（""）`,
  badCsv: (file, row, line, detail) => `无法读取“${file}”：第 ${line} 行（第 ${row} 行数据）：${detail}`,
  noTables: (file, table) => `“${file}”中没有表格“${table}”：CSV 文件没有命名表格；请去掉 --table（或指定工作表“${file.replace(/\.[^.]*$/, "")}”）`,
  noSheetInWorkbook: (file, sheet, sheets) => `“${file}”中没有工作表“${sheet}”；它的工作表有${quoted(sheets, "“", "”", "、")}`,
  noTableInWorkbook: (file, table, tables) => `“${file}”中没有表格“${table}”；${tables.length > 0 ? `它的表格有${quoted(tables, "“", "”", "、")}` : "它没有表格（请改为指定工作表）"}`,
  noSheet: (file, sheet, sheets) => `“${file}”中没有工作表“${sheet}”；它只有工作表${quoted(sheets, "“", "”", "、")}（CSV 文件只有一个以文件名命名的工作表）`,
  system: (file, action, problem) => {
    const cannot = `无法${action === "write" ? "写入" : "读取"}“${file}”`;
    switch (problem) {
      case "full":
        return `${cannot}：磁盘已满（或配额已用完）；请释放空间，或${action === "write" ? "用 --out " : ""}写到其他磁盘`;
      case "denied":
        return `${cannot}：没有权限；${action === "write" ? "请用 --out 选择有写入权限的文件夹" : "请确认有读取权限，或复制到有权限的位置"}`;
      case "readOnly":
        return `${cannot}：磁盘是只读的；${action === "write" ? "请用 --out 选择其他磁盘上的文件夹" : "请复制到可写的磁盘"}`;
      case "folder":
        return `${cannot}：这是文件夹，不是文件`;
      case "notFolder":
        return `${cannot}：路径中有一部分是文件而不是文件夹；请检查路径`;
      case "device":
        return `${cannot}：文件所在的磁盘或设备报告错误；请检查磁盘，或把文件复制到其他磁盘`;
      case "openFiles":
        return `${cannot}：本机打开的文件太多；请关闭一些程序后重试`;
      case "tooLarge":
        return action === "write"
          ? `${cannot}：评审太大，本机内存无法写出；请用更少的数据生成（减少行数，或一次只生成一个评审）`
          : `${cannot}：文件太大，本机内存无法读取；请拆分文件，或只保留评审需要的列和行`;
      case "damaged":
        return `${cannot}：文件已损坏或不完整（内容指向文件末尾之外）；请在 Excel 中重新保存，或重新复制`;
    }
  },
};

/**
 * The file hosts' messages by language.
 *
 * @example
 * FILE_MESSAGES["zh-CN"].noSuchFile("deals.csv") // => "无法打开“deals.csv”：文件不存在"
 */
export const FILE_MESSAGES: Catalogue<FileMessages> = { en: EN, "zh-CN": ZH };
