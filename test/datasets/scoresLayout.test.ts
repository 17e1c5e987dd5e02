import { detectWideScores, directionHint, hintColumns, parseDirection, splitPairHeader } from "../../src/datasets/scoresLayout";
import { isTotalLabel, ReadError, readDataset, type GridPlace } from "../../src/datasets/readDataset";
import type { Grid } from "../../src/datasets/grid";
import { headerCandidate } from "../../src/datasets/grid";
import type { ScoreRecord, SourceData } from "../../src/datasets/records";
import { scorecardModel } from "../../src/reviews/scorecard/model";
import { LABELS } from "../../src/reviews/scorecard/labels";
import { defaultPlan } from "../../src/reviews/plan";
import { pick } from "../../src/i18n/languages";
import { FIXTURES, type KpiFixture } from "../fixtures/kpi-sheets/generate";
import * as EXPECTED from "../fixtures/kpi-sheets/expected";

function scores(grid: Grid, where: GridPlace = { sheet: "KPI" }): SourceData<ScoreRecord> {
  const result = readDataset("scores", grid, where, {});
  if (result instanceof ReadError) throw new Error(`expected records, got:\n${result.message}`);
  return result;
}

function fails(grid: Grid, language: "en" | "zh-CN" = "en"): string {
  const result = readDataset("scores", grid, { sheet: "KPI" }, { language });
  if (!(result instanceof ReadError)) throw new Error(`expected a ReadError, got ${result.records.length} records`);
  return result.message;
}

/** The grid a host reads from a fixture: a table's rows, or the sheet's from A1. */
function fixtureGrid(f: KpiFixture): { grid: Grid; where: GridPlace } {
  if (f.table) return { grid: f.rows.slice(f.table.headerRow - 1, f.table.lastRow), where: { sheet: f.sheet, table: f.table.name, firstRow: f.table.headerRow } };
  return { grid: f.rows, where: { sheet: f.sheet } };
}

describe("splitPairHeader", () => {
  it.each([
    ["销售额目标", "销售额", "target"],
    ["销售额实际", "销售额", "actual"],
    ["目标销售额", "销售额", "target"],
    ["新客户数目标值", "新客户数", "target"],
    ["回款额完成值", "回款额", "actual"],
    ["Revenue Target", "Revenue", "target"],
    ["Revenue Actual", "Revenue", "actual"],
    ["Actual Sales", "Sales", "actual"],
    ["Target - Calls", "Calls", "target"],
    ["Calls (target)", "Calls", "target"],
    ["Calls（实际）", "Calls", "actual"],
    ["Revenue Target ($)", "Revenue", "target"],
    ["Churn % Goal", "Churn %", "target"],
  ])("reads %s as %s's %s", (header, kpi, side) => {
    expect(splitPairHeader(header)).toEqual({ kpi, side });
  });

  it.each(["回款率", "完成率", "Planet", "Reaction", "Target", "Name", "客户满意度"])("reads %s as no half of a pair", (header) => {
    expect(splitPairHeader(header)).toBeNull();
  });
});

describe("directions", () => {
  it.each([
    ["Churn % (lower is better)", "Churn %", "lower"],
    ["投诉数(↓)", "投诉数", "lower"],
    ["投诉数目标（越低越好）", "投诉数目标", "lower"],
    ["Cost - less is better", "Cost", "lower"],
    ["NPS (higher is better)", "NPS", "higher"],
    ["Revenue", "Revenue", null],
  ])("takes the hint out of %s", (header, text, direction) => {
    expect(directionHint(header)).toEqual({ text, direction });
  });

  it.each([
    ["越低越好", "lower"],
    ["越少越好", "lower"],
    ["Lower is better", "lower"],
    ["↓", "lower"],
    ["反向", "lower"],
    ["越高越好", "higher"],
    ["higher", "higher"],
    ["正向", "higher"],
    ["反向指标", "lower"],
    ["sideways", null],
  ])("reads the direction %s", (text, direction) => {
    expect(parseDirection(text)).toBe(direction);
  });

  it("finds weight and direction columns", () => {
    expect(hintColumns(["姓名", "考核指标", "权重", "指标方向", "目标值", "实际值"])).toEqual({ weight: 2, direction: 3 });
    expect(hintColumns(["Name", "KPI", "Target", "Actual"])).toEqual({ weight: null, direction: null });
    // 指标类型 usually says 定量/定性: not read as a direction, so it cannot stop the read.
    expect(hintColumns(["姓名", "指标", "指标类型", "目标", "实际"])).toEqual({ weight: null, direction: null });
  });
});

