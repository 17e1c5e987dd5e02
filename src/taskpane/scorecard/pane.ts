import type { Plan } from "../../reviews/plan";
import type { KpiDefinition } from "../../reviews/scorecard/plan";
import type { Engine } from "../common/loadEngine";
import type { FieldIssue } from "../common/planIssues";
import type { PaneHooks } from "../common/reviewPane";
import { format, inEveryLanguage } from "../i18n";
import { SCORECARD_LABELS } from "./labels";

/** Where the form shows the sum of the KPI weights, and the issue when it is not 100%. */
export const WEIGHT_TOTAL_PATH = "scorecard.kpis.total";

/** Weights shown as percentages add up to 100 within this (33.33 + 33.33 + 33.34 does; 99.9 does not). */
const TOTAL_TOLERANCE = 0.005;

/**
 * One KPI per distinct name, in order of first appearance, with equal weights that add up to exactly 100
 * (split by the engine's splitTotal).
 *
 * @example
 * kpisFor(["Revenue", "Calls", "Revenue", "NPS"], engine).map((k) => k.weight) // => [33.34, 33.33, 33.33]
 */
export function kpisFor(names: readonly string[], { splitTotal, isKpiError }: Pick<Engine, "splitTotal" | "isKpiError">): KpiDefinition[] {
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

/** The scorecard's section with other KPIs. */
function withKpis(plan: Plan, kpis: KpiDefinition[]): Plan {
  return { ...plan, scorecard: { ...plan.scorecard, kpis } };
}

/**
 * What the pane does with the scorecard's section: KPI weights edited as percentages that total 100%,
 * and the KPIs of the data proposed when the plan lists none.
 */
export const scorecardPane: PaneHooks = {
  // A saved 0.4/0.3/0.3 shows as 40/30/30; weights are relative, so the numbers mean the same.
  draft: (plan) => {
    const kpis = plan.scorecard.kpis;
    const sum = kpis.reduce((s, k) => s + k.weight, 0);
    const scale = kpis.length > 0 && Math.abs(sum - 1) < 1e-9 ? 100 : 1;
    return withKpis(plan, kpis.map((k) => ({ ...k, weight: Number.parseFloat((k.weight * scale).toPrecision(12)) })));
  },

  // A scorecard without KPIs in its plan starts with the KPIs in the data, weighted equally.
  fromData: (plan, sources, engine) => {
    if (plan.scorecard.kpis.length > 0) return plan;
    const scores = sources.scores;
    const col = scores?.choice.kpi ?? null;
    if (!scores || col === null) return plan;
    const names = scores.read.grid
      .slice(scores.headerRow + 1)
      .map((row) => row[col])
      .filter((v): v is string | number => typeof v === "string" || typeof v === "number")
      .map(String);
    return withKpis(plan, kpisFor(names, engine));
  },

  check: (plan) => {
    const issues = new Map<string, FieldIssue>();
    const kpis = plan.scorecard.kpis;
    const total = kpis.reduce((sum, kpi) => sum + kpi.weight, 0);
    if (kpis.length > 0 && Number.isFinite(total) && Math.abs(total - 100) > TOTAL_TOLERANCE) {
      const shown = Number.parseFloat(total.toPrecision(12));
      issues.set(WEIGHT_TOTAL_PATH, { kind: "rule", text: inEveryLanguage(SCORECARD_LABELS, (l) => format(l.errWeightsTotal, { total: shown })) });
    }
    return issues;
  },

  rule: (path) => {
    const last = path[path.length - 1];
    if (last === "cap") return inEveryLanguage(SCORECARD_LABELS, (l) => l.errCapBelowThreshold);
    if (last === "kpis") return inEveryLanguage(SCORECARD_LABELS, (l) => l.errWeightsZero);
    return undefined;
  },
};
