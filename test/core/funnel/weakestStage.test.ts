import fc from "fast-check";
import { divError, type KpiError } from "../../../src/core/errors";
import { weakestStage } from "../../../src/core/funnel";

describe("weakestStage", () => {
  it("picks the stage with the lowest step conversion", () => {
    expect(weakestStage([1, 0.8, 0.75, 1, 2 / 3])).toBe(4);
  });

  it.each([
    { name: "the first of equally weak stages", steps: [1, 0.5, 0.9, 0.5], expected: 1 },
    { name: "past blank steps", steps: [1, 0, null, null], expected: 1 },
    { name: "past steps that divide by zero", steps: [1, 0.5, divError("counts: row 3 is divided by row 2, which is 0"), 0.7], expected: 1 },
    { name: "never the first stage, even when it is lower", steps: [0.1, 0.5, 0.9], expected: 1 },
    { name: "a step of zero", steps: [1, 0.4, 0, 0.2], expected: 2 },
  ])("picks $name", ({ steps, expected }) => {
    expect(weakestStage(steps)).toBe(expected);
  });

  it.each([
    { name: "only the first stage", steps: [1] },
    { name: "every later step blank", steps: [1, null, null] },
    { name: "no stages", steps: [] },
  ])("returns #N/A with $name", ({ steps }) => {
    expect((weakestStage(steps) as KpiError).kind).toBe("#N/A");
  });

  it("names a stage whose step is the lowest after the first, and the first such", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 8 }), (steps) => {
        const weakest = weakestStage(steps) as number;
        const lowest = Math.min(...steps.slice(1));
        expect([steps[weakest], steps.indexOf(lowest, 1)]).toEqual([lowest, weakest]);
      }),
    );
  });
});
