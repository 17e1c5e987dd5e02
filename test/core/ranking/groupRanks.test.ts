import fc from "fast-check";
import { groupRanks } from "../../../src/core/ranking";
import { ranks } from "../../../src/core/scoring";

const values = fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { freq: 6 }), { maxLength: 40 });

describe("groupRanks", () => {
  it.each([
    { name: "ranks within each group", values: [5, 7, 5, 2], groups: ["A", "A", "B", "B"], expected: [2, 1, 1, 2] },
    { name: "a tie shares the rank and the next skips", values: [9, 9, 4], groups: ["A", "A", "A"], expected: [1, 1, 3] },
    { name: "a blank value is unranked and takes no place", values: [null, 3, 1], groups: ["A", "A", "A"], expected: [null, 1, 2] },
    { name: "a person without a group is unranked", values: [3, 8], groups: [null, "A"], expected: [null, 1] },
    { name: "numbered groups (brackets)", values: [1, 2, 3], groups: [1, 2, 1], expected: [2, 1, 1] },
  ])("$name", ({ values: v, groups, expected }) => {
    expect(groupRanks(v, groups)).toEqual(expected);
  });

  it("equals RANK.EQ over each group's members alone", () => {
    fc.assert(
      fc.property(values, fc.array(fc.constantFrom("A", "B", "C"), { minLength: 40, maxLength: 40 }), (v, g) => {
        const result = groupRanks(v, g);
        for (const team of ["A", "B", "C"]) {
          const members = v.map((_, i) => i).filter((i) => g[i] === team);
          const alone = ranks(members.map((i) => v[i]));
          expect(members.map((i) => result[i])).toEqual(alone);
        }
      }),
    );
  });

  it("never skips a person: within a group, every rank r has r − 1 people strictly above", () => {
    fc.assert(
      fc.property(values, fc.array(fc.constantFrom("A", "B"), { minLength: 40, maxLength: 40 }), (v, g) => {
        groupRanks(v, g).forEach((rank, i) => {
          if (rank === null) return;
          const above = v.filter((x, j) => g[j] === g[i] && x !== null && x > (v[i] as number)).length;
          expect(rank).toBe(above + 1);
        });
      }),
    );
  });
});
