import { pick } from "../../i18n/languages";
import { historySheet, peopleSheet } from "../../sheets/dataCopies";
import { dateSerial } from "../../core/text/parseDate";
import { READ_MESSAGES } from "../../datasets/readMessages";
import type { MonthlyTargetRecord, SourceData } from "../../datasets/records";
import type { SheetSpec } from "../../sheets/spec";
import type { BuildContext } from "../context";
import type { ReviewBuild } from "../review";
import { monthsText, seasonalityText, TARGET_LABELS, type TargetLabels } from "./labels";
import { layoutTargets } from "./layout";
import { formatAmount, targetsModel, type TargetsData, type TargetsModel } from "./model";

/**
 * Builds the target plan: the team's target for the period split over people by their weights (prorated
 * for joiners and leavers) and over the 12 months of the period by seasonality (history or even) and
 * each person's time in the role, with a ramp for new joiners; every split is rounded by largest
 * remainder so rows and the team add up exactly. Native formulas over the people (and history) copy and
 * the settings cells keep the sheet live; each cell caches the value the core computes.
 *
 * @param ctx - the plan (targets: annual, decimals, weighting, seasonality, ramp), language and period
 * @param data - the people as read, and optionally the monthly sales history (for seasonality)
 * @returns the people copy (and the history copy when seasonality uses it), then the plan sheet; throws a
 *   BuildError when there is no team target (no targets.annual and no targets to add up), nobody in the
 *   people data, or nobody with a weight
 *
 * @example
 * buildTargets(ctx, { people, history }).sheets.map((s) => s.name)
 * // => ["Data - People", "Data - History", "Target plan"]
 */
export function buildTargets(ctx: BuildContext, data: TargetsData): ReviewBuild {
  const L = pick(ctx.language, TARGET_LABELS);
  const model = targetsModel(ctx, data, L);
  const people = peopleSheet(data.people.records, ctx.language);
  const history = model.usesHistory && data.history ? historySheet(data.history.records, ctx.language) : null;
  const sheet = layoutTargets(model, { people, history }, ctx.language);
  return {
    sheets: [people.spec, ...(history ? [history.spec] : []), sheet],
    summary: summaryLines(model, L),
    warnings: model.warnings,
    derived: { monthlyTargets: monthlyTargetsOf(model, sheet, ctx) },
  };
}

/**
 * The plan's months as monthly targets, for a Progress built in the same run: each person's month as
 * the sheet shows it, from the row the sheet shows it on.
 */
function monthlyTargetsOf(model: TargetsModel, sheet: SheetSpec, ctx: BuildContext): SourceData<MonthlyTargetRecord> {
  const rowOf = new Map(sheet.rows.map((cells, r) => [cells?.[0]?.v, r + 1] as const));
  const records = model.people.flatMap((plan) =>
    model.months.map((m, k) => ({
      row: rowOf.get(plan.record.name) ?? 0,
      name: plan.record.name,
      month: dateSerial(m.year, m.month, 1) as number,
      target: plan.monthly[k],
      team: plan.record.team,
    })),
  );
  return { origin: READ_MESSAGES[ctx.language].origin(sheet.name, undefined), sheet: sheet.name, headers: {}, records, warnings: [] };
}

/** The lines a person reads first: who and how much, how it is split, who joins and leaves, the largest target. */
function summaryLines(model: TargetsModel, L: TargetLabels): string[] {
  return [
    L.summaryPlan(model.people.length, formatAmount(model.team.total, model.decimals), monthsText(L, model.months)),
    L.summaryMethod(model.weightingLabel, seasonalityText(L, model.seasonality.usedYears)),
    L.summaryMoves(model.joiners, model.leavers),
    L.summaryLargest(model.largest.record.name, formatAmount(model.largest.annual, model.decimals)),
  ];
}
