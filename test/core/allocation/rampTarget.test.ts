import fc from "fast-check";
import { isKpiError, type ErrorKind } from "../../../src/core/errors";
import { compileRampSchedule, rampTarget, rampTargetCompiled, type RampSchedule } from "../../../src/core/allocation";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const kindOf = (result: unknown): ErrorKind | undefined => (isKpiError(result) ? result.kind : undefined);
const messageOf = (result: unknown): string => (isKpiError(result) ? result.message : "");
const isFiniteNumber = (result: unknown): boolean => isKpiError(result) || Number.isFinite(result);

const quarterly = [0.25, 0.5, 0.75, 1];

describe("rampTarget", () => {
  it.each<{ name: string; target: number; tenure: number; schedule: number[]; expected: number }>([
    // The example in the task brief: 100,000 in the 2nd period of a 25/50/75/100% ramp.
    { name: "applies the factor for the tenure", target: 100000, tenure: 2, schedule: quarterly, expected: 50000 },
    { name: "starts at the first factor", target: 100000, tenure: 1, schedule: quarterly, expected: 25000 },
    { name: "truncates a fractional tenure, like INDEX", target: 100000, tenure: 2.7, schedule: quarterly, expected: 50000 },
    { name: "uses the last factor at the schedule's end", target: 100000, tenure: 4, schedule: quarterly, expected: 100000 },
    { name: "keeps the last factor past the schedule's end", target: 100000, tenure: 9, schedule: quarterly, expected: 100000 },
    { name: "keeps the last factor for a huge tenure", target: 100000, tenure: 1e300, schedule: quarterly, expected: 100000 },
    { name: "takes a one-factor schedule", target: 80, tenure: 3, schedule: [0.5], expected: 40 },
    { name: "takes a zero factor", target: 100, tenure: 1, schedule: [0, 1], expected: 0 },
    { name: "takes factors above 1", target: 100, tenure: 2, schedule: [1, 1.2], expected: 120 },
    { name: "takes a negative target", target: -100000, tenure: 2, schedule: quarterly, expected: -50000 },
    { name: "gives 0 for a zero target", target: 0, tenure: 2, schedule: quarterly, expected: 0 },
  ])("$name", ({ target, tenure, schedule, expected }) => {
    expect(rampTarget(target, tenure, schedule)).toBe(expected);
  });

  it.each<{ name: string; target: number; tenure: number; schedule: number[]; kind: ErrorKind; mentions: string }>([
    { name: "a tenure of 0", target: 100, tenure: 0, schedule: quarterly, kind: "#NUM!", mentions: "tenure" },
    { name: "a tenure below 1", target: 100, tenure: 0.5, schedule: quarterly, kind: "#NUM!", mentions: "tenure" },
    { name: "a negative tenure", target: 100, tenure: -3, schedule: quarterly, kind: "#NUM!", mentions: "tenure" },
    { name: "a result too large", target: 1e308, tenure: 1, schedule: [10], kind: "#NUM!", mentions: "target" },
    { name: "an empty schedule", target: 100, tenure: 1, schedule: [], kind: "#VALUE!", mentions: "schedule" },
    { name: "a negative factor", target: 100, tenure: 1, schedule: [0.5, -0.5], kind: "#VALUE!", mentions: "schedule: row 2 is negative (-0.5)" },
  ])("returns $kind for $name", ({ target, tenure, schedule, kind, mentions }) => {
    const result = rampTarget(target, tenure, schedule);
    expect(kindOf(result)).toBe(kind);
    expect(messageOf(result)).toContain(mentions);
  });

  describe("properties", () => {
    const schedule = fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 1, maxLength: 24 });
    const tenure = fc.double({ min: 1, max: 100, noNaN: true });

    it("is the target times the factor of the truncated tenure, or the last factor", () => {
      fc.assert(
        fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), tenure, schedule, (target, t, s) => {
          expect(rampTarget(target, t, s)).toBe(target * s[Math.min(Math.trunc(t), s.length) - 1] + 0);
        }),
      );
    });

    it("does not mutate the schedule", () => {
      fc.assert(
        fc.property(finite, tenure, schedule, (target, t, s) => {
          const before = [...s];
          rampTarget(target, t, s);
          expect(s).toEqual(before);
        }),
      );
    });

    it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
      fc.assert(
        fc.property(finite, finite, fc.array(finite, { maxLength: 6 }), (target, t, s) => {
          expect(isFiniteNumber(rampTarget(target, t, s))).toBe(true);
        }),
      );
    });
  });
});

describe("compileRampSchedule and rampTargetCompiled", () => {
  it("gives the same target as rampTarget", () => {
    const ramp = compileRampSchedule(quarterly) as RampSchedule;
    expect(rampTargetCompiled(100000, 3.5, ramp)).toBe(75000);
  });

  it("keeps its own copy of the schedule", () => {
    const schedule = [0.5, 1];
    const ramp = compileRampSchedule(schedule) as RampSchedule;
    schedule[0] = 0.9;
    expect(rampTargetCompiled(100, 1, ramp)).toBe(50);
  });

  it.each<{ name: string; schedule: number[]; mentions: string }>([
    { name: "an empty schedule", schedule: [], mentions: "schedule" },
    { name: "a negative factor", schedule: [1, 2, -1], mentions: "schedule: row 3" },
  ])("returns #VALUE! for $name", ({ schedule, mentions }) => {
    const result = compileRampSchedule(schedule);
    expect(kindOf(result)).toBe("#VALUE!");
    expect(messageOf(result)).toContain(mentions);
  });

  it("returns #NUM! for a tenure below 1", () => {
    const result = rampTargetCompiled(100, 0.9, compileRampSchedule(quarterly) as RampSchedule);
    expect(kindOf(result)).toBe("#NUM!");
    expect(messageOf(result)).toContain("tenure");
  });

  it("agrees with rampTarget for any finite input", () => {
    fc.assert(
      fc.property(finite, finite, fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 6 }), (target, t, s) => {
        expect(rampTargetCompiled(target, t, compileRampSchedule(s) as RampSchedule)).toEqual(rampTarget(target, t, s));
      }),
    );
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    fc.assert(
      fc.property(finite, finite, fc.array(finite, { maxLength: 6 }), (target, t, s) => {
        const ramp = compileRampSchedule(s);
        expect(isKpiError(ramp) || isFiniteNumber(rampTargetCompiled(target, t, ramp))).toBe(true);
      }),
    );
  });
});
