/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { format, type Language, MESSAGES } from "../../src/taskpane/i18n";
import { type PaneRoute, routeFrom } from "../../src/taskpane/route";
import { FakeHost, type FakeWorkbook } from "./fakeHost";
import { FULL_EXCEL, SCORES_EN, TODAY } from "./fixtures";
import { messages, reviewName, settle } from "./flow";

// Each ribbon button opens taskpane.html?open=<place>; the pane opens there.
describe("routeFrom", () => {
  it.each([
    ["?open=functions", { tab: "functions" }],
    ["?open=rebuild", { tab: "review", rebuild: true }],
    ["?open=scorecard", { tab: "review", review: "scorecard" }],
    ["?other=1&open=funnel", { tab: "review", review: "funnel" }],
    ["", { tab: "review" }],
    ["?open=", { tab: "review" }],
    ["?open=%3Cscript%3E", { tab: "review" }],
  ])("reads %j as %j", (search, route) => {
    expect(routeFrom(search)).toEqual(route);
  });
});

async function openAt(book: FakeWorkbook, language: Language, route: PaneRoute) {
  const host = new FakeHost(book);
  render(<App initialLanguage={language} host={host} capabilities={FULL_EXCEL} today={TODAY} route={route} />);
  await settle();
  await settle();
  return { host, t: MESSAGES[language] };
}

const SAVED_SCORECARD = { version: 1, language: "en", sources: { scores: { sheet: "KPI results" } }, scorecard: { kpis: [{ name: "Revenue", weight: 70 }, { name: "Calls", weight: 30 }] } };
const made = (name: string, purpose: string) => ({ name, grid: [["last month"]], madeByAddin: true, purpose });

describe("the pane opened from a ribbon button", () => {
  it("opens on the functions", async () => {
    const { t } = await openAt(SCORES_EN, "en", { tab: "functions" });
    expect(screen.getByRole("tab", { selected: true }).textContent).toBe(t.tabFunctions);
  });

  it.each(["en", "zh-CN"] as const)("opens in %s on a review's data, the review chosen", async (language) => {
    const { t, host } = await openAt(SCORES_EN, language, { tab: "review", review: "scorecard" });
    expect([screen.getByRole("heading", { level: 2 }).textContent, host.calls.some((c) => c.call === "listSources")]).toEqual([t.step_sources, true]);
  });

  it("opens on the first step for a review it does not know", async () => {
    const { t } = await openAt(SCORES_EN, "en", { tab: "review", review: "forecast" });
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(t.step_builder);
  });

  it("puts the focus on what can be rebuilt", async () => {
    const book: FakeWorkbook = { ...SCORES_EN, sheets: [...SCORES_EN.sheets, made("Scorecard", "scorecard"), made("Data - KPI results", "data")], plan: SAVED_SCORECARD };
    const { t } = await openAt(book, "en", { tab: "review", rebuild: true });
    const saved = screen.getByRole("group", { name: t.savedPlanHeading });
    expect([document.activeElement, saved.contains(screen.getByRole("button", { name: format(t.rebuild, { builder: reviewName(t, "scorecard") }) }))]).toEqual([saved, true]);
  });

  it.each([
    ["no plan", SCORES_EN],
    ["a plan but no sheet built", { ...SCORES_EN, plan: SAVED_SCORECARD }],
  ])("says there is nothing to rebuild when the workbook has %s", async (_case, book) => {
    const { t } = await openAt(book, "en", { tab: "review", rebuild: true });
    expect(messages(t)).toEqual([expect.stringContaining(t.nothingToRebuild)]);
  });
});
