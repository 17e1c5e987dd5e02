import { conversionFor, convertAmount } from "../../../src/core/currency";

describe("conversionFor", () => {
  it("has nothing to do when no amount names a currency", () => {
    expect(conversionFor([], { reporting: "CNY", rates: { USD: 7.1 } })).toEqual({ kind: "none" });
  });

  it("shows one currency as it is when the plan names no other", () => {
    expect(conversionFor(["EUR"], { reporting: null, rates: {} })).toEqual({ kind: "single", currency: "EUR" });
  });

  it("shows one currency as it is when it is the reporting one", () => {
    expect(conversionFor(["CNY"], { reporting: "CNY", rates: { USD: 7.1 } })).toEqual({ kind: "single", currency: "CNY" });
  });

  it("converts one currency to the plan's reporting currency at its rate", () => {
    expect(conversionFor(["USD"], { reporting: "CNY", rates: { USD: 7.1 } })).toEqual({ kind: "convert", reporting: "CNY", rates: { CNY: 1, USD: 7.1 } });
  });

  it("converts several currencies when every one has a rate", () => {
    expect(conversionFor(["USD", "EUR", "CNY"], { reporting: "CNY", rates: { USD: 7.1, EUR: 7.7, GBP: 9 } })).toEqual({
      kind: "convert",
      reporting: "CNY",
      rates: { CNY: 1, USD: 7.1, EUR: 7.7 },
    });
  });

  it("names every currency without a rate", () => {
    expect(conversionFor(["USD", "EUR", "JPY"], { reporting: "USD", rates: { JPY: 0.0066 } })).toEqual({ kind: "missing", reporting: "USD", missing: ["EUR"] });
  });

  it("names every currency found when several are mixed and the plan names no reporting currency", () => {
    expect(conversionFor(["USD", "EUR"], { reporting: null, rates: {} })).toEqual({ kind: "missing", reporting: null, missing: ["USD", "EUR"] });
  });

  it("asks for a rate when the one currency found is not the one the plan reports in", () => {
    expect(conversionFor(["USD"], { reporting: "CNY", rates: {} })).toEqual({ kind: "missing", reporting: "CNY", missing: ["USD"] });
  });

  it("does not take a rate of 0 as a rate", () => {
    expect(conversionFor(["USD", "EUR"], { reporting: "USD", rates: { EUR: 0 } })).toEqual({ kind: "missing", reporting: "USD", missing: ["EUR"] });
  });
});

describe("convertAmount", () => {
  it.each([
    { amount: 1200, rate: 7.1, result: 8520 },
    { amount: 1000.005, rate: 1, result: 1000.01 },
    { amount: -1.005, rate: 1, result: -1.01 },
    { amount: 333.33, rate: 1.0825, result: 360.83 },
  ])("converts $amount at $rate to $result, to the cent as ROUND does", ({ amount, rate, result }) => {
    expect(convertAmount(amount, rate)).toBe(result);
  });
});
