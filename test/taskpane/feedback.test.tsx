/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { SCORECARD_LABELS } from "../../src/taskpane/scorecard/labels";
import { format } from "../../src/taskpane/i18n";
import { buildResults, group, label, next, nextButton, openPane, settle, toPlanStep } from "./flow";
import { SCORES_EN, SCORES_ZH } from "./fixtures";

const sc = SCORECARD_LABELS.en;

describe("feedback where the person is", () => {
  it("names the first field in error on the bottom line, and moves focus to it on request", async () => {
    const { t } = await openPane(SCORES_EN, "en");
    await toPlanStep(t, "scorecard");
    const kpi = group(format(t.named, { label: format(sc.kpi, { n: 1 }), text: "Revenue" }));
    fireEvent.change(within(kpi).getByRole("textbox", { name: label(sc.weight) }), { target: { value: "0" } });
    const calls = group(format(t.named, { label: format(sc.kpi, { n: 2 }), text: "Calls" }));
    fireEvent.change(within(calls).getByRole("textbox", { name: label(sc.weight) }), { target: { value: "0" } });
    await settle();
    const line = document.getElementById(nextButton(t).getAttribute("aria-describedby")!);
    fireEvent.click(within(line!).getByRole("button", { name: t.goToField }));
    const total = screen.getByRole("textbox", { name: label(sc.totalWeight) });
    expect([line?.textContent?.startsWith(format(t.planBlockedAt, { field: `${sc.kpis} › ${sc.totalWeight}` })), document.activeElement === total]).toEqual([true, true]);
  });

  it("says nothing of a new KPI's blank name until the person leaves the field", async () => {
    const { t } = await openPane(SCORES_EN, "en");
    await toPlanStep(t, "scorecard");
    fireEvent.click(screen.getByRole("button", { name: sc.addKpi }));
    await settle();
    const name = within(group(format(sc.kpi, { n: 3 }))).getByRole("textbox", { name: label(sc.kpiName) });
    const before = screen.queryByText(t.errText);
    fireEvent.blur(name);
    await settle();
    expect([before, screen.queryByText(t.errText) !== null]).toEqual([null, true]);
  });

  it.each([
    ["en", SCORES_EN],
    ["zh-CN", SCORES_ZH],
  ] as const)("shows the build's result in %s under the Build button, not at the top of the pane", async (language, book) => {
    const { t } = await openPane(book, language);
    await toPlanStep(t, "scorecard");
    for (const [n, weight] of [
      [1, "50"],
      [2, "50"],
    ] as const) {
      const box = screen.getAllByRole("textbox", { name: label(SCORECARD_LABELS[language].weight) })[n - 1];
      fireEvent.change(box, { target: { value: weight } });
    }
    await next(t);
    const build = screen.getByRole("button", { name: t.build });
    fireEvent.click(build);
    await settle();
    const result = screen.getByRole("status", { name: format(t.buildResult, { label: t.build }) });
    const region = screen.getByRole("region", { name: t.messagesLabel });
    expect([buildResults().length, result.parentElement?.contains(build), region.textContent?.includes(t.buildDone.slice(0, 3))]).toEqual([1, true, false]);
  });
});
