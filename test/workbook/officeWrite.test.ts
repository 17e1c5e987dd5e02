import type { Build, Cell, SheetSpec } from "../../src/sheets/spec";
import type { Formula } from "../../src/excel/formula";
import { BASE_SYNCS, BuildCancelled, officeHost, planChunks, widthInPoints, type WriteBuildOptions } from "../../src/workbook/office";
import { scorecardBuild } from "../../bench/office";
import { createMockExcel, type MockExcelInit, type MockSheetInit } from "./mockExcel";

/** Formula text written as is: these tests hand the writer formulas no review would build. */
const raw = (text: string): Formula => text as Formula;

// ---- Fixtures -------------------------------------------------------------------------------------

const SUM_ANN = raw("SUMIFS('Data - Deals'!$B$2:$B$3,'Data - Deals'!$A$2:$A$3,A4)");
const SUM_EVE = raw("SUMIFS('Data - Deals'!$B$2:$B$3,'Data - Deals'!$A$2:$A$3,A5)");

function review(): SheetSpec {
  return {
    name: "Funnel review",
    purpose: "funnel",
    rows: [
      [{ v: "Funnel review", style: "title" }],
      [],
      [{ v: "Owner", style: "header" }, { v: "Total", style: "header" }, { v: "Status", style: "header" }],
      [{ v: "Ann" }, { v: 1200, f: SUM_ANN, fmt: "#,##0" }, { v: null, style: "input" }],
      [{ v: "=Eve" }, { v: 300, f: SUM_EVE, fmt: "#,##0" }, { v: null, style: "input" }],
      [{ v: "Total", style: "total" }, { v: 1500, f: raw("SUM(B4:B5)"), fmt: "#,##0", style: "total" }],
    ],
    columnWidths: [14, 12, 12],
    frozen: { rows: 3, cols: 1 },
    merges: ["A1:C1"],
    conditionalFormats: [
      { type: "colorScale", range: "B4:B5", colors: ["F8696B", "FFEB84", "63BE7B"] },
      { type: "expression", range: "B4:B5", formula: raw("B4<500"), look: "bad" },
    ],
    validations: [{ range: "C4:C5", values: ["Open", "Done"] }],
    charts: [{ type: "funnel", title: "Pipeline by owner", categories: "A4:A5", series: [{ name: "Total", nameCell: "B3", values: "B4:B5" }], anchor: "E2", size: { cols: 8, rows: 16 } }],
  };
}

function dataCopy(): SheetSpec {
  return {
    name: "Data - Deals",
    purpose: "data",
    rows: [
      [{ v: "Owner", style: "header" }, { v: "Amount", style: "header" }],
      [{ v: "Ann" }, { v: 1200, fmt: "#,##0" }],
      [{ v: "=Eve" }, { v: 300, fmt: "#,##0" }],
    ],
    columnWidths: [12, 10],
    frozen: { rows: 1, cols: 0 },
  };
}

function build(...sheets: SheetSpec[]): Build {
  return { sheets: sheets.length > 0 ? sheets : [review(), dataCopy()], summary: [], warnings: [] };
}

const SOURCE: MockSheetInit = { name: "Deals", rows: [["Owner", "Amount"], ["Ann", 1200], ["=Eve", 300]] };

function setup(sheets: MockSheetInit[] = [], extra: Partial<MockExcelInit> = {}, chunkBytes?: number) {
  const mock = createMockExcel({ sheets: [SOURCE, ...sheets], ...extra });
  return { mock, host: officeHost({ excel: mock.Excel, office: mock.Office, ...(chunkBytes ? { chunkBytes } : {}) }) };
}

/** A build of one sheet with `rows` rows of three cells: spread over several chunks when the budget is small. */
function tallBuild(rows: number): Build {
  const cells: Cell[][] = Array.from({ length: rows }, (_, i) => [{ v: `Person ${i}` }, { v: i }, { v: i * 2, f: raw(`B${i + 1}*2`) }]);
  return { sheets: [{ name: "Tall", purpose: "data", rows: cells }], summary: [], warnings: [] };
}

// ---- Writing --------------------------------------------------------------------------------------

