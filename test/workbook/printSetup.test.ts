import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import type { Cell, SheetSpec } from "../../src/sheets/spec";
import { workbookBuffer } from "../../src/workbook/xlsxWrite";
import { checkPrintSetup, checkXlsxXml } from "../e2e/xmlOrder";

// The page setup, fonts, row heights and column outline of a finished sheet, as both .xlsx writers (in
// memory and streaming) put them in the file: checked in the XML, where Excel reads them.

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-print-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A finished review sheet whose name needs quoting in a reference (an apostrophe), in Chinese. */
function finished(): SheetSpec {
  const rows: (Cell | null)[][] = [
    [{ v: "绩效考核评分表", style: "title" }],
    [],
    [{ v: "姓名", style: "header" }, { v: "加权得分", style: "header" }, { v: "工作列", style: "header" }],
    [{ v: "张伟" }, { v: 1.0421, fmt: "0.0%" }, { v: 0.123456, fmt: "0.0000" }],
    [{ v: "合计", style: "total" }, { v: 1.0421, fmt: "0.0%", style: "total" }, null],
  ];
  return {
    name: "Q1's review",
    purpose: "scorecard",
    rows,
    columnWidths: [10, 11, 9],
    frozen: { rows: 3, cols: 1 },
    font: "等线",
    rowHeights: [{ row: 2, points: 33 }],
    columnGroups: [{ first: 2, last: 2, collapsed: true }],
    page: {
      orientation: "landscape",
      fitToWidth: 1,
      area: "A1:C5",
      titleRows: { first: 2, last: 2 },
      header: { left: "绩效考核评分表 && 复盘", center: "", right: "截至 2026-11-20" },
      footer: { left: "Q1's review", center: "第 &P 页，共 &N 页", right: "" },
    },
  };
}

async function written(streaming: boolean): Promise<{ file: string; zip: JSZip; sheet: string; workbook: string; styles: string }> {
  const file = path.join(dir, `print-${streaming ? "stream" : "memory"}.xlsx`);
  const bytes = await workbookBuffer([finished()], { streaming });
  await fs.writeFile(file, bytes);
  const zip = await JSZip.loadAsync(bytes);
  const text = async (part: string): Promise<string> => (await zip.file(part)?.async("string")) ?? "";
  return { file, zip, sheet: await text("xl/worksheets/sheet1.xml"), workbook: await text("xl/workbook.xml"), styles: await text("xl/styles.xml") };
}

describe.each([
  { writer: "in memory", streaming: false },
  { writer: "streaming", streaming: true },
])("the page setup written by the $writer writer", ({ streaming }) => {
  it("passes the structural checks and the print checks, print titles included", async () => {
    const { file } = await written(streaming);
    expect([...(await checkXlsxXml(file)), ...(await checkPrintSetup(file, ["Q1's review"]))]).toEqual([]);
  });

  it("prints landscape, fit to one page wide and as many pages tall as the rows need", async () => {
    const { sheet } = await written(streaming);
    const setup = /<pageSetup\b[^>]*>/.exec(sheet)?.[0] ?? "";
    expect([/orientation="landscape"/.test(setup), /fitToWidth="1"/.test(setup), /fitToHeight="0"/.test(setup), /<pageSetUpPr\b[^>]*fitToPage="1"/.test(sheet)]).toEqual([true, true, true, true]);
  });

  it("defines the print area and the title rows with the sheet name quoted and its apostrophe doubled", async () => {
    const { workbook } = await written(streaming);
    const names = [...workbook.matchAll(/<definedName name="(_xlnm\.[^"]+)" localSheetId="0">([^<]*)<\/definedName>/g)].map((m) => [m[1], m[2].replace(/&apos;/g, "'")]);
    expect(names).toEqual([
      ["_xlnm.Print_Area", "'Q1''s review'!$A$1:$C$5"],
      ["_xlnm.Print_Titles", "'Q1''s review'!$3:$3"],
    ]);
  });

  it("writes the header and footer in Excel's codes: left, centre and right parts, page N of M", async () => {
    const { sheet } = await written(streaming);
    const band = (tag: string): string => (new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(sheet)?.[1] ?? "").replace(/&apos;/g, "'").replace(/&amp;/g, "&");
    expect([band("oddHeader"), band("oddFooter")]).toEqual(["&L绩效考核评分表 && 复盘&R截至 2026-11-20", "&LQ1's review&C第 &P 页，共 &N 页"]);
  });

  it("names the sheet's font on every cell it writes, the title larger and the header and total bold", async () => {
    const { sheet, styles } = await written(streaming);
    const fonts = [...(/<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? "").matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]);
    const xfs = [...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf\b[^>]*\bfontId="(\d+)"/g)].map((m) => Number(m[1]));
    const cellStyles = [...sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*?\bs="(\d+)"/g)].map((m) => ({ cell: m[1], font: fonts[xfs[Number(m[2])]] }));
    const look = (cell: string): string => {
      const font = cellStyles.find((c) => c.cell === cell)?.font ?? "";
      return `${/<name val="([^"]+)"/.exec(font)?.[1]} ${/<sz val="([^"]+)"/.exec(font)?.[1]}${/<b\/>/.test(font) ? " bold" : ""}`;
    };
    expect({ A1: look("A1"), A3: look("A3"), A4: look("A4"), B4: look("B4"), A5: look("A5") }).toEqual({
      A1: "等线 14 bold",
      A3: "等线 11 bold",
      A4: "等线 11",
      B4: "等线 11",
      A5: "等线 11 bold",
    });
  });

  it("makes the wrapped header row as tall as asked and wraps the header cells", async () => {
    const { sheet, styles } = await written(streaming);
    const row = /<row r="3"[^>]*>/.exec(sheet)?.[0] ?? "";
    const a3 = Number(/<c r="A3"[^>]*?\bs="(\d+)"/.exec(sheet)?.[1]);
    const xf = [...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf\b[\s\S]*?(?:\/>|<\/xf>)/g)][a3]?.[0] ?? "";
    expect([/ht="33"/.test(row), /customHeight="1"/.test(row), /wrapText="1"/.test(xf)]).toEqual([true, true, true]);
  });

  it("groups the helper column in a folded outline", async () => {
    const { sheet } = await written(streaming);
    const col = /<col min="3" max="3"[^>]*>/.exec(sheet)?.[0] ?? "";
    expect([/outlineLevel="1"/.test(col), /hidden="1"/.test(col), /<sheetFormatPr\b[^>]*outlineLevelCol="1"/.test(sheet)]).toEqual([true, true, true]);
  });
});

describe("what the writer refuses in a page setup", () => {
  it.each([
    { what: "a print area that is not a range", page: { area: "A1:nowhere" }, message: /print area range "A1:nowhere"/ },
    { what: "title rows upside down", page: { titleRows: { first: 4, last: 2 } }, message: /print title rows 5-3/ },
    { what: "a header past Excel's 255 characters", page: { header: { left: "x".repeat(300), center: "", right: "" } }, message: /page header is longer than Excel's 255/ },
  ])("refuses $what, naming the sheet", async ({ page, message }) => {
    const spec = finished();
    const bad = { ...spec, page: { ...spec.page!, ...page } } as SheetSpec;
    await expect(workbookBuffer([bad])).rejects.toThrow(message);
  });

  it("refuses a row height over Excel's 409 points", async () => {
    await expect(workbookBuffer([{ ...finished(), rowHeights: [{ row: 2, points: 500 }] }])).rejects.toThrow(/row 3: height 500 is not between 0 and 409 points/);
  });
});
