import fc from "fast-check";
import { isKpiError, type KpiError } from "../../../src/core/errors";
import { reconcile, type PaymentStatus } from "../../../src/core/commission";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const money = fc.double({ min: -1e7, max: 1e7, noNaN: true });
const tolerance = fc.double({ min: 0, max: 1000, noNaN: true });

describe("reconcile", () => {
  // 1,000 due, tolerance 1.
  it.each<{ name: string; paid: number; expected: { difference: number; status: PaymentStatus } }>([
    { name: "paid less than due beyond the tolerance", paid: 900, expected: { difference: -100, status: "underpaid" } },
    { name: "paid more than due beyond the tolerance", paid: 1100, expected: { difference: 100, status: "overpaid" } },
    { name: "paid within the tolerance above", paid: 1000.5, expected: { difference: 0.5, status: "ok" } },
    { name: "paid within the tolerance below", paid: 999.5, expected: { difference: -0.5, status: "ok" } },
    { name: "paid exactly the tolerance short", paid: 999, expected: { difference: -1, status: "ok" } },
    { name: "paid exactly the tolerance over", paid: 1001, expected: { difference: 1, status: "ok" } },
    { name: "paid exactly what was due", paid: 1000, expected: { difference: 0, status: "ok" } },
    { name: "paid nothing", paid: 0, expected: { difference: -1000, status: "underpaid" } },
  ])("finds $expected.status when $name", ({ paid, expected }) => {
    expect(reconcile(paid, 1000, 1)).toEqual(expected);
  });

  it("counts only an exact payment as ok with a zero tolerance", () => {
    expect([reconcile(1000, 1000, 0), reconcile(1000.01, 1000, 0)].map((r) => (isKpiError(r) ? r.kind : r.status))).toEqual(["ok", "overpaid"]);
  });

  it("returns #NUM! naming tolerance when it is negative", () => {
    const result = reconcile(1000, 1000, -1) as KpiError;
    expect([result.kind, result.message.startsWith("tolerance:")]).toEqual(["#NUM!", true]);
  });

  it("returns #NUM! naming paid when the difference is too large to represent", () => {
    const result = reconcile(Number.MAX_VALUE, -Number.MAX_VALUE, 1) as KpiError;
    expect([result.kind, result.message.startsWith("paid:")]).toEqual(["#NUM!", true]);
  });

  it("finds the payment ok whatever the tolerance when it is exactly what was due", () => {
    fc.assert(
      fc.property(money, tolerance, (due, tolerance) => {
        expect(reconcile(due, due, tolerance)).toEqual({ difference: 0, status: "ok" });
      }),
    );
  });

  it("turns underpaid into overpaid when paid and due change places", () => {
    const mirror: Record<PaymentStatus, PaymentStatus> = { ok: "ok", underpaid: "overpaid", overpaid: "underpaid" };
    fc.assert(
      fc.property(money, money, tolerance, (paid, due, tolerance) => {
        const there = reconcile(paid, due, tolerance) as { status: PaymentStatus };
        const back = reconcile(due, paid, tolerance) as { status: PaymentStatus };
        expect(back.status).toBe(mirror[there.status]);
      }),
    );
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    fc.assert(
      fc.property(finite, finite, finite, (paid, due, tolerance) => {
        const result = reconcile(paid, due, tolerance);
        expect(isKpiError(result) || (Number.isFinite(result.difference) && ["ok", "underpaid", "overpaid"].includes(result.status))).toBe(true);
      }),
    );
  });
});

describe("reconcile to the cent", () => {
  it("calls payments that add up to the cent paid, at a tolerance of 0", () => {
    expect([reconcile(0.1 + 0.2, 0.3, 0), reconcile(0.1 + 0.2, 0.3, 0, { decimals: 2 })]).toEqual([
      { difference: 0.1 + 0.2 - 0.3, status: "overpaid" },
      { difference: 0, status: "ok" },
    ]);
  });
});
