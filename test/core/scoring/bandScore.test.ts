import fc from "fast-check";
import { KpiError } from "../../../src/core/errors";
import { bandScore, compileBands, CompiledBands, type Band } from "../../../src/core/scoring";

// A payout curve: 50 points at 80% of target, 100 at target, 150 at 120% (hand-computed expectations).
const payout: Band[] = [
  { bound: 0.8, score: 50 },
  { bound: 1, score: 100 },
  { bound: 1.2, score: 150 },
];

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const anyBands = fc.array(fc.record({ bound: finite, score: finite }), { maxLength: 8 });

/** Ascending, distinct bounds with their scores. */
function sortedBandsOf(bound: fc.Arbitrary<number>, score: fc.Arbitrary<number>): fc.Arbitrary<Band[]> {
  return fc
    .uniqueArray(bound, { minLength: 1, maxLength: 12, comparator: (a, b) => a === b })
    .chain((bounds) =>
      fc.array(score, { minLength: bounds.length, maxLength: bounds.length }).map((scores) =>
        [...bounds].sort((a, b) => a - b).map((b, i) => ({ bound: b, score: scores[i] })),
      ),
    );
}
const sortedBands = sortedBandsOf(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }));

/** The stepped score by scanning every band: the reference the binary search must agree with. */
function scanScore(value: number, bands: readonly Band[]): number {
  let found = 0;
  for (const band of bands) if (band.bound <= value) found = band.score;
  return found;
}

describe("compileBands", () => {
  it("returns a compiled table holding the bounds and scores in order", () => {
    const compiled = compileBands(payout) as CompiledBands;
    expect([Array.from(compiled.bounds), Array.from(compiled.scores)]).toEqual([
      [0.8, 1, 1.2],
      [50, 100, 150],
    ]);
  });

  it("returns #VALUE! naming the bands when the table is empty", () => {
    expect(compileBands([])).toMatchObject({ kind: "#VALUE!", message: expect.stringContaining("bands") });
  });

  it("returns #VALUE! naming both rows when a bound is below the one before it", () => {
    const bands = [
      { bound: 0, score: 0 },
      { bound: 60, score: 1 },
      { bound: 50, score: 2 },
    ];
    expect(compileBands(bands)).toMatchObject({
      kind: "#VALUE!",
      message: "bands: row 3 bound 50 is not above row 2 bound 60",
    });
  });

  it("returns #VALUE! when two rows have the same bound", () => {
    const bands = [
      { bound: 1, score: 1 },
      { bound: 1, score: 2 },
    ];
    expect(compileBands(bands)).toMatchObject({ kind: "#VALUE!" });
  });
});

describe("bandScore", () => {
  it.each([
    { name: "below the first bound", value: 0.79, expected: 0 },
    { name: "exactly the first bound", value: 0.8, expected: 50 },
    { name: "between the first two bounds", value: 0.9, expected: 50 },
    { name: "exactly a middle bound", value: 1, expected: 100 },
    { name: "just under the last bound", value: 1.19, expected: 100 },
    { name: "exactly the last bound", value: 1.2, expected: 150 },
    { name: "far above the last bound", value: 5, expected: 150 },
    { name: "a negative value", value: -1, expected: 0 },
  ])("takes the score of the highest bound at or below the value: $name", ({ value, expected }) => {
    expect(bandScore(value, payout)).toBe(expected);
  });

  it.each([
    { name: "below the first bound", value: 0.5, expected: 0 },
    { name: "exactly the first bound", value: 0.8, expected: 50 },
    { name: "halfway between the first two bounds", value: 0.9, expected: 75 },
    { name: "exactly a middle bound", value: 1, expected: 100 },
    { name: "a quarter of the way along the last segment", value: 1.05, expected: 112.5 },
    { name: "exactly the last bound", value: 1.2, expected: 150 },
    { name: "far above the last bound", value: 2, expected: 150 },
  ])("draws straight lines between the band points when interpolating: $name", ({ value, expected }) => {
    expect(bandScore(value, payout, { interpolate: true })).toBeCloseTo(expected, 9);
  });

  it.each([
    { name: "below it, stepped", value: -1, interpolate: false, expected: 0 },
    { name: "at it, stepped", value: 0, interpolate: false, expected: 10 },
    { name: "above it, stepped", value: 100, interpolate: false, expected: 10 },
    { name: "below it, interpolated", value: -1, interpolate: true, expected: 0 },
    { name: "above it, interpolated", value: 100, interpolate: true, expected: 10 },
  ])("scores against a one-band table: $name", ({ value, interpolate, expected }) => {
    expect(bandScore(value, [{ bound: 0, score: 10 }], { interpolate })).toBe(expected);
  });

  it("handles negative bounds and falling scores", () => {
    const bands = [
      { bound: -10, score: 5 },
      { bound: 10, score: -5 },
    ];
    expect(bandScore(0, bands, { interpolate: true })).toBeCloseTo(0, 12);
  });

  it("gives the same score from a compiled table as from the rows", () => {
    const compiled = compileBands(payout) as CompiledBands;
    expect([bandScore(1.1, compiled), bandScore(1.1, compiled, { interpolate: true })]).toEqual([
      bandScore(1.1, payout),
      bandScore(1.1, payout, { interpolate: true }),
    ]);
  });

  it("returns the table's #VALUE! when given unsorted rows", () => {
    const bands = [
      { bound: 2, score: 1 },
      { bound: 1, score: 2 },
    ];
    expect(bandScore(1.5, bands)).toMatchObject({ kind: "#VALUE!", message: expect.stringContaining("row 2") });
  });

  it("stays finite when the bounds span more than the largest double", () => {
    const bands = [
      { bound: -1.5e308, score: 0 },
      { bound: 1.5e308, score: 100 },
    ];
    expect(bandScore(0, bands, { interpolate: true })).toBeCloseTo(50, 9);
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    fc.assert(
      fc.property(finite, fc.oneof(anyBands, sortedBandsOf(finite, finite)), fc.boolean(), (value, bands, interpolate) => {
        const result = bandScore(value, bands, { interpolate });
        return result instanceof KpiError || Number.isFinite(result);
      }),
    );
  });

  it("agrees with a scan of every band when stepped", () => {
    fc.assert(
      fc.property(finite, sortedBands, (value, bands) => bandScore(value, bands) === scanScore(value, bands)),
    );
  });

  it("stays between 0 and the highest score when interpolating", () => {
    fc.assert(
      fc.property(finite, sortedBands, (value, bands) => {
        const result = bandScore(value, bands, { interpolate: true }) as number;
        return result >= 0 && result <= Math.max(...bands.map((band) => band.score));
      }),
    );
  });

  it("never falls as the value rises when the scores rise", () => {
    const rising = sortedBands.map((bands) => {
      const scores = bands.map((band) => band.score).sort((a, b) => a - b);
      return bands.map((band, i) => ({ bound: band.bound, score: scores[i] }));
    });
    const value = fc.double({ min: -2e6, max: 2e6, noNaN: true });
    fc.assert(
      fc.property(value, value, rising, fc.boolean(), (a, b, bands, interpolate) => {
        const low = bandScore(Math.min(a, b), bands, { interpolate }) as number;
        const high = bandScore(Math.max(a, b), bands, { interpolate }) as number;
        return low <= high;
      }),
    );
  });
});
