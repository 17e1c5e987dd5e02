/**
 * Arithmetic as a spreadsheet engine does it. Engines treat numbers that agree to about 15 significant
 * digits as equal: INT lifts a value a hair below a whole number to it, subtracting two nearly equal
 * numbers gives 0, and comparisons call them equal; ROUND rounds half away from zero. A review that caches
 * the value of a formula computes it here, so the cached value is what Excel or LibreOffice recompute
 * (test/e2e/*.engine.test.ts recalculate them). The one place such emulation lives.
 */

/** The exact powers of ten a double can hold. */
export const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

// Spreadsheet engines treat numbers that agree to about 15 significant digits as equal: INT lifts a value
// a hair below a whole number to it, subtracting two nearly equal numbers gives 0, and comparisons call
// them equal. The working columns must cache what the engine computes, so they are worked out here the way
// LibreOffice does it (test/e2e/targets.engine.test.ts recalculates them). The core's largest remainder
// gives the same allocation: a row lifted to the next whole unit is one the core hands an extra unit to.

/** How many binary digits the fraction of a non-negative number uses. */
export function fractionBits(x: number): number {
  let fraction = x - Math.floor(x);
  let bits = 0;
  while (fraction !== 0) {
    fraction *= 2;
    fraction -= Math.floor(fraction);
    bits++;
  }
  return bits;
}

/** The number rounded to 15 significant digits, as the engine sees it before INT (short fractions are kept). */
export function engineValue(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const negative = x < 0;
  let v = Math.abs(x);
  if (fractionBits(v) <= 11) return x;
  const exponent = 14 - Math.floor(Math.log10(v));
  // Powers of ten beyond 1e22 are not exact doubles; the table holds the exact ones.
  const factor = POWERS_OF_TEN[Math.abs(exponent)] ?? 10 ** Math.abs(exponent);
  v = exponent < 0 ? v / factor : v * factor;
  v = Math.round(v);
  v = exponent < 0 ? v * factor : v / factor;
  return negative ? -v : v;
}

/** INT(x) as the engine computes it. */
export function engineInt(x: number): number {
  return Math.floor(engineValue(x));
}

/** Whether the engine compares a and b as equal (they agree to within 2^-48 of their size). */
export function engineEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (a === 0 || b === 0 || a < 0 !== b < 0) return false;
  const gap = Math.abs(a - b);
  if (gap >= Math.abs(a) * 2 ** -48 || gap >= Math.abs(b) * 2 ** -48) return false;
  return !(Number.isInteger(a) && Number.isInteger(b));
}

/** a − b as the engine computes it. */
export function engineSubtract(a: number, b: number): number {
  return ((a < 0 && b < 0) || (a > 0 && b > 0)) && engineEqual(a, b) ? 0 : a - b;
}

/** ROUND(x, decimals) as the engine computes it (half away from zero). */
export function engineRound(x: number, decimals: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const negative = x < 0;
  let v = Math.abs(x);
  if (decimals === 0) return (negative ? -1 : 1) * Math.round(v);
  if (v >= 2 ** 52 || Number.isInteger(v)) return x;
  const factor = POWERS_OF_TEN[decimals];
  v *= factor;
  if (v < 2 ** 52) v = Math.floor(engineValue(v + 0.5));
  v /= factor;
  return negative ? -v : v;
}

