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

/** Where the sales the plan is tracked against come from. */
export const ACTUALS = ["auto", "transactions", "wonDeals"] as const;
export type Actuals = (typeof ACTUALS)[number];

/** The Progress review's section of the plan: when a person counts as behind, and how days are counted. */
export const progressPlan = z
  .object({
    /** Behind pace when completion is below time elapsed × this (0.9: less than 90% of the time's pace). */
    behindThreshold: fraction.default(0.9),
    /** Count working days (Monday to Friday less the holidays) instead of calendar days. */
    workingDays: z.boolean().default(false),
    /** Days off that are not working days, as YYYY-MM-DD; read when workingDays is true. */
    holidays: z.array(calendarDay).max(PLAN_LIMITS.holidays).default([]),
    /**
     * What counts as sales: the transactions (invoices, orders: amount × split share, by date), or the
     * won deals of a CRM export (their amount, by close date), for a team that keeps no sales ledger;
     * "auto": the transactions when the workbook has them, else its won deals.
     */
    actuals: z.enum(ACTUALS).default("auto"),
  })
  .default({ behindThreshold: 0.9, workingDays: false, holidays: [], actuals: "auto" });
export type ProgressPlan = z.infer<typeof progressPlan>;
