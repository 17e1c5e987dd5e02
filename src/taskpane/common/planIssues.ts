import type { z } from "zod";
import type { Catalogue } from "../../i18n/languages";
import { planIssueText } from "../../plan/words";
import { type Plan, planSchema } from "../../reviews/plan";
import type { ReviewKind } from "../../reviews/registry";
import { format, type Language, MESSAGES } from "../i18n";
import type { PaneHooks } from "./reviewPane";

/**
 * What is wrong with one field of the plan, in words the catalogue can say in either language; a rule of
 * one review comes already worded, in every language, by that review's pane.
 */
export type FieldIssue =
  | { kind: "number" | "wholeNumber" | "text" | "date" | "periodOrder" }
  | { kind: "min" | "moreThan"; min: number }
  | { kind: "max"; max: number }
  | { kind: "atLeast"; min: number }
  | { kind: "rule"; text: Catalogue<string> }
  | { kind: "other"; message: string };

/** Field path ("scorecard.kpis.0.weight") → its first issue. */
export type PlanIssues = ReadonlyMap<string, FieldIssue>;

/** Top-level fields every review reads; the rest of the plan belongs to one builder each. */
const GENERAL = ["version", "title", "language", "asOf", "period"];

/** "scorecard.kpis.0.weight" from zod's path. */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/**
 * What a zod issue means for the field it names, without zod's English wording; `rule` words the custom
 * rules of the review's section.
 */
export function fieldIssue(issue: z.core.$ZodIssue, builder: ReviewKind, rule: PaneHooks["rule"]): FieldIssue {
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
    case "custom": {
      if (issue.path.length === 1 && issue.path[0] === "period") return { kind: "periodOrder" };
      const text = issue.path[0] === builder ? rule?.(issue.path.slice(1)) : undefined;
      if (text) return { kind: "rule", text };
      const en = planIssueText(issue, "en");
      const zh = planIssueText(issue, "zh-CN");
      return en !== null && zh !== null ? { kind: "rule", text: { en, "zh-CN": zh } } : { kind: "other", message: issue.message };
    }
    default:
      return { kind: "other", message: issue.message };
  }
}

/**
 * Checks the part of a plan draft that one review uses, with the plan's zod schema and the review pane's
 * own checks (such as a commission rate above 100%). Issues of other builders'
 * sections are left out: a commission plan still being written does not block a scorecard.
 *
 * @param draft - the plan as the forms hold it; a number field holding text that is not a number is NaN
 * @param builder - the review being set up
 * @param pane - that review's pane: its own checks, and the words for its section's custom rules
 * @returns each field's first issue, by path
 *
 * @example
 * planIssues({ ...defaultPlan(), asOf: "2026/4/1" }, kind, REVIEW_PANES[kind])
 * // => Map { "asOf" => { kind: "date" } }
 */
export function planIssues(draft: Plan, builder: ReviewKind, pane: Pick<PaneHooks, "check" | "rule"> = {}): PlanIssues {
  const issues = new Map<string, FieldIssue>();
  const result = planSchema.safeParse(draft);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const top = String(issue.path[0] ?? "");
      if (top !== builder && !GENERAL.includes(top)) continue;
      const key = pathKey(issue.path);
      if (!issues.has(key)) issues.set(key, fieldIssue(issue, builder, pane.rule));
    }
  }
  for (const [key, issue] of pane.check?.(draft) ?? []) issues.set(key, issue);
  return issues;
}

/**
 * An issue in the pane's language. `scale` is how the field shows its number (100 for a percentage
 * field), so a probability's limit of 1 reads "100%".
 *
 * @example
 * issueText({ kind: "max", max: 1 }, "en", 100) // => "Must be 100% or less."
 */
export function issueText(issue: FieldIssue, language: Language, scale: 1 | 100 = 1): string {
  const t = MESSAGES[language];
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
    case "periodOrder":
      return t.errPeriodOrder;
    case "min":
      return format(t.errMin, { min: shown(issue.min) });
    case "moreThan":
      return format(t.errMoreThan, { min: shown(issue.min) });
    case "max":
      return format(t.errMax, { max: shown(issue.max) });
    case "atLeast":
      return format(t.errAtLeast, { min: issue.min });
    case "rule":
      return issue.text[language];
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
