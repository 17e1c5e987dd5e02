import fc from "fast-check";
import { readDataset, ReadError } from "../../src/datasets/readDataset";
import { detectMonthColumns, wideHistoryLayout } from "../../src/datasets/monthColumns";
import { pickSource } from "../../src/datasets/grid";
import { parseMonthWord, parseYear, parseYearMonth } from "../../src/core/text/parseYearMonth";
import type { HistoryRecord, SourceData } from "../../src/datasets/records";
import type { CellValue } from "../../src/excel/cell";

/** Monthly sales history laid out across columns, as teams keep it (issue 9, item 5). */

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function read(grid: CellValue[][], where: { sheet: string; errors?: Record<string, string> } = { sheet: "History" }, language: "en" | "zh-CN" = "en"): SourceData<HistoryRecord> {
  const result = readDataset("history", grid, where, { language });
  if (result instanceof ReadError) throw new Error(`unexpected ReadError: ${result.message}`);
  return result;
}

/** The records summed per year-month, as the target plan's SUMIFS over the history copy does. */
function byMonth(records: readonly HistoryRecord[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) {
    const key = `${r.year}-${String(r.month).padStart(2, "0")}`;
    out[key] = (out[key] ?? 0) + r.amount;
  }
  return out;
}

describe("month labels", () => {
  it.each<[string | number, { year: number; month: number } | null]>([
    ["2025-01", { year: 2025, month: 1 }],
    ["2025/3", { year: 2025, month: 3 }],
    ["2025.12", { year: 2025, month: 12 }],
    ["2025年1月", { year: 2025, month: 1 }],
    ["2025年01月份", { year: 2025, month: 1 }],
    ["２０２５年３月", { year: 2025, month: 3 }],
    ["Jan 2025", { year: 2025, month: 1 }],
    ["January-2025", { year: 2025, month: 1 }],
    ["Sept. 2025", { year: 2025, month: 9 }],
    ["2025 Mar", { year: 2025, month: 3 }],
    ["03/2025", { year: 2025, month: 3 }],
    ["2025-03-01", { year: 2025, month: 3 }],
    ["2025-03-15", null], // a date, not a month
    [45730, null], // 14 March 2025: a date
    [45717.5, null],
    [202503, { year: 2025, month: 3 }],
    [45717, { year: 2025, month: 3 }], // 2025-03-01 as a date serial
    ["Mar-25", null], // two-digit years are never guessed
    ["2025-13", null],
    ["Q1 2025", null],
    ["Revenue", null],
    [3, null],
    [1850, null],
    ["constructor 2025", null],
  ])("%p → %p", (value, expected) => {
    expect(parseYearMonth(value)).toEqual(expected);
  });

  it("reads months alone and years alone, never a bare number as a month", () => {
    expect(["1月", "一月", "十二月", "Mar", "march", "M3", "3月份"].map(parseMonthWord)).toEqual([1, 1, 12, 3, 3, 3, 3]);
    expect(["3", "13月", "constructor", "toString"].map(parseMonthWord)).toEqual([null, null, null, null]);
    expect(["2025", "2025年", "FY2025", "2025年度", 2025, "25", 99].map(parseYear)).toEqual([2025, 2025, 2025, 2025, 2025, null, null]);
  });

  it("never throws and reads every label it writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const mm = String(month).padStart(2, "0");
        for (const label of [`${year}-${mm}`, `${year}年${month}月`, `${MONTHS_EN[month - 1]} ${year}`, `${mm}/${year}`, year * 100 + month]) {
          expect(parseYearMonth(label)).toEqual({ year, month });
        }
      }),
    );
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double()), (v) => void parseYearMonth(v)));
  });
});

