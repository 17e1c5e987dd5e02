import { pick } from "../../i18n/languages";
import { criterionKey } from "../../datasets/keys";
import type { PersonRecord, ScoreRecord, SourceData } from "../../datasets/records";
import { scoresSheet } from "../../sheets/dataCopies";
import type { Build } from "../../sheets/spec";
import type { BuildContext } from "../context";
import { type Labels, LABELS } from "./labels";
import { scorecardSheet } from "./layout";
import { scorecardModel, type ScorecardModel } from "./model";

/**
 * The KPI scorecard: the model decides every number (model.ts), the layout places them with the formulas
 * that recompute them (layout.ts), and the build puts the data copy, the sheet and the summary together.
 */

export { RANK_LIVE_LIMIT } from "./model";

/** A score as the summary shows it: 93.4% for fractions, 2 decimals for points. */
function formatScore(value: number, percent: boolean): string {
  return percent ? `${(value * 100).toFixed(1)}%` : value.toFixed(2);
}

/** One line each for the people, the average weighted score and the rating counts. */
function summaryLines(model: ScorecardModel, L: Labels): string[] {
  const average = model.average === null ? "—" : formatScore(model.average, model.percentUnits);
  return [L.people(model.people.length), L.average(average), L.ratings(model.distribution.rows.map(({ label, count }) => ({ label, count })))];
}

/**
 * The model with each person's team taken from the people data where the KPI results give none: the
 * team of the one person of that name there (names compared as SUMIFS does). A name the people data
 * holds in several teams is left without one rather than guessed.
 *
 * @example
 * withPeopleTeams(model, [{ name: "Ann Lee", team: "North", ... }]).people[0].team // => "North"
 */
export function withPeopleTeams(model: ScorecardModel, people: readonly PersonRecord[]): ScorecardModel {
  if (people.length === 0 || model.people.every((p) => p.team)) return model;
  const teams = new Map<string, Set<string>>();
  for (const person of people) {
    if (!person.team) continue;
    const key = criterionKey(person.name);
    teams.set(key, (teams.get(key) ?? new Set()).add(person.team));
  }
  const teamOf = (name: string): string | null => {
    const found = teams.get(criterionKey(name));
    return found && found.size === 1 ? [...found][0] : null;
  };
  return { ...model, people: model.people.map((p) => (p.team ? p : { ...p, team: teamOf(p.name) })) };
}

/**
 * Builds the KPI scorecard review sheet and the KPI results data copy it references.
 *
 * @param ctx - the plan (KPIs, rating scale, forced distribution), the language and the as-of date
 * @param data - the KPI results, one record per person × KPI; the people data, when read, gives the
 *   team of a person whose results carry none
 * @returns the data copy sheet, then the scorecard; summary lines (people, average weighted score,
 *   ratings) and the warnings, which are also written under the sheet's title
 *
 * @example
 * const build = buildScorecard(ctx, { scores });
 * build.sheets.map((s) => s.name); // => ["Data - KPI results", "Scorecard"]
 */
export function buildScorecard(ctx: BuildContext, data: { scores: SourceData<ScoreRecord>; people?: SourceData<PersonRecord> }): Build {
  const L = pick(ctx.language, LABELS);
  const copy = scoresSheet(data.scores.records, ctx.language);
  const model = withPeopleTeams(scorecardModel(ctx.plan.scorecard, data.scores, L), data.people?.records ?? []);
  return {
    sheets: [copy.spec, scorecardSheet(model, L, ctx.asOf, copy)],
    summary: summaryLines(model, L),
    warnings: model.warnings,
  };
}
