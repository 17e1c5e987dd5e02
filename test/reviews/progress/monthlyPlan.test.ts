import { dateSerial } from "../../../src/core/text/parseDate";
import { planSchema } from "../../../src/reviews/plan";
import { buildProgress } from "../../../src/reviews/progress/build";
import type { BuildContext } from "../../../src/reviews/context";
import type { Build, Cell, CellValue, SheetSpec } from "../../../src/sheets/spec";
import type { MonthlyTargetRecord, PersonRecord, SourceData, TransactionRecord } from "../../../src/datasets/records";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;
const AS_OF = day(2, 15);

function context(language: BuildContext["language"] = "en"): BuildContext {
  const plan = planSchema.parse({ version: 1, language });
  return { plan, language, asOf: AS_OF, periodStart: day(1, 1), periodEnd: day(12, 31) };
}

let nextRow = 2;
function sale(rep: string, amount: number, date: number, share = 1): TransactionRecord {
  const row = nextRow++;
  return { row, id: `T-${row}`, rep, date, line: "", amount, share };
}
function month(name: string, m: number, target: number, team: string | null = null): MonthlyTargetRecord {
  return { row: nextRow++, name, month: day(m, 1), target, team };
}
function person(name: string, target: number | null): PersonRecord {
  return { row: nextRow++, name, team: null, target, lastYear: null, potential: null, weight: null, start: null, end: null };
}
function source<R>(sheet: string, records: R[]): SourceData<R> {
  return { origin: `Sheet "${sheet}"`, sheet, headers: {}, records, warnings: [] };
}

/**
 * As of 2026-02-15, the sales of build.test.ts: Ann 10,000 on 10 Jan, 4,000 on 3 Feb and half of 4,000
 * on 14 Feb; Bob 3,000 on 1 Feb; Dan 500 on 10 Feb. The plan: Ann 8,000 in January, 12,000 in February,
 * 14,000 in March and 9,000 a month from April (115,000 for the year; her people row says 120,000); Bob
 * 5,000, 4,000 (on two rows: 2,500 and 1,500) and 6,000 for the first quarter only; Cy 3,000 in February
 * and no sales; Dan no row.
 */
const transactions = [sale("Ann", 10000, day(1, 10)), sale("Ann", 4000, day(2, 3)), sale("Bob", 3000, day(2, 1)), sale("Ann", 4000, day(2, 14), 0.5), sale("Dan", 500, day(2, 10))];
const plan = [
  month("Ann", 1, 8000, "North"),
  month("Ann", 2, 12000, "North"),
  month("Ann", 3, 14000, "North"),
  ...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => month("Ann", m, 9000, "North")),
  month("Bob", 1, 5000, "South"),
  month("Bob", 2, 2500, "South"),
  month("Bob", 3, 6000, "South"),
  month("Bob", 2, 1500, "South"),
  month("Cy", 2, 3000, "North"),
];
const bobFebRows = `${plan[13].row}, ${plan[15].row}`;

function build(language: BuildContext["language"] = "en"): Build {
  return buildProgress(context(language), {
    transactions: source("Sales", transactions),
    people: source("People", [person("Ann", 120000), person("Bob", null), person("Zoe", 50000)]),
    monthlyTargets: source("目标分解", plan),
  });
}

const review = (b: Build): SheetSpec => b.sheets[b.sheets.length - 1];
function rowOf(b: Build, name: string): (Cell | null)[] {
  return review(b).rows.find((r) => r[0]?.v === name) as (Cell | null)[];
}
const WINDOW = { month: 2, quarter: 10, year: 18 };
function windowOf(b: Build, name: string, window: keyof typeof WINDOW): CellValue[] {
  return rowOf(b, name)
    .slice(WINDOW[window], WINDOW[window] + 8)
    .map((c) => c?.v ?? null);
}
const close = (values: CellValue[]): unknown[] => values.map((v) => (typeof v === "number" ? expect.closeTo(v, 6) : v));

