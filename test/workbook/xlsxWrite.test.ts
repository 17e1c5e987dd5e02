import { promises as fs } from "fs";
import type { Formula } from "../../src/excel/formula";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Cell, SheetSpec } from "../../src/sheets/spec";
import { checkXlsxXml } from "../e2e/xmlOrder";
import { compareWithEngine, describeWithLibreOffice, EngineValues, recalculate } from "../e2e/libreoffice";
import { fileFormula, MARKER_NAME, readSheetMarks, STREAMING_CELL_COUNT, workbookBuffer, writeWorkbook } from "../../src/workbook/xlsxWrite";

/** Formula text written as is: these tests hand the writer formulas no review would build. */
const raw = (text: string): Formula => text as Formula;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-xlsxwrite-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function sheet(rows: (Cell | null)[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name: "Review", purpose: "scorecard", rows, ...extra };
}

async function load(sheets: SheetSpec[], streaming = false): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await workbookBuffer(sheets, { streaming });
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** The conditional formats ExcelJS read back (its typings leave the property out). */
function conditionalFormats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

async function firstSheetXml(sheets: SheetSpec[], streaming?: boolean): Promise<string> {
  const zip = await JSZip.loadAsync(await workbookBuffer(sheets, { streaming }));
  return zip.file("xl/worksheets/sheet1.xml")!.async("string");
}

/** A sheet that uses every feature the streaming writer also renders. */
const featureSheet: SheetSpec = {
  name: "Team review",
  purpose: "scorecard",
  rows: [
    [{ v: "Q1 review", style: "title" }, null, null],
    [{ v: "Name", style: "header" }, { v: "Score", style: "header" }, { v: "Status", style: "header" }],
    [{ v: "Ana" }, { v: 0.93, f: raw("ROUND(0.925,2)"), fmt: "0.0%" }, { v: "Yes", style: "input" }],
  ],
  columnWidths: [18, 10],
  frozen: { rows: 2, cols: 1 },
  merges: ["A1:C1"],
  conditionalFormats: [
    { type: "colorScale", range: "B3:B3", colors: ["F8696B", "FFEB84", "63BE7B"] },
    { type: "expression", range: "A3:C3", formula: raw("$B3<0.8"), look: "bad" },
  ],
  validations: [{ range: "C3:C3", values: ["Yes", "No"] }],
};

describe.each([
  ["in-memory writer", false],
  ["streaming writer", true],
])("%s", (_name, streaming) => {
  it.each([
    ["a leading =", "=SUM(A1)"],
    ["a leading +", "+1"],
    ["a leading -", "-2"],
    ["a leading @", "@owner"],
  ])("writes text with %s as text, never as a formula", async (_label, text) => {
    const cell = (await load([sheet([[{ v: text }]])], streaming)).getWorksheet("Review")!.getCell("A1");
    expect({ formula: cell.formula, text: cell.text }).toEqual({ formula: undefined, text });
  });

  it("writes no <f> element for text that looks like a formula", async () => {
    const xml = await firstSheetXml([sheet([[{ v: "=SUM(A1)" }, { v: "+1" }, { v: "@x" }]])], streaming);
    expect(xml).not.toContain("<f>");
  });

  it("writes a formula with its cached result", async () => {
    const ws = (await load([sheet([[{ v: 2 }, { v: 6, f: raw("A1*3") }]])], streaming)).getWorksheet("Review")!;
    expect(ws.getCell("B1").value).toEqual({ formula: raw("A1*3"), result: 6 });
  });

  it("merges the ranges a spec asks for", async () => {
    const ws = (await load([featureSheet], streaming)).getWorksheet("Team review")!;
    expect(ws.getCell("C1").master.address).toBe("A1");
  });

  it("freezes the rows and columns a spec asks for", async () => {
    const ws = (await load([featureSheet], streaming)).getWorksheet("Team review")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
  });

  it("sets column widths in characters", async () => {
    const ws = (await load([featureSheet], streaming)).getWorksheet("Team review")!;
    expect([ws.getColumn(1).width, ws.getColumn(2).width]).toEqual([18, 10]);
  });

  it("writes conditional formats in the spec's order", async () => {
    const ws = (await load([featureSheet], streaming)).getWorksheet("Team review")!;
    expect(conditionalFormats(ws).map((cf) => [cf.ref, cf.rules[0].type])).toEqual([
      ["B3:B3", "colorScale"],
      ["A3:C3", "expression"],
    ]);
  });

  it("writes validation lists as dropdowns of the allowed entries", async () => {
    const ws = (await load([featureSheet], streaming)).getWorksheet("Team review")!;
    expect(ws.getCell("C3").dataValidation).toMatchObject({ type: "list", formulae: ['"Yes,No"'] });
  });

  it("marks every sheet with its purpose", async () => {
    const data: SheetSpec = { name: "Deals data", purpose: "data", rows: [[{ v: "Owner" }]] };
    const marks = await readSheetMarks(await workbookBuffer([data, featureSheet], { streaming }));
    expect([...marks]).toEqual([
      ["Deals data", "data"],
      ["Team review", "scorecard"],
    ]);
  });
});

