import fc from "fast-check";
import { KpiError } from "../../../src/core/errors";
import { weighted } from "../../../src/core/scoring";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** Scores (some blank) with non-negative weights of the same length, at least one scored row weighted. */
const scored = fc
  .array(
    fc.record({
      score: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { freq: 4 }),
      weight: fc.double({ min: 0, max: 1e6, noNaN: true }),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .filter((rows) => rows.some((row) => row.score !== null && row.weight > 1e-9));

describe("weighted", () => {
  // Worked example from the KPI scorecard issue: scores 85, 92, 78 weighted 40/30/30 give 85.0.
  it.each([
    { name: "weights in percent", weights: [40, 30, 30] },
    { name: "weights as fractions", weights: [0.4, 0.3, 0.3] },
  ])("gives 85 for scores 85, 92, 78 weighted 40/30/30 ($name)", ({ weights }) => {
    expect(weighted([85, 92, 78], weights)).toBeCloseTo(85, 9);
  });

  it("leaves out a blank score and re-weights the others", () => {
    // (85·40 + 78·30) / 70 = 82
    expect(weighted([85, null, 78], [40, 30, 30])).toBeCloseTo(82, 9);
  });

  it("counts a blank weight as 0", () => {
    expect(weighted([85, 92, 78], [40, null, 30])).toBeCloseTo(82, 9);
  });

  it("gives the plain mean exactly for equal weights, however large: a third each is weight 1 each", () => {
    // 0.95 + 0.8 + 0.9 = 2.65 (as doubles add), / 3; 33⅓·0.95 + 33⅓·0.8 + 33⅓·0.9 over 100 differs in the last digit.
    const mean = (0.95 + 0.8 + 0.9) / 3;
    expect([weighted([0.95, 0.8, 0.9], [100 / 3, 100 / 3, 100 / 3]), weighted([0.95, 0.8, 0.9], [1, 1, 1])]).toEqual([mean, mean]);
  });

  it("gives for any equal weights exactly what weight 1 each gives", () => {
    fc.assert(
      fc.property(scored, fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (rows, w) => {
        const scores = rows.map((row) => row.score);
        expect(weighted(scores, scores.map(() => w))).toBe(weighted(scores, scores.map(() => 1)));
      }),
    );
  });

  it("gives the score itself for a one-element list", () => {
    expect(weighted([0.93], [1])).toBe(0.93);
  });

  it("ignores a score whose weight is 0", () => {
    expect(weighted([90, 50], [1, 0])).toBe(90);
  });

  it("averages negative scores as given", () => {
    expect(weighted([-10, 10], [1, 1])).toBe(0);
  });

  it("returns #VALUE! naming the row when a weight is negative", () => {
    expect(weighted([1, 2, 3], [1, 1, -2])).toMatchObject({
      kind: "#VALUE!",
      message: "weights: row 3 is negative (-2)",
    });
  });

  it("returns #VALUE! for a negative weight even on a blank score", () => {
    expect(weighted([1, null], [1, -1])).toMatchObject({ kind: "#VALUE!" });
  });

  it("returns #VALUE! naming both lengths when the lists differ in length", () => {
    expect(weighted([1, 2, 3], [1, 1])).toMatchObject({
      kind: "#VALUE!",
      message: expect.stringMatching(/scores has 3 rows but weights has 2/),
    });
  });

  it.each([
    { name: "every score is blank", scores: [null, null], weights: [1, 1] },
    { name: "the lists are empty", scores: [], weights: [] },
    { name: "every weight is zero", scores: [80, 90], weights: [0, 0] },
    { name: "every weight is blank", scores: [80, 90], weights: [null, null] },
    { name: "only the blank score has weight", scores: [80, null], weights: [0, 1] },
  ])("returns #DIV/0! when $name", ({ scores, weights }) => {
    expect(weighted(scores, weights)).toMatchObject({ kind: "#DIV/0!" });
  });

  it("names the argument in the #DIV/0! message", () => {
    expect(weighted([80, 90], [0, 0])).toMatchObject({ message: expect.stringContaining("weights") });
  });

  it("stays exact when the products overflow", () => {
    expect(weighted([1e308, 1e308], [1e308, 1e308])).toBe(1e308);
  });

  it("stays within the scores when the products underflow", () => {
    expect(weighted([1e-200, 1e-200], [1e-200, 1e-200])).toBe(1e-200);
  });

  it("does not mutate its arguments", () => {
    const scores = [85, null, 78];
    const weights = [40, 30, null];
    weighted(scores, weights);
    expect([scores, weights]).toEqual([
      [85, null, 78],
      [40, 30, null],
    ]);
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    const list = fc.array(fc.option(finite), { maxLength: 12 });
    const sameLength = fc
      .array(fc.tuple(fc.option(finite), fc.option(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }))), {
        maxLength: 12,
      })
      .map((rows) => [rows.map((row) => row[0]), rows.map((row) => row[1])] as const);
    fc.assert(
      fc.property(fc.oneof(fc.tuple(list, list), sameLength), ([scores, weights]) => {
        const result = weighted(scores, weights);
        return result instanceof KpiError || Number.isFinite(result);
      }),
    );
  });

  it("lies between the lowest and the highest applicable score", () => {
    fc.assert(
      fc.property(scored, (rows) => {
        const result = weighted(
          rows.map((row) => row.score),
          rows.map((row) => row.weight),
        ) as number;
        const applicable = rows.flatMap((row) => (row.score === null ? [] : [row.score]));
        return result >= Math.min(...applicable) && result <= Math.max(...applicable);
      }),
    );
  });

  it("does not change when every weight is scaled by the same positive factor", () => {
    fc.assert(
      fc.property(scored, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (rows, k) => {
        const scores = rows.map((row) => row.score);
        const plain = weighted(scores, rows.map((row) => row.weight)) as number;
        const scaled = weighted(scores, rows.map((row) => row.weight * k)) as number;
        return Math.abs(plain - scaled) <= 1e-9 * Math.max(1, Math.abs(plain));
      }),
    );
  });
});
