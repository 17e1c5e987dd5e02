import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { headerCandidate } from "../../src/datasets/grid";
import { findSources } from "../../src/datasets/findSources";
import { ReadError } from "../../src/datasets/readDataset";
import { decodeCsv, detectDelimiter, parseCsv } from "../../src/workbook/csvRead";
import { openInput } from "../../src/workbook/openInput";
import { crmSample } from "../sharedData";
import { readFound, sourcePlaces, type SheetGrid, type WorkbookData } from "../../src/workbook/xlsxRead";

let dir: string;
const file = (name: string): string => join(dir, name);

/** Writes a fixture's bytes and returns its path. */
function write(name: string, bytes: Buffer | string): string {
  writeFileSync(file(name), bytes);
  return file(name);
}

function grid(book: WorkbookData, at: { sheet?: string; table?: string } = {}): SheetGrid {
  const result = book.grid(at);
  if (result instanceof ReadError) throw new Error(result.message);
  return result;
}

/** The message a rejected open gives. */
async function openError(path: string, language?: "en" | "zh-CN"): Promise<string> {
  try {
    await openInput(path, language ? { language } : {});
  } catch (e) {
    if (e instanceof ReadError) return e.message;
    throw e;
  }
  throw new Error(`${path} opened`);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-csv-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("decodeCsv", () => {
  it("reads GBK bytes as GB18030: 名字 is C3FB D7D6 in GBK (code page 936)", () => {
    expect(decodeCsv(Buffer.from([0xc3, 0xfb, 0xd7, 0xd6]))).toEqual({ text: "名字", encoding: "gb18030" });
  });

  it("reads Western Excel's CSV (Windows-1252) as such, though Renée's bytes are also valid GBK (Ren閑)", () => {
    // 0xE9 is é and 0xFC is ü in Windows-1252; Python: "Renée,Müller\n".encode("cp1252").decode("gb18030", "replace") → "Ren閑,M黮ler".
    const bytes = Buffer.from([0x52, 0x65, 0x6e, 0xe9, 0x65, 0x2c, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a]);
    expect(decodeCsv(bytes)).toEqual({ text: "Renée,Müller\n", encoding: "windows-1252" });
  });

  it("reads GBK with the odd character whose second byte is ASCII (GBK/3: 丂 is 81 40) as GB18030", () => {
    // Python: "名丂字".encode("gbk").hex() → "c3fb8140d7d6"
    expect(decodeCsv(Buffer.from("c3fb8140d7d60a", "hex"))).toEqual({ text: "名丂字\n", encoding: "gb18030" });
  });

  it("keeps valid UTF-8 as UTF-8, with or without a BOM (the BOM dropped)", () => {
    expect(decodeCsv(Buffer.from("名字,金额\n", "utf8"))).toEqual({ text: "名字,金额\n", encoding: "utf-8" });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Name\n", "utf8")]))).toEqual({ text: "Name\n", encoding: "utf-8" });
  });

  it("reads UTF-16 by its BOM, little- and big-endian, and little-endian without one", () => {
    const le = Buffer.from("Name\t姓名\n", "utf16le");
    const be = Buffer.from(le).swap16();
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({ text: "Name\t姓名\n", encoding: "utf-16le" });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: "Name\t姓名\n", encoding: "utf-16be" });
    expect(decodeCsv(le)).toEqual({ text: "Name\t姓名\n", encoding: "utf-16le" });
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["a comma", "Name,Amount\nAnn,10\n", ","],
    ["a semicolon, with decimal commas in the rows", "Name;Amount\nAnn;1,5\n", ";"],
    ["a tab", "Name\tAmount\n", "\t"],
    ["the delimiter outside quotes only", '"Lee, Ann; Bo";"x"\n', ";"],
    ["the header under a title line", "Pipeline export\n\nOwner;Stage;Amount\n", ";"],
    ["Excel's sep= line", "sep=;\nName,Amount\n", ";"],
    ["comma for one column", "Name\nAnn\n", ","],
  ])("finds %s", (_, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe("parseCsv", () => {
  it("splits quoted fields with delimiters, line breaks and doubled quotes, keeping one row per record", () => {
    const text = 'Rep,Note,Amount\r\n"Lee, Ann","said ""yes""\r\nthen left",1200\r\nBo,27" monitor,\r\n';
    expect(parseCsv(text, "n.csv")).toEqual([
      ["Rep", "Note", "Amount"],
      ["Lee, Ann", 'said "yes"\r\nthen left', "1200"],
      ["Bo", '27" monitor', ""],
    ]);
  });

  it("names the line and the row of a quote that never closes, in English and Chinese", () => {
    // Line 4 is row 3: the record on lines 2-3 holds a line break.
    const text = 'Rep,Note\n"Ann","two\nlines"\n"Bo,left open\nCy,3\n';
    expect(() => parseCsv(text, "deals.csv")).toThrow(/"deals\.csv".*line 4 \(row 3\) is never closed/);
    expect(() => parseCsv(text, "deals.csv", { language: "zh-CN" })).toThrow("无法读取“deals.csv”：第 4 行（第 3 行数据）中开始一个字段的引号（\"）没有闭合");
  });
});

describe("openInput on CSV and TSV files", () => {
  it("reads a GB18030 CSV with Chinese headers, as Chinese Excel saves it, into one sheet named after the file", async () => {
    const text = "负责人,阶段,金额,状态\r\n张伟,初步接触,\"12,000.00\",进行中\r\n李娜,赢单,8500.5,赢单\r\n";
    const path = write("商机导出.csv", iconv.encode(text, "gb18030"));
    const book = await openInput(path);
    expect({ sheets: book.sheetNames, tables: book.tables, grid: grid(book).grid }).toEqual({
      sheets: ["商机导出"],
      tables: [],
      grid: [
        ["负责人", "阶段", "金额", "状态"],
        ["张伟", "初步接触", "12,000.00", "进行中"],
        ["李娜", "赢单", "8500.5", "赢单"],
      ],
    });
  });

  it("reads a UTF-16 LE file with a BOM, tab-delimited, as Excel's 'Unicode Text' saves it", async () => {
    const path = write("scores.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("姓名\t指标\t目标\t实际\r\n王芳\t销售额\t100\t85%\r\n", "utf16le")]));
    expect(grid(await openInput(path)).grid).toEqual([
      ["姓名", "指标", "目标", "实际"],
      ["王芳", "销售额", "100", "85%"],
    ]);
  });

  it("reads a UTF-8 file with a BOM without the BOM in its first header", async () => {
    const path = write("bom.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Owner,Stage,Amount\nAnn,Won,10\n", "utf8")]));
    expect(grid(await openInput(path)).grid[0]).toEqual(["Owner", "Stage", "Amount"]);
  });

  it("reads semicolon- and tab-delimited files", async () => {
    const semicolon = write("semi.csv", "Owner;Stage;Amount\nAnn;Won;1200\n");
    const tab = write("tabs.tsv", "Owner\tStage\tAmount\nAnn\tWon\t1200\n");
    const rows = [
      ["Owner", "Stage", "Amount"],
      ["Ann", "Won", "1200"],
    ];
    expect({ semicolon: grid(await openInput(semicolon)).grid, tab: grid(await openInput(tab)).grid }).toEqual({ semicolon: rows, tab: rows });
  });

  it("pads short rows, keeps blank lines as blank rows and empty fields as blank cells", async () => {
    const path = write("ragged.csv", "Owner,Stage,Amount\nAnn,Won\n\nBo,,5\n");
    expect(grid(await openInput(path)).grid).toEqual([
      ["Owner", "Stage", "Amount"],
      ["Ann", "Won", null],
      [null, null, null],
      ["Bo", null, "5"],
    ]);
  });

  it("reads an empty file as an empty sheet, and says so when a dataset is read from it", async () => {
    const book = await openInput(write("empty.csv", ""));
    const places = sourcePlaces(book);
    const read = readFound(book, "deals", null, places);
    expect({ grid: grid(book).grid, read: read instanceof ReadError ? read.messages.join("\n") : "read" }).toEqual({
      grid: [],
      read: expect.stringContaining('Sheet "empty" is empty'),
    });
  });

  it("reads a header-only file as one row, and a read of it gives no records", async () => {
    const book = await openInput(write("header-only.csv", "Owner,Stage,Amount\r\n"));
    const read = readFound(book, "deals", { key: "sheet:header-only", complete: true }, sourcePlaces(book));
    expect({ grid: grid(book).grid, records: read instanceof ReadError ? read.messages : read.records.length }).toEqual({
      grid: [["Owner", "Stage", "Amount"]],
      records: 0,
    });
  });

  it("gives the dataset readers numbers written as text: 1,234.50 is 1234.5, 4514 is 4514", async () => {
    const path = write("deals.csv", 'Owner,Stage,Amount,Created\nAnn,Won,"1,234.50",2026-01-05\nBo,Lead,4514,2026-02-01\n');
    const book = await openInput(path);
    const places = sourcePlaces(book);
    const found = findSources(places, { wanted: { required: ["deals"], optional: [] } });
    const read = readFound(book, "deals", found.deals ?? null, places);
    if (read instanceof ReadError) throw new Error(read.message);
    // 2026-01-05 is Excel serial 46027 (46023 is 2026-01-01).
    expect(read.records.map((d) => [d.owner, d.amount, d.created])).toEqual([
      ["Ann", 1234.5, 46027],
      ["Bo", 4514, 46054],
    ]);
  });

  it("finds the deals under an export's title lines, with semicolons, and rows numbered as Excel shows them", async () => {
    const path = write("export.csv", "Pipeline export 2026-03-01\n\nOwner;Stage;Amount\nAnn;Won;1200\nBo;Lead;abc\n");
    const book = await openInput(path);
    const places = sourcePlaces(book);
    const read = readFound(book, "deals", { key: "sheet:export", complete: true }, places);
    expect(read instanceof ReadError ? read.messages : read.records).toEqual(['Sheet "export", row 5, column C (Amount): "abc" is not a number']);
  });

  it("drops Excel's sep= line and reads old Mac line ends (CR only)", async () => {
    const sep = write("sep.csv", "sep=;\r\nOwner;Amount\r\nAnn;1,5\r\n");
    const mac = write("mac.csv", "Owner,Amount\rAnn,10\r");
    expect({ sep: grid(await openInput(sep)).grid, mac: grid(await openInput(mac)).grid }).toEqual({
      sep: [
        ["Owner", "Amount"],
        ["Ann", "1,5"],
      ],
      mac: [
        ["Owner", "Amount"],
        ["Ann", "10"],
      ],
    });
  });

  it("reads text by its content whatever the extension, and a workbook by its content under a CSV name", async () => {
    const noExtension = write("export", "Owner,Stage,Amount\nAnn,Won,10\n");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Deals").addRow(["Owner", "Stage", "Amount"]);
    const misnamed = write("really-a-workbook.csv", Buffer.from(await book.xlsx.writeBuffer()));
    expect({ csv: (await openInput(noExtension)).sheetNames, xlsx: (await openInput(misnamed)).sheetNames }).toEqual({ csv: ["export"], xlsx: ["Deals"] });
  });

  it("names the one sheet of a CSV when another sheet or a table is asked for", async () => {
    const book = await openInput(write("pipeline.csv", "Owner,Stage,Amount\n"));
    const sheet = book.grid({ sheet: "Deals" });
    const table = book.grid({ table: "tblDeals" });
    expect({
      sheet: sheet instanceof ReadError ? sheet.message : "read",
      table: table instanceof ReadError ? table.message : "read",
      anyCase: grid(book, { sheet: "PIPELINE" }).sheet,
    }).toEqual({
      sheet: 'No sheet "Deals" in "pipeline.csv"; its only sheet is "pipeline" (a CSV file is one sheet named after the file)',
      table: 'No table "tblDeals" in "pipeline.csv": a CSV file has no named tables; leave out --table (or name the sheet "pipeline")',
      anyCase: "pipeline",
    });
  });
});

describe("openInput refuses what it cannot read, saying what to do", () => {
  const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

  it.each([
    ["an old .xls (an OLE container)", "old.xls", CFB, /it is an old Excel 97-2003 workbook \(\.xls\) or a password-protected one\. Open it in Excel and save it unprotected as an Excel Workbook \(\.xlsx\), or as CSV/],
    ["an .xlsb", "binary.xlsb", Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), /it is an Excel binary workbook \(\.xlsb\)\. Open it in Excel and save it as an Excel Workbook \(\.xlsx\)/],
    ["a web page exported as .xls", "crm.xls", Buffer.from("<html><body><table><tr><td>Owner</td></tr></table></body></html>"), /"crm\.xls": it is a web page or an XML file/],
    ["binary data under a .csv name", "junk.csv", Buffer.from([1, 2, 0, 200, 3, 4, 0, 7, 8]), /"junk\.csv": it is neither an Excel workbook \(\.xlsx\) nor a CSV or TSV text file/],
  ])("%s", async (_, name, bytes, message) => {
    expect(await openError(write(name, bytes))).toMatch(message);
  });

  it("says a file is missing, in the language asked for", async () => {
    expect({ en: await openError(file("nowhere.csv")), zh: await openError(file("nowhere.csv"), "zh-CN") }).toEqual({
      en: 'Cannot open "nowhere.csv": there is no such file',
      zh: "无法打开“nowhere.csv”：文件不存在",
    });
  });

  it("keeps the .xlsx reader's own message for a damaged .xlsx", async () => {
    expect(await openError(write("damaged.xlsx", Buffer.from([0x50, 0x4b, 3, 4, 9, 9, 9])))).toMatch(/"damaged\.xlsx": it is not an \.xlsx workbook/);
  });
});

