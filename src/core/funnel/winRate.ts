import { divError, numError, show, type Result } from "../errors";

/**
 * Win rate: the share of closed deals that were won, won ÷ (won + lost). Open deals do not count.
 *
 * @param won - the won deals (a count); not negative
 * @param lost - the lost deals (a count); not negative
 * @returns the win rate as a fraction (0.6 = 60%); `#DIV/0!` when no deal is closed yet, `#NUM!` naming a
 *   negative count
 *
 * @example
 * winRate(3, 2)
 * // => 0.6
 * winRate(0, 0)
 * // => KpiError #DIV/0! "won, lost: no deal is closed yet"
 */
export function winRate(won: number, lost: number): Result<number> {
  if (won < 0) return numError(`won: must not be negative (${show(won)})`);
  if (lost < 0) return numError(`lost: must not be negative (${show(lost)})`);
  const closed = won + lost;
  if (closed === 0) return divError("won, lost: no deal is closed yet");
  return won / closed;
}