describe("writeBuild: cells", () => {
  it("adds one sheet per spec, in build order, after the existing sheets", async () => {
    const { mock, host } = setup();
    const result = await host.writeBuild(build());
    expect({ result, names: mock.sheetNames() }).toEqual({
      result: { sheets: ["Funnel review", "Data - Deals"] },
      names: ["Deals", "Funnel review", "Data - Deals"],
    });
  });

  it("writes a formula with its leading = through the same array as the values", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    expect([mock.cell("Funnel review", "A4")?.value, mock.cell("Funnel review", "B4")?.formula]).toEqual(["Ann", `=${SUM_ANN}`]);
  });

  it.each([
    { text: "=Eve" },
    { text: "+1 555 0100" },
    { text: "-Ann" },
    { text: "@home" },
    { text: "00123" },
    { text: "12%" },
    { text: "TRUE" },
    { text: "'quoted'" },
    { text: "#N/A" },
  ])("keeps the text $text as text, never a formula or a number", async ({ text }) => {
    const { mock, host } = setup();
    await host.writeBuild(build({ name: "Names", purpose: "data", rows: [[{ v: text }]] }));
    expect(mock.cell("Names", "A1")).toEqual({ value: text, quotePrefix: true });
  });

  it("writes plain text as it is, without a quote prefix", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    expect(mock.cell("Funnel review", "A4")).toEqual({ value: "Ann" });
  });

  it("sets a block's number formats before its values", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    const order = mock.writes.filter((w) => w.sheet === "Data - Deals" && (w.kind === "numberFormat" || w.kind === "formulas")).map((w) => `${w.kind} ${w.address}`);
    expect(order).toEqual(["numberFormat A1:B3", "formulas A1:B3"]);
  });

  it("gives each cell its number format", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    expect(mock.cell("Data - Deals", "B2")).toEqual({ value: 1200, numberFormat: "#,##0" });
  });

  it("styles a run of header cells with one range", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    const bold = mock.sheet("Funnel review").formats.filter((f) => f.property === "font.bold").map((f) => f.address);
    expect(bold).toEqual(["A1", "A3:C3", "A6:B6"]);
  });

  it("styles a column of input cells spanning rows with one range", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    expect(mock.sheet("Funnel review").formats.filter((f) => f.property === "fill.color" && f.value === "#FFF2CC").map((f) => f.address)).toEqual(["C4:C5"]);
  });

  it("sets column widths in points, runs of equal widths together", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    expect([...mock.sheet("Funnel review").columnWidths]).toEqual([
      [0, widthInPoints(14)],
      [1, widthInPoints(12)],
      [2, widthInPoints(12)],
    ]);
  });

  it("freezes the rows and columns the spec asks for", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    expect([mock.sheet("Funnel review").frozen, mock.sheet("Data - Deals").frozen]).toEqual([
      { rows: 3, cols: 1 },
      { rows: 1, cols: 0 },
    ]);
  });

  it("merges the ranges the spec asks for", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    expect(mock.sheet("Funnel review").merges).toEqual(["A1:C1"]);
  });

  it("adds the colour scale and the formula rule with its look", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    expect(mock.sheet("Funnel review").conditionalFormats).toEqual([
      {
        range: "B4:B5",
        type: "ColorScale",
        criteria: {
          minimum: { type: "LowestValue", color: "#F8696B" },
          midpoint: { type: "Percentile", formula: raw("50"), color: "#FFEB84" },
          maximum: { type: "HighestValue", color: "#63BE7B" },
        },
      },
      { range: "B4:B5", type: "Custom", rule: "=B4<500", fill: "#FFC7CE", font: "#9C0006" },
    ]);
  });

  it("adds the dropdown list", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    expect(mock.sheet("Funnel review").validations).toEqual([{ range: "C4:C5", rule: { list: { inCellDropDown: true, source: "Open,Done" } } }]);
  });

  it("draws a funnel chart with its categories and title", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    expect(mock.sheet("Funnel review").charts).toEqual([
      { type: "Funnel", values: "B4:B5", seriesBy: "Columns", categories: "A4:A5", title: "Pipeline by owner", name: "Total", legend: false, position: ["E2", "L17"] },
    ]);
  });

  it("adds every further series of a chart over the same categories, with a legend", async () => {
    const { mock, host } = setup();
    const stacked = review();
    stacked.charts = [
      {
        type: "stackedColumn",
        title: "Monthly targets",
        categories: "A4:A5",
        series: [
          { name: "Total", values: "B4:B5" },
          { name: "Status", values: "C4:C5" },
        ],
        anchor: "E20",
        size: { cols: 10, rows: 20 },
      },
    ];
    await host.writeBuild(build(stacked, dataCopy()));
    expect(mock.sheet("Funnel review").charts).toEqual([
      {
        type: "ColumnStacked",
        values: "B4:B5",
        seriesBy: "Columns",
        categories: "A4:A5",
        title: "Monthly targets",
        name: "Total",
        legend: true,
        more: [{ name: "Status", values: "C4:C5", categories: "A4:A5" }],
        position: ["E20", "N39"],
        minimum: 0,
      },
    ]);
  });

  it("starts a chart's value axis at zero unless a value it shows is negative", async () => {
    const { mock, host } = setup();
    const sheet = review();
    const chart = { type: "column" as const, title: "Change", categories: "A4:A5", series: [{ name: "Total", values: "B4:B5" }], anchor: "E20", size: { cols: 10, rows: 20 } };
    sheet.charts = [chart];
    sheet.rows[4][1] = { v: -250 };
    await host.writeBuild(build(sheet, dataCopy()));
    expect(mock.sheet("Funnel review").charts.map((c) => c.minimum)).toEqual([undefined]);
  });

  it("adds a table under a free name", async () => {
    const { mock, host } = setup([], { tables: [{ name: "Deals", sheet: "Deals", range: "A1:B3" }] });
    await host.writeBuild(build({ ...dataCopy(), tables: [{ name: "Deals", range: "A1:B3" }] }));
    expect(mock.workbook.tables.map((t) => [t.name, t.sheet.name, t.style])).toEqual([
      ["Deals", "Deals", null],
      ["Deals_2", "Data - Deals", "TableStyleLight1"],
    ]);
  });

  it("shows the first review sheet when done", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build(dataCopy(), review()));
    expect(mock.workbook.active?.name).toBe("Funnel review");
  });

  it("suspends calculation while writing cells and recalculates once at the end", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    expect(mock.writes.filter((w) => w.kind.startsWith("suspendApiCalculation") || w.kind === "calculate").map((w) => w.kind)).toEqual([
      "suspendApiCalculationUntilNextSync",
      "calculate",
    ]);
  });

  it("never reads a property before loading it and syncing", async () => {
    const { mock, host } = setup([{ name: "Funnel review", madeByAddin: "funnel" }]);
    await host.writeBuild(build(), { replace: true });
    expect(mock.violations).toEqual([]);
  });
});

