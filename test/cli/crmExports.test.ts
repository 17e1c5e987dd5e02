import { promises as fs, readFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

/**
 * Opportunity exports of the CRMs that live inside 钉钉 and 企业微信, run through the command line's funnel
 * build as a team would: 钉钉's 客户管理 list (销售阶段, 预计成交金额, 负责人 beside the 创建人 who typed the
 * row in) and a 企业微信 CRM's list (商机阶段 with 丢单 for lost, 归属人 beside the 协作人, 预计赢单金额 and
 * 赢单金额), and 钉钉 智能人事's roster (花名册) for the target plan. Each team's plan comes from
 * test/fixtures/exports/plans.json. The expected per-owner figures come from test/fixtures/exports/expected.py
 * (Python's csv module, not this code), the roster's targets from expected_roster.py.
 */

const FIXTURES = path.resolve(__dirname, "../fixtures/exports");
const EXPECTED = JSON.parse(readFileSync(path.join(FIXTURES, "expected.json"), "utf8")) as Record<string, Expected[]>;
const PLANS = JSON.parse(readFileSync(path.join(FIXTURES, "plans.json"), "utf8")) as Record<string, unknown>;

interface Expected {
  owner: string;
  won: number;
  lost: number;
  open: number;
  wonAmount: number;
  openAmount: number;
  winRate: number | null;
}

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-crm-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(file: string, command = "funnel"): Promise<{ code: number; stdout: string; stderr: string; out: string }> {
  const plan = path.join(dir, `${file}.plan.json`);
  const out = path.join(dir, `${file}.xlsx`);
  await fs.writeFile(plan, JSON.stringify(PLANS[file]));
  let stdout = "";
  let stderr = "";
  const code = await main([command, "--in", path.join(FIXTURES, file), "--plan", plan, "--out", out], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stderrIsTTY: false,
    today: 46112,
  });
  return { code, stdout, stderr, out };
}

/** Each owner's row of the written funnel review, in the shape expected.py writes. */
async function owners(out: string): Promise<Expected[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  // A formula's cached result (cell.result: a cached 0 is kept there, not in cell.value).
  const value = (cell: ExcelJS.Cell): unknown => (typeof cell.value === "object" && cell.value !== null && "formula" in cell.value ? cell.result : cell.value);
  for (const sheet of book.worksheets) {
    let header = 0;
    sheet.eachRow((row, n) => void (header === 0 && row.getCell(1).value === "负责人" && (row.values as unknown[]).includes("赢单数") && (header = n)));
    if (header === 0) continue;
    const headings = (sheet.getRow(header).values as unknown[]).map((v) => String(v ?? ""));
    const at = (row: ExcelJS.Row, name: string): unknown => value(row.getCell(headings.indexOf(name)));
    const found: Expected[] = [];
    for (let n = header + 1; n <= sheet.rowCount; n++) {
      const row = sheet.getRow(n);
      const name = row.getCell(1).value;
      if (typeof name !== "string" || name === "" || name === "团队合计") break;
      const winRate = at(row, "赢率");
      found.push({
        owner: name,
        won: at(row, "赢单数") as number,
        lost: at(row, "输单数") as number,
        open: at(row, "进行中商机数") as number,
        wonAmount: at(row, "赢单金额") as number,
        openAmount: at(row, "进行中商机金额") as number,
        winRate: typeof winRate === "number" ? winRate : null,
      });
    }
    return found;
  }
  throw new Error(`no owner table in ${out}`);
}

describe.each([
  { file: "dingtalk-crm-opportunities.csv", blank: "D列（预计成交金额）：1 个进行中或输单的商机没有金额（第5行），按 0 计算", won: null },
  {
    file: "wecom-crm-opportunities.csv",
    blank: "F列（预计赢单金额）：1 个进行中或输单的商机没有金额（第5行），按 0 计算",
    // 郑凯's 企业培训课程 was won for 40,000 against 42,500 expected: the figures above count 40,000.
    won: "2 个赢单商机（第2、6行）按“赢单金额”列的实际赢单金额计算，而不是“预计赢单金额”列的预计金额",
  },
])("$file through the command line", ({ file, blank, won }) => {
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    result = await run(file);
  });

  it("builds the funnel", () => {
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
  });

  it("gives each owner the won, lost and open deals, amounts and win rate expected.py computes", async () => {
    expect(await owners(result.out)).toEqual(EXPECTED[file]);
  });

  it("reads the amount from the export's own amount column and says the open deal without one counts as 0, naming its row", () => {
    expect(result.stdout).toContain(blank);
  });

  it("says where each won deal's amount came from", () => {
    if (won === null) expect(result.stdout).not.toContain("赢单金额");
    else expect(result.stdout).toContain(won);
  });
});

describe("钉钉 智能人事's roster (花名册) through the command line's target plan", () => {
  // 姓名 beside 工号, 部门 beside 主部门, 入职时间 and 离职时间: one leaver on 30 June. Expected targets from
  // test/fixtures/exports/expected_roster.py (in-role days over the year, largest remainder), not this code.
  const expected = JSON.parse(readFileSync(path.join(FIXTURES, "expected-roster.json"), "utf8")) as Record<string, number>;

  it("splits the team target over the people in role, the leaver for half the year", async () => {
    const result = await run("dingtalk-hr-roster.csv", "targets");
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(result.out);
    const sheet = book.worksheets[0];
    let header = 0;
    sheet.eachRow((row, n) => void (header === 0 && row.getCell(1).value === "姓名" && (header = n)));
    const col = (sheet.getRow(header).values as unknown[]).indexOf("年度目标");
    const got: Record<string, unknown> = {};
    for (let n = header + 1; typeof sheet.getRow(n).getCell(1).value === "string" && sheet.getRow(n).getCell(1).value !== "合计"; n++) {
      got[sheet.getRow(n).getCell(1).value as string] = sheet.getRow(n).getCell(col).result;
    }
    expect(got).toEqual(expected);
  });
});
