import { ReadError, readDataset } from "../../../src/datasets/readDataset";
import type { Dataset, DatasetRecords, SourceData } from "../../../src/datasets/records";
import { buildReview } from "../../../src/reviews/build";
import { planSchema, type Plan } from "../../../src/reviews/plan";
import type { SheetSpec } from "../../../src/sheets/spec";

/**
 * A payout sheet in another currency than the sales (a regional payroll paying in USD while the ERP
 * books in CNY): the payments are converted at the plan's rates before they are held against what is
 * due, or the build stops naming the currencies of both. Figures by hand: 10% of the sales.
 */

function read<D extends Dataset>(dataset: D, sheet: string, grid: (string | number)[][]): SourceData<DatasetRecords[D]> {
  const result = readDataset(dataset, grid, { sheet });
  if (result instanceof ReadError) throw new Error(result.message);
  return result;
}

// Ann sells 100,000 CNY and Bo 50,000 CNY in May: at 10%, 10,000 and 5,000 CNY are due.
const SALES = read("transactions", "Sales", [
  ["Rep", "Date", "Amount", "Currency"],
  ["Ann", "2026-05-10", 100000, "CNY"],
  ["Bo", "2026-05-12", 50000, "CNY"],
]);

function plan(currency: object | undefined): Plan {
  return planSchema.parse({
    version: 1,
    period: { start: "2026-05-01", end: "2026-05-31" },
    ...(currency ? { currency } : {}),
    commission: { defaultTiers: [{ from: 0, rate: 0.1 }], tolerance: 0 },
  });
}

const TODAY = 46174; // 2026-06-01

function statement(sheets: readonly SheetSpec[]): Record<string, { due: unknown; paid: unknown; difference: unknown; status: unknown }> {
  const sheet = sheets.find((s) => s.rows.some((row) => row[0]?.v === "Rep" && row[0]?.style === "header")) as SheetSpec;
  const h = sheet.rows.findIndex((row) => row[0]?.v === "Rep" && row[0]?.style === "header");
  const headings = sheet.rows[h].map((c) => c?.v);
  const out: Record<string, { due: unknown; paid: unknown; difference: unknown; status: unknown }> = {};
  for (let r = h + 1; typeof sheet.rows[r]?.[0]?.v === "string" && sheet.rows[r][0]?.v !== "Total"; r++) {
    const cell = (name: string): unknown => sheet.rows[r][headings.indexOf(name)]?.v;
    out[sheet.rows[r][0]?.v as string] = { due: cell("Total due"), paid: cell("Paid"), difference: cell("Difference"), status: cell("Status") };
  }
  return out;
}

describe("payouts made in USD beside sales in CNY", () => {
  // Ann was paid 1,400 USD (9,940 CNY at 7.1: 60 short of 10,000); Bo 5,000 CNY, as due.
  const PAID = read("paid", "Paid", [
    ["Rep", "Paid", "Currency"],
    ["Ann", 1400, "USD"],
    ["Bo", 5000, "CNY"],
  ]);

  it("are converted at the plan's rate before they are held against what is due", () => {
    const review = buildReview("commission", plan({ reporting: "CNY", rates: { USD: 7.1 }, asOf: "2026-05-31" }), { transactions: SALES, paid: PAID }, TODAY);
    expect(statement(review.sheets)).toEqual({
      Ann: { due: 10000, paid: 9940, difference: -60, status: "Underpaid" },
      Bo: { due: 5000, paid: 5000, difference: 0, status: "OK" },
    });
  });

  it("say so, and the paid copy keeps each payment's original amount, currency and rate", () => {
    const review = buildReview("commission", plan({ reporting: "CNY", rates: { USD: 7.1 }, asOf: "2026-05-31" }), { transactions: SALES, paid: PAID }, TODAY);
    expect(review.warnings).toContain('Sheet "Paid": amounts converted to CNY at the plan\'s rates as of 2026-05-31: 1 USD = 7.1 CNY (1 row); each row\'s original amount, currency and rate are on "Data - Paid"');
    const copy = review.sheets.find((s) => s.name === "Data - Paid") as SheetSpec;
    expect(copy.rows.map((row) => row.map((c) => c?.v ?? null))).toEqual([
      ["Rep", "Paid", "Currency", "Original amount", "Exchange rate", "Source row"],
      ["Ann", 9940, "USD", 1400, 7.1, 2],
      ["Bo", 5000, "CNY", 5000, 1, 3],
    ]);
  });

  it("stop the build without rates, naming the currencies found", () => {
    expect(() => buildReview("commission", plan(undefined), { transactions: SALES, paid: PAID }, TODAY)).toThrow(
      'Sheet "Paid": the amounts are in 2 currencies: USD (1 row: 2), CNY (1 row: 3)',
    );
  });
});

describe("payouts all in USD, sales all in CNY, the plan naming no currency", () => {
  const PAID = read("paid", "Paid", [
    ["Rep", "Paid", "Currency"],
    ["Ann", 1400, "USD"],
    ["Bo", 700, "USD"],
  ]);

  it("stop the build naming both currencies and the plan lines that would give the rate, instead of comparing USD with CNY", () => {
    expect(() => buildReview("commission", plan(undefined), { transactions: SALES, paid: PAID }, TODAY)).toThrow(
      'The sales (Sheet "Sales") are in CNY (2 rows: 2, 3) and the payouts made (Sheet "Paid") in USD (2 rows: 2, 3): what was paid cannot be held against what is due in another currency. Name the currency to report in and the rate of the other in the plan (units of the reporting currency per unit), with the date they are from: {"currency":{"reporting":"CNY","rates":{"USD":<rate>},"asOf":"YYYY-MM-DD"}}',
    );
  });

  it("are read in the header's currency too: Paid (USD) is a USD column", () => {
    const paid = read("paid", "Paid", [["Rep", "Paid (USD)"], ["Ann", 1400]]);
    expect(paid.records[0].currency).toBe("USD");
  });
});

describe("payouts in USD beside sales that name no currency", () => {
  it("take the sales to be in USD too, and say so", () => {
    const sales = read("transactions", "Sales", [["Rep", "Date", "Amount"], ["Ann", "2026-05-10", 100000]]);
    const paid = read("paid", "Paid", [["Rep", "Paid", "Currency"], ["Ann", 10000, "USD"]]);
    const review = buildReview("commission", plan(undefined), { transactions: sales, paid }, TODAY);
    expect(review.warnings).toContain(
      'Sheet "Paid": the payouts are in USD and the sales (Sheet "Sales") name no currency, so the sales are taken to be in USD too; if they are not, add their currency (a Currency column, or currency.reporting in the plan with the rates)',
    );
  });
});

describe("payouts that name no currency", () => {
  it("are taken to be in the sales' currency, as before", () => {
    const paid = read("paid", "Paid", [["Rep", "Paid"], ["Ann", 10000], ["Bo", 5000]]);
    const review = buildReview("commission", plan(undefined), { transactions: SALES, paid }, TODAY);
    expect(statement(review.sheets).Ann).toEqual({ due: 10000, paid: 10000, difference: 0, status: "OK" });
  });
});

describe("在中文方案下", () => {
  it("以中文说明两种币种", () => {
    const paid = read("paid", "已发", [["销售员", "已发金额", "币种"], ["Ann", 1400, "美元"]]);
    const p = { ...plan(undefined), language: "zh-CN" as const };
    expect(() => buildReview("commission", p, { transactions: SALES, paid }, TODAY)).toThrow("已发放提成（Sheet \"已发\"）的币种为 USD（1 行：2）");
  });
});
