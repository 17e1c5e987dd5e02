import fc from "fast-check";
import { isKpiError, type KpiError } from "../../../src/core/errors";
import { velocity } from "../../../src/core/funnel";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe("velocity", () => {
  // Worked example from the project issue for the funnel functions:
  // 40 opportunities x 25% win rate x 25,000 deal size / 90-day cycle = 2,777.78 per day.
  it("gives the revenue per day of the worked example", () => {
    expect(velocity(40, 0.25, 25000, 90)).toBeCloseTo(2777.78, 2);
  });

  it.each([
    { name: "no opportunities", args: [0, 0.25, 25000, 90], expected: 0 },
    { name: "a zero win rate", args: [40, 0, 25000, 90], expected: 0 },
    { name: "a zero deal size", args: [40, 0.25, 0, 90], expected: 0 },
    { name: "a win rate of 100%", args: [40, 1, 25000, 100], expected: 10000 },
    { name: "a cycle shorter than a day", args: [1, 1, 100, 0.5], expected: 200 },
  ])("handles $name", ({ args: [opportunities, winRate, dealSize, cycleDays], expected }) => {
    expect(velocity(opportunities, winRate, dealSize, cycleDays)).toBeCloseTo(expected, 9);
  });

  it("returns #DIV/0! naming cycleDays when it is 0", () => {
    const result = velocity(40, 0.25, 25000, 0) as KpiError;
    expect([result.kind, result.message.includes("cycleDays")]).toEqual(["#DIV/0!", true]);
  });

  it.each([
    { argument: "opportunities", args: [-40, 0.25, 25000, 90] },
    { argument: "winRate", args: [40, -0.25, 25000, 90] },
    { argument: "dealSize", args: [40, 0.25, -25000, 90] },
    { argument: "cycleDays", args: [40, 0.25, 25000, -90] },
  ])("returns #NUM! naming $argument when it is negative", ({ argument, args: [opportunities, winRate, dealSize, cycleDays] }) => {
    const result = velocity(opportunities, winRate, dealSize, cycleDays) as KpiError;
    expect([result.kind, result.message.startsWith(`${argument}:`)]).toEqual(["#NUM!", true]);
  });

  it("returns #NUM! naming winRate when it is a percent typed as a number", () => {
    const result = velocity(40, 25, 25000, 90) as KpiError;
    expect([result.kind, result.message.startsWith("winRate:")]).toEqual(["#NUM!", true]);
  });

  it("returns #NUM! when the revenue per day is too large to represent", () => {
    expect((velocity(1e308, 1, 1e308, 1) as KpiError).kind).toBe("#NUM!");
  });

  it("halves when the cycle doubles", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        (opportunities, winRate, dealSize, cycleDays) => {
          const once = velocity(opportunities, winRate, dealSize, cycleDays) as number;
          const twice = velocity(opportunities, winRate, dealSize, 2 * cycleDays) as number;
          expect(twice).toBeCloseTo(once / 2, 6);
        },
      ),
    );
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, (opportunities, winRate, dealSize, cycleDays) => {
        const result = velocity(opportunities, winRate, dealSize, cycleDays);
        expect(isKpiError(result) || Number.isFinite(result)).toBe(true);
      }),
    );
  });
});
