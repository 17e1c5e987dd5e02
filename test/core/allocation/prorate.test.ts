import fc from "fast-check";
import { isKpiError, type ErrorKind } from "../../../src/core/errors";
import { prorate } from "../../../src/core/allocation";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const kindOf = (result: unknown): ErrorKind | undefined => (isKpiError(result) ? result.kind : undefined);
const messageOf = (result: unknown): string => (isKpiError(result) ? result.message : "");
const isFiniteNumber = (result: unknown): boolean => isKpiError(result) || Number.isFinite(result);

// Excel date serials: DATE(2026,1,1) = 46023, DATE(2026,4,1) = 46113, DATE(2026,6,30) = 46203, DATE(2026,12,31) = 46387.
// (Microsoft's DATE documentation gives 1 Jan 2008 = 39448; 2008..2025 add 18 × 365 + 5 leap days = 6575.)
const JAN_1 = 46023;
const APR_1 = 46113;
const JUN_30 = 46203;
const DEC_31 = 46387;

describe("prorate", () => {
  it.each<{ name: string; amount: number; start: number | null; end: number | null; expected: number }>([
    // The example in the task brief: joining on 1 Apr 2026, for the year 2026 (275 of 365 days).
    { name: "prorates a start inside the period", amount: 120000, start: APR_1, end: null, expected: (120000 * 275) / 365 },
    { name: "prorates an end inside the period", amount: 120000, start: null, end: JUN_30, expected: (120000 * 181) / 365 },
    { name: "prorates a start and an end inside the period", amount: 365, start: APR_1, end: JUN_30, expected: 91 },
    { name: "gives the whole amount for open presence", amount: 120000, start: null, end: null, expected: 120000 },
    { name: "gives the whole amount for presence around the period", amount: 120000, start: JAN_1 - 100, end: DEC_31 + 100, expected: 120000 },
    { name: "counts both ends of the period", amount: 365, start: JAN_1, end: DEC_31, expected: 365 },
    { name: "counts a single day at the period's end", amount: 365, start: DEC_31, end: null, expected: 1 },
    { name: "counts a single day at the period's start", amount: 365, start: null, end: JAN_1, expected: 1 },
    { name: "gives 0 for presence ending before the period", amount: 120000, start: null, end: JAN_1 - 1, expected: 0 },
    { name: "gives 0 for presence starting after the period", amount: 120000, start: DEC_31 + 1, end: null, expected: 0 },
    { name: "drops the time of day", amount: 120000, start: APR_1 + 0.75, end: null, expected: (120000 * 275) / 365 },
    { name: "takes a start and end on the same day at different times", amount: 365, start: APR_1 + 0.7, end: APR_1 + 0.2, expected: 1 },
    { name: "prorates a negative amount", amount: -365, start: APR_1, end: JUN_30, expected: -91 },
  ])("$name", ({ amount, start, end, expected }) => {
    expect(prorate(amount, start, end, JAN_1, DEC_31)).toBeCloseTo(expected, 9);
  });

  it("gives the whole amount for a one-day period that the presence covers", () => {
    expect(prorate(50, APR_1, APR_1, APR_1, APR_1 + 0.9)).toBe(50);
  });

  it.each<{ name: string; start: number | null; end: number | null; periodStart: number; periodEnd: number; mentions: string }>([
    { name: "a start after the end", start: JUN_30, end: APR_1, periodStart: JAN_1, periodEnd: DEC_31, mentions: "start" },
    { name: "a period start after the period end", start: null, end: null, periodStart: DEC_31, periodEnd: JAN_1, mentions: "periodStart" },
  ])("returns #NUM! for $name", ({ start, end, periodStart, periodEnd, mentions }) => {
    const result = prorate(1000, start, end, periodStart, periodEnd);
    expect(kindOf(result)).toBe("#NUM!");
    expect(messageOf(result)).toContain(mentions);
  });

  describe("properties", () => {
    const day = fc.integer({ min: 1, max: 80000 });
    const amount = fc.double({ min: -1e9, max: 1e9, noNaN: true });

    it("never gives more than the amount, nor the other sign", () => {
      fc.assert(
        fc.property(amount, fc.option(day), fc.option(day), day, fc.integer({ min: 0, max: 1000 }), (a, s, e, ps, length) => {
          fc.pre(s === null || e === null || s <= e);
          const result = prorate(a, s, e, ps, ps + length) as number;
          expect(Math.abs(result)).toBeLessThanOrEqual(Math.abs(a));
          expect(result * a).toBeGreaterThanOrEqual(0);
        }),
      );
    });

    it("adds up over two consecutive stretches of presence", () => {
      fc.assert(
        fc.property(amount, day, fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), day, fc.integer({ min: 0, max: 1000 }), (a, s, first, second, ps, length) => {
          const whole = prorate(a, s, s + first + second + 1, ps, ps + length) as number;
          const parts = (prorate(a, s, s + first, ps, ps + length) as number) + (prorate(a, s + first + 1, s + first + second + 1, ps, ps + length) as number);
          expect(parts).toBeCloseTo(whole, 6);
        }),
      );
    });

    it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
      fc.assert(
        fc.property(finite, fc.option(finite), fc.option(finite), finite, finite, (a, s, e, ps, pe) => {
          expect(isFiniteNumber(prorate(a, s, e, ps, pe))).toBe(true);
        }),
      );
    });
  });
});
