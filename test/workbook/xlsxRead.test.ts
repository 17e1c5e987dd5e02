import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Dataset } from "../../src/datasets/records";
import type { CellValue } from "../../src/sheets/spec";
import { ReadError } from "../../src/datasets/readDataset";
import type { DatasetRecords, SourceData } from "../../src/datasets/records";
import { openWorkbook, readSource, SheetGrid, WorkbookData, xlsxWorkbook } from "../../src/workbook/xlsxRead";
import { zipParts } from "../hostile/corpus";

let dir: string;
const file = (name: string): string => join(dir, name);

/** 2026-04-01 as a JS date, as ExcelJS writes dates (UTC midnight). */
const APRIL_1 = new Date(Date.UTC(2026, 3, 1));
const APRIL_1_SERIAL = 46113;

async function save(book: ExcelJS.Workbook, name: string): Promise<string> {
  await book.xlsx.writeFile(file(name));
  return file(name);
}

/** Real cells of every kind the reader must flatten: formulas, rich text, links, dates, merges, errors. */
async function makeCells(): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Cells");
  ws.getCell("A1").value = { formula: "B1*0", result: 0 };
  ws.getCell("A2").value = { formula: "1=2", result: false };
  ws.getCell("A3").value = { formula: 'T("")', result: "" };
  ws.getCell("A4").value = { richText: [{ text: "Ann " }, { font: { bold: true }, text: "Lee" }] };
  ws.getCell("A5").value = { text: "Bo", hyperlink: "https://example.com/bo" };
  ws.getCell("A6").value = APRIL_1;
  ws.getCell("A7").value = { error: "#N/A" };
  ws.getCell("A8").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("A9").value = "R&D <West> \"quoted\"";
  ws.getCell("A10").value = { formula: "B1+1" } as ExcelJS.CellFormulaValue;
  ws.getCell("A11").value = "=not a formula";
  ws.getCell("C1").value = "Merged title";
  ws.mergeCells("C1:E1");
  ws.getCell("F1").value = "right of the merge";
  ws.getCell("B2").value = 1.5;
  ws.getCell("B3").value = true;
  const offset = book.addWorksheet("Offset");
  offset.getCell("C4").value = "Rep";
  offset.getCell("D4").value = "Paid";
  offset.getCell("C5").value = "Ann";
  offset.getCell("D5").value = 10;
  book.addWorksheet("Tables").addTable({
    name: "tblPaid",
    ref: "F2",
    headerRow: true,
    totalsRow: true,
    columns: [{ name: "Rep", totalsRowLabel: "Total" }, { name: "Paid", totalsRowFunction: "sum" }],
    rows: [["Ann", 10], ["Bo", 20]],
  });
  await save(book, "cells.xlsx");
}

