/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { previewTable } from "../../src/taskpane/common/previewTable";
import { format, MESSAGES } from "../../src/taskpane/i18n";
import type { FakeWorkbook } from "./fakeHost";
import { SCORECARD_LABELS } from "../../src/taskpane/scorecard/labels";
import { group, buildResults, messages, openPane, reviewName, settle, toPlanStep } from "./flow";
import { DEALS_EN, DEALS_ZH, SCORES_EN } from "./fixtures";

/** The plan an earlier scorecard build saved: where the results are and how the KPIs are weighted. */
const SAVED_SCORECARD = {
  version: 1,
  language: "en",
  sources: { scores: { sheet: "KPI results" } },
  scorecard: { kpis: [{ name: "Revenue", weight: 70 }, { name: "Calls", weight: 30 }] },
};

/** The sheets an earlier build made, marked with the review they were made for. */
const made = (name: string, purpose: string) => ({ name, grid: [["last month"]], madeByAddin: true, purpose });

const WITH_PLAN: FakeWorkbook = { ...SCORES_EN, sheets: [...SCORES_EN.sheets, made("Scorecard", "scorecard"), made("Data - KPI results", "data")], plan: SAVED_SCORECARD };

describe("a plan saved in the workbook", () => {
  it("offers to rebuild the scorecard it names the data of", async () => {
    const { t } = await openPane(WITH_PLAN, "en");
    expect(screen.getByRole("button", { name: format(t.rebuild, { builder: reviewName(t, "scorecard") }) })).toBeTruthy();
  });

  it("offers no rebuild of a review whose data it does not name", async () => {
    const { t } = await openPane(WITH_PLAN, "en");
    expect(screen.queryByRole("button", { name: format(t.rebuild, { builder: reviewName(t, "funnel") }) })).toBeNull();
  });

  it("offers no rebuild when the workbook has no plan", async () => {
    const { t } = await openPane(SCORES_EN, "en");
    expect(screen.queryByRole("button", { name: format(t.rebuild, { builder: reviewName(t, "scorecard") }) })).toBeNull();
  });

  it("rebuilds in one click from the saved source, replacing the sheets made before", async () => {
    const { host, t } = await openPane(WITH_PLAN, "en");
    fireEvent.click(screen.getByRole("button", { name: format(t.rebuild, { builder: reviewName(t, "scorecard") }) }));
    await settle();
    expect([host.reads, host.builds.map((b) => [b.build.sheets.map((s) => s.name), b.options.replace])]).toEqual([
      [{ sheet: "KPI results" }],
      [[["Scorecard", "Data - KPI results"], true]],
    ]);
  });

  it("rebuilds with the saved weights", async () => {
    const { host, t } = await openPane(WITH_PLAN, "en");
    fireEvent.click(screen.getByRole("button", { name: format(t.rebuild, { builder: reviewName(t, "scorecard") }) }));
    await settle();
    // Ann: 1.2 · 0.7 + 0.9 · 0.3 = 1.11; with equal weights it would be 1.05.
    expect(previewTable(host.builds[0].build.sheets[0])?.rows.find((row) => row[0] === "Ann")).toContain("111.0%");
  });

  it("says which sheets the rebuild wrote", async () => {
    const { t } = await openPane(WITH_PLAN, "en");
    fireEvent.click(screen.getByRole("button", { name: format(t.rebuild, { builder: reviewName(t, "scorecard") }) }));
    await settle();
    expect(buildResults()).toEqual([expect.stringContaining(format(t.buildDone, { sheets: "“Scorecard”, “Data - KPI results”" }))]);
  });

  it("restores the saved KPIs and weights into the plan form", async () => {
    const { t } = await openPane(WITH_PLAN, "en");
    await toPlanStep(t, "scorecard");
    const weights = ["Revenue", "Calls"].map((kpi, i) => (within(group(format(MESSAGES.en.named, { label: format(SCORECARD_LABELS.en.kpi, { n: i + 1 }), text: kpi }))).getByRole("textbox", { name: /^Weight/ }) as HTMLInputElement).value);
    expect(weights).toEqual(["70", "30"]);
  });

  it("reports a rebuild whose source sheet is gone", async () => {
    const { t } = await openPane({ ...WITH_PLAN, plan: { ...SAVED_SCORECARD, sources: { scores: { sheet: "Old results" } } } }, "en");
    fireEvent.click(screen.getByRole("button", { name: format(t.rebuild, { builder: reviewName(t, "scorecard") }) }));
    await settle();
    expect(buildResults()).toEqual([expect.stringContaining('there is no sheet "Old results"')]);
  });

  it("reports a saved plan it cannot use and starts afresh", async () => {
    const { t } = await openPane({ ...SCORES_EN, plan: { version: 2 } }, "en");
    expect([messages(t), screen.queryByRole("button", { name: format(t.rebuild, { builder: reviewName(t, "scorecard") }) })]).toEqual([
      [expect.stringContaining(format(t.savedPlanInvalid, { message: "version: this tool reads plan version 1" }))],
      null,
    ]);
  });

  it("offers no rebuild of a review never built, though the plan names its data (a funnel's people are a target plan's too)", async () => {
    const plan = { version: 1, language: "en", sources: { deals: { table: "tblDeals" }, people: { sheet: "Team" } } };
    const { t } = await openPane({ ...DEALS_EN, sheets: [...DEALS_EN.sheets, made("Funnel review", "funnel"), made("Data - Deals", "data")], plan }, "en");
    await settle();
    expect([
      screen.queryByRole("button", { name: format(t.rebuild, { builder: reviewName(t, "funnel") }) }) !== null,
      screen.queryByRole("button", { name: format(t.rebuild, { builder: reviewName(t, "targets") }) }),
    ]).toEqual([true, null]);
  });

  it("offers the rebuild in Chinese, naming the review in Chinese", async () => {
    await openPane({ ...DEALS_ZH, sheets: [...DEALS_ZH.sheets, made("漏斗分析", "funnel"), made("数据-商机", "data")], plan: { version: 1, language: "zh-CN", sources: { deals: { sheet: "商机" } } } }, "zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "重新生成销售漏斗分析" }));
    await settle();
    expect(buildResults()).toEqual([expect.stringContaining("已写入 “漏斗分析”、“数据-商机”")]);
  });
});
