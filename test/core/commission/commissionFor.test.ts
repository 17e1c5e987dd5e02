import fc from "fast-check";
import { isKpiError, type KpiError } from "../../../src/core/errors";
import {
  commissionFor,
  compileTiers,
  type CommissionMethod,
  type CompiledTiers,
  type Tier,
} from "../../../src/core/commission";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const kindOf = (result: unknown): string | undefined => (isKpiError(result) ? result.kind : undefined);

// Worked example from the project issue for the commission functions:
// 50% from 0 and 60% from 100,000; on 180,000
//   marginal:    100,000 x 50% + 80,000 x 60% = 50,000 + 48,000 = 98,000
//   retroactive: 180,000 x 60%                                   = 108,000
const issueTiers: Tier[] = [
  { from: 0, rate: 0.5 },
  { from: 100000, rate: 0.6 },
];

/** Ascending tiers starting at 0 with rising rates, as a sales plan usually has them. */
const risingTiers = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 0.2, noNaN: true })), { maxLength: 5 })
  .chain((steps) =>
    fc.double({ min: 0, max: 0.2, noNaN: true }).map((firstRate) =>
      steps.reduce<Tier[]>(
        (tiers, [gap, rise]) => [...tiers, { from: tiers[tiers.length - 1].from + gap, rate: tiers[tiers.length - 1].rate + rise }],
        [{ from: 0, rate: firstRate }],
      ),
    ),
  );

describe("compileTiers", () => {
  it("compiles a valid table", () => {
    expect(kindOf(compileTiers(issueTiers))).toBeUndefined();
  });

  it.each([
    { name: "an empty table", tiers: [] },
    { name: "tiers out of order", tiers: [{ from: 100000, rate: 0.6 }, { from: 0, rate: 0.5 }] },
    { name: "a repeated lower bound", tiers: [{ from: 0, rate: 0.5 }, { from: 0, rate: 0.6 }] },
    { name: "a negative rate", tiers: [{ from: 0, rate: 0.5 }, { from: 100000, rate: -0.6 }] },
    { name: "a negative lower bound", tiers: [{ from: -100, rate: 0.5 }] },
  ])("returns #VALUE! for $name", ({ tiers }) => {
    expect(kindOf(compileTiers(tiers))).toBe("#VALUE!");
  });

  it("names the row of a tier out of order", () => {
    const message = (compileTiers([{ from: 0, rate: 0.5 }, { from: 100000, rate: 0.6 }, { from: 50000, rate: 0.7 }]) as KpiError).message;
    expect(message).toContain("tiers: row 3");
  });

  it("returns #NUM! when a tier's commission is too large to represent", () => {
    expect(kindOf(compileTiers([{ from: 0, rate: 1e300 }, { from: 1e10, rate: 0 }]))).toBe("#NUM!");
  });

  it("does not mutate the tiers", () => {
    const tiers = [{ from: 0, rate: 0.5 }];
    compileTiers(tiers);
    expect(tiers).toEqual([{ from: 0, rate: 0.5 }]);
  });
});

