import { numError, show, type Result } from "../errors";

/**
 * What a rep is paid each period under a guaranteed draw.
 *
 * Every period pays at least the draw. With a recoverable draw (the default) the amount the draw
 * advanced beyond what was earned is owed back and recovered from later periods: each period pays
 * max(draw, earned − balance owed), and the balance becomes balance + paid − earned (never below 0).
 * With a non-recoverable draw each period simply pays max(draw, earned). Blank periods stay blank,
 * pay nothing and leave the balance as it was.
 *
 * @param earned - the commission earned each period, in currency, in time order; `null` for a blank
 *   period; a negative number (a clawback) is allowed.
 * @param draw - the guaranteed payment per period, in the same currency; not negative.
 * @param options.recoverable - `false` for a non-recoverable draw (nothing is carried forward).
 * @returns the payout per period, same length as `earned`; `#NUM!` when `draw` is negative.
 *
 * @example
 * drawPayouts([2000, 9000, 4000, 12000], 5000)
 * // => [5000, 6000, 5000, 11000]
 * drawPayouts([2000, 9000, 4000, 12000], 5000, { recoverable: false })
 * // => [5000, 9000, 5000, 12000]
 */
export function drawPayouts(
  earned: readonly (number | null)[],
  draw: number,
  options: { recoverable?: boolean } = {},
): Result<(number | null)[]> {
  if (draw < 0) return numError(`draw: must not be negative (${show(draw)})`);
  const recoverable = options.recoverable !== false;
  const n = earned.length;
  const payouts: (number | null)[] = new Array(n);
  let owed = 0;
  for (let i = 0; i < n; i++) {
    const earnedNow = earned[i];
    if (earnedNow === null) {
      payouts[i] = null;
      continue;
    }
    if (!recoverable) {
      payouts[i] = earnedNow > draw ? earnedNow : draw;
      continue;
    }
    const due = earnedNow - owed;
    const paid = due > draw ? due : draw;
    payouts[i] = paid;
    const stillOwed = owed + paid - earnedNow;
    owed = stillOwed > 0 ? stillOwed : 0;
  }
  return payouts;
}
