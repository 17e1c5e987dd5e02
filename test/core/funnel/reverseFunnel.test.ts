import fc from "fast-check";
import { isKpiError, type KpiError } from "../../../src/core/errors";
import { reverseFunnel } from "../../../src/core/funnel";

const kindOf = (result: unknown): string | undefined => (isKpiError(result) ? result.kind : undefined);

describe("reverseFunnel", () => {
  // Worked example from the project issue for the funnel functions: 14 wins needed,
  // step rates 10%, 35%, 50%, 40% from the top stage down.
  it("gives the counts of the worked example, top stage first", () => {
    expect(reverseFunnel(14, [0.1, 0.35, 0.5, 0.4])).toEqual([2000, 200, 70, 35, 14]);
  });

  it("turns a revenue target into wins with the deal size", () => {
    expect(reverseFunnel(350000, [0.1, 0.35, 0.5, 0.4], { dealSize: 25000 })).toEqual([2000, 200, 70, 35, 14]);
  });

  it.each([
    { name: "14 / 0.4 is 35, not 36", target: 14, rates: [0.4], expected: [35, 14] },
    { name: "21 / 0.35 (60.00000000000001) is 60, not 61", target: 21, rates: [0.35], expected: [60, 21] },
    { name: "57 / 0.57 (100.00000000000001) is 100, not 101", target: 57, rates: [0.57], expected: [100, 57] },
    { name: "21 / 0.7 (30.000000000000004) is 30, not 31", target: 21, rates: [0.7], expected: [30, 21] },
  ])("ignores float noise when rounding up: $name", ({ target, rates, expected }) => {
    expect(reverseFunnel(target, rates)).toEqual(expected);
  });

  it.each([
    { name: "a stage that does not divide evenly", target: 10, rates: [0.3], options: {}, expected: [34, 10] },
    { name: "a fractional number of wins", target: 13.2, rates: [0.5], options: {}, expected: [28, 14] },
    { name: "wins from a target that is not a multiple of the deal size", target: 340000, rates: [0.5], options: { dealSize: 25000 }, expected: [28, 14] },
  ])("rounds up $name", ({ target, rates, options, expected }) => {
    expect(reverseFunnel(target, rates, options)).toEqual(expected);
  });

  it("ignores float noise when turning revenue into wins: 4.2 / 0.3 (14.000000000000002) is 14", () => {
    expect(reverseFunnel(4.2, [], { dealSize: 0.3 })).toEqual([14]);
  });

  it.each([
    { name: "no rates give just the wins", target: 14, rates: [], options: {}, expected: [14] },
    { name: "a zero target needs nothing", target: 0, rates: [0.1, 0.5], options: {}, expected: [0, 0, 0] },
    { name: "a rate of 100% keeps the count", target: 14, rates: [1, 1], options: {}, expected: [14, 14, 14] },
    { name: "a null deal size means target counts deals", target: 14, rates: [0.5], options: { dealSize: null }, expected: [28, 14] },
  ])("handles edges: $name", ({ target, rates, options, expected }) => {
    expect(reverseFunnel(target, rates, options)).toEqual(expected);
  });

  it.each([
    { name: "a zero rate", rates: [0.1, 0] },
    { name: "a negative rate", rates: [0.1, -0.35] },
    { name: "a rate above 1 (a percent typed as a number)", rates: [0.1, 35] },
  ])("returns #NUM! for $name", ({ rates }) => {
    expect(kindOf(reverseFunnel(14, rates))).toBe("#NUM!");
  });

  it("names the row of a bad rate", () => {
    expect((reverseFunnel(14, [0.1, 35]) as KpiError).message).toContain("rates: row 2");
  });

  it("returns #NUM! for a negative target", () => {
    expect((reverseFunnel(-1, [0.5]) as KpiError).kind).toBe("#NUM!");
  });

  it("names target when it is negative", () => {
    expect((reverseFunnel(-1, [0.5]) as KpiError).message).toContain("target");
  });

  it.each([
    { name: "zero", dealSize: 0 },
    { name: "negative", dealSize: -25000 },
  ])("returns #NUM! naming dealSize when it is $name", ({ dealSize }) => {
    const result = reverseFunnel(350000, [0.5], { dealSize }) as KpiError;
    expect([result.kind, result.message.includes("dealSize")]).toEqual(["#NUM!", true]);
  });

  it("returns #NUM! when a stage would be too large to represent", () => {
    expect(kindOf(reverseFunnel(1e308, [1e-10]))).toBe("#NUM!");
  });

  it("does not mutate the rates", () => {
    const rates = [0.1, 0.35];
    reverseFunnel(14, rates);
    expect(rates).toEqual([0.1, 0.35]);
  });

  it("makes each stage the smallest whole count that converts into the stage below", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { maxLength: 6 }),
        (target, rates) => {
          const counts = reverseFunnel(target, rates) as number[];
          const checks = rates.map((rate, i) => ({
            whole: Number.isInteger(counts[i]),
            enough: counts[i] * rate >= counts[i + 1] * (1 - 1e-12),
            smallest: (counts[i] - 1) * rate < counts[i + 1],
          }));
          expect([counts.length, counts[rates.length], checks.every((c) => c.whole && c.enough && c.smallest)]).toEqual([
            rates.length + 1,
            target,
            true,
          ]);
        },
      ),
    );
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, fc.array(finite, { maxLength: 6 }), fc.option(finite, { nil: null }), (target, rates, dealSize) => {
        const result = reverseFunnel(target, rates, { dealSize });
        expect(isKpiError(result) || result.every((count) => Number.isFinite(count))).toBe(true);
      }),
    );
  });

  it("never returns NaN or Infinity for valid rates, however small", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e308, noNaN: true }),
        fc.array(fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }), { maxLength: 6 }),
        (target, rates) => {
          const result = reverseFunnel(target, rates);
          expect(isKpiError(result) || result.every((count) => Number.isFinite(count))).toBe(true);
        },
      ),
    );
  });
});
