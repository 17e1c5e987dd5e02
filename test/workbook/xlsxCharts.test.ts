import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Formula } from "../../src/excel/formula";
import type { ChartSpec, SheetSpec } from "../../src/sheets/spec";
import { addChartParts } from "../../src/workbook/xlsxCharts";
import { workbookBuffer, writeWorkbook } from "../../src/workbook/xlsxWrite";
import { checkXlsxXml, findAll, parsePart, XmlNode } from "../e2e/xmlOrder";

const raw = (text: string): Formula => text as Formula;

/**
 * A funnel sheet as the review lays it out: stage names in B3:F3, the team's counts in B4:F4 (cached
 * 400 / 308 / 214 / 135 / 102, written out here rather than computed), and a second table of people's
 * monthly targets for a stacked chart.
 */
function funnelSheet(name = "Funnel review", charts?: ChartSpec[]): SheetSpec {
  const stages = ["Lead", "Needs", "Proposal", "Negotiation", "Won"];
  const counts = [400, 308, 214, 135, 102];
  return {
    name,
    purpose: "funnel",
    rows: [
      [{ v: "Funnel review", style: "title" }],
      [],
      [{ v: "Owner", style: "header" }, ...stages.map((v) => ({ v, style: "header" as const }))],
      [{ v: "Team total", style: "total" }, ...counts.map((v, i) => ({ v, f: raw(`COUNTIFS(A1:A2,${i})`), fmt: "#,##0" }))],
      [],
      [{ v: "Name", style: "header" }, { v: "Jan", style: "header" }, { v: "Feb", style: "header" }],
      [{ v: "Ann Lee" }, { v: 1000, fmt: "#,##0" }, { v: 1200, fmt: "#,##0" }],
      [{ v: "Ben Ortiz" }, { v: 800, fmt: "#,##0" }, { v: "" , fmt: "#,##0" }],
    ],
    charts: charts ?? [
      { type: "funnel", title: "Team funnel", categories: "B3:F3", series: [{ name: "Team total", nameCell: "A4", values: "B4:F4" }], anchor: "H2", size: { cols: 8, rows: 16 } },
      {
        type: "stackedColumn",
        title: "Monthly targets",
        categories: "B6:C6",
        series: [
          { name: "Ann Lee", nameCell: "A7", values: "B7:C7" },
          { name: "Ben Ortiz", nameCell: "A8", values: "B8:C8" },
        ],
        anchor: "A20",
        size: { cols: 10, rows: 20 },
      },
    ],
  };
}

function dataSheet(rows = 3): SheetSpec {
  return { name: "Data - Deals", purpose: "data", rows: Array.from({ length: rows }, (_, r) => [{ v: `D-${r}` }, { v: r }]) };
}

