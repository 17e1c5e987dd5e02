import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { runCli } from "./runCli";

/**
 * The target plan from a monthly history kept across columns (a row per region, a column per month,
 * a 合计 row and column) must be the plan from the same figures kept one row per month: the seasonality
 * comes from the monthly totals, whatever the layout.
 */


const run = (argv: string[]): ReturnType<typeof runCli> => runCli(argv);

// Two regions' sales, 2025, by month; 华北 opened in April.
const EAST = [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210];
const NORTH = [null, null, null, 40, 40, 40, 40, 40, 40, 40, 40, 40];
const PEOPLE = [
  ["姓名", "团队", "去年销售额"],
  ["张伟", "华东", 1_200_000],
  ["李娜", "华东", 800_000],
  ["王芳", "华北", 500_000],
];

async function workbook(file: string, history: (string | number | null)[][], historySheet: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("人员").addRows(PEOPLE);
  book.addWorksheet(historySheet).addRows(history);
  await book.xlsx.writeFile(file);
}

/** Every number the Target plan sheet shows, row by row (cached results of its formulas included). */
async function planNumbers(file: string): Promise<number[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets.find((s) => s.name === "目标分解");
  if (!sheet) throw new Error(`no 目标分解 sheet in ${book.worksheets.map((s) => s.name).join(", ")}`);
  const rows: number[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as ExcelJS.CellValue[]).map((v) => (v !== null && typeof v === "object" && "result" in v ? v.result : v));
    const numbers = values.filter((v): v is number => typeof v === "number");
    if (numbers.length > 0) rows.push(numbers);
  });
  return rows;
}

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "wide-history-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it("gives the same target plan from monthly history across columns as from one row per month", async () => {
  const wide = [
    ["2025年各区域月度销售（元）"],
    ["区域", ...Array.from({ length: 12 }, (_, i) => `2025年${i + 1}月`), "合计"],
    ["华东", ...EAST, EAST.reduce((a, b) => a + b, 0)],
    ["华北", ...NORTH, 360],
    ["合计", ...EAST.map((v, i) => v + (NORTH[i] ?? 0)), 2220],
  ];
  const long = [["年份", "月份", "销售额"], ...EAST.flatMap((v, i) => [[2025, i + 1, v], ...(NORTH[i] === null ? [] : [[2025, i + 1, NORTH[i]]])])];
  await workbook(path.join(dir, "wide.xlsx"), wide, "月度销售");
  await workbook(path.join(dir, "long.xlsx"), long, "历史销售");
  const plan = path.join(dir, "plan.json");
  await fs.writeFile(plan, JSON.stringify({ version: 1, language: "zh-CN", asOf: "2026-01-01", targets: { annual: 2_500_000 } }));

  const a = await run(["targets", "--in", path.join(dir, "wide.xlsx"), "--plan", plan, "--out", path.join(dir, "a.xlsx")]);
  const b = await run(["targets", "--in", path.join(dir, "long.xlsx"), "--plan", plan, "--out", path.join(dir, "b.xlsx")]);
  expect({ code: a.code, stderr: a.stderr }).toEqual({ code: 0, stderr: "" });
  expect(b.code).toBe(0);
  // The wide sheet is said to be read as such, and its total row left out.
  expect(a.stdout).toContain("按“每月一列”的月度销售读取，2025-01 至 2025-12（共 12 个月），每行一个“区域”");
  expect(a.stdout).toContain("第5行：已略过合计行（“合计”）");

  const fromWide = await planNumbers(path.join(dir, "a.xlsx"));
  const fromLong = await planNumbers(path.join(dir, "b.xlsx"));
  expect(fromWide).toEqual(fromLong);
  // By hand: January's share of 2025 is (100) / 2220, so the team's January target is 2,500,000 × 100 / 2220 = 112,612.6.
  const flat = fromWide.flat();
  expect(flat.some((v) => Math.abs(v - 100 / 2220) < 1e-9)).toBe(true);
});

it("weights a joiner by his run rate and gives no target to a person whose figures stopped", async () => {
  const months = Array.from({ length: 12 }, (_, i) => `2025年${i + 1}月`);
  const book = new ExcelJS.Workbook();
  book.addWorksheet("人员").addRows([
    ["姓名", "团队", ...months],
    ["张伟", "华东", ...Array(12).fill(100)],
    ["李娜", "华东", null, null, null, ...Array(9).fill(90)],
    ["王芳", "华北", ...Array(8).fill(50)],
  ]);
  const file = path.join(dir, "people-months.xlsx");
  await book.xlsx.writeFile(file);
  const plan = path.join(dir, "plan-people.json");
  await fs.writeFile(plan, JSON.stringify({ version: 1, language: "zh-CN", asOf: "2026-01-01", targets: { annual: 2_280_000 } }));
  const out = path.join(dir, "people-out.xlsx");
  const r = await run(["targets", "--in", file, "--plan", plan, "--out", out]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("“李娜”在最近 12 个月中只有 9 个月有销售（2025-04 至 2025-12）：去年销售额按月平均值 × 12 计算");
  expect(r.stdout).toContain("“王芳”的数据止于 2025-08，而表格一直到 2025-12：视为已于 2025-08 月底离岗，不分配目标");
  // The origin on a Chinese sheet is Chinese too.
  expect(r.stdout).toContain("工作表“人员”，第4行：王芳在计划期间内不在岗，目标为0。");

  const written = new ExcelJS.Workbook();
  await written.xlsx.readFile(out);
  const sheet = written.getWorksheet("目标分解")!;
  const annual: Record<string, unknown> = {};
  sheet.eachRow((row) => {
    const v = (row.values as ExcelJS.CellValue[]).map((c) => (c !== null && typeof c === "object" && "result" in c ? c.result : c));
    if (typeof v[1] === "string" && ["张伟", "李娜", "合计"].includes(v[1])) annual[v[1]] = v[6];
  });
  // By hand: weights 1,200 (12 × 100), 1,080 (9 × 90 / 9 × 12) and 600, but 王芳 has left: 2,280,000 split
  // 1,200 : 1,080, so the two of them already make the team's total and 王芳's row is 0.
  expect(annual).toEqual({ 张伟: 1_200_000, 李娜: 1_080_000, 合计: 2_280_000 });
});
