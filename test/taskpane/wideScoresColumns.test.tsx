/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { reviewOf } from "../../src/reviews/registry";
import { format, type Language, type Messages } from "../../src/taskpane/i18n";
import { SCORECARD_LABELS } from "../../src/taskpane/scorecard/labels";
import { FIXTURES, type KpiFixture } from "../fixtures/kpi-sheets/generate";
import * as EXPECTED from "../fixtures/kpi-sheets/expected";
import type { FakeWorkbook } from "./fakeHost";
import { choose, group, label, messages, next, nextButton, settle, stepHeading, walkTo, wordsOf } from "./flow";
import { buildInPane, cliScores, hintOf, weightedScores } from "./scorecardBuild";

/**
 * The column step on KPI sheets with one row per person (issue 9): the pane reads them with the
 * datasets layer's own reader, shows the layout, each KPI's pair, weight and direction and where they
 * come from, takes corrections into the plan, and builds the scores the command line builds.
 */

expect.extend(toHaveNoViolations);

/** The classic 绩效考核表: merged title rows, 销售额/新客户数 pairs, 回款率 and 客户满意度 without targets, a 合计 row. */
const ZH_BOOK: FakeWorkbook = { sheets: [{ name: FIXTURES.ZH_WIDE.sheet, grid: FIXTURES.ZH_WIDE.rows }] };

/** The English tracker as an Excel table (header in sheet row 3), found by its name. */
const EN_ROWS = FIXTURES.EN_TABLE.rows;
const EN_BOOK: FakeWorkbook = {
  sheets: [{ name: FIXTURES.EN_TABLE.sheet, grid: EN_ROWS }],
  tables: [{ name: "tblQ1", sheet: FIXTURES.EN_TABLE.sheet, grid: EN_ROWS.slice(2), firstRow: 3 }],
};

/** 销售额 with a second target, adjusted in February, to the right of the first (see test/cli/kpiSheets.test.ts). */
const ADJUSTED: KpiFixture = {
  file: "zh-wide-adjusted-target.xlsx",
  sheet: "绩效考核表",
  rows: [
    ["姓名", "部门", "销售额目标", "销售额实际", "销售额目标（调整后）", "新客户数目标", "新客户数实际"],
    ["张伟", "华东", 1000000, 1100000, 1100000, 20, 15],
    ["李娜", "华北", 800000, 800000, 1000000, 10, 12],
  ],
};
const ADJUSTED_BOOK: FakeWorkbook = { sheets: [{ name: ADJUSTED.sheet, grid: ADJUSTED.rows }] };

interface Case {
  language: Language;
  data: "zh" | "en";
  book: FakeWorkbook;
  place: (t: Messages) => string;
  /** Sheet row of the header. */
  headerRow: number;
  /** Each KPI: its name and the options its target and actual show. */
  pairs: { kpi: string; target: string; actual: string }[];
  notRead: string[];
}

const ZH_CASE = {
  data: "zh" as const,
  book: ZH_BOOK,
  place: (t: Messages) => format(t.placeSheet, { name: "绩效考核表" }),
  headerRow: 3,
  pairs: [
    { kpi: "销售额", target: "C", actual: "D" },
    { kpi: "新客户数", target: "E", actual: "F" },
  ],
  notRead: ["回款率", "客户满意度"],
};
const EN_CASE = {
  data: "en" as const,
  book: EN_BOOK,
  place: (t: Messages) => format(t.placeTable, { name: "tblQ1" }),
  headerRow: 3,
  pairs: [
    { kpi: "Revenue", target: "C", actual: "D" },
    { kpi: "Calls", target: "E", actual: "F" },
    { kpi: "Churn %", target: "G", actual: "H" },
  ],
  notRead: [],
};
const CASES: Case[] = (["en", "zh-CN"] as const).flatMap((language) => [
  { language, ...ZH_CASE },
  { language, ...EN_CASE },
]);

/** The option text of a column of the case's header row: "C: 销售额目标". */
function option(c: Case, t: Messages, letter: string): string {
  const header = (c.data === "zh" ? FIXTURES.ZH_WIDE.rows[2] : EN_ROWS[2])["ABCDEFGH".indexOf(letter)] as string;
  return format(t.columnOption, { letter, header });
}

