import { officeHost, PLAN_SETTING } from "../../src/workbook/office";
import { createMockExcel, type MockExcelInit } from "./mockExcel";

function setup(extra: Partial<MockExcelInit> = {}) {
  const mock = createMockExcel({ sheets: [{ name: "Sheet1" }], ...extra });
  return { mock, host: officeHost({ excel: mock.Excel, office: mock.Office }) };
}

const PLAN = { version: 1, language: "en", scorecard: { kpis: [{ name: "Sales", weight: 60 }, { name: "NPS", weight: 40 }] } };

describe("plan storage", () => {
  it("saves the plan as JSON in the workbook's document settings", async () => {
    const { mock, host } = setup();
    await host.savePlan(PLAN);
    expect(mock.savedSettings).toEqual({ [PLAN_SETTING]: JSON.stringify(PLAN) });
  });

  it("reads back the plan it saved", async () => {
    const { host } = setup();
    await host.savePlan(PLAN);
    expect(await host.loadPlan()).toEqual(PLAN);
  });

  it("restores a plan saved in the workbook before the pane opened", async () => {
    const { host } = setup({ settings: { [PLAN_SETTING]: JSON.stringify(PLAN) } });
    expect(await host.loadPlan()).toEqual(PLAN);
  });

  it("gives null when the workbook has no plan", async () => {
    const { host } = setup();
    expect(await host.loadPlan()).toBeNull();
  });

  it("says the saved plan is unreadable when it is not JSON", async () => {
    const { host } = setup({ settings: { [PLAN_SETTING]: "{version: 1" } });
    await expect(host.loadPlan()).rejects.toThrow(/^the plan saved in this workbook is not valid JSON/);
  });

  it("says the plan was not saved when Office refuses", async () => {
    const { host } = setup({ failSave: "the document is read-only" });
    await expect(host.savePlan(PLAN)).rejects.toThrow("the plan could not be saved in the workbook: the document is read-only");
  });

  it("says in Chinese that the saved plan is unreadable, when asked in Chinese", async () => {
    const { host } = setup({ settings: { [PLAN_SETTING]: "{version: 1" } });
    await expect(host.loadPlan({ language: "zh-CN" })).rejects.toThrow(/^此工作簿中保存的方案不是有效的 JSON（.+）；生成一次即可保存新的方案$/);
  });

  it("says in Chinese that the plan was not saved, with Office's answer", async () => {
    const { host } = setup({ failSave: "the document is read-only" });
    await expect(host.savePlan(PLAN, { language: "zh-CN" })).rejects.toThrow("无法将方案保存到工作簿中：the document is read-only");
  });

  it("touches no cell to save or load the plan", async () => {
    const { mock, host } = setup();
    await host.savePlan(PLAN);
    await host.loadPlan();
    expect([mock.syncs, mock.writes]).toEqual([0, []]);
  });
});

describe("officeHost outside Excel", () => {
  it("says to open the pane inside Excel when Office is not loaded", async () => {
    await expect(officeHost().loadPlan()).rejects.toThrow("Excel is not available: open the pane inside Excel");
  });

  it("says it in Chinese when asked in Chinese", async () => {
    await expect(officeHost().listSources({ language: "zh-CN" })).rejects.toThrow("无法连接 Excel：请在 Excel 中打开此任务窗格");
  });

  it("uses the Excel and Office globals when they are there", async () => {
    const mock = createMockExcel({ sheets: [{ name: "Deals", rows: [["Owner"], ["Ann"]] }] });
    const uninstall = mock.install();
    try {
      expect((await officeHost().readGrid({ sheet: "Deals" })).grid).toEqual([["Owner"], ["Ann"]]);
    } finally {
      uninstall();
    }
  });
});
