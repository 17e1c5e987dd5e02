import { promises as fs } from "fs";
import type { Formula } from "../../src/excel/formula";
import * as os from "os";
import * as path from "path";
import { Cell, SheetSpec } from "../../src/sheets/spec";
import { writeWorkbook } from "../../src/workbook/xlsxWrite";
import { compareWithEngine, describeWithLibreOffice, EngineValues, hasLibreOffice, recalculate } from "./libreoffice";
import { checkXlsxXml } from "./xmlOrder";

/** Formula text written as is: these tests hand the writer formulas no review would build. */
const raw = (text: string): Formula => text as Formula;

const ENGINE_TIMEOUT = 120_000;

// ---------------------------------------------------------------------------------------------
// The classic-formula workbook: values computed here in JavaScript are the cached values, and
// LibreOffice must compute the same from the formulas.

interface Deal {
  owner: string;
  stage: "Won" | "Lost" | "Proposal" | "Qualified";
  amount: number;
  probability: number;
}

const deals: Deal[] = [
  { owner: "Ana", stage: "Won", amount: 12000, probability: 1 },
  { owner: "Bo", stage: "Proposal", amount: 8000, probability: 0.5 },
  { owner: "Ana", stage: "Qualified", amount: 5000, probability: 0.25 },
  { owner: "Cy", stage: "Lost", amount: 7000, probability: 0 },
  { owner: "Bo", stage: "Won", amount: 15500, probability: 1 },
  { owner: "Ana", stage: "Proposal", amount: 9000, probability: 0.5 },
  { owner: "Cy", stage: "Qualified", amount: 4000, probability: 0.25 },
  { owner: "Bo", stage: "Won", amount: 3250, probability: 1 },
];
const people = ["Ana", "Bo", "Cy"];
const targets: Record<string, number> = { Ana: 15000, Bo: 16000, Cy: 5000 };
const bands: [number, string][] = [
  [0, "Below"],
  [0.8, "Near"],
  [1, "Met"],
  [1.2, "Exceeded"],
];

const D = "'Deals data'!";
const col = (letter: string): string => `${D}$${letter}$2:$${letter}$${deals.length + 1}`;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const mine = (p: string): Deal[] => deals.filter((d) => d.owner === p);
const wonBy = (p: string): number => sum(mine(p).filter((d) => d.stage === "Won").map((d) => d.amount));
const round = (x: number, digits: number): number => Math.sign(x) * Math.round(Math.abs(x) * 10 ** digits + 1e-9) / 10 ** digits;
const band = (x: number): string => bands.filter(([from]) => from <= x).pop()![1];

const dealsSheet: SheetSpec = {
  name: "Deals data",
  purpose: "data",
  rows: [
    [{ v: "Owner" }, { v: "Stage" }, { v: "Amount" }, { v: "Probability" }],
    ...deals.map((d) => [{ v: d.owner }, { v: d.stage }, { v: d.amount }, { v: d.probability }]),
  ],
};

const reviewRows: (Cell | null)[][] = [
  ["Name", "Won", "Open deals", "Weighted pipeline", "Average deal", "Target", "Achievement", "Rating", "Rank", "Won per won deal", "First deal"].map(
    (v) => ({ v, style: "header" as const }),
  ),
];
people.forEach((p, i) => {
  const r = i + 2;
  const won = wonBy(p);
  const wonCount = mine(p).filter((d) => d.stage === "Won").length;
  const achievement = round(won / targets[p], 4);
  const rank = 1 + people.filter((q) => wonBy(q) > won).length;
  reviewRows.push([
    { v: p },
    { v: won, f: raw(`SUMIFS(${col("C")},${col("A")},A${r},${col("B")},"Won")`) },
    { v: mine(p).filter((d) => d.stage !== "Lost" && d.stage !== "Won").length, f: raw(`COUNTIFS(${col("A")},A${r},${col("B")},"<>Lost",${col("B")},"<>Won")`) },
    {
      v: sum(mine(p).filter((d) => d.stage !== "Won" && d.stage !== "Lost").map((d) => d.amount * d.probability)),
      f: raw(`SUMPRODUCT((${col("A")}=A${r})*(${col("B")}<>"Won")*(${col("B")}<>"Lost"),${col("C")},${col("D")})`),
    },
    { v: sum(mine(p).map((d) => d.amount)) / mine(p).length, f: raw(`AVERAGEIFS(${col("C")},${col("A")},A${r})`) },
    { v: targets[p], f: raw(`INDEX($N$2:$N$4,MATCH(A${r},$M$2:$M$4,0))`) },
    { v: achievement, f: raw(`ROUND(B${r}/F${r},4)`) },
    { v: band(achievement), f: raw(`LOOKUP(G${r},$P$2:$P$5,$Q$2:$Q$5)`) },
    { v: rank, f: raw(`RANK.EQ(B${r},$B$2:$B$4)`) },
    { v: wonCount === 0 ? "none" : won / wonCount, f: raw(`IFERROR(B${r}/COUNTIFS(${col("A")},A${r},${col("B")},"Won"),"none")`) },
    { v: mine(p)[0].amount, f: raw(`${D}$C$${deals.indexOf(mine(p)[0]) + 2}`) },
    null,
    { v: p },
    { v: targets[p] },
    null,
    bands[i] ? { v: bands[i][0] } : null,
    bands[i] ? { v: bands[i][1] } : null,
  ]);
});
reviewRows.push([null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, { v: bands[3][0] }, { v: bands[3][1] }]);