describe("writeBuild: marks", () => {
  it("marks each sheet with a hidden sheet-scoped name holding its purpose", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    expect(mock.sheet("Funnel review").names.get("kpitoolkit.sheet")).toEqual({ name: "KPIToolkit.Sheet", formula: raw('="funnel"'), visible: false });
  });

  it("also marks each sheet with a custom property where ExcelApi 1.12 is there", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build());
    expect(mock.sheet("Data - Deals").customProperties.get("KPIToolkit.Sheet")).toBe("data");
  });

  it("marks by the name alone on ExcelApi 1.11", async () => {
    const { mock, host } = setup([], { apiVersion: "1.11" });
    await host.writeBuild(build());
    expect([mock.sheet("Data - Deals").customProperties.size, mock.sheet("Data - Deals").names.size]).toEqual([0, 1]);
  });
});

describe("writeBuild: unmarked sheets (the sample data)", () => {
  it("leaves them unmarked, so they are the person's data like any other", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build(), { unmarked: true });
    expect([mock.sheet("Funnel review").names.size, mock.sheet("Funnel review").customProperties.size, (await host.listSources()).sheets.map((s) => s.madeByAddin)]).toEqual([0, 0, [false, false, false]]);
  });

  it("never replaces, even a sheet the add-in made, when asked to replace", async () => {
    const { mock, host } = setup([{ name: "Funnel review", rows: [["old"]], madeByAddin: "funnel" }]);
    const { sheets } = await host.writeBuild(build(), { unmarked: true, replace: true });
    expect([sheets[0], mock.sheet("Funnel review").cells[0][0]?.value]).toEqual(["Funnel review (2)", "old"]);
  });
});

