import { engineRound } from "../numbers/spreadsheetArithmetic";

/** Money is held to the cent. */
export const CURRENCY_DECIMALS = 2;

/**
 * An amount in the reporting currency, to the cent, as ROUND(amount*rate, 2) gives it on the sheet.
 *
 * @param amount - the amount in its own currency
 * @param rate - units of the reporting currency per unit of the amount's currency (above 0)
 * @returns the converted amount, rounded half away from zero to the cent
 *
 * @example
 * convertAmount(1200, 7.1) // => 8520
 * convertAmount(10.005, 1) // => 10.01
 */
export function convertAmount(amount: number, rate: number): number {
  return engineRound(amount * rate, CURRENCY_DECIMALS) + 0;
}
