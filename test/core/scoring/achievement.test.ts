import fc from "fast-check";
import { KpiError } from "../../../src/core/errors";
import { achievement, type Direction } from "../../../src/core/scoring";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const direction = fc.constantFrom<Direction>("higher", "lower");

describe("achievement", () => {
  it.each([
    { name: "85 of a 100 target", actual: 85, target: 100, expected: 0.85 },
    { name: "beating the target", actual: 130, target: 100, expected: 1.3 },
    { name: "an actual of 0", actual: 0, target: 100, expected: 0 },
    { name: "a negative actual", actual: -20, target: 100, expected: -0.2 },
  ])("divides actual by target when higher is better: $name", ({ actual, target, expected }) => {
    expect(achievement(actual, target)).toBeCloseTo(expected, 12);
  });

  it.each([
    { name: "10% under a cost target", actual: 90, target: 100, expected: 1.1 },
    { name: "on target", actual: 100, target: 100, expected: 1 },
    { name: "10% over a cost target", actual: 110, target: 100, expected: 0.9 },
    { name: "zero complaints", actual: 0, target: 20, expected: 2 },
  ])("scores 2 - actual/target when lower is better: $name", ({ actual, target, expected }) => {
    expect(achievement(actual, target, "lower")).toBeCloseTo(expected, 12);
  });

  it.each([
    { name: "exactly twice the target", actual: 200, target: 100 },
    { name: "far over the target", actual: 250, target: 100 },
  ])("never goes below 0 when lower is better: $name", ({ actual, target }) => {
    expect(achievement(actual, target, "lower")).toBe(0);
  });

  it.each([
    { name: "both negative", actual: -50, target: -100, direction: "higher" as const, expected: 0.5 },
    { name: "positive actual", actual: 50, target: -100, direction: "higher" as const, expected: -0.5 },
    { name: "lower is better", actual: -50, target: -100, direction: "lower" as const, expected: 1.5 },
  ])("computes a negative target as given: $name", ({ actual, target, direction, expected }) => {
    expect(achievement(actual, target, direction)).toBeCloseTo(expected, 12);
  });

  it("returns 0, not -0, for a zero actual over a negative target", () => {
    expect(achievement(0, -100)).toBe(0);
  });

  it.each([
    { name: "higher", direction: "higher" as const },
    { name: "lower", direction: "lower" as const },
  ])("returns #DIV/0! when the target is 0 ($name)", ({ direction }) => {
    expect(achievement(50, 0, direction)).toMatchObject({ kind: "#DIV/0!" });
  });

  it("names the target in the #DIV/0! message", () => {
    expect(achievement(50, 0)).toMatchObject({ message: expect.stringContaining("target is 0") });
  });

  it("returns #VALUE! naming the direction when it is neither higher nor lower", () => {
    expect(achievement(50, 100, "up" as Direction)).toMatchObject({
      kind: "#VALUE!",
      message: expect.stringContaining("direction"),
    });
  });

  it.each([
    { name: "higher, ratio overflows", actual: 1e300, target: 1e-300, direction: "higher" as const },
    { name: "lower, ratio overflows below zero", actual: -1e300, target: 1e-300, direction: "lower" as const },
  ])("returns #NUM! when actual/target is too large to represent: $name", ({ actual, target, direction }) => {
    expect(achievement(actual, target, direction)).toMatchObject({
      kind: "#NUM!",
      message: expect.stringContaining("actual / target"),
    });
  });

  it("scores 0 when lower is better and the ratio overflows upwards", () => {
    expect(achievement(1e300, 1e-300, "lower")).toBe(0);
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    fc.assert(
      fc.property(finite, finite, direction, (actual, target, dir) => {
        const result = achievement(actual, target, dir);
        return result instanceof KpiError || Number.isFinite(result);
      }),
    );
  });

  it("is max(0, 2 - higher) when lower is better", () => {
    const amount = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const nonZero = amount.filter((t) => Math.abs(t) > 1e-3);
    fc.assert(
      fc.property(amount, nonZero, (actual, target) => {
        const higher = achievement(actual, target) as number;
        return achievement(actual, target, "lower") === Math.max(0, 2 - higher);
      }),
    );
  });

  it("does not change when actual and target are scaled by the same positive factor", () => {
    const amount = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const nonZero = amount.filter((t) => Math.abs(t) > 1e-3);
    const factor = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(amount, nonZero, factor, direction, (actual, target, k, dir) => {
        const plain = achievement(actual, target, dir) as number;
        const scaled = achievement(actual * k, target * k, dir) as number;
        return Math.abs(plain - scaled) <= 1e-9 * Math.max(1, Math.abs(plain));
      }),
    );
  });
});
