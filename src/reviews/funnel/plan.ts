import { z } from "zod";
import { fraction } from "../../plan/schema";

/** The funnel review's section of the plan: the stages, in order, the last one the won stage. */

export const stageSchema = z.object({
  name: z.string().min(1),
  /** Other names the data may use for this stage (another language, a CRM's wording). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Days a deal may stay in this stage before it counts as stuck; null for no limit. */
  maxDays: z.number().int().positive().nullable().default(null),
  /** Win probability of an open deal in this stage, for the weighted pipeline. */
  probability: fraction.max(1, "a probability is at most 1 (100%)"),
});
export type Stage = z.infer<typeof stageSchema>;

export const funnelPlan = z
  .object({
    stages: z.array(stageSchema).min(2, "a funnel needs at least two stages").optional(),
  })
  .default({});
export type FunnelPlan = z.infer<typeof funnelPlan>;
