import fc from "fast-check";
import type { KpiError } from "../../../src/core/errors";
import { dealsReached } from "../../../src/core/funnel";

describe("dealsReached", () => {
  // Ann: open at Lead and Proposal, lost at Negotiation, two won: 5 reached Lead, 2 reached Won.
  it("counts the deals at a stage or a later one, plus every won deal", () => {
    expect(dealsReached([1, 0, 1, 1, 0], 2)).toEqual([5, 4, 4, 3, 2]);
  });

  it.each([
    { name: "no deals", atStage: [0, 0, 0], won: 0, expected: [0, 0, 0] },
    { name: "only won deals", atStage: [0, 0], won: 3, expected: [3, 3] },
    { name: "only deals at the top", atStage: [4, 0, 0], won: 0, expected: [4, 0, 0] },
    { name: "no stages", atStage: [], won: 2, expected: [] },
  ])("handles $name", ({ atStage, won, expected }) => {
    expect(dealsReached(atStage, won)).toEqual(expected);
  });

  it.each([
    { name: "a negative count at a stage", atStage: [1, -1], won: 0, message: "atStage: row 2" },
    { name: "negative won deals", atStage: [1, 1], won: -1, message: "won:" },
  ])("returns #VALUE! for $name", ({ atStage, won, message }) => {
    const result = dealsReached(atStage, won) as KpiError;
    expect([result.kind, result.message.startsWith(message)]).toEqual(["#VALUE!", true]);
  });

  it("never rises from one stage to the next, and ends with the won deals plus those at the last stage", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 8 }), fc.nat(1000), (atStage, won) => {
        const reached = dealsReached(atStage, won) as number[];
        const rises = reached.slice(1).filter((count, s) => count > reached[s]);
        expect([rises, reached[reached.length - 1]]).toEqual([[], atStage[atStage.length - 1] + won]);
      }),
    );
  });
});