describe("writeBuild: names and replacing", () => {
  it("names a sheet 'Name (2)' when a person's sheet has the name", async () => {
    const { mock, host } = setup([{ name: "Funnel review", rows: [["mine"]] }]);
    const result = await host.writeBuild(build());
    expect({ result: result.sheets, mine: mock.cell("Funnel review", "A1")?.value }).toEqual({ result: ["Funnel review (2)", "Data - Deals"], mine: "mine" });
  });

  it("points the formulas at the data sheet's new name when it had to be renamed", async () => {
    const { mock, host } = setup([{ name: "Data - Deals", rows: [["mine"]] }]);
    await host.writeBuild(build());
    expect(mock.cell("Funnel review", "B4")?.formula).toBe("=SUMIFS('Data - Deals (2)'!$B$2:$B$3,'Data - Deals (2)'!$A$2:$A$3,A4)");
  });

  it("adds a new sheet beside an add-in sheet when not asked to replace", async () => {
    const { mock, host } = setup([{ name: "Funnel review", rows: [["old"]], madeByAddin: "funnel" }]);
    await host.writeBuild(build());
    expect(mock.sheetNames()).toEqual(["Deals", "Funnel review", "Funnel review (2)", "Data - Deals"]);
  });

  it("replaces a sheet the add-in made in its place on a rebuild", async () => {
    const { mock, host } = setup([
      { name: "Funnel review", rows: [["old"], ["old"], ["old"], ["old"], ["old"], ["old"], ["old"], ["old"]], madeByAddin: "funnel" },
      { name: "Notes" },
    ]);
    const result = await host.writeBuild(build(), { replace: true });
    expect({ result: result.sheets, names: mock.sheetNames(), a1: mock.cell("Funnel review", "A1")?.value, a8: mock.cell("Funnel review", "A8") }).toEqual({
      result: ["Funnel review", "Data - Deals"],
      names: ["Deals", "Funnel review", "Notes", "Data - Deals"],
      a1: "Funnel review",
      a8: undefined,
    });
  });

  it("recognises a sheet marked by the custom property only as the add-in's", async () => {
    const { mock, host } = setup([{ name: "Funnel review", rows: [["old"]], markedByProperty: "funnel" }]);
    await host.writeBuild(build(), { replace: true });
    expect(mock.sheetNames()).toEqual(["Deals", "Funnel review", "Data - Deals"]);
  });

  it("never replaces a person's sheet, even on a rebuild", async () => {
    const { mock, host } = setup([{ name: "Funnel review", rows: [["mine"]] }]);
    await host.writeBuild(build(), { replace: true });
    expect([mock.sheetNames(), mock.cell("Funnel review", "A1")?.value]).toEqual([["Deals", "Funnel review", "Funnel review (2)", "Data - Deals"], "mine"]);
  });

  it("never replaces a sheet read as a source, even one the add-in made", async () => {
    const { mock, host } = setup([{ name: "Data - Deals", rows: [["Owner", "Amount"], ["Ann", 1200]], madeByAddin: "data" }]);
    await host.readGrid({ sheet: "Data - Deals" });
    const result = await host.writeBuild(build(), { replace: true });
    expect({ written: result.sheets, source: mock.cell("Data - Deals", "A2")?.value }).toEqual({ written: ["Funnel review", "Data - Deals (2)"], source: "Ann" });
  });

  it("never writes to the source sheet, on a build, a rebuild or a failed build", async () => {
    let failing = false;
    const { mock, host } = setup([{ name: "Funnel review", madeByAddin: "funnel" }], { failWrite: (w) => (failing && w.kind === "formulas" ? "disk full" : undefined) });
    await host.readGrid({ sheet: "Deals" });
    await host.writeBuild(build());
    await host.writeBuild(build(), { replace: true });
    failing = true;
    const failed = await host.writeBuild(build(), { replace: true }).then(() => "written", () => "failed");
    expect({ failed, writes: mock.writes.length > 0, toSource: mock.writes.filter((w) => w.sheet === "Deals") }).toEqual({ failed: "failed", writes: true, toSource: [] });
  });

  it("leaves the source's cells as they were", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build(), { replace: true });
    expect(mock.sheet("Deals").cells.map((row) => row.map((c) => c?.value))).toEqual([["Owner", "Amount"], ["Ann", 1200], ["=Eve", 300]]);
  });
});

