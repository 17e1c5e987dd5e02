import { isKpiError, numError, show, valueError, type Result } from "../errors";

/** One commission tier: from this amount upward (until the next tier) the rate applies. */
export type Tier = { from: number; rate: number };

/**
 * How tier rates apply. "marginal": each slice of the amount earns its own tier's rate, like tax
 * brackets. "retroactive": the whole amount earns the rate of the highest tier reached.
 */
export type CommissionMethod = "marginal" | "retroactive";

/**
 * A tier table checked once and prepared for fast lookups; build it with `compileTiers` and reuse it
 * across many calls of `commissionFor`.
 */
export type CompiledTiers = {
  readonly kind: "CompiledTiers";
  /** Each tier's lower bound, ascending. */
  readonly from: Float64Array;
  /** Each tier's rate, as a fraction. */
  readonly rate: Float64Array;
  /** The marginal commission already earned by an amount equal to each tier's lower bound. */
  readonly earnedBelow: Float64Array;
};

/**
 * Checks a commission tier table once and precomputes what each tier's lower bound has earned.
 *
 * @param tiers - one row per tier, ascending by `from` (the lower bound in currency, 0 or more) with
 *   `rate` the commission rate as a fraction (5% = 0.05), not negative.
 * @returns the compiled tiers; `#VALUE!` naming the row of an unsorted or repeated bound, a negative
 *   bound or a negative rate, or an empty table.
 *
 * @example
 * const tiers = compileTiers([{ from: 0, rate: 0.5 }, { from: 100000, rate: 0.6 }]);
 * if (!isKpiError(tiers)) commissionFor(180000, tiers);
 * // => 98000
 * compileTiers([{ from: 100000, rate: 0.6 }, { from: 0, rate: 0.5 }])
 * // => KpiError #VALUE! "tiers: row 2 starts at 0, not above row 1 (100000); list tiers in ascending order"
 */
export function compileTiers(tiers: readonly Tier[]): Result<CompiledTiers> {
  const n = tiers.length;
  if (n === 0) return valueError("tiers: is empty; list at least one tier (from, rate)");
  const from = new Float64Array(n);
  const rate = new Float64Array(n);
  const earnedBelow = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const tier = tiers[i];
    if (tier.from < 0) return valueError(`tiers: row ${i + 1} starts below 0 (${show(tier.from)})`);
    if (tier.rate < 0) return valueError(`tiers: row ${i + 1} has a negative rate (${show(tier.rate)})`);
    if (i > 0 && !(tier.from > from[i - 1])) {
      return valueError(
        `tiers: row ${i + 1} starts at ${show(tier.from)}, not above row ${i} (${show(from[i - 1])}); list tiers in ascending order`,
      );
    }
    from[i] = tier.from;
    rate[i] = tier.rate;
    if (i > 0) {
      earnedBelow[i] = earnedBelow[i - 1] + (tier.from - from[i - 1]) * rate[i - 1];
      if (!Number.isFinite(earnedBelow[i])) {
        return numError(`tiers: row ${i + 1} (from ${show(tier.from)}) gives a commission too large to compute`);
      }
    }
  }
  return { kind: "CompiledTiers", from, rate, earnedBelow };
}

/**
 * Commission earned on an amount under a tiered plan.
 *
 * "marginal" (default): each slice of the amount earns its own tier's rate, like tax brackets.
 * "retroactive": the whole amount earns the rate of the highest tier it reaches. An amount below the
 * first tier's lower bound earns 0, so a negative net amount earns 0.
 *
 * @param amount - the sales (or margin) credited, in currency.
 * @param tiers - the tier table (rates as fractions, 5% = 0.05), as rows or compiled once with `compileTiers`.
 * @param options.method - "marginal" (default) or "retroactive".
 * @returns the commission in the currency of `amount`; the tier table's `#VALUE!`, or `#VALUE!` for
 *   an unknown method.
 *
 * @example
 * const tiers = [{ from: 0, rate: 0.5 }, { from: 100000, rate: 0.6 }];
 * commissionFor(180000, tiers)
 * // => 98000
 * commissionFor(180000, tiers, { method: "retroactive" })
 * // => 108000
 */
export function commissionFor(
  amount: number,
  tiers: readonly Tier[] | CompiledTiers,
  options: { method?: CommissionMethod } = {},
): Result<number> {
  const method = options.method;
  const retroactive = method === "retroactive";
  if (!retroactive && method !== undefined && method !== "marginal") {
    return valueError(`method: must be "marginal" or "retroactive" (got "${String(method)}")`);
  }
  const compiled = isCompiledTiers(tiers) ? tiers : compileTiers(tiers);
  if (isKpiError(compiled)) return compiled;
  const from = compiled.from;
  if (!(amount >= from[0])) return 0;
  // Largest tier whose lower bound the amount reaches.
  let low = 0;
  let high = from.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (from[middle] <= amount) low = middle;
    else high = middle - 1;
  }
  const commission = retroactive
    ? amount * compiled.rate[low]
    : compiled.earnedBelow[low] + (amount - from[low]) * compiled.rate[low];
  if (!Number.isFinite(commission)) return numError(`amount: ${show(amount)} gives a commission too large to compute`);
  return commission;
}

function isCompiledTiers(tiers: readonly Tier[] | CompiledTiers): tiers is CompiledTiers {
  return !Array.isArray(tiers);
}
