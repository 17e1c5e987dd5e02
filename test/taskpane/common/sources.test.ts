import { defaultPlan } from "../../../src/reviews/plan";
import type { Plan } from "../../../src/reviews/plan";
import {
  headerRowOf,
  proposeSources,
  readChosen,
  scoresLayoutOf,
  type SourceOption,
  sourceOptions,
} from "../../../src/taskpane/common/sources";
import type { Grid } from "../../../src/datasets/grid";
import { ReadError, readDataset } from "../../../src/datasets/readDataset";

const option = (kind: SourceOption["kind"], name: string, sheet = name): SourceOption => ({
  key: kind === "selection" ? "selection" : `${kind}:${name}`,
  ref: kind === "table" ? { table: name } : kind === "sheet" ? { sheet: name } : { selection: true },
  kind,
  name,
  sheet,
  rows: 3,
  address: "A1:C3",
});

const DEALS: Grid = [["Owner", "Stage", "Amount"], ["Ann", "Lead", 100]];
const PEOPLE: Grid = [["Name", "Team"], ["Ann", "North"]];
const NOTES: Grid = [["Remember the Q2 numbers"]];

describe("sourceOptions", () => {
  it("offers tables, then the selection, then sheets the add-in did not make", () => {
    const options = sourceOptions({
      tables: [{ name: "tblDeals", sheet: "Pipeline", address: "A1:C9", rows: 8 }],
      sheets: [
        { name: "Pipeline", address: "A1:C9", rows: 9, madeByAddin: false },
        { name: "Funnel review", address: "A1:Z40", rows: 40, madeByAddin: true },
        { name: "Empty", address: null, rows: 0, madeByAddin: false },
      ],
      selection: { sheet: "Pipeline", address: "A1:C4" },
    });
    expect(options.map((o) => o.key)).toEqual(["table:tblDeals", "selection", "sheet:Pipeline"]);
  });

  it("does not offer a selection of one cell, where the cursor happens to be", () => {
    const options = sourceOptions({ tables: [], sheets: [{ name: "Pipeline", address: "A1:C9", rows: 9, madeByAddin: false }], selection: { sheet: "Pipeline", address: "B2" } });
    expect(options.map((o) => o.key)).toEqual(["sheet:Pipeline"]);
  });
});

describe("proposeSources", () => {
  const plan = defaultPlan();

  it("proposes the source whose headers fit the dataset", () => {
    const options = [option("sheet", "Notes"), option("sheet", "Q1")];
    const grids = new Map([["sheet:Notes", NOTES], ["sheet:Q1", DEALS]]);
    expect(proposeSources({ required: ["deals"], optional: [] }, options, grids, plan)).toEqual({ deals: "sheet:Q1" });
  });

  it("gives each sheet to one dataset only", () => {
    const options = [option("sheet", "Deals"), option("sheet", "Team")];
    const grids = new Map([["sheet:Deals", [["Owner", "Stage", "Amount", "Name"]]], ["sheet:Team", PEOPLE]]);
    expect(proposeSources({ required: ["deals"], optional: ["people"] }, options, grids, plan)).toEqual({ deals: "sheet:Deals", people: "sheet:Team" });
  });

  it("does not propose a sheet of KPI results as the people table", () => {
    const options = [option("sheet", "KPI results"), option("sheet", "Pipeline")];
    const grids = new Map([["sheet:KPI results", [["Name", "Team", "KPI", "Target", "Actual"]]], ["sheet:Pipeline", DEALS]]);
    expect(proposeSources({ required: ["deals"], optional: ["people"] }, options, grids, plan).people).toBeNull();
  });

  it("proposes monthly targets in long layout, not a sheet with a column per month, which it cannot map", () => {
    const long: Grid = [["Sales Rep", "Month", "Quota"], ["Ann", "Jan 2026", 1000]];
    const wide: Grid = [["2026 targets"], ["Name", "Jan 2026", "Feb 2026", "Mar 2026"], ["Ann", 1000, 1100, 1200]];
    const sales: Grid = [["Date", "Rep", "Amount"], [46023, "Ann", 500]];
    const wanted = { required: ["transactions" as const], optional: ["monthlyTargets" as const] };
    const propose = (plan2: Grid) =>
      proposeSources(wanted, [option("sheet", "Sales"), option("sheet", "Plan")], new Map([["sheet:Sales", sales], ["sheet:Plan", plan2]]), plan).monthlyTargets;
    expect([propose(long), propose(wide)]).toEqual(["sheet:Plan", null]);
  });

  it("proposes nothing for an optional dataset no source fits", () => {
    const options = [option("sheet", "Q1")];
    const grids = new Map([["sheet:Q1", DEALS]]);
    expect(proposeSources({ required: ["deals"], optional: ["people"] }, options, grids, plan).people).toBeNull();
  });

  it("proposes the best partial fit for a required dataset, its missing columns to be chosen", () => {
    const options = [option("sheet", "Q1")];
    const grids = new Map([["sheet:Q1", [["Owner", "Stage", "Value of deal"]]]]);
    expect(proposeSources({ required: ["deals"], optional: [] }, options, grids, plan).deals).toBe("sheet:Q1");
  });

  it("proposes the source the saved plan names, when the workbook still has it", () => {
    const saved: Plan = { ...plan, sources: { deals: { sheet: "Old deals" } } };
    const options = [option("sheet", "Q1"), option("sheet", "Old deals")];
    const grids = new Map([["sheet:Q1", DEALS], ["sheet:Old deals", NOTES]]);
    expect(proposeSources({ required: ["deals"], optional: [] }, options, grids, saved).deals).toBe("sheet:Old deals");
  });

  it("prefers a table to the sheet it sits on when both fit", () => {
    const options = [option("sheet", "Pipeline"), option("table", "tblDeals", "Pipeline")];
    const grids = new Map([["sheet:Pipeline", DEALS], ["table:tblDeals", DEALS]]);
    expect(proposeSources({ required: ["deals"], optional: [] }, options, grids, plan).deals).toBe("table:tblDeals");
  });
});

