import { dateSerial } from "../../../src/core/text/parseDate";
import { monthHeadings, monthsText, periodText, seasonalityText, TARGET_LABELS } from "../../../src/reviews/targets/labels";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;
const months = (first: { year: number; month: number }) =>
  Array.from({ length: 12 }, (_, k) => ({ year: first.year + Math.floor((first.month - 1 + k) / 12), month: ((first.month - 1 + k) % 12) + 1 }));

describe("target plan labels", () => {
  it.each([
    { name: "a calendar year in English", language: "en" as const, start: day(1, 1), end: day(12, 31), expected: "2026" },
    { name: "a calendar year in Chinese", language: "zh-CN" as const, start: day(1, 1), end: day(12, 31), expected: "2026年" },
    { name: "any other period by its days", language: "en" as const, start: day(4, 1), end: day(3, 31, 2027), expected: "2026-04-01 – 2027-03-31" },
  ])("names the period of $name", ({ language, start, end, expected }) => {
    expect(periodText(TARGET_LABELS[language], start, end)).toBe(expected);
  });

  it.each([
    { name: "a calendar year in English", language: "en" as const, first: { year: 2026, month: 1 }, expected: "Jan – Dec 2026" },
    { name: "a calendar year in Chinese", language: "zh-CN" as const, first: { year: 2026, month: 1 }, expected: "1月 – 12月（2026年）" },
    { name: "months over two years in English", language: "en" as const, first: { year: 2026, month: 4 }, expected: "Apr 2026 – Mar 2027" },
    { name: "months over two years in Chinese", language: "zh-CN" as const, first: { year: 2026, month: 4 }, expected: "2026年4月 – 2027年3月" },
  ])("writes the months of $name", ({ language, first, expected }) => {
    expect(monthsText(TARGET_LABELS[language], months(first))).toBe(expected);
  });

  it("heads the months without the year when they are all in one year", () => {
    expect(monthHeadings(TARGET_LABELS.en, months({ year: 2026, month: 1 })).slice(0, 2)).toEqual(["Jan", "Feb"]);
  });

  it.each([
    { name: "the history years used", years: [2024, 2025], expected: "the seasonality of 2024, 2025" },
    { name: "an even split without them", years: [], expected: "an even split" },
  ])("describes the seasonality by $name", ({ years, expected }) => {
    expect(seasonalityText(TARGET_LABELS.en, years)).toBe(expected);
  });
});
