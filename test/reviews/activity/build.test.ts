import { dateSerial } from "../../../src/core/text/parseDate";
import { DEFAULT_STAGES } from "../../../src/datasets/columns";
import type { ActivityRecord, DealRecord, SourceData } from "../../../src/datasets/records";
import { buildActivity } from "../../../src/reviews/activity/build";
import type { BuildContext } from "../../../src/reviews/context";
import { parsePlan, planSchema, type PlanInput } from "../../../src/reviews/plan";
import type { Build, Cell, CellValue, SheetSpec } from "../../../src/sheets/spec";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;
/** Wednesday 4 November 2026. */
const AS_OF = day(11, 4);

function context(activity: PlanInput["activity"] = { quotas: [{ type: "calls", quota: 4 }, { type: "拜访", quota: 5, per: "week" }] }, language: BuildContext["language"] = "en"): BuildContext {
  const plan = planSchema.parse({ version: 1, language, activity });
  return { plan, language, asOf: AS_OF, periodStart: day(1, 1), periodEnd: day(12, 31) };
}

let nextRow = 2;
function act(rep: string, type: string, date: number, count = 1): ActivityRecord {
  return { row: nextRow++, date, rep, type, count, team: null, customer: null, deal: null, outcome: null };
}
function deal(owner: string, stage: string, status: DealRecord["status"]): DealRecord {
  return { row: nextRow++, id: `D-${nextRow}`, owner, stage, amount: 1000, created: null, stageDate: null, closeDate: null, status, probability: null };
}
function source<R>(sheet: string, records: R[], extra: Partial<SourceData<R>> = {}): SourceData<R> {
  return { origin: `Sheet "${sheet}"`, sheet, headers: {}, records, warnings: [], ...extra };
}

/**
 * Ann: calls 5 on Mon 2, 3 on Tue 3, 6 on Wed 4 November; visits 1 on Monday and 2 on Wednesday; a
 * follow-up of 2 on Tuesday. Bob: calls 5 on Monday and 4 on Wednesday (as "bob"), 2 on Saturday 31
 * October, and 3 on Thursday 5 November (after the as-of date).
 */
const activities = [
  act("Ann", "call", day(11, 2), 5),
  act("Ann", "visit", day(11, 2)),
  act("Bob", "call", day(11, 2), 5),
  act("Ann", "call", day(11, 3), 3),
  act("Ann", "followUp", day(11, 3), 2),
  act("Ann", "call", day(11, 4), 6),
  act("Ann", "visit", day(11, 4), 2),
  act("bob", "call", day(11, 4), 4),
  act("Bob", "call", day(10, 31), 2),
  act("Bob", "call", day(11, 5), 3),
];
/** Ann: two won, one open at Proposal; Bob: open at Lead and at Negotiation; Cy: lost at Needs. */
const deals = [deal("Ann", "Won", "won"), deal("Ann", "Won", "won"), deal("Ann", "Proposal", "open"), deal("Bob", "Lead", "open"), deal("Bob", "Negotiation", "open"), deal("Cy", "Needs", "lost")];

function build(options: { activity?: PlanInput["activity"]; withDeals?: boolean; language?: BuildContext["language"] } = {}): Build {
  return buildActivity(context(options.activity, options.language), {
    activities: source("Activities", activities),
    ...(options.withDeals ? { deals: source("Deals", deals, { stages: DEFAULT_STAGES }) } : {}),
  });
}

const review = (b: Build): SheetSpec => b.sheets[b.sheets.length - 1];
function rowOf(b: Build, label: string): CellValue[] {
  const row = review(b).rows.find((r) => r[0]?.v === label) as (Cell | null)[];
  return row.slice(1).map((c) => c?.v ?? null);
}
const close = (values: CellValue[]): unknown[] => values.map((v) => (typeof v === "number" ? expect.closeTo(v, 9) : v));

