import { promises as fs, readFileSync } from "fs";
import { parse } from "csv-parse/sync";
import { ReadError, readDataset } from "../../src/datasets/readDataset";
import { convertCurrencies } from "../../src/reviews/currency";
import * as os from "os";
import * as path from "path";
import { dateSerial } from "../../src/core/text/parseDate";
import { defaultPlan } from "../../src/reviews/plan";
import { buildFunnel } from "../../src/reviews/funnel/build";
import type { BuildContext } from "../../src/reviews/context";
import type { Build } from "../../src/sheets/spec";
import { writeWorkbook } from "../../src/workbook/xlsxWrite";
import type { DealRecord, DealStatus, PersonRecord, SourceData } from "../../src/datasets/records";
import { compareWithEngine, describeWithLibreOffice, recalculate, type EngineValues } from "./libreoffice";
import { checkXlsxXml } from "./xmlOrder";

const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;

function context(language: BuildContext["language"]): BuildContext {
  const plan = { ...defaultPlan(), language };
  return { plan, language, asOf: day(6, 30), periodStart: day(1, 1), periodEnd: day(12, 31) };
}

let nextRow = 2;
function deal(owner: string, stage: string, status: DealStatus, amount: number, dates: Partial<DealRecord> = {}): DealRecord {
  const row = nextRow++;
  return { row, id: `D-${row}`, owner, stage, status, amount, created: null, stageDate: null, closeDate: null, probability: null, ...dates };
}

function source<R>(sheet: string, records: R[], headers: Record<string, string>): SourceData<R> {
  return { origin: `Sheet "${sheet}"`, sheet, headers, records, warnings: [] };
}

const DEAL_HEADERS = { id: "Deal", owner: "Owner", stage: "Stage", amount: "Amount", created: "Created", stageDate: "Stage date", closeDate: "Closed", status: "Status" };

/**
 * A team that exercises every formula: case-merged owners, names that look like criteria, stuck, won,
 * lost; owners interleaved, so the deals copy is regrouped and each owner's block is not in source order.
 */
const deals = [
  deal("Ann", "Lead", "open", 12000, { created: day(6, 1), stageDate: day(6, 1) }),
  deal("Bob", "Lead", "open", 7000, { created: day(6, 20), stageDate: day(6, 20) }),
  deal("Ann", "Proposal", "open", 40000.5, { created: day(3, 1), stageDate: day(4, 10) }),
  deal("=Eve", "Needs", "open", 8000, { created: day(5, 1), stageDate: day(5, 2) }),
  deal("Ann", "Won", "won", 55000, { created: day(1, 10), closeDate: day(3, 20) }),
  deal("李雷", "Proposal", "open", 25000, { created: day(4, 2), stageDate: day(5, 25) }),
  deal("ann", "Negotiation", "lost", 30000, { created: day(2, 1), closeDate: day(5, 2) }),
  deal("Ann", "Won", "won", 21000, { created: day(2, 14), closeDate: day(4, 1) }),
  deal("=Eve", "Lead", "lost", 5000, { created: day(4, 1), closeDate: day(4, 20) }),
  deal("Bo*", "Negotiation", "open", 90000, { created: day(1, 5), stageDate: day(5, 1) }),
  deal("Bob", "Won", "won", 33000, { created: day(3, 3), closeDate: null }),
  deal("李雷", "Won", "won", 60000, { created: day(3, 1), closeDate: day(6, 1) }),
];

const people: PersonRecord[] = [
  { row: 2, name: "Ann", team: null, target: 200000, lastYear: null, potential: null, weight: null, start: null, end: null },
  { row: 3, name: "Bo*", team: null, target: 50000, lastYear: null, potential: null, weight: null, start: null, end: null },
  { row: 4, name: "=Eve", team: null, target: 8000, lastYear: null, potential: null, weight: null, start: null, end: null },
  { row: 5, name: "李雷", team: null, target: null, lastYear: null, potential: null, weight: null, start: null, end: null },
];

