import { promises as fs, readFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

/**
 * Transaction exports laid out as the ERPs write them (test/fixtures/erp): 金蝶云星空's 销售出库单 list
 * (结算币别 mixing 人民币 and 美元, converted at the plan's rate) and 销售订单 list (币别 with 港币, dates
 * written 2026/1/8, an order after the period) and 用友 U8's 销售发票 list (a red
 * invoice clawing back a sale, a 合计 row at the end) and a 简道云 contract form's data export (its
 * system columns 提交人/提交时间 beside the seller and the signing date), each run through the command line's commission
 * build. The expected figures come from test/fixtures/erp/expected.py, which reads the same files with
 * Python's csv module and the vendors' documented columns, not this code.
 */

const FIXTURES = path.resolve(__dirname, "../fixtures/erp");
const EXPECTED = JSON.parse(readFileSync(path.join(FIXTURES, "expected.json"), "utf8")) as Record<string, Record<string, { sales: number; due: number }>>;
const PLANS = JSON.parse(readFileSync(path.join(FIXTURES, "plans.json"), "utf8")) as Record<string, unknown>;

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-erp-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(file: string): Promise<{ code: number; stdout: string; stderr: string; out: string }> {
  const plan = path.join(dir, `${file}.plan.json`);
  const out = path.join(dir, `${file}.xlsx`);
  await fs.writeFile(plan, JSON.stringify(PLANS[file]));
  let stdout = "";
  let stderr = "";
  const code = await main(["commission", "--in", path.join(FIXTURES, file), "--plan", plan, "--out", out], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stderrIsTTY: false,
    today: 46346,
  });
  return { code, stdout, stderr, out };
}

/** Each salesperson's total sales and amount due, as the statement sheet of the written workbook holds them. */
async function statement(out: string): Promise<Record<string, { sales: number; due: number }>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.getWorksheet("提成核算")!;
  const value = (cell: ExcelJS.Cell): unknown => (typeof cell.value === "object" && cell.value !== null && "result" in cell.value ? cell.value.result : cell.value);
  let header = 0;
  sheet.eachRow((row, n) => void (header === 0 && row.getCell(1).value === "销售员" && (header = n)));
  const headings = (sheet.getRow(header).values as unknown[]).map((v) => String(v ?? ""));
  const figures: Record<string, { sales: number; due: number }> = {};
  for (let n = header + 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const name = row.getCell(1).value;
    if (typeof name !== "string" || name === "合计" || name === "") break;
    figures[name] = { sales: value(row.getCell(headings.indexOf("销售额合计"))) as number, due: value(row.getCell(headings.indexOf("应发提成"))) as number };
  }
  return figures;
}

describe.each([
  { file: "kingdee-sales-outbound.csv", note: "金额已按方案中的汇率折算为 CNY（汇率日期 2026-03-31）：1 USD = 7.1 CNY（2 行）" },
  { file: "kingdee-sales-orders.csv", note: "1 HKD = 0.91 CNY（2 行）" },
  { file: "yonyou-sales-invoices.csv", note: "金额币种为 CNY（取自“币种”列）" },
  { file: "jiandaoyun-contracts.csv", note: "1 笔交易的日期不在核算期间 2026-01-01 至 2026-06-30 内，未计入（第 7 行）" },
])("$file through the command line", ({ file, note }) => {
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    result = await run(file);
  });

  it("builds the commission statement", () => {
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
  });

  it("gives each salesperson the sales and commission expected.py computes", async () => {
    expect(await statement(result.out)).toEqual(EXPECTED[file]);
  });

  it("says what it decided about the rows: their currency, or those left out", () => {
    expect(result.stdout).toContain(note);
  });
});
