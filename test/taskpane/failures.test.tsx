/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { format, MESSAGES } from "../../src/taskpane/i18n";
import type { FakeWorkbook } from "./fakeHost";
import { buildResults, messages, next, openPane, pickBuilder, settle, walkTo } from "./flow";
import { SCORES_EN, SCORES_ZH } from "./fixtures";

/** KPI results with a word where Bob's Calls actual should be (sheet row 7, column E). */
const BAD_CELL: FakeWorkbook = {
  sheets: SCORES_EN.sheets.map((sheet) => (sheet.name === "KPI results" ? { ...sheet, grid: sheet.grid.map((row, r) => (r === 6 ? [...row.slice(0, 4), "sixty"] : row)) } : sheet)),
};

/** 考核结果 with a word where 李娜's 拜访量 actual should be (sheet row 5, column E). */
const BAD_CELL_ZH: FakeWorkbook = {
  sheets: SCORES_ZH.sheets.map((sheet) => (sheet.name === "考核结果" ? { ...sheet, grid: sheet.grid.map((row, r) => (r === 4 ? [...row.slice(0, 4), "六十"] : row)) } : sheet)),
};

/** People without targets, for a target plan without a team target. */
const NO_TARGET: FakeWorkbook = { sheets: [{ name: "Team", grid: [["Name", "Team"], ["Ann", "North"], ["Bob", "South"]] }] };

describe("when something goes wrong", () => {
  it("names the sheet, row and column of a bad cell when the preview reads the data", async () => {
    const { t } = await walkTo(BAD_CELL, "en", "scorecard", "build");
    expect(messages(t)).toEqual([expect.stringContaining(`${t.readFailed}Sheet "KPI results", row 7, column E (Actual): "sixty" is not a number`)]);
  });

  it("offers no Build while the data cannot be read", async () => {
    const { t } = await walkTo(BAD_CELL, "en", "scorecard", "build");
    expect(screen.queryByRole("button", { name: t.build })).toBeNull();
  });

  it("says why a review cannot be computed from the plan and data", async () => {
    const { t } = await walkTo(NO_TARGET, "en", "targets", "build");
    expect(messages(t)).toEqual([expect.stringMatching(new RegExp(`^${format(t.reviewFailed, { message: "" }).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.*target`, "i"))]);
  });

  it("reports a workbook that cannot be read in the message area", async () => {
    const { host, t } = await openPane(SCORES_EN, "en");
    host.listSources = () => Promise.reject(new Error("the workbook is busy"));
    pickBuilder(t, "scorecard");
    await next(t);
    expect(messages(t)).toEqual([expect.stringContaining(format(t.hostFailed, { message: "the workbook is busy" }))]);
  });

  it("names the sheet, row and column of a bad cell in Chinese when the pane speaks Chinese", async () => {
    const { t } = await walkTo(BAD_CELL_ZH, "zh-CN", "scorecard", "build");
    expect(messages(t)).toEqual([expect.stringContaining(`${t.readFailed}工作表“考核结果”第5行E列（实际）：“六十”不是数字`)]);
  });

  it("asks the host to speak the pane's language in every call, so its errors come in Chinese too", async () => {
    const { host, t } = await walkTo(SCORES_ZH, "zh-CN", "scorecard", "build");
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect([...new Set(host.calls.map(({ call, language }) => `${call} ${language}`))].sort()).toEqual([
      "listSources zh-CN",
      "loadPaneSetting zh-CN",
      "loadPlan zh-CN",
      "readGrid zh-CN",
      "savePaneSetting zh-CN",
      "savePlan zh-CN",
      "writeBuild zh-CN",
    ]);
  });

  it("says the sheets were written but the plan was not saved, in the host's words", async () => {
    const { host, t } = await walkTo(SCORES_EN, "en", "scorecard", "build");
    host.savePlan = () => Promise.reject(new Error("the plan could not be saved in the workbook: the document is read-only"));
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(buildResults()).toEqual(
      expect.arrayContaining([expect.stringContaining("The sheets were written, but the plan could not be saved in the workbook: the document is read-only")]),
    );
  });

  it("asks the host in the language the user switched to", async () => {
    const { host, t: en } = await openPane(SCORES_ZH, "en");
    fireEvent.click(screen.getByRole("button", { name: en.otherLanguageName }));
    const t = MESSAGES["zh-CN"];
    pickBuilder(t, "scorecard");
    await next(t);
    expect(host.calls.map(({ call, language }) => `${call} ${language}`)).toEqual(["loadPlan en", "loadPaneSetting en", "listSources en", "listSources zh-CN", "readGrid zh-CN", "readGrid zh-CN"]);
  });
});
