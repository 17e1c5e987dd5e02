import type { Plan } from "../../reviews/plan";
import type { ReviewKind } from "../../reviews/registry";
import { type Step, STEPS } from "./steps";

/**
 * The review being set up, kept in the workbook as the person goes (the pane's "draft" setting), so a
 * pane closed half-way opens where it was: the review, the step reached and the plan as the forms hold
 * it, with the sources and columns chosen written in.
 */
export interface FlowDraft {
  version: 1;
  review: ReviewKind;
  step: Step;
  plan: Plan;
  /** When it was last changed (ISO 8601). */
  savedAt: string;
}

/** Where the flow opens: a draft kept in the workbook, or the sample just written; `notice` says which. */
export interface FlowStart {
  review: ReviewKind;
  step: Step;
  plan: Plan;
  notice?: { intent: "success" | "info" | "warning"; text: string }[];
}

/**
 * A draft read back from the workbook, or null when there is none or it is not one this pane wrote
 * (another version, a review this pane does not have): then the pane starts afresh, as it would anyway.
 *
 * @example
 * readDraft({ version: 1, review: "scorecard", step: "plan", plan: {...}, savedAt: "2026-12-03T04:00:00Z" }, ["scorecard"])
 * // => the same draft
 */
export function readDraft(saved: unknown, kinds: readonly string[]): FlowDraft | null {
  if (typeof saved !== "object" || saved === null) return null;
  const d = saved as Partial<Record<keyof FlowDraft, unknown>>;
  if (d.version !== 1 || typeof d.review !== "string" || !kinds.includes(d.review)) return null;
  if (typeof d.step !== "string" || !(STEPS as readonly string[]).includes(d.step)) return null;
  if (typeof d.plan !== "object" || d.plan === null || Array.isArray(d.plan) || typeof d.savedAt !== "string") return null;
  return { version: 1, review: d.review as ReviewKind, step: d.step as Step, plan: d.plan as Plan, savedAt: d.savedAt };
}

/** A date and time as the pane's language writes it: "3 Dec 2026, 04:10", "2026年12月3日 04:10". */
export function whenText(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(date);
}
