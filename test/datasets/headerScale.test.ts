import { headerScale } from "../../src/core/text/headerScale";
import { readDataset, ReadError } from "../../src/datasets/readDataset";
import type { CellValue } from "../../src/excel/cell";

/** Money columns headed in 万元 or $000: each number is scaled, and said, never read as yuan or dollars. */

describe("the unit in a header", () => {
  it.each([
    ["金额（万元）", 10_000],
    ["销售额(万)", 10_000],
    ["回款(亿元)", 100_000_000],
    ["Revenue ($000)", 1_000],
    ["Sales (k)", 1_000],
    ["Amount (USD k)", 1_000],
    ["Pipeline (USD M)", 1_000_000],
    ["Sales (in thousands)", 1_000],
    ["金额（千元）", 1_000],
    ["Amount (USD)", null],
    ["金额（元）", null],
    ["Amount", null],
    ["Stage (current)", null],
  ])("%s → %p", (header, factor) => {
    expect(headerScale(header)?.factor ?? null).toBe(factor);
  });
});

describe("a transactions sheet kept in 万元", () => {
  const grid: CellValue[][] = [
    ["销售员", "日期", "产品线", "金额（万元）"],
    ["张伟", "2026-03-01", "软件", 12],
    ["张伟", "2026-03-02", "软件", "1.5"],
    ["李娜", "2026-03-03", "硬件", "3万"],
  ];

  it("multiplies each plain number by 10,000, leaves a cell with its own unit alone, and says so once", () => {
    const result = readDataset("transactions", grid, { sheet: "流水" }, { language: "zh-CN" });
    if (result instanceof ReadError) throw result;
    expect(result.records.map((r) => r.amount)).toEqual([120_000, 15_000, 30_000]);
    expect(result.warnings.filter((w) => w.includes("万元"))).toEqual(["工作表“流水”D列（金额（万元））：表头注明金额单位为“万元”：每个数乘以 10,000（12 读作 120,000）"]);
  });

  it("does not scale a KPI's target and actual, whose ratio is the score", () => {
    const result = readDataset("scores", [["姓名", "指标", "目标（万元）", "实际（万元）"], ["张伟", "销售额", 50, 60]], { sheet: "KPI" }, {});
    if (result instanceof ReadError) throw result;
    expect(result.records.map((r) => [r.target, r.actual])).toEqual([[50, 60]]);
  });
});
