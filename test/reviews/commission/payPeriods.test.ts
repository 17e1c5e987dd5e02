import fc from "fast-check";
import { dateSerial } from "../../../src/core/text/parseDate";
import { planSchema, type PlanInput } from "../../../src/reviews/plan";
import { buildCommission } from "../../../src/reviews/commission/build";
import type { BuildContext } from "../../../src/reviews/context";
import type { Build, SheetSpec } from "../../../src/sheets/spec";
import type { PaidRecord, SourceData, TransactionRecord } from "../../../src/datasets/records";

const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;

function context(commission: PlanInput["commission"] = {}, period = { start: day(5, 1), end: day(7, 31) }): BuildContext {
  const plan = planSchema.parse({ version: 1, commission: { defaultTiers: [{ from: 0, rate: 0.1 }], tolerance: 0, ...commission } });
  return { plan, language: "en", asOf: period.end, periodStart: period.start, periodEnd: period.end };
}

const source = <R>(sheet: string, records: R[]): SourceData<R> => ({ origin: `Sheet "${sheet}"`, sheet, headers: {}, records, warnings: [] });
const sale = (row: number, rep: string, date: number, amount: number): TransactionRecord => ({ row, id: `T-${row}`, rep, date, line: "", amount, share: 1 });
const payment = (row: number, rep: string, period: number | null, paid: number): PaidRecord => ({ row, rep, paid, period });

// Ann sells 10,000 in May and 8,000 in June; a May sale of 3,000 is clawed back in June; 6,000 in July.
// At 10%: earned to date 1,000 (May), 1,500 (June: 1,000 + 800 − 300), 2,100 (July): dues 1,000, 500, 600.
const SALES = [sale(2, "Ann", day(5, 10), 10000), sale(3, "Ann", day(6, 12), 8000), sale(4, "Ann", day(6, 20), -3000), sale(5, "Ann", day(7, 8), 6000)];
// June paid 800 (the clawback not deducted: 300 over), July paid 300 (300 short): in total 2,100 = due.
const PAID = [payment(2, "Ann", day(5, 31), 1000), payment(3, "Ann", day(6, 30), 800), payment(4, "Ann", day(7, 31), 300), payment(5, "Ann", day(4, 30), 999)];

function build(paid = PAID, ctx = context()): Build {
  return buildCommission(ctx, { transactions: source("Sales", SALES), paid: source("Paid", paid) });
}

const statement = (b: Build): SheetSpec => b.sheets[b.sheets.length - 1];

/** The pay periods block: one row per rep and period, under its header. */
function periodRows(sheet: SheetSpec): Record<string, unknown>[] {
  const h = sheet.rows.findIndex((row) => row[1]?.v === "Pay period" && row[1]?.style === "header");
  if (h < 0) return [];
  const headings = sheet.rows[h].map((c) => c?.v as string);
  const rows: Record<string, unknown>[] = [];
  for (let r = h + 1; sheet.rows[r]?.[1]?.v !== undefined && sheet.rows[r]?.[1]?.v !== null; r++) {
    rows.push(Object.fromEntries(["Rep", "Pay period", "Due in period", "Paid in period", "Difference", "Status"].map((k) => [k, sheet.rows[r][headings.indexOf(k)]?.v])));
  }
  return rows;
}

