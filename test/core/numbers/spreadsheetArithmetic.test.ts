import fc from "fast-check";
import {
  engineEqual,
  engineInt,
  engineRound,
  engineSubtract,
  engineValue,
  fractionBits,
  POWERS_OF_TEN,
} from "../../../src/core/numbers/spreadsheetArithmetic";

// The ROUND, INT, comparison and subtraction rows are what LibreOffice Calc 7.4 gives for the same formula
// (=ROUND(1.005,2) is 1.01); test/e2e/targets.engine.test.ts recalculates whole sheets built with these functions.

describe("engineRound", () => {
  it.each([
    { name: "1.005 to 2 decimals, a half a double holds a hair below", x: 1.005, decimals: 2, expected: 1.01 },
    { name: "-1.005 to 2 decimals, away from zero", x: -1.005, decimals: 2, expected: -1.01 },
    { name: "2.675 to 2 decimals", x: 2.675, decimals: 2, expected: 2.68 },
    { name: "1.45 to 1 decimal", x: 1.45, decimals: 1, expected: 1.5 },
    { name: "2.5 to a whole number", x: 2.5, decimals: 0, expected: 3 },
    { name: "-2.5 to a whole number, away from zero", x: -2.5, decimals: 0, expected: -3 },
    { name: "0.5 to a whole number", x: 0.5, decimals: 0, expected: 1 },
    { name: "1234.5678 to 2 decimals", x: 1234.5678, decimals: 2, expected: 1234.57 },
    { name: "1.0049999999 to 2 decimals, below the half", x: 1.0049999999, decimals: 2, expected: 1 },
    { name: "a whole number, unchanged", x: 7, decimals: 2, expected: 7 },
    { name: "a number too large to have decimals, unchanged", x: 1e20, decimals: 2, expected: 1e20 },
  ])("rounds $name", ({ x, decimals, expected }) => {
    expect(engineRound(x, decimals)).toBe(expected);
  });

  it.each([
    { name: "zero", x: 0 },
    { name: "Infinity", x: Infinity },
    { name: "NaN", x: NaN },
  ])("gives $name back unchanged", ({ x }) => {
    expect(engineRound(x, 2)).toBe(x);
  });

  it("leaves a value already at the decimals as it is", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (units, decimals) => {
        const x = units / POWERS_OF_TEN[decimals];
        expect(engineRound(x, decimals)).toBe(x);
      }),
    );
  });

  it("rounds a negative number to the negative of its absolute value's rounding", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, decimals) => {
        expect(engineRound(-x, decimals)).toBe(-engineRound(x, decimals));
      }),
    );
  });
});

describe("engineInt", () => {
  it.each([
    { name: "lifts a value a hair below a whole number to it", x: 599999.9999999999, expected: 600000 },
    { name: "lifts 0.3 × (1,200,000 ÷ 0.6), which floating point lands a hair low", x: 0.3 * (1200000 / (0.1 + 0.2 + 0.3)), expected: 600000 },
    { name: "keeps a value well below a whole number below it", x: 0.9999999, expected: 0 },
    { name: "rounds a negative number down", x: -2.5, expected: -3 },
    { name: "keeps a whole number", x: 3, expected: 3 },
    { name: "takes a short fraction down as Math.floor does", x: 2.5, expected: 2 },
  ])("$name", ({ x, expected }) => {
    expect(engineInt(x)).toBe(expected);
  });

  it("agrees with Math.floor on numbers with a short binary fraction", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (eighths) => {
        expect(engineInt(eighths / 8)).toBe(Math.floor(eighths / 8));
      }),
    );
  });
});

describe("engineValue", () => {
  it.each([
    { name: "rounds to 15 significant digits", x: 1 / 3, expected: 0.333333333333333 },
    { name: "takes away the noise of 0.1 + 0.2", x: 0.1 + 0.2, expected: 0.3 },
    { name: "lifts a value a hair below a whole number", x: 599999.9999999999, expected: 600000 },
    { name: "keeps a short binary fraction", x: 0.5, expected: 0.5 },
    { name: "keeps the sign", x: -(0.1 + 0.2), expected: -0.3 },
  ])("$name", ({ x, expected }) => {
    expect(engineValue(x)).toBe(expected);
  });
});

describe("fractionBits", () => {
  it.each([
    { name: "a whole number", x: 3, expected: 0 },
    { name: "a half", x: 0.5, expected: 1 },
    { name: "three quarters", x: 0.75, expected: 2 },
    { name: "0.1, which has no short binary form", x: 0.1, expected: 55 },
  ])("counts the bits of $name", ({ x, expected }) => {
    expect(fractionBits(x)).toBe(expected);
  });
});

describe("engineEqual", () => {
  it.each([
    { name: "0.1 + 0.2 and 0.3", a: 0.1 + 0.2, b: 0.3, expected: true },
    { name: "1 and the next double above it", a: 1, b: 1 + 2 ** -52, expected: true },
    { name: "-(0.1 + 0.2) and -0.3", a: -(0.1 + 0.2), b: -0.3, expected: true },
    { name: "1 and 1.0001", a: 1, b: 1.0001, expected: false },
    { name: "0 and a tiny number", a: 0, b: 1e-300, expected: false },
    { name: "numbers of opposite signs", a: -0.3, b: 0.3, expected: false },
    { name: "two different whole numbers past 2^53", a: 2 ** 53, b: 2 ** 53 + 2, expected: false },
  ])("says $name are equal: $expected", ({ a, b, expected }) => {
    expect(engineEqual(a, b)).toBe(expected);
  });
});

describe("engineSubtract", () => {
  it.each([
    { name: "gives 0 for 0.3 − (0.1 + 0.2)", a: 0.3, b: 0.1 + 0.2, expected: 0 },
    { name: "gives 0 for two nearly equal negative numbers", a: -0.3, b: -(0.1 + 0.2), expected: 0 },
    { name: "subtracts numbers that differ", a: 0.5, b: 0.25, expected: 0.25 },
    { name: "subtracts numbers of opposite signs", a: 0.3, b: -0.3, expected: 0.6 },
  ])("$name", ({ a, b, expected }) => {
    expect(engineSubtract(a, b)).toBe(expected);
  });
});
