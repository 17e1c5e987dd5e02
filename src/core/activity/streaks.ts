/**
 * Runs of consecutive working days on which every quota was met.
 *
 * @param met - for each working day in order (weekends and holidays left out), whether the quota was met
 * @returns `current`: the run that ends on the last day (0 when that day was short); `longest`: the
 *   longest run anywhere
 *
 * @example
 * streaks([true, true, false, true, true, true]) // => { current: 3, longest: 3 }
 * streaks([true, true, true, false]) // => { current: 0, longest: 3 }
 */
export function streaks(met: readonly boolean[]): { current: number; longest: number } {
  let run = 0;
  let longest = 0;
  for (const day of met) {
    run = day ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return { current: run, longest };
}
