import { isKpiError, type Result } from "../../core/errors";
import { engineRound } from "../../core/numbers/spreadsheetArithmetic";
import {
  achievement,
  bandScore,
  compileBands,
  type CompiledBands,
  compileScale,
  type CompiledScale,
  rankOrder,
  ranks,
  rating,
  score,
  weighted,
} from "../../core/scoring";
import { labelKey, criterionKey } from "../../datasets/keys";
import type { ScoreRecord, SourceData } from "../../datasets/records";
import type { Labels } from "./labels";
import type { KpiDefinition, ScorecardPlan } from "./plan";
import { PLAN_LIMITS } from "../../plan/schema";
import { BuildError } from "../buildError";

/**
 * The scorecard's numbers, decided once from the records and the plan: which KPIs, each person's results,
 * achievements and scores, the weighted score, rating and rank, the rating distribution and the warnings.
 * The layout (layout.ts) only places them, beside the formulas that recompute them on the sheet.
 */

/**
 * Teams up to this size get a live RANK.EQ, which compares every score with every other: fine for a team,
 * but about 8.8 s of LibreOffice recalculation at 10,000 people (bench/NOTES.md). Larger teams are sorted
 * by score at build time and ranked row by row against the row above, in linear time.
 */
export const RANK_LIVE_LIMIT = 2000;

/** Weighted scores are rounded here so float noise never moves a person across a rating boundary. */
export const WEIGHTED_DECIMALS = 10;

/** Where a KPI's setting came from: the plan, the data (a column or a header hint), or the default. */
export type SettingSource = "plan" | "data" | "default";

/** One KPI of the scorecard, with its direction decided and its band table checked. */
export interface Kpi {
  def: KpiDefinition & { direction: "higher" | "lower" };
  bands: CompiledBands | null;
  source: { weight: SettingSource; direction: SettingSource };
}

/** One person's result for one KPI. */
export interface KpiResult {
  /** The index of the record in the source, and so of its row in the data copy. */
  record: number;
  /** null while the actual has not been entered. */
  actual: number | null;
  target: number;
  /** A fraction; null when the actual is not entered or the target is 0. */
  achievement: number | null;
  /** A fraction, or band points for a banded KPI; null when the achievement is. */
  score: number | null;
}

/** One person's row. */
export interface Person {
  name: string;
  /** The first team found in the person's rows. */
  team: string | null;
  /** Per KPI: the result, or null when the data has none for the person. */
  results: (KpiResult | null)[];
  /** Null when no KPI has a score (or only weightless ones have). */
  weighted: number | null;
  rating: string | null;
  /** As RANK.EQ gives it; null when there is no weighted score. */
  rank: number | null;
}

/** One step of the rating scale. */
export interface ScaleStep {
  /** The lowest weighted score that earns the label, in the unit of the scores. */
  min: number;
  label: string;
  /** The most the rating may hold under the forced distribution (a fraction of people), or null. */
  maxShare: number | null;
}

/** One rating's line of the distribution. */
export interface RatingCount {
  /** The step of the scale it counts (0 = lowest). */
  step: number;
  label: string;
  /** The people with this rating, compared as Excel's "=" compares text (ignoring case). */
  count: number;
  /** count as a fraction of the people rated; null when nobody is rated. */
  share: number | null;
  /** The step's most allowed share; null when the plan sets none. */
  allowed: number | null;
  /** Whether the share is over the allowed one; null when either is blank. */
  over: boolean | null;
}

export interface ScorecardModel {
  kpis: Kpi[];
  /** In sheet order: data order, or for a team over RANK_LIVE_LIMIT highest weighted score first. */
  people: Person[];
  /** The rating scale, lowest minimum first. */
  scale: ScaleStep[];
  /** The rating distribution, top rating first, and its total count. */
  distribution: { rows: RatingCount[]; total: number };
  /** The mean weighted score of the people who have one, summed in sheet order; null when nobody has. */
  average: number | null;
  /** Whether every KPI scores by achievement, so scores are fractions (shown as %), not band points. */
  percentUnits: boolean;
  /** Whether the rank follows the sheet's order (a team over RANK_LIVE_LIMIT) instead of a live RANK.EQ. */
  rankByOrder: boolean;
  /** The reader's warnings first, then the scorecard's. */
  warnings: string[];
}

/** A person's records before scoring: per KPI, the index of the record holding the result, or null. */
interface Match {
  name: string;
  team: string | null;
  records: (number | null)[];
}

/** Unwraps a core result whose error the caller has already ruled out; a surprise is a bug, named. */
function checked<T>(result: Result<T>, what: string): T {
  if (isKpiError(result)) throw new Error(`${what}: ${result.message}`);
  return result;
}

/** What the data says about one KPI: each weight and direction given, with the rows giving it. */
interface DataSettings {
  weights: Map<number, number[]>;
  directions: Map<"higher" | "lower", number[]>;
}