describe("isTotalLabel", () => {
  it.each(["Total", "Grand total", "Team Total", "Subtotal", "Sum", "合计", "总计", "小计", "汇总", "全部", "Grand Totals (60 records)", "合计：5人", "Total (All Regions)", "共 9 条记录", "共12条"])(
    "%s is a total",
    (label) => expect(isTotalLabel(label)).toBe(true),
  );
  it.each(["Total Wang", "Totalia", "Summer", "合计部", "Ann", "共", "共青"])("%s is not", (label) => expect(isTotalLabel(label)).toBe(false));
});

describe("detectWideScores", () => {
  it("finds the header under a merged title and pairs the columns by KPI", () => {
    const layout = detectWideScores(FIXTURES.ZH_WIDE.rows);
    expect(layout).toMatchObject({
      headerRow: 2,
      headerRows: 1,
      name: 0,
      team: 1,
      pairs: [
        { kpi: "销售额", target: 2, actual: 3, direction: null },
        { kpi: "新客户数", target: 4, actual: 5, direction: null },
      ],
      unpaired: [],
    });
  });

  it("joins a KPI name merged above Target/Actual with the row below", () => {
    const layout = detectWideScores(FIXTURES.ZH_TWO_ROW.rows);
    expect(layout).toMatchObject({
      headerRow: 2,
      headerRows: 2,
      name: 0,
      team: 1,
      pairs: [
        { kpi: "销售额", target: 2, actual: 3, direction: null },
        { kpi: "投诉数", target: 4, actual: 5, direction: "lower" },
      ],
    });
  });

  it("pairs columns that are apart and says which half has no partner", () => {
    const layout = detectWideScores([["Name", "Sales Target", "Calls Target", "Sales Actual", "Visits Actual"]]);
    expect(layout).toMatchObject({ pairs: [{ kpi: "Sales", target: 1, actual: 3 }], unpaired: ["Calls Target", "Visits Actual"] });
  });

  it("needs a person column", () => {
    expect(detectWideScores([["Region", "Sales Target", "Sales Actual"]])).toBeNull();
  });

  it("makes a wide sheet a complete candidate for the KPI results", () => {
    expect(headerCandidate(FIXTURES.ZH_WIDE.rows, "scores")).toMatchObject({ row: 2, complete: true });
  });
});

