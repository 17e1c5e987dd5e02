/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { reviewOf } from "../../src/reviews/registry";
import { LABELS } from "../../src/reviews/scorecard/labels";
import { format, type Language, type Messages } from "../../src/taskpane/i18n";
import { SCORECARD_LABELS } from "../../src/taskpane/scorecard/labels";
import { FIXTURES } from "../fixtures/kpi-sheets/generate";
import * as EXPECTED from "../fixtures/kpi-sheets/expected";
import type { FakeWorkbook } from "./fakeHost";
import { group, label, messages, next, nextButton, openPane, pickBuilder, settle, stepHeading, walkTo, wordsOf } from "./flow";
import { buildInPane, cliScorecard, hintOf, weightedScores } from "./scorecardBuild";

/**
 * The pane where the command line already went (issue 9): weights that do not total 100% are scaled with
 * a warning, not refused; and an actuals-only KPI sheet takes its targets, weights and directions from
 * the workbook's KPI library (指标库). The figures are worked by hand in test/fixtures/kpi-sheets/expected.ts.
 */

expect.extend(toHaveNoViolations);

const LIBRARY = FIXTURES.ZH_LIBRARY;
/** The 11月绩效 sheet with only actuals, then the 指标库 sheet, as in the file the command line reads. */
const LIBRARY_BOOK: FakeWorkbook = { sheets: [{ name: LIBRARY.sheet, grid: LIBRARY.rows }, ...(LIBRARY.others ?? []).map((o) => ({ name: o.sheet, grid: o.rows }))] };

const LONG_120 = FIXTURES.EN_LONG_120;
const LONG_120_BOOK: FakeWorkbook = { sheets: [{ name: LONG_120.sheet, grid: LONG_120.rows }] };

/** The library's KPIs as the column step shows them: actual column, target and library row, weight, direction. */
const LIBRARY_KPIS = [
  { kpi: "销售额", column: "D", target: "50", row: 2, weight: "40", lower: false },
  { kpi: "回款率", column: "E", target: "0.95", row: 3, weight: "30", lower: false },
  { kpi: "新客户数", column: "F", target: "8", row: 4, weight: "10", lower: false },
  { kpi: "客户投诉次数", column: "G", target: "2", row: 5, weight: "20", lower: true },
];

