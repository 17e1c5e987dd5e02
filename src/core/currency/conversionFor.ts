/** The rates a plan gives: the currency reported in, and how much of it one unit of each other currency is. */
export interface CurrencyRates {
  /** ISO code of the currency the review reports in; null when the plan names none. */
  reporting: string | null;
  /** ISO code → units of the reporting currency per unit (USD → 7.1 when reporting in CNY). */
  rates: Readonly<Record<string, number>>;
}

/**
 * What to do with the currencies a dataset's amounts are in:
 * - "none": no amount names a currency; nothing to say or convert;
 * - "single": every amount is in one currency (and the plan asks for no other): shown, not converted;
 * - "convert": amounts in several currencies (or in another than the plan's reporting one) with a rate
 *   for each: `rates` holds every currency found, the reporting one at 1;
 * - "missing": a currency without a rate: `missing` lists them in the order found (with no reporting
 *   currency, every one found).
 */
export type Conversion =
  | { kind: "none" }
  | { kind: "single"; currency: string }
  | { kind: "convert"; reporting: string; rates: Record<string, number> }
  | { kind: "missing"; reporting: string | null; missing: string[] };

/**
 * Decides how a dataset's amounts are put in one currency: never summed across currencies unconverted.
 *
 * @param found - the ISO codes the amounts are in, each once, in the order met
 * @param plan - the plan's reporting currency and rates (rates above 0)
 * @returns what to do (see `Conversion`)
 *
 * @example
 * conversionFor(["USD"], { reporting: null, rates: {} }) // => { kind: "single", currency: "USD" }
 * conversionFor(["USD", "EUR"], { reporting: "USD", rates: { EUR: 1.08 } })
 * // => { kind: "convert", reporting: "USD", rates: { USD: 1, EUR: 1.08 } }
 * conversionFor(["USD", "EUR"], { reporting: null, rates: {} })
 * // => { kind: "missing", reporting: null, missing: ["USD", "EUR"] }
 */
export function conversionFor(found: readonly string[], plan: CurrencyRates): Conversion {
  if (found.length === 0) return { kind: "none" };
  const { reporting } = plan;
  if (reporting === null) return found.length === 1 ? { kind: "single", currency: found[0] } : { kind: "missing", reporting: null, missing: [...found] };
  if (found.length === 1 && found[0] === reporting) return { kind: "single", currency: reporting };
  const rates: Record<string, number> = { [reporting]: 1 };
  const missing: string[] = [];
  for (const code of found) {
    if (code === reporting) continue;
    const rate = plan.rates[code];
    if (rate === undefined || !(rate > 0) || !Number.isFinite(rate)) missing.push(code);
    else rates[code] = rate;
  }
  return missing.length > 0 ? { kind: "missing", reporting, missing } : { kind: "convert", reporting, rates };
}
