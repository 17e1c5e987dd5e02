import fc from "fast-check";
import { listingOrder, placings } from "../../../src/core/ranking";
import { ranks } from "../../../src/core/scoring";

const scores = fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { freq: 6 }), { maxLength: 40 });

describe("placings", () => {
  it.each([
    { name: "the top three, best first", ranks: [3, 1, null, 4, 2], places: 3, expected: [1, 4, 0] },
    { name: "two tied for third are both listed", ranks: [3, 1, null, 3, 5, 2], places: 3, expected: [1, 5, 0, 3] },
    { name: "three tied for first fill three places and nobody else", ranks: [1, 4, 1, 1], places: 3, expected: [0, 2, 3] },
    { name: "fewer people than places", ranks: [2, 1], places: 5, expected: [1, 0] },
    { name: "nobody ranked", ranks: [null, null], places: 3, expected: [] },
  ])("$name", ({ ranks: r, places, expected }) => {
    expect(placings(r, places)).toEqual(expected);
  });

  it("never skips a person: everyone ranked within the places is listed, nobody else", () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: 1, max: 6 }), (s, places) => {
        const r = ranks(s);
        const listed = new Set(placings(r, places));
        r.forEach((rank, i) => expect(listed.has(i)).toBe(rank !== null && rank <= places));
      }),
    );
  });

  it("lists ranks in order, so a place is shown only after every better one", () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: 1, max: 6 }), (s, places) => {
        const r = ranks(s);
        const shown = placings(r, places).map((i) => r[i] as number);
        expect(shown).toEqual([...shown].sort((a, b) => a - b));
      }),
    );
  });
});

describe("listingOrder", () => {
  it("numbers tied people in list order after their shared rank", () => {
    expect(listingOrder([3, 1, null, 3, 1])).toEqual([3, 1, null, 4, 2]);
  });

  it("gives RANK.EQ ranks the orders 1 to n, each once, in the order placings lists them", () => {
    fc.assert(
      fc.property(scores, (s) => {
        const r = ranks(s);
        const order = listingOrder(r);
        const ranked = order.filter((o): o is number => o !== null);
        expect([...ranked].sort((a, b) => a - b)).toEqual(ranked.map((_, k) => k + 1));
        const byOrder = r.map((_, i) => i).filter((i) => order[i] !== null).sort((a, b) => (order[a] as number) - (order[b] as number));
        expect(byOrder).toEqual(placings(r, Number.MAX_SAFE_INTEGER));
      }),
    );
  });
});
