import { dateSerial } from "../../src/core/text/parseDate";
import { findSources, type SourcePlace } from "../../src/datasets/findSources";
import { ReadError, readDataset } from "../../src/datasets/readDataset";
import type { MonthlyTargetRecord, SourceData } from "../../src/datasets/records";
import type { CellValue } from "../../src/excel/cell";

const first = (y: number, m: number): number => dateSerial(y, m, 1) as number;
const MONTHS_ZH = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

function read(grid: CellValue[][], sheet: string, extra: { holds?: "monthlyTargets" } = {}, language: "en" | "zh-CN" = "en"): SourceData<MonthlyTargetRecord> {
  const result = readDataset("monthlyTargets", grid, { sheet, ...extra }, { language });
  if (result instanceof ReadError) throw new Error(result.messages.join("\n"));
  return result;
}
const brief = (r: MonthlyTargetRecord): [string, number, number, string | null] => [r.name, r.month, r.target, r.team];

describe("monthly targets in long layout", () => {
  it("reads a month written as 2026-01, Jan 2026, 2026年3月 or a date as that month", () => {
    const data = read(
      [
        ["Sales Rep", "Region", "Month", "Quota"],
        ["Olivia", "West", "2026-01", 50500],
        ["Olivia", "West", "Feb 2026", "42,000"],
        ["Olivia", "West", "2026年3月", 67000],
        ["Noah", "East", first(2026, 4) + 14, 12000],
      ],
      "Quotas",
    );
    expect(data.records.map(brief)).toEqual([
      ["Olivia", first(2026, 1), 50500, "West"],
      ["Olivia", first(2026, 2), 42000, "West"],
      ["Olivia", first(2026, 3), 67000, "West"],
      ["Noah", first(2026, 4), 12000, "East"],
    ]);
  });
});

describe("monthly targets across columns", () => {
  // A 月度目标分解表: a title, 2026年 over the months, a 全年合计 column and a 合计 row.
  const table: CellValue[][] = [
    ["2026年度销售目标月度分解表（单位：元）"],
    [null, null, null, "2026年"],
    ["序号", "部门", "姓名", ...MONTHS_ZH, "全年合计"],
    [1, "销售一部", "张伟", 90000, 75000, 120000, null, null, null, null, null, null, null, null, null, 285000],
    [2, "销售二部", "李娜", 72000, "#N/A", 96000, null, null, null, null, null, null, null, null, null, 168000],
    [null, null, "合计", 162000, 75000, 216000, null, null, null, null, null, null, null, null, null, 453000],
  ];

  it("reads a row per person and a month per column, leaving out the total row and column", () => {
    const data = read(table, "2026目标", {}, "zh-CN");
    expect(data.records.map(brief)).toEqual([
      ["张伟", first(2026, 1), 90000, "销售一部"],
      ["张伟", first(2026, 2), 75000, "销售一部"],
      ["张伟", first(2026, 3), 120000, "销售一部"],
      ["李娜", first(2026, 1), 72000, "销售二部"],
      ["李娜", first(2026, 3), 96000, "销售二部"],
    ]);
    expect(data.warnings).toEqual([
      "工作表“2026目标”：按“每月一列”的月度目标读取，2026-01 至 2026-12（共 12 个月），每行一个“姓名”；空白的月份没有目标",
      "工作表“2026目标”第6行：已略过合计行（“合计”）",
      "工作表“2026目标”：已略过 1 个显示 “#N/A” 的月份单元格（E5）：这些月份没有目标；填入数字后即可使用",
    ]);
  });

  it("takes the year of months headed 1月 … 12月 alone from the title", () => {
    const data = read(
      [
        ["华东大区2026年度销售目标分解表"],
        ["姓名", "1月", "2月", "3月", "合计"],
        ["王芳", 30000, 25000, 40000, 95000],
        ["合计", 30000, 25000, 40000, 95000],
      ],
      "目标",
      {},
      "zh-CN",
    );
    expect(data.records.map(brief)).toEqual([
      ["王芳", first(2026, 1), 30000, null],
      ["王芳", first(2026, 2), 25000, null],
      ["王芳", first(2026, 3), 40000, null],
    ]);
  });

  it("takes months across columns for targets only when something calls them targets or a plan", () => {
    const sales = [
      ["Rep", "2025-01", "2025-02", "2025-03"],
      ["Ann", 10, 12, 9],
    ];
    const place = (name: string, grid: CellValue[][]): SourcePlace => ({ key: `sheet:${name}`, kind: "sheet", name, sheet: name, grid });
    const wanted = { required: [], optional: ["monthlyTargets" as const, "history" as const] };
    expect(findSources([place("Sales by month", sales)], { wanted })).toMatchObject({ monthlyTargets: null, history: { key: "sheet:Sales by month" } });
    expect(findSources([place("Targets 2025", sales)], { wanted })).toMatchObject({ monthlyTargets: { key: "sheet:Targets 2025", complete: true }, history: null });
  });
});

