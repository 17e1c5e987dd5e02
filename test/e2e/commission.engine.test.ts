import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { dateSerial } from "../../src/core/text/parseDate";
import { planSchema, type PlanInput } from "../../src/reviews/plan";
import { buildCommission } from "../../src/reviews/commission/build";
import type { BuildContext } from "../../src/reviews/context";
import type { Build } from "../../src/sheets/spec";
import { writeWorkbook } from "../../src/workbook/xlsxWrite";
import type { PaidRecord, PersonRecord, SourceData, TransactionRecord } from "../../src/datasets/records";
import { compareWithEngine, describeWithLibreOffice, recalculate, type EngineValues } from "./libreoffice";
import { checkXlsxXml } from "./xmlOrder";
import { convertCurrencies } from "../../src/reviews/currency";

const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;

function context(language: BuildContext["language"], commission: PlanInput["commission"]): BuildContext {
  const plan = planSchema.parse({ version: 1, language, commission });
  return { plan, language, asOf: day(6, 30), periodStart: day(1, 1), periodEnd: day(12, 31) };
}

let nextRow = 2;
function sale(rep: string, line: string, amount: number, share = 1, date = day(4, 1)): TransactionRecord {
  const row = nextRow++;
  return { row, id: `T-${row}`, rep, date, line, amount, share };
}

function person(name: string, target: number | null): PersonRecord {
  return { row: nextRow++, name, team: null, target, lastYear: null, potential: null, weight: null, start: null, end: null };
}

function source<R>(sheet: string, records: R[]): SourceData<R> {
  return { origin: `Sheet "${sheet}"`, sheet, headers: {}, records, warnings: [] };
}

/**
 * A team that exercises every formula: split deals, a blank product line, names an engine would read
 * as criteria (=Eve, Bo*, a~b), a case variant, a Chinese name, a sale outside the period, quotas
 * missing or doubled, a rep only paid, and amounts around tier bounds, the cap and the draw.
 */
const transactions = [
  sale("Ann", "Software", 180000, 0.6),
  sale("Bob", "Software", 180000, 0.4),
  sale("Ann", "Services", 25000.5),
  sale("ann", "Hardware", 42000),
  sale("=Eve", "Software", 99999.99),
  sale("=Eve", "", 1200),
  sale("Bo*", "Hardware", 310000),
  sale("Bob", "", 800),
  sale("a~b", "Services", 5000),
  sale("李雷", "Software", 260000, 0.5),
  sale("李雷", "Software", 260000, 0.5, day(1, 1) - 1),
  sale("Small", "Hardware", 3000),
  sale("Returns", "Software", -4000),
];

const people = [person("Ann", 100000), person("Bob", null), person("Bo*", 150000), person("=Eve", 80000), person("李雷", 90000), person("李雷", 40000), person("Cy", 60000)];

const paid: PaidRecord[] = [
  { row: 2, rep: "Ann", paid: 70000 },
  { row: 3, rep: "Bob", paid: 36400 },
  { row: 4, rep: "Bo*", paid: 1 },
  { row: 5, rep: "Zed", paid: 500 },
  { row: 6, rep: "李雷", paid: 20000 },
];

const PLAN: PlanInput["commission"] = {
  lines: [
    { name: "Software", tiers: [{ from: 0, rate: 0.5 }, { from: 100000, rate: 0.6 }] },
    { name: "Hardware", tiers: [{ from: 10000, rate: 0.03 }, { from: 50000, rate: 0.05 }, { from: 200000, rate: 0.08 }] },
  ],
  defaultTiers: [{ from: 0, rate: 0.07 }],
  accelerator: { above: 0.9, multiplier: 1.5 },
  cap: 80000,
  draw: 900,
  tolerance: 2,
};

function everything(language: BuildContext["language"], method: "marginal" | "retroactive", withPeople = true, withPaid = true): Build {
  return buildCommission(context(language, { ...PLAN, method }), {
    transactions: source("Sales", transactions),
    ...(withPeople ? { people: source("People", people) } : {}),
    ...(withPaid ? { paid: source("Paid", paid) } : {}),
  });
}

