import { z } from "zod";
import { Plan, PLAN_VERSION, planSchema } from "./schema";

export type PlanResult = { ok: true; plan: Plan } | { ok: false; errors: string[] };

/** "scorecard.kpis[2].weight" from zod's path. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, key) => (typeof key === "number" ? `${s}[${key}]` : s ? `${s}.${String(key)}` : String(key)), "");
}

/**
 * Validates a plan object (parsed JSON, or what the pane saved) and fills in the defaults.
 * Every error names the field and says what is expected: `scorecard.kpis[1].weight: must be 0 or more`.
 *
 * @example
 * parsePlan({ version: 1 }) // => { ok: true, plan: { version: 1, language: "en", ... } }
 */
export function parsePlan(input: unknown): PlanResult {
  const result = planSchema.safeParse(input);
  if (result.success) return { ok: true, plan: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue: z.core.$ZodIssue) => `${fieldPath(issue.path) || "plan"}: ${issue.message}`),
  };
}

/** The plan used when none is given: every default, for a standard layout. */
export function defaultPlan(): Plan {
  return planSchema.parse({ version: PLAN_VERSION });
}
