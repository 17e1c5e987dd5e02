/**
 * Arithmetic as a spreadsheet engine does it. Engines treat numbers that agree to about 15 significant
 * digits as equal: INT lifts a value a hair below a whole number to it, subtracting two nearly equal
 * numbers gives 0, and comparisons call them equal; ROUND rounds half away from zero. A review that caches
 * the value of a formula computes it here, so the cached value is what Excel or LibreOffice recompute
 * (test/e2e/*.engine.test.ts recalculate them). The one place such emulation lives.
 */

/**
 * The powers of ten a double holds exactly, by exponent: POWERS_OF_TEN[d] is 10^d for d from 0 to 22.
 *
 * @example
 * POWERS_OF_TEN[2] // => 100
 */
export const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * How many binary digits the fraction of a number uses.
 *
 * @param x - a non-negative finite number
 * @returns 0 for a whole number, 1 for a half, up to 52 or so for a decimal like 0.1
 *
 * @example
 * fractionBits(0.75) // => 2
 * fractionBits(0.1) // => 55
 */
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

/**
 * The number rounded to 15 significant digits, as the engine sees it before INT. A short binary fraction
 * (11 bits or fewer, such as 0.5 or 0.125) is kept as it is.
 *
 * @param x - any number; 0, infinities and NaN come back unchanged
 *
 * @example
 * engineValue(599999.9999999999) // => 600000
 * engineValue(1 / 3) // => 0.333333333333333
 */
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

/**
 * INT(x) as the engine computes it: down to a whole number, after lifting a value a hair below one to it.
 *
 * @param x - any finite number
 *
 * @example
 * engineInt(599999.9999999999) // => 600000 (Math.floor gives 599999)
 * engineInt(-2.5) // => -3
 */
export function engineInt(x: number): number {
  return Math.floor(engineValue(x));
}

/**
 * Whether the engine compares a and b as equal: they agree to within 2^-48 of their size (two different
 * whole numbers never do).
 *
 * @param a - any finite number
 * @param b - any finite number
 *
 * @example
 * engineEqual(0.1 + 0.2, 0.3) // => true
 * engineEqual(1, 1.0001) // => false
 */
export function engineEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (a === 0 || b === 0 || a < 0 !== b < 0) return false;
  const gap = Math.abs(a - b);
  if (gap >= Math.abs(a) * 2 ** -48 || gap >= Math.abs(b) * 2 ** -48) return false;
  return !(Number.isInteger(a) && Number.isInteger(b));
}

/**
 * a − b as the engine computes it: 0 when a and b have the same sign and compare as equal.
 *
 * @param a - any finite number
 * @param b - any finite number
 *
 * @example
 * engineSubtract(0.3, 0.1 + 0.2) // => 0 (plain subtraction gives -5.551115123125783e-17)
 */
export function engineSubtract(a: number, b: number): number {
  return ((a < 0 && b < 0) || (a > 0 && b > 0)) && engineEqual(a, b) ? 0 : a - b;
}

/**
 * ROUND(x, decimals) as the engine computes it: half away from zero, and a decimal written as a half
 * (1.005, which a double holds a hair below) counts as one, as LibreOffice and Excel round it.
 *
 * @param x - any number; 0, infinities and NaN come back unchanged
 * @param decimals - decimal places to keep: a whole number from 0 to 22
 *
 * @example
 * engineRound(1.005, 2) // => 1.01 (Math.round(1.005 * 100) / 100 gives 1)
 * engineRound(-2.5, 0) // => -3
 */
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
