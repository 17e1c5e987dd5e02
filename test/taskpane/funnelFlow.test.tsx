/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { buildReview } from "../../src/reviews/build";
import { previewTable } from "../../src/taskpane/common/previewTable";
import { freshPlan } from "../../src/taskpane/common/planDraft";
import { draftFromPlan } from "../../src/taskpane/forms";
import { reviewOf } from "../../src/reviews/registry";
import { FUNNEL_LABELS } from "../../src/taskpane/funnel/labels";
import { format, type Language, type Messages } from "../../src/taskpane/i18n";
import { ReadError, readDataset } from "../../src/datasets/readDataset";
import { readOptionsFromPlan } from "../../src/reviews/plan";
import type { FakeWorkbook } from "./fakeHost";
import { choose, group, label, buildResults, next, nextButton, openPane, pickBuilder, previewRows, settle, stepHeading, toPlanStep, wordsOf } from "./flow";
import { DEALS_EN, DEALS_ZH, TODAY } from "./fixtures";

interface Case {
  language: Language;
  book: FakeWorkbook;
  /** What the deals dropdown shows as proposed. */
  dealsSource: (t: Messages) => string;
  /** What the optional people dropdown shows as proposed. */
  peopleSource: (t: Messages) => string;
  /** Where the deals are read from, as readDataset is told. */
  deals: { grid: FakeWorkbook["sheets"][number]["grid"]; where: { sheet: string; table?: string } };
  people?: { grid: FakeWorkbook["sheets"][number]["grid"]; where: { sheet: string } };
  ann: string;
  stage2: string;
  sheets: string[];
}

const CASES: Case[] = [
  {
    language: "en",
    book: DEALS_EN,
    dealsSource: (t) => format(t.sourceTable, { name: "tblDeals", sheet: "Pipeline", rows: 8 }),
    peopleSource: (t) => format(t.sourceSheet, { name: "Team", rows: 3 }),
    deals: { grid: DEALS_EN.tables![0].grid, where: { sheet: "Pipeline", table: "tblDeals" } },
    people: { grid: DEALS_EN.sheets[1].grid, where: { sheet: "Team" } },
    ann: "Ann",
    stage2: "Needs",
    sheets: ["Funnel review", "Data - Deals", "Data - People"],
  },
  {
    language: "zh-CN",
    book: DEALS_ZH,
    dealsSource: (t) => format(t.sourceSheet, { name: "商机", rows: 9 }),
    peopleSource: (t) => t.sourceNone,
    deals: { grid: DEALS_ZH.sheets[0].grid, where: { sheet: "商机" } },
    ann: "张伟",
    stage2: "需求",
    sheets: ["漏斗分析", "数据-商机"],
  },
];


/** From opening the pane to the preview with the default stages. */
async function toPreview(c: Case) {
  const pane = await openPane(c.book, c.language);
  await toPlanStep(pane.t, "funnel");
  await next(pane.t);
  return pane;
}

/** What the builder makes of the same data with the pane's fresh plan, without the pane. */
function builderReview(c: Case) {
  const plan = { ...draftFromPlan(freshPlan(c.language), true), sources: {} };
  const deals = readDataset("deals", c.deals.grid, c.deals.where, readOptionsFromPlan(plan, "deals"));
  if (deals instanceof ReadError) throw deals;
  const people = c.people ? readDataset("people", c.people.grid, c.people.where) : undefined;
  if (people instanceof ReadError) throw people;
  return buildReview("funnel", plan, { deals, ...(people ? { people } : {}) }, TODAY);
}

/** The probability field of the second stage. */
function secondProbability(t: Messages, c: Case): HTMLElement {
  const fn = wordsOf(t, FUNNEL_LABELS);
  return within(group(format(t.named, { label: format(fn.stage, { n: 2 }), text: c.stage2 }))).getByRole("textbox", { name: label(fn.probability) });
}

