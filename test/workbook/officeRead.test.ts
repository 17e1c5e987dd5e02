import { officeHost } from "../../src/workbook/office";
import { createMockExcel, type MockExcelInit } from "./mockExcel";

const DEALS = [
  ["Owner", "Stage", "Amount", "Created"],
  ["Ann", "Won", 1200, 45658],
  ["Bob", "Lead", null, 45660],
];

function workbook(extra: Partial<MockExcelInit> = {}): MockExcelInit {
  return {
    sheets: [
      { name: "Notes", rows: [["Q1 pipeline review"]] },
      { name: "Q1 Deals", rows: DEALS, origin: "B3" },
      { name: "Scorecard", rows: [["Scorecard"]], madeByAddin: "scorecard" },
      { name: "Old", rows: [["x"]], visibility: "Hidden" },
      { name: "Empty" },
    ],
    tables: [
      { name: "Deals", sheet: "Q1 Deals", range: "B3:E5" },
      { name: "Hidden", sheet: "Old", range: "A1:A2" },
    ],
    selection: { sheet: "Q1 Deals", address: "C4:D5" },
    ...extra,
  };
}

function setup(extra: Partial<MockExcelInit> = {}) {
  const mock = createMockExcel(workbook(extra));
  return { mock, host: officeHost({ excel: mock.Excel, office: mock.Office }) };
}

describe("listSources", () => {
  it("lists the visible tables with their sheet, address and data rows", async () => {
    const { host } = setup();
    expect((await host.listSources()).tables).toEqual([{ name: "Deals", sheet: "Q1 Deals", address: "B3:E5", rows: 2 }]);
  });

  it("lists the visible sheets with the range holding values and whether the add-in made them", async () => {
    const { host } = setup();
    expect((await host.listSources()).sheets).toEqual([
      { name: "Notes", address: "A1", rows: 1, madeByAddin: false },
      { name: "Q1 Deals", address: "B3:E5", rows: 3, madeByAddin: false },
      { name: "Scorecard", address: "A1", rows: 1, madeByAddin: true, purpose: "scorecard" },
      { name: "Empty", address: null, rows: 0, madeByAddin: false },
    ]);
  });

  it("recognises a sheet marked only by the custom property", async () => {
    const { host } = setup({ sheets: [{ name: "Review", rows: [["x"]], markedByProperty: "funnel" }], tables: [], selection: "not cells" });
    expect((await host.listSources()).sheets[0].madeByAddin).toBe(true);
  });

  it("gives the selected block without the sheet name", async () => {
    const { host } = setup();
    expect((await host.listSources()).selection).toEqual({ sheet: "Q1 Deals", address: "C4:D5" });
  });

  it("gives no selection when a chart or shape is selected", async () => {
    const { host } = setup({ selection: "not cells" });
    expect((await host.listSources()).selection).toBeNull();
  });

  it("takes three syncs whatever the number of sheets", async () => {
    const { mock, host } = setup();
    await host.listSources();
    expect(mock.syncs).toBe(3);
  });

  it("never reads a property before loading it and syncing", async () => {
    const { mock, host } = setup();
    await host.listSources();
    expect(mock.violations).toEqual([]);
  });

  it("does not ask ExcelApi 1.12 for the custom property on an older Excel", async () => {
    const { mock, host } = setup({ apiVersion: "1.11" });
    const sources = await host.listSources();
    expect({ marked: sources.sheets.map((s) => s.madeByAddin), violations: mock.violations }).toEqual({ marked: [false, false, true, false], violations: [] });
  });

  it("refuses on an Excel without ExcelApi 1.4, naming the set", async () => {
    const { host } = setup({ apiVersion: "1.3" });
    await expect(host.listSources()).rejects.toThrow(/ExcelApi 1\.4/);
  });
});