describe("buildProgress with a monthly plan", () => {
  const b = build();

  // February: target 12,000 (her month, not 120,000 ÷ 12), actual 6,000, completion 0.5; gap
  // 12,000 × 15/28 − 6,000 = 428.57; forecast 6,000 × 28/15 = 11,200; needed 6,000 ÷ 13 = 461.54.
  it("takes Ann's month target from her February", () => {
    expect(windowOf(b, "Ann", "month")).toEqual(close([12000, 6000, 0.5, 15 / 28, 428.57, 11200, 461.54, ""]));
  });

  // Q1: 8,000 + 12,000 + 14,000 = 34,000; actual 16,000; gap 34,000 × 46/90 − 16,000 = 1,377.78;
  // forecast 16,000 × 90/46 = 31,304.35; needed 18,000 ÷ 44 = 409.09; 0.4706 ≥ 46/90 × 0.9 = 0.46.
  it("adds up Ann's three months for the quarter", () => {
    expect(windowOf(b, "Ann", "quarter")).toEqual(close([34000, 16000, 16000 / 34000, 46 / 90, 1377.78, 31304.35, 409.09, ""]));
  });

  // The year: 34,000 + 9 × 9,000 = 115,000; gap 115,000 × 46/365 − 16,000 = −1,506.85; needed 99,000 ÷ 319 = 310.34.
  it("adds up Ann's months of the period for the year, and shows their sum as the plan for the period", () => {
    expect(windowOf(b, "Ann", "year")).toEqual(close([115000, 16000, 16000 / 115000, 46 / 365, -1506.85, 126956.52, 310.34, ""]));
    expect(rowOf(b, "Ann")[1]?.v).toBe(115000);
  });

  // Bob's February is 2,500 + 1,500 = 4,000: gap 4,000 × 15/28 − 3,000 = −857.14; forecast 5,600; needed 1,000 ÷ 13 = 76.92.
  it("adds up two rows of the same month, and says so", () => {
    expect(windowOf(b, "Bob", "month")).toEqual(close([4000, 3000, 0.75, 15 / 28, -857.14, 5600, 76.92, ""]));
    expect(b.warnings).toContain(`Sheet "目标分解": "Bob" has a target for 2026-02 on rows ${bobFebRows}; they are added up.`);
  });

  it("gives a person of the plan without sales a zero actual", () => {
    expect(windowOf(b, "Cy", "month")).toEqual(close([3000, 0, 0, 15 / 28, 1607.14, 0, 230.77, "Behind"]));
  });

  it("leaves the targets of a person with sales and no plan row blank, and names them", () => {
    expect([rowOf(b, "Dan")[1]?.v, ...windowOf(b, "Dan", "month")]).toEqual(close(["", "", 500, "", 15 / 28, "", 933.33, "", ""]));
    expect(b.warnings).toContain(`"Dan" has sales but no row in Sheet "目标分解": no target for them (add their months to the plan).`);
  });

  it("names a person with an annual target and no plan row, and leaves her targets blank", () => {
    expect(windowOf(b, "Zoe", "month").slice(0, 3)).toEqual(["", 0, ""]);
    expect(b.warnings).toContain(`"Zoe" has an annual target in the people table but no row in Sheet "目标分解": no target for them (add their months to the plan).`);
  });

  it("says where the people table's annual target and the plan disagree", () => {
    expect(b.warnings).toContain(
      `The people table's annual target differs from what the months of Sheet "目标分解" add up to in the period for 1 person ("Ann" 120,000.00 against 115,000.00); the monthly plan is used.`,
    );
    expect(b.warnings.some((w) => w.startsWith("No monthly plan"))).toBe(false);
  });

  // Team: 12,000 + 4,000 + 3,000 = 19,000; actual 9,500; gap 19,000 × 15/28 − 9,500 = 678.57; needed 9,500 ÷ 13 = 730.77.
  it("totals the team's month as the sum of the people's months", () => {
    expect(windowOf(b, "Team total", "month")).toEqual(close([19000, 9500, 0.5, 15 / 28, 678.57, 17733.33, 730.77, ""]));
    expect(rowOf(b, "Team total")[WINDOW.month]?.f).toMatch(/^SUM\(C\d+:C\d+\)$/);
  });

  it("reads each person's window target from their block of the plan's copy", () => {
    const f = rowOf(b, "Ann")[WINDOW.quarter]?.f as string;
    expect(f).toMatch(/^SUMIFS\('Data - Monthly targets'!\$D\$\d+:\$D\$\d+,'Data - Monthly targets'!\$A\$\d+:\$A\$\d+,/);
    expect(b.sheets.map((s) => s.name)).toEqual(["Data - Transactions", "Data - People", "Data - Monthly targets", "Progress"]);
  });

  // The team by month, worked by hand from the plan and sales above, as of 15 February:
  // targets Jan 8,000 + 5,000 = 13,000; Feb 12,000 + 4,000 + 3,000 = 19,000; Mar 14,000 + 6,000 = 20,000;
  // Apr … Dec 9,000 (Ann alone). Sales: Jan 10,000; Feb 4,000 + 3,000 + 2,000 + 500 (Dan, no plan) = 9,500;
  // March has not begun: blank. Running: 13,000 / 10,000, then 32,000 / 19,500 (60.9375 %).
  it("lays out the team month by month, with running totals, the plan's months added up", () => {
    const byLabel = (label: string): CellValue[] => (review(b).rows.find((r) => r[0]?.v === label) ?? []).slice(0, 9).map((c) => c?.v ?? null);
    expect([byLabel("Jan 2026"), byLabel("Feb 2026"), byLabel("Mar 2026"), byLabel("Dec 2026")]).toEqual([
      close(["Jan 2026", day(1, 1), day(1, 31), 13000, 10000, 10000 / 13000, 13000, 10000, 10000 / 13000]),
      close(["Feb 2026", day(2, 1), day(2, 28), 19000, 9500, 0.5, 32000, 19500, 19500 / 32000]),
      ["Mar 2026", day(3, 1), day(3, 31), 20000, "", "", 52000, "", ""],
      ["Dec 2026", day(12, 1), day(12, 31), 9000, "", "", 133000, "", ""],
    ]);
  });

  // Q1 52,000 against 19,500 (37.5 %); Q2 27,000 with nothing sold yet; the year 133,000, the year to
  // date's target of the team row above (Ann 115,000 + Bob 15,000 + Cy 3,000).
  it("adds up the quarters and the whole period, which agrees with the year's target above", () => {
    const byLabel = (label: string): CellValue[] => (review(b).rows.find((r) => r[0]?.v === label) ?? []).slice(3, 6).map((c) => c?.v ?? null);
    expect([byLabel("Q1 2026"), byLabel("Q2 2026"), byLabel("Whole period")]).toEqual([
      [52000, 19500, 0.375],
      [27000, "", ""],
      [133000, 19500, 19500 / 133000],
    ]);
    expect(windowOf(b, "Team total", "year")[0]).toBe(133000);
  });

  it("charts the team's target and actual by month beside the year's chart", () => {
    const charts = review(b).charts ?? [];
    expect(charts.map((c) => [c.title, c.series.map((s) => s.name), c.categories.split(":").length])).toEqual([
      ["Year to date", ["Target", "Actual"], 2],
      ["Target and actual by month", ["Target", "Actual"], 2],
    ]);
  });

  it("takes the teams from the plan when the people table gives none", () => {
    expect(review(b).rows.filter((r) => r[0]?.style === "total").map((r) => r[0]?.v)).toEqual(["Team total", "North", "South", "Whole period"]);
  });

  it("says where the targets come from in its summary, in Chinese too", () => {
    expect(b.summary[3]).toBe('Targets from: Sheet "目标分解"');
    expect(build("zh-CN").summary[3]).toBe('目标来源：Sheet "目标分解"');
  });
});