describe("choice of writer", () => {
  const textRows = (cells: number): Cell[][] => Array.from({ length: cells / 10 }, (_, r) => Array.from({ length: 10 }, (_, c) => ({ v: `r${r}c${c}` })));

  it.each([
    ["streams a workbook above the cell limit", STREAMING_CELL_COUNT + 10, 't="inlineStr"'],
    ["writes a workbook at the cell limit in memory", STREAMING_CELL_COUNT, 't="s"'],
  ])("%s", async (_label, cells, textType) => {
    const xml = await firstSheetXml([sheet(textRows(cells))]);
    expect(xml.slice(0, 2000)).toContain(textType);
  });
});

describe("cells", () => {
  it.each([
    ["a number", 6, { result: 6 }],
    ["text", "Won", { result: "Won" }],
    ["true/false", true, { result: true }],
  ])("caches %s as the formula's result", async (_label, v, expected) => {
    const ws = (await load([sheet([[{ v, f: raw("A2") }]])])).getWorksheet("Review")!;
    expect(ws.getCell("A1").value).toMatchObject(expected);
  });

  it("caches an empty formula result as empty text, so the cell still has a cached value", async () => {
    const xml = await firstSheetXml([sheet([[{ v: null, f: raw("A2") }]])]);
    expect(xml).toContain('<c r="A1" t="str"><f>A2</f><v></v></c>');
  });

  it("streams text as inline strings, without a shared-string table", async () => {
    const zip = await JSZip.loadAsync(await workbookBuffer([sheet([[{ v: " Ana " }]])], { streaming: true }));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect([xml.includes('<c r="A1" t="inlineStr"><is><t xml:space="preserve"> Ana </t></is></c>'), zip.file("xl/sharedStrings.xml")]).toEqual([true, null]);
  });

  it("applies the number format", async () => {
    const ws = (await load([sheet([[{ v: 0.5, fmt: "0.0%" }]])])).getWorksheet("Review")!;
    expect(ws.getCell("A1").numFmt).toBe("0.0%");
  });

  it("leaves a missing cell empty", async () => {
    const ws = (await load([sheet([[null, { v: 1 }]])])).getWorksheet("Review")!;
    expect(ws.getCell("A1").value).toBeNull();
  });

  it("writes functions added since Excel 2010 with their _xlfn. prefix", async () => {
    const xml = await firstSheetXml([sheet([[{ v: 1 }, { v: 1, f: raw("RANK.EQ(A1,A1:A1)") }]])]);
    expect(xml).toContain("<f>_xlfn.RANK.EQ(A1,A1:A1)</f>");
  });
});

describe("named styles", () => {
  it.each([
    ["title", { font: { bold: true, size: 14 } }],
    ["subtitle", { font: { italic: true } }],
    ["header", { font: { bold: true }, fill: { fgColor: { argb: "FFD9E1F2" } }, border: { bottom: { style: "thin" } } }],
    ["input", { fill: { fgColor: { argb: "FFFFF2CC" } } }],
    ["total", { font: { bold: true }, border: { top: { style: "thin" } } }],
    ["check", { font: { bold: true } }],
    ["warning", { font: { color: { argb: "FFC65911" } } }],
  ] as const)("renders the %s style", async (style, expected) => {
    const ws = (await load([sheet([[{ v: "x", style }]])])).getWorksheet("Review")!;
    expect(ws.getCell("A1").style).toMatchObject(expected);
  });

  it("keeps a number format together with a named style", async () => {
    const ws = (await load([sheet([[{ v: 10, style: "total", fmt: "#,##0" }]])])).getWorksheet("Review")!;
    expect(ws.getCell("A1").style).toMatchObject({ numFmt: "#,##0", font: { bold: true } });
  });
});

