import { isoDate } from "../../core/text/parseDate";
import { pick } from "../../i18n/languages";
import { monthlyTargetsSheet, peopleSheet, transactionsSheet } from "../../sheets/dataCopies";
import type { Build } from "../../sheets/spec";
import type { BuildContext } from "../context";
import { PROGRESS_LABELS } from "./labels";
import { progressSheet } from "./layout";
import { progressModel, type ProgressData } from "./model";

/** A money amount for summary lines: 1,234.50. */
function money(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * Builds the Progress sheet (目标进度), with the data copies its formulas read: per person and for the
 * team, month, quarter and year to date: target, actual, completion, time elapsed, pace gap, run-rate
 * forecast, needed per remaining day and a behind-pace flag.
 *
 * @param ctx - the plan (ctx.plan.progress: behind threshold, working days, holidays) and the as-of date
 * @param data.transactions - the sales credited to reps, by date
 * @param data.people - optional: each person's annual target (and team)
 * @param data.monthlyTargets - optional: each person's target by month; without it a month's target is the annual ÷ 12, said in a warning
 * @returns the data copy sheets, then the "Progress" review sheet; summary lines and warnings
 *
 * @example
 * buildProgress(ctx, { transactions }).sheets.map((s) => s.name)
 * // => ["Data - Transactions", "Progress"]
 */
export function buildProgress(ctx: BuildContext, data: ProgressData): Build {
  const t = pick(ctx.language, PROGRESS_LABELS);
  const tx = transactionsSheet(data.transactions.records, ctx.language);
  const people = data.people ? peopleSheet(data.people.records, ctx.language) : undefined;
  const model = progressModel(ctx, data, t);
  const plan = model.targets === "plan" && data.monthlyTargets ? monthlyTargetsSheet(data.monthlyTargets.records, ctx.language) : undefined;
  const review = progressSheet(ctx, t, model, { tx, ...(people ? { people } : {}), ...(plan ? { plan } : {}) });
  const year = model.team.windows[2];
  const summary = [
    t.summaryPeople(isoDate(model.asOf), model.people.length),
    t.summaryYear(money(year.actual), year.completion === "" ? "" : `${(year.completion * 100).toFixed(1)}%`),
    t.summaryBehind(model.people.filter((p) => p.windows[0].behind).length),
    model.planOrigin !== null ? t.summaryTargets(model.planOrigin) : model.warnings.includes(t.noMonthlyPlan) ? t.noMonthlyPlan : t.noTargets,
  ];
  return { sheets: [tx.spec, ...(people ? [people.spec] : []), ...(plan ? [plan.spec] : []), review], summary, warnings: model.warnings };
}
