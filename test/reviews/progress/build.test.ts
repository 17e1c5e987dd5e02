import { dateSerial } from "../../../src/core/text/parseDate";
import { planSchema, type PlanInput } from "../../../src/reviews/plan";
import { buildProgress } from "../../../src/reviews/progress/build";
import type { BuildContext } from "../../../src/reviews/context";
import type { Build, Cell, CellValue, SheetSpec } from "../../../src/sheets/spec";
import type { PersonRecord, SourceData, TransactionRecord } from "../../../src/datasets/records";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;
const AS_OF = day(2, 15);

function context(progress: PlanInput["progress"] = {}, language: BuildContext["language"] = "en", period = { start: day(1, 1), end: day(12, 31) }): BuildContext {
  const plan = planSchema.parse({ version: 1, language, progress });
  return { plan, language, asOf: AS_OF, periodStart: period.start, periodEnd: period.end };
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
 * As of 2026-02-15. Ann: 10,000 on 10 Jan, 4,000 on 3 Feb, half of 4,000 on 14 Feb, 5,000 on 20 Feb
 * (after the as-of date: not counted). Bob: 3,000 on 1 Feb and 1,000 on 20 Dec 2025 (last year). Dan:
 * 500 on 10 Feb, no target. Cy: a target and no sales. Annual targets Ann 120,000, Bob 60,000, Cy 36,000.
 */
const transactions = [
  sale("Ann", 10000, day(1, 10)),
  sale("Ann", 4000, day(2, 3)),
  sale("Bob", 3000, day(2, 1)),
  sale("Ann", 4000, day(2, 14), 0.5),
  sale("Dan", 500, day(2, 10)),
  sale("Ann", 5000, day(2, 20)),
  sale("Bob", 1000, day(12, 20, 2025)),
];
const people = [person("Ann", 120000), person("Bob", 60000), person("Cy", 36000), person("Eve", null)];

function build(options: { plan?: PlanInput["progress"]; withPeople?: boolean; language?: BuildContext["language"]; period?: { start: number; end: number } } = {}): Build {
  return buildProgress(context(options.plan, options.language, options.period), {
    transactions: source("Sales", transactions),
    ...(options.withPeople === false ? {} : { people: source("People", people) }),
  });
}

const review = (b: Build): SheetSpec => b.sheets[b.sheets.length - 1];

/** A person's row from the annual target on: [annual, then per window target … flag]. */
function rowOf(b: Build, name: string): CellValue[] {
  const row = review(b).rows.find((r) => r[0]?.v === name) as (Cell | null)[];
  return row.slice(1).map((c) => c?.v ?? null);
}
const WINDOW = { month: 1, quarter: 9, year: 17 };
/** One window's eight cells: target, actual, completion, elapsed, gap, forecast, needed, flag. */
function windowOf(b: Build, name: string, window: keyof typeof WINDOW): CellValue[] {
  return rowOf(b, name).slice(WINDOW[window], WINDOW[window] + 8);
}
const close = (values: CellValue[]): unknown[] => values.map((v) => (typeof v === "number" ? expect.closeTo(v, 6) : v));

describe("buildProgress on calendar days", () => {
  const b = build();

  it("lists the people met in the transactions, then those with only a target, then the team", () => {
    const names = review(b).rows.map((r) => r[0]?.v).filter((v) => ["Ann", "Bob", "Dan", "Cy", "Eve", "Team total"].includes(v as string));
    expect(names).toEqual(["Ann", "Bob", "Dan", "Cy", "Team total"]);
  });

  // February 2026: 28 days, 15 to the 15th, 13 left; elapsed 15/28. Ann's month: target 120,000 ÷ 12 =
  // 10,000, actual 4,000 + 4,000 × 0.5 = 6,000, completion 0.6; gap 10,000 × 15/28 − 6,000 = −642.857…
  // → −642.86; forecast 6,000 × 28/15 = 11,200; needed (10,000 − 6,000) ÷ 13 = 307.69; 0.6 ≥ 15/28 × 0.9.
  it("gives Ann's month to date", () => {
    expect(windowOf(b, "Ann", "month")).toEqual(close([10000, 6000, 0.6, 15 / 28, -642.86, 11200, 307.69, ""]));
  });

  // Q1: 90 days, 46 to 15 Feb (31 + 15), 44 left. Ann: target 30,000, actual 16,000, completion 0.5333;
  // gap 30,000 × 46/90 − 16,000 = −666.67; forecast 16,000 × 90/46 = 31,304.35; needed 14,000 ÷ 44 = 318.18.
  it("gives Ann's quarter to date, counting January and leaving out the sale after the as-of date", () => {
    expect(windowOf(b, "Ann", "quarter")).toEqual(close([30000, 16000, 16000 / 30000, 46 / 90, -666.67, 31304.35, 318.18, ""]));
  });

  // The year: 365 days, 46 elapsed, 319 left. Bob: target 60,000, actual 3,000 (December's sale is last
  // year's), completion 0.05 < 46/365 × 0.9 = 0.1134: behind; gap 60,000 × 46/365 − 3,000 = 4,561.64;
  // forecast 3,000 × 365/46 = 23,804.35; needed 57,000 ÷ 319 = 178.68.
  it("flags Bob behind for the year", () => {
    expect(windowOf(b, "Bob", "year")).toEqual(close([60000, 3000, 0.05, 46 / 365, 4561.64, 23804.35, 178.68, "Behind"]));
  });

  // Bob's month: 5,000 target, 3,000 actual, 0.6 ≥ 0.482: on pace; his quarter: 0.2 < 46/90 × 0.9 = 0.46.
  it("flags Bob on pace for the month but behind for the quarter", () => {
    expect([windowOf(b, "Bob", "month")[7], windowOf(b, "Bob", "quarter")[7]]).toEqual(["", "Behind"]);
  });

  // Cy: 36,000 ÷ 12 = 3,000, nothing sold: gap 3,000 × 15/28 = 1,607.14, forecast 0, needed 3,000 ÷ 13 = 230.77.
  it("gives a person with a target and no sales the whole gap and a zero forecast", () => {
    expect(windowOf(b, "Cy", "month")).toEqual(close([3000, 0, 0, 15 / 28, 1607.14, 0, 230.77, "Behind"]));
  });

  // Dan: no target, so only the actual, the time elapsed and the forecast 500 × 28/15 = 933.33.
  it("leaves the target columns of a person without a target blank", () => {
    expect([rowOf(b, "Dan")[0], ...windowOf(b, "Dan", "month")]).toEqual(close(["", "", 500, "", 15 / 28, "", 933.33, "", ""]));
  });

  // Team: annual 216,000 → month 18,000; actual 6,000 + 3,000 + 500 + 0 = 9,500; completion 0.52778;
  // gap 18,000 × 15/28 − 9,500 = 142.86; forecast 9,500 × 28/15 = 17,733.33; needed 8,500 ÷ 13 = 653.85.
  it("totals the team and computes its pace from the totals", () => {
    expect([rowOf(b, "Team total")[0], ...windowOf(b, "Team total", "month")]).toEqual(close([216000, 18000, 9500, 9500 / 18000, 15 / 28, 142.86, 17733.33, 653.85, ""]));
  });

  // Year to date 16,000 + 3,000 + 500 + 0 = 19,500 of 216,000 = 9.03%; behind this month: Cy alone.
  it("sums up the year and counts who is behind this month", () => {
    expect(b.summary).toEqual([
      "Progress as of 2026-02-15: 4 people",
      "Year to date: 19,500.00 (9.0% of target)",
      "Behind pace this month: 1",
      "No monthly plan was found (a Target plan sheet, or a targets table of person × month): each month's target is the annual target ÷ 12 and the quarter's ÷ 4, with no seasonality.",
    ]);
  });

  it("warns about the sale after the as-of date", () => {
    // Without a monthly plan the targets are the annual ÷ 12, and the sheet says so.
    expect(b.warnings).toEqual([
      'Sheet "Sales": 1 transaction is dated after the as-of date 2026-02-15 and not counted.',
      "No monthly plan was found (a Target plan sheet, or a targets table of person × month): each month's target is the annual target ÷ 12 and the quarter's ÷ 4, with no seasonality.",
    ]);
  });

  it("reads each window's start and the as-of date from the settings block", () => {
    const sheet = review(b);
    const asOfRow = sheet.rows.findIndex((r) => r[0]?.v === "As of");
    const monthRow = sheet.rows.findIndex((r) => r[0]?.v === "Month to date" && r[1]?.f !== undefined);
    const annRow = sheet.rows.findIndex((r) => r[0]?.v === "Ann");
    expect([sheet.rows[asOfRow][1]?.v, sheet.rows[monthRow][1]?.v, sheet.rows[annRow][3]?.f]).toEqual([
      AS_OF,
      day(2, 1),
      `SUMIFS('Data - Transactions'!$G$2:$G$5,'Data - Transactions'!$B$2:$B$5,$A${annRow + 1},'Data - Transactions'!$C$2:$C$5,">="&$B$${monthRow + 1},'Data - Transactions'!$C$2:$C$5,"<="&MIN($B$${asOfRow + 1},$C$${monthRow + 1}))`,
    ]);
  });

  it("uses only classic functions", () => {
    const formulas = b.sheets.flatMap((s) => s.rows.flat()).flatMap((c) => (c?.f ? [c.f] : []));
    const functions = new Set(formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z.]*)\(/g)].map((m) => m[1])));
    expect([...functions].sort()).toEqual(["COUNT", "COUNTIFS", "DATE", "DAY", "IF", "INT", "MAX", "MIN", "MONTH", "N", "OR", "ROUND", "SUM", "SUMIFS", "YEAR"]);
  });
});

