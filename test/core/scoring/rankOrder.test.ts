import fc from "fast-check";
import { rankOrder } from "../../../src/core/scoring";

const scoresWithTies = fc.array(fc.option(fc.integer({ min: 0, max: 6 }).map((n) => n / 2), { freq: 4 }), { maxLength: 50 });

describe("rankOrder", () => {
  it.each([
    { name: "highest score first", scores: [0.44, 1.03, 0.9], expected: [1, 2, 0] },
    { name: "equal scores in list order", scores: [0.5, 0.9, 0.5, 0.9], expected: [1, 3, 0, 2] },
    { name: "blanks last, in list order", scores: [null, 0.8, null, 0.6], expected: [1, 3, 0, 2] },
    { name: "NaN with the blanks", scores: [NaN, 0.8, null], expected: [1, 0, 2] },
    { name: "0 and -0 as equal scores", scores: [-0, 0], expected: [0, 1] },
    { name: "infinities at either end", scores: [-Infinity, 0, Infinity], expected: [2, 1, 0] },
    { name: "no scores", scores: [], expected: [] },
  ])("orders the indexes: $name", ({ scores, expected }) => {
    expect(rankOrder(scores)).toEqual(expected);
  });

  it("does not mutate the scores", () => {
    const scores = [0.5, null, 0.9];
    rankOrder(scores);
    expect(scores).toEqual([0.5, null, 0.9]);
  });

  it("sorts as a stable sort does: high to low, blanks last, ties in list order", () => {
    fc.assert(
      fc.property(scoresWithTies, (scores) => {
        const key = (i: number): number => (scores[i] === null ? -Infinity : (scores[i] as number));
        const blankLast = (i: number): number => (scores[i] === null ? 1 : 0);
        const expected = scores.map((_, i) => i).sort((a, b) => blankLast(a) - blankLast(b) || key(b) - key(a) || a - b);
        expect(rankOrder(scores)).toEqual(expected);
      }),
    );
  });
});
