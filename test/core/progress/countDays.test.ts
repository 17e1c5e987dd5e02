import { countDays } from "../../../src/core/progress";
import { dateSerial } from "../../../src/core/text/parseDate";
import type { KpiError } from "../../../src/core/errors";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;

describe("countDays", () => {
  // Calendar days: end − start + 1. Working days counted on a calendar: 2026-01-01 is a Thursday, so
  // January has Thu 1, Fri 2, then four weeks Mon 5 – Fri 30 (20 days) and Sat 31: 22 weekdays.
  it.each([
    { name: "all of January, calendar days", start: day(1, 1), end: day(1, 31), options: {}, expected: 31 },
    { name: "one day", start: day(1, 5), end: day(1, 5), options: {}, expected: 1 },
    { name: "an end before the start", start: day(1, 5), end: day(1, 4), options: {}, expected: 0 },
    { name: "all of January, working days", start: day(1, 1), end: day(1, 31), options: { workingDays: true }, expected: 22 },
    { name: "a weekend alone, working days", start: day(1, 3), end: day(1, 4), options: { workingDays: true }, expected: 0 },
    { name: "January less New Year's Day", start: day(1, 1), end: day(1, 31), options: { workingDays: true, holidays: [day(1, 1)] }, expected: 21 },
    { name: "a holiday listed twice, counted once", start: day(1, 1), end: day(1, 31), options: { workingDays: true, holidays: [day(1, 2), day(1, 2)] }, expected: 21 },
    { name: "a holiday on a Saturday, not counted", start: day(1, 1), end: day(1, 31), options: { workingDays: true, holidays: [day(1, 3)] }, expected: 22 },
    { name: "a holiday outside the span, not counted", start: day(1, 1), end: day(1, 31), options: { workingDays: true, holidays: [day(2, 2)] }, expected: 22 },
    { name: "calendar days ignore holidays", start: day(1, 1), end: day(1, 31), options: { holidays: [day(1, 1)] }, expected: 31 },
    // 2024 is a leap year beginning on a Monday: 366 days, 52 weeks and 2 days (Mon 30, Tue 31 Dec) → 262.
    { name: "a leap year, working days", start: day(1, 1, 2024), end: day(12, 31, 2024), options: { workingDays: true }, expected: 262 },
  ])("counts $expected days for $name", ({ start, end, options, expected }) => {
    expect(countDays(start, end, options)).toBe(expected);
  });

  it("returns #VALUE! for a date that is not a whole number", () => {
    expect((countDays(1.5, 10) as KpiError).kind).toBe("#VALUE!");
    expect((countDays(1, 10, { workingDays: true, holidays: [2.5] }) as KpiError).kind).toBe("#VALUE!");
  });
});
