import { defaultPlan } from "../../../src/reviews/plan";
import type { Grid } from "../../../src/datasets/grid";
import { detectColumns } from "../../../src/taskpane/common/columnChoice";
import * as engine from "../../../src/taskpane/common/engine";
import type { ChosenSource } from "../../../src/taskpane/common/sources";
import { kpisFor, scorecardPane, weightsTotal } from "../../../src/taskpane/scorecard/pane";

/** KPI results under a title row, as the column step leaves them chosen. */
function scoresSource(grid: Grid, headerRow: number): ChosenSource {
  return {
    option: { key: "sheet:Results", ref: { sheet: "Results" }, kind: "sheet", name: "Results", sheet: "Results", rows: grid.length, address: "A1:E5" },
    read: { grid, sheet: "Results", firstRow: 0, firstCol: 0 },
    headerRow,
    choice: detectColumns("scores", grid[headerRow] as string[]),
  };
}

const GRID: Grid = [
  ["Q1 results", null, null, null, null],
  ["Name", "Team", "KPI", "Target", "Actual"],
  ["Ann", "North", "Revenue", 100000, 120000],
  ["Ann", "North", "Calls", 50, 45],
  ["Bob", "South", "Revenue", 100000, 80000],
  ["Bob", "South", "NPS", 40, 42],
];

describe("kpisFor", () => {
  it("lists each KPI name once, in order of first appearance", () => {
    expect(kpisFor(["Revenue", "Calls", "Revenue", " NPS "]).map((k) => k.name)).toEqual(["Revenue", "Calls", "NPS"]);
  });

  it("weights them equally: one number for every KPI, a third of 100 each for three", () => {
    expect(kpisFor(["A", "B", "C"]).map((k) => k.weight)).toEqual([100 / 3, 100 / 3, 100 / 3]);
  });

  it("lists nothing for no names", () => {
    expect(kpisFor(["", "  "])).toEqual([]);
  });
});

describe("the scorecard pane's proposal from the data", () => {
  it("lists the KPIs of the results when the plan lists none", () => {
    const plan = scorecardPane.fromData!(defaultPlan(), { scores: scoresSource(GRID, 1) }, engine);
    expect(plan.scorecard.kpis.map((k) => [k.name, k.weight])).toEqual([
      ["Revenue", 100 / 3],
      ["Calls", 100 / 3],
      ["NPS", 100 / 3],
    ]);
  });

  it("keeps the KPIs a plan lists", () => {
    const listed = { ...defaultPlan(), scorecard: { ...defaultPlan().scorecard, kpis: kpisFor(["Margin"]) } };
    expect(scorecardPane.fromData!(listed, { scores: scoresSource(GRID, 1) }, engine)).toBe(listed);
  });

  it("proposes nothing without KPI results chosen", () => {
    const plan = defaultPlan();
    expect(scorecardPane.fromData!(plan, {}, engine)).toBe(plan);
  });
});

describe("weightsTotal", () => {
  const kpi = (name: string, weight: number) => ({ name, weight });

  it.each([
    { name: "100 exactly", kpis: [kpi("A", 50), kpi("B", 50)], state: "exact" },
    { name: "equal thirds", kpis: kpisFor(["A", "B", "C"]), state: "exact" },
    { name: "33.34 + 33.33 + 33.33", kpis: [kpi("A", 33.34), kpi("B", 33.33), kpi("C", 33.33)], state: "exact" },
    { name: "99.9", kpis: [kpi("A", 49.9), kpi("B", 50)], state: "scaled" },
    { name: "0", kpis: [kpi("A", 0), kpi("B", 0)], state: "zero" },
    { name: "a weight not a number", kpis: [kpi("A", Number.NaN), kpi("B", 50)], state: "zero" },
  ])("says $name is $state", ({ kpis, state }) => {
    expect(weightsTotal(kpis).state).toBe(state);
  });

  it("gives each KPI's share of a total of 120 to one decimal, as the command line's warning does", () => {
    // 60/120 = 50%, 40/120 = 33.33…%, 20/120 = 16.66…%
    expect(weightsTotal([kpi("Revenue", 60), kpi("Calls", 40), kpi("Complaints", 20)])).toEqual({
      total: 120,
      state: "scaled",
      shares: [
        ["Revenue", "50.0"],
        ["Calls", "33.3"],
        ["Complaints", "16.7"],
      ],
    });
  });
});
