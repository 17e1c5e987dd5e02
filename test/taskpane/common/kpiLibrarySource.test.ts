import type { Grid } from "../../../src/datasets/grid";
import { ReadError } from "../../../src/datasets/readDataset";
import type { ScoreRecord, SourceData } from "../../../src/datasets/records";
import { READ_MESSAGES } from "../../../src/datasets/readMessages";
import { defaultPlan, type Plan } from "../../../src/reviews/plan";
import { kpiLibraryIn, scoresWithLibrary } from "../../../src/taskpane/common/kpiLibrarySource";
import { type ChosenSource, type GridRead, proposeSources, readChosen, readFromPlan, scoresLayoutOf, type SourceOption } from "../../../src/taskpane/common/sources";
import { detectColumns } from "../../../src/taskpane/common/columnChoice";
import { FIXTURES } from "../../fixtures/kpi-sheets/generate";
import { FakeHost } from "../fakeHost";

/**
 * The KPI library (指标库) in the pane: found among the sheets read as the command line finds it, the
 * actuals sheet proposed and read with its targets, and a library left unused said.
 */

const sheet = (name: string): SourceOption => ({ key: `sheet:${name}`, ref: { sheet: name }, kind: "sheet", name, sheet: name, rows: 5, address: "A1:G7" });
const read = (name: string, grid: Grid, firstRow = 1): GridRead => ({ grid, sheet: name, firstRow, firstCol: 1 });

const ACTUALS = FIXTURES.ZH_LIBRARY.rows;
const LIBRARY = FIXTURES.ZH_LIBRARY.others![0].rows;
/** A long results sheet that holds its own targets. */
const LONG: Grid = [
  ["姓名", "指标", "目标", "实际"],
  ["张伟", "销售额", 50, 60],
  ["张伟", "回款率", 0.95, 0.95],
];

const OPTIONS = [sheet("11月绩效"), sheet("指标库")];
const GRIDS = new Map<string, Grid>([
  ["sheet:11月绩效", ACTUALS],
  ["sheet:指标库", LIBRARY],
]);

describe("kpiLibraryIn", () => {
  it("finds the library sheet with each KPI's target, weight and direction, its rows as the sheet's", () => {
    // The library read from sheet row 3 (two blank rows above the used range): 销售额 is on row 4.
    const library = kpiLibraryIn(OPTIONS, new Map([["sheet:指标库", read("指标库", LIBRARY, 3)], ["sheet:11月绩效", read("11月绩效", ACTUALS)]]));
    expect([library?.sheet, library?.entries.map((e) => [e.kpi, e.target, e.weight, e.direction, e.row])]).toEqual([
      "指标库",
      [
        ["销售额", 50, 0.4, "higher", 4],
        ["回款率", 0.95, 0.3, "higher", 5],
        ["新客户数", 8, 0.1, "higher", 6],
        ["客户投诉次数", 2, 0.2, "lower", 7],
      ],
    ]);
  });

  it("finds none in a workbook without one, nor in a table (as the command line looks only at sheets)", () => {
    const table: SourceOption = { ...sheet("tblKpi"), key: "table:tblKpi", ref: { table: "tblKpi" }, kind: "table" };
    expect([
      kpiLibraryIn([sheet("考核")], new Map([["sheet:考核", read("考核", LONG)]])),
      kpiLibraryIn([table], new Map([["table:tblKpi", read("指标库", LIBRARY)]])),
    ]).toEqual([null, null]);
  });
});

describe("scoresWithLibrary", () => {
  const plan = defaultPlan();

  it.each([
    { case: "the library sheet proposed", proposed: "sheet:指标库", expected: "sheet:11月绩效" },
    { case: "nothing proposed", proposed: null, expected: "sheet:11月绩效" },
  ])("proposes the actuals sheet of the library for $case", ({ proposed, expected }) => {
    expect(scoresWithLibrary(proposed, OPTIONS, GRIDS, plan)).toBe(expected);
  });

  it("keeps a proposed sheet that reads by itself", () => {
    const options = [sheet("考核"), ...OPTIONS];
    const grids = new Map([...GRIDS, ["sheet:考核", LONG]]);
    expect(scoresWithLibrary("sheet:考核", options, grids, plan)).toBe("sheet:考核");
  });

  it("keeps the proposal in a workbook without a library", () => {
    expect(scoresWithLibrary("sheet:11月绩效", [sheet("11月绩效")], new Map([["sheet:11月绩效", ACTUALS]]), plan)).toBe("sheet:11月绩效");
  });

  it("is what proposeSources proposes for the KPI results", () => {
    expect(proposeSources({ required: ["scores"], optional: [] }, OPTIONS, GRIDS, plan)).toEqual({ scores: "sheet:11月绩效" });
  });
});

