import type { z } from "zod";
import type { Dataset } from "../datasets/records";
import type { ReadOptions } from "../datasets/readDataset";
import { composePlan, PLAN_VERSION } from "../plan/schema";
import { fieldPath } from "../plan/fieldPath";
import { REVIEWS, type ReviewDefinitionOf } from "./registry";

/**
 * The whole plan: the common fields (src/plan/schema.ts) and each review's section under its kind,
 * composed from the registry, so a new review's settings join the plan, its parsing and its messages
 * without another file naming it.
 */

type Sections = { [R in ReviewDefinitionOf as R["kind"]]: R["plan"] };

const sections = Object.fromEntries(REVIEWS.map((r) => [r.kind, r.plan])) as Sections;

export const planSchema = composePlan(sections);

/** A validated plan with every default filled in. */
export type Plan = z.output<typeof planSchema>;
/** A plan as a person writes it: everything but the version may be left out. */
export type PlanInput = z.input<typeof planSchema>;

export { PLAN_VERSION };
export type { KpiDefinition } from "./scorecard/plan";
export type { Stage } from "./funnel/plan";

export type PlanResult = { ok: true; plan: Plan } | { ok: false; errors: string[] };

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

/**
 * The reading options a plan gives for one dataset: its column overrides, the language its problems are
 * told in (the plan's), and what each review's
 * section says about reading it (the funnel's stages, the commission's product lines, the targets'
 * weight column).
 *
 * @example
 * readOptionsFromPlan(defaultPlan(), "deals") // => { columns: undefined, language: "en" }
 */
export function readOptionsFromPlan(plan: Plan, dataset: Dataset): ReadOptions {
  const options: ReadOptions = { columns: plan.sources[dataset]?.columns, language: plan.language };
  for (const review of REVIEWS) {
    if (!review.readOptions) continue;
    const section = plan[review.kind] as never;
    Object.assign(options, (review.readOptions as (section: never, dataset: Dataset) => Partial<ReadOptions>)(section, dataset));
  }
  return options;
}