/** The weights and directions the records carry (a weight or direction column, a header hint), by KPI. */
function dataSettings(records: readonly ScoreRecord[]): Map<string, DataSettings> {
  const byKpi = new Map<string, DataSettings>();
  for (const record of records) {
    const key = labelKey(record.kpi);
    const entry = byKpi.get(key) ?? { weights: new Map(), directions: new Map() };
    byKpi.set(key, entry);
    if (record.kpiWeight !== undefined && record.kpiWeight !== null) entry.weights.set(record.kpiWeight, [...(entry.weights.get(record.kpiWeight) ?? []), record.row]);
    if (record.kpiDirection) entry.directions.set(record.kpiDirection, [...(entry.directions.get(record.kpiDirection) ?? []), record.row]);
  }
  return byKpi;
}

/** A weight as a settings line shows it: 40, 0.4. */
function showWeight(w: number): string {
  return String(engineRound(w, 6));
}

/** The first value the data gives, warning when it gives others too; undefined when it gives none. */
function firstOf<T>(values: Map<T, number[]>, kpi: string, what: "weight" | "direction", show: (v: T) => string, L: Labels, warnings: string[]): T | undefined {
  const entries = [...values];
  if (entries.length > 1) warnings.push(L.dataDisagrees(kpi, what, entries.map(([v, rows]) => `${show(v)} (${L.rowList(rows)})`), show(entries[0][0])));
  return entries[0]?.[0];
}

/**
 * The KPIs of the plan, or one per distinct KPI name in the data. Each setting comes from the plan when
 * it sets it, else from the data (a weight or direction column, a direction hint in a header), else the
 * default (weight 1, higher is better); a data value the plan overrides, values the data gives twice,
 * and weights that do not add up to 100% are warned about.
 */
function resolveKpis(planned: readonly KpiDefinition[], source: SourceData<ScoreRecord>, L: Labels, warnings: string[]): Kpi[] {
  const records = source.records;
  const data = dataSettings(records);
  const showDirection = (d: "higher" | "lower"): string => (d === "lower" ? L.lower : L.higher);
  let kpis: Kpi[];
  if (planned.length > 0) {
    kpis = planned.map((def) => {
      const said = data.get(labelKey(def.name));
      const dataWeight = said ? firstOf(said.weights, def.name, "weight", showWeight, L, warnings) : undefined;
      const dataDirection = said ? firstOf(said.directions, def.name, "direction", showDirection, L, warnings) : undefined;
      if (def.direction !== null && dataDirection !== undefined && dataDirection !== def.direction) {
        warnings.push(L.planOverrides(def.name, "direction", showDirection(def.direction), showDirection(dataDirection)));
      }
      if (dataWeight !== undefined && dataWeight !== def.weight && !sameShare(planned, def, data)) {
        warnings.push(L.planOverrides(def.name, "weight", showWeight(def.weight), showWeight(dataWeight)));
      }
      return {
        def: { ...def, direction: def.direction ?? dataDirection ?? "higher" },
        bands: def.bands ? checked(compileBands(def.bands), `plan scorecard KPI "${def.name}"`) : null,
        source: { weight: "plan", direction: def.direction !== null ? "plan" : dataDirection !== undefined ? "data" : "default" },
      };
    });
  } else {
    const seen = new Set<string>();
    kpis = [];
    for (const record of records) {
      const key = labelKey(record.kpi);
      if (seen.has(key)) continue;
      seen.add(key);
      if (seen.size > PLAN_LIMITS.kpis) throw new BuildError(L.tooManyKpis(source.origin, PLAN_LIMITS.kpis), source.origin);
      const name = record.kpi.trim();
      const said = data.get(key) as DataSettings;
      const weight = firstOf(said.weights, name, "weight", showWeight, L, warnings);
      const dir = firstOf(said.directions, name, "direction", showDirection, L, warnings);
      kpis.push({
        def: { name, weight: weight ?? 1, direction: dir ?? "higher", threshold: 0, cap: null },
        bands: null,
        source: { weight: weight === undefined ? "default" : "data", direction: dir === undefined ? "default" : "data" },
      });
    }
    const unweighted = kpis.filter((k) => k.source.weight === "default");
    if (unweighted.length > 0 && unweighted.length < kpis.length) {
      // Weight 1 beside weights such as 40 or 0.4 would be a number out of nowhere: such KPIs count 0.
      warnings.push(L.noDataWeight(unweighted.map((k) => k.def.name)));
      for (const k of unweighted) k.def.weight = 0;
    }
  }
  weightsTotal(kpis, L, warnings);
  return kpis;
}

