import fc from "fast-check";
import { isKpiError, type KpiError } from "../../../src/core/errors";
import { drawPayouts } from "../../../src/core/commission";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const sum = (values: readonly (number | null)[]): number => values.reduce<number>((acc, value) => acc + (value ?? 0), 0);

describe("drawPayouts", () => {
  // Worked by hand, draw 5,000 (recoverable), balance owed starts at 0:
  //   period 1: earned  2,000 -> pays max(5,000,  2,000 - 0)     =  5,000; owes 0 + 5,000 - 2,000      = 3,000
  //   period 2: earned  9,000 -> pays max(5,000,  9,000 - 3,000) =  6,000; owes 3,000 + 6,000 - 9,000  = 0
  //   period 3: earned  4,000 -> pays max(5,000,  4,000 - 0)     =  5,000; owes 0 + 5,000 - 4,000      = 1,000
  //   period 4: earned 12,000 -> pays max(5,000, 12,000 - 1,000) = 11,000; owes 1,000 + 11,000 - 12,000 = 0
  // Paid 27,000 = earned 27,000 + still owed 0.
  it("recovers the draw from later periods in the worked example", () => {
    expect(drawPayouts([2000, 9000, 4000, 12000], 5000)).toEqual([5000, 6000, 5000, 11000]);
  });

  // Same periods, non-recoverable: max(5,000, earned) each period, nothing carried.
  it("pays the larger of draw and earnings when the draw is not recoverable", () => {
    expect(drawPayouts([2000, 9000, 4000, 12000], 5000, { recoverable: false })).toEqual([5000, 9000, 5000, 12000]);
  });

  it.each([
    { name: "no periods", earned: [], draw: 5000, recoverable: true, expected: [] },
    { name: "one period below the draw", earned: [2000], draw: 5000, recoverable: true, expected: [5000] },
    { name: "one period above the draw", earned: [7000], draw: 5000, recoverable: true, expected: [7000] },
    { name: "a zero draw", earned: [2000, 9000], draw: 0, recoverable: true, expected: [2000, 9000] },
    { name: "periods that never earn the draw", earned: [0, 0, 0], draw: 5000, recoverable: true, expected: [5000, 5000, 5000] },
    { name: "a balance recovered over several periods", earned: [0, 7000, 9000], draw: 5000, recoverable: true, expected: [5000, 5000, 6000] },
    { name: "a clawback (negative earnings) recovered later", earned: [-1000, 3000], draw: 0, recoverable: true, expected: [0, 2000] },
    { name: "a blank period that keeps the balance", earned: [2000, null, 9000], draw: 5000, recoverable: true, expected: [5000, null, 6000] },
    { name: "blank periods when not recoverable", earned: [null, 2000, null], draw: 5000, recoverable: false, expected: [null, 5000, null] },
  ])("handles $name", ({ earned, draw, recoverable, expected }) => {
    expect(drawPayouts(earned, draw, { recoverable })).toEqual(expected);
  });

  it("returns #NUM! naming draw when it is negative", () => {
    const result = drawPayouts([2000], -5000) as KpiError;
    expect([result.kind, result.message.startsWith("draw:")]).toEqual(["#NUM!", true]);
  });

  it("does not mutate the earnings", () => {
    const earned = [2000, null, 9000];
    drawPayouts(earned, 5000);
    expect(earned).toEqual([2000, null, 9000]);
  });

  it.each([{ recoverable: true }, { recoverable: false }])("pays at least the draw every period (recoverable: $recoverable)", ({ recoverable }) => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -100_000, max: 100_000 }), { nil: null })),
        fc.integer({ min: 0, max: 50_000 }),
        (earned, draw) => {
          const payouts = drawPayouts(earned, draw, { recoverable }) as (number | null)[];
          expect(payouts.every((paid, i) => (paid === null) === (earned[i] === null) && (paid === null || paid >= draw))).toBe(true);
        },
      ),
    );
  });

  it("never pays less in total than was earned when the draw is recoverable", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -100_000, max: 100_000 }), { nil: null })),
        fc.integer({ min: 0, max: 50_000 }),
        (earned, draw) => {
          expect(sum(drawPayouts(earned, draw) as (number | null)[])).toBeGreaterThanOrEqual(sum(earned));
        },
      ),
    );
  });

  // Total paid = total earned + the balance still owed; a closing period that earns more than
  // everything advanced clears the balance, so then paid and earned are equal.
  it("pays exactly what was earned once a later period clears the balance", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -100_000, max: 100_000 }), { nil: null })),
        fc.integer({ min: 0, max: 50_000 }),
        (earned, draw) => {
          const closing = sum(earned.map((value) => Math.abs(value ?? 0))) + draw * (earned.length + 1) + 1;
          const periods = [...earned, closing];
          expect(sum(drawPayouts(periods, draw) as (number | null)[])).toBe(sum(periods));
        },
      ),
    );
  });

  it("pays the earnings themselves when the draw is zero and nothing was advanced", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null })), (earned) => {
        expect(drawPayouts(earned, 0)).toEqual(earned);
      }),
    );
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    fc.assert(
      fc.property(fc.array(fc.option(finite, { nil: null })), finite, fc.boolean(), (earned, draw, recoverable) => {
        const result = drawPayouts(earned, draw, { recoverable });
        expect(
          isKpiError(result) ||
            (result.length === earned.length && result.every((paid) => paid === null || Number.isFinite(paid))),
        ).toBe(true);
      }),
    );
  });
});
