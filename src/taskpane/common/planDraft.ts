import { defaultPlan, parsePlan } from "../../reviews/plan";
import type { Plan } from "../../reviews/plan";
import type { Language } from "../i18n";

/**
 * A new plan for a workbook without one: every default, review sheets in the pane's language. The forms
 * start from its draft (draftFromPlan in src/taskpane/forms.tsx, as a fresh plan), where each review
 * writes out its defaults in that language.
 */
export function freshPlan(language: Language): Plan {
  return { ...defaultPlan(), language };
}

/** What the workbook kept: the plan with defaults filled in, or the reasons it cannot be used. */
export function restorePlan(saved: unknown): { plan: Plan } | { errors: string[] } | null {
  if (saved === null || saved === undefined) return null;
  const result = parsePlan(saved);
  return result.ok ? { plan: result.plan } : { errors: result.errors };
}
