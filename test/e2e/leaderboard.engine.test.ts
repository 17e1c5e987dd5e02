import { promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "csv-parse/sync";
import { dateSerial } from "../../src/core/text/parseDate";
import type { ActivityRecord, Dataset, DatasetRecords, DealRecord, PersonRecord, ScoreRecord, SourceData, TransactionRecord } from "../../src/datasets/records";
import { ReadError, readDataset } from "../../src/datasets/readDataset";
import type { BuildContext } from "../../src/reviews/context";
import { buildLeaderboard } from "../../src/reviews/leaderboard/build";
import { planSchema, type PlanInput } from "../../src/reviews/plan";
import type { Build } from "../../src/sheets/spec";
import { writeWorkbook } from "../../src/workbook/xlsxWrite";
import { compareWithEngine, describeWithLibreOffice, recalculate, type EngineValues } from "./libreoffice";
import { checkXlsxXml } from "./xmlOrder";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;
const FIXTURES = path.resolve(__dirname, "../fixtures/contest");

function read<D extends Dataset>(dataset: D, file: string, sheet: string): SourceData<DatasetRecords[D]> {
  const grid = parse(readFileSync(path.join(FIXTURES, file), "utf8"), { bom: true }) as string[][];
  const result = readDataset(dataset, grid, { sheet });
  if (result instanceof ReadError) throw new Error(result.message);
  return result as SourceData<DatasetRecords[D]>;
}

function context(language: BuildContext["language"], leaderboard: PlanInput["leaderboard"], asOf: number): BuildContext {
  const plan = planSchema.parse({ version: 1, language, leaderboard });
  return { plan, language, asOf, periodStart: day(1, 1), periodEnd: day(12, 31) };
}

let nextRow = 2;
function sale(rep: string, amount: number, date: number, share = 1): TransactionRecord {
  const row = nextRow++;
  return { row, id: `T-${row}`, rep, date, line: "", amount, share };
}
function person(name: string, team: string | null, start: number | null, target: number | null): PersonRecord {
  return { row: nextRow++, name, team, target, lastYear: null, potential: null, weight: null, start, end: null };
}
function deal(owner: string, amount: number, status: DealRecord["status"], closeDate: number | null): DealRecord {
  return { row: nextRow++, id: `D-${nextRow}`, owner, stage: status === "won" ? "Won" : "Proposal", amount, created: day(1, 5), stageDate: null, closeDate, status, probability: null };
}
function source<R>(sheet: string, records: R[]): SourceData<R> {
  return { origin: `Sheet "${sheet}"`, sheet, headers: {}, records, warnings: [] };
}

/** Names and teams an engine would read as criteria or wildcards, a case variant, split sales, ties, a return, float noise. */
const hostileSales = [
  sale("=Eve", 1000.1, day(5, 3)),
  sale("Bo*", 2000.2, day(5, 4), 0.5),
  sale("a~b", 1000.2, day(5, 6)),
  sale("ann", 700, day(4, 2)),
  sale("Ann", 1000.2, day(5, 19)),
  sale("李雷", 3000, day(5, 1)),
  sale("李雷", -1999.8, day(5, 2)),
  sale("Bo*", 900, day(4, 12)),
  sale("=Eve", 300.3, day(4, 19)),
  sale("Dan", 5000, day(5, 25)),
];
const hostilePeople = [
  person("Ann", "North*", day(1, 10, 2026), 120000),
  person("Bo*", "North*", day(3, 1, 2020), 60000.6),
  person("=Eve", "=South", day(12, 31, 2025), 90000),
  person("a~b", "=South", null, null),
  person("李雷", "华东", day(4, 30, 2026), 30000),
  person("Cy", "North*", day(5, 15, 2026), 45000),
];
const hostileDeals = [
  deal("Ann", 4000, "won", day(5, 2)),
  deal("=Eve", 4000, "won", day(5, 10)),
  deal("Bo*", 2500.5, "won", day(4, 10)),
  deal("Bo*", 9999, "open", null),
  deal("a~b", 800, "won", null),
  deal("李雷", 1200, "lost", day(5, 3)),
];

/** Activities with names the engine would read as wildcards or formulas, a type in Chinese and English, one after the as-of date. */
const hostileActivities: ActivityRecord[] = [
  ["=Eve", "call", day(5, 3), 4],
  ["Bo*", "call", day(5, 4), 2],
  ["Bo*", "visit", day(5, 4), 1],
  ["a~b", "call", day(4, 6), 7],
  ["ann", "call", day(4, 2), 3],
  ["Ann", "call", day(5, 19), 5],
  ["李雷", "WeChat", day(5, 1), 9],
  ["Dan", "call", day(5, 25), 6],
  ["Ann", "E*mail", day(5, 5), 2],
  ["Ann", "Email", day(5, 6), 5],
  ["Bo*", "Email", day(5, 7), 1],
].map(([rep, type, date, count]) => ({ row: nextRow++, date: date as number, rep: rep as string, type: type as string, count: count as number, team: null, customer: null, deal: null, outcome: null }));
/** Weighted KPI results: the leaderboard ranks the scorecard's scores, cached as values, with formula ranks over them. */
const hostileScores: ScoreRecord[] = [
  ["Ann", "Sales", 100, 120],
  ["Ann", "Calls", 50, 40],
  ["Bo*", "Sales", 100, 90],
  ["Bo*", "Calls", 50, 60],
  ["=Eve", "Sales", 100, 120],
  ["=Eve", "Calls", 50, 40],
].map(([name, kpi, target, actual]) => ({ row: nextRow++, name: name as string, kpi: kpi as string, target: target as number, actual: actual as number, team: null }));
const withCustomers = hostileSales.map((s, i) => ({ ...s, customer: ["Globex", "Hooli", "globex", "Initech", "Hooli", "Stark", "Stark", "Acme", "Umbrella", "Wayne"][i] }));

async function recalculated(build: Build): Promise<{ values: EngineValues; xmlProblems: string[] }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-leaderboard-"));
  try {
    const file = path.join(dir, "leaderboard.xlsx");
    await writeWorkbook(file, build.sheets);
    return { values: await recalculate(file), xmlProblems: await checkXlsxXml(file) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describeWithLibreOffice("Leaderboard sheet recalculated by LibreOffice", () => {
  jest.setTimeout(240_000);
  const transactions = read("transactions", "sales.csv", "Sales");
  const people = read("people", "people.csv", "People");

  it.each([
    { name: "the contest fixture by sales per team, with prizes, in Chinese", build: () => buildLeaderboard(context("zh-CN", { prizes: { top: [3000, 2000, 1000], improved: [1500], group: [500] } }, day(3, 20)), { transactions, people }) },
    { name: "the contest fixture by quarterly attainment per tenure bracket", build: () => buildLeaderboard(context("en", { measure: "attainment", period: "quarter", groupBy: "tenure", places: 5 }, day(3, 20)), { transactions, people }) },
    { name: "hostile names by sales per team, mid-May", build: () => buildLeaderboard(context("en", { newcomerMonths: 5 }, day(5, 20)), { transactions: source("Sales", hostileSales), people: source("People", hostilePeople) }) },
    { name: "hostile names by won deals per target bracket, the year to date", build: () => buildLeaderboard(context("en", { measure: "wonDeals", period: "year", groupBy: "target", brackets: [0, 50000, 100000], prizes: { group: [100, 50] } }, day(5, 20)), { transactions: source("Sales", hostileSales), deals: source("Deals", hostileDeals), people: source("People", hostilePeople) }) },
    { name: "the contest fixture by new customers (客户名称) per team, in Chinese", build: () => buildLeaderboard(context("zh-CN", { measure: "newCustomers", prizes: { newcomer: [800] } }, day(3, 20)), { transactions, people }) },
    { name: "hostile names by calls per team, mid-May", build: () => buildLeaderboard(context("en", { measure: "activities", activityType: "calls" }, day(5, 20)), { activities: source("Activities", hostileActivities), people: source("People", hostilePeople) }) },
    { name: "a type written like a wildcard (E*mail, not Email), mid-May", build: () => buildLeaderboard(context("en", { measure: "activities", activityType: "E*mail" }, day(5, 20)), { activities: source("Activities", hostileActivities), people: source("People", hostilePeople) }) },
    { name: "hostile names by every activity, the quarter, in Chinese", build: () => buildLeaderboard(context("zh-CN", { measure: "activities", period: "quarter", groupBy: "tenure" }, day(5, 31)), { activities: source("Activities", hostileActivities), people: source("People", hostilePeople) }) },
    { name: "hostile names by new customers (values) per team", build: () => buildLeaderboard(context("en", { measure: "newCustomers" }, day(5, 20)), { transactions: { ...source("Sales", withCustomers), headers: { customer: "Customer" } }, people: source("People", hostilePeople) }) },
    { name: "hostile names by KPI score (values), tied at the top", build: () => buildLeaderboard(context("en", { measure: "kpiScore", prizes: { top: [100, 50] } }, day(5, 20)), { scores: source("Scores", hostileScores), people: source("People", hostilePeople) }) },
  ])("gives every cached value back: $name", async ({ build }) => {
    const b = build();
    const { values, xmlProblems } = await recalculated(b);
    expect([compareWithEngine(b.sheets, values), xmlProblems]).toEqual([[], []]);
  });

  // Moved to 31 March, the month runs to the 31st and February is compared in full; a wrong cached value
  // in a rank cell comes back corrected, so the engine did recompute.
  it("recomputes the board when the as-of date cell is changed", async () => {
    const b = buildLeaderboard(context("en", {}, day(3, 20)), { transactions, people });
    const review = b.sheets[b.sheets.length - 1];
    const asOfRow = review.rows.findIndex((r) => r[0]?.v === "As of");
    (review.rows[asOfRow][1] as { v: unknown }).v = day(3, 31);
    const previousEnd = review.rows.findIndex((r) => r[0]?.v === "Previous period to");
    const { values } = await recalculated(b);
    const engine = values.get(review.name) as unknown[][];
    expect(engine[previousEnd][1]).toBe(day(2, 28));
  });
});