describe("conditional format looks", () => {
  it.each([
    ["good", "FFC6EFCE", "FF006100"],
    ["bad", "FFFFC7CE", "FF9C0006"],
    ["neutral", "FFFFEB9C", "FF9C5700"],
  ] as const)("renders %s as a fill and a text colour", async (look, fill, font) => {
    const spec = sheet([[{ v: 1 }]], { conditionalFormats: [{ type: "expression", range: "A1:A1", formula: raw("A1>0"), look }] });
    const rule = conditionalFormats((await load([spec])).getWorksheet("Review")!)[0].rules[0];
    expect(rule.style).toMatchObject({ fill: { bgColor: { argb: fill } }, font: { color: { argb: font } } });
  });

  it("renders highlight as a light orange fill", async () => {
    const spec = sheet([[{ v: 1 }]], { conditionalFormats: [{ type: "expression", range: "A1:A1", formula: raw("A1>0"), look: "highlight" }] });
    const rule = conditionalFormats((await load([spec])).getWorksheet("Review")!)[0].rules[0];
    expect(rule.style).toMatchObject({ fill: { bgColor: { argb: "FFFCE4D6" } } });
  });

  it("writes a two-colour scale from minimum to maximum", async () => {
    const spec = sheet([[{ v: 1 }]], { conditionalFormats: [{ type: "colorScale", range: "A1:A1", colors: ["FFFFFF", "63BE7B"] }] });
    const rule = conditionalFormats((await load([spec])).getWorksheet("Review")!)[0].rules[0];
    expect(rule).toMatchObject({ cfvo: [{ type: "min" }, { type: "max" }], color: [{ argb: "FFFFFFFF" }, { argb: "FF63BE7B" }] });
  });
});

