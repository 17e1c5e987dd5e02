import fc from "fast-check";
import { kthSmallest, remainderCut, settleRemainder } from "../../../src/core/allocation/largestRemainder";

/** Which rows a cut gives a unit to, in row order: above the threshold, then the first `ties` rows at it. */
function rowsGivenAUnit(remainders: number[], count: number): number[] {
  const cut = remainderCut(Float64Array.from(remainders), count);
  let ties = cut.ties;
  return remainders.flatMap((r, i) => (r > cut.threshold || (r === cut.threshold && ties-- > 0) ? [i] : []));
}

/** The reference: sort rows by remainder, largest first, earlier row first on ties, and take `count`. */
function referenceRows(remainders: number[], count: number): number[] {
  return remainders
    .map((r, i) => [r, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, count)
    .map(([, i]) => i)
    .sort((a, b) => a - b);
}

const remainder = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe("remainderCut", () => {
  it.each<{ name: string; remainders: number[]; count: number; expected: number[] }>([
    { name: "gives units to the largest remainders", remainders: [0.1, 0.7, 0.4], count: 2, expected: [1, 2] },
    { name: "gives a tied unit to the earlier row", remainders: [0.5, 0.25, 0.5], count: 1, expected: [0] },
    { name: "gives every row a unit when the count is the length", remainders: [0, 0.5], count: 2, expected: [0, 1] },
    { name: "takes equal remainders in row order", remainders: [0.3, 0.3, 0.3, 0.3], count: 3, expected: [0, 1, 2] },
  ])("$name", ({ remainders, count, expected }) => {
    expect(rowsGivenAUnit(remainders, count)).toEqual(expected);
  });

  it("picks the same rows as a full sort for short lists", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(remainder, fc.constantFrom(0, 0.25, 0.5)), { minLength: 1, maxLength: 50 }), fc.nat(), (rs, n) => {
        const count = (n % rs.length) + 1;
        expect(rowsGivenAUnit(rs, count)).toEqual(referenceRows(rs, count));
      }),
    );
  });

  it("picks the same rows as a full sort for long lists (histogram path)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(remainder, fc.constantFrom(0, 0.5, 0.999999)), { minLength: 5000, maxLength: 6000 }), fc.nat(), (rs, n) => {
        const count = (n % rs.length) + 1;
        expect(rowsGivenAUnit(rs, count)).toEqual(referenceRows(rs, count));
      }),
      { numRuns: 20 },
    );
  });
});

describe("kthSmallest", () => {
  it("finds the k-th smallest value", () => {
    expect(kthSmallest(Float64Array.of(0.3, 0.1, 0.2), 1)).toBe(0.2);
  });

  it("agrees with a sort", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 200 }), fc.nat(), (values, n) => {
        const k = n % values.length;
        expect(kthSmallest(Float64Array.from(values), k)).toBe(Float64Array.from(values).sort()[k]);
      }),
    );
  });
});

describe("settleRemainder", () => {
  it.each<{ name: string; floors: number[]; remainders: number[]; left: number; lower: number[] | null; upper: number[] | null; expected: number[] }>([
    { name: "hands out more units than rows, largest remainders first", floors: [0, 0], remainders: [0.2, 0.7], left: 3, lower: null, upper: null, expected: [1, 2] },
    { name: "takes units back from the smallest remainders", floors: [2, 2], remainders: [0.2, 0.7], left: -1, lower: null, upper: null, expected: [1, 2] },
    { name: "skips rows that take no share", floors: [0, 0], remainders: [-1, 0.1], left: 2, lower: null, upper: null, expected: [0, 2] },
    { name: "keeps rows within their bounds", floors: [0, 0], remainders: [0.9, 0.1], left: 3, lower: null, upper: [1, 5], expected: [1, 2] },
  ])("$name", ({ floors, remainders, left, lower, upper, expected }) => {
    const units = Float64Array.from(floors);
    settleRemainder(units, Float64Array.from(remainders), left, lower && Float64Array.from(lower), upper && Float64Array.from(upper));
    expect(Array.from(units)).toEqual(expected);
  });

  it.each<{ name: string; left: number }>([
    { name: "units no row can take", left: 5 },
    { name: "a count that is not finite", left: Infinity },
  ])("reports failure for $name", ({ left }) => {
    expect(settleRemainder(Float64Array.of(1), Float64Array.of(0.5), left, null, Float64Array.of(1))).toBe(false);
  });
});
