import fc from "fast-check";
import { convertAmount } from "../../src/core/currency";
import type { DealRecord, SourceData, TransactionRecord } from "../../src/datasets/records";
import { buildReview } from "../../src/reviews/build";
import { BuildError } from "../../src/reviews/buildError";
import { convertSource } from "../../src/reviews/currency";
import { defaultPlan, type Plan } from "../../src/reviews/plan";
import type { CurrencyPlan } from "../../src/plan/schema";

const TODAY = 46053; // 2026-01-31

function transactions(rows: [string, number, string | null][]): SourceData<TransactionRecord> {
  return {
    origin: 'Sheet "Sales"',
    sheet: "Sales",
    headers: { rep: "Rep", amount: "Amount", currency: "Currency" },
    records: rows.map(([rep, amount, currency], i) => ({ row: i + 2, id: null, rep, date: 46030, line: "", amount, share: 1, currency })),
    warnings: [],
  };
}

function plan(currency: Partial<CurrencyPlan>, language: "en" | "zh-CN" = "en"): Plan {
  const base = defaultPlan();
  return { ...base, language, asOf: "2026-01-31", currency: { ...base.currency, ...currency } };
}

const MIXED = transactions([
  ["Ann", 1000, "USD"],
  ["Ann", 7000, "CNY"],
  ["Ben", 500, "EUR"],
]);

describe("amounts in several currencies, with the plan's rates", () => {
  const review = buildReview("commission", plan({ reporting: "CNY", rates: { USD: 7.1, EUR: 7.7 }, asOf: "2026-01-31" }), { transactions: MIXED }, TODAY);
  const copy = review.sheets.find((s) => s.name === "Data - Transactions")!;
  const header = copy.rows[0]!.map((c) => c?.v);
  const column = (name: string): number => header.indexOf(name);

  it("are converted to the reporting currency before the statement adds them up", () => {
    // Ann: 1,000 USD × 7.1 + 7,000 CNY = 14,100 CNY at 5% = 705; Ben: 500 EUR × 7.7 = 3,850 at 5% = 192.50
    const statement = review.sheets.find((s) => s.purpose === "commission")!;
    const due = statement.rows.filter((r) => r?.[0]?.v === "Ann" || r?.[0]?.v === "Ben").map((r) => [r![0]!.v, r![2]!.v, r![3]!.v]);
    expect(due).toEqual([["Ann", 14100, 705], ["Ben", 3850, 192.5]]);
  });

  it("show each row's currency, original amount and rate on the copy, the amount a live formula over them", () => {
    const ann = copy.rows[1]!;
    expect([ann[column("Currency")]!.v, ann[column("Original amount")]!.v, ann[column("Exchange rate")]!.v, ann[column("Amount")]!.v, String(ann[column("Amount")]!.f)]).toEqual([
      "USD",
      1000,
      7.1,
      7100,
      "ROUND(I2*J2,2)",
    ]);
  });

  it("say so on the sheet and in the summary, with the rates and their date", () => {
    expect(review.warnings).toContain(
      'Sheet "Sales": amounts converted to CNY at the plan\'s rates as of 2026-01-31: 1 USD = 7.1 CNY (1 row), 1 EUR = 7.7 CNY (1 row); each row\'s original amount, currency and rate are on "Data - Transactions"',
    );
  });
});

describe("amounts in several currencies without rates", () => {
  it("stop the build, naming each currency with its rows and the plan lines to add", () => {
    expect(() => buildReview("commission", plan({}), { transactions: MIXED }, TODAY)).toThrow(
      new BuildError(
        'Sheet "Sales": the amounts are in 3 currencies: USD (1 row: 2), CNY (1 row: 3), EUR (1 row: 4). Amounts in different currencies cannot be added up without rates. Name the currency to report in and the rate of each other one in the plan (units of the reporting currency per unit), with the date they are from, for example: {"currency":{"reporting":"USD","rates":{"CNY":<rate>,"EUR":<rate>},"asOf":"YYYY-MM-DD"}}',
      ),
    );
  });

  it("stop when a rate is missing, naming the currency without one", () => {
    expect(() => buildReview("commission", plan({ reporting: "CNY", rates: { USD: 7.1 } }), { transactions: MIXED }, TODAY)).toThrow(/gives no rate for EUR, so they cannot be added up.*"EUR":<rate>/);
  });

  it("say so in Chinese", () => {
    expect(() => buildReview("commission", plan({}, "zh-CN"), { transactions: MIXED }, TODAY)).toThrow(/金额涉及 3 种币种：USD（1 行：2），CNY（1 行：3），EUR（1 行：4）。不同币种的金额没有汇率无法相加/);
  });
});

