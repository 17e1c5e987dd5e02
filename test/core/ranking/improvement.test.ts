import fc from "fast-check";
import { improvement } from "../../../src/core/ranking";
import { ranks } from "../../../src/core/scoring";

describe("improvement", () => {
  it.each([
    { name: "current less previous", current: [12000, 5000], previous: [8000, 6000], expected: [4000, -1000] },
    { name: "a blank this period has no improvement", current: [null], previous: [100], expected: [null] },
    { name: "a blank last period has no improvement", current: [300], previous: [null], expected: [null] },
  ])("$name", ({ current, previous, expected }) => {
    expect(improvement(current, previous)).toEqual(expected);
  });

  it("ranks most improved as the ranking of current − previous, whatever either period's own ranking", () => {
    const whole = fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), { maxLength: 30 });
    fc.assert(
      fc.property(whole, (pairs) => {
        const current = pairs.map(([c]) => c);
        const previous = pairs.map(([, p]) => p);
        const mostImproved = ranks(improvement(current, previous));
        pairs.forEach(([c, p], i) => {
          const ahead = pairs.filter(([c2, p2]) => c2 - p2 > c - p).length;
          expect(mostImproved[i]).toBe(ahead + 1);
        });
      }),
    );
  });
});
