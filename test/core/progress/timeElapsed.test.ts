import fc from "fast-check";
import { timeElapsed } from "../../../src/core/progress";
import { dateSerial } from "../../../src/core/text/parseDate";
import type { KpiError } from "../../../src/core/errors";

const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;
const JAN_1 = day(1, 1);
const JAN_31 = day(1, 31);

describe("timeElapsed", () => {
  // January 2026 has 31 days and 22 weekdays (it starts on a Thursday); to the 15th: 15 calendar days,
  // 11 weekdays (Thu 1, Fri 2, Mon 5 – Fri 9, Mon 12 – Thu 15).
  it.each([
    { name: "15 of 31 calendar days", asOf: day(1, 15), options: {}, expected: 15 / 31 },
    { name: "11 of 22 working days", asOf: day(1, 15), options: { workingDays: true }, expected: 0.5 },
    { name: "10 of 21 working days, New Year's Day off", asOf: day(1, 15), options: { workingDays: true, holidays: [JAN_1] }, expected: 10 / 21 },
    { name: "nothing before the period", asOf: day(1, 1) - 3, options: {}, expected: 0 },
    { name: "all of it on the last day", asOf: JAN_31, options: {}, expected: 1 },
    { name: "all of it after the period", asOf: day(3, 1), options: { workingDays: true }, expected: 1 },
    { name: "one day of 31 on the first day", asOf: JAN_1, options: {}, expected: 1 / 31 },
  ])("gives $name", ({ asOf, options, expected }) => {
    expect(timeElapsed(JAN_1, JAN_31, asOf, options)).toBeCloseTo(expected, 12);
  });

  it("returns #DIV/0! for a period without a working day", () => {
    expect((timeElapsed(day(1, 3), day(1, 4), day(1, 4), { workingDays: true }) as KpiError).kind).toBe("#DIV/0!");
  });

  it("returns #VALUE! for a period that ends before it starts, or an as-of that is not a date", () => {
    expect([(timeElapsed(JAN_31, JAN_1, JAN_1) as KpiError).kind, (timeElapsed(JAN_1, JAN_31, 0.5) as KpiError).kind]).toEqual(["#VALUE!", "#VALUE!"]);
  });

  it("never falls as the as-of date moves on, and stays between 0 and 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 40000, max: 50000 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: -10, max: 420 }), fc.boolean(), (start, length, offset, workingDays) => {
        const end = start + length;
        const a = timeElapsed(start, end, start + offset, { workingDays });
        const b = timeElapsed(start, end, start + offset + 1, { workingDays });
        if (typeof a !== "number" || typeof b !== "number") return true; // a span without a working day
        return a >= 0 && b <= 1 && b >= a;
      }),
    );
  });
});
