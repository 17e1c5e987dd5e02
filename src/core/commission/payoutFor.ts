import { numError, show, type Result } from "../errors";
import { engineRound } from "../numbers/spreadsheetArithmetic";

/** What a rep is due for one period, step by step. */
export type Payout = {
  /** Base commission plus accelerator, held to the cap. */
  capped: number;
  /** What the draw adds to reach its guaranteed minimum (0 when the capped amount reaches it). */
  topUp: number;
  /** What is due: the capped amount plus the top-up. */
  due: number;
};

/**
 * What one period pays: the base commission plus the accelerator, held to the cap, then topped up to
 * the draw (a non-recoverable guaranteed minimum within the period).
 *
 * @param base - the commission earned before the accelerator, in currency
 * @param options.accelerator - the accelerator earned on top (see `acceleratorFor`), in currency; 0 when omitted
 * @param options.cap - the most base plus accelerator may pay, in currency, not negative; `null` (default) for no cap
 * @param options.draw - the guaranteed minimum payout, in currency, not negative; 0 when omitted
 * @param rounding.decimals - round each step as ROUND(x, decimals) does (2: to the cent, as a statement
 *   that pays people does); unrounded when omitted
 * @returns the capped amount, the top-up and the amount due; `#NUM!` for a negative cap or draw, or an
 *   amount too large to compute
 *
 * @example
 * payoutFor(7500, { accelerator: 2500, cap: 9000 })
 * // => { capped: 9000, topUp: 0, due: 9000 }
 * payoutFor(1000, { draw: 3000 })
 * // => { capped: 1000, topUp: 2000, due: 3000 }
 * payoutFor(0.1, { accelerator: 0.2, draw: 1 }, { decimals: 2 })
 * // => { capped: 0.3, topUp: 0.7, due: 1 }
 */
export function payoutFor(
  base: number,
  options: { accelerator?: number; cap?: number | null; draw?: number } = {},
  rounding: { decimals?: number } = {},
): Result<Payout> {
  const round = (x: number): number => (rounding.decimals === undefined ? x : engineRound(x, rounding.decimals));
  const { accelerator = 0, cap = null, draw = 0 } = options;
  if (cap !== null && !(cap >= 0)) return numError(`cap: must not be negative (${show(cap)})`);
  if (!(draw >= 0)) return numError(`draw: must not be negative (${show(draw)})`);
  const earned = base + accelerator;
  const capped = round(cap === null ? earned : Math.min(cap, earned));
  const topUp = round(Math.max(0, draw - capped));
  const due = round(capped + topUp);
  if (!Number.isFinite(due)) return numError(`base: ${show(base)} with accelerator ${show(accelerator)} gives a payout too large to compute`);
  return { capped, topUp, due };
}
