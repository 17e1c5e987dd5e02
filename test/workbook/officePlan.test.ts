import { officeHost, PANE_SETTINGS, PLAN_SETTING } from "../../src/workbook/office";
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

describe("the pane's own settings beside the plan", () => {
  const DRAFT = { version: 1, review: "scorecard", step: "plan", plan: PLAN, savedAt: "2026-12-03T04:00:00.000Z" };

  it("keeps the draft as JSON in its own document setting, leaving the plan alone", async () => {
    const { mock, host } = setup({ settings: { [PLAN_SETTING]: JSON.stringify(PLAN) } });
    await host.savePaneSetting("draft", DRAFT);
    expect(mock.savedSettings).toEqual({ [PLAN_SETTING]: JSON.stringify(PLAN), [PANE_SETTINGS.draft]: JSON.stringify(DRAFT) });
  });

  it("reads back what it kept, and null for what it never kept", async () => {
    const { host } = setup();
    await host.savePaneSetting("built", { scorecard: "2026-12-03T04:00:00.000Z" });
    expect([await host.loadPaneSetting("built"), await host.loadPaneSetting("draft")]).toEqual([{ scorecard: "2026-12-03T04:00:00.000Z" }, null]);
  });

  it("removes a setting given null, and the plan too (the settings view's reset)", async () => {
    const { mock, host } = setup({ settings: { [PLAN_SETTING]: JSON.stringify(PLAN), [PANE_SETTINGS.draft]: JSON.stringify(DRAFT) } });
    await host.savePaneSetting("draft", null);
    await host.savePlan(null);
    expect([mock.savedSettings, await host.loadPlan(), await host.loadPaneSetting("draft")]).toEqual([{}, null, null]);
  });

  it("treats a damaged setting as none: it is only a convenience", async () => {
    const { host } = setup({ settings: { [PANE_SETTINGS.draft]: "{review" } });
    expect(await host.loadPaneSetting("draft")).toBeNull();
  });

  it("says in Chinese that the settings were not saved, with Office's answer", async () => {
    const { host } = setup({ failSave: "the document is read-only" });
    await expect(host.savePaneSetting("draft", DRAFT, { language: "zh-CN" })).rejects.toThrow("无法将窗格的设置保存到工作簿中：the document is read-only");
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
