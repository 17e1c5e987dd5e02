/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { readDraft, whenText } from "../../src/taskpane/flow/draft";
import { format, MESSAGES } from "../../src/taskpane/i18n";
import { SCORECARD_LABELS } from "../../src/taskpane/scorecard/labels";
import type { FakeWorkbook } from "./fakeHost";
import { group, next, openPane, pickBuilder, reviewName, settle, stepHeading, toPlanStep } from "./flow";
import { SCORES_EN, SCORES_ZH } from "./fixtures";

expect.extend(toHaveNoViolations);

/** Waits past the half second after which the flow keeps its draft. */
const kept = () => settle(700);

/** The KPI card of the scorecard plan step, by its number and name. */
const kpiCard = (n: number, name: string) => group(format(MESSAGES.en.named, { label: format(SCORECARD_LABELS.en.kpi, { n }), text: name }));

/** A draft kept by an earlier pane: the scorecard at its plan step, Revenue weighted 70 and Calls 30. */
async function keptDraft(book: FakeWorkbook = SCORES_EN): Promise<unknown> {
  const { host, t, unmount } = await openPane(book, "en");
  await toPlanStep(t, "scorecard");
  fireEvent.change(within(kpiCard(1, "Revenue")).getByRole("textbox", { name: SCORECARD_LABELS.en.weight }), { target: { value: "70" } });
  fireEvent.change(within(kpiCard(2, "Calls")).getByRole("textbox", { name: SCORECARD_LABELS.en.weight }), { target: { value: "30" } });
  await kept();
  unmount();
  return host.paneSettings.get("draft");
}

describe("the draft kept as the person goes", () => {
  it("is kept in the workbook with the review, the step and the plan as typed", async () => {
    const draft = (await keptDraft()) as { review: string; step: string; plan: { scorecard: { kpis: { name: string; weight: number }[] }; sources: unknown } };
    expect([draft.review, draft.step, draft.plan.scorecard.kpis.map((k) => [k.name, k.weight]), draft.plan.sources]).toEqual([
      "scorecard",
      "plan",
      [
        ["Revenue", 70],
        ["Calls", 30],
      ],
      { scores: { sheet: "KPI results" } },
    ]);
  });

  it("is not kept before a review is chosen", async () => {
    const { host } = await openPane(SCORES_EN, "en");
    await kept();
    expect(host.paneSettings.has("draft")).toBe(false);
  });

  it("opens the pane again at the step it reached, with the weights typed, and says so", async () => {
    const draft = await keptDraft();
    const { t } = await openPane({ ...SCORES_EN, paneSettings: { draft } }, "en");
    await settle(50);
    const weights = [kpiCard(1, "Revenue"), kpiCard(2, "Calls")].map((card) => (within(card).getByRole("textbox", { name: SCORECARD_LABELS.en.weight }) as HTMLInputElement).value);
    const notice = format(t.draftRestored, { review: reviewName(t, "scorecard"), when: whenText((draft as { savedAt: string }).savedAt, "en") });
    expect([stepHeading().textContent, weights, screen.getByText(notice) !== null]).toEqual([t.step_plan, ["70", "30"], true]);
  });

  it("stops where the data it chose is gone, so the person sees why", async () => {
    const draft = await keptDraft();
    const { t } = await openPane({ ...SCORES_EN, sheets: SCORES_EN.sheets.slice(0, 1), paneSettings: { draft } }, "en");
    await settle(50);
    expect(stepHeading().textContent).toBe(t.step_sources);
  });

  it("is left aside when it is not one this pane wrote", async () => {
    const { t } = await openPane({ ...SCORES_EN, paneSettings: { draft: { version: 7, review: "scorecard", step: "plan", plan: {}, savedAt: "x" } } }, "en");
    expect(stepHeading().textContent).toBe(t.step_builder);
  });

  it("is cleared by a build, whose date is kept for its Rebuild button", async () => {
    const { host, t } = await openPane(SCORES_EN, "en");
    await toPlanStep(t, "scorecard");
    fireEvent.change(within(kpiCard(1, "Revenue")).getByRole("textbox", { name: SCORECARD_LABELS.en.weight }), { target: { value: "60" } });
    fireEvent.change(within(kpiCard(2, "Calls")).getByRole("textbox", { name: SCORECARD_LABELS.en.weight }), { target: { value: "40" } });
    await next(t);
    await kept();
    const before = host.paneSettings.has("draft");
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await kept();
    const built = host.paneSettings.get("built") as Record<string, string>;
    expect([before, host.paneSettings.has("draft"), Object.keys(built), Math.abs(Date.parse(built.scorecard) - Date.now()) < 60_000]).toEqual([true, false, ["scorecard"], true]);
  });
});

