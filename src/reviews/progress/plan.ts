import { z } from "zod";
import { fraction, isoDate } from "../../plan/schema";

/** The Progress review's section of the plan: when a person counts as behind, and how days are counted. */
export const progressPlan = z
  .object({
    /** Behind pace when completion is below time elapsed × this (0.9: less than 90% of the time's pace). */
    behindThreshold: fraction.default(0.9),
    /** Count working days (Monday to Friday less the holidays) instead of calendar days. */
    workingDays: z.boolean().default(false),
    /** Days off that are not working days, as YYYY-MM-DD; read when workingDays is true. */
    holidays: z.array(isoDate).default([]),
  })
  .default({ behindThreshold: 0.9, workingDays: false, holidays: [] });
export type ProgressPlan = z.infer<typeof progressPlan>;
