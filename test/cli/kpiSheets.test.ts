import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { FIXTURES, writeFixture, writeFixtures } from "../fixtures/kpi-sheets/generate";
import * as EXPECTED from "../fixtures/kpi-sheets/expected";
import { runCli } from "./runCli";

/** The KPI sheets of test/fixtures/kpi-sheets through the command line, as a team would run it. */


const run = (argv: string[]): ReturnType<typeof runCli> => runCli(argv);

/** Each person's name, team, weighted score and rating as the written Scorecard sheet holds them. */
async function scorecardRows(file: string): Promise<{ name: string; team: string | null; weighted: number; rating: string }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  const value = (v: ExcelJS.CellValue): unknown => (v !== null && typeof v === "object" && "result" in v ? v.result : v);
  let header = 0;
  let weightedCol = 0;
  const rows: { name: string; team: string | null; weighted: number; rating: string }[] = [];
  sheet.eachRow((row, r) => {
    const cells = (row.values as ExcelJS.CellValue[]).map(value);
    const at = cells.findIndex((v) => v === "Weighted score" || v === "加权得分");
    if (header === 0 && at > 0 && (cells[1] === "Name" || cells[1] === "姓名")) {
      header = r;
      weightedCol = at;
      return;
    }
    if (header > 0 && typeof cells[weightedCol] === "number" && typeof cells[1] === "string") {
      rows.push({ name: cells[1], team: (cells[2] as string | undefined) ?? null, weighted: cells[weightedCol] as number, rating: String(cells[weightedCol + 1]) });
    }
  });
  return rows;
}

