import { promises as fs, readFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { ReadError } from "../../src/datasets/readDataset";
import { openWorkbook } from "../../src/workbook/xlsxRead";
import { runCli } from "./runCli";

/**
 * Progress against each person's own months, end to end through the command line: a Chinese
 * 月度目标分解表 (a person per row, 1月 … 12月 under a merged 2026年, a 全年合计 column and a 合计 row)
 * and an English quota table in long layout (Sales Rep, Region, Month, Quota), each beside its sales.
 * The figures are test/fixtures/progress-plan/expected.json, worked out by expected.py beside it.
 */

const FIXTURES = path.join(__dirname, "..", "fixtures", "progress-plan");
const EXPECTED = JSON.parse(readFileSync(path.join(FIXTURES, "expected.json"), "utf8")) as Record<"zh" | "en", Expected>;

interface Figures {
  target: number | null;
  actual: number;
  completion?: number;
  paceGap?: number;
}
type Windows = Record<"month" | "quarter" | "year", Figures>;
interface Expected {
  asOf: string;
  people: Record<string, Windows>;
  total: Windows;
}

const run = (argv: string[]): ReturnType<typeof runCli> => runCli(argv, 46400);

function csv(name: string): string[][] {
  return readFileSync(path.join(FIXTURES, name), "utf8")
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(","));
}
/** A CSV cell as a person would have typed it into the sheet: numbers as numbers, ISO days as dates, blanks blank. */
function typed(cell: string): string | number | Date | null {
  if (cell === "") return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
  if (/^-?\d+(\.\d+)?$/.test(cell)) return Number(cell);
  return cell;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "progress-plan-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function zhWorkbook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("销售明细").addRows(csv("sales-zh.csv").map((r, i) => (i === 0 ? r : r.map(typed))));
  const plan = book.addWorksheet("2026目标");
  plan.addRows(csv("targets-zh.csv").map((r, i) => (i < 3 ? r.map((c) => (c === "" ? null : c)) : r.map(typed))));
  plan.mergeCells("A1:P1");
  plan.mergeCells("D2:O2");
  await book.xlsx.writeFile(file);
}

async function enWorkbook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Invoices").addRows(csv("sales-en.csv").map((r, i) => (i === 0 ? r : r.map(typed))));
  book.addWorksheet("Quotas").addRows(csv("targets-en.csv").map((r, i) => (i === 0 ? r : r.map(typed))));
  await book.xlsx.writeFile(file);
}

/**
 * The Progress sheet's rows by the name in column A: each window's target, actual, completion and pace
 * gap, as the file caches them (read with the toolkit's own reader: ExcelJS loses a formula's cached 0).
 */
async function progressRows(file: string, sheetName: string): Promise<Map<string, Windows>> {
  const book = await openWorkbook(file);
  const cells = book.grid({ sheet: sheetName });
  if (cells instanceof ReadError) throw new Error(cells.messages.join("; "));
  const rows = new Map<string, Windows>();
  for (const v of cells.grid) {
    if (typeof v[0] !== "string" || rows.has(v[0])) continue;
    // Columns: A name, B plan for the period, then eight per window from C (month), K (quarter), S (year).
    const n = (x: unknown): number | null => (typeof x === "number" ? x : null);
    const at = (first: number): Figures => ({ target: n(v[first]), actual: n(v[first + 1]) ?? NaN, completion: n(v[first + 2]) ?? undefined, paceGap: n(v[first + 4]) ?? undefined });
    rows.set(v[0], { month: at(2), quarter: at(10), year: at(18) });
  }
  return rows;
}

/** The figures as the fixture's script gives them, numbers to the cent (completion to 1e-9). */
function near(windows: Windows): unknown {
  const one = (f: Figures): unknown => ({
    target: f.target,
    actual: expect.closeTo(f.actual, 2),
    completion: f.completion === undefined ? undefined : expect.closeTo(f.completion, 9),
    paceGap: f.paceGap === undefined ? undefined : expect.closeTo(f.paceGap, 2),
  });
  return { month: one(windows.month), quarter: one(windows.quarter), year: one(windows.year) };
}
function pick(rows: Map<string, Windows>, name: string): Windows {
  const r = rows.get(name);
  if (!r) throw new Error(`no row for ${name}`);
  const only = (f: Figures): Figures => ({ target: f.target, actual: f.actual, completion: f.completion, paceGap: f.paceGap });
  return { month: only(r.month), quarter: only(r.quarter), year: only(r.year) };
}

