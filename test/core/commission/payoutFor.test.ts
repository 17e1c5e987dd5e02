import fc from "fast-check";
import { isKpiError, type KpiError } from "../../../src/core/errors";
import { payoutFor } from "../../../src/core/commission";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const money = fc.double({ min: -1e7, max: 1e7, noNaN: true });
const amount = fc.double({ min: 0, max: 1e7, noNaN: true });
/**
 * Due is capped + (draw − capped), added as the sheet's formula adds it, so rounding may land it a last
 * digit off the draw or the cap; the slack is a few digits of the largest amount involved.
 */
const slack = (...amounts: number[]): number => Math.max(...amounts.map(Math.abs)) * 1e-12;

describe("payoutFor", () => {
  it.each([
    // Base 7,500 + accelerator 2,500 = 10,000, held to a 9,000 cap.
    { name: "the cap holds base plus accelerator", base: 7500, options: { accelerator: 2500, cap: 9000 }, expected: { capped: 9000, topUp: 0, due: 9000 } },
    // Sales 20,000 at 5% earn 1,000; the draw guarantees 3,000.
    { name: "the draw tops a low earner up", base: 1000, options: { draw: 3000 }, expected: { capped: 1000, topUp: 2000, due: 3000 } },
    { name: "no cap and no draw pay what was earned", base: 7500, options: { accelerator: 2500 }, expected: { capped: 10000, topUp: 0, due: 10000 } },
    { name: "earnings above the draw need no top-up", base: 5000, options: { draw: 3000 }, expected: { capped: 5000, topUp: 0, due: 5000 } },
    { name: "the draw still applies after the cap", base: 5000, options: { cap: 2000, draw: 3000 }, expected: { capped: 2000, topUp: 1000, due: 3000 } },
    { name: "a clawback (negative base) is topped up to the draw", base: -500, options: { draw: 900 }, expected: { capped: -500, topUp: 1400, due: 900 } },
    { name: "a zero cap", base: 1000, options: { cap: 0 }, expected: { capped: 0, topUp: 0, due: 0 } },
  ])("pays $expected.due when $name", ({ base, options, expected }) => {
    expect(payoutFor(base, options)).toEqual(expected);
  });

  it.each([
    { name: "cap", options: { cap: -1 } },
    { name: "draw", options: { draw: -1 } },
  ])("returns #NUM! naming $name when it is negative", ({ name, options }) => {
    const result = payoutFor(1000, options) as KpiError;
    expect([result.kind, result.message.startsWith(`${name}:`)]).toEqual(["#NUM!", true]);
  });

  it("returns #NUM! naming base when the payout is too large to represent", () => {
    const result = payoutFor(Number.MAX_VALUE, { accelerator: Number.MAX_VALUE }) as KpiError;
    expect([result.kind, result.message.startsWith("base:")]).toEqual(["#NUM!", true]);
  });

  it("always pays at least the draw", () => {
    fc.assert(
      fc.property(money, amount, fc.option(amount, { nil: null }), amount, (base, accelerator, cap, draw) => {
        const { due } = payoutFor(base, { accelerator, cap, draw }) as { due: number };
        expect(due).toBeGreaterThanOrEqual(draw - slack(base, accelerator, draw));
      }),
    );
  });

  it("never pays more than the cap when the cap is at least the draw", () => {
    fc.assert(
      fc.property(money, amount, amount, amount, (base, accelerator, cap, extra) => {
        const draw = Math.max(0, cap - extra);
        const { due } = payoutFor(base, { accelerator, cap, draw }) as { due: number };
        expect(due).toBeLessThanOrEqual(cap + slack(base, accelerator, cap));
      }),
    );
  });

  it("pays exactly the capped amount plus the top-up", () => {
    fc.assert(
      fc.property(money, amount, fc.option(amount, { nil: null }), amount, (base, accelerator, cap, draw) => {
        const { capped, topUp, due } = payoutFor(base, { accelerator, cap, draw }) as { capped: number; topUp: number; due: number };
        expect([due, topUp >= 0]).toEqual([capped + topUp, true]);
      }),
    );
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    fc.assert(
      fc.property(finite, finite, fc.option(finite, { nil: null }), finite, (base, accelerator, cap, draw) => {
        const result = payoutFor(base, { accelerator, cap, draw });
        expect(isKpiError(result) || [result.capped, result.topUp, result.due].every(Number.isFinite)).toBe(true);
      }),
    );
  });
});

describe("payoutFor to the cent", () => {
  it("rounds each step as ROUND(x, 2) does in the statement", () => {
    expect(payoutFor(0.1, { accelerator: 0.2, draw: 1 }, { decimals: 2 })).toEqual({ capped: 0.3, topUp: 0.7, due: 1 });
  });

  it("rounds half away from zero, as Excel and LibreOffice do", () => {
    expect(payoutFor(1.005, {}, { decimals: 2 })).toEqual({ capped: 1.01, topUp: 0, due: 1.01 });
  });
});
