import { parseActivityType } from "../../src/datasets/activityTypes";
import { ACTIVITY_EXTRA_HEADERS, normalizeHeader, SYNONYMS } from "../../src/datasets/columns";
import { ReadError, readDataset } from "../../src/datasets/readDataset";
import type { ActivityRecord, SourceData } from "../../src/datasets/records";
import { dateSerial } from "../../src/core/text/parseDate";

const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;

function read(grid: (string | number | null)[][], language: "en" | "zh-CN" = "en"): SourceData<ActivityRecord> | ReadError {
  return readDataset("activities", grid, { sheet: "Log" }, { language });
}

describe("parseActivityType", () => {
  it.each([
    ["Phone Call", "call"],
    ["通话", "call"],
    ["上门拜访", "visit"],
    ["Meetings", "meeting"],
    ["报价", "proposal"],
    ["New Contacts", "newContact"],
    ["Follow-Up", "followUp"],
    ["回访", "followUp"],
    ["Product demo", "demo"],
    ["微信", null],
    ["Email", null],
  ])("reads %s as %s", (text, type) => {
    expect(parseActivityType(text)).toBe(type);
  });
});

describe("reading an activity log", () => {
  it("reads a 日报 with Chinese headers, a count column and a team", () => {
    const result = read([
      ["日期", "姓名", "部门", "活动类型", "次数"],
      ["2026-11-02", "王芳", "华东", "电话", 25],
      ["2026-11-02", "王芳", "华东", "拜访", null],
    ]) as SourceData<ActivityRecord>;
    expect(result.records.map((r) => [r.date, r.rep, r.team, r.type, r.count])).toEqual([
      [day(11, 2), "王芳", "华东", "call", 25],
      [day(11, 2), "王芳", "华东", "visit", 1],
    ]);
  });

  it("counts one activity a row when the log has no count column, and reads a time after the date", () => {
    const result = read([
      ["Activity date", "Activity assigned to", "Activity type", "Associated company", "Call outcome"],
      ["2026-11-03 14:05", "Ann", "Call", "Acme", "Connected"],
    ]) as SourceData<ActivityRecord>;
    expect(result.records).toEqual([{ row: 2, date: day(11, 3), rep: "Ann", type: "call", count: 1, team: null, customer: "Acme", deal: null, outcome: "Connected" }]);
  });

  it("keeps an unknown type under its first spelling and says it once with its rows", () => {
    const result = read([
      ["Date", "Rep", "Type"],
      ["2026-11-02", "Ann", "WeChat"],
      ["2026-11-02", "Bob", "wechat "],
      ["2026-11-02", "Bob", "Email"],
    ]) as SourceData<ActivityRecord>;
    expect(result.records.map((r) => r.type)).toEqual(["WeChat", "WeChat", "Email"]);
    expect(result.warnings).toEqual([
      'Sheet "Log", column C (Type): 2 activity types that are not among the known ones (calls, visits, meetings, proposals, new contacts, follow-ups, demos) are counted as written: "WeChat" (2 rows), "Email" (1 row); give a quota in the plan (activity.quotas) to check them',
    ]);
  });

  it("says so in Chinese", () => {
    const result = read([
      ["日期", "跟进人", "跟进方式"],
      ["2026-11-02", "王芳", "微信"],
    ], "zh-CN") as SourceData<ActivityRecord>;
    expect(result.warnings).toEqual([expect.stringContaining("1 种活动类型不在已知类型")]);
  });

  it("refuses a count that is negative or not whole, naming the cell", () => {
    const result = read([
      ["Date", "Rep", "Type", "Count"],
      ["2026-11-02", "Ann", "Call", -2],
      ["2026-11-02", "Ann", "Call", 1.5],
    ]);
    expect(result).toBeInstanceOf(ReadError);
    expect((result as ReadError).messages).toEqual([
      'Sheet "Log", row 2, column D (Count): -2 is not a count of activities (a whole number, 0 or more)',
      'Sheet "Log", row 3, column D (Count): 1.5 is not a count of activities (a whole number, 0 or more)',
    ]);
  });

  // Salesforce's Task Status picklist: Not Started, In Progress, Completed, Waiting on someone else, Deferred.
  it("counts only completed tasks when the log has a status column, and says how many it left out, by status", () => {
    const result = read([
      ["Assigned To", "Task Type", "Date", "Status"],
      ["Ann", "Call", "2026-11-02", "Completed"],
      ["Ann", "Call", "2026-11-02", "Not Started"],
      ["Bob", "Meeting", "2026-11-03", "Deferred"],
      ["Bob", "Call", "2026-11-03", "completed"],
      ["Bob", "Call", "2026-11-04", "Not Started"],
      ["Bob", "Call", "2026-11-04", null],
      ["Ann", "Call", "2026-11-04", "Waiting on someone else"],
    ]) as SourceData<ActivityRecord>;
    expect([result.records.map((r) => [r.row, r.rep]), result.warnings]).toEqual([
      [[2, "Ann"], [5, "Bob"]],
      ['Sheet "Log", column D (Status): 5 activity rows are not completed and left out (only completed activities count): "Not Started" (2 rows), "Deferred" (1 row), "blank" (1 row), "Waiting on someone else" (1 row)'],
    ]);
  });

  it("says so in Chinese, with a 状态 column", () => {
    const result = read([
      ["日期", "跟进人", "跟进方式", "状态"],
      ["2026-11-02", "王芳", "电话", "已完成"],
      ["2026-11-02", "王芳", "电话", "未开始"],
    ], "zh-CN") as SourceData<ActivityRecord>;
    expect([result.records.length, result.warnings]).toEqual([1, [expect.stringContaining("1 行活动未完成，未计入（只统计已完成的活动）：“未开始”（1 行）")]]);
  });

  it("keeps the status column apart from every activities role", () => {
    const roleWords = new Set(Object.values(SYNONYMS.activities).flat().map(normalizeHeader));
    expect(ACTIVITY_EXTRA_HEADERS.status.map(normalizeHeader).filter((w) => roleWords.has(w))).toEqual([]);
  });
});