describe("readGrid", () => {
  it("reads a table with its header row, blanks as null, dates as serials", async () => {
    const { host } = setup();
    expect(await host.readGrid({ table: "Deals" })).toEqual({ grid: DEALS, sheet: "Q1 Deals", firstRow: 3, firstCol: 2 });
  });

  it("reads a sheet from the first cell holding a value", async () => {
    const { host } = setup();
    expect(await host.readGrid({ sheet: "Q1 Deals" })).toEqual({ grid: DEALS, sheet: "Q1 Deals", firstRow: 3, firstCol: 2 });
  });

  it("reads the selection", async () => {
    const { host } = setup();
    expect(await host.readGrid({ selection: true })).toEqual({ grid: [["Won", 1200], ["Lead", null]], sheet: "Q1 Deals", firstRow: 4, firstCol: 3 });
  });

  it("reads only the rows holding values when whole columns are selected", async () => {
    const { host } = setup({ selection: { sheet: "Q1 Deals", address: "B:C" } });
    expect(await host.readGrid({ selection: true })).toEqual({ grid: DEALS.map((r) => r.slice(0, 2)), sheet: "Q1 Deals", firstRow: 3, firstCol: 2 });
  });

  it("gives an empty grid for a sheet without values", async () => {
    const { host } = setup();
    expect(await host.readGrid({ sheet: "Empty" })).toEqual({ grid: [], sheet: "Empty", firstRow: 1, firstCol: 1 });
  });

  it.each([
    { source: { table: "Pipeline" }, message: 'there is no table named "Pipeline" in this workbook' },
    { source: { sheet: "Pipeline" }, message: 'there is no sheet named "Pipeline" in this workbook' },
  ])("says which source is missing: $message", async ({ source, message }) => {
    const { host } = setup();
    await expect(host.readGrid(source)).rejects.toThrow(message);
  });

  it.each([
    { source: { table: "Pipeline" }, message: "此工作簿中没有名为“Pipeline”的表格" },
    { source: { sheet: "Pipeline" }, message: "此工作簿中没有名为“Pipeline”的工作表" },
  ])("says in Chinese which source is missing: $message", async ({ source, message }) => {
    const { host } = setup();
    await expect(host.readGrid(source, { language: "zh-CN" })).rejects.toThrow(message);
  });

  it("asks for a block of cells when a chart is selected", async () => {
    const { host } = setup({ selection: "not cells" });
    await expect(host.readGrid({ selection: true })).rejects.toThrow(/select a block of cells/);
  });

  it("asks for a block of cells in Chinese", async () => {
    const { host } = setup({ selection: "not cells" });
    await expect(host.readGrid({ selection: true }, { language: "zh-CN" })).rejects.toThrow("请选择一块单元格区域（不是图表、形状或多个区域）后重试");
  });

  it("reads a large sheet in blocks that each stay under the response limit", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`Person ${i}`, "Won", i * 10, 45658 + i]);
    const { mock, host } = setup({ sheets: [{ name: "Big", rows }], tables: [], responseLimit: 40_000 });
    const read = await host.readGrid({ sheet: "Big" });
    expect({ same: read.grid.length === 3000 && read.grid[2999][2] === 29_990, blocks: mock.syncs > 3 }).toEqual({ same: true, blocks: true });
  });

  it("reads a small source in two syncs: one to find it, one for the values", async () => {
    const { mock, host } = setup();
    await host.readGrid({ table: "Deals" });
    expect(mock.syncs).toBe(2);
  });

  it("never reads a property before loading it and syncing", async () => {
    const { mock, host } = setup();
    await host.readGrid({ table: "Deals" });
    await host.readGrid({ sheet: "Q1 Deals" });
    await host.readGrid({ selection: true });
    expect(mock.violations).toEqual([]);
  });

  it("changes nothing in the workbook", async () => {
    const { mock, host } = setup();
    await host.listSources();
    await host.readGrid({ table: "Deals" });
    expect(mock.writes).toEqual([]);
  });
});

describe("readGrid on a range Excel reports as enormous", () => {
  /** The deals in A1:D3, and one stray value in the sheet's last cell: Excel's used range is A1:XFD1048576. */
  const stray = (): Partial<MockExcelInit> => ({
    sheets: [{ name: "Deals", rows: DEALS, cells: [{ address: "XFD1048576", value: "x" }] }],
    tables: [{ name: "Everything", sheet: "Deals", range: "A1:XFD1048576" }],
    selection: { sheet: "Deals", address: "A:XFD" },
  });

  it.each([[{ sheet: "Deals" }], [{ table: "Everything" }], [{ selection: true as const }]])(
    "stops after a few blocks and names the range and the stray cell, instead of reading 17 billion cells (%o)",
    async (source) => {
      const { mock, host } = setup(stray());
      await expect(host.readGrid(source)).rejects.toThrow(
        /^sheet "Deals": Excel says its data reaches over A1:XFD1048576, but the first [\d,]+ cells read hold only 1[1-2] values, so the add-in stopped reading\. .*at its last cell XFD1048576\): delete it, or put the data in an Excel table and choose the table$/,
      );
      expect(mock.syncs).toBeLessThan(20);
    },
  );

  it("says so in Chinese", async () => {
    const { host } = setup(stray());
    await expect(host.readGrid({ sheet: "Deals" }, { language: "zh-CN" })).rejects.toThrow(/^工作表“Deals”：Excel 报告其数据范围为 A1:XFD1048576.*XFD1048576/);
  });

  it("still reads a range of more than the floor's cells when they hold values", async () => {
    // 1,000 rows × 4,100 columns (4.1 million cells, over the 4 million floor), a value in every tenth column.
    const row = (r: number): (string | number | null)[] => Array.from({ length: 4_100 }, (_, c) => (c % 10 === 0 ? r * 10_000 + c : null));
    const rows = Array.from({ length: 1_000 }, (_, r) => row(r));
    const { host } = setup({ sheets: [{ name: "Wide", rows }], tables: [], selection: "not cells" });
    const read = await host.readGrid({ sheet: "Wide" });
    expect([read.grid.length, read.grid[999][4_090]]).toEqual([1_000, 9_994_090]);
  });
});
