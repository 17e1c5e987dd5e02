/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { format, LANGUAGE_NAMES } from "../../src/taskpane/i18n";
import { COMMISSION_LABELS } from "../../src/taskpane/commission/labels";
import { FUNNEL_LABELS } from "../../src/taskpane/funnel/labels";
import { SCORECARD_LABELS } from "../../src/taskpane/scorecard/labels";
import { TARGETS_LABELS } from "../../src/taskpane/targets/labels";
import { choose, group, label, next, nextButton, settle, stepHeading, walkTo, wordsOf } from "./flow";
import { ALL_EN, ALL_ZH } from "./fixtures";

// The forms' own words, in English unless a case walks in Chinese.
const sc = SCORECARD_LABELS.en;
const fn = FUNNEL_LABELS.en;
const tg = TARGETS_LABELS.en;
const cm = COMMISSION_LABELS.en;

/** The message a field shows under it, found through its aria-describedby. */
function fieldMessage(field: HTMLElement): string | undefined {
  const ids = field.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").find((text) => text !== "");
}

describe("the scorecard plan form", () => {
  it("adds a KPI and moves focus to its name", async () => {
    await walkTo(ALL_EN, "en", "scorecard", "plan");
    fireEvent.click(screen.getByRole("button", { name: sc.addKpi }));
    await settle();
    expect(document.activeElement).toBe(within(group(format(sc.kpi, { n: 3 }))).getByRole("textbox", { name: label(sc.kpiName) }));
  });

  it("removes a KPI and moves focus to the Add button", async () => {
    await walkTo(ALL_EN, "en", "scorecard", "plan");
    fireEvent.click(screen.getByRole("button", { name: format(sc.moreSettings, { kpi: `${format(sc.kpi, { n: 2 })}: Calls` }) }));
    fireEvent.click(screen.getByRole("button", { name: format(sc.removeKpi, { n: 2 }) }));
    await settle();
    expect([screen.queryByRole("group", { name: /^KPI 2/ }), document.activeElement?.textContent]).toEqual([null, sc.addKpi]);
  });

  it("says a cap below the threshold is wrong at the cap", async () => {
    await walkTo(ALL_EN, "en", "scorecard", "plan");
    const kpi = group(`${format(sc.kpi, { n: 1 })}: Revenue`);
    fireEvent.click(within(kpi).getByRole("button", { name: format(sc.moreSettings, { kpi: `${format(sc.kpi, { n: 1 })}: Revenue` }) }));
    fireEvent.change(within(kpi).getByRole("textbox", { name: label(sc.threshold) }), { target: { value: "80" } });
    fireEvent.change(within(kpi).getByRole("textbox", { name: label(sc.cap) }), { target: { value: "50" } });
    expect(fieldMessage(within(kpi).getByRole("textbox", { name: label(sc.cap) }))).toBe(sc.errCapBelowThreshold);
  });

  it("asks for the most people per rating once a forced distribution is switched on", async () => {
    await walkTo(ALL_EN, "en", "scorecard", "plan");
    fireEvent.click(screen.getByRole("switch", { name: sc.distribution }));
    expect(["C", "B", "A"].map((rating) => screen.getAllByRole("textbox", { name: label(format(sc.distributionShare, { label: rating })) }).length)).toEqual([1, 1, 1]);
  });

  it("keeps a share entered for a rating in the plan it builds with", async () => {
    const { host, t } = await walkTo(ALL_EN, "en", "scorecard", "plan");
    fireEvent.click(screen.getByRole("switch", { name: sc.distribution }));
    fireEvent.change(screen.getByRole("textbox", { name: label(format(sc.distributionShare, { label: "A" })) }), { target: { value: "20" } });
    await next(t);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(host.savedPlans[0]).toMatchObject({ scorecard: { distribution: { A: 0.2 } } });
  });
});

describe("the funnel plan form", () => {
  it("moves a stage down", async () => {
    await walkTo(ALL_EN, "en", "funnel", "plan");
    fireEvent.click(screen.getByRole("button", { name: format(fn.moveDown, { n: 1 }) }));
    const names = screen.getAllByRole("textbox", { name: label(fn.stageName) }).map((input) => (input as HTMLInputElement).value);
    expect(names.slice(0, 2)).toEqual(["Needs", "Lead"]);
  });

  it("asks for whole days in a stage", async () => {
    const { t } = await walkTo(ALL_EN, "en", "funnel", "plan");
    const days = within(group(`${format(fn.stage, { n: 1 })}: Lead`)).getByRole("textbox", { name: label(fn.maxDays) });
    fireEvent.change(days, { target: { value: "1.5" } });
    expect(fieldMessage(days)).toBe(t.errWholeNumber);
  });

  it("says a funnel needs two stages once only one is left", async () => {
    const { t } = await walkTo(ALL_EN, "en", "funnel", "plan");
    for (let n = 5; n > 1; n--) fireEvent.click(screen.getByRole("button", { name: format(fn.removeStage, { n }) }));
    await settle();
    expect([screen.getByRole("alert").textContent, nextButton(t).getAttribute("aria-disabled")]).toEqual([fn.errTwoSteps, "true"]);
  });
});

