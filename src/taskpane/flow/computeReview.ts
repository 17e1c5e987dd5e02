import type { Dataset } from "../../datasets/records";
import type { Language } from "../../i18n/languages";
import type { Review, ReviewData } from "../../reviews/build";
import type { Plan } from "../../reviews/plan";
import type { ReviewKind } from "../../reviews/registry";
import type { BuildJob } from "../common/BuildPanel";
import type { WorkbookHost } from "../../workbook/office";
import type { Engine } from "../common/loadEngine";
import type { MessageFeedApi } from "../common/MessageFeed";
import type { ChosenSources } from "../common/reviewPane";
import { reportFailure, reportWarnings } from "./report";
import { datasetList, type NeededDataset } from "./steps";

/** A computed review and the plan it was computed from: what the build step previews and writes. */
export interface ComputedReview {
  review: Review;
  plan: Plan;
}

/** What computing a review needs beside its data: the engine, where to report, the pane's language, today. */
export interface ComputeContext {
  engine: Engine;
  feed: MessageFeedApi;
  /** The pane's language, which read problems are told in. */
  language: Language;
  /** Today as an Excel date serial. */
  today: number;
}

/** Builds a review from its data, reporting the rows it left out; null after reporting why it could not. */
function buildFrom({ engine, feed, today }: ComputeContext, kind: ReviewKind, plan: Plan, data: ReviewData): Review | null {
  try {
    const built = engine.buildReview(kind, plan, data, today);
    reportWarnings(engine, feed, built);
    return built;
  } catch (err) {
    reportFailure(engine, feed, err, "reviewFailed");
    return null;
  }
}

/** Reads every chosen dataset as mapped and computes the review; null after reporting why it could not. */
export function computeReview(context: ComputeContext, kind: ReviewKind, effective: Plan, datasets: readonly NeededDataset[], sources: ChosenSources): ComputedReview | null {
  const { engine, feed, language } = context;
  const parsed = engine.planSchema.safeParse(effective);
  if (!parsed.success) return null;
  const plan = parsed.data;
  const data: ReviewData = {};
  for (const { dataset } of datasets) {
    const source = sources[dataset];
    if (!source) continue;
    const result = engine.readChosen(dataset, source, plan, language);
    if (result instanceof engine.ReadError) {
      reportFailure(engine, feed, result, "readFailed");
      return null;
    }
    (data as Record<Dataset, unknown>)[dataset] = result;
  }
  const review = buildFrom(context, kind, plan, data);
  return review ? { review, plan } : null;
}

/** Rebuilds a review from the saved plan, its sources read as the command line would; null after reporting why it could not. */
export async function rebuildFromPlan(context: ComputeContext, host: WorkbookHost, kind: ReviewKind, saved: Plan): Promise<BuildJob | null> {
  const { engine, feed, language } = context;
  const data: ReviewData = {};
  for (const { dataset } of datasetList(engine, kind)) {
    const result = await engine.readFromPlan(host, dataset, saved, language);
    if (result === null) continue;
    if (result instanceof engine.ReadError) {
      reportFailure(engine, feed, result, "readFailed");
      return null;
    }
    (data as Record<Dataset, unknown>)[dataset] = result;
  }
  const build = buildFrom(context, kind, saved, data);
  return build ? { build, plan: saved } : null;
}