describe("streamed rows", () => {
  const streamedXml = (rows: (Cell | null)[][]): Promise<string> => firstSheetXml([sheet(rows)], true);

  it.each([
    ["a number", { v: 6 }, '<c r="A1"><v>6</v></c>'],
    ["true/false", { v: true }, '<c r="A1" t="b"><v>1</v></c>'],
    ["text", { v: "Won" }, '<c r="A1" t="inlineStr"><is><t>Won</t></is></c>'],
    ["text with markup characters, escaped", { v: "<b>R&D</b>" }, "<t>&lt;b&gt;R&amp;D&lt;/b&gt;</t>"],
    ["text without the control characters XML cannot hold", { v: "a\u0001b\tc" }, "<t>ab\tc</t>"],
    ["a formula with its number", { v: 6, f: raw("A2*3") }, '<c r="A1"><f>A2*3</f><v>6</v></c>'],
    ["a formula with its text", { v: "Met", f: raw('IF(A2>0,"Met","")') }, '<c r="A1" t="str"><f>IF(A2&gt;0,"Met","")</f><v>Met</v></c>'],
    ["a formula with its true/false", { v: false, f: raw("A2>0") }, '<c r="A1" t="b"><f>A2&gt;0</f><v>0</v></c>'],
    ["a formula with an empty result as empty text", { v: null, f: raw("A2") }, '<c r="A1" t="str"><f>A2</f><v></v></c>'],
    ["a formula with its _xlfn. prefix", { v: 1, f: raw("RANK.EQ(A2,A2:A3)") }, "<f>_xlfn.RANK.EQ(A2,A2:A3)</f>"],
  ] as [string, Cell, string][])("writes %s", async (_label, cell, expected) => {
    expect(await streamedXml([[cell]])).toContain(expected);
  });

  it("keeps spaces at the ends of text", async () => {
    expect(await streamedXml([[{ v: "Ana\n" }]])).toContain('<t xml:space="preserve">Ana\n</t>');
  });

  it("writes an empty cell that has a style, for its style", async () => {
    expect(await streamedXml([[{ v: null, style: "input" }]])).toMatch(/<c r="A1" s="[1-9]\d*"\/>/);
  });

  it("leaves out a row with no cells", async () => {
    expect(await streamedXml([[{ v: 1 }], [null, null], [{ v: 3 }]])).not.toContain('<row r="2"');
  });

  it("gives every cell of one look the same style", async () => {
    const rows = Array.from({ length: 50 }, (_, r) => [{ v: r, fmt: "0.0%" }, { v: `x${r}`, style: "input" as const }]);
    const xml = await streamedXml(rows);
    expect(new Set([...xml.matchAll(/ s="(\d+)"/g)].map((m) => m[1])).size).toBe(2);
  });

  const mergedInTheMiddle = sheet(
    [[{ v: "Before" }], [{ v: "Title", style: "title" }, null], [null, null], [{ v: "After" }, { v: 4, f: raw("1+3") }]],
    { merges: ["A2:B3"] },
  );

  it("writes rows in order around a merge in the middle of a sheet", async () => {
    const xml = await firstSheetXml([mergedInTheMiddle], true);
    expect([...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4]);
  });

  it("keeps the merge and the cells around it", async () => {
    const ws = (await load([mergedInTheMiddle], true)).getWorksheet("Review")!;
    expect([ws.getCell("A1").value, ws.getCell("B3").master.address, ws.getCell("A2").text, ws.getCell("B4").value]).toEqual([
      "Before",
      "A2",
      "Title",
      { formula: raw("1+3"), result: 4 },
    ]);
  });

  it("writes text longer than one chunk of the stream whole", async () => {
    // 32,767 characters of 3 bytes each: more than the 64 KB in which rows go to the zip.
    const text = "中".repeat(32_767);
    const ws = (await load([sheet([[{ v: 1 }], [{ v: text }], [{ v: 3 }]])], true)).getWorksheet("Review")!;
    expect([ws.getCell("A1").value, ws.getCell("A2").value === text, ws.getCell("A3").value]).toEqual([1, true, 3]);
  });

  it("writes a sheet many chunks long to a file, every row in place", async () => {
    const rows = Array.from({ length: 60_000 }, (_, r) => [{ v: `Deal ${r + 1}` }, { v: r + 1, fmt: "#,##0" }, { v: 2 * (r + 1), f: raw(`B${r + 1}*2`) }]);
    const file = path.join(dir, "many-chunks.xlsx");
    await writeWorkbook(file, [sheet(rows, { purpose: "data" })], { streaming: true });
    const ws = (await new ExcelJS.Workbook().xlsx.readFile(file)).getWorksheet("Review")!;
    expect([ws.rowCount, ws.getCell("A1").value, ws.getCell("A60000").value, ws.getCell("C60000").value]).toEqual([
      60_000,
      "Deal 1",
      "Deal 60000",
      { formula: raw("B60000*2"), result: 120_000 },
    ]);
  }, 30_000);

  it.each([
    ["no rows", sheet([])],
    ["an empty first row", sheet([[null], [{ v: 1 }]], { columnWidths: [12] })],
    ["a merge in the first row", sheet([[{ v: "Title" }, null], [{ v: 1 }]], { merges: ["A1:B1"], columnWidths: [12, 8] })],
    ["the feature sheet", featureSheet],
  ])("streams a sheet with %s in the schema's element order", async (label, spec) => {
    const file = path.join(dir, `order-${label.replace(/\W+/g, "-")}.xlsx`);
    await fs.writeFile(file, await workbookBuffer([spec], { streaming: true }));
    expect(await checkXlsxXml(file)).toEqual([]);
  });
});

