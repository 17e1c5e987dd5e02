import { z } from "zod";
import { fraction, PLAN_LIMITS } from "../../plan/schema";
import { planIssue } from "../../plan/words";

/** The target plan's section of the plan: the team target and how it is split over people and months. */
export const targetsPlan = z
  .object({
    /** The team's target for the period; default: the sum of the people's target column. */
    annual: z.number().positive().optional(),
    decimals: z.number().int().min(0).max(6).default(0),
    /** How the team target is split over people. */
    weighting: z.enum(["equal", "lastYear", "potential", "column"]).default("lastYear"),
    /** With weighting "column": the header of the people table's column holding the weights. */
    weightColumn: z.string().min(1).optional(),
    /** How each person's target is split over months. */
    seasonality: z.enum(["history", "even"]).default("history"),
    /** Factors for a new joiner's first months in the role, such as [0.25, 0.5, 0.75]; then 1. */
    ramp: z.array(fraction).max(PLAN_LIMITS.ramp).default([]),
  })
  .superRefine((section, ctx) => {
    if (section.weighting === "column" && !section.weightColumn) {
      planIssue(ctx, ["weightColumn"], "weightColumn");
    }
  })
  .default({ decimals: 0, weighting: "lastYear", seasonality: "history", ramp: [] });
export type TargetsPlan = z.infer<typeof targetsPlan>;
