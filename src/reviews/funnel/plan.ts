import { z } from "zod";
import { fraction, PLAN_LIMITS } from "../../plan/schema";
import { PLAN_TEXT, planIssue } from "../../plan/words";

/**
 * The funnel review's section of the plan: the stages, in order. The stage marked won (else the last
 * step) is the won one. A stage marked lost or excluded is not a step of the funnel: its name and aliases
 * are words of the stage column that close a deal as lost (Closed Lost, 输单) or leave it out
 * (Disqualified, 无效).
 */

export const stageSchema = z.object({
  name: z.string().min(1),
  /** Other names the data may use for this stage (another language, a CRM's wording). */
  aliases: z.array(z.string().min(1)).max(PLAN_LIMITS.aliases).default([]),
  /** Days a deal may stay in this stage before it counts as stuck; null for no limit. */
  maxDays: z.number().int().positive().nullable().default(null),
  /** Win probability of an open deal in this stage, for the weighted pipeline. */
  probability: fraction.max(1, PLAN_TEXT.en.probabilityMax()),
  /** What a deal at this "stage" is: won (the last step), lost, or left out of the funnel. */
  outcome: z.enum(["won", "lost", "excluded"]).optional(),
});
export type Stage = z.infer<typeof stageSchema>;

/** Words of the deals' status (or stage) column beyond the built-in ones (won, Closed Lost, 赢单, 无效...), by what they mean. */
export const statusWordsSchema = z.object({
  won: z.array(z.string().min(1)).max(PLAN_LIMITS.statusWords).optional(),
  lost: z.array(z.string().min(1)).max(PLAN_LIMITS.statusWords).optional(),
  open: z.array(z.string().min(1)).max(PLAN_LIMITS.statusWords).optional(),
  excluded: z.array(z.string().min(1)).max(PLAN_LIMITS.statusWords).optional(),
});

/** How many stuck deals the review lists when the plan does not say. */
export const DEFAULT_STUCK_LIST_SIZE = 200;

export const funnelPlan = z
  .object({
    stages: z
      .array(stageSchema)
      .max(PLAN_LIMITS.stages)
      .superRefine((stages, ctx) => {
        const steps = stages.filter((s) => s.outcome !== "lost" && s.outcome !== "excluded");
        // A custom rule: the pane words it in its own language (src/taskpane/funnel/pane.ts).
        if (steps.length < 2) planIssue(ctx, [], "fewStages");
        const won = steps.findIndex((s) => s.outcome === "won");
        if (won >= 0 && won !== steps.length - 1) {
          planIssue(ctx, [stages.indexOf(steps[won]), "outcome"], "wonLast");
        }
      })
      .optional(),
    statusWords: statusWordsSchema.optional(),
    /** How many stuck deals the review lists, worst first (default 200); every stuck deal is still counted per stage and owner. */
    stuckListSize: z.number().int().positive().max(100_000).optional(),
  })
  .default({});
export type FunnelPlan = z.infer<typeof funnelPlan>;
