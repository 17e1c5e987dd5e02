import { applyPairs, detectWideScores, type WideLayout } from "../../src/datasets/scoresLayout";
import { ReadError, readDataset } from "../../src/datasets/readDataset";
import type { Grid } from "../../src/datasets/grid";
import { FIXTURES } from "../fixtures/kpi-sheets/generate";
import { parsePlan, readOptionsFromPlan } from "../../src/reviews/plan";

/** The plan's corrections of a wide KPI sheet's pairs (sources.scores.pairs), in scoresLayout.applyPairs and the reader. */

const ADJUSTED: Grid = [
  ["姓名", "部门", "销售额目标", "销售额实际", "销售额目标（调整后）", "新客户数目标", "新客户数实际"],
  ["张伟", "华东", 1000000, 1100000, 1100000, 20, 15],
];

function layoutOf(grid: Grid): WideLayout {
  const layout = detectWideScores(grid);
  if (!layout) throw new Error("expected a wide layout");
  return layout;
}

/** Each pair as "KPI target/actual" by 0-based columns. */
const shown = (layout: WideLayout): string[] => layout.pairs.map((p) => `${p.kpi} ${p.target}/${p.actual}`);

describe("applyPairs", () => {
  it("takes the target column the plan names", () => {
    expect(shown(applyPairs(layoutOf(ADJUSTED), { 销售额: { target: "销售额目标（调整后）" } }).layout)).toEqual(["销售额 4/3", "新客户数 5/6"]);
  });

  it("finds the header written with other widths and spaces", () => {
    expect(shown(applyPairs(layoutOf(ADJUSTED), { 销售额: { target: "销售额目标(调整后)" } }).layout)[0]).toBe("销售额 4/3");
  });

  it("changes nothing without corrections", () => {
    const layout = layoutOf(ADJUSTED);
    expect(applyPairs(layout, {})).toEqual({ layout, problems: [] });
  });

  it("names a header the sheet lacks", () => {
    expect(applyPairs(layoutOf(ADJUSTED), { 销售额: { actual: "销售额完成" } }).problems).toEqual([{ kind: "noHeader", kpi: "销售额", side: "actual", header: "销售额完成" }]);
  });

  it("refuses the person's column as a KPI's", () => {
    expect(applyPairs(layoutOf(ADJUSTED), { 销售额: { actual: "姓名" } }).problems).toEqual([{ kind: "noHeader", kpi: "销售额", side: "actual", header: "姓名" }]);
  });

  it("adds a KPI named with both its columns", () => {
    const grid: Grid = [["Rep", "Revenue Target", "Revenue Actual", "Visits planned", "Visits made"], ["Ann", 100, 90, 20, 18]];
    expect(shown(applyPairs(layoutOf(grid), { Visits: { target: "Visits planned", actual: "Visits made" } }).layout)).toEqual(["Revenue 1/2", "Visits 3/4"]);
  });

  it("refuses a KPI it does not know named with one column", () => {
    expect(applyPairs(layoutOf(ADJUSTED), { 回款: { actual: "销售额目标（调整后）" } }).problems).toEqual([{ kind: "halfPair", kpi: "回款" }]);
  });

  it("leaves out a KPI whose column another takes, naming its other half", () => {
    const { layout } = applyPairs(layoutOf(ADJUSTED), { 销售额: { target: "新客户数目标" } });
    expect([shown(layout), layout.unpaired]).toEqual([["销售额 5/3"], ["新客户数实际"]]);
  });

  it("reads the direction hint of the new column", () => {
    const grid: Grid = [["Rep", "Churn Target", "Churn Actual", "Churn Target (lower is better)"], ["Ann", 0.05, 0.04, 0.05]];
    expect(applyPairs(layoutOf(grid), { Churn: { target: "Churn Target (lower is better)" } }).layout.pairs[0].direction).toBe("lower");
  });

  it("on an actuals-only sheet moves the KPI's one column, and refuses a target column", () => {
    const layout = layoutOf(FIXTURES.ZH_ACTUALS_TARGET_ROW.rows);
    const header = layout.headers[layout.pairs[0].actual] as string;
    expect(applyPairs(layout, { [layout.pairs[0].kpi]: { target: header } }).problems).toEqual([{ kind: "noTargetColumn", kpi: layout.pairs[0].kpi }]);
  });
});

describe("readDataset with pairs", () => {
  it("reads the corrected target", () => {
    const read = readDataset("scores", ADJUSTED, { sheet: "绩效考核表" }, { pairs: { 销售额: { target: "销售额目标（调整后）" } } });
    if (read instanceof ReadError) throw read;
    expect(read.records.map((r) => [r.kpi, r.target, r.actual])).toEqual([
      ["销售额", 1100000, 1100000],
      ["新客户数", 20, 15],
    ]);
  });

  it("says in Chinese which header is missing, and which headers there are", () => {
    const read = readDataset("scores", ADJUSTED, { sheet: "绩效考核表" }, { language: "zh-CN", pairs: { 销售额: { target: "销售额目标（二月）" } } });
    expect(read instanceof ReadError ? read.message : "").toContain("方案的 sources.scores.pairs 把“销售额目标（二月）”指定为“销售额”的目标列，但没有这样表头的列（现有表头：“姓名”、“部门”、“销售额目标”");
  });
});

describe("the plan's pairs", () => {
  it.each([
    ["en", "sources.deals.pairs: pairs are a KPI sheet's target and actual columns: only sources.scores takes them"],
    ["zh-CN", "sources.deals.pairs: pairs 是考核表中指标的目标列和实际列：只能写在 sources.scores 下"],
  ])("are refused on another dataset's source, in %s", (language, message) => {
    const result = parsePlan({ version: 1, language, sources: { deals: { sheet: "Deals", pairs: { Revenue: { target: "Quota" } } } } });
    expect(result.ok ? [] : result.errors).toEqual([message]);
  });

  it("are read for the scores", () => {
    const result = parsePlan({ version: 1, sources: { scores: { sheet: "绩效考核表", pairs: { 销售额: { target: "销售额目标（调整后）" } } } } });
    expect(result.ok && readOptionsFromPlan(result.plan, "scores").pairs).toEqual({ 销售额: { target: "销售额目标（调整后）" } });
  });

  it("name no other setting of a pair", () => {
    const result = parsePlan({ version: 1, sources: { scores: { pairs: { 销售额: { taget: "销售额目标" } } } } });
    expect(result.ok ? [] : result.errors).toEqual([expect.stringContaining('"taget" is not a setting here; did you mean "target"?')]);
  });
});
