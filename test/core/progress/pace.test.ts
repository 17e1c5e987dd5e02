import fc from "fast-check";
import { behindPace, countDays, neededPerDay, paceGap, runRateForecast, timeElapsed } from "../../../src/core/progress";
import { achievement } from "../../../src/core/scoring";
import type { KpiError } from "../../../src/core/errors";

const money = fc.double({ min: -1e7, max: 1e7, noNaN: true });
const positive = fc.double({ min: 1, max: 1e7, noNaN: true });

describe("paceGap", () => {
  it.each([
    { name: "behind: 6,000 due by mid-period, 4,000 done", target: 12000, actual: 4000, elapsed: 0.5, expected: 2000 },
    { name: "ahead: 7,000 done", target: 12000, actual: 7000, elapsed: 0.5, expected: -1000 },
    { name: "the whole target missing at the end", target: 12000, actual: 0, elapsed: 1, expected: 12000 },
    { name: "nothing due before the period", target: 12000, actual: 0, elapsed: 0, expected: 0 },
  ])("is $expected when $name", ({ target, actual, elapsed, expected }) => {
    expect(paceGap(target, actual, elapsed)).toBe(expected);
  });

  it("returns #NUM! for an elapsed share above 1", () => {
    expect((paceGap(100, 0, 1.2) as KpiError).kind).toBe("#NUM!");
  });
});

describe("runRateForecast", () => {
  it.each([
    { name: "a quarter in, 4,000 done", actual: 4000, elapsed: 0.25, expected: 16000 },
    { name: "at the end", actual: 4000, elapsed: 1, expected: 4000 },
  ])("extends $name", ({ actual, elapsed, expected }) => {
    expect(runRateForecast(actual, elapsed)).toBe(expected);
  });

  it("returns #DIV/0! before any time has passed, #NUM! beyond the period", () => {
    expect([(runRateForecast(10, 0) as KpiError).kind, (runRateForecast(10, 1.5) as KpiError).kind]).toEqual(["#DIV/0!", "#NUM!"]);
  });

  it("forecasts a linear run at its extension to the period's end", () => {
    fc.assert(
      fc.property(fc.integer({ min: 40000, max: 50000 }), fc.integer({ min: 0, max: 365 }), fc.integer({ min: 0, max: 365 }), fc.double({ min: 0.01, max: 1e5, noNaN: true }), fc.boolean(), (start, length, into, perDay, workingDays) => {
          const end = start + length;
          const asOf = start + Math.min(into, length);
          const elapsedDays = countDays(start, asOf, { workingDays }) as number;
          const totalDays = countDays(start, end, { workingDays }) as number;
          if (elapsedDays === 0) return true; // no pace yet to extend
          const forecast = runRateForecast(perDay * elapsedDays, timeElapsed(start, end, asOf, { workingDays }) as number) as number;
          return Math.abs(forecast - perDay * totalDays) <= 1e-9 * perDay * totalDays;
        },
      ),
    );
  });
});

describe("neededPerDay", () => {
  it.each([
    { name: "8,000 missing over 16 days", target: 12000, actual: 4000, daysLeft: 16, expected: 500 },
    { name: "the target already passed", target: 12000, actual: 15000, daysLeft: 16, expected: 0 },
    { name: "everything missing on the last day but one", target: 300, actual: 0, daysLeft: 1, expected: 300 },
  ])("is $expected for $name", ({ target, actual, daysLeft, expected }) => {
    expect(neededPerDay(target, actual, daysLeft)).toBe(expected);
  });

  it("returns #DIV/0! when no day is left and #NUM! for a negative or fractional count", () => {
    expect([neededPerDay(1, 0, 0), neededPerDay(1, 0, -1), neededPerDay(1, 0, 1.5)].map((r) => (r as KpiError).kind)).toEqual(["#DIV/0!", "#NUM!", "#NUM!"]);
  });
});

describe("behindPace", () => {
  it.each([
    { name: "40% done with half the time gone, 90% threshold", completion: 0.4, elapsed: 0.5, expected: true },
    { name: "46% done", completion: 0.46, elapsed: 0.5, expected: false },
    { name: "exactly at the threshold's pace", completion: 0.45, elapsed: 0.5, expected: false },
    { name: "a hair under the threshold's pace, as the engine compares", completion: 0.1 + 0.35, elapsed: 0.5, expected: false },
  ])("is $expected for $name", ({ completion, elapsed, expected }) => {
    expect(behindPace(completion, elapsed, 0.9)).toBe(expected);
  });

  it("returns #NUM! for a negative threshold", () => {
    expect((behindPace(0.5, 0.5, -1) as KpiError).kind).toBe("#NUM!");
  });
});

describe("progress at the period's end", () => {
  it("gives completion equal to actual over target, the forecast equal to the actual, the gap equal to what is missing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 40000, max: 50000 }), fc.integer({ min: 0, max: 400 }), positive, money, fc.boolean(), (start, length, target, actual, workingDays) => {
        const end = start + length;
        const elapsed = timeElapsed(start, end, end, { workingDays });
        if (typeof elapsed !== "number") return true; // a span without a working day
        const completion = (runRateForecast(actual, elapsed) as number) / target;
        return elapsed === 1 && completion === achievement(actual, target) && paceGap(target, actual, elapsed) === target - actual;
      }),
    );
  });
});
