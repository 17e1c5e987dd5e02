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
 * record's currency with the ISO code in "Amount Currency". Expected figures from
 * test/fixtures/exports/expected_currency.py (Python's csv module, the plan's rates, not this code).
 */

const FIXTURES = resolve(__dirname, "../../fixtures/exports");
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, "expected-currency.json"), "utf8")) as {
  rates: Record<string, number>;
  owners: Record<string, { wonAmount: number; openAmount: number }>;
};

function deals(): SourceData<DealRecord> {
  const grid = parse(readFileSync(join(FIXTURES, "salesforce-opportunities-multicurrency.csv"), "utf8"), { bom: true }) as string[][];
  const read = readDataset("deals", grid, { sheet: "salesforce-opportunities-multicurrency" });
  if (read instanceof ReadError) throw new Error(read.message);
  return read;
}

function plan(rates: Record<string, number> | null): Plan {
  const base = defaultPlan();
  return { ...base, asOf: "2026-03-31", currency: rates ? { reporting: "USD", rates, asOf: "2026-03-31", symbols: {} } : base.currency };
}

describe("a Salesforce export in USD, EUR and JPY", () => {
  it("gives each owner the won and open amounts in USD that expected_currency.py computes", () => {
    const p = plan(EXPECTED.rates);
    const converted = convertCurrencies(p.currency, { deals: deals() }, "en").deals as SourceData<DealRecord>;
    const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;
    const ctx: BuildContext = { plan: p, language: "en", asOf: day(3, 31), periodStart: day(1, 1), periodEnd: day(12, 31) };
    const owners = Object.fromEntries(funnelModel(ctx, { deals: converted }).owners.map((o) => [o.name, { wonAmount: o.counts.wonAmount, openAmount: o.counts.openPipeline }]));
    expect(owners).toEqual(EXPECTED.owners);
  });

  it("stops without the plan's rates, naming each currency with its rows", () => {
    expect(() => buildReview("funnel", plan(null), { deals: deals() }, 46112)).toThrow(
      'Sheet "salesforce-opportunities-multicurrency": the amounts are in 3 currencies: USD (3 rows: 2, 4, 8), EUR (2 rows: 3, 5), JPY (2 rows: 6, 7). Amounts in different currencies',
    );
  });
});
