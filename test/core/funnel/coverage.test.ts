import fc from "fast-check";
import { isKpiError, type KpiError } from "../../../src/core/errors";
import { coverage } from "../../../src/core/funnel";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe("coverage", () => {
  // 300,000 of pipeline against 150,000 - 50,000 = 100,000 still to win is "3x coverage".
  it("divides the pipeline by what is left of the target", () => {
    expect(coverage(300000, 150000, 50000)).toBe(3);
  });

  it.each([
    { name: "nothing achieved when achieved is omitted", args: [300000, 100000], expected: 3 },
    { name: "an empty pipeline", args: [0, 100000, 20000], expected: 0 },
    { name: "a pipeline smaller than what is left", args: [50000, 100000, 0], expected: 0.5 },
    { name: "a negative achieved (net of refunds) that adds to what is left", args: [300000, 100000, -50000], expected: 2 },
  ])("handles $name", ({ args, expected }) => {
    expect(coverage(args[0], args[1], args[2])).toBeCloseTo(expected, 9);
  });

  it("returns #DIV/0! naming achieved when nothing is left to cover", () => {
    const result = coverage(300000, 100000, 100000) as KpiError;
    expect([result.kind, result.message.startsWith("achieved:")]).toEqual(["#DIV/0!", true]);
  });

  it("returns #NUM! saying by how much the target is already exceeded", () => {
    const result = coverage(300000, 100000, 120000) as KpiError;
    expect([result.kind, result.message.startsWith("achieved:"), result.message.includes("exceeded by 20000")]).toEqual([
      "#NUM!",
      true,
      true,
    ]);
  });

  it.each([
    { argument: "pipeline", args: [-1, 100000, 0] },
    { argument: "target", args: [300000, -100000, -200000] },
  ])("returns #NUM! naming $argument when it is negative", ({ argument, args }) => {
    const result = coverage(args[0], args[1], args[2]) as KpiError;
    expect([result.kind, result.message.startsWith(`${argument}:`)]).toEqual(["#NUM!", true]);
  });

  it("returns #NUM! when the ratio is too large to represent", () => {
    expect((coverage(1e308, 1e-300, 0) as KpiError).kind).toBe("#NUM!");
  });

  it("times what is left gives back the pipeline", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (pipeline, target, share) => {
          const achieved = target * share;
          const ratio = coverage(pipeline, target, achieved) as number;
          expect(ratio * (target - achieved)).toBeCloseTo(pipeline, 3);
        },
      ),
    );
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    fc.assert(
      fc.property(finite, finite, finite, (pipeline, target, achieved) => {
        const result = coverage(pipeline, target, achieved);
        expect(isKpiError(result) || Number.isFinite(result)).toBe(true);
      }),
    );
  });
});
