import { readKpiLibrary } from "../../../src/datasets/kpiLibrary";
import { actualsFromLibrary, detectWideScores } from "../../../src/datasets/scoresLayout";
import type { KpiDefinition } from "../../../src/reviews/scorecard/plan";
import { kpiSettings, withKpiSetting } from "../../../src/taskpane/scorecard/kpiSettings";

/** Where the column step says each KPI's weight and direction come from. */

const kpi = (name: string, weight: number, direction: KpiDefinition["direction"] = null): KpiDefinition => ({ name, weight, direction, threshold: 0, cap: null });
const wide = detectWideScores([["Rep", "Revenue Target", "Revenue Actual", "Churn Target (lower is better)", "Churn Actual", "Complaints Target", "Complaints Actual"]])!;
const noData = { weights: new Map<string, number>(), directions: new Map() };

describe("kpiSettings", () => {
  it("tells equal weights proposed without data weights as the default", () => {
    expect(kpiSettings(["Revenue"], [], [kpi("Revenue", 100)], noData, wide).map((s) => s.weightFrom)).toEqual(["default"]);
  });

  it("tells a weight equal to the weights row's (60% as 60) as the row's", () => {
    const data = { weights: new Map([["revenue", 0.6]]), directions: new Map() };
    expect(kpiSettings(["Revenue"], [kpi("Revenue", 60)], [kpi("Revenue", 60)], data, wide)[0].weightFrom).toBe("row");
  });

  it("tells an actuals sheet's weight and direction from its KPI library as the library's, a header's hint as the header's", () => {
    const library = readKpiLibrary([["指标名称", "权重", "目标值", "指标方向"], ["销售额", "60%", 50, "越高越好"], ["投诉次数", "40%", 2, "越低越好"]], "指标库")!;
    const layout = actualsFromLibrary([["姓名", "销售额", "投诉次数（越低越好）"], ["张伟", 60, 1]], library)!;
    const data = { weights: new Map([["销售额", 0.6], ["投诉次数", 0.4]]), directions: new Map([["销售额", "higher" as const], ["投诉次数", "lower" as const]]) };
    expect(kpiSettings(["销售额", "投诉次数"], [], [kpi("销售额", 60), kpi("投诉次数", 40)], data, layout).map((s) => [s.weightFrom, s.directionFrom])).toEqual([
      ["library", "library"],
      ["library", "header"],
    ]);
  });

  it("tells a weight column's weight on the long layout as the column's", () => {
    const data = { weights: new Map([["revenue", 40]]), directions: new Map() };
    expect(kpiSettings(["Revenue"], [], [kpi("Revenue", 40)], data, null)[0].weightFrom).toBe("column");
  });

  it("tells a weight the person changed as the plan's", () => {
    expect(kpiSettings(["Revenue"], [kpi("Revenue", 70)], [kpi("Revenue", 50)], noData, wide)[0].weightFrom).toBe("plan");
  });

  it("tells a direction hinted in the header as the header's", () => {
    const data = { weights: new Map(), directions: new Map([["churn", "lower" as const]]) };
    expect(kpiSettings(["Churn"], [], [kpi("Churn", 100)], data, wide)[0]).toMatchObject({ direction: "lower", directionFrom: "header" });
  });

  it("tells lower proposed from the KPI's name as the name's", () => {
    expect(kpiSettings(["Complaints"], [], [kpi("Complaints", 100, "lower")], noData, wide)[0]).toMatchObject({ direction: "lower", directionFrom: "name" });
  });

  it("tells higher with nothing saying otherwise as the default", () => {
    expect(kpiSettings(["Revenue"], [], [kpi("Revenue", 100)], noData, wide)[0]).toMatchObject({ direction: "higher", directionFrom: "default" });
  });

  it("tells a direction set against the data as the plan's", () => {
    const data = { weights: new Map(), directions: new Map([["churn", "lower" as const]]) };
    expect(kpiSettings(["Churn"], [kpi("Churn", 100, "higher")], [], data, wide)[0]).toMatchObject({ direction: "higher", directionFrom: "plan" });
  });
});

describe("withKpiSetting", () => {
  it("starts from the proposed KPIs when the plan lists none", () => {
    expect(withKpiSetting([], [kpi("A", 50), kpi("B", 50)], "B", { weight: 30 }).map((k) => [k.name, k.weight])).toEqual([
      ["A", 50],
      ["B", 30],
    ]);
  });

  it("adds a KPI the plan lacks", () => {
    expect(withKpiSetting([kpi("A", 100)], [], "B", { direction: "lower" }).map((k) => [k.name, k.direction])).toEqual([
      ["A", null],
      ["B", "lower"],
    ]);
  });
});