describe("headerRowOf", () => {
  it("finds the header row of a sheet below its title", () => {
    expect(headerRowOf({ kind: "sheet" }, [["Q1 pipeline"], [], ...DEALS], "deals")).toBe(2);
  });

  it("takes a table's first row", () => {
    expect(headerRowOf({ kind: "table" }, [["Notes"], ...DEALS], "deals")).toBe(0);
  });
});

describe("readChosen", () => {
  const read = { grid: [["Pipeline"], ["Owner", "Stage", "Amount", "Team"], ["Ann", "Lead", 100, "=North"]] as Grid, sheet: "Q1", firstRow: 1, firstCol: 1 };

  it("reads the columns as chosen, from the header row down", () => {
    const result = readChosen("deals", { option: option("sheet", "Q1"), read, headerRow: 1, choice: { owner: 3, stage: 1, amount: 2 } }, defaultPlan());
    expect(result instanceof ReadError ? result.messages : result.records.map((r) => [r.owner, r.amount, r.row])).toEqual([["=North", 100, 3]]);
  });

  it("names the sheet row of a bad cell", () => {
    const bad = { ...read, grid: [...read.grid.slice(0, 2), ["Ann", "Lead", "lots", null]] as Grid };
    const result = readChosen("deals", { option: option("sheet", "Q1"), read: bad, headerRow: 1, choice: { owner: 0, stage: 1, amount: 2 } }, defaultPlan());
    expect(result instanceof ReadError ? result.messages : []).toEqual(['Sheet "Q1", row 3, column C (Amount): "lots" is not a number']);
  });
});

describe("scoresLayoutOf and readChosen on a wide KPI sheet", () => {
  const WIDE: Grid = [
    ["2026年第一季度绩效考核表", null, null, null],
    ["姓名", "部门", "销售额目标", "销售额实际"],
    ["张伟", "华东", 100, 120],
    ["合计", null, 100, 120],
  ];
  const read = { grid: WIDE, sheet: "绩效考核表", firstRow: 1, firstCol: 1 };

  it("finds the pairs as the reader does", () => {
    const found = scoresLayoutOf({ kind: "sheet" }, WIDE);
    expect(found?.layout.pairs).toEqual([{ kpi: "销售额", target: 2, actual: 3, direction: null }]);
  });

  it("finds no wide layout on a long sheet", () => {
    expect(scoresLayoutOf({ kind: "sheet" }, [["Name", "KPI", "Target", "Actual"], ["Ann", "Revenue", 1, 1]])).toBeNull();
  });

  it("reads the records and warnings the command line's reader gives", () => {
    const layout = scoresLayoutOf({ kind: "sheet" }, WIDE)!.layout;
    const chosen = readChosen("scores", { option: option("sheet", "绩效考核表"), read, headerRow: layout.headerRow, choice: { name: 0, team: 1 }, wide: layout, pairs: {} }, defaultPlan());
    const direct = readDataset("scores", WIDE, { sheet: "绩效考核表" });
    expect(chosen).toEqual(direct);
  });
});