/** The team's workbook: English and Chinese sheets, titles above headers, totals, text numbers, a table. */
async function makeTeam(): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Readme").getCell("A1").value = "How to fill in this workbook";

  const scores = book.addWorksheet("Scores");
  scores.getCell("A1").value = "Q1 2026 scorecard";
  scores.mergeCells("A1:E1");
  scores.getCell("A2").value = "Figures as of 31 March";
  scores.getRow(4).values = ["Name", "KPI", "Target", "Actual", "Team"];
  scores.getRow(5).values = ["Ann", "Revenue", "1,234", 1300, "East"];
  scores.getRow(6).values = ["Ann", "Win rate", "30%", "28.5%", "East"];
  scores.getRow(7).values = ["Bo", "Revenue", 1000, { formula: "C7*0", result: 0 }, "West"];
  scores.getRow(8).values = [{ richText: [{ text: "Cy " }, { font: { italic: true }, text: "Zhang" }] }, "Revenue", 1000, null, { text: "West", hyperlink: "https://example.com/west" }];
  scores.getRow(9).values = ["Total", null, { formula: "SUM(C5:C8)", result: 3234.3 }, null, null];

  const deals = book.addWorksheet("商机");
  deals.getRow(1).values = ["负责人", "阶段", "金额", "创建日期", "状态"];
  deals.getRow(2).values = ["张三", "方案", "12,000", APRIL_1, "进行中"];
  deals.getRow(3).values = ["李四", "成交", 8000, "2026-03-05", null];
  deals.getRow(4).values = ["王五", "谈判", "5,000", "2026年3月9日", "丢单"];
  deals.getRow(5).values = ["合计", null, 25000, null, null];

  const sales = book.addWorksheet("Sales");
  sales.getCell("A1").value = "Sales ledger, exported 2026-04-02";
  sales.addTable({
    name: "tblSales",
    ref: "B3",
    headerRow: true,
    totalsRow: true,
    columns: [
      { name: "ID", totalsRowLabel: "Total" },
      { name: "Rep" },
      { name: "Date" },
      { name: "Product line" },
      { name: "Amount", totalsRowFunction: "sum" },
      { name: "Share" },
    ],
    rows: [
      ["T1", "Ann", APRIL_1, "SaaS", 1000, null],
      ["T2", "Bo", "2026-04-02", "Hardware", "2,500", "50%"],
      ["T3", "Ann", "2026/4/3", "saas", 300, 0.5],
    ],
  });
  await save(book, "team.xlsx");
}

/** A workbook with one mistake of each kind a person makes. */
async function makeMistakes(): Promise<void> {
  const book = new ExcelJS.Workbook();
  const people = book.addWorksheet("People");
  // Ann twice in one team: the same person listed twice (two Anns in two teams would be two people).
  people.addRows([["Name", "Team"], ["Ann", "East"], ["Bo", "West"], ["Ann", "East"]]);
  const deals = book.addWorksheet("Deals");
  deals.addRows([["Pipeline, Q2"], ["Deal", "Owner", "Stage", "Amount"], ["D1", "Ann", "Lead", 100], ["D2", "Bo", "Closing", 200], ["D3", "Cy", "Won", "abc"]]);
  const paid = book.addWorksheet("Paid");
  paid.addRows([["Rep", "Notes"], ["Ann", "paid in April"]]);
  await save(book, "mistakes.xlsx");
}

/** A ledger long enough that its sheet part is well over the quick look's 256 KB. */
async function makeLong(rows: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file("long.xlsx") });
  writer.addWorksheet("Notes").addRow(["Nothing to see"]).commit();
  const ws = writer.addWorksheet("Ledger");
  ws.addRow(["Order ID", "Rep", "Date", "Amount"]).commit();
  for (let i = 0; i < rows; i++) ws.addRow([`ORD-${i}-${(i * 7919) % 100_003}`, `Rep ${i % 37}`, APRIL_1, 1000 + (i % 991)]).commit();
  await writer.commit();
}

/** Rows of the wide sheet: about 12 MB of XML. */
const WIDE_ROWS = 20_000;

/** A sheet whose XML is several pieces of the reader's 4 MB: text inline, Chinese text, a merge at the end. */
async function makeWide(rows: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file("wide.xlsx"), useSharedStrings: false });
  const ws = writer.addWorksheet("Wide");
  for (let i = 1; i < rows; i++) ws.addRow([`第${i}行 ${"说明".repeat(100)}`, i, "end"]).commit();
  const last = ws.addRow([`第${rows}行 ${"说明".repeat(100)}`, rows, "end"]);
  ws.mergeCells(`B${rows}:C${rows}`);
  last.commit();
  await writer.commit();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kpi-xlsx-read-"));
  await Promise.all([makeCells(), makeTeam(), makeMistakes(), makeWide(WIDE_ROWS)]);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function grid(book: WorkbookData, at: { sheet?: string; table?: string }): SheetGrid {
  const result = book.grid(at);
  if (result instanceof ReadError) throw new Error(result.message);
  return result;
}