async function recalculated(build: Build): Promise<{ values: EngineValues; xmlProblems: string[] }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-commission-"));
  try {
    const file = path.join(dir, "commission.xlsx");
    await writeWorkbook(file, build.sheets);
    return { values: await recalculate(file), xmlProblems: await checkXlsxXml(file) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describeWithLibreOffice("commission statement recalculated by LibreOffice", () => {
  jest.setTimeout(240_000);

  it.each([
    { name: "marginal, with people and paid, in English", language: "en" as const, method: "marginal" as const, withPeople: true, withPaid: true },
    { name: "retroactive, with people and paid, in Chinese", language: "zh-CN" as const, method: "retroactive" as const, withPeople: true, withPaid: true },
    { name: "marginal, transactions only", language: "en" as const, method: "marginal" as const, withPeople: false, withPaid: false },
  ])("gives every cached value back, $name", async ({ language, method, withPeople, withPaid }) => {
    const build = everything(language, method, withPeople, withPaid);
    const { values } = await recalculated(build);
    expect(compareWithEngine(build.sheets, values)).toEqual([]);
  });

  it("gives every cached value back with amounts converted from three currencies and payments held per month", async () => {
    // Sales over the months in CNY, USD and EUR (a clawback in June); payments per month, one short, one over.
    const dated = (rep: string, line: string, amount: number, m: number, currency: string): TransactionRecord => ({ ...sale(rep, line, amount, 1, day(m, 10)), currency });
    const sales = [
      dated("Ann", "Software", 120000, 1, "CNY"),
      dated("Ann", "Hardware", 9000, 2, "USD"),
      dated("Ann", "Software", -20000, 6, "CNY"),
      dated("=Eve", "Software", 15000, 3, "EUR"),
      dated("=Eve", "", 30000, 7, "CNY"),
      dated("李雷", "Hardware", 80000, 12, "CNY"),
    ];
    const payments: PaidRecord[] = [
      { row: 2, rep: "Ann", paid: 60000, period: day(1, 31) },
      { row: 3, rep: "Ann", paid: 1500, period: day(2, 28) },
      { row: 4, rep: "=Eve", paid: 50000, period: day(3, 31) },
      { row: 5, rep: "李雷", paid: 100, period: day(12, 31) },
    ];
    const currency = { reporting: "CNY", rates: { USD: 7.1, EUR: 7.7 }, asOf: "2026-12-31", symbols: {} };
    const data = convertCurrencies(currency, { transactions: source("Sales", sales), paid: source("Paid", payments) }, "en");
    const build = buildCommission(context("en", { ...PLAN, payPeriod: "month" }), { transactions: data.transactions!, paid: data.paid!, people: source("People", people) });
    const { values } = await recalculated(build);
    expect(compareWithEngine(build.sheets, values)).toEqual([]);
  });

  it.each([true, false])("gives every cached value back with a draw per pay period (recoverable: %s) and payouts in USD converted", async (recoverable) => {
    // A month below the draw, a clawback month, a month that pays the balance back; payouts partly in USD.
    const dated = (rep: string, line: string, amount: number, m: number): TransactionRecord => sale(rep, line, amount, 1, day(m, 10));
    const sales = [dated("Ann", "Software", 9000, 1), dated("Ann", "Hardware", 60000, 3), dated("Ann", "Software", -4000, 5), dated("Ann", "Software", 30000, 8), dated("=Eve", "", 50000, 2), dated("李雷", "Hardware", 80000, 11)];
    const payments: PaidRecord[] = [
      { row: 2, rep: "Ann", paid: 700, period: day(1, 31), currency: "USD" },
      { row: 3, rep: "Ann", paid: 5000, period: day(2, 28), currency: "CNY" },
      { row: 4, rep: "=Eve", paid: 3500, period: day(2, 28), currency: "CNY" },
    ];
    const currency = { reporting: "CNY", rates: { USD: 7.1 }, asOf: "2026-12-31", symbols: {} };
    const data = convertCurrencies(currency, { transactions: source("Sales", sales), paid: source("Paid", payments) }, "en");
    const plan = { ...PLAN, payPeriod: "month" as const, draw: 5000, drawPer: "payPeriod" as const, drawRecoverable: recoverable, drawBalance: 1000 };
    const build = buildCommission(context("en", plan), { transactions: data.transactions!, paid: data.paid!, people: source("People", people) });
    const { values } = await recalculated(build);
    expect(compareWithEngine(build.sheets, values)).toEqual([]);
  });

  it("writes a file whose XML Excel opens without repair", async () => {
    const { xmlProblems } = await recalculated(everything("en", "marginal"));
    expect(xmlProblems).toEqual([]);
  });

  it("recomputes the statement when the engine recalculates a changed cached value", async () => {
    const build = everything("en", "marginal");
    const review = build.sheets[build.sheets.length - 1];
    const cell = review.rows.flat().find((c) => c?.f?.startsWith("ROUND(SUMPRODUCT")) as { v: unknown };
    const truth = cell.v;
    cell.v = 999_999;
    const { values } = await recalculated(build);
    expect(compareWithEngine([review], values).map((m) => m.engine)).toEqual([truth]);
  });
});
