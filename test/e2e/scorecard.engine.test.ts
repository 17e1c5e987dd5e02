import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { parsePlan } from "../../src/reviews/plan";
import type { PlanInput } from "../../src/reviews/plan";
import { buildScorecard, RANK_LIVE_LIMIT } from "../../src/reviews/scorecard/build";
import type { BuildContext } from "../../src/reviews/context";
import type { Build, Cell } from "../../src/sheets/spec";
import { writeWorkbook } from "../../src/workbook/xlsxWrite";
import type { ScoreRecord, SourceData } from "../../src/datasets/records";
import { compareWithEngine, describeWithLibreOffice, recalculate, type EngineValues } from "./libreoffice";
import { checkXlsxXml } from "./xmlOrder";

type Scorecard = NonNullable<PlanInput["scorecard"]>;

function context(language: BuildContext["language"], scorecard: Scorecard): BuildContext {
  const parsed = parsePlan({ version: 1, language, scorecard });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return { plan: parsed.plan, language, asOf: 46113, periodStart: 46023, periodEnd: 46387 };
}

function scores(rows: [name: string, kpi: string, target: number, actual: number | null, team?: string][]): SourceData<ScoreRecord> {
  const records = rows.map(([name, kpi, target, actual, team], i) => ({ row: i + 2, name, kpi, target, actual, team: team ?? null }));
  return { origin: 'Sheet "Scores"', sheet: "Scores", headers: { kpi: "KPI", target: "Target" }, records, warnings: [] };
}

/** Caps, thresholds, a lower-is-better KPI, bands, blanks, a zero target, a forced distribution, names like formulas. */
const PLAN: Scorecard = {
  kpis: [
    { name: "Sales", weight: 50, threshold: 0.5, cap: 1.2 },
    { name: "Cost", weight: 30, direction: "lower" },
    { name: "NPS", weight: 20, bands: [{ bound: 0.8, score: 0.5 }, { bound: 1, score: 1 }, { bound: 1.2, score: 1.3 }] },
  ],
  rating: [{ min: 0, label: "C" }, { min: 0.8, label: "B*" }, { min: 1, label: "A" }],
  distribution: { A: 0.2, "B*": 0.5 },
};

const TEAM = scores([
  ["Ann", "Sales", 100, 130, "North"],
  ["Ann", "Cost", 50, 45],
  ["Ann", "NPS", 40, 35],
  ["Bob", "Sales", 100, 40, "South"],
  ["Bob", "Cost", 50, 60, "South"],
  ["Bob", "NPS", 40, 49, "South"],
  ["Bob", "Churn", 5, 3, "South"],
  ["Cho", "Sales", 100, 90, "North"],
  ["Cho", "Cost", 50, null, "North"],
  ["Dan", "Sales", 100, null, "South"],
  ["=Eve", "Sales", 100, 120, "=Team"],
  ["=Eve", "Cost", 50, 150, "=Team"],
  ["=Eve", "NPS", 40, 30, "=Team"],
  ["Fay", "Sales", 0, 5, "North"],
  ["Gus", "Sales", -100, -80, "North"],
  ["Gus", "Cost", 12.5, 13.75, "North"],
  ["李雷", "Sales", 3, 1, "华东"],
  ["李雷", "NPS", 7, 9, "华东"],
]);

/**
 * Every score 0.8 with weights 0.35/0.35/0.3: in plain double arithmetic the weighted sum is 0.7999999999999999
 * before the sheet rounds it (LibreOffice's own adder happens to give 0.8; the rounding keeps every engine on B).
 */
const BOUNDARY: [Scorecard, SourceData<ScoreRecord>] = [
  { kpis: [{ name: "X", weight: 0.35 }, { name: "Y", weight: 0.35 }, { name: "Z", weight: 0.3 }] },
  scores([
    ["A", "X", 10, 8],
    ["A", "Y", 10, 8],
    ["A", "Z", 10, 8],
    ["B", "X", 10, 9],
    ["B", "Z", 10, 9],
  ]),
];

/** No KPIs in the plan: one per name in the data, equal weights. */
const DERIVED = scores([
  ["Bo*", "Calls", 100, 85],
  ["Bo*", "Deals", 10, 12],
  ["Bob", "Calls", 100, 110],
  ["Bob", "deals", 10, null],
  ["Cy", "Calls", 100, 85],
  ["Cy", "Deals", 10, 12],
]);

/**
 * Just over the live-rank limit, so the rows are sorted at build time and ranked against the row above:
 * scores repeat (ties), every tenth person has nothing entered (blanks) and every fifth has a second KPI.
 */
const LARGE = scores(
  Array.from({ length: RANK_LIVE_LIMIT + 1 }, (_, i): [string, string, number, number | null][] => [
    [`P${i}`, "Sales", 10, i % 10 === 3 ? null : (i * 7919) % 40],
    ...(i % 5 === 0 ? [[`P${i}`, "Calls", 4, i % 4] as [string, string, number, number]] : []),
  ]).flat(),
);

async function recalculated(build: Build): Promise<{ values: EngineValues; xmlProblems: string[] }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-scorecard-"));
  try {
    const file = path.join(dir, "scorecard.xlsx");
    await writeWorkbook(file, build.sheets);
    return { values: await recalculate(file), xmlProblems: await checkXlsxXml(file) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describeWithLibreOffice("scorecard recalculated by LibreOffice", () => {
  jest.setTimeout(240_000);

  it.each([
    { name: "the team with the full plan, in English", language: "en" as const, scorecard: PLAN, data: TEAM },
    { name: "the team with the full plan, in Chinese", language: "zh-CN" as const, scorecard: PLAN, data: TEAM },
    { name: "a weighted score at a rating boundary", language: "en" as const, scorecard: BOUNDARY[0], data: BOUNDARY[1] },
    { name: "KPIs taken from the data", language: "en" as const, scorecard: {}, data: DERIVED },
    { name: "no results at all", language: "en" as const, scorecard: PLAN, data: scores([]) },
    { name: "a team just over the live-rank limit, with ties and blanks", language: "en" as const, scorecard: {}, data: LARGE },
  ])("gives every cached value back: $name", async ({ language, scorecard, data }) => {
    const build = buildScorecard(context(language, scorecard), { scores: data });
    const { values } = await recalculated(build);
    expect(compareWithEngine(build.sheets, values)).toEqual([]);
  });

  it("writes a file whose XML Excel opens without repair", async () => {
    const build = buildScorecard(context("en", PLAN), { scores: TEAM });
    const { xmlProblems } = await recalculated(build);
    expect(xmlProblems).toEqual([]);
  });

  it("recomputes the scorecard when the engine recalculates a changed cached value", async () => {
    const build = buildScorecard(context("en", PLAN), { scores: TEAM });
    const review = build.sheets[build.sheets.length - 1];
    const cell = review.rows.flat().find((c) => c?.f?.startsWith("IF((IF(")) as Cell;
    const truth = cell.v;
    cell.v = 999_999;
    const { values } = await recalculated(build);
    expect(compareWithEngine([review], values).map((m) => m.engine)).toEqual([truth]);
  });
});