describe.each(["en", "zh-CN"] as const)("an actuals sheet with its targets in a KPI library, pane in %s", (language: Language) => {
  it("proposes the actuals sheet for the KPI results, not the library", async () => {
    const { t } = await openPane(LIBRARY_BOOK, language);
    pickBuilder(t, "scorecard");
    await next(t);
    const source = screen.getByRole("combobox", { name: label(t.dataset_scores) });
    expect(source.textContent).toBe(format(t.sourceSheet, { name: LIBRARY.sheet, rows: LIBRARY.rows.length }));
  });

  it("says on the column step which sheet the targets, weights and directions come from", async () => {
    const { t } = await walkTo(LIBRARY_BOOK, language, "scorecard", "columns");
    const sentence = format(t.layoutLibrary, {
      row: 2,
      place: format(t.placeSheet, { name: LIBRARY.sheet }),
      library: format(t.placeSheet, { name: "指标库" }),
      what: t.libraryGives_twd,
    });
    // 工号 (the employee number) is no KPI of the library.
    expect([screen.queryByText(sentence) !== null, screen.queryByText(format(t.kpisNotInLibrary, { list: format(t.quoted, { text: "工号" }) })) !== null]).toEqual([true, true]);
  });

  it("shows each KPI's actual column, its target from the library's row, its weight and direction from the library", async () => {
    const { t } = await walkTo(LIBRARY_BOOK, language, "scorecard", "columns");
    const library = format(t.placeSheet, { name: "指标库" });
    const shown = LIBRARY_KPIS.map(({ kpi }) => {
      const kpiGroup = group(format(t.kpiLegend, { kpi }));
      const weight = within(kpiGroup).getByRole("textbox", { name: t.kpiWeight }) as HTMLInputElement;
      const direction = within(kpiGroup).getByRole("combobox", { name: t.kpiDirection });
      const pair = within(kpiGroup).getByText((_, el) => el?.tagName === "P" && (el.textContent ?? "").length > 0);
      return [pair.textContent, weight.value, hintOf(weight), direction.textContent, hintOf(direction)];
    });
    expect(shown).toEqual(
      LIBRARY_KPIS.map((k) => [
        format(t.libraryPair, { column: format(t.columnOption, { letter: k.column, header: k.kpi }), target: k.target, row: k.row }),
        k.weight,
        format(t.weightFrom_library, { library }),
        k.lower ? t.kpiLower : t.kpiHigher,
        format(t.directionFrom_library, { library }),
      ]),
    );
  });

  it("has no accessibility violations on the column step", async () => {
    const { container } = await walkTo(LIBRARY_BOOK, language, "scorecard", "columns");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("builds the scores worked by hand with the library's targets, as the command line does", async () => {
    const { sheet, plan } = await buildInPane(LIBRARY_BOOK, language);
    const pane = weightedScores(sheet, language);
    const cli = (await cliScorecard(LIBRARY, null)).scores;
    expect(pane.map(([name]) => name)).toEqual(EXPECTED.ZH_LIBRARY.map((e) => e.name));
    EXPECTED.ZH_LIBRARY.forEach((e, i) => expect(pane[i][1]).toBeCloseTo(e.weighted, 9));
    // The pane weighs 40/30/10/20, the command line the library's 0.4/0.3/0.1/0.2: both round the weighted score to 10 decimals.
    expect(cli).toEqual(pane);
    // The plan keeps the actuals sheet; the library is found again by its layout, as on the command line.
    expect(plan.sources.scores).toEqual({ sheet: LIBRARY.sheet });
  });
});

describe.each(["en", "zh-CN"] as const)("rebuilding from a plan that keeps the actuals sheet, pane in %s", (language: Language) => {
  it("reads the targets from the KPI library again and gives the same scores", async () => {
    const book: FakeWorkbook = {
      sheets: [...LIBRARY_BOOK.sheets, { name: "绩效评分", grid: [["上月"]], madeByAddin: true, purpose: "scorecard" }],
      plan: { version: 1, language, sources: { scores: { sheet: LIBRARY.sheet } } },
    };
    const { host, t } = await walkTo(book, language, "scorecard", "builder");
    fireEvent.click(screen.getByRole("button", { name: format(t.rebuild, { builder: reviewOf("scorecard").name[language] }) }));
    await settle();
    const sheet = host.builds[0].build.sheets.find((s) => s.purpose === "scorecard")!;
    expect(weightedScores(sheet, language).map(([name, score]) => [name, Number(score.toFixed(9))])).toEqual(EXPECTED.ZH_LIBRARY.map((e) => [e.name, e.weighted]));
  });
});

/** The warning at the total weight on the plan step, and whether Next is open. */
function totalWarning(t: Messages) {
  const sc = wordsOf(t, SCORECARD_LABELS);
  const total = screen.getByRole("textbox", { name: label(sc.totalWeight) }) as HTMLInputElement;
  return [total.value, hintOf(total), nextButton(t).getAttribute("aria-disabled")];
}

describe.each(["en", "zh-CN"] as const)("a KPI sheet whose weights add up to 120, pane in %s", (language: Language) => {
  it("shows the total with a warning that the weights will be scaled, and lets the flow go on", async () => {
    const { t } = await walkTo(LONG_120_BOOK, language, "scorecard", "plan");
    const sc = wordsOf(t, SCORECARD_LABELS);
    // 60 / 120 = 50%, 40 / 120 = 33.3%, 20 / 120 = 16.7%
    const shares = [
      ["Revenue", "50.0"],
      ["Calls", "33.3"],
      ["Complaints", "16.7"],
    ].map(([kpi, share]) => format(sc.weightShare, { kpi, share }));
    expect(totalWarning(t)).toEqual(["120", format(sc.weightsScaled, { total: 120, shares: shares.join(t.listSeparator) }), null]);
    await next(t);
    expect(stepHeading().textContent).toBe(t.step_build);
  });

  it("builds the scores worked by hand and says what the command line says of the weights", async () => {
    const { t, host } = await walkTo(LONG_120_BOOK, language, "scorecard", "build");
    const said = messages(t).join("\n");
    const cli = await cliScorecard(LONG_120, null, ["--lang", language]);
    const warning = LABELS[language].weightsNormalised("120", ["Revenue 50.0%", "Calls 33.3%", "Complaints 16.7%"]);
    expect([said.includes(warning), cli.said.includes(warning)]).toEqual([true, true]);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    const sheet = host.builds[0].build.sheets.find((s) => s.purpose === "scorecard")!;
    // Ann (66 + 32 + 24) / 120, Bob (48 + 44 + 0) / 120: the plan's 60/40/20 are the data's, so the scores are the command line's to the last digit.
    expect(weightedScores(sheet, language)).toEqual(EXPECTED.EN_LONG_120.map((e, i) => [e.name, cli.scores[i][1]]));
    EXPECTED.EN_LONG_120.forEach((e, i) => expect(cli.scores[i][1]).toBeCloseTo(e.weighted, 9));
  });
});
