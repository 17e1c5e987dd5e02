import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Plan } from "../../reviews/plan";
import type { ReviewKind } from "../../reviews/registry";
import { choiceOverrides, chosenHeaders } from "../common/columnChoice";
import type { ErrorLookup } from "../common/formParts";
import { useI18n } from "../common/I18nContext";
import type { Engine } from "../common/loadEngine";
import { draftFromPlan, REVIEW_PANES } from "../forms";
import type { NeededDataset } from "./steps";
import type { Sources } from "./useSources";

interface PlanDraftOptions {
  engine: Engine;
  builder: ReviewKind | null;
  datasets: readonly NeededDataset[];
  sources: Pick<Sources, "chosen" | "chosenSources">;
  /** The plan saved in the workbook when the pane opened, if any. */
  savedAtOpen: Plan | null;
  /** The review sheets' language for a workbook without a saved plan. */
  language: Plan["language"];
  /** The draft to open with (one kept in the workbook, or the sample's), as the forms hold it. */
  restored?: Plan | null;
}

/**
 * The plan being edited: the draft the forms change, the `effective` plan (the draft with the chosen
 * sources and columns written into it: what is checked, previewed and saved) and its field messages.
 */
export function usePlanDraft({ engine, builder, datasets, sources, savedAtOpen, language, restored }: PlanDraftOptions) {
  // The pane's own language, which field messages follow; `language` is only the new plan's default.
  const { language: paneLanguage } = useI18n();
  const { chosen, chosenSources } = sources;
  const [draft, setDraftState] = useState<Plan>(() =>
    // A kept draft is laid over a fresh one, so a field added to the plan since it was kept has its default.
    restored ? { ...draftFromPlan(engine.freshPlan(restored.language ?? language), true), ...restored } : savedAtOpen ? draftFromPlan(savedAtOpen) : draftFromPlan(engine.freshPlan(language), true),
  );
  // The review sheets speak the pane's language until the person sets them apart on the plan step.
  const [followsPane, setFollowsPane] = useState(() => (restored?.language ?? savedAtOpen?.language ?? language) === paneLanguage);
  const setDraft = useCallback(
    (next: Plan): void => {
      if (next.language !== draft.language) setFollowsPane(next.language === paneLanguage);
      setDraftState(next);
    },
    [draft.language, paneLanguage],
  );
  const paneWas = useRef(paneLanguage);
  useEffect(() => {
    const before = paneWas.current;
    paneWas.current = paneLanguage;
    if (before === paneLanguage || !followsPane) return;
    const fresh = (l: Plan["language"]): Plan => draftFromPlan(engine.freshPlan(l), true);
    // A plan not touched yet starts again in the new language (a Chinese plan names its default stages in Chinese).
    setDraftState((old) => (old.language === paneLanguage ? old : JSON.stringify(old) === JSON.stringify(fresh(before)) ? fresh(paneLanguage) : { ...old, language: paneLanguage }));
  }, [engine, paneLanguage, followsPane]);

  const effective = useMemo((): Plan => {
    const planned = { ...draft.sources };
    for (const { dataset } of datasets) {
      const source = chosenSources[dataset];
      if (chosen[dataset] === null) delete planned[dataset];
      if (!source) continue;
      const headers = chosenHeaders(source);
      planned[dataset] = engine.planSource(source, choiceOverrides(dataset, headers, source.choice));
    }
    const plan: Plan = { ...draft, sources: planned };
    const complete = builder ? REVIEW_PANES[builder].withSources : undefined;
    return complete ? complete(plan, chosenSources) : plan;
  }, [engine, draft, datasets, chosenSources, chosen, builder]);

  const issues = useMemo(() => (builder ? engine.planIssues(effective, builder, REVIEW_PANES[builder]) : new Map()), [engine, effective, builder]);
  const error: ErrorLookup = useCallback(
    (path, opts) => {
      const issue = opts?.within ? engine.issueAt(issues, path) : issues.get(path);
      return issue ? engine.issueText(issue, paneLanguage, opts?.percent ? 100 : 1) : undefined;
    },
    [engine, issues, paneLanguage],
  );

  // What the data says beside the form's fields: read once per choice of sources, not per keystroke.
  const latest = useRef(effective);
  latest.current = effective;
  const notes = useMemo(() => {
    const make = builder ? REVIEW_PANES[builder].notes : undefined;
    return make ? make(latest.current, chosenSources, engine) : {};
  }, [engine, builder, chosenSources]);

  /** Takes what the data chosen proposes for the review's plan (a scorecard's KPIs, when its plan lists none). */
  const takeFromData = (): void => {
    const propose = builder ? REVIEW_PANES[builder].fromData : undefined;
    if (!propose) return;
    const proposed = propose(draft, chosenSources, engine);
    if (proposed !== draft) setDraft(proposed);
  };

  return { draft, setDraft, effective, issues, error, takeFromData, notes };
}

/** The plan being edited and what changes it. */
export type PlanDraft = ReturnType<typeof usePlanDraft>;
