import fc from "fast-check";
import { KpiError } from "../../../src/core/errors";
import { compileScale, CompiledScale, rating, type RatingStep } from "../../../src/core/scoring";

// Given out of order on purpose: the scale need not be sorted.
const scale: RatingStep[] = [
  { min: 1.1, label: "Exceeds" },
  { min: 0, label: "Below" },
  { min: 0.9, label: "Meets" },
];

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const label = fc.oneof(fc.string({ maxLength: 4 }), fc.integer());
const anyScale = fc.array(fc.record({ min: finite, label }), { maxLength: 8 });
const distinctScale = fc
  .uniqueArray(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 10, comparator: (a, b) => a === b })
  .map((mins) => mins.map((min, i) => ({ min, label: `L${i}` })));

/** The rating by scanning every step (the error kind when none applies): the reference for the binary search. */
function scanRating(score: number, steps: readonly RatingStep[]): string | number {
  let best: RatingStep | null = null;
  for (const step of steps) if (step.min <= score && (best === null || step.min > best.min)) best = step;
  return best === null ? "#N/A" : best.label;
}

/** A label, or the kind of the error, so results can be compared with `===`. */
function outcome(result: string | number | KpiError): string | number {
  return result instanceof KpiError ? result.kind : result;
}

describe("compileScale", () => {
  it("sorts the steps by minimum", () => {
    const compiled = compileScale(scale) as CompiledScale;
    expect([Array.from(compiled.mins), compiled.labels]).toEqual([
      [0, 0.9, 1.1],
      ["Below", "Meets", "Exceeds"],
    ]);
  });

  it("returns #VALUE! naming both rows when two steps share a minimum", () => {
    const steps = [
      { min: 0.5, label: "A" },
      { min: 0.9, label: "B" },
      { min: 0.5, label: "C" },
    ];
    expect(compileScale(steps)).toMatchObject({ kind: "#VALUE!", message: "scale: row 3 min 0.5 repeats row 1" });
  });

  it("returns #VALUE! naming the scale when it is empty", () => {
    expect(compileScale([])).toMatchObject({ kind: "#VALUE!", message: expect.stringContaining("scale") });
  });
});

describe("rating", () => {
  it.each([
    { name: "exactly the lowest minimum", score: 0, expected: "Below" },
    { name: "between two minimums", score: 0.42, expected: "Below" },
    { name: "exactly a middle minimum", score: 0.9, expected: "Meets" },
    { name: "just under the top minimum", score: 1.0999, expected: "Meets" },
    { name: "exactly the top minimum", score: 1.1, expected: "Exceeds" },
    { name: "far above the top", score: 99, expected: "Exceeds" },
  ])("labels a score with the highest minimum at or below it: $name", ({ score, expected }) => {
    expect(rating(score, scale)).toBe(expected);
  });

  it("returns numeric labels as numbers", () => {
    const stars = [
      { min: 0, label: 1 },
      { min: 0.5, label: 2 },
      { min: 0.8, label: 3 },
    ];
    expect(rating(0.85, stars)).toBe(3);
  });

  it("rates every score at or above a one-step scale's minimum with its label", () => {
    expect(rating(5, [{ min: -1, label: "Any" }])).toBe("Any");
  });

  it("returns #N/A saying the lowest minimum when the score is below every minimum", () => {
    const steps = [
      { min: 0.9, label: "Meets" },
      { min: 0.5, label: "Partly" },
    ];
    expect(rating(0.42, steps)).toMatchObject({
      kind: "#N/A",
      message: "score 0.42 is below the lowest minimum 0.5",
    });
  });

  it("returns the scale's #VALUE! when two steps share a minimum", () => {
    const steps = [
      { min: 1, label: "A" },
      { min: 1, label: "B" },
    ];
    expect(rating(1, steps)).toMatchObject({ kind: "#VALUE!" });
  });

  it("gives the same label from a compiled scale as from the rows", () => {
    const compiled = compileScale(scale) as CompiledScale;
    expect(rating(0.95, compiled)).toBe(rating(0.95, scale));
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    fc.assert(
      fc.property(finite, anyScale, (score, steps) => {
        const result = rating(score, steps);
        return result instanceof KpiError || typeof result === "string" || Number.isFinite(result);
      }),
    );
  });

  it("agrees with a scan of every step, #N/A where no step applies", () => {
    const score = fc.double({ min: -2e6, max: 2e6, noNaN: true });
    fc.assert(
      fc.property(score, distinctScale, (value, steps) => outcome(rating(value, steps)) === scanRating(value, steps)),
    );
  });

  it("does not depend on the order of the steps", () => {
    const shuffled = distinctScale.chain((steps) =>
      fc.shuffledSubarray(steps, { minLength: steps.length }).map((order) => [steps, order] as const),
    );
    fc.assert(
      fc.property(finite, shuffled, (value, [steps, order]) => outcome(rating(value, steps)) === outcome(rating(value, order))),
    );
  });
});