describe("writeBuild: failures in Chinese", () => {
  it("says in Chinese which rows of which sheet it was writing and that the workbook is as it was", async () => {
    const { host } = setup([], { failSync: 7 }, 2_000);
    await expect(host.writeBuild(tallBuild(300), { language: "zh-CN" })).rejects.toThrow(
      /^写入工作表“Tall”的第 [\d,]+-[\d,]+ 行时，Excel 返回：sync 7 failed \(scripted failure\) \(GeneralException\)。已删除本次生成创建的工作表，工作簿已恢复原状。$/,
    );
  });

  it("says in Chinese which step failed when creating the sheets", async () => {
    const { host } = setup([], { failWrite: (w) => (w.kind === "addSheet" && w.sheet === "Data - Deals" ? "no more sheets" : undefined) });
    await expect(host.writeBuild(build(), { language: "zh-CN" })).rejects.toThrow(/^创建工作表时，Excel 返回：no more sheets/);
  });

  it("says in Chinese that the build was cancelled, as a BuildCancelled", async () => {
    const { host } = setup();
    const controller = new AbortController();
    controller.abort();
    const failed = await host.writeBuild(build(), { signal: controller.signal, language: "zh-CN" }).catch((error: unknown) => error);
    expect([failed instanceof BuildCancelled, (failed as Error).message]).toEqual([true, "已取消生成。"]);
  });
});

describe("writeBuild: failures", () => {
  it("removes the sheets it created when a sync fails mid-build, and says what failed", async () => {
    const { mock, host } = setup([], { failSync: 7 }, 2_000);
    const failed = host.writeBuild(tallBuild(300));
    await expect(failed).rejects.toThrow(/^while writing rows [\d,]+-[\d,]+ of sheet "Tall", Excel answered: sync 7 failed \(scripted failure\) \(GeneralException\)\. The sheets it had started were removed/);
    expect(mock.sheetNames()).toEqual(["Deals"]);
  });

  it("removes the sheets when the create sync itself fails", async () => {
    const { mock, host } = setup([], { failWrite: (w) => (w.kind === "addSheet" && w.sheet === "Data - Deals" ? "no more sheets" : undefined) });
    await expect(host.writeBuild(build())).rejects.toThrow(/while creating the sheets, Excel answered: no more sheets/);
    expect(mock.sheetNames()).toEqual(["Deals"]);
  });

  it("gives a replaced sheet its name and cells back when a rebuild fails", async () => {
    const { mock, host } = setup([{ name: "Funnel review", rows: [["old"]], madeByAddin: "funnel" }, { name: "Notes" }], {
      failWrite: (w) => (w.kind === "formulas" && w.sheet === "Funnel review" ? "disk full" : undefined),
    });
    await expect(host.writeBuild(build(), { replace: true })).rejects.toThrow(/disk full/);
    expect([mock.sheetNames(), mock.cell("Funnel review", "A1")?.value]).toEqual([["Deals", "Funnel review", "Notes"], "old"]);
  });

  it("removes the partial sheets when the build is cancelled between chunks", async () => {
    const { mock, host } = setup([], {}, 2_000);
    const controller = new AbortController();
    const options: WriteBuildOptions = { signal: controller.signal, onProgress: (done) => done === 1 && controller.abort() };
    await expect(host.writeBuild(tallBuild(300), options)).rejects.toThrow(/^the build was cancelled\. The sheets it had started were removed/);
    expect(mock.sheetNames()).toEqual(["Deals"]);
  });

  it("does nothing when cancelled before it starts", async () => {
    const { mock, host } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(host.writeBuild(build(), { signal: controller.signal })).rejects.toThrow("the build was cancelled");
    expect(mock.syncs).toBe(0);
  });

  it("throws a BuildCancelled for a cancel, so the pane can tell it from a failure", async () => {
    const { host } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(host.writeBuild(build(), { signal: controller.signal })).rejects.toBeInstanceOf(BuildCancelled);
  });

  it("keeps the complete new sheets when only removing the replaced ones fails", async () => {
    const { mock, host } = setup([{ name: "Funnel review", rows: [["old"]], madeByAddin: "funnel" }], {
      failWrite: (w) => (w.kind === "deleteSheet" ? "the sheet is protected" : undefined),
    });
    await expect(host.writeBuild(build(), { replace: true })).rejects.toThrow(/the old ones are kept as "KPI Toolkit old"/);
    expect(mock.sheetNames()).toEqual(["Deals", "Funnel review", "KPI Toolkit old", "Data - Deals"]);
  });

  it("refuses a number Excel cannot store, naming the sheet, row and column, before any sync", async () => {
    const { mock, host } = setup();
    const bad = build({ name: "Bad", purpose: "data", rows: [[{ v: "Total" }, { v: Number.NaN }]] });
    await expect(host.writeBuild(bad)).rejects.toThrow('sheet "Bad", cell B1: NaN is not a number Excel can store');
    expect(mock.syncs).toBe(0);
  });

  it("calls a sheet Excel cannot hold a bug of the add-in, in the pane's language", async () => {
    const { host } = setup();
    const bad = build({ name: "Bad", purpose: "data", rows: [[{ v: Number.POSITIVE_INFINITY }]] });
    await expect(host.writeBuild(bad, { language: "zh-CN" })).rejects.toThrow(
      /^加载项生成了 Excel 无法容纳的工作表，这是 KPI Toolkit 的缺陷，未写入任何内容。请附上以下详情反馈：sheet "Bad", cell A1: Infinity is not a number Excel can store。$/,
    );
  });

  it("refuses a formula given with its leading =, naming the cell", async () => {
    const { host } = setup();
    await expect(host.writeBuild(build({ name: "Bad", purpose: "data", rows: [[{ v: 1, f: raw("=1") }]] }))).rejects.toThrow(/sheet "Bad", cell A1: formula "=1" must be given without the leading "="/);
  });

  it("refuses on an Excel without ExcelApi 1.4 before touching the workbook", async () => {
    const { mock, host } = setup([], { apiVersion: "1.3" });
    await expect(host.writeBuild(build())).rejects.toThrow(/lacks ExcelApi 1\.4/);
    expect(mock.syncs).toBe(0);
  });

  it("names the missing requirement set in Chinese", async () => {
    const { host } = setup([], { apiVersion: "1.3" });
    await expect(host.writeBuild(build(), { language: "zh-CN" })).rejects.toThrow("此版本的 Excel 缺少加载项所需的 ExcelApi 1.4，请更新 Office 或使用 Excel 网页版");
  });
});