describe("buildActivity", () => {
  const b = build({ withDeals: true });

  // The month to date (1–4 November) and the week (Mon 2 – Wed 4) hold 3 working days, the day 1.
  // Ann's calls: 6, 14, 14 against 4 × 3 = 12 (117%); visits: 2, 3, 3 against 5 ÷ 5 × 3 = 3 (100%).
  // Then: all activities this month 19; Tuesday short of 4 calls → 1 day short; streak: met Mon, short
  // Tue, met Wed → current 1, longest 1; no whole week yet → 0 weeks short; not short this month.
  // Deals: 19 activities this year ÷ 2 won = 9.5; 2 follow-ups ÷ 1 open deal = 2.
  it("gives Ann's row", () => {
    expect(rowOf(b, "Ann")).toEqual(close([6, 14, 14, 12, 14 / 12, 2, 3, 3, 3, 1, 19, 1, 0, 1, 1, "", 19, 2, 9.5, 1, 2, 2]));
  });

  // Bob ("bob" counted with him): calls 4, 9, 9 of 12 (75%: short); visits 0 of 3. Saturday 31 October
  // is in the year, not the month: 11 activities this year, no won deal (blank), 0 follow-ups ÷ 2 open.
  it("gives Bob's row, with his name's other spelling and his short flag", () => {
    expect(rowOf(b, "Bob")).toEqual(close([4, 9, 9, 12, 0.75, 0, 0, 0, 3, 0, 9, 1, 0, 1, 1, "Short", 11, 0, "", 2, 0, 0]));
  });

  // Calls: 10, 23, 23 against 4 a day × 2 people: 8, 24, 24. Visits: 2, 3, 3 against 1 a day × 2: 2, 6, 6.
  it("sums the team's types for the morning meeting against the team's quota", () => {
    expect(rowOf(b, "Calls")).toEqual(close([10, 8, 10 / 8, 23, 24, 23 / 24, 23, 24, 23 / 24]));
    expect(rowOf(b, "Visits")).toEqual(close([2, 2, 1, 3, 6, 0.5, 3, 6, 0.5]));
    expect(rowOf(b, "Follow-ups")).toEqual([2 - 2, null, null, 2, null, null, 2, null, null]);
    expect(rowOf(b, "All activities").filter((v) => v !== null)).toEqual([12, 28, 28]);
  });

  // 30 activities this year; deals reaching Lead 6, Needs 5, Proposal 4, Negotiation 3, Won 2.
  it("gives the activities per deal reaching each stage", () => {
    const stages = ["Lead", "Needs", "Proposal", "Negotiation", "Won"].map((s) => rowOf(b, s).slice(0, 2));
    expect(stages).toEqual([[6, 5], [5, 6], [4, 7.5], [3, 10], [2, 15]]);
  });

  it("says what it left out: the activity after the as-of date, and the other spelling", () => {
    expect(b.warnings).toEqual([
      'Sheet "Activities": 1 activity is dated after the as-of date 2026-11-04 and not counted.',
      'Person "bob" is counted with "Bob": spreadsheet lookups ignore upper and lower case.',
    ]);
  });

  // Ann's six rows are rows 2 to 7 of the copy (grouped by rep); her name is in A18, the calls header
  // in B16, the day's start in B41 and the as-of date in B33.
  it("reads the per-person counts from each person's block of the copy", () => {
    const ann = review(b).rows.find((r) => r[0]?.v === "Ann") as (Cell | null)[];
    const copy = (c: string): string => `'Data - Activities'!$${c}$2:$${c}$7`;
    expect([review(b).rows.indexOf(ann) + 1, ann[1]?.f]).toEqual([18, `SUMIFS(${copy("D")},${copy("B")},$A18,${copy("C")},$B$16,${copy("A")},">="&$B$41,${copy("A")},"<="&$B$33)`]);
  });

  it("checks no quota for a type the log does not have, and says so", () => {
    const demo = build({ activity: { quotas: [{ type: "calls", quota: 4 }, { type: "演示", quota: 1, per: "week" }] } });
    expect(demo.warnings).toContain('The quota for "Demos" is not checked: Sheet "Activities" has no activity of that type.');
    expect(rowOf(demo, "Ann").length).toBeLessThan(rowOf(b, "Ann").length);
  });

  it("leaves out of the person table someone who left before the month, and says so", () => {
    const people = [{ row: 2, name: "bob", team: null, target: null, lastYear: null, potential: null, weight: null, start: null, end: day(10, 30) }];
    const left = buildActivity(context(), { activities: source("Activities", activities), people: source("Team", people) });
    expect(review(left).rows.filter((r) => r[0]?.v === "Bob")).toEqual([]);
    expect(left.warnings).toContain('Not in the person table nor in the team\'s quota: "Bob", whose end date in Sheet "Team" is before 2026-11-01.');
    // The team's calls quota is for Ann alone: 4 a day × 3 days = 12; the calls done are still everyone's.
    expect(rowOf(left, "Calls").slice(6, 8)).toEqual([23, 12]);
  });

  // Weeks short and streaks would need a per-day table: they stay values, and their headers say so.
  // Days short is a formula over the settings' list of the month's working days (2, 3, 4 November).
  it("labels the weeks-short and streak columns as values, and counts days short with a formula", () => {
    const sheet = review(b);
    const header = sheet.rows.find((r) => r[0]?.v === "Person") as (Cell | null)[];
    const at = (word: string): number => header.findIndex((c) => c?.v === word);
    const columns = ["Weeks short this year (value)", "Streak (working days) (value)", "Longest streak (value)"].map(at);
    const ann = sheet.rows.find((r) => r[0]?.v === "Ann") as (Cell | null)[];
    const days = sheet.rows.map((r) => r[2]).filter((c) => c?.f?.startsWith("IF(") && c.f.includes("WORKDAY(")).map((c) => c?.v);
    expect([columns.every((c) => c > 0), columns.map((c) => ann[c]?.f), ann[at("Days short this month")]?.f?.startsWith("SUMPRODUCT("), days.slice(0, 4)]).toEqual([
      true,
      [undefined, undefined, undefined],
      true,
      [day(11, 2), day(11, 3), day(11, 4), ""],
    ]);
  });

  it("writes the sheet in Chinese", () => {
    const zh = build({ language: "zh-CN" });
    expect(zh.sheets.map((s) => s.name)).toEqual(["数据-销售活动", "销售活动"]);
    expect(rowOf(zh, "电话").slice(0, 3)).toEqual(close([10, 8, 10 / 8]));
    expect(rowOf(zh, "Bob")).toContain("未达标");
  });
});