describe("Start over", () => {
  it("asks first, and keeps everything when the person cancels", async () => {
    const { host, t } = await openPane(SCORES_EN, "en");
    await toPlanStep(t, "scorecard");
    await kept();
    fireEvent.click(screen.getByRole("button", { name: t.startOver }));
    const dialog = await screen.findByRole("alertdialog", { name: t.startOverTitle });
    fireEvent.click(within(dialog).getByRole("button", { name: t.cancel }));
    await settle();
    expect([stepHeading().textContent, host.paneSettings.has("draft")]).toEqual([t.step_plan, true]);
  });

  it("clears the draft and goes back to the first step, its heading focused", async () => {
    const { host, t } = await openPane(SCORES_EN, "en");
    await toPlanStep(t, "scorecard");
    await kept();
    fireEvent.click(screen.getByRole("button", { name: t.startOver }));
    const dialog = await screen.findByRole("alertdialog", { name: t.startOverTitle });
    fireEvent.click(within(dialog).getByRole("button", { name: t.startOver }));
    await kept();
    const checked = screen.queryAllByRole("radio").filter((r) => (r as HTMLInputElement).checked);
    expect([stepHeading().textContent, document.activeElement === stepHeading(), host.paneSettings.has("draft"), checked.length]).toEqual([t.step_builder, true, false, 0]);
  });

  it("is offered once a review is chosen, in Chinese too", async () => {
    const { t } = await openPane(SCORES_ZH, "zh-CN");
    const before = screen.queryByRole("button", { name: t.startOver });
    pickBuilder(t, "scorecard");
    await settle();
    expect([before, screen.getByRole("button", { name: "重新开始" }) !== null]).toEqual([null, true]);
  });

  it("has no accessibility violations with its dialog open", async () => {
    const { t } = await openPane(SCORES_EN, "en");
    pickBuilder(t, "scorecard");
    await next(t);
    fireEvent.click(screen.getByRole("button", { name: t.startOver }));
    await screen.findByRole("alertdialog");
    expect(await axe(document.body)).toHaveNoViolations();
  });
});

describe("the date each review was last built", () => {
  const SAVED = { version: 1, language: "en", sources: { scores: { sheet: "KPI results" } }, scorecard: { kpis: [{ name: "Revenue", weight: 70 }, { name: "Calls", weight: 30 }] } };
  const made = (name: string, purpose: string) => ({ name, grid: [["last month"]], madeByAddin: true, purpose });
  const book: FakeWorkbook = { ...SCORES_EN, sheets: [...SCORES_EN.sheets, made("Scorecard", "scorecard"), made("Data - KPI results", "data")], plan: SAVED };

  it.each(["en", "zh-CN"] as const)("is shown beside the Rebuild button in %s", async (language) => {
    const when = "2026-11-20T09:30:00.000Z";
    const t = MESSAGES[language];
    await openPane({ ...book, paneSettings: { built: { scorecard: when } } }, language);
    expect(screen.getByText(format(t.lastBuilt, { when: whenText(when, language) }))).toBeTruthy();
  });

  it("is not made up for a review built before dates were kept", async () => {
    const { t } = await openPane(book, "en");
    expect(screen.queryByText(new RegExp(t.lastBuilt.replace("{when}", "")))).toBeNull();
  });
});

describe("readDraft", () => {
  const good = { version: 1, review: "scorecard", step: "plan", plan: { version: 1 }, savedAt: "2026-12-03T04:00:00.000Z" };
  it.each([
    { case: "a draft this pane wrote", saved: good, kept: true },
    { case: "nothing", saved: null, kept: false },
    { case: "another version", saved: { ...good, version: 2 }, kept: false },
    { case: "a review the pane does not have", saved: { ...good, review: "payroll" }, kept: false },
    { case: "a step the flow does not have", saved: { ...good, step: "upload" }, kept: false },
    { case: "a plan that is not an object", saved: { ...good, plan: [] }, kept: false },
  ])("keeps $case: $kept", ({ saved, kept: expected }) => {
    expect(readDraft(saved, ["scorecard", "funnel"]) !== null).toBe(expected);
  });
});