describe("amounts in one currency", () => {
  it("are shown as they are, the sheet saying which currency", () => {
    const review = buildReview("commission", plan({}), { transactions: transactions([["Ann", 1000, "EUR"], ["Ann", 500, "EUR"]]) }, TODAY);
    const copy = review.sheets.find((s) => s.name === "Data - Transactions")!;
    expect([review.warnings.filter((w) => w.includes("EUR")), copy.rows[0]!.map((c) => c?.v).includes("Exchange rate")]).toEqual([['Sheet "Sales": amounts are in EUR (column "Currency")'], false]);
  });

  it("take rows that name no currency as the only one the others name, saying which rows", () => {
    const review = buildReview("commission", plan({}), { transactions: transactions([["Ann", 1000, "EUR"], ["Ann", 500, null]]) }, TODAY);
    expect(review.warnings).toContain('Sheet "Sales": 1 row names no currency (rows 3); they are read as EUR, the only currency the others name');
  });

  it("are converted when the plan reports in another currency and gives its rate", () => {
    const review = buildReview("funnel", plan({ reporting: "USD", rates: { EUR: 1.08 } }), { deals: deals() }, TODAY);
    expect(review.summary.find((l) => l.startsWith("Open pipeline"))).toBe("Open pipeline: 10,800");
  });

  it("stop when the plan reports in another currency and gives no rate", () => {
    expect(() => buildReview("funnel", plan({ reporting: "USD" }), { deals: deals() }, TODAY)).toThrow(/converts to USD but gives no rate for EUR/);
  });
});

function deals(): SourceData<DealRecord> {
  return {
    origin: 'Sheet "Deals"',
    sheet: "Deals",
    headers: {},
    records: [{ row: 2, id: "D-1", owner: "Ann", stage: "Proposal", amount: 10000, created: 46000, stageDate: 46000, closeDate: null, status: "open", probability: null, currency: "EUR" }],
    warnings: [],
  };
}

describe("no plan adds up amounts in different currencies unconverted", () => {
  const codes = ["USD", "EUR", "CNY", "GBP"];
  it("either stops, or every amount is its original times the plan's rate for its currency", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.constantFrom(...codes, null)), { minLength: 1, maxLength: 12 }),
        fc.option(fc.constantFrom(...codes), { nil: null }),
        fc.dictionary(fc.constantFrom(...codes), fc.double({ min: 0.001, max: 1000, noNaN: true })),
        (rows, reporting, rates) => {
          const source = transactions(rows.map(([cents, code]) => ["Ann", cents / 100, code]));
          let out: SourceData<TransactionRecord>;
          try {
            out = convertSource(source, { reporting, rates: reporting === null ? {} : rates, symbols: {} }, "en", "Data - Transactions");
          } catch (e) {
            expect(e).toBeInstanceOf(BuildError);
            return;
          }
          const named = new Set(out.records.map((r) => r.currency ?? null));
          if (out.records.every((r) => r.exchangeRate === undefined)) {
            // Nothing converted: at most one currency, and amounts as read.
            expect(named.size).toBeLessThanOrEqual(1);
            expect(out.records.map((r) => r.amount)).toEqual(source.records.map((r) => r.amount));
          } else {
            for (const r of out.records) {
              const rate = r.currency === reporting ? 1 : rates[r.currency as string];
              expect([r.exchangeRate, r.amount]).toEqual([rate, convertAmount(r.original as number, rate)]);
            }
          }
        },
      ),
    );
  });
});