/** The actuals sheet as the column step leaves it chosen, with the workbook's library. */
function chosenActuals(): ChosenSource {
  const library = kpiLibraryIn(OPTIONS, new Map([["sheet:指标库", read("指标库", LIBRARY)]]));
  const found = scoresLayoutOf(sheet("11月绩效"), ACTUALS, {}, {}, true, library);
  if (!found) throw new Error("no layout");
  const { layout } = found;
  return { option: sheet("11月绩效"), read: read("11月绩效", ACTUALS), headerRow: layout.headerRow, choice: { name: layout.name, team: layout.team }, wide: layout, pairs: {}, library };
}

describe("scoresLayoutOf and readChosen with the KPI library", () => {
  it("finds one actual column per KPI of the library, without the library none", () => {
    const layout = chosenActuals().wide!;
    expect([layout.targetSource?.kind, layout.pairs.map((p) => [p.kpi, p.actual]), scoresLayoutOf(sheet("11月绩效"), ACTUALS)]).toEqual([
      "library",
      [
        ["销售额", 3],
        ["回款率", 4],
        ["新客户数", 5],
        ["客户投诉次数", 6],
      ],
      null,
    ]);
  });

  it("reads each person's actuals against the library's targets, with its weights and directions", () => {
    const scores = readChosen("scores", chosenActuals(), defaultPlan()) as SourceData<ScoreRecord>;
    expect(scores.records.filter((r) => r.name === "李娜").map((r) => [r.kpi, r.target, r.actual, r.kpiWeight, r.kpiDirection])).toEqual([
      ["销售额", 50, 45, 0.4, "higher"],
      ["回款率", 0.95, 0.855, 0.3, "higher"],
      ["新客户数", 8, 6, 0.1, "higher"],
      ["客户投诉次数", 2, 3, 0.2, "lower"],
    ]);
  });

  it.each(["en", "zh-CN"] as const)("says, in %s, that the library was not used when the results hold their own targets", (language) => {
    const chosen: ChosenSource = { option: sheet("考核"), read: read("考核", LONG), headerRow: 0, choice: detectColumns("scores", LONG[0] as string[]), library: chosenActuals().library };
    const scores = readChosen("scores", chosen, defaultPlan(), language);
    expect(scores instanceof ReadError ? scores.messages : scores.warnings).toContain(READ_MESSAGES[language].libraryUnused("指标库", "考核"));
  });
});

describe("readFromPlan with a KPI library", () => {
  const plan: Plan = { ...defaultPlan(), sources: { scores: { sheet: "11月绩效" } } };

  it("reads the actuals sheet the plan names with the workbook's library, as the command line does", async () => {
    const host = new FakeHost({ sheets: [{ name: "11月绩效", grid: ACTUALS }, { name: "指标库", grid: LIBRARY }] });
    const scores = (await readFromPlan(host, "scores", plan)) as SourceData<ScoreRecord>;
    expect(scores.records.filter((r) => r.name === "张伟").map((r) => [r.kpi, r.target, r.actual])).toEqual([
      ["销售额", 50, 60],
      ["回款率", 0.95, 0.95],
      ["新客户数", 8, 10],
      ["客户投诉次数", 2, 1],
    ]);
  });

  it("stops with the reader's problems when the workbook has no library", async () => {
    const host = new FakeHost({ sheets: [{ name: "11月绩效", grid: ACTUALS }] });
    expect(await readFromPlan(host, "scores", plan)).toBeInstanceOf(ReadError);
  });
});
