import { defaultPlan } from "../../../src/reviews/plan";
import type { Plan } from "../../../src/reviews/plan";
import {
  describeWhole,
  headerRowOf,
  proposeSources,
  readChosen,
  readsWhole,
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

/** The Target plan sheet's layout, cut down (as in test/datasets/monthlyTargets.test.ts): header, people, total, month starts. */
const TARGET_PLAN: Grid = [
  ["Target plan 2026"],
  [null, null, null, null, null, null, "Monthly targets"],
  ["Name", "Team", "Start", "End", "Weight", "Annual target", "Jan", "Feb", "Mar", "Row total", "Check", "Jan", "Feb", "Mar"],
  ["Ann", "North", null, null, 1, 3000, 1000, 900, 1100, 3000, "OK", 0.3, 0.3, 0.4],
  ["Bob", null, null, null, 1, 1500, 500, 500, 500, 1500, "OK", 0.3, 0.3, 0.4],
  ["Total", null, null, null, null, 4500, 1500, 1400, 1600, 4500, "Adds up"],
  [null],
  ["Month starts", null, null, null, null, null, 46023, 46054, 46082],
];

const DEALS: Grid = [["Owner", "Stage", "Amount"], ["Ann", "Lead", 100]];
const PEOPLE: Grid = [["Name", "Team"], ["Ann", "North"]];
const NOTES: Grid = [["Remember the Q2 numbers"]];

describe("sourceOptions", () => {
  it("offers a sheet the add-in made only when its mark says it holds a dataset: the Target plan, for the monthly targets", () => {
    const options = sourceOptions({
      tables: [],
      sheets: [
        { name: "Target plan", address: "A1:T30", rows: 30, madeByAddin: true, purpose: "targets" },
        { name: "Progress", address: "A1:Z40", rows: 40, madeByAddin: true, purpose: "progress" },
        { name: "Data - People", address: "A1:D9", rows: 9, madeByAddin: true, purpose: "data" },
      ],
      selection: null,
    });
    expect(options.map((o) => [o.key, o.holds])).toEqual([["sheet:Target plan", "monthlyTargets"]]);
  });

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

  it("proposes monthly targets in long layout and with a column per month, which the reader takes whole", () => {
    const long: Grid = [["Sales Rep", "Month", "Quota"], ["Ann", "Jan 2026", 1000]];
    const wide: Grid = [["2026 targets"], ["Name", "Jan 2026", "Feb 2026", "Mar 2026"], ["Ann", 1000, 1100, 1200]];
    const sales: Grid = [["Date", "Rep", "Amount"], [46023, "Ann", 500]];
    const wanted = { required: ["transactions" as const], optional: ["monthlyTargets" as const] };
    const propose = (plan2: Grid) =>
      proposeSources(wanted, [option("sheet", "Sales"), option("sheet", "Plan")], new Map([["sheet:Sales", sales], ["sheet:Plan", plan2]]), plan).monthlyTargets;
    expect([propose(long), propose(wide)]).toEqual(["sheet:Plan", "sheet:Plan"]);
  });

  it("proposes the Target plan the add-in made for the monthly targets, by its mark, though its Name column fits the people", () => {
    const marked: SourceOption = { ...option("sheet", "Target plan"), holds: "monthlyTargets" };
    const grids = new Map([["sheet:Sales", [["Date", "Rep", "Amount"], [46023, "Ann", 500]]], ["sheet:Target plan", TARGET_PLAN]]);
    const proposal = proposeSources({ required: ["transactions"], optional: ["people", "monthlyTargets"] }, [option("sheet", "Sales"), marked], grids, plan);
    expect(proposal).toEqual({ transactions: "sheet:Sales", people: null, monthlyTargets: "sheet:Target plan" });
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

describe("monthly targets read whole", () => {
  // A 月度目标分解表 at B2 on its sheet: a title, 2026年 over the months, a 合计 row and column.
  const WIDE: Grid = [
    ["2026年度销售目标月度分解表"],
    [null, null, "2026年"],
    ["部门", "姓名", "1月", "2月", "3月", "全年合计"],
    ["销售一部", "张伟", 90000, 75000, 120000, 285000],
    ["销售二部", "李娜", 72000, "#N/A", 96000, 168000],
    [null, "合计", 162000, 75000, 216000, 453000],
  ];
  const wide = { option: option("sheet", "2026目标"), read: { grid: WIDE, sheet: "2026目标", firstRow: 2, firstCol: 2 }, headerRow: -1, choice: {}, whole: true };
  const marked = { ...option("sheet", "Target plan"), holds: "monthlyTargets" as const };
  const planRead = { option: marked, read: { grid: TARGET_PLAN, sheet: "Target plan", firstRow: 1, firstCol: 1 }, headerRow: -1, choice: {}, whole: true };

  it("takes a sheet with a column per month called targets, the Target plan by its mark, and nothing else whole", () => {
    const long: Grid = [["Sales Rep", "Month", "Quota"], ["Ann", "Jan 2026", 1000]];
    const history: Grid = [["Name", "Jan 2025", "Feb 2025"], ["Ann", 10, 20]];
    expect([
      readsWhole("monthlyTargets", wide.option, WIDE, defaultPlan()),
      readsWhole("monthlyTargets", marked, TARGET_PLAN, defaultPlan()),
      readsWhole("monthlyTargets", option("sheet", "Quotas"), long, defaultPlan()),
      // Months across columns that nothing calls targets are sales history: not targets.
      readsWhole("monthlyTargets", option("sheet", "Sales by month"), history, defaultPlan()),
      readsWhole("people", wide.option, WIDE, defaultPlan()),
    ]).toEqual([true, true, false, false, false]);
  });

  it("reads the months across columns as the command line does, naming the cell left out where it is on the sheet", () => {
    const result = readChosen("monthlyTargets", wide, defaultPlan(), "zh-CN");
    if (result instanceof ReadError) throw result;
    // Jan 2026 is serial 46023, Feb 46054, Mar 46082; 李娜's February shows #N/A and is left out.
    expect(result.records.map((r) => [r.name, r.team, r.month, r.target, r.row])).toEqual([
      ["张伟", "销售一部", 46023, 90000, 5],
      ["张伟", "销售一部", 46054, 75000, 5],
      ["张伟", "销售一部", 46082, 120000, 5],
      ["李娜", "销售二部", 46023, 72000, 6],
      ["李娜", "销售二部", 46082, 96000, 6],
    ]);
    expect(result.warnings).toContain("工作表“2026目标”：已略过 1 个显示 “#N/A” 的月份单元格（E6）：这些月份没有目标；填入数字后即可使用");
  });

  it("says what each holds for the column step: people, months and their span", () => {
    expect([describeWhole("monthlyTargets", wide, defaultPlan()), describeWhole("monthlyTargets", planRead, defaultPlan())]).toEqual([
      { held: false, people: 2, months: 3, first: "2026-01", last: "2026-03" },
      { held: true, people: 2, months: 3, first: "2026-01", last: "2026-03" },
    ]);
  });

  it("says why, in the pane's language, when the Target plan's months cannot be found", () => {
    const cut = { ...planRead, read: { ...planRead.read, grid: TARGET_PLAN.slice(0, 6) } };
    const said = describeWhole("monthlyTargets", cut, defaultPlan(), "zh-CN");
    expect("problems" in said ? said.problems : said).toEqual([expect.stringContaining("Target plan")]);
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