/**
 * The public CRM sample data set (Maven Analytics' "CRM + Sales + Opportunities"), read where it is:
 * `../shared/data/crm-sample/` from the repository root (a git worktree one folder deeper finds it one
 * level further up). Expected figures come from Python's csv module, not from this code:
 *   python3 -c "import csv; r=list(csv.reader(open('sales_pipeline.csv', newline=''))); print(len(r), r[1], r[-1])"
 *   → 8801 rows; ['1C1I7A6R', 'Moses Frase', 'GTX Plus Basic', 'Cancity', 'Won', '10/20/2016', '3/1/2017', '1054'];
 *     ['8I5ONXJX', 'Versie Hillebrand', 'MG Advanced', '', 'Prospecting', '', '', '']
 *   collections.Counter(x[4] for x in r[1:]) → Won 4238, Lost 2473, Engaging 1589, Prospecting 500;
 *   sum(1 for x in r[1:] if x[7] == '') → 2089 blank close_value; `wc -l` → 8801 lines.
 */
describe("the public CRM sample data set (sales_pipeline.csv)", () => {
  let book: WorkbookData;
  let cells: SheetGrid;

  beforeAll(async () => {
    book = await openInput(crmSample("sales_pipeline.csv"));
    cells = grid(book);
  });

  it("opens as one sheet of 8,801 rows (the header and 8,800 deals), 8 columns wide", () => {
    expect({ sheets: book.sheetNames, rows: cells.grid.length, widths: [...new Set(cells.grid.map((r) => r.length))] }).toEqual({
      sheets: ["sales_pipeline"],
      rows: 8801,
      widths: [8],
    });
  });

  it("holds the header, the first deal and the last deal as the file writes them", () => {
    expect([cells.grid[0], cells.grid[1], cells.grid[8800]]).toEqual([
      ["opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date", "close_value"],
      ["1C1I7A6R", "Moses Frase", "GTX Plus Basic", "Cancity", "Won", "10/20/2016", "3/1/2017", "1054"],
      ["8I5ONXJX", "Versie Hillebrand", "MG Advanced", null, "Prospecting", null, null, null],
    ]);
  });

  it("has the stage counts and blank close values Python's csv module finds", () => {
    const stages: Record<string, number> = {};
    for (const row of cells.grid.slice(1)) stages[row[4] as string] = (stages[row[4] as string] ?? 0) + 1;
    expect({ stages, blankValues: cells.grid.slice(1).filter((r) => r[7] === null).length }).toEqual({
      stages: { Won: 4238, Lost: 2473, Engaging: 1589, Prospecting: 500 },
      blankValues: 2089,
    });
  });

  it("is where the search for deals looks, and its first row is the deals' header row once the agent and value columns are named", () => {
    const places = sourcePlaces(book);
    const found = findSources(places, { wanted: { required: ["deals"], optional: [] } });
    const named = headerCandidate(places[0].grid, "deals", { owner: "sales_agent", amount: "close_value" });
    expect({ place: found.deals?.key, header: { row: named.row, complete: named.complete } }).toEqual({
      place: "sheet:sales_pipeline",
      header: { row: 0, complete: true },
    });
  });
});