describe("writeBuild: older Excel", () => {
  it("draws a bar chart for the funnel on ExcelApi 1.8 and says so", async () => {
    const { mock, host } = setup([], { apiVersion: "1.8" });
    const result = await host.writeBuild(build());
    const chart = mock.sheet("Funnel review").charts[0];
    expect({ chart: chart.type, firstStageOnTop: chart.reversed, skipped: result.skipped }).toEqual({
      chart: "BarClustered",
      firstStageOnTop: true,
      skipped: [{ feature: "funnelChart", set: "ExcelApi 1.9", required: false }],
    });
  });

  it("leaves out highlighting, lists, frozen panes and charts on ExcelApi 1.5, and lists them", async () => {
    const { mock, host } = setup([], { apiVersion: "1.5" });
    const result = await host.writeBuild(build());
    const sheet = mock.sheet("Funnel review");
    expect({ cf: sheet.conditionalFormats, lists: sheet.validations, frozen: sheet.frozen, charts: sheet.charts, skipped: result.skipped?.map((s) => s.feature) }).toEqual({
      cf: [],
      lists: [],
      frozen: null,
      charts: [],
      skipped: ["frozenPanes", "conditionalFormats", "dataValidation", "charts", "funnelChart"],
    });
  });

  it("still writes every cell on ExcelApi 1.4", async () => {
    const { mock, host } = setup([], { apiVersion: "1.4" });
    await host.writeBuild(build());
    expect(mock.cell("Funnel review", "B4")?.formula).toBe(`=${SUM_ANN}`);
  });
});