describe("buildProgress on working days", () => {
  // February 2026 starts on a Sunday: 20 weekdays, 10 of them to the 15th; with 2 Feb off, 19 and 9,
  // 10 left. Ann's month: gap 10,000 × 9/19 − 6,000 = −1,263.16; forecast 6,000 × 19/9 = 12,666.67;
  // needed 4,000 ÷ 10 = 400.
  it("counts Monday to Friday less the holidays", () => {
    const b = build({ plan: { workingDays: true, holidays: ["2026-02-02"] } });
    expect(windowOf(b, "Ann", "month")).toEqual(close([10000, 6000, 0.6, 9 / 19, -1263.16, 12666.67, 400, ""]));
  });

  it("lists the holidays as inputs that NETWORKDAYS reads", () => {
    const b = build({ plan: { workingDays: true, holidays: ["2026-02-02", "2026-01-01"] } });
    const formulas = review(b).rows.flat().flatMap((c) => (c?.f?.includes("NETWORKDAYS") ? [c.f] : []));
    const holidayRow = review(b).rows.findIndex((r) => r[0]?.v === "Holidays");
    expect([formulas.length, formulas.every((f) => f.includes(`$A$${holidayRow + 2}:$A$${holidayRow + 3}`))]).toEqual([6, true]);
  });
});

