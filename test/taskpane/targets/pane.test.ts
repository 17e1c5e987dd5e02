import { defaultPlan, type Plan } from "../../../src/reviews/plan";
import type { Grid } from "../../../src/datasets/grid";
import type { ChosenSource } from "../../../src/taskpane/common/sources";
import { targetsPane } from "../../../src/taskpane/targets/pane";

const GRID: Grid = [
  ["Name", "Team", "Quota share"],
  ["Ann", "North", 2],
  ["Bob", "South", 1],
];

/** The people table with its Weight column chosen (or none). */
function people(weight: number | null): ChosenSource {
  return {
    option: { key: "sheet:People", ref: { sheet: "People" }, kind: "sheet", name: "People", sheet: "People", rows: 3, address: "A1:C3" },
    read: { grid: GRID, sheet: "People", firstRow: 0, firstCol: 0 },
    headerRow: 0,
    choice: { name: 0, team: 1, weight },
  };
}

const byColumn = (): Plan => ({ ...defaultPlan(), targets: { ...defaultPlan().targets, weighting: "column" } });

describe("the target plan pane's completion from the sources", () => {
  it("takes the weight column from the column chosen as Weight for the people table", () => {
    expect(targetsPane.withSources!(byColumn(), { people: people(2) }).targets.weightColumn).toBe("Quota share");
  });

  it("leaves the weight column unnamed when no Weight column is chosen", () => {
    expect(targetsPane.withSources!(byColumn(), { people: people(null) }).targets.weightColumn).toBeUndefined();
  });

  it("leaves a plan that does not split by a column as it is", () => {
    const plan = defaultPlan();
    expect(targetsPane.withSources!(plan, { people: people(2) })).toBe(plan);
  });
});