describe("writeBuild: round trips", () => {
  it("reports progress after each chunk", async () => {
    const { host } = setup([], {}, 2_000);
    const progress: [number, number][] = [];
    await host.writeBuild(tallBuild(300), { onProgress: (done, total) => progress.push([done, total]) });
    const total = planChunks(tallBuild(300).sheets, 2_000).chunks.length;
    expect(progress).toEqual(Array.from({ length: total + 1 }, (_, i) => [i, total]));
  });

  it.each([{ rows: 100 }, { rows: 10_000 }, { rows: 100_000 }])(
    "makes BASE_SYNCS syncs plus one per chunk for a scorecard of $rows rows, each request under 5 MB",
    async ({ rows }) => {
      const scorecard = scorecardBuild(rows);
      const chunks = planChunks(scorecard.sheets).chunks.length;
      const { mock, host } = setup([], { keepCells: false });
      await host.writeBuild(scorecard);
      console.log(`office host, scorecard of ${rows} rows: ${mock.syncs} syncs = ${BASE_SYNCS} + ${chunks} chunks; largest request ${Math.max(...mock.requestBytes)} bytes`);
      expect({ syncs: mock.syncs, largest: Math.max(...mock.requestBytes) <= 5_000_000 }).toEqual({ syncs: BASE_SYNCS + chunks, largest: true });
    },
    60_000,
  );
});

describe("writeBuild: print, fonts and outline", () => {
  /** The review of the fixtures as finishSheets leaves it: a font, a wrapped header row, a folded helper column, a page setup. */
  function printed(): SheetSpec {
    return {
      ...review(),
      font: "等线",
      rowHeights: [{ row: 2, points: 33 }],
      columnGroups: [{ first: 2, last: 2, collapsed: true }],
      page: {
        orientation: "landscape",
        fitToWidth: 1,
        area: "A1:C6",
        titleRows: { first: 2, last: 2 },
        header: { left: "Funnel review", center: "", right: "截至 2026-11-20" },
        footer: { left: "Funnel review", center: "第 &P 页，共 &N 页", right: "" },
      },
    };
  }

  it("names the sheet's font in its size over the cells it uses", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build(printed(), dataCopy()));
    const fonts = mock.sheet("Funnel review").formats.filter((f) => f.property === "font.name" || f.property === "font.size");
    expect(fonts.slice(0, 2)).toEqual([
      { address: "A1:C6", property: "font.name", value: "等线" },
      { address: "A1:C6", property: "font.size", value: 11 },
    ]);
  });

  it("makes a wrapped header row as tall as the spec asks, and wraps header text", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build(printed(), dataCopy()));
    const sheet = mock.sheet("Funnel review");
    expect([sheet.rowHeights.get(2), sheet.formats.some((f) => f.address === "A3:C3" && f.property === "wrapText" && f.value === true)]).toEqual([33, true]);
  });

  it("groups helper columns in an outline and folds them", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build(printed(), dataCopy()));
    expect(mock.sheet("Funnel review").columnGroups).toEqual([{ columns: "C:C", hidden: true }]);
  });

  it("hides helper columns where Excel has no outlines from Office.js (before ExcelApi 1.10)", async () => {
    const { mock, host } = setup([], { apiVersion: "1.9" });
    await host.writeBuild(build(printed(), dataCopy()));
    expect([mock.sheet("Funnel review").columnGroups, [...mock.sheet("Funnel review").hiddenColumns]]).toEqual([[], [2]]);
  });

  it("sets the page layout: landscape, one page wide, print area, title rows, header and footer", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build(printed(), dataCopy()));
    expect(mock.sheet("Funnel review").pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: "A1:C6",
      printTitleRows: "$3:$3",
      leftHeader: "Funnel review",
      centerHeader: "",
      rightHeader: "截至 2026-11-20",
      leftFooter: "Funnel review",
      centerFooter: "第 &P 页，共 &N 页",
      rightFooter: "",
    });
  });

  it("leaves the page setup out before ExcelApi 1.9 and says so", async () => {
    const { mock, host } = setup([], { apiVersion: "1.8" });
    const result = await host.writeBuild(build(printed(), dataCopy()));
    expect([mock.sheet("Funnel review").pageLayout, result.skipped?.map((s) => s.feature)]).toEqual([{}, expect.arrayContaining(["pageLayout", "columnGroups"])]);
  });

  it("adds the page setup in the finishing sync: no extra round trip", async () => {
    const { mock, host } = setup();
    await host.writeBuild(build(printed(), dataCopy()));
    expect(mock.syncs).toBe(BASE_SYNCS + 1);
  });
});
