import { dateSerial } from "../../../src/core/text/parseDate";
import type { DealRecord, SourceData, TransactionRecord } from "../../../src/datasets/records";
import { buildReview } from "../../../src/reviews/build";
import { BuildError } from "../../../src/reviews/buildError";
import type { BuildContext } from "../../../src/reviews/context";
import { planSchema } from "../../../src/reviews/plan";
import { buildProgress } from "../../../src/reviews/progress/build";
import type { Build, CellValue, SheetSpec } from "../../../src/sheets/spec";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;

function context(language: BuildContext["language"] = "en"): BuildContext {
  const plan = planSchema.parse({ version: 1, language, progress: { actuals: "wonDeals" } });
  return { plan, language, asOf: day(5, 20), periodStart: day(1, 1), periodEnd: day(12, 31) };
}

let nextRow = 2;
function deal(owner: string, status: DealRecord["status"], amount: number, closeDate: number | null, stage = status === "won" ? "Won" : status === "lost" ? "Lost" : "Proposal"): DealRecord {
  return { row: nextRow++, id: `D-${nextRow}`, owner, stage, amount, created: day(1, 2), stageDate: null, closeDate, status, probability: null };
}
function source(records: DealRecord[]): SourceData<DealRecord> {
  return { origin: 'Sheet "Pipeline"', sheet: "Pipeline", headers: {}, records, warnings: [] };
}

/**
 * As of 20 May 2026, a CRM export: Ann won 3,000 on 3 May, 5,000 on 10 February and 2,000 on 20 May
 * (the as-of day counts); lost 9,000 on 4 May; has an open 7,000 deal. Bob won 4,000 on 30 April and
 * 1,000 on 21 May (after the as-of date: not counted); a won deal of his has no close date (left out,
 * named). Lost deals close as early as 15 December 2025: the data reaches back to then.
 */
const deals = [
  deal("Ann", "won", 3000, day(5, 3)),
  deal("Ann", "won", 5000, day(2, 10)),
  deal("Ann", "won", 2000, day(5, 20)),
  deal("Ann", "lost", 9000, day(5, 4)),
  deal("Ann", "open", 7000, null),
  deal("Bob", "won", 4000, day(4, 30)),
  deal("Bob", "won", 1000, day(5, 21)),
  deal("Bob", "won", 6000, null),
  deal("Cy", "lost", 500, day(12, 15, 2025)),
];
const undatedRow = deals[7].row;

const review = (b: Build): SheetSpec => b.sheets[b.sheets.length - 1];
const WINDOW = { month: 2, quarter: 10, year: 18 };
function actual(b: Build, name: string, window: keyof typeof WINDOW): CellValue {
  return review(b).rows.find((r) => r[0]?.v === name)?.[WINDOW[window] + 1]?.v ?? null;
}

describe("Progress tracking a CRM export's won deals", () => {
  const b = buildProgress(context(), { deals: source(deals) });

  // Month (1–20 May): Ann 3,000 + 2,000 = 5,000; Bob nothing (30 April is last month). Quarter (April–):
  // Ann 5,000, Bob 4,000. Year: Ann 5,000 + 5,000 = 10,000; Bob 4,000. Lost and open deals never count.
  it("counts each owner's won deals by close date up to the as-of date", () => {
    expect(["month", "quarter", "year"].map((w) => [actual(b, "Ann", w as keyof typeof WINDOW), actual(b, "Bob", w as keyof typeof WINDOW)])).toEqual([
      [5000, 0],
      [5000, 4000],
      [10000, 4000],
    ]);
  });

  it("sums them with a formula over the deals' copy: the owner's won deals between the window's dates", () => {
    const cell = review(b).rows.find((r) => r[0]?.v === "Ann")?.[WINDOW.year + 1];
    expect(cell?.f).toMatch(/^SUMIFS\('Data - Deals'!\$E\$\d+:\$E\$\d+,'Data - Deals'!\$B\$\d+:\$B\$\d+,\$A\d+,'Data - Deals'!\$D\$\d+:\$D\$\d+,"won",'Data - Deals'!\$H\$\d+:\$H\$\d+,">="&/);
    expect(b.sheets.map((s) => s.name)).toEqual(["Data - Deals", "Progress"]);
  });

  it("names the won deal left out for want of a close date, and says on the sheet where the sales come from", () => {
    expect(b.warnings).toContain(`Sheet "Pipeline": 1 won deal without a close date (row ${undatedRow}) is left out: a sale is counted in the month it closed; fill in the close date.`);
    expect(review(b).rows[2][0]?.v).toContain('Sales are the won deals of Sheet "Pipeline", each by its close date and amount');
    expect(b.warnings).toContain('Sheet "Pipeline": 1 won deal closes after the as-of date 2026-05-20 and is not counted.');
    expect(review(b).rows.some((r) => r[0]?.v === "Deals closed from")).toBe(true);
  });

  // The lost deal of 15 December 2025 shows the data reaches back before last month: the month over
  // month comparison has history (Ann's 1–20 April: nothing won), the year over year has none.
  it("takes the data's first day from every deal's close date, lost ones too", () => {
    const row = review(b).rows.find((r) => r[0]?.v === "Ann") ?? [];
    expect([row[27]?.v, row[29]?.v]).toEqual([0, ""]);
  });

  it("stops saying so when no won deal has a close date, in the plan's language", () => {
    const build = () => buildProgress(context("zh-CN"), { deals: source([deal("Ann", "won", 100, null), deal("Ann", "lost", 50, day(3, 1))]) });
    expect(build).toThrow(BuildError);
    expect(build).toThrow('Sheet "Pipeline"中没有带成交日期的赢单，无法跟踪进度');
  });
});

describe("Progress on auto, with both transactions and deals", () => {
  // The deals close as late as 30 June, the transactions end on 20 May: tracking the transactions, the
  // deals are left out before the as-of date is fixed, so it is 20 May and no deals' copy is written.
  it("tracks the transactions and leaves the deals out, their dates too", () => {
    const plan = planSchema.parse({ version: 1 });
    const transactions: SourceData<TransactionRecord> = {
      origin: 'Sheet "Sales"',
      sheet: "Sales",
      headers: {},
      records: [{ row: 2, id: "T-1", rep: "Ann", date: day(5, 20), line: "", amount: 800, share: 1 }],
      warnings: [],
    };
    const review = buildReview("progress", plan, { transactions, deals: source([deal("Ann", "won", 5000, day(6, 30))]) }, day(1, 1, 2027));
    expect([review.sheets.map((s) => s.name), review.summary[0]]).toEqual([["Progress", "Data - Transactions"], "Progress as of 2026-05-20: 1 person"]);
  });
});