describe("progress from a 月度目标分解表 (wide, Chinese)", () => {
  let out: string;
  let result: { code: number; stdout: string; stderr: string };
  const expected = EXPECTED.zh;
  beforeAll(async () => {
    const input = path.join(dir, "zh.xlsx");
    out = path.join(dir, "zh-out.xlsx");
    await zhWorkbook(input);
    result = await run(["progress", "--in", input, "--out", out, "--lang", "zh-CN"]);
  });

  it("reads the plan as monthly targets and says so", () => {
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    expect(result.stdout).toContain("按“每月一列”的月度目标读取，2026-01 至 2026-12（共 12 个月），每行一个“姓名”");
    expect(result.stdout).toContain("已略过合计行（“合计”）");
    expect(result.stdout).toContain("目标来源：工作表“2026目标”");
    expect(result.stdout).not.toContain("未找到月度目标");
  });

  it.each(Object.keys(expected.people))("gives %s the month, quarter and year to date of the fixture's script", async (name) => {
    const rows = await progressRows(out, "目标进度");
    expect(pick(rows, name)).toEqual(near(expected.people[name]));
  });

  it("totals the team as the script does", async () => {
    expect(pick(await progressRows(out, "目标进度"), "团队合计")).toEqual(near(expected.total));
  });

  it("names the rep with sales and no plan row", () => {
    expect(result.stdout).toContain("“赵磊”有销售记录，但工作表“2026目标”中没有此人的目标行");
  });
});

describe("progress from a quota table in long layout (English)", () => {
  let out: string;
  let result: { code: number; stdout: string; stderr: string };
  const expected = EXPECTED.en;
  beforeAll(async () => {
    const input = path.join(dir, "en.xlsx");
    out = path.join(dir, "en-out.xlsx");
    await enWorkbook(input);
    result = await run(["progress", "--in", input, "--out", out]);
  });

  it("reads the quotas and says where the targets come from", () => {
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    expect(result.stdout).toContain('Targets from: Sheet "Quotas"');
    expect(result.stdout).toContain('"Mia Chen" has sales but no row in Sheet "Quotas"');
  });

  it.each(Object.keys(expected.people))("gives %s the month, quarter and year to date of the fixture's script", async (name) => {
    const rows = await progressRows(out, "Progress");
    expect(pick(rows, name)).toEqual(near(expected.people[name]));
  });

  it("totals the team as the script does", async () => {
    expect(pick(await progressRows(out, "Progress"), "Team total")).toEqual(near(expected.total));
  });
});

describe("progress on a workbook the add-in wrote with its Target plan", () => {
  it("reads the Target plan sheet by its mark and takes each person's months from it", async () => {
    // The team's workbook: people with last year's sales (the plan's weights) and this year's sales.
    const book = new ExcelJS.Workbook();
    book.addWorksheet("人员").addRows([
      ["姓名", "团队", "去年销售额"],
      ["张伟", "销售一部", 1_200_000],
      ["李娜", "销售一部", 900_000],
      ["刘洋", "销售二部", 600_000],
    ]);
    book.addWorksheet("销售明细").addRows([
      ["单据日期", "业务员", "无税金额"],
      [new Date("2026-01-15T00:00:00Z"), "张伟", 50_000],
      [new Date("2026-02-10T00:00:00Z"), "李娜", 30_000],
      [new Date("2026-03-12T00:00:00Z"), "刘洋", 20_000],
    ]);
    const input = path.join(dir, "team.xlsx");
    await book.xlsx.writeFile(input);
    const plan = path.join(dir, "team-plan.json");
    await fs.writeFile(plan, JSON.stringify({ version: 1, language: "zh-CN", targets: { annual: 3_000_000, weighting: "lastYear", seasonality: "even" } }));
    const first = path.join(dir, "team-review.xlsx");
    const built = await run(["all", "--in", input, "--plan", plan, "--out", first]);
    expect({ code: built.code, stderr: built.stderr }).toEqual({ code: 0, stderr: "" });
    // Built in the same run, Progress takes the months of the Target plan built before it.
    expect(built.stdout).toContain("目标来源：工作表“目标分解”");
    const sameRun = await progressRows(first, "目标进度");

    const second = path.join(dir, "team-progress.xlsx");
    const again = await run(["progress", "--in", first, "--plan", plan, "--out", second]);
    expect({ code: again.code, stderr: again.stderr }).toEqual({ code: 0, stderr: "" });
    expect(again.stdout).toContain("按 KPI Toolkit 生成的目标分解表读取，3 人 × 2026-01 至 2026-12 各月");
    expect(again.stdout).toContain("目标来源：工作表“目标分解”");

    // By hand: 3,000,000 split 1,200 : 900 : 600 is 1,333,333, 1,000,000 and 666,667; evenly over 12
    // months in whole units, the units left over going to the earliest months (1, 4 and 7 of them), the
    // March targets are 111,111, 83,334 and 55,556.
    const plans = await progressRows(second, "目标进度");
    const planSheet = (await openWorkbook(first)).grid({ sheet: "目标分解" });
    if (planSheet instanceof ReadError) throw new Error(planSheet.messages.join("; "));
    const header = planSheet.grid.findIndex((r) => r[0] === "姓名");
    const march = planSheet.grid[header].indexOf("3月");
    for (const name of ["张伟", "李娜", "刘洋"]) {
      const row = planSheet.grid.find((r) => r[0] === name) as unknown[];
      expect(plans.get(name)?.month.target).toBe(row[march]);
      expect(sameRun.get(name)?.month.target).toBe(row[march]);
      expect(plans.get(name)?.year.target).toBe(row[planSheet.grid[header].indexOf("年度目标")]);
    }
    expect([plans.get("张伟")?.month.target, plans.get("李娜")?.month.target, plans.get("刘洋")?.month.target]).toEqual([111_111, 83_334, 55_556]);
  });
});