describe("readDataset on wide KPI sheets", () => {
  it("turns the 绩效考核表 into one record per person × KPI, leaving out the 合计 row and naming the unread columns", () => {
    const data = scores(FIXTURES.ZH_WIDE.rows, { sheet: "绩效考核表" });
    expect(data.records.map((r) => [r.row, r.name, r.team, r.kpi, r.target, r.actual])).toEqual([
      [4, "张伟", "华东", "销售额", 1000000, 1100000],
      [4, "张伟", "华东", "新客户数", 20, 15],
      [5, "李娜", "华北", "销售额", 800000, 800000],
      [5, "李娜", "华北", "新客户数", 10, 12],
      [6, "王芳", "华南", "销售额", 1200000, 600000],
      [6, "王芳", "华南", "新客户数", 18, 9],
      [7, "刘洋", "华东", "销售额", 900000, 990000],
      [7, "刘洋", "华东", "新客户数", 15, null],
    ]);
    expect(data.warnings).toEqual([
      'Sheet "绩效考核表": read as one row per person with a target and an actual column per KPI: 销售额 (C/D), 新客户数 (E/F)',
      'Sheet "绩效考核表": not read as KPIs (no target/actual pair): "回款率", "客户满意度"',
      'Sheet "绩效考核表", row 8: left out the total row ("合计")',
    ]);
  });

  it("says in Chinese how it read the sheet", () => {
    const result = readDataset("scores", FIXTURES.ZH_WIDE.rows, { sheet: "绩效考核表" }, { language: "zh-CN" });
    if (result instanceof ReadError) throw result;
    expect(result.warnings[0]).toBe("工作表“绩效考核表”：按“每人一行、每项指标一对目标/实际列”读取：销售额 (C/D)、新客户数 (E/F)");
  });

  it("names the cell of a bad target, with the pair's header", () => {
    const grid: Grid = [["姓名", "销售额目标", "销售额实际"], ["张伟", "abc", 10], ["李娜", null, 5]];
    expect(fails(grid).split("\n")).toEqual([
      'Sheet "KPI", row 2, column B (销售额目标): "abc" is not a number',
      'Sheet "KPI", row 3, column B (销售额目标): blank, but every row needs one',
    ]);
  });

  it("says so when a person's row has no target or actual for any KPI", () => {
    const data = scores([["Name", "Sales Target", "Sales Actual"], ["Ann", 10, 12], ["Bob", null, null]]);
    expect(data.records.map((r) => r.name)).toEqual(["Ann"]);
    expect(data.warnings[1]).toBe('Sheet "KPI", row 3: left out "Bob": no target or actual for any KPI');
  });

  it("stops on one person listed twice in one team, naming both rows", () => {
    const grid: Grid = [["姓名", "部门", "销售额目标", "销售额实际"], ["张伟", "华东", 10, 10], ["张伟", "华东", 10, 12]];
    expect(fails(grid)).toBe('Sheet "KPI", row 3, column A (姓名): "张伟" is listed twice (also row 2)');
  });

  it("refuses a sheet with a person but no target/actual pair, saying what a wide sheet needs and what half it found", () => {
    const message = fails([["姓名", "部门", "销售额目标", "回款率"], ["张伟", "华东", 10, 0.9]]);
    expect(message).toContain("missing columns KPI");
    expect(message).toContain('these have only one half: "销售额目标"');
    const zh = fails([["姓名", "部门", "销售额目标", "回款率"], ["张伟", "华东", 10, 0.9]], "zh-CN");
    expect(zh).toContain("以下列只有其中一半：“销售额目标”");
  });

  it("still reads the long layout first", () => {
    const data = scores([["Name", "KPI", "Target", "Actual", "Sales Target", "Sales Actual"], ["Ann", "Calls", 10, 8, 1, 2]]);
    expect(data.records.map((r) => [r.kpi, r.target, r.actual])).toEqual([["Calls", 10, 8]]);
  });
});