/** Whether the plan's weight for a KPI is the same share of the plan's total as the data's of its own (40 vs 0.4). */
function sameShare(planned: readonly KpiDefinition[], def: KpiDefinition, data: Map<string, DataSettings>): boolean {
  const planTotal = planned.reduce((s, k) => s + k.weight, 0);
  const dataWeights = planned.map((k) => [...(data.get(labelKey(k.name))?.weights.keys() ?? [])][0]);
  if (dataWeights.some((w) => w === undefined) || planTotal === 0) return false;
  const dataTotal = (dataWeights as number[]).reduce((s, w) => s + w, 0);
  const own = [...(data.get(labelKey(def.name))?.weights.keys() ?? [])][0] as number;
  return dataTotal > 0 && Math.abs(def.weight / planTotal - own / dataTotal) < 1e-9;
}

/**
 * Weights are relative (40/30/30 and 0.4/0.3/0.3 mean the same); ones that add up to neither 1 nor 100
 * are still used, each as its share of the total, with a warning that says so and gives each share.
 */
function weightsTotal(kpis: readonly Kpi[], L: Labels, warnings: string[]): void {
  const total = kpis.reduce((s, k) => s + k.def.weight, 0);
  if (kpis.length <= 1 || total <= 0) return;
  const near = (v: number): boolean => Math.abs(total - v) < 1e-9 * v;
  if (near(1) || near(100)) return;
  // Equal weights (nobody set any, or the plan gives every KPI the same) need no word.
  if (kpis.every((k) => k.def.weight === kpis[0].def.weight)) return;
  warnings.push(L.weightsNormalised(showWeight(total), kpis.map((k) => `${k.def.name} ${(engineRound((k.def.weight / total) * 100, 1)).toFixed(1)}%`)));
}

/**
 * Groups the results by person in data order (by name and team; names that differ only in case are one
 * person, as Excel's text criteria read them) and finds the record of each person × KPI, warning about results for KPIs the
 * plan does not list, repeated results, zero targets and KPIs nobody has.
 */
