import { dateSerial } from "../../../src/core/text/parseDate";
import { planSchema, type PlanInput } from "../../../src/reviews/plan";
import { buildCommission } from "../../../src/reviews/commission/build";
import type { BuildContext } from "../../../src/reviews/context";
import type { Build, SheetSpec } from "../../../src/sheets/spec";
import type { PaidRecord, SourceData, TransactionRecord } from "../../../src/datasets/records";

/**
 * A draw paid in each pay period (commission.drawPer "payPeriod"), worked by hand at 10% commission,
 * draw 1,000 a month, May to July 2026:
 *
 * Ann sells 5,000 in May, 18,000 in June, and in July 4,000 with a 6,000 clawback:
 * earned 500, 1,800, −200 (21,000 × 10% = 2,100 in all).
 *   recoverable:  May pays 1,000 (advances 500, owes 500); June pays 1,800 − 500 = 1,300 (recovers 500, owes 0);
 *                 July pays 1,000 (owes 1,000 + 200 = 1,200, carried forward). Due 3,300, top-up 1,200.
 *   not recoverable: 1,000, 1,800, 1,000. Due 3,800, top-up 1,700.
 *   recoverable, 300 owed from before: May pays 1,000 (owes 300 + 500 = 800); June pays max(1,000, 1,800 − 800)
 *                 = 1,000 (recovers 800, owes 0); July 1,000 (owes 1,200). Due 3,000, top-up 900.
 * Bo sells 15,000 a month: earned 1,500 a month, above the draw: pays 1,500 each month, due 4,500, top-up 0.
 */

const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;

function context(commission: PlanInput["commission"] = {}): BuildContext {
  const plan = planSchema.parse({ version: 1, commission: { defaultTiers: [{ from: 0, rate: 0.1 }], tolerance: 0, draw: 1000, drawPer: "payPeriod", ...commission } });
  return { plan, language: "en", asOf: day(7, 31), periodStart: day(5, 1), periodEnd: day(7, 31) };
}

const source = <R>(sheet: string, records: R[]): SourceData<R> => ({ origin: `Sheet "${sheet}"`, sheet, headers: {}, records, warnings: [] });
const sale = (row: number, rep: string, date: number, amount: number): TransactionRecord => ({ row, id: `T-${row}`, rep, date, line: "", amount, share: 1 });
const payment = (row: number, rep: string, period: number | null, paid: number): PaidRecord => ({ row, rep, paid, period });

const SALES = [
  sale(2, "Ann", day(5, 10), 5000),
  sale(3, "Ann", day(6, 12), 18000),
  sale(4, "Ann", day(7, 8), 4000),
  sale(5, "Ann", day(7, 20), -6000),
  sale(6, "Bo", day(5, 3), 15000),
  sale(7, "Bo", day(6, 3), 15000),
  sale(8, "Bo", day(7, 3), 15000),
];

function build(ctx = context(), paid?: PaidRecord[]): Build {
  return buildCommission(ctx, { transactions: source("Sales", SALES), ...(paid ? { paid: source("Paid", paid) } : {}) });
}

const statement = (b: Build): SheetSpec => b.sheets[b.sheets.length - 1];

/** The rows of a block, under the header row whose cell `col` says `heading`, as records of the named columns. */
function block(sheet: SheetSpec, heading: string, col: number, names: readonly string[]): Record<string, unknown>[] {
  const h = sheet.rows.findIndex((row) => row[col]?.v === heading && row[col]?.style === "header");
  if (h < 0) return [];
  const headings = sheet.rows[h].map((c) => c?.v as string);
  const rows: Record<string, unknown>[] = [];
  for (let r = h + 1; typeof sheet.rows[r]?.[0]?.v === "string" && sheet.rows[r][0]?.v !== "Total"; r++) {
    rows.push(Object.fromEntries(names.map((k) => [k, sheet.rows[r][headings.indexOf(k)]?.v])));
  }
  return rows;
}

const periods = (b: Build, names = ["Rep", "Pay period", "Earned in period", "Due in period", "Draw recovered", "Draw still owed"]): Record<string, unknown>[] =>
  block(statement(b), "Pay period", 1, names);
const reps = (b: Build): Record<string, unknown>[] => block(statement(b), "Rep", 0, ["Rep", "After cap", "Draw top-up", "Total due"]);

