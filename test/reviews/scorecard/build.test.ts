import fc from "fast-check";
import { achievement, bandScore, rating, score, weighted } from "../../../src/core/scoring";
import { isKpiError } from "../../../src/core/errors";
import { defaultPlan, parsePlan } from "../../../src/reviews/plan";
import type { PlanInput } from "../../../src/reviews/plan";
import { buildScorecard, RANK_LIVE_LIMIT } from "../../../src/reviews/scorecard/build";
import type { BuildContext } from "../../../src/reviews/context";
import type { Build, Cell, SheetSpec } from "../../../src/sheets/spec";
import type { PersonRecord, ScoreRecord, SourceData } from "../../../src/datasets/records";
import { PLAN_LIMITS } from "../../../src/plan/schema";

// ---- Fixtures -------------------------------------------------------------------------------------

const AS_OF = 46113; // 2026-04-01

type Scorecard = NonNullable<PlanInput["scorecard"]>;

function context(language: BuildContext["language"] = "en", scorecard: Scorecard = {}): BuildContext {
  const parsed = parsePlan({ version: 1, language, scorecard });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return { plan: parsed.plan, language, asOf: AS_OF, periodStart: 46023, periodEnd: 46387 };
}

/** Records numbered from source row 2, as a reader delivers them. */
function records(rows: [name: string, kpi: string, target: number, actual: number | null, team?: string][]): ScoreRecord[] {
  return rows.map(([name, kpi, target, actual, team], i) => ({ row: i + 2, name, kpi, target, actual, team: team ?? null }));
}

function scores(list: ScoreRecord[], warnings: string[] = []): SourceData<ScoreRecord> {
  return { origin: 'Sheet "Scores"', sheet: "Scores", headers: { name: "Name", kpi: "KPI", target: "Target", actual: "Actual" }, records: list, warnings };
}

const PLAN: Scorecard = {
  kpis: [
    { name: "Sales", weight: 50, threshold: 0.5, cap: 1.2 },
    { name: "Cost", weight: 30, direction: "lower" },
    { name: "NPS", weight: 20, bands: [{ bound: 0.8, score: 0.5 }, { bound: 1, score: 1 }] },
  ],
  distribution: { A: 0.2, B: 0.5 },
};

/**
 * Ann: Sales 130/100 → 1.3 capped at 1.2; Cost 45/50 lower → 1.1; NPS 35/40 = 0.875 → band 0.5;
 *   weighted (1.2·50 + 1.1·30 + 0.5·20) / 100 = 1.03 → A, rank 1.
 * Bob: Sales 40/100 = 0.4 below threshold 0.5 → 0; Cost 60/50 lower → 0.8; NPS 42/40 = 1.05 → 1;
 *   weighted (0 + 0.8·30 + 1·20) / 100 = 0.44 → C, rank 4.
 * Cho: Sales 90/100 → 0.9; Cost not entered; NPS not in the data: weighted 0.9·50 / 50 = 0.9 → B, rank 2.
 * Dan: nothing entered: weighted, rating and rank blank.
 * =Eve: Sales 120/100 → 1.2; Cost 150/50 lower → max(0, 2 − 3) = 0; NPS 30/40 = 0.75 under the first band → 0;
 *   weighted (1.2·50 + 0 + 0) / 100 = 0.6 → C, rank 3.
 * Fay: Sales target 0 → blank achievement (warned). Also: a Churn row (not in the plan) and a second Ann Sales row.
 */
const TEAM = records([
  ["Ann", "Sales", 100, 130, "North"],
  ["Ann", "Cost", 50, 45],
  ["Ann", "NPS", 40, 35],
  ["Bob", "Sales", 100, 40, "South"],
  ["Bob", "Cost", 50, 60, "South"],
  ["Bob", "NPS", 40, 42, "South"],
  ["Bob", "Churn", 5, 3, "South"],
  ["Cho", "Sales", 100, 90, "North"],
  ["Cho", "Cost", 50, null, "North"],
  ["Dan", "Sales", 100, null, "South"],
  ["=Eve", "Sales", 100, 120, "=Team"],
  ["=Eve", "Cost", 50, 150, "=Team"],
  ["=Eve", "NPS", 40, 30, "=Team"],
  ["Ann", "Sales", 100, 999],
  ["Fay", "Sales", 0, 5, "North"],
]);

function teamBuild(language: BuildContext["language"] = "en"): Build {
  return buildScorecard(context(language, PLAN), { scores: scores(TEAM, ['Sheet "Scores", row 40: the name is blank; skipped.']) });
}

// ---- Reading the sheet back -------------------------------------------------------------------------

function review(build: Build): SheetSpec {
  return build.sheets[build.sheets.length - 1];
}

function allCells(build: Build): Cell[] {
  return build.sheets.flatMap((s) => s.rows.flat()).filter((c): c is Cell => c !== null);
}

function formulaCells(build: Build): Cell[] {
  return allCells(build).filter((c) => c.f !== undefined);
}

/** The 0-based row whose first cell holds `text` (after row `from`). */
function rowWith(sheet: SheetSpec, text: string, from = 0): number {
  const r = sheet.rows.findIndex((row, i) => i >= from && row[0]?.v === text);
  if (r < 0) throw new Error(`no row starts with ${text}`);
  return r;
}

/** The table's header row: the row whose first cell is the Name heading. */
function headRow(sheet: SheetSpec, nameHeading = "Name"): number {
  return rowWith(sheet, nameHeading);
}

/** The column of a heading in the table's header row; `group` picks a KPI's four columns. */
function columnOf(sheet: SheetSpec, heading: string, group?: string, nameHeading = "Name"): number {
  const head = headRow(sheet, nameHeading);
  const start = group === undefined ? 0 : sheet.rows[head - 1].findIndex((c) => c?.v === group);
  const col = sheet.rows[head].findIndex((c, i) => i >= start && c?.v === heading);
  if (start < 0 || col < 0) throw new Error(`no column ${heading} ${group ?? ""}`);
  return col;
}

