import { promises as fs } from "fs";
import type { Formula } from "../../src/excel/formula";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { SheetSpec } from "../../src/sheets/spec";
import { workbookBuffer } from "../../src/workbook/xlsxWrite";
import { checkXlsxXml, topLevelChildren } from "./xmlOrder";

/** Formula text written as is: these tests hand the writer formulas no review would build. */
const raw = (text: string): Formula => text as Formula;

const review: SheetSpec = {
  name: "Rep's review",
  purpose: "scorecard",
  rows: [
    [{ v: "Review", style: "title" }, null],
    [{ v: "Name", style: "header" }, { v: "Score", style: "header" }],
    [{ v: "Ana" }, { v: 0.9, f: raw("0.45*2"), fmt: "0%" }],
  ],
  frozen: { rows: 2, cols: 0 },
  columnWidths: [12, 8],
  merges: ["A1:B1"],
  conditionalFormats: [{ type: "expression", range: "B3:B3", formula: raw("B3<0.8"), look: "bad" }],
  validations: [{ range: "A3:A3", values: ["Ana", "Bo"] }],
};
const withTable: SheetSpec = {
  name: "Scores",
  purpose: "data",
  rows: [[{ v: "Name" }, { v: "Score" }], [{ v: "Ana" }, { v: 0.9 }]],
  tables: [{ name: "Scores", range: "A1:B2" }],
};

let dir: string;
let good: Buffer;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-xmlorder-"));
  good = await workbookBuffer([review, withTable]);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Writes a copy of the good file with one part changed. */
async function tampered(name: string, part: string, change: (xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(good);
  zip.file(part, change(await zip.file(part)!.async("string")));
  const file = path.join(dir, name);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

function move(xml: string, element: RegExp, before: string): string {
  const found = element.exec(xml)![0];
  return xml.replace(found, "").replace(before, found + before);
}

describe("checkXlsxXml", () => {
  it.each([
    ["in-memory", false],
    ["streaming", true],
  ])("finds nothing wrong in a workbook from the %s writer", async (name, streaming) => {
    const file = path.join(dir, `good-${name}.xlsx`);
    await fs.writeFile(file, await workbookBuffer(streaming ? [review] : [review, withTable], { streaming }));
    expect(await checkXlsxXml(file)).toEqual([]);
  });

  it("reports merge cells placed after conditional formatting", async () => {
    const file = await tampered("late-merge.xlsx", "xl/worksheets/sheet1.xml", (xml) => move(xml, /<mergeCells[\s\S]*?<\/mergeCells>/, "<dataValidations"));
    expect(await checkXlsxXml(file)).toEqual([
      `sheet "Rep's review" (xl/worksheets/sheet1.xml): <mergeCells> comes after <conditionalFormatting>, but the schema puts it before`,
    ]);
  });

  it("reports data validations placed before conditional formatting", async () => {
    const file = await tampered("early-validation.xlsx", "xl/worksheets/sheet1.xml", (xml) => move(xml, /<dataValidations[\s\S]*?<\/dataValidations>/, "<conditionalFormatting"));
    expect(await checkXlsxXml(file)).toEqual([
      `sheet "Rep's review" (xl/worksheets/sheet1.xml): <conditionalFormatting> comes after <dataValidations>, but the schema puts it before`,
    ]);
  });

  it("reports an element that appears twice", async () => {
    const file = await tampered("twice.xlsx", "xl/worksheets/sheet1.xml", (xml) => xml.replace(/(<sheetFormatPr[^>]*\/>)/, "$1$1"));
    expect(await checkXlsxXml(file)).toEqual([`sheet "Rep's review" (xl/worksheets/sheet1.xml): <sheetFormatPr> appears more than once`]);
  });

  it("reports an element the worksheet schema does not have", async () => {
    const file = await tampered("unknown.xlsx", "xl/worksheets/sheet1.xml", (xml) => xml.replace("<pageMargins", "<chart/><pageMargins"));
    expect(await checkXlsxXml(file)).toEqual([`sheet "Rep's review" (xl/worksheets/sheet1.xml): <chart> is not a worksheet element`]);
  });

  it("reports a formula cell without a cached value", async () => {
    const file = await tampered("no-cache.xlsx", "xl/worksheets/sheet1.xml", (xml) => xml.replace(/(<f>0\.45\*2<\/f>)<v>0\.9<\/v>/, "$1"));
    expect(await checkXlsxXml(file)).toEqual([`sheet "Rep's review" (xl/worksheets/sheet1.xml): formula cell B3 has no cached value <v>`]);
  });

  it("reports a table part count that does not match its parts", async () => {
    const file = await tampered("count.xlsx", "xl/worksheets/sheet2.xml", (xml) => xml.replace('<tableParts count="1">', '<tableParts count="2">'));
    expect(await checkXlsxXml(file)).toEqual([`sheet "Scores" (xl/worksheets/sheet2.xml): <tableParts count="2"> holds 1 <tablePart>`]);
  });

  it("reports a table file that no worksheet lists", async () => {
    const file = await tampered("orphan.xlsx", "xl/worksheets/sheet2.xml", (xml) => xml.replace(/<tableParts[\s\S]*?<\/tableParts>/, ""));
    expect(await checkXlsxXml(file)).toEqual(["the worksheets list 0 table part(s) but the file holds 1 table file(s)"]);
  });

  it("reports a table part whose table file is missing", async () => {
    const file = await tampered("missing-table.xlsx", "xl/worksheets/_rels/sheet2.xml.rels", (xml) => xml.replace(/tables\/table1\.xml/, "tables/table9.xml"));
    expect(await checkXlsxXml(file)).toEqual([`sheet "Scores" (xl/worksheets/sheet2.xml): table part rId1 points at xl/tables/table9.xml, which is not in the file`]);
  });
});

describe("topLevelChildren", () => {
  it("lists only the root's direct children, ignoring nested and self-closing tags", () => {
    const xml = '<?xml version="1.0"?><worksheet><sheetViews><sheetView a="x>y"/></sheetViews><sheetData><row><c><v>1</v></c></row></sheetData><pageMargins/></worksheet>';
    expect(topLevelChildren(xml).map((c) => c.name)).toEqual(["sheetViews", "sheetData", "pageMargins"]);
  });
});
