import { parseMonth } from "../../../src/core/text/parseMonth";

describe("parseMonth", () => {
  it.each([
    { text: "2026年1月", year: 2026, month: 1 },
    { text: "2026年01月", year: 2026, month: 1 },
    { text: "2026 年 12 月", year: 2026, month: 12 },
    { text: "2026年03期", year: 2026, month: 3 },
    { text: "2026年第3期", year: 2026, month: 3 },
    { text: "202603", year: 2026, month: 3 },
    { text: "Jan 2026", year: 2026, month: 1 },
    { text: "January 2026", year: 2026, month: 1 },
    { text: "Sept. 2026", year: 2026, month: 9 },
    { text: "Mar-2026", year: 2026, month: 3 },
    { text: "2026-01", year: 2026, month: 1 },
    { text: "2026/7", year: 2026, month: 7 },
    { text: "2026.07", year: 2026, month: 7 },
    { text: "07/2026", year: 2026, month: 7 },
    { text: "2026 Jan", year: 2026, month: 1 },
  ])("reads $text as month $month of $year", ({ text, year, month }) => {
    expect(parseMonth(text)).toEqual({ year, month });
  });

  it.each([
    { text: "1月", month: 1 },
    { text: "一月", month: 1 },
    { text: "12月份", month: 12 },
    { text: "Jan", month: 1 },
    { text: "march", month: 3 },
  ])("reads $text in the year given", ({ text, month }) => {
    expect(parseMonth(text, 2026)).toEqual({ year: 2026, month });
  });

  it.each(["1月", "Jan"])("does not guess the year of %p", (text) => {
    expect(parseMonth(text)).toBeNull();
  });

  it.each(["2026-13", "2026年0月", "2026-01-15", "3/5/2026", "Q1 2026", "Janvier 2026", "", "2026"])("is not a month label: %p", (text) => {
    expect(parseMonth(text, 2026)).toBeNull();
  });
});
