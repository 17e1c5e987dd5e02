import { readFileSync } from "fs";
import { join, resolve } from "path";
import { parse } from "csv-parse/sync";
import { dateSerial } from "../../../src/core/text/parseDate";
import { ReadError, readDataset } from "../../../src/datasets/readDataset";
import type { DealRecord, SourceData } from "../../../src/datasets/records";
import { buildReview } from "../../../src/reviews/build";
import type { BuildContext } from "../../../src/reviews/context";
import { convertCurrencies } from "../../../src/reviews/currency";
import { funnelModel } from "../../../src/reviews/funnel/model";
import { defaultPlan, type Plan } from "../../../src/reviews/plan";

/**
 * A Salesforce opportunity report exported from an org with several currencies: each amount in its
 * record's currency with the ISO code in "Amount Currency", and Salesforce's own conversion to the
 * corporate currency (USD) in "Amount (Converted)". Expected figures from
 * test/fixtures/exports/expected_currency.py (Python's csv module, not this code).
 */

const FIXTURES = resolve(__dirname, "../../fixtures/exports");
type Owners = Record<string, { wonAmount: number; openAmount: number }>;
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, "expected-currency.json"), "utf8")) as {
  usdPlanRates: Record<string, number>;
  export: Owners;
  eurPlanRates: Record<string, number>;
  eur: Owners;
};

const GRID = parse(readFileSync(join(FIXTURES, "salesforce-opportunities-multicurrency.csv"), "utf8"), { bom: true }) as string[][];
const SHEET = "salesforce-opportunities-multicurrency";

function deals(grid: string[][] = GRID): SourceData<DealRecord> {
  const read = readDataset("deals", grid, { sheet: SHEET });
  if (read instanceof ReadError) throw new Error(read.message);
  return read;
}

/** The export as it would be without Salesforce's converted columns (G and H). */
const WITHOUT_CONVERTED = GRID.map((row) => [...row.slice(0, 6), ...row.slice(8)]);

function plan(reporting: string | null, rates: Record<string, number> = {}): Plan {
  const base = defaultPlan();
  return { ...base, asOf: "2026-03-31", currency: reporting ? { reporting, rates, asOf: "2026-03-31", symbols: {} } : base.currency };
}

function owners(p: Plan, source: SourceData<DealRecord>): { owners: Owners; warnings: string[] } {
  const converted = convertCurrencies(p.currency, { deals: source }, "en").deals as SourceData<DealRecord>;
  const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;
  const ctx: BuildContext = { plan: p, language: "en", asOf: day(3, 31), periodStart: day(1, 1), periodEnd: day(12, 31) };
  const model = funnelModel(ctx, { deals: converted });
  return { owners: Object.fromEntries(model.owners.map((o) => [o.name, { wonAmount: o.counts.wonAmount, openAmount: o.counts.openPipeline }])), warnings: converted.warnings };
}

describe("a Salesforce export in USD, EUR and JPY with its Amount (Converted) columns", () => {
  it("gives each owner Salesforce's converted USD amounts when the plan reports in USD, not the plan's own rates", () => {
    const got = owners(plan("USD", EXPECTED.usdPlanRates), deals());
    expect(got.owners).toEqual(EXPECTED.export);
  });

  it("says the amounts come from the converted column, with each currency's rows", () => {
    const got = owners(plan("USD", EXPECTED.usdPlanRates), deals());
    expect(got.warnings).toContain(
      'Sheet "salesforce-opportunities-multicurrency": amounts in USD taken from column "Amount (Converted)", the CRM\'s own conversion at its rates (USD (3 rows: 2, 4, 8), EUR (2 rows: 3, 5), JPY (2 rows: 6, 7)); the plan\'s rates are not used for them. Each row\'s original amount, currency and rate are on "Data - Deals"',
    );
  });

  it("needs no rates from the plan: a plan without a currency section builds with the converted amounts", () => {
    expect(owners(plan(null), deals()).owners).toEqual(EXPECTED.export);
    expect(buildReview("funnel", plan(null), { deals: deals() }, 46112).sheets.length).toBeGreaterThan(0);
  });

  it("keeps each deal's original amount and the rate Salesforce applied, so the copy's ROUND(original × rate, 2) gives the converted amount", () => {
    const converted = convertCurrencies(plan(null).currency, { deals: deals() }, "en").deals as SourceData<DealRecord>;
    const bergmann = converted.records.find((r) => r.row === 3) as DealRecord;
    expect([bergmann.original, bergmann.currency, bergmann.amount, Math.round((bergmann.original as number) * (bergmann.exchangeRate as number) * 100) / 100]).toEqual([12000, "EUR", 12960, 12960]);
  });

  it("converts the original amounts at the plan's rates when the plan reports in another currency (EUR), and says why", () => {
    const got = owners(plan("EUR", EXPECTED.eurPlanRates), deals());
    expect(got.owners).toEqual(EXPECTED.eur);
    expect(got.warnings).toContain(
      'Sheet "salesforce-opportunities-multicurrency": column "Amount (Converted)" (the CRM\'s own conversion) is not used: it is in USD and the plan reports in EUR; the amounts are converted as the plan says instead',
    );
  });

  it("does not use a converted column with a blank cell where the deal has an amount: without rates it stops, naming the row", () => {
    const holed = GRID.map((row, i) => (i === 2 ? [...row.slice(0, 7), "", ...row.slice(8)] : row));
    expect(() => buildReview("funnel", plan(null), { deals: deals(holed) }, 46112)).toThrow(
      'column "Amount (Converted)" (the CRM\'s own conversion) is not used: 1 row has an amount but no converted amount (rows 3)',
    );
  });
});

describe("the same export without Salesforce's converted columns", () => {
  it("stops without the plan's rates, naming each currency with its rows", () => {
    expect(() => buildReview("funnel", plan(null), { deals: deals(WITHOUT_CONVERTED) }, 46112)).toThrow(
      'Sheet "salesforce-opportunities-multicurrency": the amounts are in 3 currencies: USD (3 rows: 2, 4, 8), EUR (2 rows: 3, 5), JPY (2 rows: 6, 7). Amounts in different currencies',
    );
  });
});
