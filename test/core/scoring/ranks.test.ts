import fc from "fast-check";
import { ranks } from "../../../src/core/scoring";

/** RANK.EQ by its definition: 1 + the number of strictly higher scores; the reference for the sorted walk. */
function rankByCounting(scores: readonly (number | null)[]): (number | null)[] {
  return scores.map((s) => (s === null ? null : 1 + scores.filter((o) => o !== null && o > s).length));
}

/** Scores with many ties (few distinct values) and some blanks. */
const tiedScores = fc.array(fc.option(fc.integer({ min: -5, max: 5 }).map((n) => n / 4), { freq: 5 }), { maxLength: 60 });
const anyScores = fc.array(fc.option(fc.double({ noNaN: true }), { freq: 5 }), { maxLength: 60 });

describe("ranks", () => {
  it.each([
    { name: "distinct scores, highest first", scores: [0.44, 1.03, 0.9], expected: [3, 1, 2] },
    { name: "a tie shares the rank and the next rank skips", scores: [0.9, 0.9, 0.5], expected: [1, 1, 3] },
    { name: "a tie below the top", scores: [2, 1, 3, 1], expected: [2, 3, 1, 3] },
    { name: "blanks stay unranked and take no place", scores: [null, 0.8, null, 0.6], expected: [null, 1, null, 2] },
    { name: "NaN cannot be ranked", scores: [NaN, 0.8], expected: [null, 1] },
    { name: "0 and -0 are the same score", scores: [0, -0, -1], expected: [1, 1, 3] },
    { name: "negative scores", scores: [-0.5, -0.1], expected: [2, 1] },
    { name: "infinities at either end", scores: [0, Infinity, -Infinity], expected: [2, 1, 3] },
    { name: "a single score", scores: [0.7], expected: [1] },
    { name: "every score blank", scores: [null, null], expected: [null, null] },
    { name: "no scores", scores: [], expected: [] },
  ])("ranks as RANK.EQ does: $name", ({ scores, expected }) => {
    expect(ranks(scores)).toEqual(expected);
  });

  it("ranks the scorecard team of the issue", () => {
    // Ann 1.03, Bob 0.44, Cho 0.9, Dan blank, Eve 0.6, Fay blank
    expect(ranks([1.03, 0.44, 0.9, null, 0.6, null])).toEqual([1, 4, 2, null, 3, null]);
  });

  it("does not mutate the scores", () => {
    const scores = [0.5, null, 0.9];
    ranks(scores);
    expect(scores).toEqual([0.5, null, 0.9]);
  });

  it.each([
    { name: "many ties", scores: tiedScores },
    { name: "any numbers", scores: anyScores },
  ])("gives 1 + the number of strictly higher scores for any list ($name)", ({ scores }) => {
    fc.assert(fc.property(scores, (list) => expect(ranks(list)).toEqual(rankByCounting(list))));
  });

  it("ranks a large list (100,000 scores) like counting does, for the first and the last", () => {
    const scores = Array.from({ length: 100_000 }, (_, i) => ((i * 7919) % 1000) / 100);
    const result = ranks(scores);
    expect([result[0], result[99_999]]).toEqual([1 + scores.filter((s) => s > scores[0]).length, 1 + scores.filter((s) => s > scores[99_999]).length]);
  });
});