describe("wide monthly history", () => {
  // A 月度销售统计表 as kept by hand: a merged title, a row per region, a 合计 column and a 合计 row.
  const zh: CellValue[][] = [
    ["2025年各区域月度销售统计（元）"],
    ["区域", ...Array.from({ length: 12 }, (_, i) => `2025年${i + 1}月`), "合计"],
    ["华东", 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 1860],
    ["华南", 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 105, 930],
    ["华北", null, null, null, 40, 40, 40, 40, 40, 40, 40, 40, 40, 360],
    ["合计", 150, 165, 180, 235, 250, 265, 280, 295, 310, 325, 340, 355, 3150],
  ];

  it("adds the regions up per month, leaves out the total row and the total column", () => {
    const data = read(zh, { sheet: "月度销售" }, "zh-CN");
    // Worked by hand: each month is 华东 + 华南 + 华北 (华北 opened in April; its blank months are no sales).
    expect(byMonth(data.records)).toEqual({
      "2025-01": 150, "2025-02": 165, "2025-03": 180, "2025-04": 235, "2025-05": 250, "2025-06": 265,
      "2025-07": 280, "2025-08": 295, "2025-09": 310, "2025-10": 325, "2025-11": 340, "2025-12": 355,
    });
    expect(data.records).toHaveLength(12 + 12 + 9);
    expect(data.records.filter((r) => r.row === 5)).toHaveLength(9);
    expect(data.warnings[0]).toBe("工作表“月度销售”：按“每月一列”的月度销售读取，2025-01 至 2025-12（共 12 个月），每行一个“区域”，各行按月相加；空白的月份视为没有销售记录");
    expect(data.warnings).toContain("工作表“月度销售”第6行：已略过合计行（“合计”）");
    expect(data.warnings).toHaveLength(2);
  });

  it("reads months under a merged year row, two years side by side", () => {
    const years: CellValue[] = ["Rep", "2024年", ...Array(11).fill(null), "2025年", ...Array(11).fill(null)];
    const months: CellValue[] = [null, ...Array.from({ length: 24 }, (_, i) => `${(i % 12) + 1}月`)];
    const grid: CellValue[][] = [years, months, ["Ann", ...Array.from({ length: 24 }, (_, i) => i + 1)], ["Bo", ...Array.from({ length: 24 }, () => 10)]];
    const layout = detectMonthColumns(grid, 20);
    expect(layout).toMatchObject({ headerRow: 1, headerRows: 2 });
    expect(layout!.months.map((m) => `${m.year}-${m.month}`).slice(10, 14)).toEqual(["2024-11", "2024-12", "2025-1", "2025-2"]);
    const data = read(grid);
    const sums = byMonth(data.records);
    expect(sums["2024-01"]).toBe(11); // 1 + 10
    expect(sums["2025-12"]).toBe(34); // 24 + 10
    expect(Object.keys(sums)).toHaveLength(24);
  });

  it("leaves out an error or a word in a month with one warning per value, naming the cells", () => {
    const grid: CellValue[][] = [
      ["Region", "Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025"],
      ["North", 10, null, "n/a", 13],
      ["South", 20, 21, "n/a", null],
      ["West", "1,200", 5, 6, 7],
    ];
    const data = read(grid, { sheet: "Monthly", errors: { C2: "#N/A" } });
    expect(byMonth(data.records)).toEqual({ "2025-01": 1230, "2025-02": 26, "2025-03": 6, "2025-04": 20 });
    expect(data.warnings).toEqual([
      'Sheet "Monthly": read as monthly sales across columns, 2025-01 to 2025-04 (4 months), a row per "Region"; the rows are added up per month; a blank month counts as no sales recorded',
      'Sheet "Monthly": left out 1 month cell showing #N/A (C2): that month is read as no sales recorded; enter a number to use it',
      'Sheet "Monthly": left out 2 month cells showing "n/a" (D2, D3): those months are read as no sales recorded; enter a number to use them',
    ]);
  });

  it("leaves out a total row found only by its sums", () => {
    const grid: CellValue[][] = [["", "2025-01", "2025-02", "2025-03"], ["A", 1, 2, 3], ["B", 4, 5, 6], [null, 5, 7, 9]];
    const data = read(grid);
    expect(byMonth(data.records)).toEqual({ "2025-01": 5, "2025-02": 7, "2025-03": 9 });
    expect(data.warnings.some((w) => w.includes("row 4"))).toBe(true);
  });

  it("stops when a month heads two columns, naming both", () => {
    const result = readDataset("history", [["Region", "2025-01", "Jan 2025", "2025-02"], ["N", 1, 2, 3]], { sheet: "H" }, {});
    expect(result).toBeInstanceOf(ReadError);
    expect((result as ReadError).messages).toEqual(['Sheet "H": the month 2025-01 heads columns B and C: give each month one column']);
  });

  it("does not take a plan or targets laid out by month for history", () => {
    const targets: CellValue[][] = [["2026 sales targets"], ["Rep", "Jan 2026", "Feb 2026", "Mar 2026"], ["Ann", 10, 10, 10]];
    expect(wideHistoryLayout(targets, 20)).toBeNull();
    expect(wideHistoryLayout([["销售员", "2026年1月", "2026年2月", "2026年3月"]], 20)).not.toBeNull();
    expect(wideHistoryLayout([["销售员", "年度目标", "2026年1月", "2026年2月", "2026年3月"]], 20)).toBeNull();
    expect(readDataset("history", targets, { sheet: "Plan" }, {})).toBeInstanceOf(ReadError);
  });

  it("is found among the sheets as the history, and the long layout still wins when both are there", () => {
    const wide = { kind: "sheet" as const, name: "Sheet2", grid: zh };
    const people = { kind: "sheet" as const, name: "Sheet1", grid: [["姓名", "团队", "去年销售额"], ["张伟", "华东", 100]] as CellValue[][] };
    expect(pickSource("history", [people, wide])).toBe(1);
    const long = { kind: "sheet" as const, name: "History", grid: [["Year", "Month", "Sales"], [2025, 1, 10]] as CellValue[][] };
    expect(pickSource("history", [wide, long])).toBe(1);
    expect(pickSource("history", [{ ...wide, name: "2026年销售目标" }])).toBe(-1);
  });

  it("reads the same monthly totals from the wide and the long layout of random data", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }), { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const wide: CellValue[][] = [["Region", ...MONTHS_EN.map((m) => `${m} 2025`)], ...rows.map((r, i) => [`R${i}`, ...r])];
          const long: CellValue[][] = [["Year", "Month", "Sales"], ...rows.flatMap((r) => r.flatMap((v, m) => (v === null ? [] : [[2025, m + 1, v]])))];
          const a = readDataset("history", wide, { sheet: "W" }, {});
          const b = readDataset("history", long, { sheet: "L" }, {});
          if (a instanceof ReadError || b instanceof ReadError) throw new Error("read failed");
          // A region row that is the sum of the rows above is a total row in either layout's eyes only in the wide one.
          if (a.warnings.some((w) => w.includes("left out"))) return;
          expect(byMonth(a.records)).toEqual(byMonth(b.records));
        },
      ),
    );
  });
});

