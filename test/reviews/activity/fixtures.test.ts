import { readFileSync } from "fs";
import { join, resolve } from "path";
import { parse } from "csv-parse/sync";
import { isoDate } from "../../../src/core/text/parseDate";
import { ReadError, readDataset } from "../../../src/datasets/readDataset";
import type { ActivityRecord, SourceData } from "../../../src/datasets/records";
import { buildActivity } from "../../../src/reviews/activity/build";
import { ACTIVITY_LABELS } from "../../../src/reviews/activity/labels";
import { activityModel } from "../../../src/reviews/activity/model";
import { latestDataDate } from "../../../src/reviews/build";
import { buildContext } from "../../../src/reviews/context";
import { planSchema, type PlanInput } from "../../../src/reviews/plan";
import type { Cell } from "../../../src/sheets/spec";

/**
 * Activity logs laid out as they are exported (test/fixtures/activities/*.csv): a Salesforce tasks
 * report (one row per task: Assigned To, Task Type, Date…) and a 销售日报 export (填报日期, 填报人,
 * 活动类型, 次数). The expected figures come from test/fixtures/activities/expected.py, which reads the
 * same files with Python's csv module and each one's own type words, not this code.
 */

const FIXTURES = resolve(__dirname, "../../fixtures/activities");
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, "expected.json"), "utf8")) as Record<string, Expected>;

interface Expected {
  asOf: string;
  unknownTypes: Record<string, number>;
  /** Rows left out because their status is not Completed, by status (logs with a status column). */
  notCompleted?: Record<string, number>;
  team: Record<string, number[]>;
  people: {
    name: string;
    quotas: { type: string; counts: number[]; monthQuota: number; ofQuota: number | null }[];
    monthTotal: number;
    daysShort: number;
    weeksShort: number;
    currentStreak: number;
    longestStreak: number;
  }[];
}

function readCsv(file: string, language: "en" | "zh-CN" = "en"): SourceData<ActivityRecord> {
  const grid = parse(readFileSync(join(FIXTURES, file), "utf8"), { bom: true, relax_column_count: true }) as string[][];
  const result = readDataset("activities", grid, { sheet: file.replace(/\.csv$/, "") }, { language });
  if (result instanceof ReadError) throw new Error(`expected records, got:\n${result.message}`);
  return result;
}

const CASES = [
  {
    file: "salesforce-tasks.csv",
    language: "en" as const,
    // The team's own quotas: 4 calls a day, 3 meetings and 2 follow-ups a week.
    plan: { quotas: [{ type: "Call", quota: 4 }, { type: "Meeting", quota: 3, per: "week" }, { type: "Follow-up", quota: 2, per: "week" }] } as PlanInput["activity"],
    unknown: "Email",
  },
  // No plan: the default quotas (20 calls a day, 8 visits and 10 follow-ups a week) in Chinese words.
  { file: "daily-report-zh.csv", language: "zh-CN" as const, plan: undefined, unknown: "微信" },
];

describe.each(CASES)("the activity report of $file", ({ file, language, plan, unknown }) => {
  const expected = EXPECTED[file];
  const activities = readCsv(file, language);
  const input = planSchema.parse({ version: 1, language, ...(plan ? { activity: plan } : {}) });
  const ctx = buildContext(input, latestDataDate({ activities }), 0);
  const model = activityModel(ctx, { activities }, ACTIVITY_LABELS[language]);

  it("takes the latest day of the log as the as-of date", () => {
    expect(isoDate(ctx.asOf)).toBe(expected.asOf);
  });

  it("gives each person's counts, month quota and share per quota as expected.py does", () => {
    const got = model.people.map((p) => ({ name: p.name, quotas: p.quotas.map((q) => ({ counts: q.counts, monthQuota: q.monthQuota, ofQuota: q.ofQuota })) }));
    const want = expected.people.map((p) => ({
      name: p.name,
      quotas: p.quotas.map((q) => ({ counts: q.counts, monthQuota: expect.closeTo(q.monthQuota, 9), ofQuota: q.ofQuota === null ? "" : expect.closeTo(q.ofQuota, 9) })),
    }));
    expect(got).toEqual(want);
  });

  it("says who fell short and how often, and their streaks, as expected.py does", () => {
    const got = model.people.map((p) => [p.name, p.monthTotal, p.daysShort, p.weeksShort, p.currentStreak, p.longestStreak]);
    expect(got).toEqual(expected.people.map((p) => [p.name, p.monthTotal, p.daysShort, p.weeksShort, p.currentStreak, p.longestStreak]));
  });

  it("gives the team's counts per type on the day, the week and the month to date", () => {
    const byType = Object.fromEntries(model.types.map((t) => [t.type, t.counts]));
    expect(byType).toEqual(expected.team);
  });

  it("keeps a type it does not know as written and says it once, with its rows", () => {
    const [[value, rows]] = Object.entries(expected.unknownTypes);
    expect(value).toBe(unknown);
    const said = activities.warnings.filter((w) => w.includes(`${value}`));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`${rows}`);
  });

  it("counts only completed tasks, and names how many it left out by status", () => {
    const left = Object.entries(expected.notCompleted ?? {});
    const said = activities.warnings.filter((w) => w.includes("not completed"));
    expect(said).toHaveLength(left.length > 0 ? 1 : 0);
    if (left.length === 0) return;
    expect(said[0]).toContain(`${left.reduce((n, [, rows]) => n + rows, 0)} activity rows are not completed`);
    for (const [status, rows] of left) expect(said[0]).toContain(`"${status}" (${rows} row${rows === 1 ? "" : "s"})`);
  });

  it("writes each count as a formula whose cached value is the model's", () => {
    const build = buildActivity(ctx, { activities });
    const sheet = build.sheets[build.sheets.length - 1];
    const row = sheet.rows.find((r) => r[0]?.v === expected.people[0].name) as (Cell | null)[];
    expect(row[1]?.f).toMatch(/^SUMIFS\(/);
    expect(row.slice(1, 4).map((c) => c?.v)).toEqual(expected.people[0].quotas[0].counts);
  });
});
