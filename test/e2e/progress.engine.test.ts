import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { dateSerial } from "../../src/core/text/parseDate";
import { planSchema, type PlanInput } from "../../src/reviews/plan";
import { buildProgress } from "../../src/reviews/progress/build";
import type { BuildContext } from "../../src/reviews/context";
import type { Build } from "../../src/sheets/spec";
import { writeWorkbook } from "../../src/workbook/xlsxWrite";
import type { DealRecord, MonthlyTargetRecord, PersonRecord, SourceData, TransactionRecord } from "../../src/datasets/records";
import { compareWithEngine, describeWithLibreOffice, recalculate, type EngineValues } from "./libreoffice";
import { checkXlsxXml } from "./xmlOrder";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;

function context(language: BuildContext["language"], progress: PlanInput["progress"], asOf = day(5, 20), period = { start: day(1, 1), end: day(12, 31) }): BuildContext {
  const plan = planSchema.parse({ version: 1, language, progress });
  return { plan, language, asOf, periodStart: period.start, periodEnd: period.end };
}

let nextRow = 2;
function sale(rep: string, amount: number, date: number, share = 1): TransactionRecord {
  const row = nextRow++;
  return { row, id: `T-${row}`, rep, date, line: "", amount, share };
}
function person(name: string, target: number | null): PersonRecord {
  return { row: nextRow++, name, team: null, target, lastYear: null, potential: null, weight: null, start: null, end: null };
}
function source<R>(sheet: string, records: R[]): SourceData<R> {
  return { origin: `Sheet "${sheet}"`, sheet, headers: {}, records, warnings: [] };
}

/**
 * A team that exercises every formula: split sales, names an engine would read as criteria (=Eve, Bo*,
 * a~b), a case variant, a Chinese name, sales last year and after the as-of date, a return, targets
 * missing or doubled, someone with a target and no sales, amounts that leave float noise.
 */
const transactions = [
  sale("Ann", 12000.35, day(1, 12)),
  sale("Ann", 8000, day(5, 2), 0.6),
  sale("ann", 3333.33, day(5, 19)),
  sale("Bob", 8000, day(5, 2), 0.4),
  sale("=Eve", 9999.99, day(4, 30)),
  sale("Bo*", 31000, day(2, 28)),
  sale("a~b", 5000, day(5, 20)),
  sale("李雷", 26000, day(3, 31), 0.5),
  sale("李雷", 26000, day(12, 31, 2025)),
  sale("Bob", 700, day(5, 21)),
  sale("Returns", -400, day(5, 5)),
];
const people = [person("Ann", 100000), person("Bob", null), person("Bo*", 150000), person("=Eve", 80000), person("李雷", 90000), person("李雷", 40000), person("Cy", 60000)];

/** Teams (one a criterion-looking name, one differing only in case) and sales back beyond last year's same days. */
const teamSales = [
  sale("Ann", 500, day(12, 28, 2024)),
  sale("Ann", 2000.1, day(1, 5, 2025)),
  sale("Ann", 1000, day(5, 20, 2025)),
  sale("Ann", 4000, day(4, 3)),
  sale("Ann", 7000, day(4, 30)),
  sale("Ann", 5000.35, day(5, 2)),
  sale("Bo*", 1000, day(4, 10)),
  sale("Bo*", 3000, day(5, 9), 0.5),
  sale("Cy", 2400, day(1, 15)),
  sale("Cy", 600, day(5, 10)),
  sale("Dan", 800, day(5, 5)),
  sale("=Eve", 1200, day(4, 18)),
];
const teamPeople = [
  { ...person("Ann", 120000), team: "North" },
  { ...person("Bo*", 60000), team: "north" },
  { ...person("Cy", 24000), team: "=South" },
  { ...person("=Eve", null), team: "=South" },
];

function month(name: string, m: number, target: number, team: string | null = null, y = 2026): MonthlyTargetRecord {
  return { row: nextRow++, name, month: day(m, 1, y), target, team };
}
/**
 * A monthly plan for the same team: uneven months with cents, criterion-looking names, a month given on
 * two rows, a month of last year and of next year (outside every window), a team per person, and
 * someone planned who sold nothing; Bob and Returns sold without a plan row.
 */
const monthlyPlan = [
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => month("Ann", m, 7000 + m * 333.33, "North")),
  ...[4, 5, 6].map((m) => month("Bo*", m, 12500, "north")),
  month("=Eve", 5, 9000, "=South"),
  month("=Eve", 5, 1000.5, "=South"),
  month("李雷", 3, 20000, "=South"),
  month("李雷", 12, 15000, "=South", 2025),
  month("a~b", 1, 5000, null, 2027),
  month("Cy", 5, 4000, "North"),
];

function withPlan(language: BuildContext["language"], progress: PlanInput["progress"], asOf?: number): Build {
  return buildProgress(context(language, progress, asOf), {
    transactions: source("Sales", transactions),
    people: source("People", people),
    monthlyTargets: source("Plan", monthlyPlan),
  });
}

/** The same sales as a CRM export's won deals (shares folded in), with lost, open and undated deals beside them. */
function wonDeals(language: BuildContext["language"], progress: PlanInput["progress"]): Build {
  const deal = (owner: string, status: DealRecord["status"], amount: number, closeDate: number | null): DealRecord => ({
    row: nextRow++, id: `D-${nextRow}`, owner, stage: status, amount, created: day(1, 2), stageDate: null, closeDate, status, probability: null,
  });
  const deals = [
    ...transactions.map((t) => deal(t.rep, "won", t.amount * t.share, t.date)),
    deal("Ann", "lost", 50000, day(5, 3)),
    deal("=Eve", "lost", 700, day(11, 30, 2024)),
    deal("Bob", "open", 9000, null),
    deal("a~b", "won", 1234, null),
  ];
  return buildProgress(context(language, { ...progress, actuals: "wonDeals" }), { deals: source("商机", deals), people: source("People", people) });
}