describe.each(CASES)("the column step on the $data wide sheet, pane in $language", (c) => {
  it("says the sheet is one row per person with a target and an actual column per KPI", async () => {
    const { t } = await walkTo(c.book, c.language, "scorecard", "columns");
    expect(screen.getByText(format(t.layoutPairs, { row: c.headerRow, place: c.place(t) }))).toBeTruthy();
  });

  it("shows which columns pair up as which KPI", async () => {
    const { t } = await walkTo(c.book, c.language, "scorecard", "columns");
    const shown = c.pairs.map(({ kpi }) => {
      const kpiGroup = group(format(t.kpiLegend, { kpi }));
      return [kpi, within(kpiGroup).getByRole("combobox", { name: t.pairTarget }).textContent, within(kpiGroup).getByRole("combobox", { name: t.pairActual }).textContent];
    });
    expect(shown).toEqual(c.pairs.map((p) => [p.kpi, option(c, t, p.target), option(c, t, p.actual)]));
  });

  it("names the columns that are no KPI", async () => {
    const { t } = await walkTo(c.book, c.language, "scorecard", "columns");
    const text = format(t.kpisNotRead, { list: c.notRead.map((h) => format(t.quoted, { text: h })).join(t.listSeparator) });
    expect(screen.queryByText(text) !== null).toBe(c.notRead.length > 0);
  });

  it("shows each KPI's weight and direction and where they come from", async () => {
    const { t } = await walkTo(c.book, c.language, "scorecard", "columns");
    const shown = c.pairs.map(({ kpi }) => {
      const kpiGroup = group(format(t.kpiLegend, { kpi }));
      const weight = within(kpiGroup).getByRole("textbox", { name: t.kpiWeight }) as HTMLInputElement;
      const direction = within(kpiGroup).getByRole("combobox", { name: t.kpiDirection });
      return [kpi, weight.value, hintOf(weight), direction.textContent, hintOf(direction)];
    });
    // Equal weights: 100 / 3 each, shown to 12 significant digits.
    const equal = c.data === "zh" ? ["50", "50"] : ["33.3333333333", "33.3333333333", "33.3333333333"];
    expect(shown).toEqual(
      c.pairs.map(({ kpi }, i) =>
        kpi === "Churn %"
          ? [kpi, equal[i], t.weightFrom_default, t.kpiLower, format(t.directionFrom_header, { header: "Churn % Target (lower is better)" })]
          : [kpi, equal[i], t.weightFrom_default, t.kpiHigher, t.directionFrom_default],
      ),
    );
  });

  it("lets the flow go on with only the person's column chosen", async () => {
    const { t } = await walkTo(c.book, c.language, "scorecard", "columns");
    await next(t);
    expect(stepHeading().textContent).toBe(t.step_plan);
  });

  it("has no accessibility violations", async () => {
    const { container } = await walkTo(c.book, c.language, "scorecard", "columns");
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe.each(["en", "zh-CN"] as const)("building from the pane on a wide sheet, pane in %s", (language) => {
  it("gives the 绩效考核表 the weighted scores worked by hand, as the command line does", async () => {
    const { sheet } = await buildInPane(ZH_BOOK, language);
    const pane = weightedScores(sheet, language);
    const cli = await cliScores(FIXTURES.ZH_WIDE, null);
    expect(pane.map(([name]) => name)).toEqual(EXPECTED.ZH_WIDE.map((e) => e.name));
    EXPECTED.ZH_WIDE.forEach((e, i) => {
      expect(pane[i][1]).toBeCloseTo(e.weighted, 9);
      expect(cli[i]).toEqual([e.name, expect.closeTo(pane[i][1], 9)]);
    });
  });

  it("gives the English table the weighted scores worked by hand, as the command line does", async () => {
    const { sheet, plan } = await buildInPane(EN_BOOK, language);
    const pane = weightedScores(sheet, language);
    const cli = await cliScores(FIXTURES.EN_TABLE, null);
    // The plan the pane saved (the KPIs weighted 100/3 each), run by the command line: the same scores again.
    expect(await cliScores(FIXTURES.EN_TABLE, plan)).toEqual(pane);
    expect(pane.map(([name]) => name)).toEqual(EXPECTED.EN_TABLE.map((e) => e.name));
    // The pane's plan weighs the three KPIs 100/3 each, the command line without a plan 1 each: equal
    // weights give the plain mean, so the scores agree to the last digit.
    EXPECTED.EN_TABLE.forEach((e, i) => {
      expect(pane[i][1]).toBeCloseTo(e.weighted, 9);
      expect(cli[i]).toEqual([e.name, pane[i][1]]);
    });
  });

  it("reads the KPI's target from the column the person chose, keeps it in the plan, and scores as the command line with that plan", async () => {
    const { sheet, plan } = await buildInPane(ADJUSTED_BOOK, language, async (t) => {
      const kpiGroup = group(format(t.kpiLegend, { kpi: "销售额" }));
      await choose(t.pairTarget, format(t.columnOption, { letter: "E", header: "销售额目标（调整后）" }), kpiGroup);
      expect(hintOf(within(group(format(t.kpiLegend, { kpi: "销售额" }))).getByRole("combobox", { name: t.pairTarget }))).toBe(t.pairChanged);
    });
    expect((plan.sources.scores as { pairs: unknown }).pairs).toEqual({ 销售额: { target: "销售额目标（调整后）" } });
    // By hand (test/cli/kpiSheets.test.ts): 张伟 (1.0 + 0.75) / 2 = 0.875, 李娜 (0.8 + 1.2) / 2 = 1.0.
    const pane = weightedScores(sheet, language);
    expect(pane.map(([name, score]) => [name, Number(score.toFixed(9))])).toEqual([
      ["张伟", 0.875],
      ["李娜", 1],
    ]);
    const cli = await cliScores(ADJUSTED, { version: 1, sources: { scores: plan.sources.scores } });
    expect(cli.map(([name, score]) => [name, Number(score.toFixed(9))])).toEqual([
      ["张伟", 0.875],
      ["李娜", 1],
    ]);
  });

  it("takes a weight and a direction changed on the column step into the plan", async () => {
    const { sheet, plan } = await buildInPane(ZH_BOOK, language, async (t) => {
      const sales = group(format(t.kpiLegend, { kpi: "销售额" }));
      fireEvent.change(within(sales).getByRole("textbox", { name: t.kpiWeight }), { target: { value: "80" } });
      fireEvent.change(within(group(format(t.kpiLegend, { kpi: "新客户数" }))).getByRole("textbox", { name: t.kpiWeight }), { target: { value: "20" } });
      await settle();
      await choose(t.kpiDirection, t.kpiLower, group(format(t.kpiLegend, { kpi: "新客户数" })));
      const weight = within(group(format(t.kpiLegend, { kpi: "销售额" }))).getByRole("textbox", { name: t.kpiWeight });
      const direction = within(group(format(t.kpiLegend, { kpi: "新客户数" }))).getByRole("combobox", { name: t.kpiDirection });
      expect([hintOf(weight), hintOf(direction)]).toEqual([t.weightFrom_plan, t.directionFrom_plan]);
      // The plan step starts from them.
      await next(t);
      const sc = wordsOf(t, SCORECARD_LABELS);
      const planWeight = within(group(format(t.named, { label: format(sc.kpi, { n: 1 }), text: "销售额" }))).getByRole("textbox", { name: label(sc.weight) }) as HTMLInputElement;
      expect(planWeight.value).toBe("80");
      fireEvent.click(screen.getByRole("button", { name: t.back }));
      await settle();
    });
    expect(plan.scorecard.kpis.map((k) => [k.name, k.weight, (k as { direction?: string }).direction])).toEqual([
      ["销售额", 80, null],
      ["新客户数", 20, "lower"],
    ]);
    // 新客户数 lower is better: 2 − actual/target. 张伟 1.1·0.8 + (2 − 15/20)·0.2 = 0.88 + 0.25 = 1.13;
    // 李娜 1.0·0.8 + (2 − 12/10)·0.2 = 0.8 + 0.16 = 0.96; 王芳 0.5·0.8 + (2 − 9/18)·0.2 = 0.4 + 0.3 = 0.7;
    // 刘洋 has no 新客户数 actual: 1.1.
    const pane = weightedScores(sheet, language);
    expect(pane.map(([name, score]) => [name, Number(score.toFixed(9))])).toEqual([
      ["张伟", 1.13],
      ["李娜", 0.96],
      ["王芳", 0.7],
      ["刘洋", 1.1],
    ]);
  });
});

it("keeps Next enabled on a wide sheet", async () => {
  const { t } = await walkTo(ZH_BOOK, "zh-CN", "scorecard", "columns");
  expect(nextButton(t).getAttribute("aria-disabled")).not.toBe("true");
});

/** The other layouts of the corpus: the sentence the column step says, and the scores built against the command line's. */
const LAYOUTS = [
  { key: "ZH_WIDE_WEIGHTS", sentence: (t: Messages) => format(t.layoutPairs, { row: 2, place: format(t.placeSheet, { name: "门店考核" }) }), exact: false },
  { key: "ZH_TWO_ROW", sentence: (t: Messages) => format(t.layoutTwoRows, { row: 3, place: format(t.placeSheet, { name: "考核" }) }), exact: true },
  { key: "ZH_ACTUALS_TARGET_ROW", sentence: (t: Messages) => format(t.layoutTargetRow, { target: 3, row: 2, place: format(t.placeSheet, { name: "11月考核" }) }), exact: false },
  // Three KPIs without weights: the pane's 100/3 each and the command line's 1 each give the same plain mean.
  { key: "EN_SCORES", sentence: (t: Messages) => format(t.layoutScores, { row: 1, place: format(t.placeSheet, { name: "Q3 scores" }) }), exact: true },
] as const;

describe.each((["en", "zh-CN"] as const).flatMap((language) => LAYOUTS.map((l) => ({ language, ...l }))))("the $key sheet, pane in $language", ({ language, key, sentence, exact }) => {
  const fixture = FIXTURES[key];
  const book: FakeWorkbook = { sheets: [{ name: fixture.sheet, grid: fixture.rows }] };

  it("says how the sheet is laid out", async () => {
    const { t } = await walkTo(book, language, "scorecard", "columns");
    expect(screen.getByText(sentence(t))).toBeTruthy();
  });

  it("builds the weighted scores worked by hand, as the command line does", async () => {
    const { sheet } = await buildInPane(book, language);
    const pane = weightedScores(sheet, language);
    const cli = await cliScores(fixture, null);
    const expected = EXPECTED[key];
    expect(pane.map(([name]) => name)).toEqual(expected.map((e) => e.name));
    expected.forEach((e, i) => {
      expect(pane[i][1]).toBeCloseTo(e.weighted, 9);
      expect(cli[i][1]).toBeCloseTo(e.weighted, 9);
      // Equal weights agree to the last digit; the data's 60%/20%/20% are 0.6/0.2/0.2 on the command line and 60/20/20 in the pane.
      if (exact) expect(cli[i][1]).toBe(pane[i][1]);
    });
  });
});

describe.each(["en", "zh-CN"] as const)("where the weights and directions come from, pane in %s", (language) => {
  it("on a wide sheet with weights and directions rows", async () => {
    const { t } = await walkTo({ sheets: [{ name: "门店考核", grid: FIXTURES.ZH_WIDE_WEIGHTS.rows }] }, language, "scorecard", "columns");
    const shown = ["销售额", "客单价", "退货率"].map((kpi) => {
      const kpiGroup = group(format(t.kpiLegend, { kpi }));
      const weight = within(kpiGroup).getByRole("textbox", { name: t.kpiWeight }) as HTMLInputElement;
      const direction = within(kpiGroup).getByRole("combobox", { name: t.kpiDirection });
      return [weight.value, hintOf(weight), direction.textContent, hintOf(direction)];
    });
    expect(shown).toEqual([
      ["60", t.weightFrom_row, t.kpiHigher, t.directionFrom_row],
      ["20", t.weightFrom_row, t.kpiHigher, t.directionFrom_row],
      ["20", t.weightFrom_row, t.kpiLower, t.directionFrom_row],
    ]);
  });

  it("on a two-row header with the direction in a KPI's name", async () => {
    const { t } = await walkTo({ sheets: [{ name: "考核", grid: FIXTURES.ZH_TWO_ROW.rows }] }, language, "scorecard", "columns");
    const direction = within(group(format(t.kpiLegend, { kpi: "投诉数" }))).getByRole("combobox", { name: t.kpiDirection });
    expect([direction.textContent, hintOf(direction)]).toEqual([t.kpiLower, format(t.directionFrom_header, { header: "投诉数（越低越好） 目标" })]);
  });

  it("on a long sheet with weight and direction columns", async () => {
    const { t } = await walkTo({ sheets: [{ name: "团队考核", grid: FIXTURES.ZH_LONG_WEIGHTS.rows }] }, language, "scorecard", "columns");
    expect(
      screen.getByText([t.layoutLong, format(t.weightsColumnAt, { letter: "D", header: "权重" }), format(t.directionsColumnAt, { letter: "E", header: "指标方向" })].join(" ")),
    ).toBeTruthy();
  });
});

describe.each(["en", "zh-CN"] as const)("a plan saved with a pair corrected, pane in %s", (language) => {
  const saved = (target: string): FakeWorkbook => ({
    ...ADJUSTED_BOOK,
    sheets: [...ADJUSTED_BOOK.sheets, { name: "绩效评分", grid: [["上月"]], madeByAddin: true, purpose: "scorecard" }],
    plan: { version: 1, language, sources: { scores: { sheet: "绩效考核表", pairs: { 销售额: { target } } } } },
  });

  it("shows the corrected pair on the column step, marked as the person's", async () => {
    const { t } = await walkTo(saved("销售额目标（调整后）"), language, "scorecard", "columns");
    const target = within(group(format(t.kpiLegend, { kpi: "销售额" }))).getByRole("combobox", { name: t.pairTarget });
    expect([target.textContent, hintOf(target)]).toEqual([format(t.columnOption, { letter: "E", header: "销售额目标（调整后）" }), t.pairChanged]);
  });

  it("leaves out a saved correction the sheet cannot take, and says so", async () => {
    const { t } = await walkTo(saved("销售额目标（二月）"), language, "scorecard", "columns");
    const target = within(group(format(t.kpiLegend, { kpi: "销售额" }))).getByRole("combobox", { name: t.pairTarget });
    expect([target.textContent, screen.queryByText(format(t.pairsDropped, { list: format(t.quoted, { text: "销售额" }) })) !== null]).toEqual([
      format(t.columnOption, { letter: "C", header: "销售额目标" }),
      true,
    ]);
  });

  it("rebuilds in one click with the corrected pair, as the command line reads the plan", async () => {
    const { host, t } = await walkTo(saved("销售额目标（调整后）"), language, "scorecard", "builder");
    fireEvent.click(screen.getByRole("button", { name: format(t.rebuild, { builder: reviewOf("scorecard").name[language] }) }));
    await settle();
    const sheet = host.builds[0].build.sheets.find((s) => s.purpose === "scorecard")!;
    // 张伟 (1.0 + 0.75) / 2 = 0.875; 李娜 (0.8 + 1.2) / 2 = 1.0.
    expect(weightedScores(sheet, language).map(([name, score]) => [name, Number(score.toFixed(9))])).toEqual([
      ["张伟", 0.875],
      ["李娜", 1],
    ]);
  });
});

describe.each(["en", "zh-CN"] as const)("the person's columns of a wide sheet, pane in %s", (language) => {
  /** Two 张伟, one in 华东 and one in 华南: told apart by the 部门 column. */
  const TWO_ZHANG: FakeWorkbook = {
    sheets: [
      {
        name: "绩效考核表",
        grid: [
          ["姓名", "部门", "销售额目标", "销售额实际"],
          ["张伟", "华东", 100, 120],
          ["张伟", "华南", 100, 90],
        ],
      },
    ],
  };

  it("keys people by the team column the headers suggest", async () => {
    const { sheet } = await buildInPane(TWO_ZHANG, language);
    expect(weightedScores(sheet, language)).toEqual([
      ["张伟", 1.2],
      ["张伟", 0.9],
    ]);
  });

  it("reads no team when the person chooses none, and then stops at the name listed twice", async () => {
    const { t, host } = await walkTo(TWO_ZHANG, language, "scorecard", "columns");
    await choose(label(t.role_team), t.columnNotUsed);
    const team = screen.getByRole("combobox", { name: label(t.role_team) });
    expect(team.textContent).toBe(t.columnNotUsed);
    await next(t);
    await next(t);
    // The read stops, naming the second 张伟 and the first's row, in the pane's language.
    const twice = language === "en" ? '"张伟" is listed twice (also row 2)' : "“张伟”重复出现";
    expect([messages(t).some((m) => m.includes(twice)), screen.queryByRole("table")]).toEqual([true, null]);
    // Choosing 部门 again offers it, and the two are two people again.
    fireEvent.click(screen.getByRole("button", { name: t.back }));
    await settle();
    fireEvent.click(screen.getByRole("button", { name: t.back }));
    await settle();
    await choose(label(t.role_team), format(t.columnOption, { letter: "B", header: "部门" }));
    await next(t);
    await next(t);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(host.builds).toHaveLength(1);
  });
});