/** The value at an A1 address of a sheet grid. */
function cell(g: SheetGrid, ref: string): CellValue | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return g.grid[Number(m[2]) - g.firstRow]?.[col - g.firstCol];
}

async function records<D extends Dataset>(path: string, dataset: D, source?: { sheet?: string; table?: string }): Promise<SourceData<DatasetRecords[D]>> {
  const result = await readSource(path, dataset, source);
  if (result instanceof ReadError) throw new Error(`expected records, got:\n${result.message}`);
  return result;
}

async function problems(path: string, dataset: Dataset, source?: { sheet?: string; table?: string }): Promise<readonly string[]> {
  const result = await readSource(path, dataset, source);
  if (!(result instanceof ReadError)) throw new Error(`expected a ReadError, got ${result.records.length} records`);
  return result.messages;
}

describe("openWorkbook", () => {
  it("lists the sheets in workbook order", async () => {
    expect((await openWorkbook(file("team.xlsx"))).sheetNames).toEqual(["Readme", "Scores", "商机", "Sales"]);
  });

  it("lists the named tables with their sheets and ranges", async () => {
    expect((await openWorkbook(file("cells.xlsx"))).tables).toEqual([{ name: "tblPaid", sheet: "Tables", ref: "F2:G5" }]);
  });

  it.each([
    { ref: "A1", what: "a formula's cached zero", value: 0 },
    { ref: "A2", what: "a formula's cached FALSE", value: false },
    { ref: "A3", what: "a formula's cached empty text", value: "" },
    { ref: "A4", what: "rich text, flattened", value: "Ann Lee" },
    { ref: "A5", what: "a hyperlink's text", value: "Bo" },
    { ref: "A6", what: "a date, as its serial", value: APRIL_1_SERIAL },
    { ref: "A7", what: "an error value, as blank", value: null },
    { ref: "A8", what: "a formula's cached error, as blank", value: null },
    { ref: "A9", what: "text with XML's special characters", value: 'R&D <West> "quoted"' },
    { ref: "A10", what: "a formula never calculated, as blank", value: null },
    { ref: "A11", what: "text that looks like a formula, as text", value: "=not a formula" },
    { ref: "B2", what: "a number", value: 1.5 },
    { ref: "B3", what: "a boolean", value: true },
    { ref: "C1", what: "a merged range's value in its top-left cell", value: "Merged title" },
    { ref: "D1", what: "blank in the rest of a merged range", value: null },
  ])("reads $what ($ref)", async ({ ref, value }) => {
    expect(cell(grid(await openWorkbook(file("cells.xlsx")), { sheet: "Cells" }), ref)).toBe(value);
  });

  it("keeps the text of each error value for messages, and marks a formula never calculated instead of leaving it blank", async () => {
    expect(grid(await openWorkbook(file("cells.xlsx")), { sheet: "Cells" }).errors).toEqual({
      A7: "#N/A",
      A8: "#DIV/0!",
      A10: "(no value: its formula was never calculated; recalculate and save the file in Excel)",
    });
  });

  it("gives a sheet's grid from its first used row and column", async () => {
    const g = grid(await openWorkbook(file("cells.xlsx")), { sheet: "Offset" });
    expect([g.firstRow, g.firstCol, g.grid]).toEqual([4, 3, [["Rep", "Paid"], ["Ann", 10]]]);
  });

  it("fills a sheet's short rows, missing cells and empty rows with blanks to the used range's width", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("S");
    ws.getRow(1).values = ["Name", "Paid", "Team"];
    ws.getCell("A2").value = "Ann";
    ws.getCell("A4").value = "Bo";
    ws.getCell("C4").value = "West";
    const g = grid(await openWorkbook(await save(book, "ragged.xlsx")), { sheet: "S" });
    expect(g.grid).toEqual([["Name", "Paid", "Team"], ["Ann", null, null], [null, null, null], ["Bo", null, "West"]]);
  });

  it("reads every row of a sheet whose XML is read in several pieces", async () => {
    const g = grid(await openWorkbook(file("wide.xlsx")), { sheet: "Wide" });
    expect(g.grid.map((row) => row[1])).toEqual(Array.from({ length: WIDE_ROWS }, (_, i) => i + 1));
  });

  it("keeps multi-byte text whole across the pieces of a long sheet", async () => {
    const g = grid(await openWorkbook(file("wide.xlsx")), { sheet: "Wide" });
    expect(g.grid.filter((row) => row[0] !== `第${row[1]}行 ${"说明".repeat(100)}`)).toEqual([]);
  });

  it("clears a merge listed after the rows of a long sheet", async () => {
    const g = grid(await openWorkbook(file("wide.xlsx")), { sheet: "Wide" });
    expect(g.grid[WIDE_ROWS - 1].slice(1)).toEqual([WIDE_ROWS, null]);
  });

  it("gives a table's cells from its header row, without its totals row", async () => {
    const g = grid(await openWorkbook(file("cells.xlsx")), { table: "tblPaid" });
    expect(g).toEqual({ sheet: "Tables", table: "tblPaid", grid: [["Rep", "Paid"], ["Ann", 10], ["Bo", 20]], firstRow: 2, firstCol: 6, errors: {} });
  });

  it("finds a sheet whatever the case of its name", async () => {
    expect(grid(await openWorkbook(file("cells.xlsx")), { sheet: "offset" }).sheet).toBe("Offset");
  });

  it("names the sheets there are when a sheet is missing", async () => {
    const result = (await openWorkbook(file("team.xlsx"))).grid({ sheet: "Deals" });
    expect((result as ReadError).messages).toEqual(['No sheet "Deals" in "team.xlsx"; its sheets are "Readme", "Scores", "商机", "Sales"']);
  });

  it("says so in Chinese on a Chinese run", () => {
    const book = xlsxWorkbook("team.xlsx", readFileSync(file("team.xlsx")), "zh-CN");
    expect((book.grid({ sheet: "Deals" }) as ReadError).messages).toEqual(["“team.xlsx”中没有工作表“Deals”；它的工作表有“Readme”、“Scores”、“商机”、“Sales”"]);
    expect((book.grid({ table: "tblDeals" }) as ReadError).messages).toEqual(["“team.xlsx”中没有表格“tblDeals”；它的表格有“tblSales”"]);
  });

  it("names the tables there are when a table is missing", async () => {
    const result = (await openWorkbook(file("team.xlsx"))).grid({ table: "tblDeals" });
    expect((result as ReadError).messages).toEqual(['No table "tblDeals" in "team.xlsx"; its tables are "tblSales"']);
  });

  it("reads the same values as ExcelJS's own reader, and the cached zero that reader drops", async () => {
    const reference = new ExcelJS.Workbook();
    await reference.xlsx.readFile(file("team.xlsx"));
    const ws = reference.getWorksheet("Scores") as ExcelJS.Worksheet;
    const g = grid(await openWorkbook(file("team.xlsx")), { sheet: "Scores" });
    const theirs = excelJsGrid(ws, 5);
    // ExcelJS reads a formula's cached 0 (Bo's actual, D7) back as no result at all.
    theirs[6][3] = 0;
    expect(g.grid).toEqual(theirs.slice(g.firstRow - 1));
  });

  it("reads dates of a workbook in the 1904 date system as ordinary serials", async () => {
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = true;
    book.addWorksheet("S").getCell("A1").value = APRIL_1;
    const g = grid(await openWorkbook(await save(book, "1904.xlsx")), { sheet: "S" });
    expect(g.grid).toEqual([[APRIL_1_SERIAL]]);
  });

  it("reads text stored inline instead of in the shared strings", async () => {
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file("inline.xlsx"), useSharedStrings: false });
    const ws = writer.addWorksheet("S");
    ws.addRow(["姓名", "R&D"]).commit();
    await writer.commit();
    expect(grid(await openWorkbook(file("inline.xlsx")), { sheet: "S" }).grid).toEqual([["姓名", "R&D"]]);
  });

  it("rejects a file that is not a workbook, saying so", async () => {
    writeFileSync(file("notes.xlsx"), "just some text");
    await expect(openWorkbook(file("notes.xlsx"))).rejects.toThrow(/^Cannot read "notes.xlsx": it is not an .xlsx workbook/);
  });

  it("rejects an old .xls or password-protected file, saying what to do", async () => {
    writeFileSync(file("old.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await expect(openWorkbook(file("old.xls"))).rejects.toThrow('Cannot read "old.xls": it is an old Excel 97-2003 workbook (.xls) or a password-protected one.');
    await expect(openWorkbook(file("old.xls"), { language: "zh-CN" })).rejects.toThrow(/^无法读取“old.xls”/);
    await expect(openWorkbook(file("nowhere.xlsx"), { language: "zh-CN" })).rejects.toThrow(/nowhere.xlsx/);
  });

  it("reports a damaged sheet instead of throwing", async () => {
    const bytes = readFileSync(file("cells.xlsx"));
    const name = bytes.indexOf("xl/worksheets/sheet1.xml");
    // The local header's name is followed by the deflated data: 0xFF is a deflate block of no valid type.
    bytes.fill(0xff, name + 24, name + 64);
    writeFileSync(file("damaged.xlsx"), bytes);
    const result = (await openWorkbook(file("damaged.xlsx"))).grid({ sheet: "Cells" });
    expect((result as ReadError).messages[0]).toMatch(/^Cannot read sheet "Cells" of "damaged.xlsx": the file is damaged/);
  });

  it("rejects a missing file, naming it", async () => {
    await expect(openWorkbook(file("nowhere.xlsx"))).rejects.toThrow('Cannot open "nowhere.xlsx": there is no such file');
  });
});