let dir: string;
let files: Awaited<ReturnType<typeof writeFixtures>>;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-sheets-"));
  files = await writeFixtures(dir);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("kpi-toolkit scorecard on the KPI sheet corpus", () => {
  it.each([
    ["ZH_WIDE", EXPECTED.ZH_WIDE, ["People: 4", "Average weighted score: 90.6%", "Ratings: A 2, B 1, C 1"]],
    ["EN_TABLE", EXPECTED.EN_TABLE, ["People: 4", "Average weighted score: 89.6%", "Ratings: A 2, B 1, C 1"]],
    ["ZH_TWO_ROW", EXPECTED.ZH_TWO_ROW, ["People: 3", "Average weighted score: 100.8%", "Ratings: A 2, B 0, C 1"]],
    ["ZH_LONG_WEIGHTS", EXPECTED.ZH_LONG_WEIGHTS, ["People: 3", "Average weighted score: 98.0%", "Ratings: A 1, B 2, C 0"]],
    ["EN_LONG_120", EXPECTED.EN_LONG_120, ["People: 2", "Average weighted score: 89.2%", "Ratings: A 1, B 0, C 1"]],
    ["ZH_WIDE_WEIGHTS", EXPECTED.ZH_WIDE_WEIGHTS, ["People: 2", "Average weighted score: 95.0%", "Ratings: A 1, B 0, C 1"]],
    ["ZH_ACTUALS_TARGET_ROW", EXPECTED.ZH_ACTUALS_TARGET_ROW, ["People: 3", "Average weighted score: 103.3%", "Ratings: A 2, B 1, C 0"]],
    ["EN_SCORES", EXPECTED.EN_SCORES, ["People: 3", "Average weighted score: 84.4%", "Ratings: A 1, B 1, C 1"]],
    // (1.205 + 0.805 + 1.14 + 0.87) / 4 = 1.005
    ["ZH_LIBRARY", EXPECTED.ZH_LIBRARY, ["People: 4", "Average weighted score: 100.5%", "Ratings: A 2, B 2, C 0"]],
  ] as const)("%s: writes the scores worked by hand", async (key, expected, summary) => {
    const out = path.join(dir, `${key}-review.xlsx`);
    const result = await run(["scorecard", "--in", files[key], "--out", out]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    for (const line of summary) expect(result.stdout).toContain(line);
    const rows = await scorecardRows(out);
    expect(rows.map((r) => [r.name, r.rating])).toEqual(expected.map((e) => [e.name, e.rating]));
    rows.forEach((r, i) => expect(r.weighted).toBeCloseTo(expected[i].weighted, 9));
  });

  it("says how it read the wide sheet and what it left out", async () => {
    const result = await run(["scorecard", "--in", files.ZH_WIDE, "--out", path.join(dir, "said.xlsx")]);
    expect(result.stdout).toContain('Sheet "绩效考核表": read as one row per person with a target and an actual column per KPI: 销售额 (C/D), 新客户数 (E/F)');
    expect(result.stdout).toContain('Sheet "绩效考核表": not read as KPIs (no target/actual pair): "回款率", "客户满意度"');
    expect(result.stdout).toContain('Sheet "绩效考核表", row 8: left out the total row ("合计")');
  });

  it("keeps the two 张伟 apart on the sheet", async () => {
    const out = path.join(dir, "two-zhang.xlsx");
    await run(["scorecard", "--in", files.ZH_LONG_WEIGHTS, "--lang", "zh-CN", "--out", out]);
    expect((await scorecardRows(out)).map((r) => [r.name, r.team])).toEqual([
      ["张伟", "华东"],
      ["张伟", "华南"],
      ["李娜", "华东"],
    ]);
  });

  it("refuses a sheet with a person but no target/actual pair, saying what it needs", async () => {
    const file = await writeFixture(dir, {
      file: "no-pairs.xlsx",
      sheet: "考核",
      rows: [
        ["姓名", "部门", "销售额目标", "回款率"],
        ["张伟", "华东", 100, 0.9],
      ],
    });
    const result = await run(["scorecard", "--in", file, "--out", path.join(dir, "no-pairs-review.xlsx")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('these have only one half: "销售额目标"');
  });

  it("refuses a plan with a misspelt KPI setting, naming the one meant", async () => {
    const plan = path.join(dir, "typo-plan.json");
    await fs.writeFile(plan, JSON.stringify({ version: 1, scorecard: { kpis: [{ name: "Churn %", weight: 1, dirction: "lower" }] } }));
    const result = await run(["scorecard", "--in", files.EN_TABLE, "--plan", plan, "--out", path.join(dir, "typo.xlsx")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('scorecard.kpis[0].dirction: "dirction" is not a setting here; did you mean "direction"?');
  });

  it("documents each fixture it writes", () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe("kpi-toolkit all on a workbook with a wide KPI sheet and a people sheet", () => {
  it("reads the KPI results from the wide sheet and the people from theirs", async () => {
    const book = new ExcelJS.Workbook();
    const people = book.addWorksheet("人员");
    [
      ["姓名", "部门", "年度目标", "上年销售额"],
      ["张伟", "华东", 4000000, 3600000],
      ["李娜", "华北", 3200000, 3000000],
    ].forEach((row) => people.addRow(row));
    const kpi = book.addWorksheet(FIXTURES.ZH_WIDE.sheet);
    FIXTURES.ZH_WIDE.rows.forEach((row) => kpi.addRow(row));
    const file = path.join(dir, "wide-and-people.xlsx");
    await book.xlsx.writeFile(file);
    const result = await run(["all", "--in", file, "--out", path.join(dir, "wide-and-people-review.xlsx")]);
    expect(result.stdout).toContain('Sheet "绩效考核表": read as one row per person with a target and an actual column per KPI: 销售额 (C/D), 新客户数 (E/F)');
    expect(result.stdout).toContain("People: 4");
    expect(result.stdout).toContain("Average weighted score: 90.6%");
  });
});

describe("kpi-toolkit scorecard with the plan's pair corrections (sources.scores.pairs)", () => {
  /**
   * 销售额 has two targets: the one set in January and, to its right, the one adjusted in February.
   * The pairing from the headers takes the leftmost (销售额目标); the plan names the adjusted one.
   * With 销售额目标（调整后）, equal weights:
   *   张伟 1,100,000/1,100,000 = 1.0;  15/20 = 0.75 → (1.0 + 0.75) / 2 = 0.875 → B
   *   李娜   800,000/1,000,000 = 0.8;  12/10 = 1.2  → (0.8 + 1.2) / 2  = 1.0   → A
   * Without the plan (销售额目标): 张伟 (1.1 + 0.75) / 2 = 0.925, 李娜 (1.0 + 1.2) / 2 = 1.1.
   */
  const ADJUSTED = {
    file: "zh-wide-adjusted-target.xlsx",
    sheet: "绩效考核表",
    rows: [
      ["姓名", "部门", "销售额目标", "销售额实际", "销售额目标（调整后）", "新客户数目标", "新客户数实际"],
      ["张伟", "华东", 1000000, 1100000, 1100000, 20, 15],
      ["李娜", "华北", 800000, 800000, 1000000, 10, 12],
    ],
  };

  async function withPlan(name: string, plan: object | null): Promise<{ result: Awaited<ReturnType<typeof run>>; out: string }> {
    const file = await writeFixture(dir, ADJUSTED);
    const out = path.join(dir, `${name}-review.xlsx`);
    const args = ["scorecard", "--in", file, "--out", out];
    if (plan !== null) {
      const planFile = path.join(dir, `${name}-plan.json`);
      await fs.writeFile(planFile, JSON.stringify(plan));
      args.push("--plan", planFile);
    }
    return { result: await run(args), out };
  }

  it("reads the KPI's target from the column the plan names", async () => {
    const { result, out } = await withPlan("pairs", { version: 1, sources: { scores: { sheet: "绩效考核表", pairs: { 销售额: { target: "销售额目标（调整后）" } } } } });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    expect(result.stdout).toContain("销售额 (E/D), 新客户数 (F/G)");
    const rows = await scorecardRows(out);
    expect(rows.map((r) => [r.name, r.rating])).toEqual([["张伟", "B"], ["李娜", "A"]]);
    expect(rows[0].weighted).toBeCloseTo(0.875, 9);
    expect(rows[1].weighted).toBeCloseTo(1.0, 9);
  });

  it("without the plan takes the leftmost target, and says the adjusted one was not read", async () => {
    const { result, out } = await withPlan("no-pairs", null);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('not read as KPIs (no target/actual pair): "销售额目标（调整后）"');
    const rows = await scorecardRows(out);
    expect(rows[0].weighted).toBeCloseTo(0.925, 9);
    expect(rows[1].weighted).toBeCloseTo(1.1, 9);
  });

  it("refuses a pair header the sheet lacks, naming the headers it has", async () => {
    const { result } = await withPlan("bad-pair", { version: 1, sources: { scores: { sheet: "绩效考核表", pairs: { 销售额: { target: "销售额目标（二月）" } } } } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the plan\'s sources.scores.pairs names "销售额目标（二月）" as the target column of "销售额", but no column is headed so');
    expect(result.stderr).toContain('"销售额目标（调整后）"');
  });

  it("refuses pairs on a source that is no KPI sheet", async () => {
    const { result } = await withPlan("deals-pairs", { version: 1, sources: { deals: { sheet: "Deals", pairs: { Revenue: { target: "Quota" } } } } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("only sources.scores takes them");
  });
});
