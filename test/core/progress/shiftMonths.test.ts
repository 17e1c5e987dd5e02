import fc from "fast-check";
import { shiftMonths } from "../../../src/core/progress";
import { dateSerial, isoDate, serialToDate } from "../../../src/core/text/parseDate";

const day = (y: number, m: number, d: number): number => dateSerial(y, m, d) as number;

describe("shiftMonths", () => {
  it.each([
    { name: "a month back", from: day(2026, 5, 20), months: -1, expected: "2026-04-20" },
    { name: "31 March less a month is 28 February (EDATE)", from: day(2026, 3, 31), months: -1, expected: "2026-02-28" },
    { name: "a year back across a leap day", from: day(2028, 2, 29), months: -12, expected: "2027-02-28" },
    { name: "January back into December", from: day(2026, 1, 15), months: -1, expected: "2025-12-15" },
    { name: "forward across a year", from: day(2026, 11, 30), months: 3, expected: "2027-02-28" },
  ])("$name", ({ from, months, expected }) => {
    expect(isoDate(shiftMonths(from, months))).toBe(expected);
  });

  it("keeps the day of the month whenever the target month has it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: -36, max: 36 }), (y, m, d, n) => {
        const shifted = serialToDate(shiftMonths(day(y, m, d), n));
        expect(shifted.day).toBe(d);
        expect(shifted.year * 12 + shifted.month).toBe(y * 12 + m + n);
      }),
    );
  });
});
