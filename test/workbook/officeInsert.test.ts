import { OfficeMockObject } from "office-addin-mock";
import { officeHost, type ExcelRunner, type OfficeLike } from "../../src/workbook/office";
import { createMockExcel, type MockExcelInit } from "./mockExcel";

const SCORE = "=KPI.SCORE(130, 100, 0.8, 1.2)";

function setup(extra: Partial<MockExcelInit> = {}) {
  const mock = createMockExcel({
    sheets: [
      { name: "Team", rows: [["Name", "Sales"], ["Ann", 1200]] },
      { name: "Q1 Review", rows: [] },
    ],
    selection: { sheet: "Q1 Review", address: "C4:D6" },
    ...extra,
  });
  return { mock, host: officeHost({ excel: mock.Excel, office: mock.Office }) };
}

describe("insertFormula through the scripted Excel", () => {
  it("writes the formula into the top-left cell of the selection, in two syncs, reading nothing before it is loaded", async () => {
    const { mock, host } = setup();
    const result = await host.insertFormula(SCORE);
    expect({ result, cell: mock.cell("Q1 Review", "C4")?.formula, syncs: mock.syncs, violations: mock.violations }).toEqual({
      result: { status: "written", at: { sheet: "Q1 Review", cell: "C4" } },
      cell: SCORE,
      syncs: 2,
      violations: [],
    });
  });

  it("works on Excel's first API set, as custom functions do", async () => {
    const { host } = setup({ apiVersion: "1.1" });
    await expect(host.insertFormula(SCORE)).resolves.toMatchObject({ status: "written" });
  });

  it.each([
    ["a number", "B2", 1200, "1200"],
    ["text", "A2", "Ann", "Ann"],
  ])("does not write over a cell holding %s: it says what the cell holds", async (_case, address, _value, holds) => {
    const { mock, host } = setup({ selection: { sheet: "Team", address } });
    const result = await host.insertFormula(SCORE);
    expect({ result, kept: mock.cell("Team", address)?.value, writes: mock.writes.length }).toEqual({
      result: { status: "occupied", at: { sheet: "Team", cell: address }, holds },
      kept: _value,
      writes: 0,
    });
  });

  it("does not write over a cell holding a formula, and shows the formula", async () => {
    const { mock, host } = setup();
    await host.insertFormula("=SUM(1,2)");
    await expect(host.insertFormula(SCORE)).resolves.toEqual({ status: "occupied", at: { sheet: "Q1 Review", cell: "C4" }, holds: "=SUM(1,2)" });
    expect(mock.cell("Q1 Review", "C4")?.formula).toBe("=SUM(1,2)");
  });

  it("replaces what a cell holds once the person agreed to replace exactly that, in the cell they were asked about", async () => {
    const { mock, host } = setup({ selection: { sheet: "Team", address: "B2" } });
    const asked = await host.insertFormula(SCORE);
    if (asked.status !== "occupied") throw new Error("expected the cell to be occupied");
    mock.workbook.selection = { sheet: "Team", address: "A1" }; // the person clicked elsewhere meanwhile
    const result = await host.insertFormula(SCORE, { at: asked.at, replace: true, expected: asked.holds });
    expect({ result, b2: mock.cell("Team", "B2")?.formula, a1: mock.cell("Team", "A1")?.value }).toEqual({
      result: { status: "written", at: { sheet: "Team", cell: "B2" } },
      b2: SCORE,
      a1: "Name",
    });
  });

  it("asks again when the cell changed after the person was asked", async () => {
    const { mock, host } = setup({ selection: { sheet: "Team", address: "B2" } });
    const result = await host.insertFormula(SCORE, { at: { sheet: "Team", cell: "B2" }, replace: true, expected: "999" });
    expect({ result, kept: mock.cell("Team", "B2")?.value }).toEqual({ result: { status: "occupied", at: { sheet: "Team", cell: "B2" }, holds: "1200" }, kept: 1200 });
  });

  it.each([
    ["en", "select a cell for the formula (not a chart or a shape) and try again"],
    ["zh-CN", "请选择一个单元格放置公式（不是图表或形状）后重试"],
  ] as const)("says in %s to select a cell when a chart is selected", async (language, message) => {
    const { host } = setup({ selection: "not cells" });
    await expect(host.insertFormula(SCORE, { language })).rejects.toThrow(message);
  });

  it("names the cell and Excel's words when the write fails", async () => {
    const { host } = setup();
    await expect(host.insertFormula(SCORE, { at: { sheet: "Gone", cell: "A1" } })).rejects.toThrow(/^the formula could not be written into Gone!A1: .*ItemNotFound/);
  });
});

describe("insertFormula under office-addin-mock", () => {
  function excelMock(formulas: unknown[][]) {
    const cell = {
      address: "'Q1 Review'!C4",
      formulas,
      worksheet: { name: "Q1 Review" },
    };
    return new OfficeMockObject({
      context: {
        workbook: {
          selected: { cell, getCell: function () { return (this as unknown as { cell: unknown }).cell; } },
          getSelectedRange: function () {
            return (this as unknown as { selected: unknown }).selected;
          },
        },
      },
      run: async function (batch: (context: unknown) => Promise<unknown>) {
        return batch((this as unknown as { context: unknown }).context);
      },
    }) as unknown as OfficeMockObject & ExcelRunner & { context: { sync(): Promise<void>; workbook: { selected: { cell: { formulas: unknown } } } } };
  }
  const office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true }, document: { settings: {} } } }) as unknown as OfficeLike;

  it("loads the cell's address, formulas and sheet name before reading them, and unquotes the sheet", async () => {
    const excel = excelMock([[""]]);
    const result = await officeHost({ excel, office }).insertFormula(SCORE);
    expect({ result, written: excel.context.workbook.selected.cell.formulas }).toEqual({
      result: { status: "written", at: { sheet: "Q1 Review", cell: "C4" } },
      written: [[SCORE]],
    });
  });

  it("reports what an occupied cell holds without writing", async () => {
    const excel = excelMock([["=A1*2"]]);
    await expect(officeHost({ excel, office }).insertFormula(SCORE)).resolves.toEqual({ status: "occupied", at: { sheet: "Q1 Review", cell: "C4" }, holds: "=A1*2" });
    expect(excel.context.workbook.selected.cell.formulas).toEqual([["=A1*2"]]);
  });
});
