import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { dealsCsv } from "../../bench/cli";
import { generateTeam, teamPlan, type TeamOptions } from "../../examples/generate";
import { runCli } from "./runCli";


const run = (argv: string[]): ReturnType<typeof runCli> => runCli(argv);

let dir: string;
const at = (name: string): string => path.join(dir, name);

/**
 * Deals as a Chinese CRM exports them, saved by Chinese Excel as "CSV (comma delimited)": GB18030,
 * amounts with thousands separators inside quotes, one note with a comma and a line break.
 * By hand: open deals 张伟 12,000 (初步接触, 10%) and 李娜 3,000 (商务谈判, 60%) → open pipeline 15,000,
 * weighted 12,000 × 0.1 + 3,000 × 0.6 = 3,000; one won deal (8,500.50), none lost → win rate 100%.
 */
const DEALS = [
  "负责人,阶段,金额,状态,创建日期,成交日期,备注",
  '张伟,初步接触,"12,000.00",进行中,2026-01-05,,"客户说：下周,再谈\r\n（电话）"',
  '张伟,赢单,"8,500.50",赢单,2026-01-10,2026-02-01,',
  "李娜,商务谈判,3000,进行中,2026-02-03,,",
].join("\r\n");

const PLAN = {
  version: 1,
  language: "zh-CN",
  asOf: "2026-03-01",
  funnel: {
    stages: [
      { name: "初步接触", probability: 0.1 },
      { name: "商务谈判", probability: 0.6 },
      { name: "赢单", probability: 1 },
    ],
  },
};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-cli-csv-"));
  await fs.writeFile(at("商机.csv"), iconv.encode(`${DEALS}\r\n`, "gb18030"));
  await fs.writeFile(at("plan.json"), JSON.stringify(PLAN));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("kpi-toolkit on a CSV export", () => {
  it("builds the funnel from a GB18030 CSV with the figures worked out by hand", async () => {
    const result = await run(["funnel", "--in", at("商机.csv"), "--plan", at("plan.json"), "--out", at("funnel.xlsx")]);
    expect({ code: result.code, stderr: result.stderr, stdout: result.stdout.split("\n").slice(1, 4) }).toEqual({
      code: 0,
      stderr: "",
      stdout: ["  漏斗：共3个商机（进行中2个，赢单1个，输单0个），负责人2人", "  进行中商机金额：15,000", "  加权商机金额：3,000"],
    });
  });

  it("copies the deals' amounts as numbers into the review workbook", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(at("funnel.xlsx"));
    const numbers: number[] = [];
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "number" && [12000, 8500.5, 3000].includes(cell.value) && numbers.push(cell.value))));
    }
    expect([...new Set(numbers)].sort((a, b) => a - b)).toEqual([3000, 8500.5, 12000]);
  });

  it("names the CSV's one sheet when --sheet names another", async () => {
    const result = await run(["funnel", "--in", at("商机.csv"), "--sheet", "Deals", "--out", at("no.xlsx")]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 1,
      stderr: 'No sheet "Deals" in "商机.csv"; its only sheet is "商机" (a CSV file is one sheet named after the file)\n',
    });
  });

  it("refuses an old .xls in the language of the run, saying to save it as .xlsx", async () => {
    await fs.writeFile(at("旧.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const result = await run(["funnel", "--in", at("旧.xls"), "--lang", "zh-CN", "--out", at("old.xlsx")]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 1,
      stderr: "无法读取“旧.xls”：这是旧版 Excel 97-2003 工作簿（.xls）或有密码保护的工作簿。请在 Excel 中打开，取消保护后另存为“Excel 工作簿（.xlsx）”或 CSV\n",
    });
  });

  it("says in --help that --in takes CSV and TSV files", async () => {
    const result = await run(["--help"]);
    expect(result.stdout).toMatch(/--in FILE +the team's data to read: a workbook \(\.xlsx, \.xlsm\) or a CSV\/TSV export\n +\(\.csv, \.tsv, \.txt/);
  });
});

describe("the same deals from a workbook and from its CSV export", () => {
  it("give the same funnel", async () => {
    // 2,000 generated deals; the CSV writes dates as text (2026-03-05) and amounts as "12,345.67".
    const team: TeamOptions = { reps: 30, deals: 2000, transactions: 0, kpis: 0, language: "en", seed: 7 };
    await generateTeam(at("pipeline.xlsx"), team);
    await dealsCsv(at("pipeline.xlsx"), at("pipeline.csv"));
    await fs.writeFile(at("team-plan.json"), JSON.stringify(teamPlan(team)));
    const funnel = async (input: string): Promise<string[]> => {
      const result = await run(["funnel", "--in", at(input), "--plan", at("team-plan.json"), "--out", at(`${input}.xlsx`)]);
      if (result.code !== 0) throw new Error(result.stderr);
      return result.stdout.split("\n").filter((line) => line.startsWith("  ") && !line.startsWith("  - "));
    };
    const fromWorkbook = await funnel("pipeline.xlsx");
    expect({ lines: fromWorkbook.length > 3, csv: await funnel("pipeline.csv") }).toEqual({ lines: true, csv: fromWorkbook });
  });
});
