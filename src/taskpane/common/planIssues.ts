import type { z } from "zod";
import { type Plan, planSchema } from "../../reviews/plan";
import type { ReviewKind } from "../../reviews/registry";
import { format, type Messages } from "../i18n";

/** What is wrong with one field of the plan, in words the catalogue can say in either language. */
export type FieldIssue =
  | { kind: "number" | "wholeNumber" | "text" | "date" | "capBelowThreshold" | "weightsZero" | "periodOrder" | "weightColumn" }
  | { kind: "min" | "moreThan"; min: number }
  | { kind: "max"; max: number }
  | { kind: "atLeast"; min: number }
  | { kind: "weightsTotal"; total: number }
  | { kind: "other"; message: string };

/** Field path ("scorecard.kpis.0.weight") → its first issue. */
export type PlanIssues = ReadonlyMap<string, FieldIssue>;

/** Where the pane shows the sum of the KPI weights, and the issue when it is not 100%. */
export const WEIGHT_TOTAL_PATH = "scorecard.kpis.total";

/** Weights shown as percentages add up to 100 within this (33.33 + 33.33 + 33.34 does; 99.9 does not). */
const TOTAL_TOLERANCE = 0.005;

/** Top-level fields every review reads; the rest of the plan belongs to one builder each. */
const GENERAL = ["version", "title", "language", "asOf", "period"];

/** "scorecard.kpis.0.weight" from zod's path. */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/** What a zod issue means for the field it names, without zod's English wording. */
function fieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "int") return { kind: "wholeNumber" };
      if (issue.expected === "number") return { kind: "number" };
      if (issue.expected === "string") return { kind: "text" };
      return { kind: "other", message: issue.message };
    case "invalid_format":
      return { kind: "date" };
    case "too_small":
      if (issue.origin === "string") return { kind: "text" };
      if (issue.origin === "array") return { kind: "atLeast", min: Number(issue.minimum) };
      return issue.inclusive === false ? { kind: "moreThan", min: Number(issue.minimum) } : { kind: "min", min: Number(issue.minimum) };
    case "too_big":
      return { kind: "max", max: Number(issue.maximum) };
    case "custom":
      if (last === "cap") return { kind: "capBelowThreshold" };
      if (last === "kpis") return { kind: "weightsZero" };
      if (last === "period") return { kind: "periodOrder" };
      if (last === "weightColumn") return { kind: "weightColumn" };
      return { kind: "other", message: issue.message };
    default:
      return { kind: "other", message: issue.message };
  }
}

/**
 * Checks the part of a plan draft that one review uses, with the plan's zod schema and the pane's own
 * rule that KPI weights, shown as percentages, total 100%. Issues of other builders' sections are left
 * out: a commission plan still being written does not block a scorecard.
 *
 * @param draft - the plan as the forms hold it; a number field holding text that is not a number is NaN
 * @param builder - the review being set up
 * @returns each field's first issue, by path
 *
 * @example
 * planIssues({ ...defaultPlan(), scorecard: { ...s, kpis: [{ ...kpi, weight: 60 }] } }, "scorecard")
 * // => Map { "scorecard.kpis.total" => { kind: "weightsTotal", total: 60 } }
 */
export function planIssues(draft: Plan, builder: ReviewKind): PlanIssues {
  const issues = new Map<string, FieldIssue>();
  const result = planSchema.safeParse(draft);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const top = String(issue.path[0] ?? "");
      if (top !== builder && !GENERAL.includes(top)) continue;
      const key = pathKey(issue.path);
      if (!issues.has(key)) issues.set(key, fieldIssue(issue));
    }
  }
  if (builder === "scorecard" && draft.scorecard.kpis.length > 0) {
    const total = draft.scorecard.kpis.reduce((sum, kpi) => sum + kpi.weight, 0);
    if (Number.isFinite(total) && Math.abs(total - 100) > TOTAL_TOLERANCE) {
      issues.set(WEIGHT_TOTAL_PATH, { kind: "weightsTotal", total: Number.parseFloat(total.toPrecision(12)) });
    }
  }
  return issues;
}

/**
 * An issue in the pane's language. `scale` is how the field shows its number (100 for a percentage
 * field), so a probability's limit of 1 reads "100%".
 *
 * @example
 * issueText({ kind: "max", max: 1 }, MESSAGES.en, 100) // => "Must be 100% or less."
 */
export function issueText(issue: FieldIssue, t: Messages, scale: 1 | 100 = 1): string {
  const shown = (n: number): string => (scale === 100 ? `${Number.parseFloat((n * 100).toPrecision(12))}%` : String(n));
  switch (issue.kind) {
    case "number":
      return t.errNumber;
    case "wholeNumber":
      return t.errWholeNumber;
    case "text":
      return t.errText;
    case "date":
      return t.errDate;
    case "capBelowThreshold":
      return t.errCapBelowThreshold;
    case "weightsZero":
      return t.errWeightsZero;
    case "periodOrder":
      return t.errPeriodOrder;
    case "weightColumn":
      return t.errWeightColumn;
    case "min":
      return format(t.errMin, { min: shown(issue.min) });
    case "moreThan":
      return format(t.errMoreThan, { min: shown(issue.min) });
    case "max":
      return format(t.errMax, { max: shown(issue.max) });
    case "atLeast":
      return format(t.errAtLeast, { min: issue.min });
    case "weightsTotal":
      return format(t.errWeightsTotal, { total: issue.total });
    case "other":
      return format(t.errOther, { message: issue.message });
  }
}

/**
 * The first issue at a field or anywhere inside it ("targets.ramp" finds "targets.ramp.2").
 */
export function issueAt(issues: PlanIssues, path: string): FieldIssue | undefined {
  const own = issues.get(path);
  if (own) return own;
  for (const [key, issue] of issues) if (key.startsWith(`${path}.`)) return issue;
  return undefined;
}
