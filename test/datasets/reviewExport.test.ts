import { ReadError, readDataset } from "../../src/datasets/readDataset";
import { isNotEntered } from "../../src/datasets/reviewExport";
import type { Grid } from "../../src/datasets/grid";
import type { ScoreRecord, SourceData } from "../../src/datasets/records";

/**
 * What an HR system's performance export says beside a long KPI sheet's roles: the employee number, the
 * review period and status, its own scores, "--" for not entered, and a direction in a KPI's name.
 */

function scores(grid: Grid, language: "en" | "zh-CN" = "en"): SourceData<ScoreRecord> {
  const result = readDataset("scores", grid, { sheet: "考核" }, { language });
  if (result instanceof ReadError) throw new Error(`expected records, got:\n${result.message}`);
  return result;
}

function fails(grid: Grid, language: "en" | "zh-CN" = "en"): string {
  const result = readDataset("scores", grid, { sheet: "考核" }, { language });
  if (!(result instanceof ReadError)) throw new Error(`expected a ReadError, got ${result.records.length} records`);
  return result.message;
}

const HEADER = ["工号", "姓名", "部门", "考核周期", "考核状态", "指标名称", "权重", "目标值", "完成值", "得分"];
const row = (id: string, name: string, dept: string, kpi: string, target: number, actual: number | string | null, extra: { period?: string; status?: string } = {}): (string | number | null)[] => [
  id,
  name,
  dept,
  extra.period ?? "2026年第三季度",
  extra.status ?? "已完成",
  kpi,
  "50%",
  target,
  actual,
  null,
];

describe("isNotEntered", () => {
  it.each(["--", "---", "—", "——", " -- ", "－－"])("reads %j as not entered", (text) => expect(isNotEntered(text)).toBe(true));
  it.each(["-", "0", "", "n/a", "-5", 0])("does not read %j as not entered", (v) => expect(isNotEntered(v)).toBe(false));
});

describe("an HR export's long KPI sheet", () => {
  it("scores two people of one name in two departments apart, their employee numbers agreeing", () => {
    const read = scores([HEADER, row("DT1", "王磊", "华东", "销售额", 100, 110), row("DT2", "王磊", "华南", "销售额", 100, 90)]);
    expect(read.records.map((r) => [r.name, r.team, r.actual])).toEqual([
      ["王磊", "华东", 110],
      ["王磊", "华南", 90],
    ]);
  });

  it("stops on two employee numbers for one name and department, naming both rows and numbers, once", () => {
    const message = fails([HEADER, row("DT1", "王磊", "华东", "销售额", 100, 110), row("DT2", "王磊", "华东", "销售额", 100, 90)]);
    expect(message).toContain(`Sheet "考核", row 3, column A (工号): "王磊" (华东) has employee number "DT1" in row 2 and "DT2" here`);
    expect(message).not.toContain("twice");
  });

  it("stops on one employee number for two people, in Chinese too", () => {
    const message = fails([HEADER, row("DT1", "王磊", "华东", "销售额", 100, 110), row("DT1", "王磊", "华南", "销售额", 100, 90)], "zh-CN");
    expect(message).toContain("工作表“考核”第3行A列（工号）：工号“DT1”在第2行是“王磊”（华东），在此处是“王磊”（华南）：一个工号只能对应一个人");
  });

  it("stops on rows of two review periods, naming each period's rows", () => {
    const message = fails([HEADER, row("DT1", "王磊", "华东", "销售额", 100, 110, { period: "2026年第二季度" }), row("DT1", "王磊", "华东", "新客户", 10, 9, { period: "2026年第三季度" })]);
    expect(message).toContain(`Sheet "考核", column D (考核周期): rows of 2 review periods: "2026年第二季度" (row 2), "2026年第三季度" (row 3); a scorecard is for one period`);
  });

  it("says the one period it read", () => {
    expect(scores([HEADER, row("DT1", "王磊", "华东", "销售额", 100, 110)]).warnings).toContain(`Sheet "考核", column D (考核周期): every row is of the review period "2026年第三季度"`);
  });

  it("scores a review still under way on what was entered, and says so naming the person and rows", () => {
    const read = scores([HEADER, row("DT1", "李静", "华东", "销售额", 80, 88, { status: "进行中" }), row("DT1", "李静", "华东", "新客户", 8, "--", { status: "进行中" }), row("DT2", "王芳", "华南", "销售额", 80, 80)]);
    expect(read.records.map((r) => [r.name, r.kpi, r.actual])).toEqual([
      ["李静", "销售额", 88],
      ["李静", "新客户", null],
      ["王芳", "销售额", 80],
    ]);
    expect(read.warnings).toContain(`Sheet "考核", column E (考核状态): the review of "李静" (华东, rows 2, 3) is "进行中", not finished: scored on what has been entered so far, which may still change`);
    expect(read.warnings).toContain(`Sheet "考核", column I (完成值): "--" in row 3 read as not entered yet: those KPIs count toward the person's score once an actual is entered`);
    expect(read.warnings.join("\n")).not.toContain("王芳");
  });

  it.each(["已完成", "Completed", "已结束", "结果已公布"])("says nothing of a review whose status is %s", (status) => {
    const read = scores([HEADER, row("DT1", "王磊", "华东", "销售额", 100, 110, { status })]);
    expect(read.warnings.join("\n")).not.toContain("not finished");
  });

  // An HRIS's goal tracking writes how each goal is going into its Status column: that is no review still under way.
  it("says a status column of goal statuses (On track, At risk) is not the review's, once, with the counts", () => {
    const read = scores([
      HEADER,
      row("E1", "Ann Lee", "Sales", "Revenue", 100, 90, { status: "On track" }),
      row("E1", "Ann Lee", "Sales", "Calls", 50, 20, { status: "At risk" }),
      row("E2", "Bo Chen", "Sales", "Revenue", 100, 120, { status: "on track" }),
    ]);
    expect(read.warnings.filter((w) => w.includes("column E"))).toEqual([
      'Sheet "考核", column E (考核状态): "On track" (2 rows), "At risk" (1 row) say how each goal is going, not whether the review is finished: not used; the score comes from each KPI\'s target and actual',
    ]);
    expect(read.warnings.join("\n")).not.toContain("not finished:");
  });

  it("names the export's own score columns as not used", () => {
    expect(scores([HEADER, row("DT1", "王磊", "华东", "销售额", 100, 110)], "zh-CN").warnings).toContain(
      "工作表“考核”：未使用“得分”（J列）：这些是导出系统自己的得分和等级；本表按各指标的目标和实际、权重及自身的评级标准重新评分",
    );
  });

  it("still stops on a lone \"-\" in an actual, which may be a zero shown as a dash", () => {
    expect(fails([HEADER, row("DT1", "王磊", "华东", "销售额", 100, "-")])).toContain(`row 2, column I (完成值): "-" is not a number`);
  });

  it("reads a direction in a KPI's name, takes it out of the name and says so", () => {
    const read = scores([
      ["姓名", "指标名称", "目标值", "实际值"],
      ["陈晨", "退货率（越低越好）", 0.05, 0.04],
      ["陈晨", "Churn rate (lower is better)", 0.05, 0.04],
      ["陈晨", "线索数", 200, 220],
    ]);
    expect(read.records.map((r) => [r.kpi, r.kpiDirection ?? null])).toEqual([
      ["退货率", "lower"],
      ["Churn rate", "lower"],
      ["线索数", null],
    ]);
    expect(read.warnings).toContain(`Sheet "考核", column B (指标名称): "退货率" is read as lower is better, as its name says (row 2)`);
  });

  it("uses the direction column over a KPI's name that says otherwise, and says so", () => {
    const read = scores([
      ["姓名", "指标名称", "指标方向", "目标值", "实际值"],
      ["陈晨", "退货率（越低越好）", "越高越好", 0.05, 0.04],
    ]);
    expect(read.records[0].kpiDirection).toBe("higher");
    expect(read.warnings.join("\n")).toContain(`row 2, column B (指标名称): the direction column says otherwise than the name "退货率（越低越好）"; "退货率" takes the direction column's`);
  });

  it("adds no warning to a plain long sheet", () => {
    expect(scores([["Name", "KPI", "Target", "Actual"], ["Ann", "Revenue", 100, 90]]).warnings).toEqual([]);
  });
});