function matchResults(source: SourceData<ScoreRecord>, kpis: readonly Kpi[], L: Labels, warnings: string[]): Match[] {
  const records = source.records;
  const header = (role: string, fallback: string): string => source.headers[role] ?? fallback;
  const kpiIndex = new Map(kpis.map((k, i) => [labelKey(k.def.name), i]));
  const people: Match[] = [];
  const personIndex = new Map<string, Match>();
  const unknown = new Map<string, { name: string; rows: number[] }>();
  // People are keyed by name and team: two 张伟 in two departments are two people. A row without a team
  // belongs to the one team its name has elsewhere; with several, it cannot be placed and is left out.
  const teams = new Map<string, Map<string, string>>();
  for (const record of records) {
    if (!record.team) continue;
    const byTeam = teams.get(criterionKey(record.name)) ?? new Map<string, string>();
    if (!byTeam.has(labelKey(record.team))) byTeam.set(labelKey(record.team), record.team);
    teams.set(criterionKey(record.name), byTeam);
  }
  records.forEach((record, i) => {
    const known = teams.get(criterionKey(record.name));
    if (!record.team && known && known.size > 1) {
      warnings.push(L.ambiguousPerson(L.at(source.sheet, record.row, null), record.name, [...known.values()]));
      return;
    }
    const teamKey = record.team ? labelKey(record.team) : known ? [...known.keys()][0] : "";
    const personKey = `${criterionKey(record.name)}\u0000${teamKey}`;
    let person = personIndex.get(personKey);
    if (person === undefined) {
      person = { name: record.name, team: null, records: kpis.map(() => null) };
      personIndex.set(personKey, person);
      people.push(person);
    }
    if (person.team === null && record.team) person.team = record.team;
    const key = labelKey(record.kpi);
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

/** A person's result for one KPI as the core computes it. */
function kpiResult(record: ScoreRecord, index: number, kpi: Kpi, person: string): KpiResult {
  const { actual, target } = record;
  if (actual === null || target === 0) return { record: index, actual, target, achievement: null, score: null };
  const what = `${person}, KPI "${kpi.def.name}"`;
  const { direction, threshold, cap } = kpi.def;
  const reached = checked(achievement(actual, target, direction), what);
  const scored = kpi.bands
    ? checked(bandScore(reached, kpi.bands), what)
    : checked(score(actual, target, { threshold, cap, direction }), what);
  return { record: index, actual, target, achievement: reached, score: scored };
}

/** A person's results, weighted score and rating; the rank comes once everyone is scored. */
function scorePerson(match: Match, kpis: readonly Kpi[], records: readonly ScoreRecord[], scale: CompiledScale): Person {
  const results = match.records.map((i, k) => (i === null ? null : kpiResult(records[i], i, kpis[k], match.name)));
  const overall = weighted(
    results.map((r) => r?.score ?? null),
    kpis.map((k) => k.def.weight),
  );
  // No scored KPI, or only weightless ones: the sheet's formula shows a blank, not #DIV/0!.
  const rounded = isKpiError(overall) ? null : engineRound(overall, WEIGHTED_DECIMALS);
  const label = rounded === null ? null : rating(rounded, scale);
  return {
    name: match.name,
    team: match.team,
    results,
    weighted: rounded,
    rating: label === null || isKpiError(label) ? null : String(label),
    rank: null,
  };
}

/** The people ranked, in sheet order: data order, or highest weighted score first for a large team. */
function ranked(people: readonly Person[]): { people: Person[]; rankByOrder: boolean } {
  const scores = people.map((p) => p.weighted);
  const rank = ranks(scores);
  const withRanks = people.map((p, i) => ({ ...p, rank: rank[i] }));
  const rankByOrder = people.length > RANK_LIVE_LIMIT;
  return { people: rankByOrder ? rankOrder(scores).map((i) => withRanks[i]) : withRanks, rankByOrder };
}

/** The most a rating may hold under the forced distribution, or null when the plan sets none. */
function plannedShare(distribution: Record<string, number>, label: string): number | null {
  // An own-property check, so a label such as "toString" is not found on Object.prototype.
  return Object.prototype.hasOwnProperty.call(distribution, label) ? distribution[label] : null;
}

/** The rating scale as the sheet lists it, warning about forced-distribution ratings not on it. */
function scaleSteps(section: ScorecardPlan, L: Labels, warnings: string[]): { compiled: CompiledScale; steps: ScaleStep[] } {
  const compiled = checked(compileScale(section.rating), "plan scorecard rating");
  const distribution = section.distribution ?? {};
  for (const label of Object.keys(distribution)) {
    if (!compiled.labels.some((l) => String(l) === label)) warnings.push(L.unknownDistribution(label));
  }
  const steps = Array.from(compiled.mins, (min, s) => {
    const label = String(compiled.labels[s]);
    return { min, label, maxShare: plannedShare(distribution, label) };
  });
  return { compiled, steps };
}

/** How many people hold each rating, top rating first, and their share of the people rated. */
function ratingCounts(people: readonly Person[], scale: readonly ScaleStep[]): { rows: RatingCount[]; total: number } {
  const byRating = new Map<string, number>();
  let rated = 0;
  for (const person of people) {
    if (person.rating === null) continue;
    rated++;
    const key = criterionKey(person.rating);
    byRating.set(key, (byRating.get(key) ?? 0) + 1);
  }
  const rows = scale
    .map((step, s): RatingCount => {
      const count = byRating.get(criterionKey(step.label)) ?? 0;
      const share = rated === 0 ? null : count / rated;
      const allowed = step.maxShare;
      return { step: s, label: step.label, count, share, allowed, over: allowed === null || share === null ? null : share > allowed };
    })
    .reverse();
  return { rows, total: rows.reduce((sum, row) => sum + row.count, 0) };
}

/** The mean of the weighted scores people have, summed in sheet order; null when nobody has one. */
function averageWeighted(people: readonly Person[]): number | null {
  const scored = people.flatMap((p) => (p.weighted === null ? [] : [p.weighted]));
  return scored.length === 0 ? null : scored.reduce((a, b) => a + b, 0) / scored.length;
}

/**
 * Scores the team: every number the scorecard shows, and the warnings about the data and the plan.
 *
 * @param section - the plan's scorecard section (KPIs with weights, thresholds, caps as fractions; the
 *   rating scale; the forced distribution as fractions of people)
 * @param source - the KPI results, one record per person × KPI, with the reader's warnings
 * @param L - the words of the warnings
 * @returns the model the layout writes; throws a message naming the plan field for a band table or a
 *   rating scale the core rejects, or a KPI the plan lists twice
 *
 * @example
 * const model = scorecardModel(plan.scorecard, scores, pick("en", LABELS));
 * model.people.map((p) => [p.name, p.weighted, p.rating, p.rank]); // => [["Ann", 1.03, "A", 1], ["Bob", 0.44, "C", 2]]
 */
export function scorecardModel(section: ScorecardPlan, source: SourceData<ScoreRecord>, L: Labels): ScorecardModel {
  const records = source.records;
  const warnings = [...source.warnings];
  if (records.length === 0) warnings.push(L.noData(source.origin));
  const kpis = resolveKpis(section.kpis, source, L, warnings);
  const matches = matchResults(source, kpis, L, warnings);
  const { compiled, steps } = scaleSteps(section, L, warnings);
  const { people, rankByOrder } = ranked(matches.map((m) => scorePerson(m, kpis, records, compiled)));
  return {
    kpis,
    people,
    scale: steps,
    distribution: ratingCounts(people, steps),
    average: averageWeighted(people),
    percentUnits: kpis.every((k) => k.bands === null),
    rankByOrder,
    warnings,
  };
}
