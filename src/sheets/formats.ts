/**
 * The number formats the review sheets use, named for what they show, so every sheet writes a date, an
 * amount or a percentage the same way. A review imports the ones it uses (under its own name where that
 * reads better: a funnel's counts are `WHOLE`).
 */

/** A day: 2026-03-05. */
export const DATE = "yyyy-mm-dd";
/** A whole number with thousands separators: 12,345. */
export const WHOLE = "#,##0";
/** One decimal: 12,345.6 (days on average). */
export const ONE_DECIMAL = "#,##0.0";
/** An amount to the cent: 12,345.67. */
export const AMOUNT = "#,##0.00";
/** Four decimals, for working columns that show exact shares: 0.1234. */
export const FOUR_DECIMALS = "#,##0.0000";
/** A percentage to one decimal: 93.4%. */
export const PERCENT = "0.0%";
/** A percentage to two decimals: 5.25% (commission rates, month weights). */
export const PERCENT_2 = "0.00%";
/** A multiple: 3.20x (pipeline coverage). */
export const MULTIPLE = '0.00"x"';
/** As typed: 40 or 0.4 without a stray point. */
export const GENERAL = "General";

/** Names that say a KPI is a rate or share (win rate, conversion, margin %, 赢单率, 占比). */
const RATE_NAME = /rate|ratio|share|percent|%|margin|conversion|率|比|占/i;

/**
 * The format of a KPI's actuals and targets, from what they are: whole numbers when every value is
 * whole (counts, amounts in whole units), a percentage when every value is a fraction between 0 and 1
 * and the KPI's name says it is a rate, else two decimals with thousands separators. The values are
 * only shown this way; they are never changed.
 *
 * @example
 * kpiFormat("New customers", [37, 29]) // => "#,##0"
 * kpiFormat("Win rate", [0.44, 0.3]) // => "0.0%"
 * kpiFormat("Avg. order (k)", [0.85, 1.2]) // => "#,##0.00"
 */
export function kpiFormat(name: string, values: readonly number[]): string {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.every((v) => Number.isInteger(v))) return WHOLE;
  if (finite.every((v) => v >= 0 && v <= 1) && RATE_NAME.test(name)) return PERCENT;
  return AMOUNT;
}