describe.each(CASES)("the funnel review flow in $language", (c) => {
  it("proposes the source whose headers fit the deals", async () => {
    const { t } = await openPane(c.book, c.language);
    pickBuilder(t, "funnel");
    await next(t);
    expect(screen.getByRole("combobox", { name: label(t.dataset_deals) }).textContent).toBe(c.dealsSource(t));
  });

  it("proposes a people sheet only where one fits", async () => {
    const { t } = await openPane(c.book, c.language);
    pickBuilder(t, "funnel");
    await next(t);
    expect(screen.getByRole("combobox", { name: label(format(t.sourceOptional, { dataset: t.dataset_people })) }).textContent).toBe(c.peopleSource(t));
  });

  it("detects the deal columns from their headers", async () => {
    const { t } = await openPane(c.book, c.language);
    pickBuilder(t, "funnel");
    await next(t);
    await next(t);
    const header = c.deals.grid[0] as string[];
    const shown = ["owner", "stage", "amount", "status", "stageDate"].map((role) => screen.getByRole("combobox", { name: label(t[`role_${role}` as keyof Messages]) }).textContent);
    expect(shown).toEqual([1, 2, 3, 4, 5].map((i) => format(t.columnOption, { letter: "ABCDEF"[i], header: header[i] })));
  });

  it("blocks the next step while the stage column is not chosen", async () => {
    const { t } = await openPane(c.book, c.language);
    pickBuilder(t, "funnel");
    await next(t);
    await next(t);
    await choose(label(t.role_stage), t.columnNotUsed, group(format(t.columnsOf, { dataset: t.dataset_deals })));
    expect([nextButton(t).getAttribute("aria-disabled"), screen.getByText(format(t.mappingBlocked, { list: format(t.named, { label: t.dataset_deals, text: t.role_stage }) })).id]).toEqual([
      "true",
      "step-blocked",
    ]);
  });

  it("starts the plan with the default stages", async () => {
    const { t } = await openPane(c.book, c.language);
    await toPlanStep(t, "funnel");
    const names = screen.getAllByRole("textbox", { name: label(wordsOf(t, FUNNEL_LABELS).stageName) }).map((input) => (input as HTMLInputElement).value);
    expect(names).toHaveLength(5);
  });

  it("blocks the next step while a probability is over 100%, saying so at the field", async () => {
    const { t } = await openPane(c.book, c.language);
    await toPlanStep(t, "funnel");
    fireEvent.change(secondProbability(t, c), { target: { value: "120" } });
    const message = document.getElementById(secondProbability(t, c).getAttribute("aria-describedby")!.split(" ")[0]);
    expect([message?.textContent, nextButton(t).getAttribute("aria-disabled")]).toEqual([format(t.errMax, { max: "100%" }), "true"]);
  });

  it("goes on once the probability is corrected", async () => {
    const { t } = await openPane(c.book, c.language);
    await toPlanStep(t, "funnel");
    fireEvent.change(secondProbability(t, c), { target: { value: "120" } });
    fireEvent.change(secondProbability(t, c), { target: { value: "25" } });
    await next(t);
    expect(stepHeading().textContent).toBe(t.step_build);
  });

  it("previews the first rows as the builder computes them", async () => {
    await toPreview(c);
    // The headline figures (win rate, coverage, weighted pipeline) right after the owner, then the rest.
    const expected = previewTable(builderReview(c).sheets.find((s) => s.purpose === "funnel")!, undefined, reviewOf("funnel").headline!(c.language))!;
    expect(previewRows()).toEqual([expected.columns, ...expected.rows]);
  });

  it("previews the first owner's weighted pipeline: 10,000 × 10% + 40,000 × 40% = 17,000", async () => {
    await toPreview(c);
    expect(previewRows().find((row) => row[0] === c.ann)).toContain("17,000");
  });

  it("writes the funnel review and the data copies", async () => {
    const { host, t } = await toPreview(c);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(host.builds.map((b) => b.build.sheets.map((s) => s.name))).toEqual([c.sheets]);
  });

  it("says which sheets were written", async () => {
    const { t } = await toPreview(c);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(buildResults()).toEqual([expect.stringContaining(format(t.buildDone, { sheets: c.sheets.map((s) => `“${s}”`).join(t.listSeparator) }))]);
  });

  it("shows a failed write's message in the message area", async () => {
    const { host, t } = await toPreview(c);
    host.failWrite = new Error("the workbook is read-only");
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(buildResults()).toEqual([expect.stringContaining(format(t.buildFailed, { message: "the workbook is read-only" }))]);
  });

  it("cancels a build under way", async () => {
    const { host, t } = await toPreview(c);
    host.holdWrite = true;
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    fireEvent.click(screen.getByRole("button", { name: t.cancel }));
    await settle();
    expect([host.builds[0].options.signal?.aborted, buildResults()]).toEqual([true, [expect.stringContaining(t.buildCancelled)]]);
  });
});
