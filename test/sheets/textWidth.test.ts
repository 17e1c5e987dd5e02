import { displayText, textWidth } from "../../src/sheets/textWidth";
import { AMOUNT, DATE, FOUR_DECIMALS, MULTIPLE, ONE_DECIMAL, PERCENT, PERCENT_2, WHOLE } from "../../src/sheets/formats";

// Expected texts are what Excel shows for the value under the format (checked by hand against Excel's
// number-format rules: thousands every three digits, half away from zero at the last decimal shown).

describe("displayText", () => {
  it.each([
    { value: 1234567.5, fmt: AMOUNT, shown: "1,234,567.50" },
    { value: 1234567.5, fmt: WHOLE, shown: "1,234,568" },
    { value: -9000, fmt: AMOUNT, shown: "-9,000.00" },
    { value: 999.96, fmt: ONE_DECIMAL, shown: "1,000.0" },
    { value: 0.4375, fmt: PERCENT, shown: "43.8%" },
    { value: 0.0525, fmt: PERCENT_2, shown: "5.25%" },
    { value: 1.0421, fmt: PERCENT, shown: "104.2%" },
    { value: 3.2, fmt: MULTIPLE, shown: "3.20x" },
    { value: 0.123456, fmt: FOUR_DECIMALS, shown: "0.1235" },
    { value: 46346, fmt: DATE, shown: "2026-11-20" },
    { value: 45658, fmt: DATE, shown: "2025-01-01" },
    { value: 12, fmt: "0", shown: "12" },
    { value: -0.00001, fmt: AMOUNT, shown: "0.00" },
  ])("shows $value under $fmt as $shown", ({ value, fmt, shown }) => {
    expect(displayText(value, fmt)).toBe(shown);
  });

  it.each([
    { value: 1 / 3, shown: "0.333333333" },
    { value: 1220000, shown: "1220000" },
    { value: 123456789012, shown: "1.23457E+11" },
  ])("shows $value in General within 11 characters as $shown", ({ value, shown }) => {
    expect(displayText(value)).toBe(shown);
  });

  it("shows text, true/false and empty as they are", () => {
    expect([displayText("Ann"), displayText(true), displayText(null)]).toEqual(["Ann", "TRUE", ""]);
  });
});

describe("textWidth", () => {
  it("counts a digit as one unit and a CJK character as two", () => {
    expect([textWidth("1234"), textWidth("目标")]).toEqual([4, 4]);
  });

  it("counts narrow punctuation less than a digit and capitals more", () => {
    expect(textWidth("1,234.00")).toBeLessThan(8);
    expect(textWidth("MW")).toBeGreaterThan(2.5);
  });

  it("makes bold and larger text wider", () => {
    expect(textWidth("Weighted", { bold: true })).toBeGreaterThan(textWidth("Weighted"));
    expect(textWidth("KPI scorecard", { size: 14 })).toBeCloseTo(textWidth("KPI scorecard") * (14 / 11), 1);
  });

  it("makes Latin text wider in a CJK face, and leaves CJK characters at two", () => {
    expect(textWidth("2026-11-20", { cjkFace: true })).toBeGreaterThan(textWidth("2026-11-20"));
    expect(textWidth("目标", { cjkFace: true })).toBe(4);
  });
});
