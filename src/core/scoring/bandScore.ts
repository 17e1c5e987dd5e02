import { show, valueError, type Result } from "../errors";

/** One point of a band table: a value of at least `bound` scores `score`. */
export type Band = { bound: number; score: number };

/**
 * A band table checked once and stored for fast lookup. Make it with {@link compileBands}; the
 * constructor does not check its input.
 */
export class CompiledBands {
  constructor(
    /** The bounds, strictly ascending. */
    readonly bounds: Float64Array,
    /** The score of each bound. */
    readonly scores: Float64Array,
  ) {}
}

/** Options of {@link bandScore}. */
export type BandScoreOptions = {
  /** false (default): stepped bands; true: straight lines between the band points. */
  interpolate?: boolean;
};

/**
 * Checks a band table and compiles it for {@link bandScore}, so many values can be scored against it.
 *
 * @param bands - rows of `{ bound, score }`, bounds strictly ascending, in the unit of the value scored
 *   (an achievement fraction such as 0.8, or a raw amount)
 * @returns the compiled table, or #VALUE! when the table is empty, a bound or score is not a number,
 *   or a bound is not above the one before it (the message names the row)
 *
 * @example
 * compileBands([{ bound: 0.8, score: 50 }, { bound: 1, score: 100 }]);
 * // => CompiledBands { bounds: [0.8, 1], scores: [50, 100] }
 * compileBands([{ bound: 60, score: 1 }, { bound: 50, score: 2 }]);
 * // => #VALUE! "bands: row 2 bound 50 is not above row 1 bound 60"
 */
export function compileBands(bands: readonly Band[]): Result<CompiledBands> {
  const count = bands.length;
  if (count === 0) return valueError("bands: the table is empty");
  const bounds = new Float64Array(count);
  const scores = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const { bound, score } = bands[i];
    if (!Number.isFinite(bound)) return valueError(`bands: row ${i + 1} bound is not a number`);
    if (!Number.isFinite(score)) return valueError(`bands: row ${i + 1} score is not a number`);
    if (i > 0 && !(bound > bounds[i - 1])) {
      return valueError(`bands: row ${i + 1} bound ${show(bound)} is not above row ${i} bound ${show(bounds[i - 1])}`);
    }
    bounds[i] = bound;
    scores[i] = score;
  }
  return new CompiledBands(bounds, scores);
}

/**
 * The score a value earns in a band table: stepped (the score of the highest bound at or below the
 * value) or interpolated (straight lines between the band points, as in a payout curve).
 *
 * Below the first bound the score is 0; at or above the last bound it is the last score.
 *
 * @param value - the value to score, in the unit of the bounds (e.g. achievement 0.95 = 95%)
 * @param bands - rows of `{ bound, score }` with bounds strictly ascending, or a table from {@link compileBands}
 * @param options - `interpolate`: false (default) for steps, true for straight lines between the points
 * @returns the score, or the #VALUE! that {@link compileBands} gives for a bad table
 *
 * @example
 * const bands = [{ bound: 0.8, score: 50 }, { bound: 1, score: 100 }, { bound: 1.2, score: 150 }];
 * bandScore(0.9, bands); // => 50
 * bandScore(0.9, bands, { interpolate: true }); // => 75
 * bandScore(0.5, bands); // => 0
 * bandScore(2, bands); // => 150
 */
export function bandScore(
  value: number,
  bands: readonly Band[] | CompiledBands,
  options: BandScoreOptions = {},
): Result<number> {
  let table: CompiledBands;
  if (bands instanceof CompiledBands) {
    table = bands;
  } else {
    const compiled = compileBands(bands);
    if (!(compiled instanceof CompiledBands)) return compiled;
    table = compiled;
  }
  const bounds = table.bounds;
  const scores = table.scores;
  const last = bounds.length - 1;
  if (!(value >= bounds[0])) return 0;
  if (value >= bounds[last]) return scores[last];
  // Binary search for the highest bound <= value; bounds[0] <= value < bounds[last] here.
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (bounds[mid] <= value) lo = mid;
    else hi = mid;
  }
  const from = scores[lo];
  if (options.interpolate !== true) return from;
  return between(value, bounds[lo], bounds[lo + 1], from, scores[lo + 1]);
}

/** The point on the straight line from (left, from) to (right, to) at `value`, kept within [from, to]. */
function between(value: number, left: number, right: number, from: number, to: number): number {
  const width = right - left;
  // A span wider than the largest double overflows to Infinity; halving every term keeps it in range.
  let t = width < Infinity ? (value - left) / width : (value * 0.5 - left * 0.5) / (right * 0.5 - left * 0.5);
  if (!(t >= 0)) t = 0;
  else if (t > 1) t = 1;
  const rise = to - from;
  const result = rise - rise === 0 ? from + t * rise : from * (1 - t) + to * t;
  const low = from < to ? from : to;
  const high = from < to ? to : from;
  return result < low ? low : result > high ? high : result;
}
