import type { SheetSpec } from "../../src/sheets/spec";
import type { Formula } from "../../src/excel/formula";
import { asText, planChunks, renameSheetRefs, uniqueSheetName, widthInPoints } from "../../src/workbook/office";

function sheet(name: string, rows: number, text = "x"): SheetSpec {
  return { name, purpose: "data", rows: Array.from({ length: rows }, (_, i) => [{ v: `${text}${i}` }, { v: i, fmt: "0" }]) };
}

describe("asText", () => {
  it.each([
    { text: "=SUM(A1)", written: "'=SUM(A1)" },
    { text: "+44 20", written: "'+44 20" },
    { text: "-Ann", written: "'-Ann" },
    { text: "@team", written: "'@team" },
    { text: "'quoted", written: "''quoted" },
    { text: "#REF!", written: "'#REF!" },
    { text: "2025-01-31", written: "'2025-01-31" },
    { text: "false", written: "'false" },
    { text: "Ann", written: "Ann" },
    { text: "张伟", written: "张伟" },
    { text: "North team", written: "North team" },
  ])("writes $text as $written", ({ text, written }) => {
    expect(asText(text)).toBe(written);
  });
});

describe("uniqueSheetName", () => {
  it.each([
    { base: "Scorecard", taken: [], name: "Scorecard" },
    { base: "Scorecard", taken: ["scorecard"], name: "Scorecard (2)" },
    { base: "Scorecard", taken: ["scorecard", "scorecard (2)"], name: "Scorecard (3)" },
    { base: "Commission by rep and product", taken: ["commission by rep and product"], name: "Commission by rep and produ (2)" },
    { base: "Data - Deals and stages'", taken: ["data - deals and stages'"], name: "Data - Deals and stages (2)" },
  ])("names $base $name when $taken are taken", ({ base, taken, name }) => {
    expect(uniqueSheetName(base, new Set(taken))).toBe(name);
  });

  it("never gives a name longer than Excel's 31 characters", () => {
    expect(uniqueSheetName("A".repeat(31), new Set(["a".repeat(31)])).length).toBe(31);
  });
});

describe("renameSheetRefs", () => {
  const renames = new Map([
    ["data - deals", "Data - Deals (2)"],
    ["people", "People (2)"],
    ["o'brien", "O'Brien (2)"],
  ]);

  it.each([
    { formula: "SUM('Data - Deals'!B2:B9)", renamed: "SUM('Data - Deals (2)'!B2:B9)" },
    { formula: "COUNTA(People!A:A)+COUNTA(people!B:B)", renamed: "COUNTA('People (2)'!A:A)+COUNTA('People (2)'!B:B)" },
    { formula: "'O''Brien'!A1", renamed: "'O''Brien (2)'!A1" },
    { formula: '"People!A1"&\'Other\'!A1', renamed: '"People!A1"&\'Other\'!A1' },
    { formula: "MyPeople!A1+People", renamed: "MyPeople!A1+People" },
  ])("rewrites $formula as $renamed", ({ formula, renamed }) => {
    expect(renameSheetRefs(formula as Formula, renames)).toBe(renamed);
  });
});

describe("widthInPoints", () => {
  it.each([
    { characters: 8.43, points: 48 },
    { characters: 10, points: 56.25 },
    { characters: 0, points: 0 },
  ])("gives $points points for a width of $characters characters", ({ characters, points }) => {
    expect(widthInPoints(characters)).toBeCloseTo(points, 1);
  });
});

describe("planChunks", () => {
  it("packs small sheets into one chunk", () => {
    const plan = planChunks([sheet("A", 10), sheet("B", 10)], 4_000_000);
    expect(plan.chunks.map((c) => c.blocks.map((b) => [b.sheet, b.top, b.formulas.length]))).toEqual([
      [
        [0, 0, 10],
        [1, 0, 10],
      ],
    ]);
  });

  it("splits a sheet into whole blocks of rows, each under the budget", () => {
    const plan = planChunks([sheet("A", 1000)], 5_000);
    expect({ many: plan.chunks.length > 1, over: plan.chunks.filter((c) => c.bytes > 5_000) }).toEqual({ many: true, over: [] });
  });

  it("writes every row exactly once, in order", () => {
    const plan = planChunks([sheet("A", 1000), sheet("B", 7)], 5_000);
    const rows = plan.chunks.flatMap((c) => c.blocks.flatMap((b) => b.formulas.map((_, i) => `${b.sheet}:${b.top + i}`)));
    expect(rows).toEqual([...Array.from({ length: 1000 }, (_, i) => `0:${i}`), ...Array.from({ length: 7 }, (_, i) => `1:${i}`)]);
  });

  it("counts text in UTF-8, so Chinese rows make more chunks than the same count of ASCII rows", () => {
    const ascii = planChunks([sheet("A", 2000, "abcdefgh")], 20_000).chunks.length;
    const chinese = planChunks([sheet("A", 2000, "销售目标达成情况")], 20_000).chunks.length;
    expect(chinese).toBeGreaterThan(ascii);
  });

  it("gives a row larger than the budget a chunk of its own", () => {
    const wide: SheetSpec = { name: "Wide", purpose: "data", rows: [[{ v: "a" }], [{ v: "b".repeat(10_000) }], [{ v: "c" }]] };
    expect(planChunks([wide], 5_000).chunks.map((c) => c.blocks.map((b) => b.formulas.length))).toEqual([[1], [1], [1]]);
  });

  it("pads short rows to the sheet's width with null, which leaves a cell empty", () => {
    const ragged: SheetSpec = { name: "R", purpose: "data", rows: [[{ v: "Title" }], [{ v: "a" }, { v: 1 }, { v: 2 }]] };
    expect(planChunks([ragged]).chunks[0].blocks[0].formulas).toEqual([
      ["Title", null, null],
      ["a", 1, 2],
    ]);
  });

  it("sends no number formats for a block without any", () => {
    const plain: SheetSpec = { name: "P", purpose: "data", rows: [[{ v: "a" }]] };
    expect(planChunks([plain]).chunks[0].blocks[0].formats).toBeNull();
  });
});
