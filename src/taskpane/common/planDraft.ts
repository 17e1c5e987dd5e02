import { splitTotal } from "../../core/allocation/splitTotal";
import { isKpiError } from "../../core/errors";
import { DEFAULT_STAGES } from "../../datasets/columns";
import { defaultPlan, parsePlan } from "../../reviews/plan";
import type { KpiDefinition } from "../../reviews/scorecard/plan";
import type { Plan } from "../../reviews/plan";
import type { Language } from "../i18n";

/**
 * The plan as the forms start from it: KPI weights as percentages (a saved 0.4/0.3/0.3 shows as
 * 40/30/30; weights are relative, so the numbers mean the same), and the funnel's stages written out
 * (the default stages when the plan names none) so they can be changed.
 */
export function draftFromPlan(plan: Plan): Plan {
  const kpis = plan.scorecard.kpis;
  const sum = kpis.reduce((s, k) => s + k.weight, 0);
  const scale = kpis.length > 0 && Math.abs(sum - 1) < 1e-9 ? 100 : 1;
  return {
    ...plan,
    scorecard: { ...plan.scorecard, kpis: kpis.map((k) => ({ ...k, weight: Number.parseFloat((k.weight * scale).toPrecision(12)) })) },
    funnel: { ...plan.funnel, stages: (plan.funnel.stages ?? DEFAULT_STAGES).map((s) => ({ ...s, aliases: [...s.aliases] })) },
  };
}

/**
 * A new plan for a workbook without one: every default, review sheets in the pane's language. In
 * Chinese the default stages take their Chinese names, the English ones becoming aliases, so the review
 * sheet names stages the way its readers do; data in either language still maps.
 */
export function freshPlan(language: Language): Plan {
  const draft = draftFromPlan({ ...defaultPlan(), language });
  if (language !== "zh-CN") return draft;
  const stages = (draft.funnel.stages ?? []).map((stage) =>
    stage.aliases.length === 0 ? stage : { ...stage, name: stage.aliases[0], aliases: [stage.name, ...stage.aliases.slice(1)] },
  );
  return { ...draft, funnel: { ...draft.funnel, stages } };
}

/** What the workbook kept: the plan with defaults filled in, or the reasons it cannot be used. */
export function restorePlan(saved: unknown): { plan: Plan } | { errors: string[] } | null {
  if (saved === null || saved === undefined) return null;
  const result = parsePlan(saved);
  return result.ok ? { plan: result.plan } : { errors: result.errors };
}

/**
 * One KPI per distinct name, in order of first appearance, with equal weights that add up to exactly 100.
 *
 * @example
 * kpisFor(["Revenue", "Calls", "Revenue", "NPS"]).map((k) => k.weight) // => [33.34, 33.33, 33.33]
 */
export function kpisFor(names: readonly string[]): KpiDefinition[] {
  const distinct = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ""))];
  if (distinct.length === 0) return [];
  const weights = splitTotal(100, distinct.map(() => 1), { decimals: 2 });
  return distinct.map((name, i) => ({
    name,
    weight: isKpiError(weights) ? 100 / distinct.length : (weights[i] as number),
    direction: "higher",
    threshold: 0,
    cap: null,
  }));
}
