/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { parsePlan } from "../../src/reviews/plan";
import { buildReview } from "../../src/reviews/build";
import { previewTable } from "../../src/taskpane/common/previewTable";
import { reviewOf } from "../../src/reviews/registry";
import { format, type Language, type Messages } from "../../src/taskpane/i18n";
import { ReadError, readDataset } from "../../src/datasets/readDataset";
import type { FakeWorkbook } from "./fakeHost";
import { SCORECARD_LABELS } from "../../src/taskpane/scorecard/labels";
import { choose, group, label, buildResults, next, nextButton, openPane, pickBuilder, previewRows, settle, stepHeading, toPlanStep, wordsOf } from "./flow";
import { SCORES_EN, SCORES_ZH, TODAY } from "./fixtures";

interface Case {
  language: Language;
  book: FakeWorkbook;
  sheet: string;
  /** 0-based header row of the results on the sheet. */
  headerRow: number;
  kpis: [string, string];
  ann: string;
  reviewSheet: string;
  dataSheet: string;
}

const CASES: Case[] = [
  { language: "en", book: SCORES_EN, sheet: "KPI results", headerRow: 2, kpis: ["Revenue", "Calls"], ann: "Ann", reviewSheet: "Scorecard", dataSheet: "Data - KPI results" },
  { language: "zh-CN", book: SCORES_ZH, sheet: "考核结果", headerRow: 0, kpis: ["销售额", "拜访量"], ann: "张伟", reviewSheet: "绩效评分", dataSheet: "数据-考核结果" },
];


/** Sets the weight of the KPI named `kpi` on the plan step. */
function setWeight(t: Messages, n: number, kpi: string, weight: string): void {
  const sc = wordsOf(t, SCORECARD_LABELS);
  const kpiGroup = group(format(t.named, { label: format(sc.kpi, { n }), text: kpi }));
  fireEvent.change(within(kpiGroup).getByRole("textbox", { name: label(sc.weight) }), { target: { value: weight } });
}

/** From opening the pane to the preview, the KPIs weighted 60 and 40. */
async function toPreview(c: Case) {
  const pane = await openPane(c.book, c.language);
  await toPlanStep(pane.t, "scorecard");
  setWeight(pane.t, 1, c.kpis[0], "60");
  setWeight(pane.t, 2, c.kpis[1], "40");
  await next(pane.t);
  return pane;
}

/** What the builder makes of the same data and plan, without the pane. */
function builderReview(c: Case) {
  const sheet = c.book.sheets.find((s) => s.name === c.sheet)!;
  const scores = readDataset("scores", sheet.grid, { sheet: c.sheet });
  if (scores instanceof ReadError) throw scores;
  const plan = parsePlan({
    version: 1,
    language: c.language,
    scorecard: { kpis: [{ name: c.kpis[0], weight: 60 }, { name: c.kpis[1], weight: 40 }] },
  });
  if (!plan.ok) throw new Error(plan.errors.join("; "));
  return buildReview("scorecard", plan.plan, { scores }, TODAY);
}

