import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { readKpiLibrary } from "../../src/datasets/kpiLibrary";
import { runCli } from "./runCli";

/**
 * Targets on a separate sheet: a 指标库 (KPI library: 指标名称, 权重, 目标值, 指标方向) beside a 绩效考核
 * sheet with an actual per KPI (姓名, 部门, 销售额, 回款率, 投诉次数) and a 合计 row. Figures by hand:
 * - 张伟: 销售额 120/100 = 1.2; 回款率 0.9/0.9 = 1; 投诉次数 (越低越好) 2 − 6/4 = 0.5
 *   → 0.5 × 1.2 + 0.3 × 1 + 0.2 × 0.5 = 1.0
 * - 李娜: 销售额 80/100 = 0.8; 回款率 0.81/0.9 = 0.9; 投诉次数 2 − 2/4 = 1.5
 *   → 0.5 × 0.8 + 0.3 × 0.9 + 0.2 × 1.5 = 0.97
 */


const run = (argv: string[]): ReturnType<typeof runCli> => runCli(argv);

async function weighted(file: string): Promise<Record<string, number>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const out: Record<string, number> = {};
  let col = 0;
  book.worksheets[0].eachRow((row) => {
    const cells = (row.values as ExcelJS.CellValue[]).map((v) => (v !== null && typeof v === "object" && "result" in v ? v.result : v));
    const at = cells.findIndex((v) => v === "Weighted score" || v === "加权得分");
    if (col === 0 && at > 0) col = at;
    else if (col > 0 && typeof cells[1] === "string" && typeof cells[col] === "number") out[cells[1]] = Number((cells[col] as number).toFixed(9));
  });
  return out;
}

let dir: string;
const LIBRARY = [
  ["指标名称", "权重", "目标值", "指标方向", "评分标准"],
  ["销售额", "50%", 100, "越高越好", "按完成率"],
  ["回款率", "30%", 0.9, "越高越好", "按完成率"],
  ["投诉次数", "20%", 4, "越低越好", "超出扣分"],
];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-library-"));
  const book = new ExcelJS.Workbook();
  const results = book.addWorksheet("绩效考核");
  results.addRow(["2026年11月 销售部绩效考核表"]);
  results.addRow(["姓名", "部门", "销售额", "回款率", "投诉次数"]);
  results.addRow(["张伟", "华东", 120, 0.9, 6]);
  results.addRow(["李娜", "华南", 80, 0.81, 2]);
  results.addRow(["合计", "", 200, 1.71, 8]);
  const library = book.addWorksheet("指标库");
  LIBRARY.forEach((r) => library.addRow(r));
  await book.xlsx.writeFile(path.join(dir, "library.xlsx"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("readKpiLibrary", () => {
  it("reads each KPI's target, weight and direction", () => {
    expect(readKpiLibrary(LIBRARY, "指标库")).toEqual({
      sheet: "指标库",
      entries: [
        { kpi: "销售额", target: 100, weight: 0.5, direction: "higher", row: 2 },
        { kpi: "回款率", target: 0.9, weight: 0.3, direction: "higher", row: 3 },
        { kpi: "投诉次数", target: 4, weight: 0.2, direction: "lower", row: 4 },
      ],
    });
  });

  it("is no library when the sheet has a person or an actual column (a long results sheet)", () => {
    expect(readKpiLibrary([["姓名", "指标", "目标", "实际"], ["张伟", "销售额", 100, 90], ["李娜", "销售额", 100, 80]], "考核")).toBeNull();
    expect(readKpiLibrary([["KPI", "Target", "Actual"], ["Revenue", 100, 90], ["Calls", 50, 40]], "KPIs")).toBeNull();
  });
});

describe("an actuals sheet with its targets in a KPI library", () => {
  it("scores each person with the library's targets, weights and directions, saying where they came from", async () => {
    const result = await run(["scorecard", "--in", path.join(dir, "library.xlsx"), "--out", path.join(dir, "out.xlsx"), "--lang", "zh-CN"]);
    expect(result.code).toBe(0);
    expect(await weighted(path.join(dir, "out.xlsx"))).toEqual({ 张伟: 1, 李娜: 0.97 });
    expect(result.stdout + result.stderr).toContain("各指标的目标（及权重、方向）取自工作表“指标库”中的指标库");
  });
});