async function partsOf(bytes: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

async function part(zip: JSZip, name: string): Promise<XmlNode> {
  const text = await zip.file(name)?.async("string");
  if (text === undefined) throw new Error(`no ${name} in the file`);
  return parsePart(text);
}

const child = (node: XmlNode, name: string): XmlNode | undefined => node.children.find((c) => c.name === name);
const valOf = (node: XmlNode, name: string): string | undefined => child(node, name)?.attributes.val;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-charts-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each([
  { writer: "in-memory", streaming: false },
  { writer: "streaming", streaming: true },
])("charts written by the $writer writer", ({ streaming }) => {
  let zip: JSZip;
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, `charts-${streaming}.xlsx`);
    await writeWorkbook(file, [funnelSheet(), dataSheet()], { streaming, overwrite: true });
    zip = await partsOf(await fs.readFile(file));
  });

  it("links the sheet to one drawing and the drawing to a chart part per chart, with their content types", async () => {
    expect(Object.keys(zip.files).filter((f) => /^xl\/(charts|drawings)\//.test(f) && !f.endsWith("/")).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    expect(await checkXlsxXml(file)).toEqual([]);
  });

  it("puts every element of the sheet, the drawing and the charts in the schema's order", async () => {
    // checkXlsxXml walks the worksheet sequence and the chart and drawing sequences (CHART_ORDER).
    expect(await checkXlsxXml(file)).toEqual([]);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<drawing r:id="rId\d+"\/>/);
  });

  it("anchors each chart at its cell over its size", async () => {
    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    const corners = findAll(drawing, "twoCellAnchor").map((a) =>
      ["from", "to"].map((end) => {
        const marker = child(a, end)!;
        return `${child(marker, "col")!.text},${child(marker, "row")!.text}`;
      }),
    );
    // H2 is column 7, row 1 (0-based); 8 columns and 16 rows on. A20 is column 0, row 19.
    expect(corners).toEqual([
      ["7,1", "15,17"],
      ["0,19", "10,39"],
    ]);
  });

  it("writes the funnel as horizontal bars, first stage on top, each labelled with its value", async () => {
    const chart = await part(zip, "xl/charts/chart1.xml");
    const bar = findAll(chart, "barChart")[0];
    expect({
      dir: valOf(bar, "barDir"),
      grouping: valOf(bar, "grouping"),
      labels: child(bar, "dLbls") && valOf(child(bar, "dLbls")!, "showVal"),
      categoryOrder: valOf(child(findAll(chart, "catAx")[0], "scaling")!, "orientation"),
      valuesCross: valOf(findAll(chart, "valAx")[0], "crosses"),
      title: findAll(findAll(chart, "title")[0], "t").map((t) => t.text),
    }).toEqual({ dir: "bar", grouping: "clustered", labels: "1", categoryOrder: "maxMin", valuesCross: "max", title: ["Team funnel"] });
  });

  it("refers to the review's cells by formula and carries the values the spec cached for them", async () => {
    const series = findAll(await part(zip, "xl/charts/chart1.xml"), "ser");
    expect(series).toHaveLength(1);
    const formulas = findAll(series[0], "f").map((f) => f.text);
    const cached = (name: string): string[] => findAll(child(series[0], name)!, "v").map((v) => v.text);
    expect({ formulas, name: cached("tx"), categories: cached("cat"), values: cached("val") }).toEqual({
      formulas: ["'Funnel review'!$A$4", "'Funnel review'!$B$3:$F$3", "'Funnel review'!$B$4:$F$4"],
      name: ["Team total"],
      categories: ["Lead", "Needs", "Proposal", "Negotiation", "Won"],
      values: ["400", "308", "214", "135", "102"],
    });
    expect(findAll(child(series[0], "val")!, "formatCode")[0].text).toBe("#,##0");
  });

  it("stacks the monthly targets, one series per person with a legend, leaving a blank cell out of the cache", async () => {
    const chart = await part(zip, "xl/charts/chart2.xml");
    const bar = findAll(chart, "barChart")[0];
    const series = findAll(bar, "ser").map((s) => ({
      name: findAll(child(s, "tx")!, "v")[0].text,
      points: findAll(child(s, "val")!, "pt").map((p) => `${p.attributes.idx}=${child(p, "v")!.text}`),
      count: valOf(findAll(child(s, "val")!, "numCache")[0], "ptCount"),
    }));
    expect({ dir: valOf(bar, "barDir"), grouping: valOf(bar, "grouping"), overlap: valOf(bar, "overlap"), legend: findAll(chart, "legend").length, series }).toEqual({
      dir: "col",
      grouping: "stacked",
      overlap: "100",
      legend: 1,
      series: [
        { name: "Ann Lee", points: ["0=1000", "1=1200"], count: "2" },
        { name: "Ben Ortiz", points: ["0=800"], count: "2" },
      ],
    });
  });

  // Left alone, Excel and LibreOffice start the axis near the smallest value when the values lie close
  // together; a bar's length must be its amount.
  it("starts the value axis at zero when every value shown is zero or more", async () => {
    const minimum = async (n: number): Promise<string | undefined> => valOf(child(findAll(await part(zip, `xl/charts/chart${n}.xml`), "valAx")[0], "scaling")!, "min");
    expect([await minimum(1), await minimum(2)]).toEqual(["0", "0"]);
  });

  it("leaves the cells as they were: ExcelJS reads the same values back", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.getWorksheet("Funnel review")!;
    expect([ws.getCell("B3").value, (ws.getCell("B4").value as { result: number }).result, ws.getCell("A7").value]).toEqual(["Lead", 400, "Ann Lee"]);
  });
});

