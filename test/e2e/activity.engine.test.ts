import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { dateSerial } from "../../src/core/text/parseDate";
import { DEFAULT_STAGES } from "../../src/datasets/columns";
import type { ActivityRecord, DealRecord, PersonRecord, SourceData } from "../../src/datasets/records";
import { buildActivity } from "../../src/reviews/activity/build";
import type { BuildContext } from "../../src/reviews/context";
import { planSchema, type PlanInput } from "../../src/reviews/plan";
import type { Build } from "../../src/sheets/spec";
import { writeWorkbook } from "../../src/workbook/xlsxWrite";
import { compareWithEngine, describeWithLibreOffice, recalculate, type EngineValues } from "./libreoffice";
import { checkXlsxXml } from "./xmlOrder";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;

function context(language: BuildContext["language"], activity: PlanInput["activity"], asOf: number): BuildContext {
  const plan = planSchema.parse({ version: 1, language, activity });
  return { plan, language, asOf, periodStart: day(1, 1), periodEnd: day(12, 31) };
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
 * Five weeks of a team that exercises every formula: names an engine would read as criteria (=Eve, Bo*,
 * a~b), a case variant, a Chinese name, an unknown type that looks like a wildcard (E*mail), weekend
 * work, activities after the as-of date, a weekly quota of 7 (float shares), and deals at every stage.
 */
const NAMES = ["Ann", "=Eve", "Bo*", "a~b", "李雷"];
const TYPES = ["call", "visit", "meeting", "followUp", "E*mail", "demo"];
const activities: ActivityRecord[] = [];
for (let d = day(10, 5); d <= day(11, 10); d++) {
  NAMES.forEach((name, i) => {
    TYPES.forEach((type, k) => {
      const n = (d * 7 + i * 13 + k * 5) % 9;
      if (n > 2 || (k === 0 && n > 0)) activities.push(act(i === 0 && d % 2 === 0 ? "ann" : name, type, d, type === "call" ? n * 3 : n - 2));
    });
  });
}
const deals = [
  deal("Ann", "Won", "won"), deal("Ann", "Proposal", "open"), deal("=Eve", "Lead", "open"), deal("=Eve", "Won", "won"),
  deal("Bo*", "Negotiation", "open"), deal("李雷", "Needs", "lost"), deal("Zed", "Won", "won"),
];

/**
 * Teams whose names an engine would read as criteria (=South, North*), a joiner on a holiday-free
 * Wednesday of the month, a leaver in the week to date, and someone who left before the month.
 */
function person(name: string, team: string, start: number | null, end: number | null): PersonRecord {
  return { row: nextRow++, name, team, target: null, lastYear: null, potential: null, weight: null, start, end };
}
const people = [person("Ann", "North*", day(3, 1, 2024), null), person("=Eve", "=South", day(11, 4), null), person("Bo*", "North*", null, day(11, 5)), person("a~b", "=South", null, day(10, 20)), person("李雷", "华东", day(10, 21), null), person("Zed*", "North*", null, null)];

function everything(language: BuildContext["language"], activity: PlanInput["activity"], asOf: number, withDeals = true, withPeople = false): Build {
  return buildActivity(context(language, activity, asOf), {
    activities: source("Activities", activities),
    ...(withDeals ? { deals: source("Deals", deals, { stages: DEFAULT_STAGES }) } : {}),
    ...(withPeople ? { people: source("People", people) } : {}),
  });
}

async function recalculated(build: Build): Promise<{ values: EngineValues; xmlProblems: string[] }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-activity-"));
  try {
    const file = path.join(dir, "activity.xlsx");
    await writeWorkbook(file, build.sheets);
    return { values: await recalculate(file), xmlProblems: await checkXlsxXml(file) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const QUOTAS: PlanInput["activity"] = { quotas: [{ type: "calls", quota: 12 }, { type: "拜访", quota: 7, per: "week" }, { type: "E*mail", quota: 3, per: "week" }], holidays: ["2026-11-02", "2026-10-13"] };

describeWithLibreOffice("Activity sheet recalculated by LibreOffice", () => {
  jest.setTimeout(240_000);

  it.each([
    { name: "quotas with holidays and deals, in English, as of a Tuesday", language: "en" as const, activity: QUOTAS, asOf: day(11, 3), withDeals: true },
    { name: "the default quotas with deals, in Chinese, as of a Sunday", language: "zh-CN" as const, activity: undefined, asOf: day(11, 8), withDeals: true },
    { name: "joiners, leavers and team subtotals, with holidays and deals", language: "en" as const, activity: QUOTAS, asOf: day(11, 6), withDeals: true, withPeople: true },
    { name: "joiners, leavers and team subtotals without deals, in Chinese", language: "zh-CN" as const, activity: undefined, asOf: day(11, 10), withDeals: false, withPeople: true },
  ])("gives every cached value back, $name", async ({ language, activity, asOf, withDeals, withPeople }) => {
    const build = everything(language, activity, asOf, withDeals, withPeople ?? false);
    const { values, xmlProblems } = await recalculated(build);
    expect(compareWithEngine(build.sheets, values)).toEqual([]);
    expect(xmlProblems).toEqual([]);
  });

  // Moved to Monday 9 November, the week to date starts that day and the month's working days become 5
  // (3–6 and 9 November: the 2nd is a holiday): the engine recomputes both, and Ann's counts.
  it("recomputes the windows and counts when the as-of date cell is changed", async () => {
    const build = everything("en", QUOTAS, day(11, 3));
    const review = build.sheets[build.sheets.length - 1];
    const row = (label: string): number => review.rows.findIndex((r) => r[0]?.v === label && r[1]?.f !== undefined);
    const asOfRow = review.rows.findIndex((r) => r[0]?.v === "As of");
    (review.rows[asOfRow][1] as { v: unknown }).v = day(11, 9);
    const monthRow = row("Month to date");
    const weekRow = row("Week to date");
    const { values } = await recalculated(build);
    const engine = values.get(review.name) as unknown[][];
    const expected = everything("en", QUOTAS, day(11, 9)).sheets.at(-1)!;
    const expectedRow = (label: string): number => expected.rows.findIndex((r) => r[0]?.v === label && r[1]?.f !== undefined);
    expect([engine[weekRow][1], engine[monthRow][3]]).toEqual([day(11, 9), 5]);
    // The Ann row's counts on the changed date are the ones a build as of that day caches.
    const annRow = review.rows.findIndex((r) => String(r[0]?.v).toLowerCase() === "ann");
    const annExpected = expected.rows[expected.rows.findIndex((r) => String(r[0]?.v).toLowerCase() === "ann")].slice(1, 4).map((c) => c?.v);
    expect(engine[annRow].slice(1, 4)).toEqual(annExpected);
    // So are her days short: a SUMPRODUCT over the month's working days, which the new date lengthens.
    const header = review.rows.find((r) => r[0]?.v === "Person")!;
    const short = header.findIndex((c) => c?.v === "Days short this month");
    const shortExpected = expected.rows[expected.rows.findIndex((r) => String(r[0]?.v).toLowerCase() === "ann")][short]?.v;
    expect([engine[annRow][short], shortExpected === review.rows[annRow][short]?.v]).toEqual([shortExpected, false]);
    expect(expectedRow("Month to date")).toBe(monthRow);
  });
});
