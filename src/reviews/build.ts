import { DATASET_LABELS, type Dataset } from "../datasets/records";
import { type Catalogue, pick } from "../i18n/languages";
import { finishSheets } from "../sheets/finishSheets";
import type { Build, SheetSpec } from "../sheets/spec";
import { BuildError } from "./buildError";
import { buildContext } from "./context";
import { convertCurrencies } from "./currency";
import type { Plan } from "./plan";
import { type BuildKind, REVIEWS, type ReviewDefinitionOf, type ReviewKind, reviewOf } from "./registry";
import type { DatasetNeeds, PlanRequirement, ReviewData } from "./review";

/**
 * The build runner: one call that turns the datasets read from a workbook into the review sheets asked
 * for, with each data copy written once. Both hosts (the command line and the task pane) build through
 * it; the reviews it knows are those of the registry.
 */

export type { ReviewData, DatasetNeeds };

/** What the runner says when a build cannot start for want of data. */
const RUNNER_WORDS: Catalogue<{ needs(review: string, dataset: Dataset): string; none(datasets: readonly Dataset[]): string }> = {
  en: {
    needs: (review, dataset) => `the ${review} needs the ${DATASET_LABELS[dataset].en}, and none were found in the workbook`,
    none: (datasets) => `no review can be made: the workbook has none of ${datasets.map((d) => DATASET_LABELS[d].en).join(", ")}`,
  },
  "zh-CN": {
    needs: (review, dataset) => `${review}需要${DATASET_LABELS[dataset]["zh-CN"]}数据，但工作簿中没有找到`,
    none: (datasets) => `无法生成任何分析表：工作簿中没有${datasets.map((d) => DATASET_LABELS[d]["zh-CN"]).join("、")}数据`,
  },
};

/**
 * The datasets a review needs. For "all" nothing is required on its own: each review sheet is made when
 * its own required dataset is there, so every dataset is listed as optional. With the plan, what the
 * review's section requires (the leaderboard's measure) is required too.
 *
 * @example
 * datasetsFor("funnel") // => { required: ["deals"], optional: ["people"] }
 * datasetsFor("leaderboard", plan) // => { required: ["activities"], optional: ["transactions", …] } (measure: activities)
 * datasetsFor("all") // => { required: [], optional: ["scores", "people", "history", "deals", "transactions", "paid", "activities"] }
 */
export function datasetsFor(kind: BuildKind, plan?: Plan): { required: Dataset[]; optional: Dataset[] } {
  if (kind !== "all") {
    const review = reviewOf(kind);
    // A requirement that any of several datasets meets (`or`) leaves each of them optional.
    const required = [...review.needs.required, ...(plan ? planRequires(review, plan).flatMap((r) => (r.or?.length ? [] : [r.dataset])) : [])];
    const ignored = plan ? planIgnores(review, plan) : [];
    return { required, optional: review.needs.optional.filter((d) => !required.includes(d) && !ignored.includes(d)) };
  }
  const all: Dataset[] = [];
  for (const review of REVIEWS) {
    for (const d of [...review.needs.required, ...review.needs.optional]) if (!all.includes(d)) all.push(d);
  }
  return { required: [], optional: all };
}

/**
 * The datasets one review leaves unread given those read so far (Progress on "auto" with the
 * transactions read: the deals), so a reader need not read them at all. Empty for "all".
 *
 * @example
 * datasetsIgnored("progress", plan, new Set(["transactions"])) // => ["deals"] (progress.actuals "auto")
 */
export function datasetsIgnored(kind: BuildKind, plan: Plan, read: ReadonlySet<Dataset>): readonly Dataset[] {
  return kind === "all" ? [] : planIgnores(reviewOf(kind), plan, read);
}

/** The optional datasets a review's plan section leaves unread, given those read if known (see ReviewDefinition.ignores). */
function planIgnores(review: ReviewDefinitionOf, plan: Plan, read?: ReadonlySet<Dataset>): readonly Dataset[] {
  const ignores = review.ignores as ((section: unknown, read?: ReadonlySet<Dataset>) => readonly Dataset[]) | undefined;
  return ignores ? ignores((plan as unknown as Record<string, unknown>)[review.kind], read) : [];
}

/** What a review's plan section requires beyond its fixed needs (see ReviewDefinition.requires). */
function planRequires(review: ReviewDefinitionOf, plan: Plan): readonly PlanRequirement[] {
  const requires = review.requires as ((section: unknown) => readonly PlanRequirement[]) | undefined;
  return requires ? requires((plan as unknown as Record<string, unknown>)[review.kind]) : [];
}

/**
 * What one review's plan section requires beyond its fixed needs, each dataset with what to say when it
 * is missing (the leaderboard ranking by activities: the activities). Empty for "all".
 *
 * @example
 * pick("en", planRequirements("leaderboard", plan)[0].missing) // => "The leaderboard ranks by activities … needs the activities …"
 */
export function planRequirements(kind: BuildKind, plan: Plan): readonly PlanRequirement[] {
  return kind === "all" ? [] : planRequires(reviewOf(kind), plan);
}

/** A build, and which review sheets it made or left out for want of data. */
export interface Review extends Build {
  built: ReviewKind[];
  /**
   * Review sheets of an "all" build that were left out, with the dataset each one lacked, and why when
   * the dataset was there but held nothing it could use.
   */
  skipped: { builder: ReviewKind; missing: Dataset; reason?: string }[];
}

export interface BuildReviewOptions {
  /** Called before each review sheet is built, for progress on large data. */
  onBuild?: (builder: ReviewKind) => void;
}

