/**
 * @jest-environment jsdom
 */
import { screen } from "@testing-library/react";
import { format } from "../../src/taskpane/i18n";
import type { FakeWorkbook } from "./fakeHost";
import { messages, next, openPane, pickBuilder, walkTo } from "./flow";
import { SCORES_EN } from "./fixtures";

/** KPI results with a word where Bob's Calls actual should be (sheet row 7, column E). */
const BAD_CELL: FakeWorkbook = {
  sheets: SCORES_EN.sheets.map((sheet) => (sheet.name === "KPI results" ? { ...sheet, grid: sheet.grid.map((row, r) => (r === 6 ? [...row.slice(0, 4), "sixty"] : row)) } : sheet)),
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
});
