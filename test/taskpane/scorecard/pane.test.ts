import { defaultPlan } from "../../../src/reviews/plan";
import type { Grid } from "../../../src/datasets/grid";
import { detectColumns } from "../../../src/taskpane/common/columnChoice";
import * as engine from "../../../src/taskpane/common/engine";
import type { ChosenSource } from "../../../src/taskpane/common/sources";
import { kpisFor, scorecardPane } from "../../../src/taskpane/scorecard/pane";

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
    expect(kpisFor(["Revenue", "Calls", "Revenue", " NPS "], engine).map((k) => k.name)).toEqual(["Revenue", "Calls", "NPS"]);
  });

  it("weights them equally to exactly 100", () => {
    expect(kpisFor(["A", "B", "C"], engine).map((k) => k.weight)).toEqual([33.34, 33.33, 33.33]);
  });

  it("lists nothing for no names", () => {
    expect(kpisFor(["", "  "], engine)).toEqual([]);
  });
});

describe("the scorecard pane's proposal from the data", () => {
  it("lists the KPIs of the results when the plan lists none", () => {
    const plan = scorecardPane.fromData!(defaultPlan(), { scores: scoresSource(GRID, 1) }, engine);
    expect(plan.scorecard.kpis.map((k) => [k.name, k.weight])).toEqual([
      ["Revenue", 33.34],
      ["Calls", 33.33],
      ["NPS", 33.33],
    ]);
  });

  it("keeps the KPIs a plan lists", () => {
    const listed = { ...defaultPlan(), scorecard: { ...defaultPlan().scorecard, kpis: kpisFor(["Margin"], engine) } };
    expect(scorecardPane.fromData!(listed, { scores: scoresSource(GRID, 1) }, engine)).toBe(listed);
  });

  it("proposes nothing without KPI results chosen", () => {
    const plan = defaultPlan();
    expect(scorecardPane.fromData!(plan, {}, engine)).toBe(plan);
  });
});