describeWithLibreOffice("a streamed workbook in LibreOffice", () => {
  const data: SheetSpec = {
    name: "Deals data",
    purpose: "data",
    rows: [
      [{ v: "Owner", style: "header" }, { v: "Amount", style: "header" }, { v: "Won", style: "header" }, { v: "Note", style: "header" }],
      [{ v: "Ana" }, { v: 1200.5, fmt: "#,##0.00" }, { v: true }, { v: "=SUM(B2:B3)" }],
      [{ v: "Bo" }, { v: 800, fmt: "#,##0.00" }, { v: false }, { v: "R&D <east>" }],
      [{ v: "Ana" }, { v: 99.5, fmt: "#,##0.00" }, { v: true }, { v: "@owner" }],
    ],
  };
  const review: SheetSpec = {
    name: "Rep's review",
    purpose: "funnel",
    rows: [
      [{ v: "Review", style: "title" }, null, null],
      [{ v: "Name", style: "header" }, { v: "Won amount", style: "header" }, { v: "Rating", style: "header" }],
      [{ v: "Ana" }, { v: 1300, f: raw(`SUMIFS('Deals data'!$B$2:$B$4,'Deals data'!$A$2:$A$4,A3,'Deals data'!$C$2:$C$4,TRUE)`) }, { v: "Met", f: raw('IF(B3>=1000,"Met","Below")') }],
      [{ v: "Bo" }, { v: 0, f: raw(`SUMIFS('Deals data'!$B$2:$B$4,'Deals data'!$A$2:$A$4,A4,'Deals data'!$C$2:$C$4,TRUE)`) }, { v: "Below", f: raw('IF(B4>=1000,"Met","Below")') }],
      [{ v: "All won" }, { v: true, f: raw("AND('Deals data'!C2,'Deals data'!C4)") }, { v: "", f: raw('IF(B5,"","not all")') }],
      [{ v: "Rank of Ana" }, { v: 1, f: raw("RANK.EQ(B3,B3:B4)") }, null],
    ],
    merges: ["A1:C1"],
  };
  let engine: EngineValues;

  beforeAll(async () => {
    const file = path.join(dir, "streamed-engine.xlsx");
    await writeWorkbook(file, [data, review], { streaming: true });
    engine = await recalculate(file);
  }, 120_000);

  it("computes every formula to the value cached with it", () => {
    expect(compareWithEngine([data, review], engine)).toEqual([]);
  });

  it("keeps text that looks like a formula, or holds markup characters, as text", () => {
    expect(engine.get("Deals data")!.map((row) => row[3])).toEqual(["Note", "=SUM(B2:B3)", "R&D <east>", "@owner"]);
  });
});

describe("tables", () => {
  const tableSheet = sheet(
    [
      [{ v: "Name", style: "header" }, { v: "Score", style: "header" }],
      [{ v: "Ana" }, { v: 0.9, f: raw("0.45*2") }],
      [{ v: "Bo" }, { v: 0.7 }],
    ],
    { tables: [{ name: "Scores", range: "A1:B3" }] },
  );

  it("writes a table whose columns are the header cells", async () => {
    const ws = (await load([tableSheet])).getWorksheet("Review")!;
    const table = ws.getTable("Scores") as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect([table.table.tableRef, table.table.columns.map((c) => c.name)]).toEqual(["A1:B3", ["Name", "Score"]]);
  });

  it("keeps the formulas inside a table", async () => {
    const ws = (await load([tableSheet])).getWorksheet("Review")!;
    expect(ws.getCell("B2").value).toEqual({ formula: raw("0.45*2"), result: 0.9 });
  });

  it("uses the in-memory writer for a large workbook with a table", async () => {
    const rows: Cell[][] = [[{ v: "Id" }], ...Array.from({ length: 60_000 }, (_, i) => [{ v: i }])];
    const zip = await JSZip.loadAsync(await workbookBuffer([sheet(rows, { tables: [{ name: "Ids", range: "A1:A60001" }] })]));
    expect(zip.file("xl/tables/table1.xml")).not.toBeNull();
  }, 30_000);

  it("refuses to stream a workbook with a table", async () => {
    await expect(workbookBuffer([tableSheet], { streaming: true })).rejects.toThrow(/streaming writer cannot write Excel tables/);
  });
});

