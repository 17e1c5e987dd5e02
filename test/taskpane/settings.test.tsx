/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { parsePlan } from "../../src/reviews/plan";
import { format, MESSAGES } from "../../src/taskpane/i18n";
import type { FakeWorkbook } from "./fakeHost";
import { openPane, reviewName, settle, showTab, stepHeading } from "./flow";
import { SCORES_EN, SCORES_ZH } from "./fixtures";

expect.extend(toHaveNoViolations);

const SAVED = { version: 1, language: "en", sources: { scores: { sheet: "KPI results" } }, scorecard: { kpis: [{ name: "Revenue", weight: 70 }, { name: "Calls", weight: 30 }] } };
const WITH_PLAN: FakeWorkbook = { ...SCORES_EN, plan: SAVED };

beforeEach(() => localStorage.setItem("KPIToolkit.welcomeSeen", "1"));

/** The plan's JSON box of the settings view. */
const planBox = (language: "en" | "zh-CN" = "en"): HTMLTextAreaElement => screen.getByRole("textbox", { name: new RegExp(MESSAGES[language].settingsPlanLabel.slice(0, 10)) }) as HTMLTextAreaElement;

/** Chooses a file in the hidden file input, as the browser does after "Import plan file". */
async function importFile(name: string, text: string): Promise<void> {
  const input = document.querySelector("input[type=file]") as HTMLInputElement;
  const file = new File([text], name, { type: "application/json" });
  Object.defineProperty(file, "text", { value: () => Promise.resolve(text) });
  fireEvent.change(input, { target: { files: [file] } });
  await settle(20);
}

