/**
 * Excel's error kinds as typed results. Core functions never throw for bad input: they return a
 * `KpiError` whose `kind` is the Excel error a cell would show and whose `message` says what is wrong
 * and where (`weights: row 3 is negative (-2)`). The functions layer turns it into CustomFunctions.Error;
 * builders and the task pane show the message.
 */

export type ErrorKind = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A";

export class KpiError {
  constructor(
    readonly kind: ErrorKind,
    readonly message: string,
  ) {}

  toString(): string {
    return `${this.kind} ${this.message}`;
  }
}

/** A value, or the Excel error that explains why there is none. */
export type Result<T> = T | KpiError;

export function isKpiError(value: unknown): value is KpiError {
  return value instanceof KpiError;
}

/** Wrong kind of input: text where a number belongs, a negative weight, an unsorted table. */
export function valueError(message: string): KpiError {
  return new KpiError("#VALUE!", message);
}

/** Input of the right kind that cannot be computed: infeasible bounds, an out-of-range number. */
export function numError(message: string): KpiError {
  return new KpiError("#NUM!", message);
}

/** A division by zero: a zero target, weights that are all zero. */
export function divError(message: string): KpiError {
  return new KpiError("#DIV/0!", message);
}

/** A lookup that found nothing: an unknown stage, a score below every rating. */
export function naError(message: string): KpiError {
  return new KpiError("#N/A", message);
}

/** Formats a number for an error message the way a person would type it (no float noise). */
export function show(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number.parseFloat(value.toPrecision(12)));
}
