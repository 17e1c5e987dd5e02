import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { ReadError } from "../../src/datasets/readDataset";
import type { ScoreRecord } from "../../src/datasets/records";
import { directionInNote } from "../../src/datasets/scoresLayout";
import { readSource } from "../../src/workbook/xlsxRead";
import { runCli } from "./runCli";

/**
 * A KPI's direction written in a note (an Excel comment) on its header, where the header has no room:
 * a 绩效考核表 whose 投诉次数 columns carry the note "越低越好", and an English sheet whose "Returns"
 * header carries "Lower is better". Figures by hand (equal weights, lower is better = 2 − actual/target):
 * - 张伟: 销售额 120/100 = 1.2; 投诉次数 2 − 6/4 = 0.5 → (1.2 + 0.5)/2 = 0.85 (read as higher: 1.35)
 * - 李娜: 销售额 80/100 = 0.8; 投诉次数 2 − 2/4 = 1.5 → (0.8 + 1.5)/2 = 1.15 (read as higher: 0.65)
 */


const run = (argv: string[]): ReturnType<typeof runCli> => runCli(argv);

let dir: string;

async function kpiSheet(file: string, rows: (string | number)[][], notes: Record<string, string>): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(rows[0][0] === "姓名" ? "绩效考核" : "KPIs");
  rows.forEach((r) => sheet.addRow(r));
  for (const [ref, note] of Object.entries(notes)) sheet.getCell(ref).note = note;
  await book.xlsx.writeFile(file);
}

const ZH_ROWS = [
  ["姓名", "部门", "销售额目标", "销售额实际", "投诉次数目标", "投诉次数实际"],
  ["张伟", "华东", 100, 120, 4, 6],
  ["李娜", "华南", 100, 80, 4, 2],
];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "header-notes-"));
  await kpiSheet(path.join(dir, "zh.xlsx"), ZH_ROWS, { E1: "王经理:\n越低越好，按月统计" });
  await kpiSheet(path.join(dir, "zh-plain.xlsx"), ZH_ROWS, { E1: "按月统计" });
  await kpiSheet(
    path.join(dir, "en.xlsx"),
    [
      ["Rep", "Revenue Target", "Revenue Actual", "Returns Target", "Returns Actual"],
      ["Ann", 100, 120, 4, 6],
    ],
    { E1: "Lower is better: returns per month" },
  );
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("directionInNote", () => {
  it.each([
    ["王经理:\n越低越好，按月统计", "lower"],
    ["Lower is better: returns per month", "lower"],
    ["指标方向：反向", "lower"],
    ["↓", "lower"],
    ["Higher is better", "higher"],
    ["按月统计", null],
    ["Counted per month; lower is better for cost, higher is better for sales", null],
  ])("reads %j as %s", (note, direction) => {
    expect(directionInNote(note)).toBe(direction);
  });
});

describe("a direction in a note on a KPI's header", () => {
  it("is read onto the KPI's records, and said with the note's cell, in the run's language", async () => {
    const zh = await readSource(path.join(dir, "zh.xlsx"), "scores", {}, { language: "zh-CN" });
    if (zh instanceof ReadError) throw zh;
    const directions = new Map((zh.records as ScoreRecord[]).map((r) => [r.kpi, r.kpiDirection]));
    expect([...directions]).toEqual([
      ["销售额", null],
      ["投诉次数", "lower"],
    ]);
    expect(zh.warnings).toContain("工作表“绩效考核”：按 E1 单元格批注所写，“投诉次数”按越低越好计算");
    const en = await readSource(path.join(dir, "en.xlsx"), "scores");
    if (en instanceof ReadError) throw en;
    expect(en.warnings).toContain('Sheet "KPIs": "Returns" is read as lower is better, as the note on E1 says');
  });

  it("turns the scores around in the scorecard the command line builds", async () => {
    const withNote = await run(["scorecard", "--in", path.join(dir, "zh.xlsx"), "--out", path.join(dir, "zh-out.xlsx"), "--lang", "en"]);
    const without = await run(["scorecard", "--in", path.join(dir, "zh-plain.xlsx"), "--out", path.join(dir, "plain-out.xlsx"), "--lang", "en"]);
    expect([withNote.code, without.code]).toEqual([0, 0]);
    // (0.85 + 1.15) / 2 with the note; (1.35 + 0.65) / 2 without: the same average, so the people tell.
    const scores = async (file: string): Promise<Record<string, number>> => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const out: Record<string, number> = {};
      const sheet = book.worksheets[0];
      let col = 0;
      sheet.eachRow((row) => {
        const cells = (row.values as ExcelJS.CellValue[]).map((v) => (v !== null && typeof v === "object" && "result" in v ? v.result : v));
        const at = cells.findIndex((v) => v === "Weighted score");
        if (col === 0 && at > 0) col = at;
        else if (col > 0 && typeof cells[1] === "string" && typeof cells[col] === "number") out[cells[1]] = cells[col] as number;
      });
      return out;
    };
    const noted = await scores(path.join(dir, "zh-out.xlsx"));
    const plain = await scores(path.join(dir, "plain-out.xlsx"));
    expect([noted["张伟"], noted["李娜"], plain["张伟"], plain["李娜"]].map((v) => Number(v.toFixed(6)))).toEqual([0.85, 1.15, 1.35, 0.65]);
  });
});