describe("the fixtures through readDataset and the scorecard", () => {
  const L = pick("en", LABELS);
  it.each([
    ["ZH_WIDE", FIXTURES.ZH_WIDE, EXPECTED.ZH_WIDE],
    ["EN_TABLE", FIXTURES.EN_TABLE, EXPECTED.EN_TABLE],
    ["ZH_TWO_ROW", FIXTURES.ZH_TWO_ROW, EXPECTED.ZH_TWO_ROW],
    ["ZH_WIDE_WEIGHTS", FIXTURES.ZH_WIDE_WEIGHTS, EXPECTED.ZH_WIDE_WEIGHTS],
  ])("%s scores as worked by hand", (_key, fixture, expected) => {
    const { grid, where } = fixtureGrid(fixture);
    const model = scorecardModel(defaultPlan().scorecard, scores(grid, where), L);
    expect(model.people.map((p) => p.name)).toEqual(expected.map((e) => e.name));
    model.people.forEach((p, i) => {
      expect(p.weighted).toBeCloseTo(expected[i].weighted, 9);
      expect(p.rating).toBe(expected[i].rating);
    });
  });

  it("leaves out the totals of the English table but keeps Total Wang", () => {
    const { grid, where } = fixtureGrid(FIXTURES.EN_TABLE);
    const data = scores(grid, where);
    expect(data.warnings).toContain('Sheet "Q1 KPIs", row 8: left out the total row ("Grand Totals (4 records)")');
    expect(data.records.filter((r) => r.name === "Total Wang")).toHaveLength(3);
    expect(data.records.find((r) => r.kpi === "Churn %")?.kpiDirection).toBe("lower");
  });

  it("carries the weights and directions rows of a wide sheet on every record", () => {
    const data = scores(FIXTURES.ZH_WIDE_WEIGHTS.rows, { sheet: "门店考核" });
    expect(data.records.filter((r) => r.name === "周敏").map((r) => [r.kpi, r.kpiWeight, r.kpiDirection])).toEqual([
      ["销售额", 0.6, "higher"],
      ["客单价", 0.2, "higher"],
      ["退货率", 0.2, "lower"],
    ]);
  });

  it("uses the directions row over a header's hint, saying where they differ", () => {
    const grid: Grid = [["姓名", "投诉数目标（越低越好）", "投诉数实际"], ["指标方向", "越高越好", null], ["张伟", 4, 2]];
    const data = scores(grid);
    expect(data.records[0].kpiDirection).toBe("higher");
    expect(data.warnings).toContain('Sheet "KPI", row 2, column B (投诉数目标（越低越好）): the direction of "投诉数" here is not the one its header "投诉数目标（越低越好）" gives; this row\'s is used');
  });

  it("stops on a weights row with two values under one KPI, or one that does not read", () => {
    const grid: Grid = [["Name", "Sales Target", "Sales Actual", "Calls Target", "Calls Actual"], ["Weight", 60, 50, "a lot", null], ["Ann", 1, 1, 1, 1]];
    expect(fails(grid).split("\n")).toEqual([
      'Sheet "KPI", row 2, column C (Sales Actual): 50 differs from 60 beside it, under the same KPI: give the KPI one value',
      'Sheet "KPI", row 2, column D (Calls Target): "a lot" is not a weight (a number such as 40 or 40%)',
    ]);
  });

  it("leaves out a total row without a label, told by its sums, in either layout", () => {
    const wide = scores([["姓名", "销售额目标", "销售额实际"], ["张伟", 100, 90], ["李娜", 50, 70], [null, 150, 160]]);
    expect(wide.records.map((r) => r.name)).toEqual(["张伟", "李娜"]);
    expect(wide.warnings).toContain('Sheet "KPI", row 4: left out: a row without a name whose every number is the total of the rows above');
    const long = scores([["Name", "KPI", "Target", "Actual"], ["Ann", "Sales", 100, 90], ["Bob", "Sales", 50, 70], [null, null, 150, 160]]);
    expect(long.records.map((r) => r.name)).toEqual(["Ann", "Bob"]);
    expect(long.warnings).toEqual(['Sheet "KPI", row 4: left out: a row without a name whose every number is the total of the rows above']);
  });

  it("still stops on a row without a name whose numbers are not the sums above", () => {
    expect(fails([["姓名", "销售额目标", "销售额实际"], ["张伟", 100, 90], ["李娜", 50, 70], [null, 150, 150]])).toBe('Sheet "KPI", row 4, column A (姓名): blank, but every row needs one');
  });

  it("leaves out the 小计 row labelled in the 部门 column", () => {
    const data = scores(FIXTURES.ZH_TWO_ROW.rows, { sheet: "考核" });
    expect(data.warnings).toContain('Sheet "考核", row 7: left out the total row ("小计")');
  });
});