describe("a people sheet with last year month by month", () => {
  const months = Array.from({ length: 12 }, (_, i) => `2025年${i + 1}月`);
  const row = (name: string, team: string, values: (number | string | null)[]): CellValue[] => [name, team, ...values];
  const grid: CellValue[][] = [
    ["姓名", "团队", ...months],
    row("张伟", "华东", Array(12).fill(100)),
    row("李娜", "华东", [null, null, null, ...Array(9).fill(90)]), // joined in April
    row("王芳", "华北", [...Array(8).fill(50), null, null, null, null]), // no figures after August
    row("赵强", "华北", [100, 100, 100, 100, 100, null, 100, 100, 100, 100, 100, 100]), // June blank: no sales that month
    row("刘洋", "华北", [100, 100, 100, 100, 100, "待补", 100, 100, 100, 100, 100, 100]), // June unreadable
    row("陈静", "华南", Array(12).fill(null)),
  ];

  it("sums a whole year, takes a run rate for part of one, and ends a person whose figures stop", () => {
    const result = readDataset("people", grid, { sheet: "人员", errors: {} }, { language: "zh-CN" });
    if (result instanceof ReadError) throw result;
    const byName = Object.fromEntries(result.records.map((p) => [p.name, p]));
    // By hand: 12 × 100; 9 × 90 / 9 × 12; 8 × 50 / 8 × 12; 11 × 100 (June counts as a month without sales);
    // 11 × 100 / 11 × 12 (June unknown, left out of the average); no figures at all.
    expect(Object.values(byName).map((p) => [p.name, p.lastYear])).toEqual([
      ["张伟", 1200],
      ["李娜", 1080],
      ["王芳", 600],
      ["赵强", 1100],
      ["刘洋", 1200],
      ["陈静", null],
    ]);
    expect(byName["王芳"].end).toBe(45900); // 2025-08-31
    expect(byName["张伟"].end).toBeNull();
    expect(result.warnings).toEqual([
      "工作表“人员”：去年销售额取自 2025-01 至 2025-12 各月的数据",
      "工作表“人员”第3行：“李娜”在最近 12 个月中只有 9 个月有销售（2025-04 至 2025-12）：去年销售额按月平均值 × 12 计算",
      "工作表“人员”第4行：“王芳”在最近 12 个月中只有 8 个月有销售（2025-01 至 2025-08）：去年销售额按月平均值 × 12 计算",
      "工作表“人员”第4行：“王芳”的数据止于 2025-08，而表格一直到 2025-12：视为已于 2025-08 月底离岗，不分配目标（如有误，请补填月份或填写离岗日期）",
      "工作表“人员”第6行H列（2025-06）：“待补”不是数字：该月不计入此人的月平均；填入数字后即可使用",
      "工作表“人员”第6行：“刘洋”在最近 12 个月中只有 11 个月有销售（2025-01 至 2025-12）：去年销售额按月平均值 × 12 计算",
    ]);
  });

  it("keeps a last-year column when there is one, and an end date the sheet gives", () => {
    const withColumn: CellValue[][] = [["Name", "Last year", "End date", ...months], ["Ann", 999, null, ...Array(4).fill(1), ...Array(8).fill(null)]];
    const result = readDataset("people", withColumn, { sheet: "People" }, {});
    if (result instanceof ReadError) throw result;
    expect(result.records[0]).toMatchObject({ lastYear: 999, end: null });
  });
});