/** A sheet as ExcelJS's reader sees it, shaped like our grid from row 1 and column A. */
function excelJsGrid(ws: ExcelJS.Worksheet, width: number): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = Array.from({ length: width }, (_, c) => plain(row.getCell(c + 1)));
  });
  return rows;
}

/** An ExcelJS cell as the grid holds it, to compare the two readers. */
function plain(c: ExcelJS.Cell): CellValue {
  if (c.isMerged && c.master.address !== c.address) return null;
  const v = c.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25569;
  if (typeof v !== "object") return v;
  if ("richText" in v) return v.richText.map((run) => run.text).join("");
  if ("hyperlink" in v) return String(v.text);
  if ("formula" in v || "sharedFormula" in v) return (v.result ?? null) as CellValue;
  return null;
}

describe("readSource", () => {
  it("finds the deals on the sheet whose headers are Chinese", async () => {
    expect((await records(file("team.xlsx"), "deals")).origin).toBe('Sheet "商机"');
  });

  it("reads Chinese stages, text amounts and dates written three ways", async () => {
    const deals = await records(file("team.xlsx"), "deals");
    expect(deals.records.map((d) => [d.owner, d.stage, d.amount, d.created, d.status])).toEqual([
      ["张三", "Proposal", 12000, APRIL_1_SERIAL, "open"],
      ["李四", "Won", 8000, 46086, "won"],
      ["王五", "Negotiation", 5000, 46090, "lost"],
    ]);
  });

  it("leaves out the 合计 row with a warning", async () => {
    expect((await records(file("team.xlsx"), "deals")).warnings).toEqual(['Sheet "商机", row 5: left out the total row ("合计")']);
  });

  it("reads scores below a merged title and a note, with text numbers", async () => {
    const scores = await records(file("team.xlsx"), "scores");
    expect(scores.records.map((s) => [s.row, s.name, s.kpi, s.target, s.actual, s.team])).toEqual([
      [5, "Ann", "Revenue", 1234, 1300, "East"],
      [6, "Ann", "Win rate", 0.3, 0.285, "East"],
      [7, "Bo", "Revenue", 1000, 0, "West"],
      [8, "Cy Zhang", "Revenue", 1000, null, "West"],
    ]);
  });

  it("leaves out the Total row of the scores with a warning", async () => {
    expect((await records(file("team.xlsx"), "scores")).warnings).toEqual(['Sheet "Scores", row 9: left out the total row ("Total")']);
  });

  it("finds the transactions in their named table", async () => {
    expect((await records(file("team.xlsx"), "transactions")).origin).toBe('table "tblSales"');
  });

  it("reads a named table's rows at their sheet rows, without its totals row", async () => {
    const sales = await records(file("team.xlsx"), "transactions");
    expect(sales.records).toEqual([
      { row: 4, id: "T1", rep: "Ann", date: APRIL_1_SERIAL, line: "SaaS", amount: 1000, share: 1 },
      { row: 5, id: "T2", rep: "Bo", date: 46114, line: "Hardware", amount: 2500, share: 0.5 },
      { row: 6, id: "T3", rep: "Ann", date: 46115, line: "saas", amount: 300, share: 0.5 },
    ]);
  });

  it("matches product lines to the plan's lines", async () => {
    const result = await readSource(file("team.xlsx"), "transactions", { table: "tblSales" }, { lines: [{ name: "Software", aliases: ["SaaS"] }] });
    expect((result as SourceData<DatasetRecords["transactions"]>).records.map((r) => r.line)).toEqual(["Software", "Hardware", "Software"]);
  });

  it("reads the sheet the source names", async () => {
    expect((await records(file("cells.xlsx"), "paid", { sheet: "offset" })).records).toEqual([{ row: 5, rep: "Ann", paid: 10, period: null }]);
  });

  it("fails on a person listed twice, naming the sheet, row and column", async () => {
    expect(await problems(file("mistakes.xlsx"), "people")).toEqual(['Sheet "People", row 4, column A (Name): "Ann" is listed twice (also row 2)']);
  });

  it("fails on a non-numeric amount, naming the cell (an unknown stage alone would only leave its deal out, with a warning)", async () => {
    expect(await problems(file("mistakes.xlsx"), "deals")).toEqual(['Sheet "Deals", row 5, column D (Amount): "abc" is not a number']);
  });

  it("fails on a missing column, saying where it looked and what headers it found", async () => {
    expect(await problems(file("mistakes.xlsx"), "paid")).toEqual([
      'No sheet or table in "mistakes.xlsx" has the columns of the payouts made; looked at sheets "People", "Deals", "Paid". The closest:',
      'Sheet "Paid": missing column Paid (a header such as Paid, Paid amount, Amount paid, Payout, Commission paid). Of the first 20 rows, row 1 comes closest to a header row: "Rep", "Notes"',
    ]);
  });

  it("says where it looked in the run's language", async () => {
    const result = await readSource(file("mistakes.xlsx"), "paid", {}, { language: "zh-CN" });
    expect(result instanceof ReadError ? result.messages[0] : result).toBe("“mistakes.xlsx”中没有哪张工作表或表格有已发放提成数据的列；已查看工作表“People”、“Deals”、“Paid”。最接近的是：");
  });

  it("fails on a missing sheet, listing the sheets there are", async () => {
    expect(await problems(file("mistakes.xlsx"), "deals", { sheet: "Pipeline" })).toEqual(['No sheet "Pipeline" in "mistakes.xlsx"; its sheets are "People", "Deals", "Paid"']);
  });

  it("finds and reads a sheet too long for the quick look at its top rows", async () => {
    await makeLong(30_000);
    const sales = await records(file("long.xlsx"), "transactions");
    expect([sales.origin, sales.records.length, sales.records[29_999]]).toEqual([
      'Sheet "Ledger"',
      30_000,
      { row: 30_001, id: `ORD-29999-${(29_999 * 7919) % 100_003}`, rep: "Rep 29", date: APRIL_1_SERIAL, line: "", amount: 1000 + (29_999 % 991), share: 1 },
    ]);
  });

  it("returns the failure to open a file instead of throwing", async () => {
    expect(await problems(file("nowhere.xlsx"), "deals")).toEqual(['Cannot open "nowhere.xlsx": there is no such file']);
  });
});