describe("an HR export's wide KPI sheet (a target/actual pair per KPI)", () => {
  const WIDE = ["工号", "姓名", "部门", "考核周期", "考核状态", "销售额目标", "销售额实际", "新客户数目标", "新客户数实际", "考核等级"];

  it("reads the period, status and own grade as on a long sheet, and does not call them unread", () => {
    const read = scores([WIDE, ["DT1", "张伟", "华东", "2026-Q3", "已完成", 100, 110, 10, 8, "A"], ["DT2", "李娜", "华东", "2026-Q3", "进行中", 100, 90, 10, null, "B"]]);
    expect(read.records.map((r) => [r.name, r.kpi, r.actual])).toEqual([
      ["张伟", "销售额", 110],
      ["张伟", "新客户数", 8],
      ["李娜", "销售额", 90],
      ["李娜", "新客户数", null],
    ]);
    expect(read.warnings).toEqual(
      expect.arrayContaining([
        `Sheet "考核", column D (考核周期): every row is of the review period "2026-Q3"`,
        `Sheet "考核", column E (考核状态): the review of "李娜" (华东, row 3) is "进行中", not finished: scored on what has been entered so far, which may still change`,
        `Sheet "考核": not used: "考核等级" (column J), the export's own scores and grades; this review scores each KPI from its target and actual, with the weights and its own rating scale`,
      ]),
    );
    expect(read.warnings.join("\n")).not.toContain("not read as KPIs");
  });

  it("stops on one employee number for two people", () => {
    expect(fails([WIDE, ["DT1", "张伟", "华东", "2026-Q3", "已完成", 100, 110, 10, 8, "A"], ["DT1", "李娜", "华东", "2026-Q3", "已完成", 100, 90, 10, 9, "B"]])).toContain(
      `Sheet "考核", row 3, column A (工号): employee number "DT1" is "张伟" (华东) in row 2 and "李娜" (华东) here`,
    );
  });
});