describe("a value axis over a negative value", () => {
  it("is left to the application, so the bar below zero shows", async () => {
    const sheet = funnelSheet("Change", [{ type: "column", title: "Change", categories: "B6:C6", series: [{ name: "Ann Lee", values: "B7:C7" }], anchor: "A20", size: { cols: 10, rows: 20 } }]);
    sheet.rows[6][2] = { v: -300 };
    const file = path.join(dir, "negative.xlsx");
    await writeWorkbook(file, [sheet], { overwrite: true });
    const scaling = child(findAll(await part(await partsOf(await fs.readFile(file)), "xl/charts/chart1.xml"), "valAx")[0], "scaling")!;
    expect(scaling.children.map((c) => c.name)).toEqual(["orientation"]);
  });
});

describe("addChartParts", () => {
  it("returns the same bytes when no sheet has a chart", async () => {
    const sheets = [dataSheet()];
    const bytes = await workbookBuffer(sheets);
    expect(addChartParts(bytes, sheets).equals(bytes)).toBe(true);
  });

  it("copies every part it does not edit unchanged", async () => {
    const sheets = [funnelSheet(), dataSheet(2_000)];
    const plain = await workbookBuffer(sheets.map((s) => ({ ...s, charts: [] })));
    const before = await partsOf(plain);
    const after = await partsOf(addChartParts(plain, sheets));
    const edited = new Set(["[Content_Types].xml", "xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels"]);
    const untouched = Object.keys(before.files).filter((f) => !edited.has(f) && !f.endsWith("/"));
    expect(untouched.length).toBeGreaterThan(5);
    for (const name of untouched) expect([name, await after.file(name)!.async("string")]).toEqual([name, await before.file(name)!.async("string")]);
  });

  it("quotes a sheet name with an apostrophe in every formula", async () => {
    const sheets = [funnelSheet("Q4 'stretch' plan")];
    const zip = await partsOf(await workbookBuffer(sheets));
    const formulas = findAll(await part(zip, "xl/charts/chart1.xml"), "f").map((f) => f.text);
    expect(formulas[0]).toBe("'Q4 ''stretch'' plan'!$A$4");
  });

  it("draws each sheet's charts on that sheet", async () => {
    const second = funnelSheet("Second", [{ type: "bar", title: "Scores", categories: "A7:A8", series: [{ name: "Jan", values: "B7:B8" }], anchor: "E1", size: { cols: 4, rows: 8 } }]);
    const file = path.join(dir, "two-sheets.xlsx");
    await writeWorkbook(file, [funnelSheet(), second], { overwrite: true });
    const zip = await partsOf(await fs.readFile(file));
    const rels = await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string");
    expect(rels).toContain('Target="../drawings/drawing2.xml"');
    expect(await zip.file("xl/drawings/_rels/drawing2.xml.rels")!.async("string")).toContain('Target="../charts/chart3.xml"');
    expect(await checkXlsxXml(file)).toEqual([]);
  });

  it("refuses a series with a value count other than the categories', naming the sheet and the chart", async () => {
    const bad = funnelSheet("Funnel review", [{ type: "bar", title: "Team funnel", categories: "B3:F3", series: [{ name: "Team", values: "B4:E4" }], anchor: "H2", size: { cols: 8, rows: 16 } }]);
    await expect(workbookBuffer([bad])).rejects.toThrow('sheet "Funnel review": chart "Team funnel" series 1 ("Team") has 4 values for 5 categories; give it one value per category');
  });

  it("refuses a range that is neither one row nor one column", async () => {
    const bad = funnelSheet("Funnel review", [{ type: "column", title: "Both", categories: "B3:F3", series: [{ name: "Team", values: "B3:F4" }], anchor: "H2", size: { cols: 8, rows: 16 } }]);
    await expect(workbookBuffer([bad])).rejects.toThrow('sheet "Funnel review": chart "Both" series 1 ("Team") values "B3:F4" must be one row or one column');
  });
});
