import fc from "fast-check";
import { isNewcomer, tenureMonths } from "../../../src/core/ranking";
import { dateSerial } from "../../../src/core/text/parseDate";

const day = (y: number, m: number, d: number): number => dateSerial(y, m, d) as number;

describe("tenureMonths", () => {
  it.each([
    { name: "the same day is 0 months", start: day(2026, 3, 10), to: day(2026, 3, 10), expected: 0 },
    { name: "a day short of a month is 0", start: day(2026, 3, 10), to: day(2026, 4, 9), expected: 0 },
    { name: "the day of the month reached again is 1", start: day(2026, 3, 10), to: day(2026, 4, 10), expected: 1 },
    { name: "31 Jan to 28 Feb is 0 (as DATEDIF)", start: day(2026, 1, 31), to: day(2026, 2, 28), expected: 0 },
    { name: "across a year", start: day(2024, 11, 20), to: day(2026, 2, 19), expected: 14 },
    { name: "no start date", start: null, to: day(2026, 2, 19), expected: null },
    { name: "a start after the day", start: day(2026, 5, 1), to: day(2026, 4, 30), expected: null },
  ])("$name", ({ start, to, expected }) => {
    expect(tenureMonths(start, to)).toBe(expected);
  });
});

describe("isNewcomer", () => {
  it.each([
    { name: "5 months is under 6", start: day(2026, 1, 15), expected: true },
    { name: "exactly 6 months is not under 6", start: day(2025, 12, 14), expected: false },
    { name: "no start date is never a newcomer", start: null, expected: false },
  ])("$name", ({ start, expected }) => {
    expect(isNewcomer(start, day(2026, 6, 14), 6)).toBe(expected);
  });

  it("holds only people in the role for fewer than N complete months", () => {
    fc.assert(
      fc.property(fc.integer({ min: 40000, max: 48000 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 36 }), (start, days, n) => {
        const to = start + days;
        const months = tenureMonths(start, to) as number;
        expect(isNewcomer(start, to, n)).toBe(months < n);
        // a complete month is at least 28 days, and fewer than 32 days is never two
        expect(months * 28).toBeLessThanOrEqual(days);
        expect(days).toBeLessThan((months + 1) * 31 + 1);
      }),
    );
  });
});
