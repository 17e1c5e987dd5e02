import fc from "fast-check";
import { KpiError } from "../../../src/core/errors";
import { score, type Direction } from "../../../src/core/scoring";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe("score", () => {
  it.each([
    { name: "under target", actual: 85, target: 100, expected: 0.85 },
    { name: "over target, no cap", actual: 150, target: 100, expected: 1.5 },
    { name: "zero actual", actual: 0, target: 100, expected: 0 },
  ])("is the achievement with the default options: $name", ({ actual, target, expected }) => {
    expect(score(actual, target)).toBeCloseTo(expected, 12);
  });

  it("scores 0 for a negative achievement under the default threshold of 0", () => {
    expect(score(-20, 100)).toBe(0);
  });

  // A common sales plan: nothing below 80% of target, at most 120% (hand-computed).
  it.each([
    { name: "below the threshold", actual: 79, target: 100, expected: 0 },
    { name: "exactly at the threshold", actual: 80, target: 100, expected: 0.8 },
    { name: "between threshold and cap", actual: 95, target: 100, expected: 0.95 },
    { name: "exactly at the cap", actual: 120, target: 100, expected: 1.2 },
    { name: "above the cap", actual: 130, target: 100, expected: 1.2 },
  ])("applies threshold 0.8 and cap 1.2: $name", ({ actual, target, expected }) => {
    expect(score(actual, target, { threshold: 0.8, cap: 1.2 })).toBeCloseTo(expected, 12);
  });

  it("treats a null cap as no cap", () => {
    expect(score(300, 100, { cap: null })).toBeCloseTo(3, 12);
  });

  it("accepts a cap equal to the threshold", () => {
    expect(score(150, 100, { threshold: 1, cap: 1 })).toBe(1);
  });

  it.each([
    { name: "10% under a cost target", actual: 90, target: 100, expected: 1.1 },
    { name: "25% under a cost target, capped", actual: 75, target: 100, expected: 1.2 },
    { name: "30% over a cost target, under the threshold", actual: 130, target: 100, expected: 0 },
  ])("scores a lower-is-better KPI with threshold 0.8 and cap 1.2: $name", ({ actual, target, expected }) => {
    expect(score(actual, target, { threshold: 0.8, cap: 1.2, direction: "lower" })).toBeCloseTo(expected, 12);
  });

  it("returns #NUM! naming cap and threshold when the cap is below the threshold", () => {
    expect(score(90, 100, { threshold: 1, cap: 0.8 })).toMatchObject({
      kind: "#NUM!",
      message: expect.stringMatching(/cap 0\.8 is below threshold 1/),
    });
  });

  it("returns #DIV/0! when the target is 0", () => {
    expect(score(90, 0, { cap: 1.2 })).toMatchObject({ kind: "#DIV/0!" });
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    const options = fc.record(
      {
        threshold: finite,
        cap: fc.option(finite),
        direction: fc.constantFrom<Direction>("higher", "lower"),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(finite, finite, options, (actual, target, opts) => {
        const result = score(actual, target, opts);
        return result instanceof KpiError || Number.isFinite(result);
      }),
    );
  });

  it("is either 0 or between the threshold and the cap", () => {
    const fraction = fc.double({ min: -3, max: 3, noNaN: true });
    fc.assert(
      fc.property(finite, finite, fraction, fraction, (actual, target, a, b) => {
        const threshold = Math.min(a, b);
        const cap = Math.max(a, b);
        const result = score(actual, target, { threshold, cap });
        return result instanceof KpiError || result === 0 || (result >= threshold && result <= cap);
      }),
    );
  });
});