const reviewSheet: SheetSpec = { name: "Rep's review", purpose: "scorecard", rows: reviewRows };
const totalWon = sum(people.map(wonBy));
const summarySheet: SheetSpec = {
  name: "Summary",
  purpose: "scorecard",
  rows: [
    [{ v: "Team won" }, { v: totalWon, f: raw("SUM('Rep''s review'!B2:B4)") }],
    [{ v: "Round half away from zero" }, { v: -3, f: raw("ROUND(-2.5,0)") }],
    [{ v: "Text from a number" }, { v: "42.0%", f: raw('TEXT(0.42,"0.0%")') }],
  ],
};

const texts = [
  ["a leading =", "=SUM(A1:A2)"],
  ["a leading = that would divide by zero", "=1/0"],
  ["a leading +", "+1"],
  ["a leading -", "-2"],
  ["a leading @", "@owner"],
];
const textSheet: SheetSpec = { name: "Notes", purpose: "data", rows: texts.map(([, text]) => [{ v: text }]) };

const classicSheets = [dealsSheet, reviewSheet, summarySheet, textSheet];

const classicCells: [string, string, number, number][] = [
  ["SUMIFS over a quoted sheet name", "Rep's review", 1, 1],
  ["COUNTIFS with <> criteria", "Rep's review", 2, 2],
  ["SUMPRODUCT of boolean masks", "Rep's review", 1, 3],
  ["AVERAGEIFS", "Rep's review", 3, 4],
  ["INDEX/MATCH exact", "Rep's review", 2, 5],
  ["ROUND to 4 places", "Rep's review", 1, 6],
  ["LOOKUP approximate", "Rep's review", 1, 7],
  ["LOOKUP approximate on a boundary", "Rep's review", 3, 7],
  ["RANK.EQ", "Rep's review", 2, 8],
  ["IFERROR over a division", "Rep's review", 2, 9],
  ["IFERROR falling back on a zero count", "Rep's review", 3, 9],
  ["a direct cross-sheet reference", "Rep's review", 3, 10],
  ["SUM over a sheet name with an apostrophe", "Summary", 0, 1],
  ["ROUND half away from zero", "Summary", 1, 1],
  ["TEXT with a percent format", "Summary", 2, 1],
];

// ---------------------------------------------------------------------------------------------

