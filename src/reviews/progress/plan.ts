import { z } from "zod";
import { dateSerial } from "../../core/text/parseDate";
import { fraction, isoDate, PLAN_LIMITS } from "../../plan/schema";
import { PLAN_TEXT } from "../../plan/words";

/** A YYYY-MM-DD that is a day of the calendar (not 2026-02-30). */
const calendarDay = isoDate.refine((iso) => {
  if (!isoDate.safeParse(iso).success) return true; // the form's own message says it once
  const [y, m, d] = iso.split("-").map(Number);
  return dateSerial(y, m, d) !== null;
}, PLAN_TEXT.en.notCalendarDay());

/** The Progress review's section of the plan: when a person counts as behind, and how days are counted. */
export const progressPlan = z
  .object({
    /** Behind pace when completion is below time elapsed × this (0.9: less than 90% of the time's pace). */
    behindThreshold: fraction.default(0.9),
    /** Count working days (Monday to Friday less the holidays) instead of calendar days. */
    workingDays: z.boolean().default(false),
    /** Days off that are not working days, as YYYY-MM-DD; read when workingDays is true. */
    holidays: z.array(calendarDay).max(PLAN_LIMITS.holidays).default([]),
  })
  .default({ behindThreshold: 0.9, workingDays: false, holidays: [] });
export type ProgressPlan = z.infer<typeof progressPlan>;
