import fc from "fast-check";
import { contestWindows } from "../../../src/core/ranking";
import { dateSerial, isoDate } from "../../../src/core/text/parseDate";

const day = (y: number, m: number, d: number): number => dateSerial(y, m, d) as number;
const iso = (w: ReturnType<typeof contestWindows>): string[] => [w.currentStart, w.currentEnd, w.previousStart, w.previousEnd].map(isoDate);

describe("contestWindows", () => {
  it.each([
    { name: "a month to the 11th against the month before to the 11th", asOf: day(2026, 3, 11), period: "month" as const, expected: ["2026-03-01", "2026-03-11", "2026-02-01", "2026-02-11"] },
    { name: "31 March against February, capped at its last day", asOf: day(2026, 3, 31), period: "month" as const, expected: ["2026-03-01", "2026-03-31", "2026-02-01", "2026-02-28"] },
    { name: "January against December of the year before", asOf: day(2026, 1, 5), period: "month" as const, expected: ["2026-01-01", "2026-01-05", "2025-12-01", "2025-12-05"] },
    { name: "a quarter to date against the quarter before", asOf: day(2026, 5, 20), period: "quarter" as const, expected: ["2026-04-01", "2026-05-20", "2026-01-01", "2026-02-19"] },
    { name: "the first quarter against the last of the year before", asOf: day(2026, 2, 1), period: "quarter" as const, expected: ["2026-01-01", "2026-02-01", "2025-10-01", "2025-11-01"] },
    { name: "a year to date against the year before", asOf: day(2026, 7, 1), period: "year" as const, expected: ["2026-01-01", "2026-07-01", "2025-01-01", "2025-07-01"] },
  ])("$name", ({ asOf, period, expected }) => {
    expect(iso(contestWindows(asOf, period))).toEqual(expected);
  });

  it("gives the previous window the current one's length, or the whole previous period when it is shorter", () => {
    fc.assert(
      fc.property(fc.integer({ min: 40000, max: 50000 }), fc.constantFrom("month" as const, "quarter" as const, "year" as const), (asOf, period) => {
        const w = contestWindows(asOf, period);
        expect(w.previousEnd).toBeLessThan(w.currentStart);
        expect(w.previousEnd - w.previousStart).toBeLessThanOrEqual(w.currentEnd - w.currentStart);
        if (w.previousEnd !== w.currentStart - 1) expect(w.previousEnd - w.previousStart).toBe(w.currentEnd - w.currentStart);
      }),
    );
  });
});
