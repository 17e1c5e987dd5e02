import fc from "fast-check";
import { isKpiError, type KpiError } from "../../../src/core/errors";
import { acceleratorFor } from "../../../src/core/commission";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const money = fc.double({ min: -1e7, max: 1e7, noNaN: true });
const positiveMoney = fc.double({ min: 1, max: 1e7, noNaN: true });
const above = fc.double({ min: 0, max: 2, noNaN: true });
const multiplier = fc.double({ min: 1, max: 5, noNaN: true });

describe("acceleratorFor", () => {
  // Base 150,000 × 5% = 7,500; the 50,000 above a 100,000 quota is a third of the sales, so a ×2
  // accelerator pays (2 − 1) × 7,500 × 50,000 / 150,000 = 2,500.
  it("pays the worked example: 2,500 on 150,000 against a 100,000 quota at ×2", () => {
    expect(acceleratorFor(7500, 150000, 100000, { above: 1, multiplier: 2 })).toBe(2500);
  });

  it.each([
    // 90% of 100,000 = 90,000; 30,000 above it is a quarter of 120,000: 0.5 × 6,000 × 1/4 = 750.
    { name: "a threshold below quota (90%, ×1.5)", base: 6000, sales: 120000, quota: 100000, above: 0.9, multiplier: 1.5, expected: 750 },
    { name: "sales below the threshold", base: 4500, sales: 90000, quota: 100000, above: 1, multiplier: 2, expected: 0 },
    { name: "sales exactly at the threshold", base: 5000, sales: 100000, quota: 100000, above: 1, multiplier: 2, expected: 0 },
    { name: "no quota", base: 7500, sales: 150000, quota: null, above: 1, multiplier: 2, expected: 0 },
    { name: "a multiplier of 1", base: 7500, sales: 150000, quota: 100000, above: 1, multiplier: 1, expected: 0 },
    { name: "no sales against a zero quota", base: 0, sales: 0, quota: 0, above: 1, multiplier: 2, expected: 0 },
    { name: "negative sales (returns) against a zero quota", base: 0, sales: -4000, quota: 0, above: 1, multiplier: 2, expected: 0 },
    { name: "sales against a zero quota: all of them are above it", base: 500, sales: 10000, quota: 0, above: 1, multiplier: 3, expected: 1000 },
  ])("pays $expected for $name", ({ base, sales, quota, above, multiplier, expected }) => {
    expect(acceleratorFor(base, sales, quota, { above, multiplier })).toBeCloseTo(expected, 9);
  });

  it.each([
    { name: "above", above: -0.1, multiplier: 2 },
    { name: "multiplier", above: 1, multiplier: 0.5 },
  ])("returns #NUM! naming $name when it is out of range", ({ name, above, multiplier }) => {
    const result = acceleratorFor(7500, 150000, 100000, { above, multiplier }) as KpiError;
    expect([result.kind, result.message.startsWith(`${name}:`)]).toEqual(["#NUM!", true]);
  });

  it("returns #NUM! naming base when the accelerator is too large to represent", () => {
    const result = acceleratorFor(1e308, 2, 1, { above: 1, multiplier: 5 }) as KpiError;
    expect([result.kind, result.message.startsWith("base:")]).toEqual(["#NUM!", true]);
  });

  it("pays nothing at or below the threshold", () => {
    fc.assert(
      fc.property(money, positiveMoney, above, multiplier, fc.double({ min: 0, max: 1, noNaN: true }), (base, quota, above, multiplier, part) => {
        expect(acceleratorFor(base, above * quota * part, quota, { above, multiplier })).toBe(0);
      }),
    );
  });

  it("never pays more than (multiplier − 1) × a non-negative base", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), money, positiveMoney, above, multiplier, (base, sales, quota, above, multiplier) => {
        const extra = acceleratorFor(base, sales, quota, { above, multiplier }) as number;
        expect(extra).toBeLessThanOrEqual((multiplier - 1) * base * (1 + 1e-12));
      }),
    );
  });

  it("never pays a negative accelerator on a non-negative base", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), money, money, above, multiplier, (base, sales, quota, above, multiplier) => {
        expect(acceleratorFor(base, sales, quota, { above, multiplier })).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    fc.assert(
      fc.property(finite, finite, fc.option(finite, { nil: null }), finite, finite, (base, sales, quota, above, multiplier) => {
        const result = acceleratorFor(base, sales, quota, { above, multiplier });
        expect(isKpiError(result) || Number.isFinite(result)).toBe(true);
      }),
    );
  });
});