describeWithLibreOffice("LibreOffice recalculation", () => {
  let dir: string;
  let classicFile: string;
  let classic: EngineValues;
  let corrected: EngineValues;
  let streamedTexts: EngineValues;
  const wrong: SheetSpec = { name: "Check", purpose: "scorecard", rows: [[{ v: 2 }, { v: 3 }, { v: 999, f: raw("A1*B1") }, { v: 0, f: raw("A1/0") }]] };

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-lo-test-"));
    classicFile = path.join(dir, "classic.xlsx");
    const wrongFile = path.join(dir, "wrong.xlsx");
    await writeWorkbook(classicFile, classicSheets);
    const streamedFile = path.join(dir, "streamed.xlsx");
    await writeWorkbook(wrongFile, [wrong]);
    await writeWorkbook(streamedFile, [textSheet], { streaming: true });
    [classic, corrected, streamedTexts] = await Promise.all([recalculate(classicFile), recalculate(wrongFile), recalculate(streamedFile)]);
  }, ENGINE_TIMEOUT);

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("recalculates: a formula cached with a wrong value comes back corrected", () => {
    expect(corrected.get("Check")![0][2]).toBe(6);
  });

  it("reads an Excel error as its text", () => {
    expect(corrected.get("Check")![0][3]).toBe("#DIV/0!");
  });

  it("reports the wrong cached value and the error as mismatches with the engine", () => {
    expect(compareWithEngine([wrong], corrected)).toEqual([
      { sheet: "Check", cell: "C1", formula: raw("A1*B1"), cached: 999, engine: 6, problem: "differs by 993" },
      { sheet: "Check", cell: "D1", formula: raw("A1/0"), cached: 0, engine: "#DIV/0!", problem: "the engine gives #DIV/0!" },
    ]);
  });

  it.each(classicCells)("computes %s as JavaScript does", (_label, sheet, r, c) => {
    const spec = classicSheets.find((s) => s.name === sheet)!;
    const expected = spec.rows[r][c]!.v;
    const engine = classic.get(sheet)![r][c];
    expect(typeof engine === "number" && typeof expected === "number" ? round(engine, 9) : engine).toEqual(
      typeof expected === "number" ? round(expected, 9) : expected,
    );
  });

  it("agrees with every cached value of the classic workbook", () => {
    expect(compareWithEngine(classicSheets, classic)).toEqual([]);
  });

  it.each(texts.map(([label, text], row) => [label, text, row] as const))("keeps text with %s as text", (_label, text, row) => {
    expect(classic.get("Notes")![row][0]).toBe(text);
  });

  it.each(texts.map(([label, text], row) => [label, text, row] as const))("keeps streamed text with %s as text", (_label, text, row) => {
    expect(streamedTexts.get("Notes")![row][0]).toBe(text);
  });

  it("writes a file with no XML order problems", async () => {
    expect(await checkXlsxXml(classicFile)).toEqual([]);
  });
});

describe("compareWithEngine", () => {
  const spec: SheetSpec = { name: "S", purpose: "scorecard", rows: [[{ v: 1 }, { v: 0.1, f: raw("A1/10") }, { v: "Met", f: raw('IF(A1>0,"Met","Below")') }]] };
  const engine = (b: unknown, c: unknown): EngineValues => new Map([["S", [[1, b, c] as never]]]);

  it.each([
    ["equal numbers and text", 0.1, "Met"],
    ["a number within 1e-9 relative", 0.1 * (1 + 5e-10), "Met"],
  ])("accepts %s", (_label, b, c) => {
    expect(compareWithEngine([spec], engine(b, c))).toEqual([]);
  });

  it("accepts a value within 1e-9 absolute near zero", () => {
    const zero: SheetSpec = { name: "S", purpose: "scorecard", rows: [[{ v: 1 }, { v: 0, f: raw("A1-1") }, { v: "Met", f: raw('"Met"') }]] };
    expect(compareWithEngine([zero], engine(5e-10, "Met"))).toEqual([]);
  });

  it("reports a number off by more than 1e-9 relative", () => {
    expect(compareWithEngine([spec], engine(0.1000001, "Met")).map((m) => m.cell)).toEqual(["B1"]);
  });

  it("reports text that differs", () => {
    expect(compareWithEngine([spec], engine(0.1, "met")).map((m) => [m.cell, m.cached, m.engine])).toEqual([["C1", "Met", "met"]]);
  });

  it("reports an Excel error from the engine", () => {
    expect(compareWithEngine([spec], engine("#NAME?", "Met")).map((m) => m.problem)).toEqual(["the engine gives #NAME?"]);
  });

  it("reports a sheet the engine's copy lacks", () => {
    expect(compareWithEngine([spec], new Map()).map((m) => m.problem)).toEqual([
      "the engine's copy has no such sheet",
      "the engine's copy has no such sheet",
    ]);
  });
});

describe("without LibreOffice", () => {
  const saved = process.env.SOFFICE;
  beforeEach(() => {
    process.env.SOFFICE = path.join(os.tmpdir(), "no-such-dir", "soffice");
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.SOFFICE;
    else process.env.SOFFICE = saved;
  });

  it("hasLibreOffice says no", () => {
    expect(hasLibreOffice()).toBe(false);
  });

  it("recalculate says clearly that LibreOffice is missing", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-nolo-"));
    const file = path.join(dir, "book.xlsx");
    await writeWorkbook(file, [textSheet]);
    await expect(recalculate(file)).rejects.toThrow(/LibreOffice is not installed/);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
