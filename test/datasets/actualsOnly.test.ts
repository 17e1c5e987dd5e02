import { readDataset, ReadError } from "../../src/datasets/readDataset";
import { headerCandidate, pickSource } from "../../src/datasets/grid";
import { scoreKpi } from "../../src/datasets/scoresLayout";
import type { ScoreRecord, SourceData } from "../../src/datasets/records";
import type { CellValue } from "../../src/excel/cell";

/**
 * Wide KPI sheets without a target/actual pair per KPI (issue 9, item 1): actuals with the targets in a
 * row under the header, and sheets that already hold a score per KPI.
 */

function read(grid: CellValue[][], sheet: string, language: "en" | "zh-CN" = "en"): SourceData<ScoreRecord> {
  const result = readDataset("scores", grid, { sheet }, { language });
  if (result instanceof ReadError) throw new Error(`unexpected ReadError: ${result.message}`);
  return result;
}

const brief = (r: ScoreRecord): [string, string, number, number, number | null, string | null] => [r.name, r.kpi, r.target, r.actual as number, r.kpiWeight ?? null, r.kpiDirection ?? null];

describe("actuals with a targets row", () => {
  // A 绩效考核表 as a sales office keeps it: a merged title, the KPIs' targets and weights in rows under
  // the header, one row per person with the actuals, a 合计 row.
  const sheet: CellValue[][] = [
    ["2026年11月销售部绩效考核表"],
    ["姓名", "部门", "销售额（万元）", "新客户数", "投诉数（越低越好）"],
    ["目标", null, 50, 10, 2],
    ["权重", null, "50%", "30%", "20%"],
    ["张伟", "华东", 60, 8, 1],
    ["李娜", "华东", 45, 12, 3],
    ["王芳", "华南", 50, null, 0],
    ["合计", null, 155, 20, 4],
  ];

  it("reads each person's actuals against the row's targets, with the weights row and the header's direction", () => {
    const data = read(sheet, "考核表", "zh-CN");
    expect(data.records.map(brief)).toEqual([
      ["张伟", "销售额(万元)", 50, 60, 0.5, null],
      ["张伟", "新客户数", 10, 8, 0.3, null],
      ["张伟", "投诉数", 2, 1, 0.2, "lower"],
      ["李娜", "销售额(万元)", 50, 45, 0.5, null],
      ["李娜", "新客户数", 10, 12, 0.3, null],
      ["李娜", "投诉数", 2, 3, 0.2, "lower"],
      ["王芳", "销售额(万元)", 50, 50, 0.5, null],
      // 王芳 has no 新客户数: that KPI does not apply to her.
      ["王芳", "投诉数", 2, 0, 0.2, "lower"],
    ]);
    expect(data.records.map((r) => r.team)).toEqual(["华东", "华东", "华东", "华东", "华东", "华东", "华南", "华南"]);
    expect(data.warnings[0]).toBe("工作表“考核表”：按“每人一行、每项指标一列实际”读取，各指标的目标取自第3行：销售额(万元) (C)、新客户数 (D)、投诉数 (E)");
    expect(data.warnings).toContain("工作表“考核表”第8行：已略过合计行（“合计”）");
  });

  it("is found as the KPI results among the sheets", () => {
    expect(pickSource("scores", [{ kind: "sheet", name: "Sheet1", grid: [["Name", "Team"], ["Ann", "N"]] }, { kind: "sheet", name: "Sheet2", grid: sheet }])).toBe(1);
  });

  it("names the cell of a target that is no number", () => {
    const bad = sheet.map((row) => [...row]);
    bad[2][3] = "十个";
    const result = readDataset("scores", bad, { sheet: "考核表" }, {});
    expect(result).toBeInstanceOf(ReadError);
    expect((result as ReadError).messages).toEqual(['Sheet "考核表", row 3, column D (新客户数): "十个" is not a number']);
  });
});

describe("a score per KPI", () => {
  it("reads each score against 100, and leaves the total score out", () => {
    const data = read(
      [
        ["姓名", "部门", "销售额得分", "回款率得分", "客户满意度得分", "总分"],
        ["张伟", "华东", 90, 80, 100, 89],
        ["李娜", "华东", 70, 95, null, 81.5],
      ],
      "得分",
      "zh-CN",
    );
    expect(data.records.map(brief)).toEqual([
      ["张伟", "销售额", 100, 90, null, null],
      ["张伟", "回款率", 100, 80, null, null],
      ["张伟", "客户满意度", 100, 100, null, null],
      ["李娜", "销售额", 100, 70, null, null],
      ["李娜", "回款率", 100, 95, null, null],
    ]);
    expect(data.warnings).toEqual([
      "工作表“得分”：按“每人一行、每项指标一列得分”读取，各项得分以满分计（括号中列名后的数字；若该列得分均为 95% 这样的小数，满分为 1）：销售额 (C, 100)、回款率 (D, 100)、客户满意度 (E, 100)",
      "工作表“得分”：已略过“总分”：加权总分由本工具按各指标得分计算",
    ]);
  });

  it("takes full marks of 1 for scores kept as percentages", () => {
    const data = read([["Rep", "Region", "Revenue score", "Calls score", "Overall score"], ["Ann", "North", 0.95, 1.1, 1.0], ["Bo", "South", 0.8, 0.7, 0.76]], "Scores");
    expect(data.records.map((r) => [r.kpi, r.target, r.actual])).toEqual([
      ["Revenue", 1, 0.95],
      ["Calls", 1, 1.1],
      ["Revenue", 1, 0.8],
      ["Calls", 1, 0.7],
    ]);
  });

  it.each([
    ["销售额得分", "销售额"],
    ["得分-回款率", "回款率"],
    ["Revenue score", "Revenue"],
    ["Score: Calls", "Calls"],
    ["总分", null],
    ["综合得分", null],
    ["Total score", null],
    ["得分", null],
    ["Revenue", null],
  ])("%s is the score of %p", (header, kpi) => {
    expect(scoreKpi(header)).toBe(kpi);
  });

  it("still prefers target/actual pairs when a sheet has them", () => {
    const data = read([["Rep", "Revenue Target", "Revenue Actual", "Quality score", "Speed score"], ["Ann", 100, 90, 80, 70]], "Mixed");
    expect(data.records.map((r) => r.kpi)).toEqual(["Revenue"]);
  });
});

describe("a people sheet with a target and an actual per period", () => {
  it.each([
    [["Name", "Team", "Q1 Target", "Q1 Actual", "Q2 Target", "Q2 Actual"]],
    [["姓名", "团队", "全年目标", "全年实际"]],
    [["Rep", "Jan Target", "Jan Actual", "Feb Target", "Feb Actual"]],
    [["姓名", "2026年目标", "2026年实际"]],
    [["Name", "YTD Target", "YTD Actual"]],
  ])("%p is no KPI sheet", (header) => {
    const grid: CellValue[][] = [header, header.map((h, i) => (i === 0 ? "Ann" : i === 1 && !/target|actual|目标|实际/i.test(h) ? "East" : 10))];
    expect(headerCandidate(grid, "scores").complete).toBe(false);
  });

  it("still reads a KPI named like a period word inside a longer name", () => {
    const data = read([["Rep", "Q1 revenue Target", "Q1 revenue Actual"], ["Ann", 100, 90]], "KPIs");
    expect(data.records.map((r) => r.kpi)).toEqual(["Q1 revenue"]);
  });
});
