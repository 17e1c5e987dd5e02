import { z } from "zod";
import { dateSerial } from "../../core/text/parseDate";
import { parseActivityType } from "../../datasets/activityTypes";
import { labelKey } from "../../datasets/keys";
import { fraction, isoDate } from "../../plan/schema";
import { PLAN_TEXT, planIssue } from "../../plan/words";

/** A YYYY-MM-DD that is a day of the calendar (not 2026-02-30). */
const calendarDay = isoDate.refine((iso) => {
  if (!isoDate.safeParse(iso).success) return true; // the form's own message says it once
  const [y, m, d] = iso.split("-").map(Number);
  return dateSerial(y, m, d) !== null;
}, PLAN_TEXT.en.notCalendarDay());

/**
 * One activity quota: a type (a known one in English or Chinese, calls/电话, visits/拜访…, or a type as
 * the data writes it) and how many a rep should log per working day or per week.
 */
export const activityQuota = z
  .object({
    type: z.string().trim().min(1, PLAN_TEXT.en.activityTypeName()),
    /** How many, 0 or more. */
    quota: fraction,
    /** Per working day, or per week (a week's quota is spread over its five working days). */
    per: z.enum(["day", "week"]).default("day"),
  });
export type ActivityQuota = z.infer<typeof activityQuota>;

/** The key a quota's type is matched by: the known type it names, else the words as a person reads them. */
export function quotaTypeKey(type: string): string {
  return parseActivityType(type) ?? `text:${labelKey(type)}`;
}

/** Quotas a field team commonly works to, used when the plan names none: 20 calls a day, 8 visits and 10 follow-ups a week. */
export const DEFAULT_QUOTAS: ActivityQuota[] = [
  { type: "call", quota: 20, per: "day" },
  { type: "visit", quota: 8, per: "week" },
  { type: "followUp", quota: 10, per: "week" },
];

/** The Activity review's section of the plan: the quotas, and the holidays that are not working days. */
export const activityPlan = z
  .object({
    quotas: z
      .array(activityQuota)
      .default(DEFAULT_QUOTAS)
      .superRefine((quotas, ctx) => {
        const seen = new Map<string, number>();
        quotas.forEach((q, i) => {
          const first = seen.get(quotaTypeKey(q.type));
          if (first !== undefined) planIssue(ctx, [i, "type"], "duplicateQuota", q.type, `quotas[${first}]`);
          else seen.set(quotaTypeKey(q.type), i);
        });
      }),
    /** Days off (YYYY-MM-DD) that are not working days: no quota is asked of them. */
    holidays: z.array(calendarDay).default([]),
  })
  .default({ quotas: DEFAULT_QUOTAS, holidays: [] });
export type ActivityPlan = z.infer<typeof activityPlan>;
