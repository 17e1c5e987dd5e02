import { z } from "zod";
import { fraction, PLAN_LIMITS } from "../../plan/schema";
import { PLAN_TEXT } from "../../plan/words";

/** The commission statement's section of the plan: tiers per product line, accelerator, cap, draw, tolerance. */

export const tierSchema = z.object({ from: z.number(), rate: fraction });

export const productLineSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).max(PLAN_LIMITS.aliases).default([]),
  tiers: z.array(tierSchema).min(1, PLAN_TEXT.en.needsTier()).max(PLAN_LIMITS.tiers),
});

export const commissionPlan = z
  .object({
    method: z.enum(["marginal", "retroactive"]).default("marginal"),
    /** Tiers per product line; a line not listed uses defaultTiers. Tier bounds are in sales amount. */
    lines: z.array(productLineSchema).max(PLAN_LIMITS.lines).default([]),
    defaultTiers: z.array(tierSchema).min(1).max(PLAN_LIMITS.tiers).default([{ from: 0, rate: 0.05 }]),
    /** Commission on the share of sales above attainment `above` is multiplied by `multiplier`. */
    accelerator: z
      .object({ above: fraction.default(1), multiplier: z.number().min(1).default(1) })
      .default({ above: 1, multiplier: 1 }),
    /** Most commission one rep can earn in the period; null for no cap. */
    cap: z.number().positive().nullable().default(null),
    /** Guaranteed minimum payout: for the whole statement, or per pay period (see drawPer). */
    draw: z.number().min(0).default(0),
    /**
     * "statement": the draw is a minimum for the whole statement (non-recoverable within it).
     * "payPeriod": the draw is paid in each pay period (commission.payPeriod: month or quarter).
     */
    drawPer: z.enum(["statement", "payPeriod"]).default("statement"),
    /** A draw per pay period only: what it advances beyond a period's earnings is paid back out of later earnings above the draw. */
    drawRecoverable: z.boolean().default(true),
    /** A recoverable draw per pay period only: draw still owed from before this statement (the last statement's closing balance). */
    drawBalance: z.number().min(0).default(0),
    /** A paid amount within this of what is due counts as OK. */
    tolerance: z.number().min(0).default(1),
    /**
     * How often people are paid: when the paid data says when (a pay date or a month), what was paid is
     * held against what fell due in each month or quarter of the period, not only in total.
     */
    payPeriod: z.enum(["month", "quarter"]).default("month"),
  })
  .default({ method: "marginal", lines: [], defaultTiers: [{ from: 0, rate: 0.05 }], accelerator: { above: 1, multiplier: 1 }, cap: null, draw: 0, drawPer: "statement", drawRecoverable: true, drawBalance: 0, tolerance: 1, payPeriod: "month" });
export type CommissionPlan = z.infer<typeof commissionPlan>;
