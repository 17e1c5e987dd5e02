import type { Dataset } from "../../datasets/records";
import type { ReviewKind } from "../../reviews/registry";
import { choiceProblems } from "../common/columnChoice";
import { format, type MessageKey, type Messages } from "../i18n";
import type { NeededDataset, Step } from "./steps";
import type { Mapping, SourceChoice } from "./useSources";

/** What the flow has on screen, as far as it decides whether Next may be pressed. */
export interface FlowPosition {
  step: Step;
  builder: ReviewKind | null;
  datasets: readonly NeededDataset[];
  loading: boolean;
  chosen: SourceChoice;
  mappings: Partial<Record<Dataset, Mapping>>;
  /** How many plan fields have an issue. */
  issueCount: number;
}

/** The roles no column was chosen for, by dataset, or that a column was chosen twice; null when every mapping is whole. */
function columnsBlocked(datasets: readonly NeededDataset[], mappings: FlowPosition["mappings"], t: Messages): string | null {
  const missing: string[] = [];
  let twice = false;
  for (const { dataset } of datasets) {
    const mapping = mappings[dataset];
    if (!mapping || mapping.whole) continue;
    const problems = choiceProblems(dataset, mapping.choice, Boolean(mapping.wide));
    missing.push(...problems.missing.map((role) => format(t.named, { label: t[`dataset_${dataset}`], text: t[`role_${role}` as MessageKey] })));
    twice ||= problems.twice.length > 0;
  }
  if (missing.length > 0) return format(t.mappingBlocked, { list: missing.join(t.listSeparator) });
  return twice ? t.planBlocked : null;
}

/** Why the flow cannot go on from its step yet, in the pane's words; null when it can. */
export function blockedReason({ step, builder, datasets, loading, chosen, mappings, issueCount }: FlowPosition, t: Messages): string | null {
  if (step === "builder") return builder === null ? t.builderLabel : null;
  if (step === "sources") {
    if (loading) return t.readingWorkbook;
    return datasets.some(({ dataset, required }) => required && !chosen[dataset]) ? t.sourcesBlocked : null;
  }
  if (step === "columns") return columnsBlocked(datasets, mappings, t);
  if (step === "plan") return issueCount > 0 ? t.planBlocked : null;
  return null;
}
