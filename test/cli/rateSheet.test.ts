import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

/**
 * A workbook whose commission rates are a sheet of its own (提成比例表, rates as whole percentages under a
 * title row), with no rates in the plan, through the command line. By hand: 王磊 sells 软件 80,000 →
 * 50,000 × 5% + 30,000 × 8% = 4,900, and 硬件 20,000 × 3% = 600, due 5,500; 刘芳 sells 软件 40,000 → 2,000.
 */

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-rates-"));
  const book = new ExcelJS.Workbook();
  const sales = book.addWorksheet("销售明细");
  sales.addRows([
    ["销售员", "日期", "产品线", "金额"],
    ["王磊", "2026-01-10", "软件", 50000],
    ["王磊", "2026-02-10", "软件", 30000],
    ["王磊", "2026-02-20", "硬件", 20000],
    ["刘芳", "2026-03-05", "软件", 40000],
  ]);
  const rates = book.addWorksheet("提成比例表");
  rates.addRows([["2026年销售提成比例表"], ["产品线", "起始金额", "截止金额", "提成比例"], ["软件", 0, 50000, 5], ["软件", 50000, null, 8], ["硬件", 0, null, 3]]);
  await book.xlsx.writeFile(path.join(dir, "team.xlsx"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it("uses the workbook's rate sheet and says on the statement where the rates came from", async () => {
  let stdout = "";
  let stderr = "";
  const code = await main(["commission", "--in", path.join(dir, "team.xlsx"), "--lang", "zh-CN", "--out", path.join(dir, "out.xlsx")], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stderrIsTTY: false,
    today: 46112,
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, "out.xlsx"));
  const sheet = book.getWorksheet("提成核算")!;
  const cells: unknown[][] = [];
  sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1).map((v) => (typeof v === "object" && v !== null && "result" in v ? (v as { result: unknown }).result : v))));
  const header = cells.findIndex((row) => row[0] === "销售员");
  const due = cells[header].indexOf("应发提成");
  const tiers = cells.findIndex((row) => row[4] === "比例来源");
  expect({
    code,
    stderr,
    due: cells.slice(header + 1, header + 3).map((row) => [row[0], row[due]]),
    source: cells[tiers + 1][4],
    defaultRate: stdout.includes("默认比例"),
  }).toEqual({ code: 0, stderr: "", due: [["王磊", 5500], ["刘芳", 2000]], source: "工作表“提成比例表”第 3, 4 行", defaultRate: false });
});