function everything(language: BuildContext["language"], progress: PlanInput["progress"], withPeople = true, asOf?: number, period?: { start: number; end: number }): Build {
  return buildProgress(context(language, progress, asOf, period), {
    transactions: source("Sales", transactions),
    ...(withPeople ? { people: source("People", people) } : {}),
  });
}

async function recalculated(build: Build): Promise<{ values: EngineValues; xmlProblems: string[] }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-progress-"));
  try {
    const file = path.join(dir, "progress.xlsx");
    await writeWorkbook(file, build.sheets);
    return { values: await recalculate(file), xmlProblems: await checkXlsxXml(file) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describeWithLibreOffice("Progress sheet recalculated by LibreOffice", () => {
  jest.setTimeout(240_000);

  it.each([
    { name: "calendar days, with people, in English", language: "en" as const, progress: {}, withPeople: true, asOf: undefined, period: undefined },
    { name: "working days with holidays, in Chinese", language: "zh-CN" as const, progress: { workingDays: true, holidays: ["2026-05-01", "2026-05-04", "2026-04-06"], behindThreshold: 0.8 }, withPeople: true, asOf: undefined, period: undefined },
    { name: "transactions only, as of a weekend at a quarter's end", language: "en" as const, progress: { workingDays: true }, withPeople: false, asOf: day(3, 29), period: undefined },
    { name: "calendar days, as of the year's last day", language: "en" as const, progress: {}, withPeople: true, asOf: day(12, 31), period: undefined },
    { name: "a fiscal year from April, working days", language: "en" as const, progress: { workingDays: true }, withPeople: true, asOf: undefined, period: { start: day(4, 1, 2025), end: day(3, 31) } },
    { name: "as of a date past the period's end", language: "en" as const, progress: {}, withPeople: true, asOf: day(5, 20), period: { start: day(1, 1, 2025), end: day(12, 31, 2025) } },
    { name: "teams and a year of history, as of 20 May", language: "en" as const, progress: {}, withPeople: true, asOf: undefined, period: undefined, teams: true },
    { name: "a monthly plan, working days with holidays, in Chinese", language: "zh-CN" as const, progress: { workingDays: true, holidays: ["2026-05-01"] }, withPeople: true, asOf: undefined, period: undefined, plan: true },
    { name: "a CRM export's won deals, in Chinese", language: "zh-CN" as const, progress: {}, withPeople: true, asOf: undefined, period: undefined, deals: true },
  ])("gives every cached value back, $name", async ({ language, progress, withPeople, asOf, period, ...rest }) => {
    const build =
      "deals" in rest
        ? wonDeals(language, progress)
        : "teams" in rest
        ? buildProgress(context(language, progress), { transactions: source("Sales", teamSales), people: source("People", teamPeople) })
        : "plan" in rest
          ? withPlan(language, progress)
          : everything(language, progress, withPeople, asOf, period);
    const { values } = await recalculated(build);
    expect(compareWithEngine(build.sheets, values)).toEqual([]);
  });

  it("writes a file whose XML Excel opens without repair", async () => {
    const { xmlProblems } = await recalculated(everything("en", {}));
    expect(xmlProblems).toEqual([]);
  });

  it("recomputes the sheet when the engine recalculates a changed cached value", async () => {
    const build = everything("en", {});
    const review = build.sheets[build.sheets.length - 1];
    const cell = review.rows.flat().find((c) => c?.f?.startsWith("SUMIFS(")) as { v: unknown };
    const truth = cell.v;
    cell.v = 999_999;
    const { values } = await recalculated(build);
    expect(compareWithEngine([review], values).map((m) => m.engine)).toEqual([truth]);
  });

  // Moved to 31 May, the month's days elapsed become 31, and Bob's sale of 21 May counts:
  // 8,000 × 0.4 + 700 = 3,900.
  it("recomputes the windows and actuals when the as-of date cell is changed", async () => {
    const build = everything("en", {});
    const review = build.sheets[build.sheets.length - 1];
    const row = (label: string, col = 0): number => review.rows.findIndex((r) => r[col]?.v === label);
    const asOf = review.rows[row("As of")][1] as { v: unknown };
    asOf.v = day(5, 31);
    const monthRow = review.rows.findIndex((r) => r[0]?.v === "Month to date" && r[1]?.f !== undefined);
    const { values } = await recalculated(build);
    const engine = values.get(review.name) as unknown[][];
    expect([engine[monthRow][4], engine[row("Bob")][3]]).toEqual([31, 3900]);
  });

  // Moved to 10 June, Ann's month target is June's own (7,000 + 6 × 333.33 = 8,999.98) and Bo*'s
  // quarter is still April to June (3 × 12,500 = 37,500): the targets follow the plan's copy.
  it("takes the month's target from the plan's copy when the as-of date cell is changed", async () => {
    const build = withPlan("en", {});
    const review = build.sheets[build.sheets.length - 1];
    const row = (label: string): number => review.rows.findIndex((r) => r[0]?.v === label);
    (review.rows[row("As of")][1] as { v: unknown }).v = day(6, 10);
    const { values } = await recalculated(build);
    const engine = values.get(review.name) as unknown[][];
    expect([engine[row("Ann")][2], engine[row("Bo*")][10]]).toEqual([expect.closeTo(8999.98, 6), 37500]);
  });
});
