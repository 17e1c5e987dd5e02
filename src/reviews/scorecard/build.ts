import type { Build, Cell, ConditionalFormat, SheetSpec, ValidationList } from "../../sheets/spec";
import { cellRef, formulaString, rangeRef } from "../../excel/a1";
import { pick } from "../../i18n/languages";
import { type Labels, LABELS } from "./labels";
import type { BuildContext } from "../context";
import { scoresSheet } from "../../sheets/dataCopies";
import type { ScoreRecord, SourceData } from "../../datasets/records";
import type { KpiDefinition } from "./plan";
import { isKpiError, type Result } from "../../core/errors";
import {
  achievement,
  bandScore,
  compileBands,
  CompiledBands,
  compileScale,
  CompiledScale,
  rating,
  score,
  weighted,
} from "../../core/scoring";

/**
 * The KPI scorecard: one row per person with, per KPI, the actual and target (live references to the
 * data copy), the achievement and the score, then the weighted score, rating and rank, and the columns
 * a manager fills in during the review interview. Every threshold, weight, cap and rating step sits in
 * a settings block at the top that the formulas reference, so a changed setting re-scores the sheet.
 */

const PERCENT = "0.0%";
const NUMBER = "#,##0.00";
/** Weights may be 40 or 0.4; "0.##" would show "40." with a stray point. */
const WEIGHT = "General";
const POINTS = "#,##0.00";
const DATE = "yyyy-mm-dd";
const COLOR_SCALE: [string, string, string] = ["F8696B", "FFEB84", "63BE7B"];
/** With no threshold, an achievement under this still shows as bad. */
const DEFAULT_BAD_BELOW = 0.8;
/** Teams up to this size get a bar chart of their weighted scores beside the table. */
const MAX_CHARTED_PEOPLE = 100;

/**
 * Teams up to this size get a live RANK.EQ, which compares every score with every other: fine for a team,
 * but about 8.8 s of LibreOffice recalculation at 10,000 people (bench/NOTES.md). Larger teams are sorted
 * by score at build time and ranked row by row against the row above, in linear time.
 */
export const RANK_LIVE_LIMIT = 2000;

/** The settings block may be frozen with the table header only while it leaves room to scroll. */
const MAX_FROZEN_ROWS = 15;
/** Weighted scores are rounded here so float noise never moves a person across a rating boundary. */
const WEIGHTED_DECIMALS = 10;

/** One KPI of the scorecard, with its band table checked. */
interface Kpi {
  def: KpiDefinition;
  bands: CompiledBands | null;
}

/** One person's row, as the core computes it. */
interface Person {
  name: string;
  team: string;
  /** Per KPI: the index of the record holding the result, or null when the KPI does not apply. */
  records: (number | null)[];
  achievements: (number | "")[];
  scores: (number | "")[];
  weighted: number | "";
  rating: string;
  rank: number | "";
}

/** A KPI name as compared: width, case and surrounding spaces do not tell two KPIs apart. */
function kpiKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

/** Unwraps a core result whose error the caller has already ruled out; a surprise is a bug, named. */
function checked<T>(result: Result<T>, what: string): T {
  if (isKpiError(result)) throw new Error(`${what}: ${result.message}`);
  return result;
}

/** Excel's ROUND: half away from zero. */
function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * scale)) / scale;
}

/** Excel's "=" on text ignores case. */
function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The KPIs of the plan, or one per distinct KPI name in the data, weighted equally. */
function resolveKpis(ctx: BuildContext, records: readonly ScoreRecord[]): Kpi[] {
  const planned = ctx.plan.scorecard.kpis;
  if (planned.length > 0) {
    const names = new Set<string>();
    for (const def of planned) {
      if (names.has(kpiKey(def.name))) throw new Error(`plan scorecard KPI "${def.name}" is listed twice; give each KPI one entry`);
      names.add(kpiKey(def.name));
    }
    return planned.map((def) => ({
      def,
      bands: def.bands ? checked(compileBands(def.bands), `plan scorecard KPI "${def.name}"`) : null,
    }));
  }
  const seen = new Set<string>();
  const kpis: Kpi[] = [];
  for (const record of records) {
    const key = kpiKey(record.kpi);
    if (seen.has(key)) continue;
    seen.add(key);
    kpis.push({ def: { name: record.kpi.trim(), weight: 1, direction: "higher", threshold: 0, cap: null }, bands: null });
  }
  return kpis;
}

