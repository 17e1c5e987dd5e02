import { isKpiError } from "../errors";
import { daysInStage } from "./daysInStage";
import { daysOverLimit } from "./daysOverLimit";

/** A deal's stay in its stage: since when, and how long it may stay. */
export interface StageStay {
  /** The day it entered its stage, as a date serial; null when not known. */
  since: number | null;
  /** The days it may stay there; null when there is no limit (or the deal is no longer open). */
  maxDays: number | null;
}

/** A stuck deal: the stay as given, where it was in the list, its stage's limit and its day counts. */
export interface StuckDeal<T extends StageStay> {
  stay: T;
  index: number;
  maxDays: number;
  daysInStage: number;
  daysOver: number;
}

/**
 * The deals stuck in their stage on a given day: those in it longer than its limit, most days over first,
 * equally far over in the order given. A deal without a known date or without a limit is never stuck.
 *
 * @param stays - each deal's stay (and whatever else the caller keeps with it, returned as is)
 * @param asOf - the day to count to, as a date serial
 * @returns the stuck deals with their limit, days in stage and days over the limit, worst first
 *
 * @example
 * stuckDeals([{ since: 46173, maxDays: 14 }, { since: 46122, maxDays: 30 }, { since: 46200, maxDays: 14 }], 46203)
 * // => [{ stay: { since: 46122, maxDays: 30 }, index: 1, maxDays: 30, daysInStage: 81, daysOver: 51 },
 * //     { stay: { since: 46173, maxDays: 14 }, index: 0, maxDays: 14, daysInStage: 30, daysOver: 16 }]
 */
export function stuckDeals<T extends StageStay>(stays: readonly T[], asOf: number): StuckDeal<T>[] {
  const stuck: StuckDeal<T>[] = [];
  stays.forEach((stay, index) => {
    if (stay.since === null || stay.maxDays === null) return;
    const over = daysOverLimit(stay.since, asOf, stay.maxDays);
    const days = daysInStage(stay.since, asOf);
    if (isKpiError(over) || isKpiError(days) || !(over > 0)) return;
    stuck.push({ stay, index, maxDays: stay.maxDays, daysInStage: days, daysOver: over });
  });
  return stuck.sort((a, b) => b.daysOver - a.daysOver || a.index - b.index);
}
