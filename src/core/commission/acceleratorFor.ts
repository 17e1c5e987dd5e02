import { numError, show, type Result } from "../errors";

/** An accelerator: commission on the share of sales above `above` × quota is paid `multiplier` times. */
export type Accelerator = {
  /** The attainment from which the accelerator applies, as a fraction of quota (1 = 100%). */
  above: number;
  /** How many times the commission on that share is paid; 1 pays no accelerator. */
  multiplier: number;
};

/**
 * The extra commission an accelerator pays on top of the base commission.
 *
 * The base commission is spread evenly over the sales; the share of sales above the threshold
 * (`above` × quota) earns it again (`multiplier` − 1) times:
 * (multiplier − 1) × base × (sales − above × quota) ÷ sales. Nothing is paid without a quota, with a
 * multiplier of 1, or when sales are at or below the threshold or not positive.
 *
 * @param base - the commission earned before the accelerator, in currency
 * @param sales - the sales credited in the period, in the same currency
 * @param quota - the rep's quota in the same currency; `null` when the rep has none
 * @param accelerator.above - the attainment the accelerator starts from, as a fraction (90% = 0.9); not negative
 * @param accelerator.multiplier - 1 or more (1.5 pays half as much again)
 * @returns the accelerator in currency; `#NUM!` for a negative `above`, a multiplier below 1, or an
 *   accelerator too large to compute
 *
 * @example
 * acceleratorFor(7500, 150000, 100000, { above: 1, multiplier: 2 })
 * // => 2500 (the 50,000 above quota is a third of the sales: 1 × 7,500 × 1/3)
 * acceleratorFor(7500, 90000, 100000, { above: 1, multiplier: 2 })
 * // => 0
 */
export function acceleratorFor(base: number, sales: number, quota: number | null, accelerator: Accelerator): Result<number> {
  const { above, multiplier } = accelerator;
  if (!(above >= 0)) return numError(`above: must not be negative (${show(above)})`);
  if (!(multiplier >= 1)) return numError(`multiplier: must be 1 or more (${show(multiplier)})`);
  if (quota === null) return 0;
  if (!(multiplier > 1 && sales > above * quota && sales > 0)) return 0;
  const extra = ((multiplier - 1) * base * (sales - above * quota)) / sales;
  if (!Number.isFinite(extra)) return numError(`base: ${show(base)} gives an accelerator too large to compute`);
  return extra;
}
