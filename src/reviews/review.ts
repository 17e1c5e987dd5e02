import type { z } from "zod";
import type { Dataset, DatasetRecords, SourceData } from "../datasets/records";
import type { ReadOptions } from "../datasets/readDataset";
import type { Catalogue, Language } from "../i18n/languages";
import type { Build } from "../sheets/spec";
import type { BuildContext } from "./context";

/**
 * What a review is: one definition per folder of src/reviews/, listed once in registry.ts. Everything
 * else (the build runner, the plan schema, the command line's commands and help, the sheet purposes the
 * writers know, the pane's list of reviews) is derived from the registry.
 */

/** The datasets read for a build, each as its reader delivered it. */
export type ReviewData = Partial<{ [D in Dataset]: SourceData<DatasetRecords[D]> }>;

/** The datasets a review needs: without a required one it cannot run; optional ones add columns and checks. */
export interface DatasetNeeds {
  required: readonly Dataset[];
  optional: readonly Dataset[];
}

/**
 * A dataset a review's plan section requires, and what to say in every language when it is missing;
 * with `or`, any one of the datasets will do (Progress on "auto": the transactions, or the deals).
 */
export interface PlanRequirement {
  dataset: Dataset;
  or?: readonly Dataset[];
  missing: Catalogue<string>;
}

export interface ReviewDefinition<K extends string = string, S extends z.ZodType = z.ZodType> {
  /** The review's key: the CLI command, the plan section, the sheet purpose, the pane's form. */
  kind: K;
  /** Its name, as the pane lists it. */
  name: Catalogue<string>;
  /** One sentence on what it does, under its name in the pane. */
  help: Catalogue<string>;
  /** One line for the command line's help: what it makes, and from what. */
  summary: Catalogue<string>;
  needs: DatasetNeeds;
  /**
   * What the review's plan section adds to `needs.required` (the leaderboard's measure decides which data
   * it ranks): each dataset, and what to say in every language when it is missing. Checked as
   * `needs.required` is; the datasets are among `needs.optional`.
   */
  requires?: (section: z.output<S>) => readonly PlanRequirement[];
  /**
   * Datasets of `needs.optional` its plan section leaves unread (Progress tracking the transactions
   * reads no deals), given the datasets read when there are some (Progress on "auto" with both
   * transactions and deals: the deals): not read, or left out before the build, so their dates never
   * move the as-of date.
   */
  ignores?: (section: z.output<S>, read?: ReadonlySet<Dataset>) => readonly Dataset[];
  /**
   * The headers of its sheet's headline columns, in the sheet's language (a scorecard's weighted score,
   * rating and rank): the pane's preview shows them right after the name.
   */
  headline?: (language: Language) => readonly string[];
  /** Its section of the plan, with every default. */
  plan: S;
  /** What its plan section says about reading a dataset: stages for the deals, product lines, a weight column. */
  readOptions?: (section: z.output<S>, dataset: Dataset) => Partial<ReadOptions>;
  /**
   * The dataset its sheet holds, read back from a workbook the add-in wrote when the sheet's mark names
   * this review (the Target plan holds each person's monthly targets).
   */
  holds?: Dataset;
  /** Builds its sheets: the copies of the data it references, then the review sheet. */
  build(ctx: BuildContext, data: ReviewData): ReviewBuild;
}

/**
 * A review's build, and the datasets its sheet now holds for the reviews built after it in the same run
 * (the Target plan's months are the monthly targets Progress reads when the workbook has none).
 */
export interface ReviewBuild extends Build {
  derived?: ReviewData;
}

/**
 * Declares a review; the identity function, there so that the kind stays a literal type.
 *
 * @example
 * defineReview({ kind: "funnel", ... }).kind // => "funnel" (typed as "funnel")
 */
export function defineReview<K extends string, S extends z.ZodType>(definition: ReviewDefinition<K, S>): ReviewDefinition<K, S> {
  return definition;
}