describe("buildProgress over a fiscal year", () => {
  // The period 2025-04-01 to 2026-03-31: 365 days, 321 to 15 Feb (30 + 31 + 30 + 31 + 31 + 30 + 31 + 30
  // + 31 + 31 + 15), 44 left. Bob's sale of 20 Dec 2025 now counts: 3,000 + 1,000 = 4,000 of 60,000;
  // gap 60,000 × 321/365 − 4,000 = 48,767.12; forecast 4,000 × 365/321 = 4,548.29; needed 56,000 ÷ 44 = 1,272.73.
  it("runs the year to date from the plan's period start", () => {
    const b = build({ period: { start: day(4, 1, 2025), end: day(3, 31) } });
    expect(windowOf(b, "Bob", "year")).toEqual(close([60000, 4000, 4000 / 60000, 321 / 365, 48767.12, 4548.29, 1272.73, "Behind"]));
  });
});

describe("buildProgress as of a date past the period", () => {
  // Period 2025: the year to date is all of it (elapsed 1, no day left), Bob's 1,000 of 20 Dec 2025 alone.
  it("stops the year to date at the period's end and says so", () => {
    const b = build({ period: { start: day(1, 1, 2025), end: day(12, 31, 2025) } });
    expect([windowOf(b, "Bob", "year").slice(1, 7), b.warnings[0]]).toEqual([
      close([1000, 1000 / 60000, 1, 59000, 1000, ""]),
      "The as-of date 2026-02-15 is outside the plan's period 2025-01-01 to 2025-12-31: the year to date counts only the period's days and sales.",
    ]);
  });
});

describe("buildProgress without people", () => {
  const b = build({ withPeople: false });

  it("leaves every target blank and says why", () => {
    expect([windowOf(b, "Ann", "year")[0], b.warnings.some((w) => w.startsWith("No people table"))]).toEqual(["", true]);
  });

  it("still gives the actual and the forecast", () => {
    expect(windowOf(b, "Ann", "month").slice(1, 6)).toEqual(close([6000, "", 15 / 28, "", 11200]));
  });
});

describe("buildProgress in Chinese", () => {
  it("names the sheet and flags in Chinese", () => {
    const b = build({ language: "zh-CN" });
    expect([review(b).name, windowOf(b, "Bob", "year")[7], b.sheets.map((s) => s.name)]).toEqual(["目标进度", "落后", ["数据-交易", "数据-人员", "目标进度"]]);
  });
});

describe("buildProgress: the chart", () => {
  it("draws each person's year-to-date target and actual as clustered columns, under the settings", () => {
    const sheet = review(build());
    const chart = sheet.charts![0];
    const first = sheet.rows.findIndex((r) => r[0]?.v === "Ann") + 1;
    const last = sheet.rows.findIndex((r) => r[0]?.v === "Cy") + 1;
    const header = first - 1;
    expect({ ...chart, anchorBelow: Number(/\d+/.exec(chart.anchor)![0]) > sheet.rows.length }).toEqual({
      type: "column",
      title: "Year to date",
      categories: `A${first}:A${last}`,
      series: [
        { name: "Target", nameCell: `S${header}`, values: `S${first}:S${last}` },
        { name: "Actual", nameCell: `T${header}`, values: `T${first}:T${last}` },
      ],
      anchor: expect.stringMatching(/^A\d+$/),
      anchorBelow: true,
      size: { cols: 10, rows: 20 },
    });
    expect([sheet.rows[header - 1][18]?.v, sheet.rows[header - 1][19]?.v]).toEqual(["Target", "Actual"]);
  });
});
