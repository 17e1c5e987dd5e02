import fc from "fast-check";
import { maxOf, minOf } from "../../../src/core/numbers/extremes";

describe("maxOf and minOf", () => {
  it("agree with Math.max and Math.min on lists Math can take", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 50 }), (values) => {
        expect([maxOf(values), minOf(values)]).toEqual([Math.max(...values), Math.min(...values)]);
      }),
    );
  });

  it("take more values than a call's arguments can (a name per person of a team of 500,000)", () => {
    const many = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 500_000);
    expect(() => Math.max(...many)).toThrow(RangeError);
    expect([maxOf(many), minOf(many)]).toEqual([499_999, 0]);
  });

  it("answer the given value for no values, and NaN when one is NaN", () => {
    expect([maxOf([], 0), minOf([]), maxOf([1, NaN, 3]), minOf([NaN, 1])]).toEqual([0, Infinity, NaN, NaN]);
  });
});
