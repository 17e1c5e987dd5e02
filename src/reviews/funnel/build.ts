import { pick } from "../../i18n/languages";
import type { BuildContext } from "../context";
import { dealsSheet, peopleSheet } from "../../sheets/dataCopies";
import type { Build } from "../../sheets/spec";
import { LABELS, type FunnelLabels } from "./labels";
import { funnelSheet } from "./layout";
import { funnelModel, type FunnelData, type FunnelModel } from "./model";

/** A whole amount with thousands separators, for the summary lines. */
function formatAmount(value: number): string {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(value);
}

/** The lines a person reads first: deals, pipeline, weighted pipeline, win rate and stuck deals. */
function funnelSummary(L: FunnelLabels, model: FunnelModel, deals: number): string[] {
  const { counts, figures } = model.team;
  const winRate = figures.winRate;
  return [
    L.summaryDeals(deals, counts.openDeals, counts.won, counts.lost, model.owners.length),
    L.summaryPipeline(formatAmount(counts.openPipeline)),
    L.summaryWeighted(formatAmount(figures.weighted)),
    L.summaryWinRate(winRate === null ? null : `${(winRate * 100).toFixed(1)}%`),
    L.summaryStuck(model.stuckTotals.team.count),
  ];
}

/**
 * Builds the funnel review: each owner's deals per stage, conversions, win rate, cycle, weighted
 * pipeline, coverage and velocity in native formulas over the deals copy, the team total, and the list
 * of deals stuck in their stage.
 *
 * @param ctx - the plan (its funnel stages, else `DEFAULT_STAGES`), the language and the as-of date
 * @param data - the deals as read, and optionally the people (their targets feed coverage)
 * @returns the deals copy sheet (and the people copy when given), then the review sheet
 *
 * @example
 * buildFunnel(ctx, { deals }).sheets.map((s) => s.name)
 * // => ["Data - Deals", "Funnel review"]
 */
export function buildFunnel(ctx: BuildContext, data: FunnelData): Build {
  const L = pick(ctx.language, LABELS);
  const model = funnelModel(ctx, data);
  const deals = dealsSheet(data.deals.records, ctx.language);
  const people = data.people ? peopleSheet(data.people.records, ctx.language) : null;
  const review = funnelSheet(model, { deals, people }, L, ctx.asOf);
  return {
    sheets: [deals.spec, ...(people ? [people.spec] : []), review],
    summary: funnelSummary(L, model, data.deals.records.length),
    warnings: model.warnings,
  };
}
