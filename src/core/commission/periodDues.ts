import { engineRound } from "../numbers/spreadsheetArithmetic";

/**
 * What falls due in each pay period when commission is earned on sales to date: each period's earned to
 * date less the period before's (a clawback makes it negative), with the draw's top-up (decided on the
 * whole statement) due in the last period. The dues add up to the statement's due.
 *
 * @param earnedToDate - commission earned (capped) on the sales up to the end of each pay period, in order
 * @param topUp - what the draw adds on the whole statement, due with the last period; 0 for none
 * @returns the due of each period, to the cent as ROUND(x, 2) gives it
 *
 * @example
 * periodDues([500, 1200, 900], 0) // => [500, 700, -300]
 * periodDues([500, 1200], 300) // => [500, 1000]
 */
export function periodDues(earnedToDate: readonly number[], topUp: number): number[] {
  return earnedToDate.map((earned, k) => {
    const before = k === 0 ? 0 : earnedToDate[k - 1];
    const extra = k === earnedToDate.length - 1 ? topUp : 0;
    return engineRound(earned - before + extra, 2) + 0;
  });
}