describe("the settings view", () => {
  it("shows the saved plan as the command line's plan file, every default written out", async () => {
    const { t } = await openPane(WITH_PLAN, "en");
    await showTab(t.tabSettings);
    const shown = JSON.parse(planBox().value) as unknown;
    const expected = parsePlan(SAVED);
    expect([expected.ok && shown, screen.getByText(format(t.settingsPlanSummary, { language: "English", sources: "KPI results: “KPI results”" })) !== null]).toEqual([expected.ok && expected.plan, true]);
  });

  it("says when the workbook has no plan", async () => {
    const { t } = await openPane(SCORES_EN, "en");
    await showTab(t.tabSettings);
    expect([screen.getByText(t.settingsNoPlan) !== null, screen.queryByRole("button", { name: t.settingsReset })]).toEqual([true, null]);
  });

  it("saves an edited plan once the command line's parser accepts it", async () => {
    const { host, t } = await openPane(WITH_PLAN, "en");
    await showTab(t.tabSettings);
    fireEvent.change(planBox(), { target: { value: planBox().value.replace('"weight": 70', '"weight": 65') } });
    fireEvent.click(screen.getByRole("button", { name: t.settingsSavePlan }));
    await settle(20);
    const saved = host.savedPlans.at(-1) as typeof SAVED;
    expect([saved.scorecard.kpis[0].weight, screen.getByText(t.settingsPlanSaved) !== null]).toEqual([65, true]);
  });

  it("keeps the saved plan and names the field when an edit is not a plan, in Chinese", async () => {
    const { host, t } = await openPane({ ...SCORES_ZH, plan: { ...SAVED, language: "zh-CN" } }, "zh-CN");
    await showTab(t.tabSettings);
    fireEvent.change(planBox("zh-CN"), { target: { value: planBox("zh-CN").value.replace('"weight": 70', '"weight": -70') } });
    fireEvent.click(screen.getByRole("button", { name: t.settingsSavePlan }));
    await settle(20);
    expect([host.savedPlans.length, screen.getByText(t.settingsPlanInvalid) !== null, screen.getByText("scorecard.kpis[0].weight：不能小于 0。") !== null]).toEqual([0, true, true]);
  });

  it("imports a plan file and the review flow starts from it", async () => {
    const made = (name: string, purpose: string) => ({ name, grid: [["last month"]], madeByAddin: true, purpose });
    const { host, t } = await openPane({ ...SCORES_EN, sheets: [...SCORES_EN.sheets, made("Scorecard", "scorecard")] }, "en");
    await showTab(t.tabSettings);
    await importFile("team-plan.json", JSON.stringify(SAVED));
    const saved = parsePlan(SAVED);
    await showTab(t.tabBuild);
    expect([host.savedPlans, screen.getByRole("button", { name: format(t.rebuild, { builder: reviewName(t, "scorecard") }) }) === null]).toEqual([[saved.ok && saved.plan], false]);
  });

  it("refuses a file the command line would refuse, naming it and the field, and changes nothing", async () => {
    const { host, t } = await openPane(WITH_PLAN, "en");
    await showTab(t.tabSettings);
    await importFile("old.json", JSON.stringify({ version: 1, scorecard: { kpis: [{ name: "Revenue", wieght: 5 }] } }));
    expect([host.savedPlans.length, screen.getByText(format(t.settingsImportInvalid, { file: "old.json" })) !== null, screen.getByText(/^scorecard\.kpis\[0\]\.wieght: "wieght" is not a setting here; did you mean "weight"\?/) !== null]).toEqual([0, true, true]);
  });

  it("says a file is not JSON", async () => {
    const { host, t } = await openPane(WITH_PLAN, "en");
    await showTab(t.tabSettings);
    await importFile("notes.txt", "Revenue 70, Calls 30");
    expect([host.savedPlans.length, screen.getByText(new RegExp(`^${t.settingsNotJson.replace("{message}", "").replace(/[.,]/g, ".")}`)) !== null]).toEqual([0, true]);
  });

  it("exports the plan file the command line reads", async () => {
    const { t } = await openPane(WITH_PLAN, "en");
    await showTab(t.tabSettings);
    const blobs: Blob[] = [];
    const create = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:plan";
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    let downloaded = "";
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download;
    });
    fireEvent.click(screen.getByRole("button", { name: t.settingsExport }));
    click.mockRestore();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    expect([downloaded, parsePlan(JSON.parse(text))]).toEqual(["kpi-plan.json", parsePlan(SAVED)]);
  });

  it("resets the plan after asking, and the flow no longer offers to rebuild", async () => {
    const made = (name: string, purpose: string) => ({ name, grid: [["last month"]], madeByAddin: true, purpose });
    const { host, t } = await openPane({ ...WITH_PLAN, sheets: [...WITH_PLAN.sheets, made("Scorecard", "scorecard")], paneSettings: { draft: { anything: 1 } } }, "en");
    await showTab(t.tabSettings);
    fireEvent.click(screen.getByRole("button", { name: t.settingsReset }));
    const dialog = await screen.findByRole("alertdialog", { name: t.settingsResetTitle });
    // Under jsdom, Fluent's focus trap marks the dialog aria-hidden as it opens; the browser test presses it as a person would.
    fireEvent.click(within(dialog).getByRole("button", { name: t.settingsReset, hidden: true }));
    await settle(20);
    await showTab(t.tabBuild);
    expect([host.savedPlans, host.paneSettings.has("draft"), screen.queryByRole("button", { name: format(t.rebuild, { builder: reviewName(t, "scorecard") }) }), stepHeading().textContent]).toEqual([[null], false, null, t.step_builder]);
  });

  it("switches the pane's language, the same switch as the header's", async () => {
    const { t } = await openPane(WITH_PLAN, "en");
    await showTab(t.tabSettings);
    fireEvent.click(screen.getByRole("radio", { name: "简体中文" }));
    await settle();
    expect([screen.getByRole("tab", { name: MESSAGES["zh-CN"].tabSettings }) !== null, document.documentElement.lang]).toEqual([true, "zh-CN"]);
  });

  it.each(["en", "zh-CN"] as const)("has no accessibility violations in %s", async (language) => {
    const { container } = await openPane(WITH_PLAN, language);
    await showTab(MESSAGES[language].tabSettings);
    expect(await axe(container)).toHaveNoViolations();
  });
});
