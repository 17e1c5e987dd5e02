import { numError, show, valueError, type Result } from "../errors";

/** A ramp schedule validated once by {@link compileRampSchedule}, for evaluating many rows with {@link rampTargetCompiled}. */
export interface RampSchedule {
  /** The factor for each period in the role, in order (fractions: 50% = 0.5); a copy, never the caller's array. */
  readonly factors: Float64Array;
}

/**
 * Validates a ramp schedule once, for use across many rows.
 *
 * @param schedule - the target factor for the 1st, 2nd, ... period in the role, as fractions (50% = 0.5); non-negative, at least one
 * @returns the compiled schedule, or #VALUE! (empty schedule, a negative factor)
 *
 * @example
 * compileRampSchedule([0.25, 0.5, 0.75, 1]) // => { factors: Float64Array [0.25, 0.5, 0.75, 1] }
 */
export function compileRampSchedule(schedule: readonly number[]): Result<RampSchedule> {
  const problem = checkSchedule(schedule);
  return problem ?? { factors: Float64Array.from(schedule) };
}

/**
 * A new starter's target for a period: the full target times the schedule's factor for their tenure.
 *
 * @param target - the full (ramped-up) target for the period, in any unit
 * @param tenure - which period in the role this is, 1-based (1 = first period); a fraction is truncated (2.7 is period 2, as INDEX does); past the schedule's end the last factor applies
 * @param schedule - the target factor for the 1st, 2nd, ... period in the role, as fractions (50% = 0.5); non-negative, at least one
 * @returns target × factor, or #NUM! (tenure below 1, a result too large) or #VALUE! (empty schedule, a negative factor)
 *
 * @example
 * rampTarget(100000, 2, [0.25, 0.5, 0.75, 1]) // => 50000
 * rampTarget(100000, 9, [0.25, 0.5, 0.75, 1]) // => 100000
 */
export function rampTarget(target: number, tenure: number, schedule: readonly number[]): Result<number> {
  const problem = checkSchedule(schedule);
  return problem ?? rampFrom(target, tenure, schedule);
}

/**
 * {@link rampTarget} with a schedule compiled once by {@link compileRampSchedule}: no per-row validation of the schedule.
 *
 * @param target - the full (ramped-up) target for the period, in any unit
 * @param tenure - which period in the role this is, 1-based; a fraction is truncated; past the schedule's end the last factor applies
 * @param schedule - the compiled schedule
 * @returns target × factor, or #NUM! (tenure below 1, a result too large)
 *
 * @example
 * const ramp = compileRampSchedule([0.25, 0.5, 0.75, 1]) as RampSchedule;
 * rampTargetCompiled(100000, 3.5, ramp) // => 75000
 */
export function rampTargetCompiled(target: number, tenure: number, schedule: RampSchedule): Result<number> {
  return rampFrom(target, tenure, schedule.factors);
}

function checkSchedule(schedule: readonly number[]): Result<null> {
  if (schedule.length === 0) return valueError("schedule: is empty; give at least one factor");
  for (let i = 0; i < schedule.length; i++) {
    if (schedule[i] < 0) return valueError(`schedule: row ${i + 1} is negative (${show(schedule[i])})`);
  }
  return null;
}

function rampFrom(target: number, tenure: number, factors: ArrayLike<number>): Result<number> {
  if (tenure < 1) return numError(`tenure: must be 1 or more (got ${show(tenure)})`);
  const period = Math.trunc(tenure);
  const factor = factors[period < factors.length ? period - 1 : factors.length - 1];
  const result = target * factor;
  if (!Number.isFinite(result)) return numError(`target: ${show(target)} × ${show(factor)} is too large`);
  return result + 0;
}
