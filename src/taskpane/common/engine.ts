/**
 * Everything the pane computes with: the plan schema (zod), the readers, the source proposals and the
 * review builders with the calculation core. The pane loads it as a separate chunk right after its
 * first render, so the first paint waits only for React and the Fluent components.
 */
export { buildReview, datasetsFor } from "../../reviews/build";
export { REVIEWS, REVIEW_KINDS, reviewOf } from "../../reviews/registry";
export { planSchema } from "../../reviews/plan";
export { ReadError } from "../../datasets/readDataset";
export { splitTotal } from "../../core/allocation/splitTotal";
export { isKpiError } from "../../core/errors";
export { describeWhole, headerRowOf, planSource, planSourceRef, proposeSources, readChosen, readFromPlan, readsWhole, scoresLayoutOf, sourceKey, sourceOptions } from "./sources";
export { kpiLibraryIn } from "./kpiLibrarySource";
export { issueAt, issueText, planIssues } from "./planIssues";
export { freshPlan, restorePlan } from "./planDraft";
export { planFileText, readPlanFile, PLAN_FILE_NAME } from "./planFile";
export { isRoutineSkip } from "./routineSkip";
export { hintColumns } from "../../datasets/scoresLayout";