describe("a recoverable draw per pay period", () => {
  it("pays at least the draw each month and recovers the advance from the next month's earnings above it", () => {
    expect(periods(build())).toEqual([
      { Rep: "Ann", "Pay period": "2026-05", "Earned in period": 500, "Due in period": 1000, "Draw recovered": 0, "Draw still owed": 500 },
      { Rep: "Ann", "Pay period": "2026-06", "Earned in period": 1800, "Due in period": 1300, "Draw recovered": 500, "Draw still owed": 0 },
      { Rep: "Ann", "Pay period": "2026-07", "Earned in period": -200, "Due in period": 1000, "Draw recovered": 0, "Draw still owed": 1200 },
      { Rep: "Bo", "Pay period": "2026-05", "Earned in period": 1500, "Due in period": 1500, "Draw recovered": 0, "Draw still owed": 0 },
      { Rep: "Bo", "Pay period": "2026-06", "Earned in period": 1500, "Due in period": 1500, "Draw recovered": 0, "Draw still owed": 0 },
      { Rep: "Bo", "Pay period": "2026-07", "Earned in period": 1500, "Due in period": 1500, "Draw recovered": 0, "Draw still owed": 0 },
    ]);
  });

  it("makes the statement's due what the periods pay, the top-up what that adds to the capped commission", () => {
    expect(reps(build())).toEqual([
      { Rep: "Ann", "After cap": 2100, "Draw top-up": 1200, "Total due": 3300 },
      { Rep: "Bo", "After cap": 4500, "Draw top-up": 0, "Total due": 4500 },
    ]);
  });

  it("says who still owes draw at the end, to carry into the next statement", () => {
    expect(build().warnings).toEqual([
      "Draw not yet earned back at the end of the period, to carry into the next statement (its plan's commission.drawBalance): Ann 1,200.00.",
    ]);
  });

  it("starts from the balance carried in from the last statement", () => {
    const b = build(context({ drawBalance: 300 }));
    expect(periods(b).slice(0, 3).map((r) => [r["Due in period"], r["Draw recovered"], r["Draw still owed"]])).toEqual([
      [1000, 0, 800],
      [1000, 800, 0],
      [1000, 0, 1200],
    ]);
    expect(reps(b)[0]).toEqual({ Rep: "Ann", "After cap": 2100, "Draw top-up": 900, "Total due": 3000 });
  });

  it("writes each period's draw as live formulas over the row above and the settings, and the top-up as the periods' sum", () => {
    const sheet = statement(build());
    const h = sheet.rows.findIndex((row) => row[1]?.v === "Pay period" && row[1]?.style === "header");
    const headings = sheet.rows[h].map((c) => c?.v);
    const june = sheet.rows[h + 2];
    const due = headings.indexOf("Due in period");
    expect([june[due]?.f, june[headings.indexOf("Draw still owed")]?.f].every((f) => typeof f === "string" && f.includes("MAX("))).toBe(true);
    const ann = sheet.rows.findIndex((row) => row[0]?.v === "Ann");
    const repHeader = sheet.rows.findIndex((row) => row[0]?.v === "Rep" && row[0]?.style === "header");
    const topUpCol = sheet.rows[repHeader].findIndex((c) => c?.v === "Draw top-up");
    expect(sheet.rows[ann][topUpCol]?.f).toMatch(/^ROUND\(SUM\(/);
  });
});

describe("a draw per pay period that is not recoverable", () => {
  it("pays the larger of the draw and the month's earnings, carrying nothing", () => {
    const b = build(context({ drawRecoverable: false }));
    expect(periods(b).slice(0, 3).map((r) => [r["Due in period"], r["Draw still owed"]])).toEqual([
      [1000, 0],
      [1800, 0],
      [1000, 0],
    ]);
    expect([reps(b)[0], b.warnings]).toEqual([{ Rep: "Ann", "After cap": 2100, "Draw top-up": 1700, "Total due": 3800 }, []]);
  });
});

describe("a draw per pay period with payments that say their month", () => {
  // Ann was paid 1,000 for May, 1,300 for June and 800 for July (200 short); Bo 1,500 each month.
  const PAID = [
    payment(2, "Ann", day(5, 31), 1000),
    payment(3, "Ann", day(6, 30), 1300),
    payment(4, "Ann", day(7, 31), 800),
    payment(5, "Bo", day(5, 31), 1500),
    payment(6, "Bo", day(6, 30), 1500),
    payment(7, "Bo", day(7, 31), 1500),
  ];

  it("holds each month's payment against what the draw made due in it", () => {
    const rows = periods(build(context(), PAID), ["Rep", "Pay period", "Due in period", "Paid in period", "Difference", "Status"]);
    expect(rows.filter((r) => r.Status !== "OK")).toEqual([{ Rep: "Ann", "Pay period": "2026-07", "Due in period": 1000, "Paid in period": 800, Difference: -200, Status: "Underpaid" }]);
  });

  it("counts the mismatch in the summary, against the total due with the draw", () => {
    expect(build(context(), PAID).summary).toEqual(["Reps: 2", "Total sales: 66,000.00", "Total commission due: 7,800.00", "Paid: 7,600.00", "Payment mismatches: 1", "Pay periods not paid as due: 1"]);
  });
});

describe("a draw for the whole statement (the default)", () => {
  it("tops the statement up to the draw once, as before, and says the per-period settings are not used", () => {
    const b = build(context({ drawPer: "statement", draw: 3000, drawBalance: 300 }));
    expect([reps(b)[0], periods(b), b.warnings]).toEqual([
      { Rep: "Ann", "After cap": 2100, "Draw top-up": 900, "Total due": 3000 },
      [],
      ['The plan\'s commission.drawBalance applies only to a draw per pay period (commission.drawPer "payPeriod"); this statement applies the draw to the whole period, so it is not used.'],
    ]);
  });
});
