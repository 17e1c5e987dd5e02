import { dateSerial } from "../../../src/core/text/parseDate";
import { planSchema, type PlanInput } from "../../../src/reviews/plan";
import { buildCommission } from "../../../src/reviews/commission/build";
import type { BuildContext } from "../../../src/reviews/context";
import type { Build, SheetSpec } from "../../../src/sheets/spec";
import type { RateRecord, SourceData, TransactionRecord } from "../../../src/datasets/records";

const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;

function context(commission: PlanInput["commission"] = {}, language: BuildContext["language"] = "en"): BuildContext {
  const plan = planSchema.parse({ version: 1, language, commission });
  return { plan, language, asOf: day(6, 30), periodStart: day(1, 1), periodEnd: day(12, 31) };
}

function sale(row: number, rep: string, line: string, amount: number): TransactionRecord {
  return { row, id: `T-${row}`, rep, date: day(3, 15), line, amount, share: 1 };
}

function rate(row: number, line: string | null, from: number, value: number): RateRecord {
  return { row, line, from, to: null, rate: value };
}

const SALES = [sale(2, "Ann", "Hardware", 150000), sale(3, "Ann", "Services", 20000), sale(4, "Ben", "Hardware", 40000)];
const SHEET: SourceData<RateRecord> = {
  origin: 'Sheet "Commission Rates"',
  sheet: "Commission Rates",
  headers: {},
  records: [rate(2, "Hardware", 0, 0.03), rate(3, "Hardware", 100000, 0.05), rate(4, "Services", 0, 0.1)],
  warnings: [],
};

function build(plan: PlanInput["commission"] = {}, rates: SourceData<RateRecord> | undefined = SHEET, language: BuildContext["language"] = "en"): Build {
  return buildCommission(context(plan, language), {
    transactions: { origin: 'Sheet "Sales"', sheet: "Sales", headers: {}, records: SALES, warnings: [] },
    ...(rates ? { rates } : {}),
  });
}

const statement = (b: Build): SheetSpec => b.sheets[b.sheets.length - 1];

/** Each tier table row: line, from, rate, and where the rates came from. */
function tierTable(sheet: SheetSpec, heading = "Product line"): unknown[][] {
  const h = sheet.rows.findIndex((row) => row[0]?.v === heading && row[1]?.style === "header");
  return sheet.rows.slice(h + 1).filter((row) => row && row[1]?.v !== undefined).map((row) => [row[0]?.v ?? null, row[1]?.v, row[2]?.v, row[4]?.v ?? null]);
}

function due(b: Build, rep: string): unknown {
  const sheet = statement(b);
  const h = sheet.rows.findIndex((row) => row[0]?.v === "Rep" && row[0]?.style === "header");
  const c = sheet.rows[h].findIndex((cell) => cell?.v === "Total due");
  return sheet.rows.find((row, i) => i > h && row[0]?.v === rep)?.[c]?.v;
}

describe("a rate sheet in the workbook", () => {
  it("sets the rates when the plan has none, marginal tier by tier", () => {
    // Ann: hardware 100,000 × 3% + 50,000 × 5% = 5,500, services 20,000 × 10% = 2,000; Ben: 40,000 × 3% = 1,200
    const b = build();
    expect([due(b, "Ann"), due(b, "Ben"), b.warnings.filter((w) => w.includes("default rate"))]).toEqual([7500, 1200, []]);
  });

  it("says on the tier table where each line's rates came from", () => {
    expect(tierTable(statement(build()))).toEqual([
      ["Hardware", 0, 0.03, 'Sheet "Commission Rates", rows 2, 3'],
      [null, 100000, 0.05, null],
      ["Services", 0, 0.1, 'Sheet "Commission Rates", rows 4'],
    ]);
  });

  it("gives way to the plan's line, the conflict reported with both rate cards", () => {
    const b = build({ lines: [{ name: "Hardware", tiers: [{ from: 0, rate: 0.04 }] }] });
    expect([due(b, "Ben"), tierTable(statement(b))[0][3], b.warnings]).toEqual([
      1600,
      'the plan (commission.lines[0] ("Hardware"))',
      [
        '"Hardware": the plan (commission.lines[0] ("Hardware")) and Sheet "Commission Rates" give different rates (plan 0+ 4%; sheet 0+ 3% / 100,000+ 5%); the plan\'s are used. Remove one of them so there is one rate card.',
      ],
    ]);
  });

  it("says nothing when the plan and the sheet agree", () => {
    expect(build({ lines: [{ name: "Services", tiers: [{ from: 0, rate: 0.1 }] }] }).warnings).toEqual([]);
  });

  it("covers the lines it does not name with its rows without a line", () => {
    const general: SourceData<RateRecord> = { ...SHEET, records: [rate(2, "Hardware", 0, 0.03), rate(3, null, 0, 0.06)] };
    const b = build({}, general);
    expect([due(b, "Ann"), b.warnings]).toEqual([4500 + 1200, []]);
  });

  it("leaves the built-in default for a line nobody gave a rate, with the warning", () => {
    const only: SourceData<RateRecord> = { ...SHEET, records: [rate(2, "Hardware", 0, 0.03)] };
    const b = build({}, only);
    expect([tierTable(statement(b))[1][3], b.warnings.length]).toEqual(["the built-in default (no rate given)", 1]);
  });

  it("says where the rates came from in Chinese", () => {
    const sheet = statement(build({}, SHEET, "zh-CN"));
    expect(tierTable(sheet, "产品线")[0][3]).toBe('Sheet "Commission Rates"第 2, 3 行');
  });
});
