import { numError, show, type Result } from "../errors";
import { engineRound } from "../numbers/spreadsheetArithmetic";

/** Whether a payment matches what was due: within the tolerance, short of it, or beyond it. */
export type PaymentStatus = "ok" | "underpaid" | "overpaid";

/** A payment held against what was due. */
export type Reconciliation = {
  /** Paid less due: negative when underpaid. */
  difference: number;
  status: PaymentStatus;
};

/**
 * Holds what was paid against what was due.
 *
 * @param paid - the amount paid, in currency
 * @param due - the amount due, in the same currency
 * @param tolerance - the largest difference, either way, that still counts as paid correctly, in the
 *   same currency; not negative
 * @param rounding.decimals - round the difference as ROUND(paid - due, decimals) does (2: to the cent), so
 *   a tolerance of 0 compares amounts, not float noise; unrounded when omitted
 * @returns the difference (paid − due) and the status: "ok" within the tolerance (inclusive),
 *   otherwise "underpaid" or "overpaid"; `#NUM!` for a negative tolerance or a difference too large to compute
 *
 * @example
 * reconcile(900, 1000, 1)
 * // => { difference: -100, status: "underpaid" }
 * reconcile(1000.5, 1000, 1)
 * // => { difference: 0.5, status: "ok" }
 * reconcile(0.1 + 0.2, 0.3, 0, { decimals: 2 })
 * // => { difference: 0, status: "ok" } (unrounded, 5.55e-17 would be "overpaid")
 */
export function reconcile(paid: number, due: number, tolerance: number, rounding: { decimals?: number } = {}): Result<Reconciliation> {
  if (!(tolerance >= 0)) return numError(`tolerance: must not be negative (${show(tolerance)})`);
  const raw = paid - due;
  const difference = rounding.decimals === undefined || !Number.isFinite(raw) ? raw : engineRound(raw, rounding.decimals) + 0;
  if (!Number.isFinite(difference)) return numError(`paid: ${show(paid)} less due ${show(due)} is too large to compute`);
  const status = Math.abs(difference) <= tolerance ? "ok" : difference < 0 ? "underpaid" : "overpaid";
  return { difference, status };
}
