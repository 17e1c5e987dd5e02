import type { Dataset } from "../../datasets/records";
import type { ReviewKind } from "../../reviews/registry";
import type { Engine } from "../common/loadEngine";

/** The steps of the flow, in order. */
export const STEPS = ["builder", "sources", "columns", "plan", "build"] as const;
export type Step = (typeof STEPS)[number];

/** A dataset the review reads, and whether it must be there. */
export interface NeededDataset {
  dataset: Dataset;
  required: boolean;
}

/** The datasets a builder reads, required first, each flagged. */
export function datasetList(engine: Engine, builder: ReviewKind): NeededDataset[] {
  const needs = engine.datasetsFor(builder);
  return [...needs.required.map((dataset) => ({ dataset, required: true })), ...needs.optional.map((dataset) => ({ dataset, required: false }))];
}
