import fc from "fast-check";
import { currencyCode, parseMoney } from "../../../src/core/currency";

describe("currencyCode", () => {
  it.each([
    { text: "USD", code: "USD" },
    { text: " usd ", code: "USD" },
    { text: "人民币", code: "CNY" },
    { text: "RMB", code: "CNY" },
    { text: "￥", code: "CNY" },
    { text: "欧元", code: "EUR" },
    { text: "€", code: "EUR" },
    { text: "HK$", code: "HKD" },
    { text: "港币", code: "HKD" },
    { text: "$", code: "USD" },
  ])("reads $text as $code", ({ text, code }) => {
    expect(currencyCode(text)).toBe(code);
  });

  it("reads a symbol as the plan says it is meant", () => {
    expect([currencyCode("$", { symbols: { $: "CAD" } }), currencyCode("¥", { symbols: { "¥": "JPY" } })]).toEqual(["CAD", "JPY"]);
  });

  it("takes an unfamiliar three-letter code only from a currency column", () => {
    expect([currencyCode("XOF"), currencyCode("XOF", { anyCode: true })]).toEqual([null, "XOF"]);
  });

  it.each(["", "n/a", "dollars and cents", "12"])("names no currency in %p", (text) => {
    expect(currencyCode(text)).toBeNull();
  });
});

describe("parseMoney", () => {
  it.each([
    { text: "USD 12,000.00", amount: 12000, currency: "USD" },
    { text: "$1,200", amount: 1200, currency: "USD" },
    { text: "¥3,000", amount: 3000, currency: "CNY" },
    { text: "￥3,000.50", amount: 3000.5, currency: "CNY" },
    { text: "€950", amount: 950, currency: "EUR" },
    { text: "1,200 EUR", amount: 1200, currency: "EUR" },
    { text: "RMB 8,000", amount: 8000, currency: "CNY" },
    { text: "CNY8000", amount: 8000, currency: "CNY" },
    { text: "12万元", amount: 120000, currency: "CNY" },
    { text: "-$1,200", amount: -1200, currency: "USD" },
    { text: "$-1,200", amount: -1200, currency: "USD" },
    { text: "(US$1,200.00)", amount: -1200, currency: "USD" },
    { text: "HK$ 500", amount: 500, currency: "HKD" },
    { text: "1,200", amount: 1200, currency: null },
    { text: "$ 5 USD", amount: 5, currency: "USD" },
  ])("reads $text as $amount $currency", ({ text, amount, currency }) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it.each(["USD 5 EUR", "€ 950,00", "abc 100", "USD", "12 apples"])("is not an amount: %p", (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it("reads $ as the plan's dollar", () => {
    expect(parseMoney("$1,200", { symbols: { $: "AUD" } })).toEqual({ amount: 1200, currency: "AUD" });
  });

  it("reads back any amount written with a code before or after it", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom("USD", "EUR", "CNY", "GBP"), fc.boolean(), (cents, code, before) => {
        const amount = cents / 100;
        const text = before ? `${code} ${amount.toFixed(2)}` : `${amount.toFixed(2)} ${code}`;
        expect(parseMoney(text)).toEqual({ amount, currency: code });
      }),
    );
  });
});