describe("a workbook in the 1904 date system (Mac Excel), written by hand", () => {
  /** Days from 1904-01-01, as such a workbook stores a date, and from 1899-12-30, as the 1900 system and the reader do. */
  const DAY = 86_400_000;
  const serial1904 = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - Date.UTC(1904, 0, 1)) / DAY;
  const serial1900 = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY;

  async function make1904(date1904: string): Promise<string> {
    const inline = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const close = serial1904(2026, 4, 1);
    const parts = new Map<string, string>([
      [
        "[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
      ],
      [
        "_rels/.rels",
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ],
      [
        "xl/workbook.xml",
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="${date1904}"/><sheets><sheet name="Deals" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ],
      [
        "xl/_rels/workbook.xml.rels",
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
      ],
      [
        // Style 1: built-in date format 14; style 2: a custom date-time format; style 3: a plain number (#,##0).
        "xl/styles.xml",
        '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd hh:mm"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="3" applyNumberFormat="1"/></cellXfs></styleSheet>',
      ],
      [
        "xl/worksheets/sheet1.xml",
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
          `<row r="1">${inline("A1", "Owner")}${inline("B1", "Stage")}${inline("C1", "Amount")}${inline("D1", "Close date")}${inline("E1", "Created")}</row>` +
          `<row r="2">${inline("A2", "Ann")}${inline("B2", "Won")}<c r="C2" s="3"><v>${close}</v></c><c r="D2" s="1"><v>${close}</v></c><c r="E2" s="2"><v>${close - 10 + 0.75}</v></c></row>` +
          `<row r="3">${inline("A3", "Bo")}${inline("B3", "Won")}<c r="C3" s="3"><v>500</v></c><c r="D3" s="1" t="d"><v>2026-04-01</v></c><c r="E3" s="1"><v>${serial1904(2026, 3, 1)}</v></c></row>` +
          "</sheetData></worksheet>",
      ],
    ]);
    const path = file(`1904-${date1904}.xlsx`);
    writeFileSync(path, await zipParts(parts));
    return path;
  }

  it("adds the 1,462 days between the systems to every date cell, and to nothing else", async () => {
    // 2026-04-01 is day 44,651 from 1904-01-01 and day 46,113 from 1899-12-30 (by the calendar, above).
    expect([serial1904(2026, 4, 1), serial1900(2026, 4, 1)]).toEqual([44_651, 46_113]);
    const g = grid(await openWorkbook(await make1904("1")), { sheet: "Deals" });
    expect(g.grid.slice(1)).toEqual([
      // The amount shows as a number (#,##0): it keeps its value; the dates move; a time of day stays.
      ["Ann", "Won", 44_651, 46_113, serial1900(2026, 3, 22) + 0.75],
      // An ISO date (type "d") is already a date.
      ["Bo", "Won", 500, 46_113, serial1900(2026, 3, 1)],
    ]);
  });

  it("reads the deals' close dates as the dates the workbook shows", async () => {
    const deals = await records(await make1904("true"), "deals");
    expect(deals.records.map((d) => [d.owner, d.amount, d.closeDate, d.created])).toEqual([
      ["Ann", 44_651, 46_113, serial1900(2026, 3, 22)],
      ["Bo", 500, 46_113, serial1900(2026, 3, 1)],
    ]);
  });

  it("leaves serials alone when the workbook says date1904=\"0\"", async () => {
    const g = grid(await openWorkbook(await make1904("0")), { sheet: "Deals" });
    expect(g.grid[1]).toEqual(["Ann", "Won", 44_651, 44_651, 44_641.75]);
  });
});