describe("fileFormula", () => {
  it.each([
    ["prefixes RANK.EQ", "RANK.EQ(B2,$B$2:$B$9)", "_xlfn.RANK.EQ(B2,$B$2:$B$9)"],
    ["prefixes in any case", "rank.eq(B2,B2:B9)", "_xlfn.rank.eq(B2,B2:B9)"],
    ["prefixes FILTER with its worksheet namespace", "FILTER(A:A,B:B>0)", "_xlfn._xlws.FILTER(A:A,B:B>0)"],
    ["prefixes nested calls", "IFERROR(MAXIFS(A:A,B:B,1),0)", "IFERROR(_xlfn.MAXIFS(A:A,B:B,1),0)"],
    ["leaves classic functions alone", "SUMPRODUCT(A1:A3,B1:B3)", "SUMPRODUCT(A1:A3,B1:B3)"],
    ["leaves text in quotes alone", 'A1&"RANK.EQ(x)"', 'A1&"RANK.EQ(x)"'],
    ["leaves quoted sheet names alone", "SUM('RANK.EQ(1)'!A1)", "SUM('RANK.EQ(1)'!A1)"],
    ["does not prefix twice", "_xlfn.RANK.EQ(A1,A1:A2)", "_xlfn.RANK.EQ(A1,A1:A2)"],
    ["prefixes the first function and a later one", "IFS(A1>0,XLOOKUP(1,B:B,C:C))", "_xlfn.IFS(A1>0,_xlfn.XLOOKUP(1,B:B,C:C))"],
    ["leaves a name inside an unclosed quote alone", 'A1&"RANK.EQ(', 'A1&"RANK.EQ('],
    ["leaves a longer name that ends in a function name alone", "MY.RANK.EQ(A1)", "MY.RANK.EQ(A1)"],
  ])("%s", (_label, formula, expected) => {
    expect(fileFormula(formula)).toBe(expected);
  });
});

describe("bad specs", () => {
  it.each([
    ["a number that is not finite", [sheet([[{ v: 1 }, { v: Number.NaN }]])], /sheet "Review", cell B1: NaN/],
    ["a formula with a leading =", [sheet([[null], [{ v: 1, f: raw("=A1") }]])], /sheet "Review", cell A2: formula "=A1" must be given without the leading "="/],
    ["a formula with a leading = and an empty result", [sheet([[{ v: null, f: raw("=A1") }]])], /sheet "Review", cell A1: formula "=A1" must be given without the leading "="/],
    ["a blank formula", [sheet([[{ v: 1 }, { v: 1, f: raw("  ") }]])], /sheet "Review", cell B1: formula is empty/],
    ["text longer than a cell holds", [sheet([[{ v: "x".repeat(32_768) }]])], /sheet "Review", cell A1: text of 32768 characters/],
    ["a value inside a merge", [sheet([[{ v: "T" }, { v: "x" }]], { merges: ["A1:B1"] })], /sheet "Review", cell B1: holds a value inside merge A1:B1/],
    ["overlapping merges", [sheet([[{ v: 1 }]], { merges: ["A1:B2", "B2:C3"] })], /merge A1:B2 overlaps merge B2:C3/],
    ["a sheet name with a slash", [sheet([[{ v: 1 }]], { name: "Q1/Q2" })], /sheet name "Q1\/Q2" contains/],
    ["a sheet name longer than 31 characters", [sheet([[{ v: 1 }]], { name: "x".repeat(32) })], /must be 1 to 31 characters/],
    ["the same sheet name twice", [sheet([[{ v: 1 }]]), sheet([[{ v: 1 }]], { name: "REVIEW" })], /sheet name "REVIEW" is used twice/],
    ["a table header that is a number", [sheet([[{ v: 1 }], [{ v: 2 }]], { tables: [{ name: "T", range: "A1:A2" }] })], /cell A1 \(header of table T\): a table header must be non-empty text/],
    ["a repeated table header", [sheet([[{ v: "A" }, { v: "a" }], [{ v: 1 }, { v: 2 }]], { tables: [{ name: "T", range: "A1:B2" }] })], /cell B1 \(header of table T\): header "a" appears twice/],
    ["a table name that is a cell reference", [sheet([[{ v: "A" }], [{ v: 1 }]], { tables: [{ name: "KPI1", range: "A1:A2" }] })], /table name "KPI1" is not a valid Excel name/],
    ["a validation entry with a comma", [sheet([[{ v: 1 }]], { validations: [{ range: "A1:A1", values: ["Yes, sir"] }] })], /validation list on A1:A1: entry "Yes, sir" contains a comma/],
    ["a range that is not A1 notation", [sheet([[{ v: 1 }]], { validations: [{ range: "R1C1", values: ["Yes"] }] })], /validation list range "R1C1" is not an A1 range/],
    ["a colour that is not RGB hex", [sheet([[{ v: 1 }]], { conditionalFormats: [{ type: "colorScale", range: "A1", colors: ["red", "green"] }] })], /colour scale on A1 needs 2 or 3 colours/],
    ["no sheets at all", [], /without sheets/],
  ])("rejects %s with a message naming the place", async (_label, sheets, message) => {
    await expect(workbookBuffer(sheets as SheetSpec[])).rejects.toThrow(message);
  });
});

