import { divError, numError, valueError, show, type KpiError, type Result } from "../errors";

/**
 * Conversion rate at each stage of a sales funnel, as fractions (0.3 = 30%), one per stage.
 *
 * The first non-blank stage is the reference and always gets 1. Each later stage is divided by the
 * previous non-blank stage (step rates, the default) or by the first stage (`cumulative: true`).
 * Blank stages (`null`, e.g. empty rows at the end of an oversized range) stay `null` and are skipped.
 * A stage that would divide by a zero stage gets a `#DIV/0!` error in that cell only; a negative
 * count fails the whole result with `#VALUE!`.
 *
 * @param counts - how many deals (or leads) reached each stage, top of the funnel first; whole or
 *   fractional numbers, `null` for a blank cell.
 * @param options.cumulative - `true` to divide every stage by the first stage instead of the previous one.
 * @returns the rates as fractions, same length as `counts`, or `#VALUE!` naming the first negative row.
 *
 * @example
 * funnelRates([1000, 300, 120, 50, 15])
 * // => [1, 0.3, 0.4, 0.4166666666666667, 0.3]
 * funnelRates([1000, 300, 120, 50, 15], { cumulative: true })
 * // => [1, 0.3, 0.12, 0.05, 0.015]
 */
export function funnelRates(
  counts: readonly (number | null)[],
  options: { cumulative?: boolean } = {},
): Result<(number | KpiError | null)[]> {
  const cumulative = options.cumulative === true;
  const n = counts.length;
  const rates: (number | KpiError | null)[] = new Array(n);
  let reference = -1; // index of the stage the next one is divided by
  for (let i = 0; i < n; i++) {
    const count = counts[i];
    if (count === null) {
      rates[i] = null;
      continue;
    }
    if (count < 0) return valueError(`counts: row ${i + 1} is negative (${show(count)})`);
    if (reference < 0) {
      rates[i] = 1;
      reference = i;
      continue;
    }
    const base = counts[reference] as number;
    if (base === 0) {
      rates[i] = divError(`counts: row ${i + 1} is divided by row ${reference + 1}, which is 0`);
    } else {
      const rate = count / base;
      rates[i] = Number.isFinite(rate)
        ? rate
        : numError(`counts: row ${i + 1} (${show(count)}) is too large against row ${reference + 1} (${show(base)}) to give a rate`);
    }
    if (!cumulative) reference = i;
  }
  return rates;
}