/** A growing grid of cells; gaps stay null. */
class Grid {
  readonly rows: (Cell | null)[][] = [];

  /** Puts a cell at a 0-based row and column. */
  set(row: number, col: number, cell: Cell): void {
    while (this.rows.length <= row) this.rows.push([]);
    const line = this.rows[row];
    while (line.length < col) line.push(null);
    line[col] = cell;
  }

  /** The widest row, in columns. */
  width(): number {
    return this.rows.reduce((w, line) => Math.max(w, line.length), 0);
  }
}

/**
 * Groups the results by person (in data order) and finds the record of each person × KPI, warning about
 * results for KPIs the plan does not list, repeated results, zero targets and KPIs nobody has.
 */
function matchResults(source: SourceData<ScoreRecord>, kpis: readonly Kpi[], L: Labels, warnings: string[]): Person[] {
  const records = source.records;
  const header = (role: string, fallback: string): string => source.headers[role] ?? fallback;
  const kpiIndex = new Map(kpis.map((k, i) => [kpiKey(k.def.name), i]));
  const people: Person[] = [];
  const personIndex = new Map<string, number>();
  const unknown = new Map<string, { name: string; rows: number[] }>();
  records.forEach((record, i) => {
    let p = personIndex.get(record.name);
    if (p === undefined) {
      p = people.length;
      personIndex.set(record.name, p);
      people.push({ name: record.name, team: "", records: kpis.map(() => null), achievements: [], scores: [], weighted: "", rating: "", rank: "" });
    }
    const person = people[p];
    if (person.team === "" && record.team) person.team = record.team;
    const key = kpiKey(record.kpi);
    const k = kpiIndex.get(key);
    if (k === undefined) {
      const entry = unknown.get(key) ?? { name: record.kpi, rows: [] };
      entry.rows.push(record.row);
      unknown.set(key, entry);
      return;
    }
    const first = person.records[k];
    if (first !== null) {
      warnings.push(L.duplicate(L.at(source.sheet, record.row, null), record.name, kpis[k].def.name, records[first].row, record.row));
      return;
    }
    person.records[k] = i;
    if (record.target === 0 && record.actual !== null) {
      warnings.push(L.zeroTarget(L.at(source.sheet, record.row, header("target", L.target)), record.name, kpis[k].def.name));
    }
  });
  for (const { name, rows } of unknown.values()) {
    warnings.push(L.unknownKpi(L.at(source.sheet, null, header("kpi", L.kpi)), name, L.rowList(rows)));
  }
  kpis.forEach((kpi, k) => {
    if (records.length > 0 && people.every((person) => person.records[k] === null)) warnings.push(L.missingKpi(kpi.def.name));
    if (kpi.bands && (kpi.def.threshold > 0 || kpi.def.cap !== null)) warnings.push(L.bandsOnly(kpi.def.name));
  });
  return people;
}

