import fc from "fast-check";
import { windowTarget } from "../../../src/core/progress";
import { dateSerial } from "../../../src/core/text/parseDate";

const first = (y: number, m: number): number => dateSerial(y, m, 1) as number;
const last = (y: number, m: number): number => (m === 12 ? (dateSerial(y + 1, 1, 1) as number) : (dateSerial(y, m + 1, 1) as number)) - 1;
const plan2026 = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120].map((target, i) => ({ month: first(2026, i + 1), target }));

describe("windowTarget", () => {
  it.each([
    { window: "January", start: first(2026, 1), end: last(2026, 1), expected: 10 },
    { window: "the second quarter", start: first(2026, 4), end: last(2026, 6), expected: 40 + 50 + 60 },
    { window: "the year", start: first(2026, 1), end: last(2026, 12), expected: 780 },
    { window: "a window in 2027", start: first(2027, 1), end: last(2027, 3), expected: 0 },
  ])("adds the months that start in $window", ({ start, end, expected }) => {
    expect(windowTarget(plan2026, start, end)).toBe(expected);
  });

  it("counts a month by its first day: a window starting mid-month leaves that month out", () => {
    expect(windowTarget(plan2026, first(2026, 1) + 14, last(2026, 2))).toBe(20);
  });

  it("the four quarters add up to the year, and each quarter to its three months", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 12, maxLength: 12 }), (targets) => {
        const months = targets.map((target, i) => ({ month: first(2026, i + 1), target }));
        const quarters = [1, 4, 7, 10].map((q) => windowTarget(months, first(2026, q), last(2026, q + 2)));
        quarters.forEach((sum, k) => expect(sum).toBe(targets[3 * k] + targets[3 * k + 1] + targets[3 * k + 2]));
        expect(quarters.reduce((a, b) => a + b, 0)).toBe(windowTarget(months, first(2026, 1), last(2026, 12)));
      }),
    );
  });
});