async function recalculated(build: Build): Promise<{ values: EngineValues; xmlProblems: string[] }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-funnel-"));
  try {
    const file = path.join(dir, "funnel.xlsx");
    await writeWorkbook(file, build.sheets);
    return { values: await recalculate(file), xmlProblems: await checkXlsxXml(file) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describeWithLibreOffice("funnel review recalculated by LibreOffice", () => {
  jest.setTimeout(240_000);

  it.each([
    { name: "with people targets, in English", language: "en" as const, withPeople: true },
    { name: "without people data, in Chinese", language: "zh-CN" as const, withPeople: false },
  ])("gives every cached value back, $name", async ({ language, withPeople }) => {
    const build = buildFunnel(context(language), {
      deals: source("Deals", deals, DEAL_HEADERS),
      ...(withPeople ? { people: source("People", people, { name: "Name", target: "Target" }) } : {}),
    });
    const { values } = await recalculated(build);
    expect(compareWithEngine(build.sheets, values)).toEqual([]);
  });

  it("gives every cached value back when deals carry their own probability (some blank) and the stuck list is capped", async () => {
    const own: Record<number, number> = { 0: 0.35, 2: 0, 5: 0.9, 9: 0.25 };
    const withProbability = [
      ...deals.map((d, i) => ({ ...d, probability: own[i] ?? null })),
      // an open deal without a stage date: never stuck, and a blank "since" must not match the stuck criteria
      deal("Bob", "Proposal", "open", 4000, { created: day(2, 1), probability: 0.5 }),
    ];
    const ctx = context("en");
    const build = buildFunnel({ ...ctx, plan: { ...ctx.plan, funnel: { ...ctx.plan.funnel, stuckListSize: 1 } } }, {
      deals: source("Deals", withProbability, { ...DEAL_HEADERS, probability: "Probability" }),
      people: source("People", people, { name: "Name", target: "Target" }),
    });
    const review = build.sheets[build.sheets.length - 1];
    expect(review.rows.some((row) => typeof row[0]?.v === "string" && row[0].v.startsWith("…and "))).toBe(true);
    const { values } = await recalculated(build);
    expect(compareWithEngine(build.sheets, values)).toEqual([]);
  });

  it("gives every cached value back for a Salesforce export whose amounts come from its Amount (Converted) column", async () => {
    // The multi-currency fixture read as exported: USD, EUR and JPY deals with Salesforce's own conversion to USD.
    const grid = parse(readFileSync(path.resolve(__dirname, "../fixtures/exports/salesforce-opportunities-multicurrency.csv"), "utf8"), { bom: true }) as string[][];
    const read = readDataset("deals", grid, { sheet: "Opportunities" });
    if (read instanceof ReadError) throw new Error(read.message);
    const ctx = context("en");
    const converted = convertCurrencies(ctx.plan.currency, { deals: read }, "en").deals as SourceData<DealRecord>;
    expect(converted.records.some((d) => d.exchangeRate !== undefined && d.exchangeRate !== 1)).toBe(true);
    const build = buildFunnel(ctx, { deals: converted });
    const { values } = await recalculated(build);
    expect(compareWithEngine(build.sheets, values)).toEqual([]);
  });

  it("keeps a stage's probability live for the deals without their own", async () => {
    const own: Record<number, number> = { 2: 0.5, 9: 0.25 };
    const withProbability = deals.map((d, i) => ({ ...d, probability: own[i] ?? null }));
    const build = buildFunnel(context("en"), { deals: source("Deals", withProbability, { ...DEAL_HEADERS, probability: "Probability" }) });
    const review = build.sheets[build.sheets.length - 1];
    // Proposal's probability in the settings, raised from 40% to 100% as a person would type it.
    const probabilityRow = review.rows.findIndex((row) => row[0]?.v === "Win probability");
    const proposal = review.rows[probabilityRow - 3].findIndex((c) => c?.v === "Proposal");
    review.rows[probabilityRow][proposal] = { ...review.rows[probabilityRow][proposal], v: 1 };
    const header = review.rows.findIndex((row) => row[0]?.v === "Owner");
    const weightedCol = review.rows[header].findIndex((c) => c?.v === "Weighted pipeline");
    const team = review.rows.findIndex((row, r) => r > header && row[0]?.v === "Team total");
    const { values } = await recalculated(build);
    // Open deals: own probability where given (Ann's Proposal 50%, Bo*'s Negotiation 25%), else the stage's:
    // 李雷's Proposal (25,000, no probability of its own) now at 100%.
    const stageProbability: Record<string, number> = { Lead: 0.1, Needs: 0.2, Proposal: 1, Negotiation: 0.6 };
    const expected = withProbability.filter((d) => d.status === "open").reduce((t, d) => t + d.amount * (d.probability ?? stageProbability[d.stage]), 0);
    expect([review.rows[team][weightedCol]?.v === expected, values.get(review.name)?.[team][weightedCol]]).toEqual([false, expect.closeTo(expected, 6)]);
  });

  it("writes a file whose XML Excel opens without repair", async () => {
    const build = buildFunnel(context("en"), {
      deals: source("Deals", deals, DEAL_HEADERS),
      people: source("People", people, { name: "Name", target: "Target" }),
    });
    const { xmlProblems } = await recalculated(build);
    expect(xmlProblems).toEqual([]);
  });

  it("drops a deal edited to another owner from the first owner's counts", async () => {
    const build = buildFunnel(context("en"), { deals: source("Deals", deals, DEAL_HEADERS) });
    const [copy, review] = [build.sheets[0], build.sheets[build.sheets.length - 1]];
    // Ann's first won deal, re-assigned on the copy to someone with no row of their own.
    const edited = copy.rows.findIndex((row) => row[1]?.v === "Ann" && row[3]?.v === "won");
    // A new cell, not an edit in place: data copies share equal cells between rows (a SheetSpec is immutable).
    copy.rows[edited][1] = { ...copy.rows[edited][1], v: "Zed" };
    const header = review.rows.findIndex((row) => row[0]?.v === "Owner");
    const ann = review.rows.findIndex((row, r) => r > header && row[0]?.v === "Ann");
    const wonCol = review.rows[header].findIndex((c) => c?.v === "Won deals");
    const { values } = await recalculated(build);
    expect([review.rows[ann][wonCol]?.v, values.get(review.name)?.[ann][wonCol]]).toEqual([2, 1]);
  });

  it("recomputes the review when the engine recalculates a changed cached value", async () => {
    const build = buildFunnel(context("en"), { deals: source("Deals", deals, DEAL_HEADERS) });
    const review = build.sheets[build.sheets.length - 1];
    const cell = review.rows.flat().find((c) => c?.f?.startsWith("COUNTIFS")) as { v: unknown };
    const truth = cell.v;
    cell.v = 999_999;
    const { values } = await recalculated(build);
    const mismatches = compareWithEngine([review], values);
    expect(mismatches.map((m) => m.engine)).toEqual([truth]);
  });
});