describe("commissionFor", () => {
  it.each([
    { method: undefined, expected: 98000 },
    { method: "marginal" as const, expected: 98000 },
    { method: "retroactive" as const, expected: 108000 },
  ])("pays the worked example ($method)", ({ method, expected }) => {
    expect(commissionFor(180000, issueTiers, { method })).toBeCloseTo(expected, 9);
  });

  it("gives the same commission from compiled tiers", () => {
    const compiled = compileTiers(issueTiers) as CompiledTiers;
    expect(commissionFor(180000, compiled)).toBeCloseTo(98000, 9);
  });

  it.each<{ name: string; amount: number; tiers: Tier[]; method: CommissionMethod; expected: number }>([
    { name: "an amount exactly on a bound, marginal", amount: 100000, tiers: issueTiers, method: "marginal", expected: 50000 },
    { name: "an amount exactly on a bound, retroactive", amount: 100000, tiers: issueTiers, method: "retroactive", expected: 60000 },
    { name: "zero", amount: 0, tiers: issueTiers, method: "marginal", expected: 0 },
    { name: "a negative net amount, marginal", amount: -5000, tiers: issueTiers, method: "marginal", expected: 0 },
    { name: "a negative net amount, retroactive", amount: -5000, tiers: issueTiers, method: "retroactive", expected: 0 },
    { name: "an amount below the first tier", amount: 40000, tiers: [{ from: 50000, rate: 0.1 }], method: "retroactive", expected: 0 },
    { name: "only the slice above a threshold, marginal", amount: 60000, tiers: [{ from: 50000, rate: 0.1 }], method: "marginal", expected: 1000 },
    { name: "the whole amount above a threshold, retroactive", amount: 60000, tiers: [{ from: 50000, rate: 0.1 }], method: "retroactive", expected: 6000 },
    { name: "one tier from 0, marginal", amount: 1234, tiers: [{ from: 0, rate: 0.1 }], method: "marginal", expected: 123.4 },
    { name: "one tier from 0, retroactive", amount: 1234, tiers: [{ from: 0, rate: 0.1 }], method: "retroactive", expected: 123.4 },
    {
      name: "three tiers, marginal (10% of 10k + 20% of 20k + 30% of 5k)",
      amount: 35000,
      tiers: [{ from: 0, rate: 0.1 }, { from: 10000, rate: 0.2 }, { from: 30000, rate: 0.3 }],
      method: "marginal",
      expected: 6500,
    },
    {
      name: "falling rates, marginal (an accelerator that steps down)",
      amount: 150000,
      tiers: [{ from: 0, rate: 0.1 }, { from: 100000, rate: 0.05 }],
      method: "marginal",
      expected: 12500,
    },
  ])("pays $name", ({ amount, tiers, method, expected }) => {
    expect(commissionFor(amount, tiers, { method })).toBeCloseTo(expected, 9);
  });

  it("returns the tier table's own error", () => {
    expect(kindOf(commissionFor(1000, []))).toBe("#VALUE!");
  });

  it("returns #VALUE! naming method when it is unknown", () => {
    const result = commissionFor(1000, issueTiers, { method: "flat" as CommissionMethod }) as KpiError;
    expect([result.kind, result.message.startsWith("method:")]).toEqual(["#VALUE!", true]);
  });

  it("returns #NUM! naming amount when the commission is too large to represent", () => {
    const result = commissionFor(1e308, [{ from: 0, rate: 10 }]) as KpiError;
    expect([result.kind, result.message.startsWith("amount:")]).toEqual(["#NUM!", true]);
  });

  it("never pays more marginally than retroactively when rates rise", () => {
    fc.assert(
      fc.property(risingTiers, fc.double({ min: -1e6, max: 1e6, noNaN: true }), (tiers, amount) => {
        const marginal = commissionFor(amount, tiers) as number;
        const retroactive = commissionFor(amount, tiers, { method: "retroactive" }) as number;
        expect(marginal).toBeLessThanOrEqual(retroactive * (1 + 1e-12) + 1e-9);
      }),
    );
  });

  it("pays marginally a non-decreasing amount as the amount grows", () => {
    fc.assert(
      fc.property(
        risingTiers,
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (tiers, amount, more) => {
          const lower = commissionFor(amount, tiers) as number;
          const higher = commissionFor(amount + more, tiers) as number;
          expect(higher).toBeGreaterThanOrEqual(lower - 1e-9);
        },
      ),
    );
  });

  it("pays marginally without a jump at any tier bound", () => {
    fc.assert(
      fc.property(risingTiers, fc.nat(), (tiers, pick) => {
        const bound = tiers[pick % tiers.length].from;
        const atBound = commissionFor(bound, tiers) as number;
        const justBelow = commissionFor(bound - 1e-6, tiers) as number;
        expect(atBound - justBelow).toBeLessThanOrEqual(1e-6);
      }),
    );
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    fc.assert(
      fc.property(
        finite,
        fc.array(fc.record({ from: finite, rate: finite }), { maxLength: 5 }),
        fc.constantFrom<CommissionMethod | undefined>("marginal", "retroactive", undefined),
        (amount, tiers, method) => {
          const result = commissionFor(amount, tiers, { method });
          expect(isKpiError(result) || Number.isFinite(result)).toBe(true);
        },
      ),
    );
  });

  it("never returns NaN or Infinity for sorted tiers of any size", () => {
    fc.assert(
      fc.property(
        finite,
        fc.uniqueArray(fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), { minLength: 5, maxLength: 5 }),
        fc.constantFrom<CommissionMethod>("marginal", "retroactive"),
        (amount, bounds, rates, method) => {
          const tiers = [...bounds].sort((a, b) => a - b).map((from, i) => ({ from, rate: rates[i] }));
          const result = commissionFor(amount, tiers, { method });
          expect(isKpiError(result) || Number.isFinite(result)).toBe(true);
        },
      ),
    );
  });
});