describe("a people sheet with a target per month", () => {
  const sheet: SourcePlace = {
    key: "sheet:Team",
    kind: "sheet",
    name: "Team",
    sheet: "Team",
    grid: [["2026 sales targets"], ["Name", "Team", "Target", "Jan 2026", "Feb 2026", "Mar 2026"], ["Ann", "North", 36000, 10000, 12000, 14000]],
  };

  it("stays the people of a review that does not read monthly targets", () => {
    expect(findSources([sheet], { wanted: { required: ["people"], optional: ["history"] } })).toEqual({ people: { key: "sheet:Team", complete: true }, history: null });
  });

  it("is the monthly targets of a review that reads them", () => {
    expect(findSources([sheet], { wanted: { required: [], optional: ["people", "monthlyTargets"] } })).toEqual({ people: null, monthlyTargets: { key: "sheet:Team", complete: true } });
  });
});

describe("the Target plan sheet the add-in made", () => {
  // Its layout, cut down: title lines, the group row, the header (Name … Jan … Dec, then working
  // columns that repeat the months), the people, the total row, and below them the row of month starts.
  const months = ["Jan", "Feb", "Mar"];
  const plan: CellValue[][] = [
    ["Target plan 2026"],
    ["Period …"],
    [null],
    [null, null, null, null, null, null, "Monthly targets"],
    ["Name", "Team", "Start", "End", "Weight", "Annual target", ...months, "Row total", "Check", ...months],
    ["Ann", "North", null, null, 1, 3000, 1000, 900, 1100, 3000, "OK", 0.3, 0.3, 0.4],
    ["Bob", null, null, null, 1, 1500, 500, 500, 500, 1500, "OK", 0.3, 0.3, 0.4],
    ["Total", null, null, null, null, 4500, 1500, 1400, 1600, 4500, "Adds up"],
    [null],
    ["Seasonality", null, null, null, null, null, ...months],
    ["Month starts", null, null, null, null, null, first(2025, 12), first(2026, 1), first(2026, 2)],
  ];

  it("reads each person's months, each month's year from the row of month starts", () => {
    const data = read(plan, "Target plan", { holds: "monthlyTargets" });
    expect(data.records.map(brief)).toEqual([
      ["Ann", first(2025, 12), 1000, "North"],
      ["Ann", first(2026, 1), 900, "North"],
      ["Ann", first(2026, 2), 1100, "North"],
      ["Bob", first(2025, 12), 500, null],
      ["Bob", first(2026, 1), 500, null],
      ["Bob", first(2026, 2), 500, null],
    ]);
    expect(data.warnings).toEqual(['Sheet "Target plan": read as the Target plan KPI Toolkit made, 2 people × the months 2025-12 to 2026-02']);
  });

  it("says so, and what would do instead, when the sheet's months cannot be found", () => {
    const result = readDataset("monthlyTargets", plan.slice(0, 9), { sheet: "Target plan", holds: "monthlyTargets" });
    expect(result instanceof ReadError && result.messages).toEqual([
      'Sheet "Target plan" is a Target plan KPI Toolkit made, but its month columns (under a header row starting with Name or 姓名) and its row of month starts could not be found: build the Target plan again, or give the monthly targets as a table of Person, Month, Target',
    ]);
  });

  it("is claimed for the monthly targets by its mark, though its Name column would fit the people", () => {
    const marked: SourcePlace = { key: "sheet:Target plan", kind: "sheet", name: "Target plan", sheet: "Target plan", grid: plan, holds: "monthlyTargets" };
    const found = findSources([marked], { wanted: { required: ["transactions"], optional: ["people", "monthlyTargets"] } });
    expect(found).toMatchObject({ monthlyTargets: { key: "sheet:Target plan", complete: true }, people: null });
  });
});
