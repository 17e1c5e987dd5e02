import { naError, show, valueError, type Result } from "../errors";

/** One step of a rating scale: a score of at least `min` earns `label`. */
export type RatingStep = { min: number; label: string | number };

/**
 * A rating scale checked once and sorted for fast lookup. Make it with {@link compileScale}; the
 * constructor does not check its input.
 */
export class CompiledScale {
  constructor(
    /** The minimums, strictly ascending. */
    readonly mins: Float64Array,
    /** The label of each minimum. */
    readonly labels: readonly (string | number)[],
  ) {}
}

/**
 * Checks a rating scale and compiles it for {@link rating}, so many scores can be rated against it.
 *
 * @param scale - rows of `{ min, label }` in any order; `min` is in the unit of the scores rated
 *   (fractions such as 0.9 for 90%, or points)
 * @returns the compiled scale, or #VALUE! when the scale is empty, a minimum is not a number, or two
 *   rows have the same minimum (the message names both rows)
 *
 * @example
 * compileScale([{ min: 0.9, label: "Exceeds" }, { min: 0.5, label: "Meets" }]);
 * // => CompiledScale { mins: [0.5, 0.9], labels: ["Meets", "Exceeds"] }
 * compileScale([{ min: 0.5, label: "A" }, { min: 0.5, label: "B" }]);
 * // => #VALUE! "scale: row 2 min 0.5 repeats row 1"
 */
export function compileScale(scale: readonly RatingStep[]): Result<CompiledScale> {
  const count = scale.length;
  if (count === 0) return valueError("scale: the scale is empty");
  const order: number[] = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    if (!Number.isFinite(scale[i].min)) return valueError(`scale: row ${i + 1} min is not a number`);
    order[i] = i;
  }
  // Array.prototype.sort is stable, so equal minimums stay in row order.
  order.sort((a, b) => scale[a].min - scale[b].min);
  const mins = new Float64Array(count);
  const labels: (string | number)[] = new Array<string | number>(count);
  for (let i = 0; i < count; i++) {
    const step = scale[order[i]];
    if (i > 0 && step.min === mins[i - 1]) {
      return valueError(`scale: row ${order[i] + 1} min ${show(step.min)} repeats row ${order[i - 1] + 1}`);
    }
    mins[i] = step.min;
    labels[i] = step.label;
  }
  return new CompiledScale(mins, labels);
}

/**
 * The rating label a score earns: the label of the highest minimum at or below the score.
 *
 * @param score - the score to rate, in the unit of the scale's minimums (e.g. 0.95 = 95%)
 * @param scale - rows of `{ min, label }` in any order, or a scale from {@link compileScale}
 * @returns the label, #N/A when the score is below every minimum, or the #VALUE! that
 *   {@link compileScale} gives for a bad scale
 *
 * @example
 * const scale = [{ min: 0, label: "Below" }, { min: 0.9, label: "Meets" }, { min: 1.1, label: "Exceeds" }];
 * rating(0.95, scale); // => "Meets"
 * rating(1.1, scale); // => "Exceeds"
 * rating(-0.2, scale); // => #N/A "score -0.2 is below the lowest minimum 0"
 */
export function rating(score: number, scale: readonly RatingStep[] | CompiledScale): Result<string | number> {
  let table: CompiledScale;
  if (scale instanceof CompiledScale) {
    table = scale;
  } else {
    const compiled = compileScale(scale);
    if (!(compiled instanceof CompiledScale)) return compiled;
    table = compiled;
  }
  const mins = table.mins;
  if (!(score >= mins[0])) {
    return naError(`score ${show(score)} is below the lowest minimum ${show(mins[0])}`);
  }
  // Binary search for the highest minimum <= score; mins[lo] <= score always holds.
  let lo = 0;
  let hi = mins.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (mins[mid] <= score) lo = mid;
    else hi = mid;
  }
  return table.labels[lo];
}