/**
 * The latest day any deal, transaction or activity in the data is dated: the review's as-of date when the plan
 * gives none, so a build of the same file gives the same sheets whatever day it runs. People's start and
 * end dates are left out: they may be planned days in the future.
 */
export function latestDataDate(data: ReviewData): number | null {
  let latest: number | null = null;
  const see = (day: number | null): void => {
    if (day !== null && (latest === null || day > latest)) latest = day;
  };
  for (const d of data.deals?.records ?? []) {
    see(d.created);
    see(d.stageDate);
    see(d.closeDate);
  }
  for (const t of data.transactions?.records ?? []) see(t.date);
  for (const a of data.activities?.records ?? []) see(a.date);
  return latest;
}

/**
 * Builds the review sheets asked for from the datasets read, and merges them into one workbook's
 * sheets: the review sheets first (people look at them), in the order scorecard, targets, funnel,
 * commission; then the data copies they reference, each once (two builders that copy the same dataset
 * lay it out identically, so the first copy serves both).
 *
 * @param kind - one review sheet, or "all" for every one whose required dataset is in `data`
 * @param plan - the validated plan
 * @param data - the datasets read
 * @param today - today's date serial, the as-of date when neither the plan nor the data gives one
 * @returns the merged build; throws a BuildError naming the dataset when one a single review needs is
 *   missing, or when "all" finds no dataset any review can use
 *
 * @example
 * buildReview("all", plan, { deals, transactions, people }, 46346).sheets.map((s) => s.name)
 * // => ["Funnel review", "Commission", "Data - Deals", "Data - People", "Data - Transactions"]
 */
export function buildReview(kind: BuildKind, plan: Plan, read: ReviewData, today: number, options: BuildReviewOptions = {}): Review {
  // Amounts in one currency before any review reads them, so every sheet and data copy agrees.
  // A review's sheet may hold a dataset the workbook lacks (the Target plan's months): the reviews after it read it.
  const data: ReviewData = { ...convertCurrencies(plan.currency, read, plan.language) };
  // One review: what its plan leaves unread, given what was read, is left out before the as-of date is fixed.
  if (kind !== "all") {
    for (const dataset of planIgnores(reviewOf(kind), plan, new Set(Object.keys(data) as Dataset[]))) delete data[dataset];
  }
  const ctx = buildContext(plan, latestDataDate(data), today);
  const wanted = kind === "all" ? REVIEWS : [reviewOf(kind)];
  const builds: Build[] = [];
  const built: ReviewKind[] = [];
  const skipped: Review["skipped"] = [];
  for (const review of wanted) {
    const missing = review.needs.required.find((d) => data[d] === undefined);
    if (missing !== undefined) {
      if (kind !== "all") throw new BuildError(pick(plan.language, RUNNER_WORDS).needs(review.name[plan.language], missing), missing);
      skipped.push({ builder: review.kind, missing });
      continue;
    }
    const wanting = planRequires(review, plan).find((r) => [r.dataset, ...(r.or ?? [])].every((d) => data[d] === undefined));
    if (wanting !== undefined) {
      if (kind !== "all") throw new BuildError(pick(plan.language, wanting.missing), wanting.dataset);
      skipped.push({ builder: review.kind, missing: wanting.dataset });
      continue;
    }
    options.onBuild?.(review.kind);
    let result: ReturnType<typeof review.build>;
    try {
      result = review.build(ctx, data);
    } catch (e) {
      // Data that is there but holds nothing the review can use leaves it out of an `all` build, said why.
      if (kind !== "all" || !(e instanceof BuildError) || e.unusable === undefined) throw e;
      skipped.push({ builder: review.kind, missing: e.unusable, reason: e.message });
      continue;
    }
    const { derived, ...build } = result;
    builds.push(build);
    built.push(review.kind);
    for (const [dataset, source] of Object.entries(derived ?? {}) as [Dataset, ReviewData[Dataset]][]) {
      if (data[dataset] === undefined) (data as Record<Dataset, unknown>)[dataset] = source;
    }
  }
  if (builds.length === 0) {
    throw new BuildError(pick(plan.language, RUNNER_WORDS).none(REVIEWS.flatMap((r) => r.needs.required)));
  }
  const merged = mergeBuilds(builds);
  return { ...merged, sheets: finishSheets(merged.sheets, ctx.language, ctx.asOf), built, skipped };
}

/**
 * Merges builds into one: review sheets first in build order, then data sheets in the order first met,
 * a data sheet whose name was already taken left out; summary lines in order; warnings once each (a
 * dataset's warnings come back from every builder that reads it).
 *
 * @example
 * mergeBuilds([funnel, commission]).sheets.map((s) => s.purpose)
 * // => ["funnel", "commission", "data", "data", "data"]
 */
export function mergeBuilds(builds: readonly Build[]): Build {
  const review: SheetSpec[] = [];
  const data: SheetSpec[] = [];
  const names = new Set<string>();
  for (const build of builds) {
    for (const sheet of build.sheets) {
      if (sheet.purpose !== "data") review.push(sheet);
    }
  }
  for (const sheet of review) names.add(sheet.name.toLowerCase());
  for (const build of builds) {
    for (const sheet of build.sheets) {
      if (sheet.purpose !== "data" || names.has(sheet.name.toLowerCase())) continue;
      names.add(sheet.name.toLowerCase());
      data.push(sheet);
    }
  }
  return {
    sheets: [...review, ...data],
    summary: builds.flatMap((b) => b.summary),
    warnings: [...new Set(builds.flatMap((b) => b.warnings))],
  };
}
