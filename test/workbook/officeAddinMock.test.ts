import { OfficeMockObject } from "office-addin-mock";
import { officeHost, PLAN_SETTING, type ExcelRunner, type OfficeLike } from "../../src/workbook/office";

// office-addin-mock answers a property read before load + sync with an error string instead of its
// value: a host that skipped a load would hand those strings on, so results are checked for them.
const MOCK_ERRORS = /Error, (property was not loaded|context\.sync\(\) was not called)/;

const DEALS = [
  ["Owner", "Stage", "Amount"],
  ["Ann", "Won", 1200],
  ["Bob", "", 300],
];

function excelMock(): OfficeMockObject & ExcelRunner & { context: { sync(): Promise<void> } } {
  return new OfficeMockObject({
    context: {
      workbook: {
        tables: {
          deals: {
            worksheet: { name: "Q1 Deals" },
            range: { rowIndex: 2, columnIndex: 1, rowCount: 3, columnCount: 3 },
            getRange: function () {
              return (this as unknown as { range: unknown }).range;
            },
          },
          getItem: function () {
            return (this as unknown as { deals: unknown }).deals;
          },
        },
        worksheets: {
          sheet: {
            block: { values: DEALS },
            getRange: function () {
              return (this as unknown as { block: unknown }).block;
            },
          },
          getItem: function () {
            return (this as unknown as { sheet: unknown }).sheet;
          },
        },
      },
    },
    run: async function (batch: (context: unknown) => Promise<unknown>) {
      return batch((this as unknown as { context: unknown }).context);
    },
  }) as unknown as OfficeMockObject & ExcelRunner & { context: { sync(): Promise<void> } };
}

function officeMock(saved: Record<string, unknown> = {}): OfficeLike {
  const settings = new Map(Object.entries(saved));
  return new OfficeMockObject({
    context: {
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (name: string) => settings.get(name) ?? null,
          set: (name: string, value: unknown) => void settings.set(name, value),
          saveAsync: (callback: (result: { status: string }) => void) => callback({ status: "succeeded" }),
        },
      },
    },
  }) as unknown as OfficeLike;
}

describe("the Office host under office-addin-mock", () => {
  it("reads a table with every property loaded and synced before it is read", async () => {
    const host = officeHost({ excel: excelMock(), office: officeMock() });
    const read = await host.readGrid({ table: "Deals" });
    expect({ read, leaked: MOCK_ERRORS.test(JSON.stringify(read)) }).toEqual({
      read: { grid: [["Owner", "Stage", "Amount"], ["Ann", "Won", 1200], ["Bob", null, 300]], sheet: "Q1 Deals", firstRow: 3, firstCol: 2 },
      leaked: false,
    });
  });

  it("reads a small table in two syncs", async () => {
    const excel = excelMock();
    const sync = jest.spyOn(excel.context, "sync");
    await officeHost({ excel, office: officeMock() }).readGrid({ table: "Deals" });
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("restores the plan saved in the document settings", async () => {
    const host = officeHost({ excel: excelMock(), office: officeMock({ [PLAN_SETTING]: JSON.stringify({ version: 1, language: "zh-CN" }) }) });
    expect(await host.loadPlan()).toEqual({ version: 1, language: "zh-CN" });
  });

  it("saves the plan and reads it back", async () => {
    const host = officeHost({ excel: excelMock(), office: officeMock() });
    await host.savePlan({ version: 1, scorecard: { kpis: [{ name: "Sales", weight: 100 }] } });
    expect(await host.loadPlan()).toEqual({ version: 1, scorecard: { kpis: [{ name: "Sales", weight: 100 }] } });
  });
});
