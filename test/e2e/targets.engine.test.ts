import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { dateSerial } from "../../src/core/text/parseDate";
import { defaultPlan } from "../../src/reviews/plan";
import type { Plan } from "../../src/reviews/plan";
import type { BuildContext } from "../../src/reviews/context";
import type { Build } from "../../src/sheets/spec";
import { buildTargets } from "../../src/reviews/targets/build";
import { writeWorkbook } from "../../src/workbook/xlsxWrite";
import type { HistoryRecord, PersonRecord, SourceData } from "../../src/datasets/records";
import { compareWithEngine, describeWithLibreOffice, recalculate, type EngineValues } from "./libreoffice";
import { checkXlsxXml } from "./xmlOrder";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;

function context(language: BuildContext["language"], targets: Partial<Plan["targets"]>): BuildContext {
  const base = defaultPlan();
  const plan: Plan = { ...base, language, targets: { ...base.targets, ...targets } };
  return { plan, language, asOf: day(6, 30), periodStart: day(1, 1), periodEnd: day(12, 31) };
}

function person(row: number, name: string, fields: Partial<PersonRecord>): PersonRecord {
  return { row, name, team: "East", target: null, lastYear: null, potential: null, weight: null, start: null, end: null, ...fields };
}

const people = (records: PersonRecord[]): SourceData<PersonRecord> => ({
  origin: 'Sheet "People"',
  sheet: "People",
  headers: { name: "Name", target: "Target", lastYear: "Last year", weight: "Weight", start: "Start", end: "End" },
  records,
  warnings: [],
});

/** Two complete years with several rows a month (so SUMIFS adds), and an incomplete year. */
function history(): SourceData<HistoryRecord> {
  const records: HistoryRecord[] = [];
  let row = 2;
  for (const year of [2024, 2025]) {
    for (let month = 1; month <= 12; month++) {
      records.push({ row: row++, year, month, amount: 1000 + month * 37.13 + (year - 2024) * 11 });
      records.push({ row: row++, year, month, amount: 0.1 * month });
      records.push({ row: row++, year, month, amount: 0.2 });
    }
  }
  records.push({ row: row++, year: 2023, month: 11, amount: 500 });
  return { origin: 'Sheet "History"', sheet: "History", headers: { year: "Year", month: "Month", amount: "Sales" }, records, warnings: [] };
}

/** Weights whose exact shares are whole numbers that floating point lands a hair off. */
const seasonalTeam = [
  person(2, "Ann", { weight: 0.1 }),
  person(3, "Bo", { weight: 0.2 }),
  person(4, "=Cy", { weight: 0.3 }),
  person(5, "Di", { weight: 0.4, start: day(3, 15) }),
  person(6, "Ed", { weight: 0.4, end: day(8, 20) }),
  person(7, "Fay", { weight: null }),
];

const equalTeam = [
  person(2, "Ann", {}),
  person(3, "Bo", {}),
  person(4, "Cy", {}),
  person(5, "Gone", { end: day(12, 31, 2025) }),
  person(6, "Dec", { start: day(12, 1) }),
];

const quotaTeam = [
  person(2, "Ann", { target: 123456.78, lastYear: 150000 }),
  person(3, "Bo", { target: 98765.43, lastYear: 150000 }),
  person(4, "Cy", { target: 50000, lastYear: 75000.5, start: day(7, 1) }),
];

const CASES: { name: string; make: () => Build }[] = [
  {
    name: "a seasonal team with a joiner, a leaver and a ramp, in English",
    make: () =>
      buildTargets(context("en", { annual: 1000000, weighting: "column", weightColumn: "Weight", ramp: [0.25, 0.5, 0.75] }), {
        people: people(seasonalTeam),
        history: history(),
      }),
  },
  {
    name: "equal weights and an awkward total at 2 decimals, split evenly, in Chinese",
    make: () => buildTargets(context("zh-CN", { annual: 7, decimals: 2, weighting: "equal", seasonality: "even", ramp: [0] }), { people: people(equalTeam) }),
  },
  {
    name: "weights whose exact shares land a hair below whole numbers",
    make: () =>
      buildTargets(context("en", { annual: 1200000, weighting: "column", weightColumn: "Weight", seasonality: "even" }), {
        people: people([person(2, "Ann", { weight: 0.1 }), person(3, "Bo", { weight: 0.2 }), person(4, "Cy", { weight: 0.3 })]),
      }),
  },
  {
    name: "a team target added up from the people's targets, by last year's sales",
    make: () => buildTargets(context("en", { decimals: 2, weighting: "lastYear", ramp: [0.5] }), { people: people(quotaTeam), history: history() }),
  },
];

async function recalculated(build: Build): Promise<{ values: EngineValues; xmlProblems: string[] }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-targets-"));
  try {
    const file = path.join(dir, "targets.xlsx");
    await writeWorkbook(file, build.sheets);
    return { values: await recalculate(file), xmlProblems: await checkXlsxXml(file) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describeWithLibreOffice("target plan recalculated by LibreOffice", () => {
  jest.setTimeout(240_000);

  it.each(CASES)("gives every cached value back: $name", async ({ make }) => {
    const build = make();
    const { values } = await recalculated(build);
    expect(compareWithEngine(build.sheets, values)).toEqual([]);
  });

  it("writes a file whose XML Excel opens without repair", async () => {
    const { xmlProblems } = await recalculated(CASES[0].make());
    expect(xmlProblems).toEqual([]);
  });

  it("recomputes a monthly target whose cached value was changed", async () => {
    const build = CASES[0].make();
    const plan = build.sheets[build.sheets.length - 1];
    const cell = plan.rows.flat().find((c) => c?.f?.includes("/10^")) as { v: unknown };
    const truth = cell.v;
    cell.v = 999_999;
    const { values } = await recalculated(build);
    expect(compareWithEngine([plan], values).map((m) => m.engine)).toEqual([truth]);
  });
});