describe("the target plan form", () => {
  it("says a ramp that is not a list of percentages is wrong", async () => {
    await walkTo(ALL_EN, "en", "targets", "plan");
    const ramp = screen.getByRole("textbox", { name: label(tg.ramp) });
    fireEvent.change(ramp, { target: { value: "25, half, 75" } });
    expect(fieldMessage(ramp)).toBe(tg.errPercentList);
  });

  it("asks for a weight column when the target is split by a column the people table lacks", async () => {
    await walkTo(ALL_EN, "en", "targets", "plan");
    await choose(label(tg.weighting), tg.weighting_column);
    expect(fieldMessage(screen.getByRole("combobox", { name: label(tg.weighting) }))).toBe(tg.errWeightColumn);
  });

  it("keeps the ramp as fractions in the plan", async () => {
    const { t } = await walkTo(ALL_ZH, "zh-CN", "targets", "plan");
    const zh = wordsOf(t, TARGETS_LABELS);
    fireEvent.change(screen.getByRole("textbox", { name: label(zh.ramp) }), { target: { value: "25，50，75" } });
    fireEvent.change(screen.getByRole("textbox", { name: label(zh.annual) }), { target: { value: "1200" } });
    await next(t);
    expect(stepHeading().textContent).toBe(t.step_build);
  });
});

describe("the commission plan form", () => {
  it("proposes the product lines of the transactions, each on the default tiers", async () => {
    const { t } = await walkTo(ALL_EN, "en", "commission", "plan");
    const line = group(format(t.named, { label: format(cm.line, { n: 1 }), text: "Hardware" }));
    expect(within(line).getAllByRole("textbox", { name: label(cm.tierRate) }).map((input) => (input as HTMLInputElement).value)).toEqual(["5"]);
  });

  it("refuses a tier rate above 100% and a tier from below 0", async () => {
    await walkTo(ALL_EN, "en", "commission", "plan");
    const tiers = group(cm.defaultTiers);
    fireEvent.change(within(tiers).getByRole("textbox", { name: label(cm.tierRate) }), { target: { value: "150" } });
    fireEvent.change(within(tiers).getByRole("textbox", { name: label(cm.tierFrom) }), { target: { value: "-100" } });
    await settle();
    expect([fieldMessage(within(tiers).getByRole("textbox", { name: label(cm.tierRate) })), fieldMessage(within(tiers).getByRole("textbox", { name: label(cm.tierFrom) }))]).toEqual([cm.errRateAbove100, cm.errFromNegative]);
  });

  it("adds a product line with the default tiers and moves focus to its name", async () => {
    await walkTo(ALL_EN, "en", "commission", "plan");
    fireEvent.click(screen.getByRole("button", { name: cm.addLine }));
    await settle();
    const line = group(format(cm.line, { n: 2 }));
    expect([document.activeElement, within(line).getAllByRole("textbox", { name: label(cm.tierRate) }).map((input) => (input as HTMLInputElement).value)]).toEqual([
      within(line).getByRole("textbox", { name: label(cm.lineName) }),
      ["5"],
    ]);
  });

  it("says a negative rate is wrong, in percent", async () => {
    const { t } = await walkTo(ALL_EN, "en", "commission", "plan");
    const rate = within(group(cm.defaultTiers)).getByRole("textbox", { name: label(cm.tierRate) });
    fireEvent.change(rate, { target: { value: "-2" } });
    expect(fieldMessage(rate)).toBe(format(t.errMin, { min: "0%" }));
  });

  it("builds with the method and accelerator chosen", async () => {
    const { host, t } = await walkTo(ALL_EN, "en", "commission", "plan");
    await choose(label(cm.method), cm.method_retroactive);
    fireEvent.change(screen.getByRole("textbox", { name: label(cm.acceleratorMultiplier) }), { target: { value: "1.5" } });
    await next(t);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(host.savedPlans[0]).toMatchObject({ commission: { method: "retroactive", accelerator: { above: 1, multiplier: 1.5 } } });
  });

  it("asks how a draw paid in each pay period is recovered only once it is chosen, and builds with it", async () => {
    const { host, t } = await walkTo(ALL_EN, "en", "commission", "plan");
    expect(screen.queryByRole("combobox", { name: label(cm.drawRecoverable) })).toBeNull();
    fireEvent.change(screen.getByRole("textbox", { name: label(cm.draw) }), { target: { value: "1000" } });
    await choose(label(cm.drawPer), cm.drawPer_payPeriod);
    await choose(label(cm.payPeriod), cm.payPeriod_quarter);
    fireEvent.change(screen.getByRole("textbox", { name: label(cm.drawBalance) }), { target: { value: "250" } });
    await next(t);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(host.savedPlans[0]).toMatchObject({ commission: { draw: 1000, drawPer: "payPeriod", payPeriod: "quarter", drawRecoverable: true, drawBalance: 250 } });
  });
});

describe("the review sheet's general settings", () => {
  it("says a review date not written as YYYY-MM-DD is wrong", async () => {
    const { t } = await walkTo(ALL_EN, "en", "funnel", "plan");
    const asOf = screen.getByRole("textbox", { name: label(t.planAsOf) });
    fireEvent.change(asOf, { target: { value: "1/4/2026" } });
    expect(fieldMessage(asOf)).toBe(t.errDate);
  });

  it("writes the review sheet in the language chosen for it", async () => {
    const { host, t } = await walkTo(ALL_EN, "en", "funnel", "plan");
    await choose(label(t.planLanguage), wordsOf(t, LANGUAGE_NAMES)["zh-CN"]);
    await next(t);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(host.builds[0].build.sheets[0].name).toBe("漏斗分析");
  });
});