/** The table cell of a person under a heading (of a KPI group). */
function cellOf(sheet: SheetSpec, person: string, heading: string, group?: string): Cell | null {
  const r = rowWith(sheet, person, headRow(sheet) + 1);
  return sheet.rows[r][columnOf(sheet, heading, group)] ?? null;
}

function valueOf(sheet: SheetSpec, person: string, heading: string, group?: string): unknown {
  return cellOf(sheet, person, heading, group)?.v;
}

/** The cell at an A1 address such as "C8". */
function at(sheet: SheetSpec, a1: string): Cell | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!m) throw new Error(`not an address: ${a1}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.rows[Number(m[2]) - 1]?.[col] ?? null;
}

/** The people column, in sheet order. */
function names(sheet: SheetSpec, nameHeading = "Name"): unknown[] {
  const head = headRow(sheet, nameHeading);
  const rows: unknown[] = [];
  for (let r = head + 1; r < sheet.rows.length && sheet.rows[r][0]; r++) rows.push(sheet.rows[r][0]?.v);
  return rows;
}

/** The distribution row of a rating label: [label, count, share, allowed, flag] values. */
function distribution(sheet: SheetSpec, label: string, heading = "Rating distribution"): unknown[] {
  const r = rowWith(sheet, label, rowWith(sheet, heading));
  return sheet.rows[r].slice(0, 5).map((c) => c?.v);
}

const FORBIDDEN = /XLOOKUP|XMATCH|LET\(|LAMBDA|FILTER\(|SORT\(|UNIQUE\(|SEQUENCE\(/;

// ---- Tests ----------------------------------------------------------------------------------------------

describe("buildScorecard: sheets", () => {
  it("returns the KPI results copy followed by the scorecard", () => {
    expect(teamBuild().sheets.map((s) => [s.name, s.purpose])).toEqual([
      ["Data - KPI results", "data"],
      ["Scorecard", "scorecard"],
    ]);
  });

  it("names the scorecard in Chinese for a Chinese build", () => {
    expect(review(teamBuild("zh-CN")).name).toBe("绩效评分");
  });

  it("keeps people in the order they first appear in the data", () => {
    expect(names(review(teamBuild()))).toEqual(["Ann", "Bob", "Cho", "Dan", "=Eve", "Fay"]);
  });

  it("treats names that differ only in case as one person, written as first found", () => {
    const build = buildScorecard(context(), { scores: scores(records([["Ann", "Calls", 10, 8], ["Bob", "Calls", 10, 9], ["ANN", "Deals", 4, 4]])) });
    expect([names(review(build)), valueOf(review(build), "Ann", "Achievement", "Deals")]).toEqual([["Ann", "Bob"], 1]);
  });

  it("gives each person the first team found in their rows", () => {
    expect(valueOf(review(teamBuild()), "Ann", "Team")).toBe("North");
  });

  describe("a team from the people data", () => {
    const person = (row: number, name: string, team: string | null): PersonRecord => ({ row, name, team, target: null, lastYear: null, potential: null, weight: null, start: null, end: null });
    const people = (list: PersonRecord[]): SourceData<PersonRecord> => ({ origin: 'Sheet "Team"', sheet: "Team", headers: { name: "Name", team: "Team" }, records: list, warnings: [] });
    const withPeople = (list: PersonRecord[]): SheetSpec =>
      review(buildScorecard(context("en", PLAN), { scores: scores(records([["Ann", "Sales", 100, 90], ["Bob", "Sales", 100, 80, "South"], ["Cy", "Sales", 100, 70]])), people: people(list) }));

    it("is the person's team when the KPI results give none, names compared as SUMIFS does", () => {
      expect(valueOf(withPeople([person(2, "ANN", "North")]), "Ann", "Team")).toBe("North");
    });

    it("never replaces the team the KPI results give", () => {
      expect(valueOf(withPeople([person(2, "Bob", "West")]), "Bob", "Team")).toBe("South");
    });

    it("is left blank, not guessed, when the people data has the name in two teams", () => {
      expect(valueOf(withPeople([person(2, "Cy", "North"), person(3, "Cy", "East")]), "Cy", "Team")).toBeNull();
    });
  });

  it("puts the title and the as-of date at the top", () => {
    const sheet = review(teamBuild());
    expect([sheet.rows[0][0], sheet.rows[1][1]]).toEqual([
      { v: "KPI scorecard", style: "title" },
      { v: AS_OF, fmt: "yyyy-mm-dd", style: "subtitle" },
    ]);
  });
});

describe("buildScorecard: per-KPI cells", () => {
  const sheet = review(teamBuild());

  it("references the data copy for the actual, so a blank stays blank", () => {
    expect(cellOf(sheet, "Ann", "Actual", "Sales")).toEqual({
      v: 130,
      f: `IF('Data - KPI results'!$E$2="","",'Data - KPI results'!$E$2)`,
      // Sales targets and actuals are all whole numbers
      fmt: "#,##0",
    });
  });

  it("caches a blank actual as an empty string", () => {
    expect(cellOf(sheet, "Cho", "Actual", "Cost")).toMatchObject({ v: "", f: `IF('Data - KPI results'!$E$10="","",'Data - KPI results'!$E$10)` });
  });

  it("references the data copy for the target", () => {
    expect(cellOf(sheet, "Bob", "Target", "Cost")).toMatchObject({ v: 50, f: "'Data - KPI results'!$D$6" });
  });

  it.each([
    { name: "higher is better", person: "Ann", kpi: "Sales", expected: 1.3 },
    { name: "lower is better, under target", person: "Ann", kpi: "Cost", expected: 1.1 },
    { name: "lower is better, over target", person: "Bob", kpi: "Cost", expected: 0.8 },
    { name: "lower is better, far over target (never below 0)", person: "=Eve", kpi: "Cost", expected: 0 },
    { name: "banded KPI", person: "Ann", kpi: "NPS", expected: 0.875 },
  ])("computes the achievement: $name", ({ person, kpi, expected }) => {
    expect(valueOf(sheet, person, "Achievement", kpi)).toBeCloseTo(expected, 12);
  });

  it.each([
    { name: "capped at the cap", person: "Ann", kpi: "Sales", expected: 1.2 },
    { name: "0 below the threshold", person: "Bob", kpi: "Sales", expected: 0 },
    { name: "the achievement when no cap applies", person: "Ann", kpi: "Cost", expected: 1.1 },
    { name: "the stepped band score", person: "Ann", kpi: "NPS", expected: 0.5 },
    { name: "the top band at and above its bound", person: "Bob", kpi: "NPS", expected: 1 },
    { name: "0 under the first band", person: "=Eve", kpi: "NPS", expected: 0 },
  ])("scores a KPI: $name", ({ person, kpi, expected }) => {
    expect(valueOf(sheet, person, "Score", kpi)).toBeCloseTo(expected, 12);
  });

  it.each([
    { name: "actual not entered", person: "Cho", kpi: "Cost" },
    { name: "KPI missing for the person", person: "Cho", kpi: "NPS" },
    { name: "target of 0", person: "Fay", kpi: "Sales" },
  ])("leaves achievement and score blank when the $name", ({ person, kpi }) => {
    expect([valueOf(sheet, person, "Achievement", kpi), valueOf(sheet, person, "Score", kpi)]).toEqual(["", ""]);
  });

  it("leaves actual and target empty for a KPI the person has no row for", () => {
    expect([cellOf(sheet, "Cho", "Actual", "NPS"), cellOf(sheet, "Cho", "Target", "NPS")]).toEqual([null, null]);
  });

  it("writes the achievement formula over the direction setting", () => {
    expect(cellOf(sheet, "Ann", "Achievement", "Cost")?.f).toBe('IF(OR(G10="",H10=0),"",IF($C$27="lower",MAX(0,2-G10/H10),G10/H10))');
  });

  it("writes the score formula over the threshold and cap settings", () => {
    expect(cellOf(sheet, "Ann", "Score", "Sales")?.f).toBe('IF(E10="","",IF(E10<$D$26,0,IF($E$26="",E10,MIN(E10,$E$26))))');
  });

  it("writes a banded score as a LOOKUP over the band table in the settings", () => {
    expect(cellOf(sheet, "Ann", "Score", "NPS")?.f).toBe('IF(M10="","",IF(M10<$K$26,0,LOOKUP(M10,$K$26:$K$27,$L$26:$L$27)))');
  });
});

describe("buildScorecard: overall columns", () => {
  const sheet = review(teamBuild());

  it.each([
    { person: "Ann", expected: 1.03 },
    { person: "Bob", expected: 0.44 },
    { person: "Cho", expected: 0.9 },
    { person: "=Eve", expected: 0.6 },
  ])("weights the scores of $person", ({ person, expected }) => {
    expect(valueOf(sheet, person, "Weighted score")).toBeCloseTo(expected, 12);
  });

  it("re-weights over the KPIs that have a score", () => {
    // Cho has only Sales: 0.9 · 50 / 50, not 0.9 · 50 / 100.
    expect(valueOf(sheet, "Cho", "Weighted score")).toBeCloseTo(0.9, 12);
  });

  it("leaves the weighted score, rating and rank blank when no KPI has a score", () => {
    expect([valueOf(sheet, "Dan", "Weighted score"), valueOf(sheet, "Dan", "Rating"), valueOf(sheet, "Dan", "Rank")]).toEqual(["", "", ""]);
  });

  it("writes the weighted score as explicit terms over the settings weights", () => {
    expect(cellOf(sheet, "Ann", "Weighted score")?.f).toBe(
      'IF((IF(F10="",0,$B$26)+IF(J10="",0,$B$27)+IF(N10="",0,$B$28))=0,"",' +
        'ROUND((N(F10)*IF(F10="",0,$B$26)+N(J10)*IF(J10="",0,$B$27)+N(N10)*IF(N10="",0,$B$28))/(IF(F10="",0,$B$26)+IF(J10="",0,$B$27)+IF(N10="",0,$B$28)),10))',
    );
  });

  it.each([
    { person: "Ann", expected: "A" },
    { person: "Bob", expected: "C" },
    { person: "Cho", expected: "B" },
    { person: "=Eve", expected: "C" },
  ])("rates $person on the scale", ({ person, expected }) => {
    expect(valueOf(sheet, person, "Rating")).toBe(expected);
  });

  it("looks the rating up in the scale of the settings", () => {
    expect(cellOf(sheet, "Ann", "Rating")?.f).toBe('IF(O10="","",IFERROR(LOOKUP(O10,$G$26:$G$28,$H$26:$H$28),""))');
  });

  it("ranks people by weighted score, highest first", () => {
    expect(["Ann", "Bob", "Cho", "Dan", "=Eve", "Fay"].map((p) => valueOf(sheet, p, "Rank"))).toEqual([1, 4, 2, "", 3, ""]);
  });

  it("gives tied people the same rank", () => {
    const tie = buildScorecard(context(), { scores: scores(records([["A", "Sales", 10, 9], ["B", "Sales", 10, 9], ["C", "Sales", 10, 5]])) });
    expect(["A", "B", "C"].map((p) => valueOf(review(tie), p, "Rank"))).toEqual([1, 1, 3]);
  });

  it("ranks with RANK.EQ over the weighted column", () => {
    expect(cellOf(sheet, "Ann", "Rank")?.f).toBe('IF(O10="","",RANK.EQ(O10,$O$10:$O$15))');
  });

  it("rounds the weighted score so float noise cannot drop it below a rating boundary", () => {
    // Summed term by term, (0.8·0.35 + 0.8·0.35 + 0.8·0.3) / 1 is 0.7999999999999999, which would rate C.
    const build = buildScorecard(context("en", { kpis: [{ name: "X", weight: 0.35 }, { name: "Y", weight: 0.35 }, { name: "Z", weight: 0.3 }] }), {
      scores: scores(records([["A", "X", 10, 8], ["A", "Y", 10, 8], ["A", "Z", 10, 8]])),
    });
    expect([valueOf(review(build), "A", "Weighted score"), valueOf(review(build), "A", "Rating")]).toEqual([0.8, "B"]);
  });

  it.each([
    { name: "11071 / 10263", actual: 11071, target: 10263, expected: 1.0787294164 },
    { name: "20740 / 11187", actual: 20740, target: 11187, expected: 1.8539376062 },
  ])("caches the weighted score as the engine's ROUND gives it, a half in the 11th decimal rounding up: $name", ({ actual, target, expected }) => {
    // In doubles 11071/10263 is 1.07872941634999…; LibreOffice 7.4 recalculates ROUND(…,10) to 1.0787294164.
    const build = buildScorecard(context("en", { kpis: [{ name: "X", weight: 1 }] }), { scores: scores(records([["A", "X", target, actual]])) });
    expect(valueOf(review(build), "A", "Weighted score")).toBe(expected);
  });
});

describe("buildScorecard: matches the core for every person", () => {
  /** What the core gives for one person, straight from the records and the plan. */
  function expectedRow(list: ScoreRecord[], person: string): { scores: (number | "")[]; weighted: number | "" } {
    const kpis = context("en", PLAN).plan.scorecard.kpis;
    const results = kpis.map((kpi) => {
      const record = list.find((r) => r.name === person && r.kpi === kpi.name);
      if (!record || record.actual === null || record.target === 0) return "";
      const reached = achievement(record.actual, record.target, kpi.direction ?? "higher") as number;
      return kpi.bands
        ? (bandScore(reached, kpi.bands) as number)
        : (score(record.actual, record.target, { threshold: kpi.threshold, cap: kpi.cap, direction: kpi.direction ?? "higher" }) as number);
    });
    const overall = weighted(
      results.map((s) => (s === "" ? null : s)),
      kpis.map((k) => k.weight),
    );
    return { scores: results, weighted: isKpiError(overall) ? "" : overall };
  }

  function actualRow(sheet: SheetSpec, person: string): { scores: (number | "")[]; weighted: number | "" } {
    return {
      scores: ["Sales", "Cost", "NPS"].map((kpi) => valueOf(sheet, person, "Score", kpi) as number | ""),
      weighted: valueOf(sheet, person, "Weighted score") as number | "",
    };
  }

  /** The row with every number matched within 1e-9, so the sheet's rounding to 10 decimals passes. */
  function close(row: { scores: (number | "")[]; weighted: number | "" }): unknown {
    const r = (v: number | ""): unknown => (v === "" ? "" : expect.closeTo(v, 9));
    return { scores: row.scores.map(r), weighted: r(row.weighted) };
  }

  it.each(["Ann", "Bob", "Cho", "Dan", "=Eve", "Fay"])("gives %s the core's scores and weighted score", (person) => {
    const firstAnnSales = TEAM.filter((r) => !(r.name === "Ann" && r.actual === 999));
    expect(actualRow(review(teamBuild()), person)).toEqual(close(expectedRow(firstAnnSales, person)));
  });

  it("caches the core's weighted score and rating for any team", () => {
    const kpiNames = ["Sales", "Cost", "NPS"];
    const record = fc.record({
      name: fc.constantFrom("A", "B", "C", "D"),
      kpi: fc.constantFrom(...kpiNames),
      target: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 })),
      actual: fc.option(fc.integer({ min: 0, max: 2000 }), { freq: 5 }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 14 }), (rows) => {
        // One row per person × KPI, as the builder keeps only the first.
        const unique = rows.filter((r, i) => rows.findIndex((o) => o.name === r.name && o.kpi === r.kpi) === i);
        const list = unique.map((r, i) => ({ ...r, row: i + 2, team: null }));
        const sheet = review(buildScorecard(context("en", PLAN), { scores: scores(list) }));
        const people = [...new Set(list.map((r) => r.name))];
        const got = people.map((p) => actualRow(sheet, p));
        const want = people.map((p) => close(expectedRow(list, p)));
        const ratings = people.map((p) => valueOf(sheet, p, "Rating"));
        const wantRatings = people.map((p) => {
          const w = expectedRow(list, p).weighted;
          return w === "" ? "" : rating(Math.round(w * 1e10) / 1e10, [{ min: 0, label: "C" }, { min: 0.8, label: "B" }, { min: 1, label: "A" }]);
        });
        expect({ got, ratings }).toEqual({ got: want, ratings: wantRatings });
      }),
      { numRuns: 150 },
    );
  });
});

describe("buildScorecard: KPIs", () => {
  it("makes one KPI per distinct name in data order, equally weighted, when the plan has none", () => {
    const build = buildScorecard(context(), { scores: scores(records([["A", "Calls", 10, 8], ["A", "Deals", 4, 4], ["B", "calls ", 10, 12]])) });
    const sheet = review(build);
    const settings = rowWith(sheet, "KPI");
    expect(sheet.rows.slice(settings + 1, settings + 3).map((r) => r.slice(0, 5).map((c) => c?.v ?? null))).toEqual([
      ["Calls", 1, "higher", 0, null],
      ["Deals", 1, "higher", 0, null],
    ]);
  });

  it.each([
    { name: "case and surrounding spaces", plan: "Sales", data: " sales" },
    { name: "full-width letters", plan: "Sales", data: "Ｓａｌｅｓ" },
    { name: "runs of spaces inside", plan: "New customers", data: "New  customers" },
  ])("matches data KPI names to the plan ignoring $name", ({ plan, data }) => {
    const build = buildScorecard(context("en", { kpis: [{ name: plan, weight: 1 }] }), { scores: scores(records([["A", data, 10, 8]])) });
    expect(valueOf(review(build), "A", "Achievement", plan)).toBeCloseTo(0.8, 12);
  });

  it("makes one KPI of data names that differ only in spacing when the plan has none", () => {
    const build = buildScorecard(context(), { scores: scores(records([["A", "New customers", 10, 8], ["B", "New  customers", 10, 9]])) });
    const sheet = review(build);
    expect(sheet.rows[headRow(sheet) - 1].filter((c) => typeof c?.v === "string" && c.v.startsWith("New")).map((c) => c?.v)).toEqual(["New customers"]);
  });

  it("warns about a KPI in the data that the plan does not list, naming sheet, column and rows", () => {
    expect(teamBuild().warnings).toContain('Sheet "Scores", column "KPI": "Churn" is not a KPI of the plan (row 8); those results are ignored.');
  });

  it("leaves a KPI the plan does not list out of the table", () => {
    const sheet = review(teamBuild());
    expect(sheet.rows[headRow(sheet) - 1].some((c) => c?.v === "Churn")).toBe(false);
  });

  it("lists at most five rows of an unknown KPI", () => {
    const list = records([["A", "X", 1, 1], ["A", "Y", 1, 1], ["B", "Y", 1, 1], ["C", "Y", 1, 1], ["D", "Y", 1, 1], ["E", "Y", 1, 1], ["F", "Y", 1, 1]]);
    const build = buildScorecard(context("en", { kpis: [{ name: "X", weight: 1 }] }), { scores: scores(list) });
    expect(build.warnings).toContain('Sheet "Scores", column "KPI": "Y" is not a KPI of the plan (rows 3, 4, 5, 6, 7 and 1 more); those results are ignored.');
  });

  it("warns about a second result for the same person and KPI and keeps the first", () => {
    const build = teamBuild();
    expect([build.warnings, valueOf(review(build), "Ann", "Actual", "Sales")]).toEqual([
      expect.arrayContaining(['Sheet "Scores", row 15: a second "Sales" result for Ann (the first is row 2); row 15 is ignored.']),
      130,
    ]);
  });

  it("warns about a target of 0, naming the row and column", () => {
    expect(teamBuild().warnings).toContain('Sheet "Scores", row 16, column "Target": the target of "Sales" for Fay is 0, so its achievement is left blank.');
  });

  it("warns about a plan KPI that no one has a result for", () => {
    const build = buildScorecard(context("en", { kpis: [{ name: "X", weight: 1 }, { name: "Y", weight: 1 }] }), { scores: scores(records([["A", "X", 1, 1]])) });
    expect(build.warnings).toContain('KPI "Y" of the plan has no results in the data; it is blank for everyone.');
  });

  it("warns that a banded KPI does not use its threshold and cap", () => {
    const build = buildScorecard(context("en", { kpis: [{ name: "X", weight: 1, threshold: 0.5, bands: [{ bound: 1, score: 1 }] }] }), {
      scores: scores(records([["A", "X", 1, 1]])),
    });
    expect(build.warnings).toContain('KPI "X" scores by bands; its threshold and cap are not used.');
  });

  it("throws a message naming the plan field for a band table that is not ascending", () => {
    const ctx = context("en", { kpis: [{ name: "X", weight: 1, bands: [{ bound: 1, score: 1 }, { bound: 0.5, score: 2 }] }] });
    expect(() => buildScorecard(ctx, { scores: scores([]) })).toThrow('plan scorecard KPI "X": bands: row 2 bound 0.5 is not above row 1 bound 1');
  });

  it("throws a message naming the plan field for a rating scale with a repeated minimum", () => {
    const ctx = context("en", { rating: [{ min: 0, label: "C" }, { min: 0, label: "B" }] });
    expect(() => buildScorecard(ctx, { scores: scores([]) })).toThrow("plan scorecard rating: scale: row 2 min 0 repeats row 1");
  });
});

describe("buildScorecard: settings block", () => {
  const sheet = review(teamBuild());
  const header = rowWith(sheet, "KPI");

  it("lists each KPI with weight, direction, threshold and cap", () => {
    expect(sheet.rows.slice(header + 1, header + 4).map((r) => r.slice(0, 5).map((c) => c?.v ?? null))).toEqual([
      ["Sales", 50, "higher", 0.5, 1.2],
      ["Cost", 30, "lower", 0, null],
      ["NPS", 20, "higher", null, null],
    ]);
  });

  it("marks weight, direction, threshold and cap as inputs", () => {
    expect(sheet.rows[header + 1].slice(1, 5).map((c) => c?.style)).toEqual(["input", "input", "input", "input"]);
  });

  it("offers higher and lower in a list on the direction cells", () => {
    expect(sheet.validations).toContainEqual({ range: "C26:C28", values: ["higher", "lower"] });
  });

  it("writes the rating scale sorted ascending with the allowed shares", () => {
    const ctx = context("en", { rating: [{ min: 1, label: "A" }, { min: 0, label: "C" }, { min: 0.8, label: "B" }], distribution: { A: 0.1 } });
    const scale = review(buildScorecard(ctx, { scores: scores(records([["A", "X", 1, 1]])) }));
    const first = rowWith(scale, "KPI settings") + 2;
    const cells = [0, 1, 2].flatMap((s) => [6, 7, 8].map((c) => scale.rows[first + s][c]?.v ?? null));
    expect(cells).toEqual([0, "C", null, 0.8, "B", null, 1, "A", 0.1]);
  });

  it("writes the band table of a banded KPI beside the rating scale", () => {
    const head = rowWith(sheet, "KPI settings") + 1;
    const cells = [0, 1, 2].flatMap((r) => [10, 11].map((c) => sheet.rows[head + r][c]?.v));
    expect(cells).toEqual(["From achievement", "Score", 0.8, 0.5, 1, 1]);
  });
});

describe("buildScorecard: review interview columns", () => {
  const sheet = review(teamBuild());

  it.each(["Strengths", "Gaps", "Agreed actions"])("leaves %s blank for the manager to fill in", (heading) => {
    expect(cellOf(sheet, "Ann", heading)).toEqual({ v: null, style: "input" });
  });

  it("formats the blank follow-up date as a date", () => {
    expect(cellOf(sheet, "Ann", "Follow-up date")).toEqual({ v: null, fmt: "yyyy-mm-dd", style: "input" });
  });

  it("starts every review as not started", () => {
    expect(cellOf(sheet, "Bob", "Review status")).toEqual({ v: "Not started", style: "input" });
  });

  it("offers the review statuses in a list", () => {
    expect(sheet.validations).toContainEqual({ range: "V10:V15", values: ["Not started", "Scheduled", "Done"] });
  });
});

describe("buildScorecard: rating distribution", () => {
  const sheet = review(teamBuild());

  it.each([
    { label: "A", expected: ["A", 1, 0.25, 0.2, "Over"] },
    { label: "B", expected: ["B", 1, 0.25, 0.5, "OK"] },
    { label: "C", expected: ["C", 2, 0.5, "", ""] },
  ])("counts rating $label, its share of rated people and checks it against the allowed share", ({ label, expected }) => {
    expect(distribution(sheet, label)).toEqual(expected);
  });

  it("counts the people who have a rating in the total", () => {
    expect(distribution(sheet, "Total").slice(0, 2)).toEqual(["Total", 4]);
  });

  it("counts by exact comparison, not COUNTIF patterns", () => {
    expect(sheet.rows[rowWith(sheet, "A", rowWith(sheet, "Rating distribution"))][1]?.f).toBe("SUMPRODUCT(--($P$10:$P$15=A19))");
  });

  it("counts a label that COUNTIF would read as a pattern exactly", () => {
    const ctx = context("en", { rating: [{ min: 0, label: "B*" }, { min: 1, label: "B" }] });
    const build = buildScorecard(ctx, { scores: scores(records([["A", "X", 10, 10], ["B", "X", 10, 5], ["C", "X", 10, 6]])) });
    expect([distribution(review(build), "B")[1], distribution(review(build), "B*")[1]]).toEqual([1, 2]);
  });

  it("leaves shares blank when no one has a rating", () => {
    const build = buildScorecard(context("en", PLAN), { scores: scores(records([["A", "Sales", 10, null]])) });
    expect(distribution(review(build), "A")).toEqual(["A", 0, "", 0.2, ""]);
  });

  it("leaves the allowed share and flag blank without a forced distribution", () => {
    const build = buildScorecard(context(), { scores: scores(records([["A", "X", 10, 12]])) });
    expect(distribution(review(build), "A")).toEqual(["A", 1, 1, "", ""]);
  });

  it("warns about a forced-distribution rating that is not on the scale", () => {
    const build = buildScorecard(context("en", { distribution: { "A+": 0.1 } }), { scores: scores(records([["A", "X", 1, 1]])) });
    expect(build.warnings).toContain('The forced distribution names rating "A+", which is not on the rating scale; it is ignored.');
  });
});

describe("buildScorecard: summary and warnings", () => {
  it("summarises people, the average weighted score and the rating counts", () => {
    // (1.03 + 0.44 + 0.9 + 0.6) / 4 = 0.7425, in points because NPS scores by bands
    expect(teamBuild().summary).toEqual(["People: 6", "Average weighted score: 0.74", "Ratings: A 1, B 1, C 2"]);
  });

  it("summarises in Chinese for a Chinese build", () => {
    expect(teamBuild("zh-CN").summary).toEqual(["人数：6", "平均加权得分：0.74", "评级分布：A 1 人，B 1 人，C 2 人"]);
  });

  it("shows the average as a percentage when every KPI scores by achievement", () => {
    // (0.8 + 0.95) / 2 = 0.875
    const build = buildScorecard(context(), { scores: scores(records([["A", "X", 10, 8], ["B", "X", 20, 19]])) });
    expect(build.summary[1]).toBe("Average weighted score: 87.5%");
  });

  it("passes the reader's warnings on first", () => {
    expect(teamBuild().warnings[0]).toBe('Sheet "Scores", row 40: the name is blank; skipped.');
  });

  it("writes every warning under the title in warning style", () => {
    const build = teamBuild();
    const sheet = review(build);
    expect(sheet.rows.slice(2, 2 + build.warnings.length).map((r) => r[0])).toEqual(build.warnings.map((w) => ({ v: w, style: "warning" })));
  });

  it("keeps the warnings on the sheet spec as well", () => {
    const build = teamBuild();
    expect(review(build).warnings).toEqual(build.warnings);
  });

  it("builds an empty scorecard with a warning when there are no results", () => {
    const build = buildScorecard(context(), { scores: scores([]) });
    expect([build.warnings, build.summary]).toEqual([["No KPI results were found in Sheet \"Scores\"."], ["People: 0", "Average weighted score: —", "Ratings: A 0, B 0, C 0"]]);
  });
});

describe("buildScorecard: formulas and values", () => {
  it("uses no dynamic-array or newer functions", () => {
    expect(formulaCells(teamBuild()).filter((c) => FORBIDDEN.test(c.f as string))).toEqual([]);
  });

  it("caches no NaN, Infinity or undefined", () => {
    expect(allCells(teamBuild()).filter((c) => c.v === undefined || (typeof c.v === "number" && !Number.isFinite(c.v)))).toEqual([]);
  });

  it("caches no Excel error", () => {
    expect(allCells(teamBuild()).filter((c) => typeof c.v === "string" && /^#(DIV\/0!|VALUE!|NUM!|N\/A)$/.test(c.v))).toEqual([]);
  });

  it("keeps user text starting with = as values, never in a formula", () => {
    const build = teamBuild();
    const sheet = review(build);
    expect([valueOf(sheet, "=Eve", "Name"), valueOf(sheet, "=Eve", "Team"), formulaCells(build).filter((c) => (c.f as string).includes("Eve"))]).toEqual([
      "=Eve",
      "=Team",
      [],
    ]);
  });

  it("keeps a KPI name starting with = as a value", () => {
    const build = buildScorecard(context(), { scores: scores(records([["A", "=SUM(1)", 10, 8]])) });
    const cells = allCells(build).filter((c) => c.v === "=SUM(1)" || (c.f ?? "").includes("SUM(1)"));
    expect(cells.map((c) => c.f)).toEqual([undefined, undefined, undefined]);
  });

  it("formats achievements and scores as percentages", () => {
    const sheet = review(teamBuild());
    expect([cellOf(sheet, "Ann", "Achievement", "Sales")?.fmt, cellOf(sheet, "Ann", "Score", "Sales")?.fmt]).toEqual(["0.0%", "0.0%"]);
  });

  it("formats band points and the weighted score as numbers when a KPI scores by bands", () => {
    const sheet = review(teamBuild());
    expect([cellOf(sheet, "Ann", "Score", "NPS")?.fmt, cellOf(sheet, "Ann", "Weighted score")?.fmt]).toEqual(["#,##0.00", "#,##0.00"]);
  });

  it("formats the weighted score as a percentage when every KPI scores by achievement", () => {
    const build = buildScorecard(context(), { scores: scores(records([["A", "X", 10, 8]])) });
    expect(cellOf(review(build), "A", "Weighted score")?.fmt).toBe("0.0%");
  });
});

describe("buildScorecard: layout and looks", () => {
  const sheet = review(teamBuild());

  it("freezes the title lines and the table header, and the name column", () => {
    expect(sheet.frozen).toEqual({ rows: headRow(sheet) + 1, cols: 1 });
    expect(headRow(sheet)).toBeLessThan(rowWith(sheet, "KPI settings"));
  });

  it("keeps the settings block under the table, so many KPIs do not push the table header down", () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ name: `K${i}`, weight: 1 }));
    const build = buildScorecard(context("en", { kpis: many }), { scores: scores(records(many.map((k): [string, string, number, number] => ["A", k.name, 1, 1]))) });
    const sheet = review(build);
    expect(sheet.frozen).toEqual({ rows: headRow(sheet) + 1, cols: 1 });
    expect(headRow(sheet)).toBeLessThan(8);
  });

  it("merges a group header over each KPI's four columns and the overall and review columns", () => {
    expect(sheet.merges).toEqual(["C8:F8", "G8:J8", "K8:N8", "O8:Q8", "R8:V8"]);
  });

  it("gives every column a width", () => {
    expect(sheet.columnWidths?.length).toBe(22);
  });

  it.each([
    { name: "bad below the threshold", range: "E10:E15", formula: "AND(ISNUMBER(E10),E10<IF(N($D$26)>0,$D$26,0.8))", look: "bad" },
    { name: "good at 100% or more", range: "E10:E15", formula: "AND(ISNUMBER(E10),E10>=1)", look: "good" },
    { name: "bad below the first band", range: "M10:M15", formula: "AND(ISNUMBER(M10),M10<$K$26)", look: "bad" },
    { name: "good for the top rating", range: "P10:P15", formula: 'AND(P10<>"",P10=$H$28)', look: "good" },
    { name: "bad for the bottom rating", range: "P10:P15", formula: 'AND(P10<>"",P10=$H$26)', look: "bad" },
    { name: "bad for a rating over its allowed share", range: "E19:E21", formula: 'E19="Over"', look: "bad" },
  ])("colours cells $name", ({ range, formula, look }) => {
    expect(sheet.conditionalFormats).toContainEqual({ type: "expression", range, formula, look });
  });

  it("puts a three-colour scale on the weighted score", () => {
    expect(sheet.conditionalFormats).toContainEqual({ type: "colorScale", range: "O10:O15", colors: ["F8696B", "FFEB84", "63BE7B"] });
  });
});

describe("buildScorecard: Chinese headings", () => {
  const sheet = review(teamBuild("zh-CN"));

  it("writes the table headings in Chinese", () => {
    expect(sheet.rows[headRow(sheet, "姓名")].map((c) => c?.v)).toEqual([
      "姓名", "团队",
      "实际", "目标", "达成率", "得分",
      "实际", "目标", "达成率", "得分",
      "实际", "目标", "达成率", "得分",
      "加权得分", "评级", "排名", "优势", "不足", "改进措施", "跟进日期", "面谈状态",
    ]);
  });

  it("offers the review statuses in Chinese", () => {
    expect(sheet.validations).toContainEqual({ range: "V10:V15", values: ["未开始", "已预约", "已完成"] });
  });

  it("writes the directions in Chinese and compares the achievement formula with them", () => {
    const cost = rowWith(sheet, "Cost");
    const ann = rowWith(sheet, "Ann", headRow(sheet, "姓名") + 1);
    expect([sheet.rows[cost][2]?.v, sheet.rows[ann][columnOf(sheet, "达成率", "Cost", "姓名")]?.f]).toEqual([
      "越低越好",
      'IF(OR(G10="",H10=0),"",IF($C$27="越低越好",MAX(0,2-G10/H10),G10/H10))',
    ]);
  });

  it("flags an over-full rating in Chinese", () => {
    expect(distribution(sheet, "A", "评级分布")).toEqual(["A", 1, 0.25, 0.2, "超出"]);
  });

  it("writes the warnings in Chinese", () => {
    expect(sheet.rows.flat().map((c) => c?.v)).toContain("工作表“Scores”第 16 行“Target”列：Fay 的“Sales”目标为 0，达成率留空。");
  });
});

/**
 * One KPI per person, target 10, scores from 0 to 3.9 in a scrambled order (so many ties), every tenth
 * person with nothing entered (so blanks in the middle of the data).
 */
function teamOf(size: number): ScoreRecord[] {
  return records(Array.from({ length: size }, (_, i) => [`P${i}`, "Sales", 10, i % 10 === 3 ? null : (i * 7919) % 40] as [string, string, number, number | null]));
}

/** The people of a team sorted as the brief asks: highest actual first, nothing entered last, ties in data order. */
function sortedByScore(team: readonly ScoreRecord[]): ScoreRecord[] {
  const scored = team.filter((r) => r.actual !== null).sort((a, b) => (b.actual as number) - (a.actual as number));
  return [...scored, ...team.filter((r) => r.actual === null)];
}

/** 1 + the number of people with a strictly higher score, or blank for nobody scored. */
function rankOf(team: readonly ScoreRecord[], record: ScoreRecord): number | "" {
  return record.actual === null ? "" : 1 + team.filter((r) => r.actual !== null && r.actual > (record.actual as number)).length;
}

const LARGE = teamOf(RANK_LIVE_LIMIT + 1);
const RANK_NOTE = "For a large team the rank follows the order of this build (highest weighted score first); rebuild the sheet to re-rank.";

describe("buildScorecard: the rank of a large team", () => {
  const build = buildScorecard(context(), { scores: scores(LARGE) });
  const sheet = review(build);
  const first = headRow(sheet) + 1;
  const rankCol = columnOf(sheet, "Rank");

  it("orders the people by weighted score, highest first, nothing entered last and ties in data order", () => {
    expect(names(sheet)).toEqual(sortedByScore(LARGE).map((r) => r.name));
  });

  it("caches each rank as 1 + the number of strictly higher scores", () => {
    expect(sheet.rows.slice(first, first + LARGE.length).map((row) => row[rankCol]?.v)).toEqual(sortedByScore(LARGE).map((r) => rankOf(LARGE, r)));
  });

  it("writes no RANK.EQ anywhere", () => {
    expect(formulaCells(build).filter((c) => (c.f as string).includes("RANK"))).toEqual([]);
  });

  it.each([
    { name: "the first row ranks 1", a1: "I7", formula: 'IF(G7="","",1)' },
    { name: "a later row shares the rank above on a tie, else ranks at its position", a1: "I8", formula: 'IF(G8="","",IF(G8=G7,I7,ROW()-ROW($G$7)+1))' },
    { name: "the last row (nothing entered) stays blank", a1: "I2007", formula: 'IF(G2007="","",IF(G2007=G2006,I2006,ROW()-ROW($G$7)+1))' },
  ])("ranks each row against the row above: $name", ({ a1, formula }) => {
    expect(at(sheet, a1)?.f).toBe(formula);
  });

  it.each([
    { language: "en" as const, note: RANK_NOTE },
    { language: "zh-CN" as const, note: "人数较多时，排名按本次生成时的顺序（加权得分从高到低）计算；重新生成表格即可重新排名。" },
  ])("says under the title that a rebuild re-ranks ($language)", ({ language, note }) => {
    expect(review(buildScorecard(context(language), { scores: scores(LARGE) })).rows[2][0]).toEqual({ v: note, style: "subtitle" });
  });
});

describe("buildScorecard: the rank of a team at the limit", () => {
  const team = teamOf(RANK_LIVE_LIMIT);
  const build = buildScorecard(context(), { scores: scores(team) });
  const sheet = review(build);

  it("keeps the people in data order", () => {
    expect(names(sheet)).toEqual(team.map((r) => r.name));
  });

  it("keeps the live RANK.EQ", () => {
    expect(cellOf(sheet, "P0", "Rank")?.f).toBe(`IF(G6="","",RANK.EQ(G6,$G$6:$G$${5 + RANK_LIVE_LIMIT}))`);
  });

  it("writes no note about the rank", () => {
    expect(allCells(build).filter((c) => c.v === RANK_NOTE)).toEqual([]);
  });
});

describe("the chart of weighted scores", () => {
  it("charts each person's weighted score against their name, beside the table", () => {
    const build = buildScorecard(chartContext(), { scores: chartSource() });
    const sheet = build.sheets.find((s) => s.purpose === "scorecard")!;
    const chart = sheet.charts?.[0];
    expect(chart?.type).toBe("bar");
    const nameCells = chart!.categories.split(":");
    const row = Number(/\d+/.exec(nameCells[0])![0]) - 1;
    expect(sheet.rows[row][0]?.v).toBe("Ann");
    expect(sheet.rows[row - 1].some((cell) => cell?.v === "Weighted score")).toBe(true);
  });
});

function chartContext(): BuildContext {
  const plan = defaultPlan();
  return { plan, language: "en", asOf: 46346, periodStart: 46023, periodEnd: 46387 };
}

function chartSource(): SourceData<ScoreRecord> {
  const records: ScoreRecord[] = [
    { row: 2, name: "Ann", kpi: "Revenue", target: 100, actual: 90, team: null },
    { row: 3, name: "Bo", kpi: "Revenue", target: 100, actual: 110, team: null },
  ];
  return { origin: 'Sheet "KPI"', sheet: "KPI", headers: {}, records, warnings: [] };
}

describe("buildScorecard with more KPIs in the data than a scorecard holds", () => {
  it.each([
    ["en", /Sheet "Scores" names more than 500 different KPIs, the most a scorecard holds .*scorecard\.kpis/],
    ["zh-CN", /Sheet "Scores"中的不同指标超过500个.*scorecard\.kpis/],
  ] as const)("refuses with the source and the limit instead of laying out thousands of columns (%s)", (language, message) => {
    const list = records(Array.from({ length: PLAN_LIMITS.kpis + 1 }, (_, i): [string, string, number, number] => ["Ann", `KPI ${i}`, 100, 90]));
    expect(() => buildScorecard(context(language), { scores: scores(list) })).toThrow(message);
  });
});
