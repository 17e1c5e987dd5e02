import type { Dataset } from "../datasets/records";
import { activity } from "./activity";
import { commission } from "./commission";
import { funnel } from "./funnel";
import { leaderboard } from "./leaderboard";
import { progress } from "./progress";
import { scorecard } from "./scorecard";
import { targets } from "./targets";

/**
 * Every review, in the order a build lays out their sheets and the pane lists them. Adding a review is
 * a folder beside these and one line here (and its form in src/taskpane/forms.tsx); the build runner,
 * the plan schema, the command line and the writers take it from this list.
 */
export const REVIEWS = [scorecard, targets, funnel, commission, progress, leaderboard, activity] as const;

export type ReviewDefinitionOf = (typeof REVIEWS)[number];
/** A review's kind: "scorecard", "targets", … */
export type ReviewKind = ReviewDefinitionOf["kind"];
/** What a build is asked for: one review, or every one the data allows. */
export type BuildKind = ReviewKind | "all";

export const REVIEW_KINDS: readonly ReviewKind[] = REVIEWS.map((r) => r.kind);

/** The review of a kind. */
export function reviewOf<K extends ReviewKind>(kind: K): Extract<ReviewDefinitionOf, { kind: K }> {
  return REVIEWS.find((r) => r.kind === kind) as Extract<ReviewDefinitionOf, { kind: K }>;
}

/** Whether a text names a review. */
export function isReviewKind(text: string): text is ReviewKind {
  return (REVIEW_KINDS as readonly string[]).includes(text);
}

/**
 * The dataset a sheet the add-in made holds, from the purpose its mark gives: the review's `holds`.
 *
 * @example
 * datasetHeldBy("targets") // => "monthlyTargets"
 * datasetHeldBy("funnel") // => undefined
 */
export function datasetHeldBy(purpose: string): Dataset | undefined {
  return REVIEWS.find((r) => r.kind === purpose)?.holds;
}

/** What a sheet the add-in writes is for: one review's sheet, or a copy of data; the writers mark each sheet with it. */
export const SHEET_PURPOSES: readonly string[] = [...REVIEW_KINDS, "data"];
