import { dateSerial } from "../../../src/core/text/parseDate";
import type { PersonRecord, SourceData, TransactionRecord } from "../../../src/datasets/records";
import type { BuildContext } from "../../../src/reviews/context";
import { planSchema } from "../../../src/reviews/plan";
import { buildProgress } from "../../../src/reviews/progress/build";
import type { Build, CellValue, SheetSpec } from "../../../src/sheets/spec";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;

function context(language: BuildContext["language"] = "en"): BuildContext {
  return { plan: planSchema.parse({ version: 1, language }), language, asOf: day(3, 10), periodStart: day(1, 1), periodEnd: day(12, 31) };
}
let nextRow = 2;
const sale = (rep: string, amount: number, date: number, share = 1): TransactionRecord => ({ row: nextRow++, id: null, rep, date, line: "", amount, share });
const person = (name: string, team: string | null, target: number | null): PersonRecord => ({ row: nextRow++, name, team, target, lastYear: null, potential: null, weight: null, start: null, end: null });
const source = <R>(sheet: string, records: R[]): SourceData<R> => ({ origin: `Sheet "${sheet}"`, sheet, headers: {}, records, warnings: [] });

/**
 * As of 10 March 2026: the month to date is 1–10 March, last month's same days 1–10 February, the year
 * to date 1 January–10 March and a year earlier 1 January–10 March 2025. The data starts on 28 December
 * 2024, so both comparisons have history. Ann and Bob are North, Cy South; Dan has no people row.
 */
const transactions = [
  sale("Ann", 500, day(12, 28, 2024)),
  sale("Ann", 2000, day(1, 5, 2025)),
  sale("Ann", 1000, day(3, 10, 2025)),
  sale("Ann", 9999, day(3, 11, 2025)),
  sale("Ann", 4000, day(2, 3)),
  sale("Ann", 7000, day(2, 11)),
  sale("Ann", 5000, day(3, 2)),
  sale("Bob", 1000, day(2, 10)),
  sale("Bob", 3000, day(3, 9), 0.5),
  sale("Cy", 2400, day(1, 15)),
  sale("Cy", 600, day(3, 10)),
  sale("Dan", 800, day(3, 5)),
];
const people = [person("Ann", "North", 120000), person("Bob", "North", 60000), person("Cy", "South", 24000)];

const review = (b: Build): SheetSpec => b.sheets[b.sheets.length - 1];
/** A row's team, last month's same days, its change, last year's same days and its change. */
function comparisons(sheet: SheetSpec, name: string): CellValue[] {
  const header = sheet.rows.find((r) => r.some((c) => c?.v === "Last month, same days")) ?? [];
  const first = header.findIndex((c) => c?.v === "Last month, same days");
  const row = sheet.rows.find((r) => r[0]?.v === name) ?? [];
  return [first - 1, first, first + 1, first + 2, first + 3].map((c) => row[c]?.v ?? null);
}
const close = (values: CellValue[]): unknown[] => values.map((v) => (typeof v === "number" ? expect.closeTo(v, 9) : v));

describe("Progress: team subtotals, month over month and year over year", () => {
  const b = buildProgress(context(), { transactions: source("Sales", transactions), people: source("People", people) });
  const sheet = review(b);

  // Ann: March 5,000 against February 1–10 4,000 (the 11 February sale is after the same days): +25%;
  // the year 4,000 + 7,000 + 5,000 = 16,000 against 2,000 + 1,000 = 3,000 a year earlier: +433.3%.
  it.each([
    { name: "Ann", expected: ["North", 4000, 0.25, 3000, 16000 / 3000 - 1] },
    // Bob: 3,000 × 0.5 = 1,500 against 1,000: +50%; nothing a year earlier: no change to show.
    { name: "Bob", expected: ["North", 1000, 0.5, 0, ""] },
    { name: "Cy", expected: ["South", 0, "", 0, ""] },
    { name: "Dan", expected: ["", 0, "", 0, ""] },
  ])("compares $name with last month's and last year's same days", ({ name, expected }) => {
    expect(comparisons(sheet, name)).toEqual(close(expected));
  });

  // North: month 5,000 + 1,500 = 6,500 of 180,000 ÷ 12 = 15,000; February 5,000: +30%; the year
  // 16,000 + 2,500 = 18,500 against 3,000.
  it("adds up each team's rows by its team column", () => {
    const north = sheet.rows.find((r) => r[0]?.v === "North") ?? [];
    expect([north[1]?.v, north[2]?.v, north[3]?.v, ...comparisons(sheet, "North").slice(1)]).toEqual(close([180000, 15000, 6500, 5000, 0.3, 3000, 18500 / 3000 - 1]));
  });

  // The team: March 5,000 + 1,500 + 600 + 800 = 7,900 against 5,000; the year 22,300 against 3,000.
  it("compares the team total too", () => {
    expect(comparisons(sheet, "Team total").slice(1)).toEqual(close([5000, 7900 / 5000 - 1, 3000, 22300 / 3000 - 1]));
  });

  it("lists one subtotal per team under the total, with its SUMIFS over the team column", () => {
    const names = sheet.rows.map((r) => r[0]?.v);
    const south = sheet.rows[names.indexOf("South")];
    expect([names.indexOf("Team total") < names.indexOf("North"), names.indexOf("North") + 1 === names.indexOf("South"), south[3]?.f]).toEqual([true, true, expect.stringMatching(/^SUMIFS\(\$D\$\d+:\$D\$\d+,\$AA\$\d+:\$AA\$\d+,\$A\d+\)$/)]);
  });

  it("leaves the comparisons blank where the data starts after the earlier window", () => {
    const late = buildProgress(context(), { transactions: source("Sales", transactions.filter((r) => r.date >= day(2, 5))), people: source("People", people) });
    expect(comparisons(review(late), "Ann")).toEqual(["North", "", "", "", ""]);
  });
});
