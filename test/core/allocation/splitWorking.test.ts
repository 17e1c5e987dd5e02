import fc from "fast-check";
import { splitTotal, splitWorking } from "../../../src/core/allocation";

describe("splitWorking", () => {
  it.each([
    { name: "hands the unit left to the first of equal remainders", units: 10, weights: [1, 1, 1], floor: [3, 3, 3], extra: [1, 0, 0], left: 1 },
    { name: "hands the units left to the largest remainders", units: 10, weights: [1, 2, 4], floor: [1, 2, 5], extra: [0, 1, 1], left: 2 },
    { name: "takes a share a hair below a whole number as that number", units: 1200000, weights: [0.1, 0.2, 0.3], floor: [200000, 400000, 600000], extra: [0, 0, 0], left: 0 },
    { name: "gives no row a unit when the weights add up to 0", units: 5, weights: [0, 0], floor: [0, 0], extra: [0, 0], left: 0 },
    { name: "gives a row with weight 0 nothing", units: 3, weights: [0, 1, 1], floor: [0, 1, 1], extra: [0, 1, 0], left: 1 },
  ])("$name", ({ units, weights, floor, extra, left }) => {
    const working = splitWorking(units, weights);
    expect([working.floor, working.extra, working.left]).toEqual([floor, extra, left]);
  });

  it("writes each raw share as weight × (units ÷ the weights added up)", () => {
    expect(splitWorking(100, [1, 1, 1]).raw).toEqual([1 * (100 / 3), 1 * (100 / 3), 1 * (100 / 3)]);
  });

  it("gives a remainder of 0 to a share a hair below a whole number", () => {
    expect(splitWorking(1200000, [0.1, 0.2, 0.3]).remainder).toEqual([0, 0, 0]);
  });

  describe("properties", () => {
    const weight = fc.oneof(fc.constantFrom(0, 0.1, 0.2, 0.3, 1, 2, 1 / 3, 1 / 12), fc.integer({ min: 0, max: 5_000_000 }).map((n) => n / 100));
    const split = fc.record({
      units: fc.integer({ min: 0, max: 50_000_000 }),
      weights: fc.array(weight, { minLength: 1, maxLength: 24 }).filter((w) => w.some((x) => x > 0)),
    });

    it("gives the whole units plus the extra units that splitTotal allocates", () => {
      fc.assert(
        fc.property(split, ({ units, weights }) => {
          const working = splitWorking(units, weights);
          expect(working.floor.map((f, i) => f + working.extra[i])).toEqual(splitTotal(units, weights));
        }),
      );
    });

    it("hands out exactly the units left", () => {
      fc.assert(
        fc.property(split, ({ units, weights }) => {
          const { floor, extra, left } = splitWorking(units, weights);
          expect([extra.reduce((a, x) => a + x, 0), floor.reduce((a, f) => a + f, 0) + left]).toEqual([left, units]);
        }),
      );
    });
  });
});
