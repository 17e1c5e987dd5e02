import { numError, show, type Result } from "../errors";
import { engineRound } from "../numbers/spreadsheetArithmetic";

/** One pay period under a draw: what it pays, what of the balance it recovered, and the balance after it. */
export interface PeriodDraw {
  /** Commission earned in the period (earned to date less the period before's; negative after a clawback). */
  earned: number;
  /** What the period pays: at least the draw. */
  due: number;
  /** What the draw advanced beyond the period's earnings (due − earned when positive, else 0). */
  advanced: number;
  /** What the period's earnings above the draw paid back of the balance carried in. */
  recovered: number;
  /** The draw not yet earned back after this period, carried to the next (always 0 when not recoverable). */
  balance: number;
}

/**
 * A draw applied in each pay period, as a payroll pays it: every period pays at least the draw. With a
 * recoverable draw, what the draw advances beyond a period's earnings is a balance the rep owes, carried
 * forward and paid back out of later earnings above the draw (never taking a period below the draw); a
 * clawback (negative earnings) adds to it. What is still owed after the last period is carried to the next
 * statement (`openingBalance` there). A non-recoverable draw pays the larger of the draw and the earnings
 * and carries nothing: a period's shortfall, a clawback's included, is the company's.
 *
 * @param earned - commission earned in each pay period, in currency, in time order (negative for a clawback)
 * @param draw - the draw per pay period, in the same currency; not negative
 * @param options.recoverable - false for a non-recoverable draw (default true)
 * @param options.openingBalance - draw still owed from before the first period (recoverable only; default 0, not negative)
 * @param options.decimals - round each amount as ROUND(x, decimals) does (2: to the cent); unrounded when omitted
 * @returns one `PeriodDraw` per period; `#NUM!` for a negative draw or opening balance
 *
 * @example
 * periodDraws([2000, 9000, 4000, 12000], 5000).map((p) => [p.due, p.balance])
 * // => [[5000, 3000], [6000, 0], [5000, 1000], [11000, 0]]
 * periodDraws([2000, 9000], 5000, { recoverable: false }).map((p) => p.due)
 * // => [5000, 9000]
 */
export function periodDraws(
  earned: readonly number[],
  draw: number,
  options: { recoverable?: boolean; openingBalance?: number; decimals?: number } = {},
): Result<PeriodDraw[]> {
  const { recoverable = true, openingBalance = 0, decimals } = options;
  if (!(draw >= 0)) return numError(`draw: must not be negative (${show(draw)})`);
  if (!(openingBalance >= 0)) return numError(`openingBalance: must not be negative (${show(openingBalance)})`);
  // + 0 turns a rounded -0 into 0.
  const round = (x: number): number => (decimals === undefined ? x : engineRound(x, decimals) + 0);
  let owed = recoverable ? round(openingBalance) : 0;
  return earned.map((e) => {
    const now = round(e);
    if (!recoverable) {
      const due = Math.max(draw, now);
      return { earned: now, due, advanced: round(Math.max(0, due - now)), recovered: 0, balance: 0 };
    }
    const due = round(Math.max(draw, now - owed));
    const recovered = round(Math.max(0, Math.min(owed, now - draw)));
    const balance = round(Math.max(0, owed + due - now));
    owed = balance;
    return { earned: now, due, advanced: round(Math.max(0, due - now)), recovered, balance };
  });
}