describe("writeWorkbook", () => {
  const spec = [sheet([[{ v: "Total" }, { v: 3, f: raw("1+2") }]])];

  it("writes a file that reads back", async () => {
    const file = path.join(dir, "written.xlsx");
    await writeWorkbook(file, spec);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet("Review")!.getCell("B1").value).toEqual({ formula: raw("1+2"), result: 3 });
  });

  it("writes the creator given", async () => {
    const file = path.join(dir, "creator.xlsx");
    await writeWorkbook(file, spec, { creator: "Sales Ops" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.creator).toBe("Sales Ops");
  });

  it("refuses a path that exists", async () => {
    const file = path.join(dir, "exists.xlsx");
    await fs.writeFile(file, "the user's data");
    await expect(writeWorkbook(file, spec)).rejects.toThrow(/already exists/);
  });

  it("leaves an existing file untouched when it refuses", async () => {
    const file = path.join(dir, "untouched.xlsx");
    await fs.writeFile(file, "the user's data");
    await writeWorkbook(file, spec).catch(() => undefined);
    expect(await fs.readFile(file, "utf8")).toBe("the user's data");
  });

  it("replaces an existing file when overwrite is set", async () => {
    const file = path.join(dir, "replace.xlsx");
    await fs.writeFile(file, "old output");
    await writeWorkbook(file, spec, { overwrite: true });
    expect((await fs.readFile(file)).subarray(0, 2).toString()).toBe("PK");
  });

  it.each([
    ["the same path", (input: string) => input],
    ["the same path spelled another way", (input: string) => path.join(path.dirname(input), ".", "sub", "..", path.basename(input))],
  ])("refuses the protected input file given as %s, even with overwrite", async (_label, spell) => {
    const input = path.join(dir, "input.xlsx");
    await fs.writeFile(input, "the user's workbook");
    await expect(writeWorkbook(spell(input), spec, { overwrite: true, protect: input })).rejects.toThrow(/it is the input workbook/);
  });

  it("refuses a symbolic link to the protected input file", async () => {
    const input = path.join(dir, "linked-input.xlsx");
    const link = path.join(dir, "link.xlsx");
    await fs.writeFile(input, "the user's workbook");
    await fs.symlink(input, link);
    await expect(writeWorkbook(link, spec, { overwrite: true, protect: [input] })).rejects.toThrow(/it is the input workbook/);
  });

  it("says which folder is missing", async () => {
    await expect(writeWorkbook(path.join(dir, "no-such-folder", "review.xlsx"), spec)).rejects.toThrow(/the folder .*no-such-folder does not exist/);
  });

  it("refuses a file name that does not end in .xlsx", async () => {
    await expect(writeWorkbook(path.join(dir, "review.xls"), spec)).rejects.toThrow(/must end in .xlsx/);
  });

  it("leaves no file behind when the spec is bad", async () => {
    const sub = await fs.mkdtemp(path.join(dir, "bad-"));
    await writeWorkbook(path.join(sub, "bad.xlsx"), [sheet([[{ v: Number.NaN }]])]).catch(() => undefined);
    expect(await fs.readdir(sub)).toEqual([]);
  });

  it("leaves no temporary file behind after writing", async () => {
    const sub = await fs.mkdtemp(path.join(dir, "ok-"));
    await writeWorkbook(path.join(sub, "ok.xlsx"), spec);
    expect(await fs.readdir(sub)).toEqual(["ok.xlsx"]);
  });

  it("marks sheets under the marker name given", async () => {
    const file = path.join(dir, "marker.xlsx");
    await writeWorkbook(file, spec, { markerName: "Acme.Made" });
    const marks = await readSheetMarks(await fs.readFile(file), "Acme.Made");
    expect([...marks]).toEqual([["Review", "scorecard"]]);
  });

  it("does not use the default marker name when another is given", async () => {
    const file = path.join(dir, "other-marker.xlsx");
    await writeWorkbook(file, spec, { markerName: "Acme.Made" });
    expect((await readSheetMarks(await fs.readFile(file), MARKER_NAME)).size).toBe(0);
  });
});