describe.each(CASES)("the scorecard flow in $language", (c) => {
  it("proposes the sheet whose headers fit the KPI results", async () => {
    const { t } = await openPane(c.book, c.language);
    pickBuilder(t, "scorecard");
    await next(t);
    const source = screen.getByRole("combobox", { name: label(t.dataset_scores) });
    expect(source.textContent).toBe(format(t.sourceSheet, { name: c.sheet, rows: c.book.sheets.find((s) => s.name === c.sheet)!.grid.length }));
  });

  it("says the source is proposed because its headers fit", async () => {
    const { t } = await openPane(c.book, c.language);
    pickBuilder(t, "scorecard");
    await next(t);
    expect(screen.getByText(format(t.sourceProposed, { dataset: t.dataset_scores }))).toBeTruthy();
  });

  it("finds the header row under the title rows", async () => {
    const { t } = await openPane(c.book, c.language);
    pickBuilder(t, "scorecard");
    await next(t);
    await next(t);
    expect(screen.getByText(format(t.headerRowAt, { row: c.headerRow + 1, place: format(t.placeSheet, { name: c.sheet }) }))).toBeTruthy();
  });

  it("detects each column from its header", async () => {
    const { t } = await openPane(c.book, c.language);
    pickBuilder(t, "scorecard");
    await next(t);
    await next(t);
    const header = c.book.sheets.find((s) => s.name === c.sheet)!.grid[c.headerRow] as string[];
    const shown = ["name", "team", "kpi", "target", "actual"].map((role) => screen.getByRole("combobox", { name: label(t[`role_${role}` as keyof Messages]) }).textContent);
    expect(shown).toEqual(header.map((h, i) => format(t.columnOption, { letter: "ABCDE"[i], header: h })));
  });

  it("blocks the next step while a required column is not chosen, naming it", async () => {
    const { t } = await openPane(c.book, c.language);
    pickBuilder(t, "scorecard");
    await next(t);
    await next(t);
    await choose(label(t.role_actual), t.columnNotUsed);
    expect([nextButton(t).getAttribute("aria-disabled"), screen.getByText(format(t.mappingBlocked, { list: format(t.named, { label: t.dataset_scores, text: t.role_actual }) })).id]).toEqual([
      "true",
      "step-blocked",
    ]);
  });

  it("marks the required column left unchosen at its field", async () => {
    const { t } = await openPane(c.book, c.language);
    pickBuilder(t, "scorecard");
    await next(t);
    await next(t);
    await choose(label(t.role_actual), t.columnNotUsed);
    expect(screen.getByRole("combobox", { name: label(t.role_actual) }).getAttribute("aria-invalid")).toBe("true");
  });

  it("stays on the columns step when Next is pressed while blocked", async () => {
    const { t } = await openPane(c.book, c.language);
    pickBuilder(t, "scorecard");
    await next(t);
    await next(t);
    await choose(label(t.role_actual), t.columnNotUsed);
    await next(t);
    expect(stepHeading().textContent).toBe(t.step_columns);
  });

  it("goes on once the required column is chosen again", async () => {
    const { t } = await openPane(c.book, c.language);
    pickBuilder(t, "scorecard");
    await next(t);
    await next(t);
    await choose(label(t.role_actual), t.columnNotUsed);
    const header = c.book.sheets.find((s) => s.name === c.sheet)!.grid[c.headerRow] as string[];
    await choose(label(t.role_actual), format(t.columnOption, { letter: "E", header: header[4] }));
    await next(t);
    expect(stepHeading().textContent).toBe(t.step_plan);
  });

  it("starts the plan with the KPIs in the data, weighted equally", async () => {
    const { t } = await openPane(c.book, c.language);
    await toPlanStep(t, "scorecard");
    const sc = wordsOf(t, SCORECARD_LABELS);
    const weights = c.kpis.map((kpi, i) => (within(group(format(t.named, { label: format(sc.kpi, { n: i + 1 }), text: kpi }))).getByRole("textbox", { name: label(sc.weight) }) as HTMLInputElement).value);
    expect(weights).toEqual(["50", "50"]);
  });

  it("says at the total that weights adding up to 110% will be scaled, and lets the flow go on", async () => {
    const { t } = await openPane(c.book, c.language);
    await toPlanStep(t, "scorecard");
    setWeight(t, 1, c.kpis[0], "60");
    await settle();
    const sc = wordsOf(t, SCORECARD_LABELS);
    const total = screen.getByRole("textbox", { name: label(sc.totalWeight) });
    const message = document.getElementById(total.getAttribute("aria-describedby")!.split(" ")[0]);
    // 60 / 110 = 54.5…%, 50 / 110 = 45.4…% (to one decimal: 54.5, 45.5)
    const shares = [format(sc.weightShare, { kpi: c.kpis[0], share: "54.5" }), format(sc.weightShare, { kpi: c.kpis[1], share: "45.5" })].join(t.listSeparator);
    expect([(total as HTMLInputElement).value, message?.textContent, nextButton(t).getAttribute("aria-disabled")]).toEqual(["110", format(sc.weightsScaled, { total: 110, shares }), null]);
    await next(t);
    expect(stepHeading().textContent).toBe(t.step_build);
  });

  it("blocks the next step while the weights add up to 0, saying so at the total", async () => {
    const { t } = await openPane(c.book, c.language);
    await toPlanStep(t, "scorecard");
    setWeight(t, 1, c.kpis[0], "0");
    setWeight(t, 2, c.kpis[1], "0");
    await settle();
    const sc = wordsOf(t, SCORECARD_LABELS);
    const total = screen.getByRole("textbox", { name: label(sc.totalWeight) });
    const message = document.getElementById(total.getAttribute("aria-describedby")!.split(" ")[0]);
    expect([message?.textContent, nextButton(t).getAttribute("aria-disabled")]).toEqual([sc.errWeightsZero, "true"]);
  });

  it("says at the field when a weight is not a number", async () => {
    const { t } = await openPane(c.book, c.language);
    await toPlanStep(t, "scorecard");
    setWeight(t, 1, c.kpis[0], "sixty");
    const sc = wordsOf(t, SCORECARD_LABELS);
    const weight = within(group(format(t.named, { label: format(sc.kpi, { n: 1 }), text: c.kpis[0] }))).getByRole("textbox", { name: label(sc.weight) });
    expect(document.getElementById(weight.getAttribute("aria-describedby")!.split(" ")[0])?.textContent).toBe(t.errNumber);
  });

  it("moves focus to the heading of each new step", async () => {
    const { t } = await openPane(c.book, c.language);
    await toPlanStep(t, "scorecard");
    expect(document.activeElement).toBe(stepHeading());
  });

  it("previews the first rows as the builder computes them", async () => {
    await toPreview(c);
    // The headline figures (weighted score, rating, rank) right after the name, then the rest.
    const expected = previewTable(builderReview(c).sheets.find((s) => s.purpose === "scorecard")!, undefined, reviewOf("scorecard").headline!(c.language))!;
    expect(previewRows()).toEqual([expected.columns, ...expected.rows]);
  });

  it("previews the weighted score of 108.0% for the first person", async () => {
    await toPreview(c);
    expect(previewRows().find((row) => row[0] === c.ann)).toContain("108.0%");
  });

  it("writes the review sheet and its data copy", async () => {
    const { host, t } = await toPreview(c);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(host.builds.map((b) => b.build.sheets.map((s) => s.name))).toEqual([[c.reviewSheet, c.dataSheet]]);
  });

  it("says which sheets were written", async () => {
    const { t } = await toPreview(c);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(buildResults()).toEqual([expect.stringContaining(format(t.buildDone, { sheets: [c.reviewSheet, c.dataSheet].map((s) => `“${s}”`).join(t.listSeparator) }))]);
  });

  it("saves the plan with its source and KPI weights in the workbook", async () => {
    const { host, t } = await toPreview(c);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(host.savedPlans).toEqual([
      expect.objectContaining({
        sources: { scores: { sheet: c.sheet } },
        scorecard: expect.objectContaining({ kpis: [expect.objectContaining({ name: c.kpis[0], weight: 60 }), expect.objectContaining({ name: c.kpis[1], weight: 40 })] }),
      }),
    ]);
  });

  it("shows a failed write's message in the message area", async () => {
    const { host, t } = await toPreview(c);
    host.failWrite = new Error("Excel refused the request; the partial sheet was removed");
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(buildResults()).toEqual([expect.stringContaining(format(t.buildFailed, { message: "Excel refused the request; the partial sheet was removed" }))]);
  });

  it("does not save the plan when the write fails", async () => {
    const { host, t } = await toPreview(c);
    host.failWrite = new Error("Excel refused the request");
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(host.savedPlans).toEqual([]);
  });

  it("shows the progress of a build under way", async () => {
    const { host, t } = await toPreview(c);
    host.holdWrite = true;
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.5");
  });

  it("cancels a build under way: the write is aborted and the message says so", async () => {
    const { host, t } = await toPreview(c);
    host.holdWrite = true;
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    fireEvent.click(screen.getByRole("button", { name: t.cancel }));
    await settle();
    expect([host.builds[0].options.signal?.aborted, buildResults()]).toEqual([true, [expect.stringContaining(t.buildCancelled)]]);
  });

  it("puts focus on Cancel while a build is under way", async () => {
    const { host, t } = await toPreview(c);
    host.holdWrite = true;
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: t.cancel }));
  });
});