describe("paid amounts with a pay date or month", () => {
  it("are held against what fell due in each month: a clawback not deducted and an underpayment the month after are both found", () => {
    expect(periodRows(statement(build()))).toEqual([
      { Rep: "Ann", "Pay period": "2026-05", "Due in period": 1000, "Paid in period": 1000, Difference: 0, Status: "OK" },
      { Rep: "Ann", "Pay period": "2026-06", "Due in period": 500, "Paid in period": 800, Difference: 300, Status: "Overpaid" },
      { Rep: "Ann", "Pay period": "2026-07", "Due in period": 600, "Paid in period": 300, Difference: -300, Status: "Underpaid" },
    ]);
  });

  it("still net out in the total, which alone would have hidden both", () => {
    expect(build().summary).toEqual(["Reps: 1", "Total sales: 21,000.00", "Total commission due: 2,100.00", "Paid: 2,100.00", "Payment mismatches: 0", "Pay periods not paid as due: 2"]);
  });

  it("count only the payments for the statement's period, naming those left out", () => {
    expect(build().warnings).toEqual(['Sheet "Paid": 1 payment is for a day outside the period 2026-05-01 to 2026-07-31, so it is not held against this statement (row 5).']);
  });

  it("for a one-month run, compare only that month's payments", () => {
    const june = build(PAID, context({}, { start: day(6, 1), end: day(6, 30) }));
    // June alone: 8,000 − 3,000 = 5,000 at 10% = 500 due, 800 paid.
    expect([periodRows(statement(june)), june.summary.slice(3, 5)]).toEqual([
      [{ Rep: "Ann", "Pay period": "2026-06", "Due in period": 500, "Paid in period": 800, Difference: 300, Status: "Overpaid" }],
      ["Paid: 800.00", "Payment mismatches: 1"],
    ]);
  });

  it("are held by quarter when the plan pays quarterly", () => {
    const b = build(PAID, context({ payPeriod: "quarter" }, { start: day(4, 1), end: day(9, 30) }));
    expect(periodRows(statement(b)).map((r) => [r["Pay period"], r["Due in period"], r["Paid in period"]])).toEqual([
      ["2026 Q2", 1500, 2799],
      ["2026 Q3", 600, 300],
    ]);
  });

  it("write live formulas: the period's due from earned to date, the paid from the paid copy by period", () => {
    const sheet = statement(build());
    const h = sheet.rows.findIndex((row) => row[1]?.v === "Pay period" && row[1]?.style === "header");
    const col = (name: string): number => sheet.rows[h].findIndex((c) => c?.v === name);
    const june = sheet.rows[h + 2];
    expect([String(june[col("Due in period")]?.f), String(june[col("Paid in period")]?.f)]).toEqual([
      `ROUND(${String.fromCharCode(65 + col("Earned to date"))}${h + 3}-${String.fromCharCode(65 + col("Earned to date"))}${h + 2}+0,2)`,
      `SUMIFS('Data - Paid'!$B$2:$B$5,'Data - Paid'!$A$2:$A$5,$A${h + 3},'Data - Paid'!$C$2:$C$5,">="&C${h + 3},'Data - Paid'!$C$2:$C$5,"<="&D${h + 3})`,
    ]);
  });
});

describe("paid amounts without a period", () => {
  it("are reconciled in total only, as before", () => {
    const b = build([payment(2, "Ann", null, 2100)].map(({ period: _period, ...p }) => p as PaidRecord));
    expect([periodRows(statement(b)), b.summary.length]).toEqual([[], 5]);
  });
});

describe("the pay periods of any statement", () => {
  it("add up to the statement: dues to the total due, payments to the total paid, cent for cent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("Ann", "Ben"), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -500000, max: 5000000 })), { minLength: 1, maxLength: 20 }),
        fc.array(fc.tuple(fc.constantFrom("Ann", "Ben", "Cy"), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 100000 })), { minLength: 1, maxLength: 10 }),
        fc.constantFrom("month" as const, "quarter" as const),
        (sales, paid, payPeriod) => {
          const transactions = sales.map(([rep, m, cents], i) => sale(i + 2, rep, day(m, 15), cents / 100));
          const payments = paid.map(([rep, m, cents], i) => payment(i + 2, rep, day(m, 28), cents / 100));
          const ctx = context({ payPeriod, defaultTiers: [{ from: 0, rate: 0.04 }, { from: 20000, rate: 0.07 }], cap: 3000, draw: 150, tolerance: 0 }, { start: day(1, 1), end: day(12, 31) });
          const b = buildCommission(ctx, { transactions: source("Sales", transactions), paid: source("Paid", payments) });
          const sheet = statement(b);
          const h = sheet.rows.findIndex((row) => row[0]?.v === "Rep" && row[0]?.style === "header");
          const col = (name: string): number => sheet.rows[h].findIndex((c) => c?.v === name);
          const periods = periodRows(sheet);
          for (const rep of ["Ann", "Ben", "Cy"]) {
            const row = sheet.rows.find((r, i) => i > h && r[0]?.v === rep);
            if (!row) continue;
            const own = periods.filter((p) => p.Rep === rep);
            const sum = (key: string): number => Math.round(own.reduce((s, p) => s + (p[key] as number), 0) * 100);
            expect([sum("Due in period"), sum("Paid in period")]).toEqual([Math.round((row[col("Total due")]!.v as number) * 100), Math.round((row[col("Paid")]!.v as number) * 100)]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