/** Fills in each person's achievements, scores, weighted score, rating and rank as the core computes them. */
function scorePeople(people: Person[], kpis: readonly Kpi[], records: readonly ScoreRecord[], scale: CompiledScale): void {
  const weights = kpis.map((k) => k.def.weight);
  for (const person of people) {
    kpis.forEach((kpi, k) => {
      const i = person.records[k];
      const record = i === null ? null : records[i];
      if (record === null || record.actual === null || record.target === 0) {
        person.achievements.push("");
        person.scores.push("");
        return;
      }
      const what = `${person.name}, KPI "${kpi.def.name}"`;
      const reached = checked(achievement(record.actual, record.target, kpi.def.direction), what);
      person.achievements.push(reached);
      person.scores.push(
        kpi.bands
          ? checked(bandScore(reached, kpi.bands), what)
          : checked(score(record.actual, record.target, { threshold: kpi.def.threshold, cap: kpi.def.cap, direction: kpi.def.direction }), what),
      );
    });
    const overall = weighted(
      person.scores.map((s) => (s === "" ? null : s)),
      weights,
    );
    // No scored KPI, or only weightless ones: the sheet's formula shows a blank, not #DIV/0!.
    person.weighted = isKpiError(overall) ? "" : roundTo(overall, WEIGHTED_DECIMALS);
    if (person.weighted !== "") {
      const label = rating(person.weighted, scale);
      person.rating = isKpiError(label) ? "" : String(label);
    }
  }
  // RANK.EQ: 1 + the number of strictly higher scores, i.e. the first position of the score sorted high to low.
  const sorted = people.flatMap((p) => (p.weighted === "" ? [] : [p.weighted])).sort((a, b) => b - a);
  const firstAt = new Map<number, number>();
  sorted.forEach((value, i) => {
    if (!firstAt.has(value)) firstAt.set(value, i);
  });
  for (const person of people) {
    if (person.weighted !== "") person.rank = 1 + (firstAt.get(person.weighted) as number);
  }
}

/** High to low, blanks last; Array.prototype.sort is stable, so ties keep data order. */
function byWeightedDescending(a: Person, b: Person): number {
  if (a.weighted === "" || b.weighted === "") return (a.weighted === "" ? 1 : 0) - (b.weighted === "" ? 1 : 0);
  return b.weighted - a.weighted;
}

/**
 * Builds the KPI scorecard review sheet and the KPI results data copy it references.
 *
 * @param ctx - the plan (KPIs, rating scale, forced distribution), the language and the as-of date
 * @param data - the KPI results, one record per person × KPI
 * @returns the data copy sheet, then the scorecard; summary lines (people, average weighted score,
 *   ratings) and the warnings, which are also written under the sheet's title
 *
 * @example
 * const build = buildScorecard(ctx, { scores });
 * build.sheets.map((s) => s.name); // => ["Data - KPI results", "Scorecard"]
 */
