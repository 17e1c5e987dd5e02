import fc from "fast-check";
import { parseNumber } from "../../../src/core/text/parseNumber";

describe("parseNumber", () => {
  it.each([
    { text: "1234", expected: 1234 },
    { text: " 12 ", expected: 12 },
    { text: "1,234", expected: 1234 },
    { text: "1,234,567.5", expected: 1234567.5 },
    { text: "85%", expected: 0.85 },
    { text: "12.5 %", expected: 0.125 },
    { text: "-3", expected: -3 },
    { text: "(1,200.50)", expected: -1200.5 },
    { text: "$1,000", expected: 1000 },
    { text: "¥3,500", expected: 3500 },
    { text: "-¥3,500", expected: -3500 },
    { text: "3500元", expected: 3500 },
    { text: "12万", expected: 120000 },
    { text: "1.5亿", expected: 150000000 },
    { text: "１２３", expected: 123 },
    { text: "８５％", expected: 0.85 },
    { text: "1e3", expected: 1000 },
    { text: ".5", expected: 0.5 },
    { text: "1 234", expected: 1234 },
  ])("reads $text as $expected", ({ text, expected }) => {
    expect(parseNumber(text)).toBeCloseTo(expected, 12);
  });

  it.each([
    { text: "" },
    { text: "n/a" },
    { text: "1,5" },
    { text: "12,34,567" },
    { text: "1.2.3" },
    { text: "abc123" },
    { text: "%" },
    { text: "--5" },
  ])("refuses $text", ({ text }) => {
    expect(parseNumber(text)).toBeNull();
  });

  it("reads back every finite number it printed", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseNumber(String(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it.each([
    { text: "(-5)", expected: -5 },
    { text: "( - 1,200.50 )", expected: -1200.5 },
    { text: "(+5)", expected: null },
  ])("reads a minus inside accounting parentheses as the same negative, never a positive: $text", ({ text, expected }) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it("never reads a parenthesised amount as a positive number", () => {
    fc.assert(
      fc.property(fc.constantFrom("", "-", "+", " -", "$", "¥"), fc.double({ min: 0.01, max: 1e12, noNaN: true }), (inner, x) => {
        const value = parseNumber(`(${inner}${x.toFixed(2)})`);
        return value === null || value < 0;
      }),
    );
  });
});
