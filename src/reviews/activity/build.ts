import { isoDate } from "../../core/text/parseDate";
import { pick } from "../../i18n/languages";
import { activitiesSheet, dealsSheet } from "../../sheets/dataCopies";
import type { Build } from "../../sheets/spec";
import type { BuildContext } from "../context";
import { ACTIVITY_LABELS } from "./labels";
import { activitySheet } from "./layout";
import { activityModel, type ActivityData } from "./model";

/**
 * Builds the Activity sheet (日报 / 周报 / 月报), with the data copies its formulas read: the team's
 * activities on the day, the week and the month to date against quotas, per person with shortfalls and
 * streaks, and, with deals, activities per won deal, per stage reached and follow-ups per open deal.
 *
 * @param ctx - the plan (ctx.plan.activity: quotas, holidays) and the as-of date
 * @param data.activities - the activity log
 * @param data.deals - optional: the deals, by owner and stage
 * @returns the data copy sheets, then the "Activity" review sheet; summary lines and warnings
 *
 * @example
 * buildActivity(ctx, { activities }).sheets.map((s) => s.name)
 * // => ["Data - Activities", "Activity"]
 */
export function buildActivity(ctx: BuildContext, data: ActivityData): Build {
  const t = pick(ctx.language, ACTIVITY_LABELS);
  const activities = activitiesSheet(data.activities.records, ctx.language);
  const deals = data.deals ? dealsSheet(data.deals.records, ctx.language) : undefined;
  const model = activityModel(ctx, data, t);
  const review = activitySheet(ctx, t, model, { activities, ...(deals ? { deals } : {}) });
  const summary = [
    t.summaryPeople(isoDate(model.asOf), model.people.length),
    t.summaryMonth(model.totals[2]),
    t.summaryShort(model.people.filter((p) => p.short).length),
  ];
  return { sheets: [activities.spec, ...(deals ? [deals.spec] : []), review], summary, warnings: model.warnings };
}