export function buildScorecard(ctx: BuildContext, data: { scores: SourceData<ScoreRecord> }): Build {
  const L = pick(ctx.language, LABELS);
  const source = data.scores;
  const records = source.records;
  const copy = scoresSheet(records, ctx.language);
  const warnings: string[] = [...source.warnings];
  if (records.length === 0) warnings.push(L.noData(source.origin));

  const kpis = resolveKpis(ctx, records);
  const people = matchResults(source, kpis, L, warnings);
  const scale = checked(compileScale(ctx.plan.scorecard.rating), "plan scorecard rating");
  const distribution = ctx.plan.scorecard.distribution ?? {};
  for (const label of Object.keys(distribution)) {
    if (!scale.labels.some((l) => String(l) === label)) warnings.push(L.unknownDistribution(label));
  }
  scorePeople(people, kpis, records, scale);
  const rankByOrder = people.length > RANK_LIVE_LIMIT;
  if (rankByOrder) people.sort(byWeightedDescending);

  // ---- Layout ---------------------------------------------------------------------------------------
  const grid = new Grid();
  const merges: string[] = [];
  const conditionalFormats: ConditionalFormat[] = [];
  const validations: ValidationList[] = [];
  const percentUnits = kpis.every((k) => k.bands === null);
  const scoreFormat = percentUnits ? PERCENT : POINTS;

  grid.set(0, 0, { v: L.title, style: "title" });
  grid.set(1, 0, { v: L.asOf, style: "subtitle" });
  grid.set(1, 1, { v: ctx.asOf, fmt: DATE, style: "subtitle" });
  warnings.forEach((w, i) => grid.set(2 + i, 0, { v: w, style: "warning" }));
  if (rankByOrder) grid.set(2 + warnings.length, 0, { v: L.rankByOrder, style: "subtitle" });

  // Settings: KPIs in A:E, the rating scale in G:I, each band table in two columns after that.
  const settingsTop = 3 + warnings.length + (rankByOrder ? 1 : 0);
  const settingsFirst = settingsTop + 2;
  const SCALE_COL = 6;
  const BANDS_COL = 10;
  grid.set(settingsTop, 0, { v: L.kpiSettings, style: "subtitle" });
  [L.kpi, L.weight, L.direction, L.threshold, L.cap].forEach((h, c) => grid.set(settingsTop + 1, c, { v: h, style: "header" }));
  const weightRef: string[] = [];
  const directionRef: string[] = [];
  const thresholdRef: string[] = [];
  const capRef: string[] = [];
  const bandRefs: ({ first: string; bounds: string; scores: string } | null)[] = [];
  let bandCol = BANDS_COL;
  kpis.forEach((kpi, k) => {
    const r = settingsFirst + k;
    grid.set(r, 0, { v: kpi.def.name });
    grid.set(r, 1, { v: kpi.def.weight, fmt: WEIGHT, style: "input" });
    grid.set(r, 2, { v: kpi.def.direction === "lower" ? L.lower : L.higher, style: "input" });
    weightRef.push(cellRef(r, 1, true));
    directionRef.push(cellRef(r, 2, true));
    thresholdRef.push(cellRef(r, 3, true));
    capRef.push(cellRef(r, 4, true));
    if (kpi.bands === null) {
      grid.set(r, 3, { v: kpi.def.threshold, fmt: PERCENT, style: "input" });
      grid.set(r, 4, { v: kpi.def.cap, fmt: PERCENT, style: "input" });
      bandRefs.push(null);
      return;
    }
    grid.set(settingsTop, bandCol, { v: L.bands(kpi.def.name), style: "subtitle" });
    grid.set(settingsTop + 1, bandCol, { v: L.bound, style: "header" });
    grid.set(settingsTop + 1, bandCol + 1, { v: L.points, style: "header" });
    const count = kpi.bands.bounds.length;
    for (let b = 0; b < count; b++) {
      grid.set(settingsFirst + b, bandCol, { v: kpi.bands.bounds[b], fmt: PERCENT, style: "input" });
      grid.set(settingsFirst + b, bandCol + 1, { v: kpi.bands.scores[b], fmt: POINTS, style: "input" });
    }
    bandRefs.push({
      first: cellRef(settingsFirst, bandCol, true),
      bounds: rangeRef(settingsFirst, bandCol, settingsFirst + count - 1, bandCol, true),
      scores: rangeRef(settingsFirst, bandCol + 1, settingsFirst + count - 1, bandCol + 1, true),
    });
    bandCol += 3;
  });
  if (kpis.length > 0) {
    validations.push({ range: rangeRef(settingsFirst, 2, settingsFirst + kpis.length - 1, 2), values: [L.higher, L.lower] });
  }

  grid.set(settingsTop, SCALE_COL, { v: L.ratingScale, style: "subtitle" });
  [L.min, L.label, L.maxShare].forEach((h, c) => grid.set(settingsTop + 1, SCALE_COL + c, { v: h, style: "header" }));
  const steps = scale.mins.length;
  const labelRef: string[] = [];
  const maxShareRef: string[] = [];
  for (let s = 0; s < steps; s++) {
    const r = settingsFirst + s;
    const label = String(scale.labels[s]);
    grid.set(r, SCALE_COL, { v: scale.mins[s], fmt: scoreFormat, style: "input" });
    grid.set(r, SCALE_COL + 1, { v: label, style: "input" });
    grid.set(r, SCALE_COL + 2, { v: plannedShare(distribution, label), fmt: PERCENT, style: "input" });
    labelRef.push(cellRef(r, SCALE_COL + 1, true));
    maxShareRef.push(cellRef(r, SCALE_COL + 2, true));
  }
  const minsRange = rangeRef(settingsFirst, SCALE_COL, settingsFirst + steps - 1, SCALE_COL, true);
  const labelsRange = rangeRef(settingsFirst, SCALE_COL + 1, settingsFirst + steps - 1, SCALE_COL + 1, true);
  const bandRows = kpis.reduce((most, k) => Math.max(most, k.bands ? k.bands.bounds.length : 0), 0);
  const settingsRows = Math.max(kpis.length, steps, bandRows, 1);

  // The people table.
  const groupRow = settingsFirst + settingsRows + 1;
  const headRow = groupRow + 1;
  const firstRow = headRow + 1;
  const lastRow = firstRow + Math.max(people.length, 1) - 1;
  const kpiCol = (k: number): number => 2 + 4 * k;
  const weightedCol = kpiCol(kpis.length);
  const ratingCol = weightedCol + 1;
  const rankCol = weightedCol + 2;
  const reviewCol = weightedCol + 3;
  const statusCol = reviewCol + 4;

  const group = (col: number, span: number, text: string): void => {
    grid.set(groupRow, col, { v: text, style: "header" });
    for (let c = col + 1; c < col + span; c++) grid.set(groupRow, c, { v: null, style: "header" });
    if (span > 1) merges.push(rangeRef(groupRow, col, groupRow, col + span - 1));
  };
  kpis.forEach((kpi, k) => group(kpiCol(k), 4, kpi.def.name));
  group(weightedCol, 3, L.overall);
  group(reviewCol, 5, L.review);
  const heads = [L.name, L.team, ...kpis.flatMap(() => [L.actual, L.target, L.achievement, L.score])];
  heads.push(L.weighted, L.rating, L.rank, L.strengths, L.gaps, L.actions, L.followUp, L.status);
  heads.forEach((h, c) => grid.set(headRow, c, { v: h, style: "header" }));

  const weightedRange = rangeRef(firstRow, weightedCol, lastRow, weightedCol, true);
  const firstWeighted = cellRef(firstRow, weightedCol, true);
  /**
   * A small team's rank is live. A large team's rows are sorted high to low with blanks last, so a score
   * equal to the one above shares its rank and any other ranks at its position: 1 + the higher scores.
   */
  const rankFormula = (p: number, overall: string): string => {
    if (!rankByOrder) return `IF(${overall}="","",RANK.EQ(${overall},${weightedRange}))`;
    if (p === 0) return `IF(${overall}="","",1)`;
    const r = firstRow + p;
    const above = cellRef(r - 1, weightedCol);
    return `IF(${overall}="","",IF(${overall}=${above},${cellRef(r - 1, rankCol)},ROW()-ROW(${firstWeighted})+1))`;
  };
  people.forEach((person, p) => {
    const r = firstRow + p;
    grid.set(r, 0, { v: person.name });
    grid.set(r, 1, { v: person.team === "" ? null : person.team });
    kpis.forEach((kpi, k) => {
      const c = kpiCol(k);
      const i = person.records[k];
      const actual = cellRef(r, c);
      const target = cellRef(r, c + 1);
      const ach = cellRef(r, c + 2);
      if (i !== null) {
        const record = records[i];
        const entered = copy.ref("actual", i);
        grid.set(r, c, { v: record.actual ?? "", f: `IF(${entered}="","",${entered})`, fmt: NUMBER });
        grid.set(r, c + 1, { v: record.target, f: copy.ref("target", i), fmt: NUMBER });
      }
      const ratio = `${actual}/${target}`;
      grid.set(r, c + 2, {
        v: person.achievements[k],
        f: `IF(OR(${actual}="",${target}=0),"",IF(${directionRef[k]}=${formulaString(L.lower)},MAX(0,2-${ratio}),${ratio}))`,
        fmt: PERCENT,
      });
      const bands = bandRefs[k];
      const scored = bands
        ? `IF(${ach}<${bands.first},0,LOOKUP(${ach},${bands.bounds},${bands.scores}))`
        : `IF(${ach}<${thresholdRef[k]},0,IF(${capRef[k]}="",${ach},MIN(${ach},${capRef[k]})))`;
      grid.set(r, c + 3, { v: person.scores[k], f: `IF(${ach}="","",${scored})`, fmt: kpi.bands ? POINTS : PERCENT });
    });
    const weightOf = kpis.map((_, k) => `IF(${cellRef(r, kpiCol(k) + 3)}="",0,${weightRef[k]})`);
    const products = kpis.map((_, k) => `N(${cellRef(r, kpiCol(k) + 3)})*${weightOf[k]}`);
    const sumWeights = weightOf.join("+");
    const overall = cellRef(r, weightedCol);
    grid.set(r, weightedCol, {
      v: person.weighted,
      f: kpis.length === 0 ? `""` : `IF((${sumWeights})=0,"",ROUND((${products.join("+")})/(${sumWeights}),${WEIGHTED_DECIMALS}))`,
      fmt: scoreFormat,
    });
    grid.set(r, ratingCol, { v: person.rating, f: `IF(${overall}="","",IFERROR(LOOKUP(${overall},${minsRange},${labelsRange}),""))` });
    grid.set(r, rankCol, { v: person.rank, f: rankFormula(p, overall), fmt: "0" });
    for (let c = reviewCol; c < reviewCol + 3; c++) grid.set(r, c, { v: null, style: "input" });
    grid.set(r, reviewCol + 3, { v: null, fmt: DATE, style: "input" });
    grid.set(r, statusCol, { v: L.statuses[0], style: "input" });
  });

  if (people.length > 0) {
    const column = (c: number): string => rangeRef(firstRow, c, lastRow, c);
    const top = (c: number): string => cellRef(firstRow, c);
    kpis.forEach((_kpi, k) => {
      const c = kpiCol(k) + 2;
      const bands = bandRefs[k];
      const badBelow = bands ? bands.first : `IF(N(${thresholdRef[k]})>0,${thresholdRef[k]},${DEFAULT_BAD_BELOW})`;
      conditionalFormats.push(
        { type: "expression", range: column(c), formula: `AND(ISNUMBER(${top(c)}),${top(c)}<${badBelow})`, look: "bad" },
        { type: "expression", range: column(c), formula: `AND(ISNUMBER(${top(c)}),${top(c)}>=1)`, look: "good" },
      );
    });
    conditionalFormats.push({ type: "colorScale", range: column(weightedCol), colors: COLOR_SCALE });
    const ratingTop = top(ratingCol);
    conditionalFormats.push({ type: "expression", range: column(ratingCol), formula: `AND(${ratingTop}<>"",${ratingTop}=${labelRef[steps - 1]})`, look: "good" });
    if (steps > 1) {
      conditionalFormats.push({ type: "expression", range: column(ratingCol), formula: `AND(${ratingTop}<>"",${ratingTop}=${labelRef[0]})`, look: "bad" });
    }
    conditionalFormats.push({ type: "expression", range: column(statusCol), formula: `${top(statusCol)}=${formulaString(L.statuses[2])}`, look: "good" });
    validations.push({ range: column(statusCol), values: [...L.statuses] });
  }

  // The rating distribution, top rating first.
  const distTop = lastRow + 2;
  grid.set(distTop, 0, { v: L.distribution, style: "subtitle" });
  [L.label, L.count, L.share, L.allowed, L.flag].forEach((h, c) => grid.set(distTop + 1, c, { v: h, style: "header" }));
  const ratingRange = rangeRef(firstRow, ratingCol, lastRow, ratingCol, true);
  const totalRow = distTop + 2 + steps;
  const totalCount = cellRef(totalRow, 1, true);
  const rated = people.filter((p) => p.rating !== "").length;
  const counts: { label: string; count: number }[] = [];
  for (let j = 0; j < steps; j++) {
    const s = steps - 1 - j;
    const r = distTop + 2 + j;
    const label = String(scale.labels[s]);
    const count = people.filter((p) => p.rating !== "" && sameText(p.rating, label)).length;
    counts.push({ label, count });
    const share: number | "" = rated === 0 ? "" : count / rated;
    const allowed = plannedShare(distribution, label) ?? "";
    const flag = allowed === "" || share === "" ? "" : share > allowed ? L.over : L.ok;
    const labelCell = cellRef(r, 0);
    const shareCell = cellRef(r, 2);
    const allowedCell = cellRef(r, 3);
    grid.set(r, 0, { v: label, f: labelRef[s] });
    // An exact comparison, not COUNTIF: a label such as "A*" or ">B" would be read as a pattern there.
    grid.set(r, 1, { v: count, f: `SUMPRODUCT(--(${ratingRange}=${labelCell}))`, fmt: "0" });
    grid.set(r, 2, { v: share, f: `IF(${totalCount}=0,"",${cellRef(r, 1)}/${totalCount})`, fmt: PERCENT });
    grid.set(r, 3, { v: allowed, f: `IF(${maxShareRef[s]}="","",${maxShareRef[s]})`, fmt: PERCENT });
    grid.set(r, 4, {
      v: flag,
      f: `IF(OR(${allowedCell}="",${shareCell}=""),"",IF(${shareCell}>${allowedCell},${formulaString(L.over)},${formulaString(L.ok)}))`,
    });
  }
  grid.set(totalRow, 0, { v: L.total, style: "total" });
  grid.set(totalRow, 1, {
    v: counts.reduce((sum, c) => sum + c.count, 0),
    f: `SUM(${rangeRef(distTop + 2, 1, totalRow - 1, 1)})`,
    fmt: "0",
    style: "total",
  });
  conditionalFormats.push({
    type: "expression",
    range: rangeRef(distTop + 2, 4, totalRow - 1, 4),
    formula: `${cellRef(distTop + 2, 4)}=${formulaString(L.over)}`,
    look: "bad",
  });

  // ---- Sheet and summary ------------------------------------------------------------------------------
  const nameWidth = Math.min(30, Math.max(14, ...people.map((p) => p.name.length + 2), ...kpis.map((k) => k.def.name.length + 2)));
  const widths: number[] = [];
  for (let c = 0; c < grid.width(); c++) widths.push(12);
  widths[0] = nameWidth;
  for (let c = reviewCol; c < reviewCol + 3; c++) widths[c] = 28;
  widths[reviewCol + 3] = 14;
  widths[statusCol] = 14;

  const sheet: SheetSpec = {
    name: L.sheet,
    purpose: "scorecard",
    rows: grid.rows,
    columnWidths: widths,
    frozen: { rows: firstRow <= MAX_FROZEN_ROWS ? firstRow : 0, cols: 1 },
    merges,
    conditionalFormats,
    validations,
    warnings,
    // A bar per person is worth looking at for a team, not for a whole company.
    ...(people.length > 0 && people.length <= MAX_CHARTED_PEOPLE
      ? {
          charts: [
            {
              type: "bar" as const,
              title: L.weighted,
              categories: rangeRef(firstRow, 0, lastRow, 0),
              values: rangeRef(firstRow, weightedCol, lastRow, weightedCol),
              anchor: cellRef(headRow, statusCol + 2),
            },
          ],
        }
      : {}),
  };

  const scored = people.map((p) => p.weighted).filter((w): w is number => w !== "");
  const average = scored.length === 0 ? "—" : formatScore(scored.reduce((a, b) => a + b, 0) / scored.length, percentUnits);
  return {
    sheets: [copy.spec, sheet],
    summary: [L.people(people.length), L.average(average), L.ratings(counts)],
    warnings,
  };
}

/** The most a rating may hold under the forced distribution, or null when the plan sets none. */
function plannedShare(distribution: Record<string, number>, label: string): number | null {
  // An own-property check, so a label such as "toString" is not found on Object.prototype.
  return Object.prototype.hasOwnProperty.call(distribution, label) ? distribution[label] : null;
}

/** A score as the summary shows it: 93.4% for fractions, 2 decimals for points. */
function formatScore(value: number, percent: boolean): string {
  return percent ? `${(value * 100).toFixed(1)}%` : value.toFixed(2);
}