describe("buildActivity with a people table: joiners, leavers and teams", () => {
  const person = (name: string, team: string, start: number | null, end: number | null = null) => ({ row: nextRow++, name, team, target: null, lastYear: null, potential: null, weight: null, start, end });
  // Cy joined on Wednesday 4 November (the as-of date) and made 4 calls that day; Ann and Bob are in
  // North, Cy in South. Quotas: 4 calls a day, 5 visits a week (1 a working day).
  const people = [person("Ann", "North", day(1, 5, 2024)), person("Bob", "North", null), person("Cy", "South", day(11, 4))];
  const b = buildActivity(context(), { activities: source("Activities", [...activities, act("Cy", "call", day(11, 4), 4)]), people: source("Team", people) });

  // Cy's working days in the role: the day 1, the week 1 (Wednesday only), the month 1. Calls 4 of 4×1
  // (100%); visits 0 of 1 (0%: short). Days short 0 (4 calls on his one day), streak 1 and longest 1, no
  // whole week yet; then his team and dates, and the days.
  it("asks a joiner only for his working days in the role", () => {
    expect(rowOf(b, "Cy")).toEqual(close([4, 4, 4, 4, 1, 0, 0, 0, 1, 0, 4, 0, 0, 1, 1, "Short", "South", day(11, 4), "", 1, 1, 1]));
  });

  it("gives the others the whole windows, with their team", () => {
    expect(rowOf(b, "Bob").slice(-6)).toEqual(["North", "", "", 1, 3, 3]);
  });

  // Working days in the role: day 1+1+1 = 3, week 3+3+1 = 7, month 7. Calls: 14, 27, 27 against 12, 28,
  // 28; visits 2, 3, 3 against 3, 7, 7.
  it("sets the team's quota on everyone's working days in the role", () => {
    expect(rowOf(b, "Calls")).toEqual(close([14, 12, 14 / 12, 27, 28, 27 / 28, 27, 28, 27 / 28]));
    expect(rowOf(b, "Visits")).toEqual(close([2, 3, 2 / 3, 3, 7, 3 / 7, 3, 7, 3 / 7]));
  });

  // North: Ann + Bob. Calls 6+4, 14+9, 14+9 against 12+12 (23/24); visits 2, 3, 3 against 3+3 (50%);
  // this month 19+9 = 28; days short 1 (Ann's Tuesday) + 1 (Bob's Tuesday) = 2; weeks short 0; days in
  // the role 2, 6, 6. South: Cy's own figures.
  it("adds up each team below the person table, with shares from the sums", () => {
    expect(rowOf(b, "North")).toEqual(close([10, 23, 23, 24, 23 / 24, 2, 3, 3, 6, 0.5, 28, 2, 0, null, null, null, null, null, null, 2, 6, 6]));
    expect(rowOf(b, "South").slice(0, 13)).toEqual(close([4, 4, 4, 4, 1, 0, 0, 0, 1, 0, 4, 0, 0]));
    const north = review(b).rows.find((r) => r[0]?.v === "North") as (Cell | null)[];
    // The calls of the day over the person rows (18 to 20) by the team column (R); the share of the month's quota.
    expect([north[1]?.f, north[5]?.f]).toEqual(["SUMIFS($B$18:$B$20,$R$18:$R$20,$A23)", 'IF(E23=0,"",D23/E23)']);
  });

  // Dee is on the team list and logged nothing: listed with nothing done against 4 calls × 3 days and 1
  // visit × 3 days, every working day short, no streak. Eve starts on 9 November: not yet in the role.
  it("lists someone of the people table who logged nothing, and says so", () => {
    const quiet = buildActivity(context(), { activities: source("Activities", activities), people: source("Team", [person("Dee", "South", null), person("Eve", "South", day(11, 9))]) });
    expect([rowOf(quiet, "Dee").slice(0, 16), review(quiet).rows.some((r) => r[0]?.v === "Eve")]).toEqual([[0, 0, 0, 12, 0, 0, 0, 0, 3, 0, 0, 3, 0, 0, 0, "Short"], false]);
    expect(quiet.warnings).toContain('"Dee" of Sheet "Team" has no activity in Sheet "Activities": listed with nothing done, against the quota for their working days in the role.');
  });

  // A leaver: Bob's last day was Tuesday 3 November. Day 0, week 2, month 2: calls quota 8; his days
  // short count Monday (5 calls: met) and Tuesday (none: short), not Wednesday.
  it("asks a leaver only for his working days before he left", () => {
    const left = buildActivity(context(), { activities: source("Activities", activities), people: source("Team", [person("Bob", "North", null, day(11, 3))]) });
    const bob = rowOf(left, "Bob");
    expect([bob[3], bob[11], bob.slice(-3)]).toEqual([8, 1, [0, 2, 2]]);
  });
});

describe("the activity plan", () => {
  it("needs no plan: 20 calls a day, 8 visits and 10 follow-ups a week", () => {
    expect(planSchema.parse({ version: 1 }).activity.quotas).toEqual([
      { type: "call", quota: 20, per: "day" },
      { type: "visit", quota: 8, per: "week" },
      { type: "followUp", quota: 10, per: "week" },
    ]);
  });

  it("refuses two quotas for one type, however it is written", () => {
    const result = parsePlan({ version: 1, activity: { quotas: [{ type: "Calls", quota: 20 }, { type: "电话", quota: 30 }] } });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([expect.stringContaining("activity.quotas[1].type")]);
  });

  it("refuses a negative quota and a holiday that is not a day", () => {
    const result = parsePlan({ version: 1, activity: { quotas: [{ type: "calls", quota: -1 }], holidays: ["2026-02-30"] } });
    expect(result.ok ? [] : result.errors).toEqual([expect.stringContaining("activity.quotas[0].quota"), expect.stringContaining("activity.holidays[0]")]);
  });
});
