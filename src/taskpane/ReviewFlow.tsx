import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Body1, Button, Caption1, Link, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { pick } from "../i18n/languages";
import type { Plan } from "../reviews/plan";
import type { ReviewKind } from "../reviews/registry";
import { messageOf } from "./common/BuildPanel";
import { ErrorBoundary } from "./common/ErrorBoundary";
import { RevealErrorsContext } from "./common/fields";
import { useWorkbookHost } from "./common/HostContext";
import { useI18n } from "./common/I18nContext";
import { type Engine, loadEngine } from "./common/loadEngine";
import { useMessageFeed } from "./common/MessageFeed";
import { blockedReason } from "./flow/blocked";
import { type FlowStart, readDraft, whenText } from "./flow/draft";
import { StartOver } from "./flow/StartOver";
import { BuildStep } from "./flow/BuildStep";
import { ColumnsStep } from "./flow/ColumnsStep";
import { computeReview, type ComputedReview } from "./flow/computeReview";
import { PickStep } from "./flow/PickStep";
import { PlanStep } from "./flow/PlanStep";
import { reportFailure } from "./flow/report";
import { SourcesStep } from "./flow/SourcesStep";
import { datasetList, type Step, STEPS } from "./flow/steps";
import { useFlowStyles } from "./flow/styles";
import { usePlanDraft } from "./flow/usePlanDraft";
import { useSources } from "./flow/useSources";
import { format, type Language, type Messages } from "./i18n";
import type { PaneRoute } from "./route";

export interface ReviewFlowProps {
  /** Today as an Excel date serial: the review date when neither the plan nor the data gives one. */
  today: number;
  /** Where a ribbon button opened the pane: a review's sources, or the reviews to rebuild. */
  route?: Extract<PaneRoute, { tab: "review" }>;
  /** Where to open instead of the draft kept in the workbook: the sample data just written. */
  start?: FlowStart | null;
  /** Writes the sample team into the workbook (offered where the workbook has no data). */
  onTrySample?: () => Promise<void>;
}

/** A notice at the top of the flow, in whichever language the pane is in when it shows. */
export interface FlowNotice {
  intent: "success" | "info" | "warning";
  text: (t: Messages, language: Language) => string;
}

/**
 * Builds a review sheet step by step: the review, where its data is, which column is which, the plan,
 * then a computed preview and the build. It first loads the engine chunk and the plan an earlier build
 * saved in the workbook; that plan is restored and can be rebuilt in one click.
 */
export function ReviewFlow({ today, route, start: requested = null, onTrySample }: ReviewFlowProps) {
  const host = useWorkbookHost();
  const feed = useMessageFeed();
  const { t, language } = useI18n();
  const [start, setStart] = useState<{ engine: Engine; saved: Plan | null; resume: (FlowStart & { notices: FlowNotice[] }) | null } | null>(null);
  // Start over opens a new flow, with nothing to resume, its heading focused.
  const [generation, setGeneration] = useState(0);
  const requestedAtOpen = useRef(requested);
  // A workbook without a plan starts with review sheets in the language the pane opened in.
  const openingLanguage = useRef(language);

  useEffect(() => {
    let live = true;
    const open = async (): Promise<void> => {
      let engine: Engine;
      try {
        engine = await loadEngine();
      } catch (error) {
        feed.report({ intent: "error", text: (m) => format(m.engineFailed, { message: messageOf(error) }) });
        return;
      }
      let saved: Plan | null = null;
      try {
        const restored = engine.restorePlan(await host.loadPlan({ language: openingLanguage.current }));
        if (restored !== null && "errors" in restored) {
          const message = restored.errors.join("; ");
          feed.report({ intent: "warning", text: (m) => format(m.savedPlanInvalid, { message }) });
        } else if (restored !== null) {
          saved = restored.plan;
        }
      } catch (error) {
        reportFailure(engine, feed, error, "hostFailed");
      }
      let resume: (FlowStart & { notices: FlowNotice[] }) | null = null;
      const asked = requestedAtOpen.current;
      if (asked) {
        resume = { ...asked, notices: (asked.notice ?? []).map((n) => ({ intent: n.intent, text: () => n.text })) };
      } else {
        const kept = readDraft(await host.loadPaneSetting("draft", { language: openingLanguage.current }).catch(() => null), engine.REVIEW_KINDS);
        if (kept) {
          const notice: FlowNotice = { intent: "info", text: (m, l) => format(m.draftRestored, { review: pick(l, engine.reviewOf(kept.review).name), when: whenText(kept.savedAt, l) }) };
          resume = { ...kept, notices: [notice] };
        }
      }
      if (live) setStart({ engine, saved, resume });
    };
    void open();
    return () => {
      live = false;
    };
  }, [host, feed]);

  if (start === null) return <Spinner size="small" label={t.working} />;
  return (
    <Flow
      key={generation}
      today={today}
      engine={start.engine}
      saved={start.saved}
      language={openingLanguage.current}
      route={generation === 0 ? route : undefined}
      resume={generation === 0 ? start.resume : null}
      focusOnOpen={generation > 0 || requestedAtOpen.current !== null}
      onStartOver={() => setGeneration((g) => g + 1)}
      onTrySample={onTrySample}
    />
  );
}

interface FlowProps {
  today: number;
  engine: Engine;
  /** The plan saved in the workbook, if any. */
  saved: Plan | null;
  /** The review sheets' language for a workbook without a saved plan. */
  language: Plan["language"];
  route?: ReviewFlowProps["route"];
  /** Where to open (a kept draft, the sample) and what to say about it. */
  resume: (FlowStart & { notices: FlowNotice[] }) | null;
  /** Focus the step's heading on opening (after Start over, whose button is gone). */
  focusOnOpen: boolean;
  onStartOver: () => void;
  onTrySample?: () => Promise<void>;
}

/** Focus follows the flow: each new step is announced by moving to its heading (not the first, on opening). */
function useStepFocus(step: Step, focusOnOpen: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(!focusOnOpen);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);
  return heading;
}

/** The first field in error on the step: its input and the words that name it (its card, then its label). */
interface FirstIssue {
  element: HTMLElement;
  name: string;
}

/** Finds the first field in error inside `step`, in the order a person reads the step. */
function firstIssueIn(step: HTMLElement | null): FirstIssue | null {
  const element = step?.querySelector<HTMLElement>("[data-issue]");
  if (!element) return null;
  const label = element.id ? Array.from(step?.querySelectorAll("label") ?? []).find((l) => l.htmlFor === element.id) : undefined;
  const own = label?.textContent ?? element.getAttribute("aria-label") ?? "";
  const card = element.closest("fieldset")?.querySelector("legend")?.textContent ?? "";
  const name = [card, own.replace(/\s*\*\s*$/, "").trim()].filter((part) => part !== "").join(" › ");
  return { element, name };
}

/** The five steps over a loaded engine, starting from the plan found when the pane opened. */
function Flow({ today, engine, saved: savedAtOpen, language, route, resume, focusOnOpen, onStartOver, onTrySample }: FlowProps) {
  const { t, language: paneLanguage } = useI18n();
  const feed = useMessageFeed();
  const host = useWorkbookHost();
  const styles = useFlowStyles();

  const [step, setStep] = useState<Step>("builder");
  // A ribbon button that names a review opens the flow on it; a kind the registry does not know is left unchosen.
  const routed = route && "review" in route ? engine.REVIEW_KINDS.find((kind) => kind === route.review) : undefined;
  const [builder, setBuilder] = useState<ReviewKind | null>(resume?.review ?? routed ?? null);
  const [saved, setSaved] = useState<Plan | null>(savedAtOpen);
  const [computed, setComputed] = useState<ComputedReview | null>(null);
  const [replace, setReplace] = useState(true);
  const heading = useStepFocus(step, focusOnOpen);
  // The step a kept draft (or the sample) reached: the flow walks there, as far as nothing blocks it.
  const [resumeTo, setResumeTo] = useState<Step | null>(resume && resume.step !== "builder" ? resume.step : null);
  const [notices, setNotices] = useState<readonly FlowNotice[]>(resume?.notices ?? []);
  const stepArea = useRef<HTMLElement>(null);
  const [firstIssue, setFirstIssue] = useState<FirstIssue | null>(null);
  const [reveal, setReveal] = useState(false);

  const datasets = useMemo(() => (builder ? datasetList(engine, builder) : []), [engine, builder]);
  const sources = useSources(engine, datasets);
  const plan = usePlanDraft({ engine, builder, datasets, sources, savedAtOpen, language, restored: resume?.plan });

  const goTo = async (next: Step): Promise<void> => {
    if (next === "sources" && builder && (step === "builder" || sources.options === null)) {
      setStep(next);
      feed.clear();
      await sources.load(builder, plan.draft);
      return;
    }
    if (next === "columns") sources.mapChosen(plan.draft);
    if (next === "plan" && step === "columns") plan.takeFromData();
    if (next === "build") {
      feed.clear();
      setComputed(builder ? computeReview({ engine, feed, language: paneLanguage, today }, builder, plan.effective, datasets, sources.chosenSources) : null);
    }
    setStep(next);
  };

  // Opened on a review from the ribbon: straight to its data, as if it had been chosen and Next pressed.
  useEffect(() => {
    if (routed) void goTo("sources");
  }, []); // once, on opening

  // The step's summary names the first field in error, once it has rendered.
  useLayoutEffect(() => {
    const found = step === "plan" && plan.issues.size > 0 ? firstIssueIn(stepArea.current) : null;
    setFirstIssue((old) => (old?.element === found?.element && old?.name === found?.name ? old : found));
  });

  const goToIssue = (): void => {
    setReveal(true);
    const target = firstIssue?.element;
    target?.scrollIntoView?.({ block: "center" });
    target?.focus();
  };

  const blocked = blockedReason({ step, builder, datasets, loading: sources.loading, chosen: sources.chosen, mappings: sources.mappings, issueCount: plan.issues.size }, t);
  const index = STEPS.indexOf(step);

  // Walks to the step the draft reached, one step per render once the last one has settled; it stops
  // where something blocks (a source gone since), so the person sees why.
  const advancedFrom = useRef<Step | null>(null);
  useEffect(() => {
    if (resumeTo === null) return;
    if (index >= STEPS.indexOf(resumeTo)) return setResumeTo(null);
    if (sources.loading) return;
    if (blocked !== null) return setResumeTo(null);
    if (advancedFrom.current === step) return;
    advancedFrom.current = step;
    void goTo(STEPS[index + 1]);
  });

  // The draft is kept in the workbook as the person goes (half a second after the last change).
  const draftText = builder === null ? null : JSON.stringify({ review: builder, step, plan: { ...plan.draft, sources: plan.effective.sources } });
  const keptText = useRef<string | null>(null);
  const stopped = useRef(false);
  const toldUnsaved = useRef(false);
  useEffect(() => {
    if (draftText === null || resumeTo !== null || draftText === keptText.current) return;
    const timer = setTimeout(() => {
      if (stopped.current) return;
      keptText.current = draftText;
      const value = { version: 1, ...(JSON.parse(draftText) as object), savedAt: new Date().toISOString() };
      host.savePaneSetting("draft", value, { language: paneLanguage }).catch((error: unknown) => {
        if (toldUnsaved.current) return;
        toldUnsaved.current = true;
        feed.report({ intent: "warning", text: (m) => format(m.draftNotSaved, { message: messageOf(error) }) });
      });
    }, 500);
    return () => clearTimeout(timer);
  }, [draftText, resumeTo, host, feed, paneLanguage]);

  /** A build finished: its plan is the workbook's now, so the draft is done with. */
  const built = (next: Plan): void => {
    setSaved(next);
    keptText.current = draftText;
    host.savePaneSetting("draft", null, { language: paneLanguage }).catch(() => undefined);
  };

  const startOver = async (): Promise<void> => {
    stopped.current = true;
    try {
      await host.savePaneSetting("draft", null, { language: paneLanguage });
    } catch (error) {
      reportFailure(engine, feed, error, "hostFailed");
    }
    onStartOver();
  };

  /** Back and Next: the notice about where the flow opened has served its purpose. */
  const move = (next: Step): void => {
    setNotices([]);
    void goTo(next);
  };

  return (
    <div className={styles.flow}>
      <Caption1>{format(t.stepOf, { n: index + 1, total: STEPS.length })}</Caption1>
      <h2 id="step-heading" ref={heading} tabIndex={-1} className={styles.heading}>
        {t[`step_${step}`]}
      </h2>
      {notices.map((notice, i) => (
        <MessageBar key={i} intent={notice.intent} layout="multiline">
          <MessageBarBody className={styles.wrap}>{notice.text(t, paneLanguage)}</MessageBarBody>
        </MessageBar>
      ))}

      <ErrorBoundary key={step}>
        <section ref={stepArea} className={styles.step} aria-labelledby="step-heading">
          <RevealErrorsContext.Provider value={reveal}>
          {step === "builder" ? <PickStep engine={engine} saved={saved} today={today} builder={builder} onPick={setBuilder} showRebuild={route !== undefined && "rebuild" in route} onTrySample={onTrySample} /> : null}
          {step === "sources" && builder ? <SourcesStep datasets={datasets} sources={sources} onLookAgain={() => void sources.load(builder, plan.draft)} onTrySample={onTrySample} /> : null}
          {step === "columns" ? <ColumnsStep datasets={datasets} sources={sources} engine={engine} builder={builder} plan={plan} /> : null}
          {step === "plan" && builder ? <PlanStep builder={builder} name={pick(paneLanguage, engine.reviewOf(builder).name)} draft={plan.draft} setDraft={plan.setDraft} error={plan.error} notes={plan.notes} /> : null}
          {step === "build" && builder ? <BuildStep headline={engine.reviewOf(builder).headline} computed={computed} replace={replace} onReplaceChange={setReplace} onBuilt={built} /> : null}
          </RevealErrorsContext.Provider>
        </section>
      </ErrorBoundary>

      <div className={styles.footer}>
        <div className={styles.nav}>
          {index > 0 ? <Button onClick={() => move(STEPS[index - 1])}>{t.back}</Button> : null}
          {index < STEPS.length - 1 ? (
            <Button appearance="primary" disabledFocusable={blocked !== null} aria-describedby={blocked !== null && step !== "builder" ? "step-blocked" : undefined} onClick={() => move(STEPS[index + 1])}>
              {t.next}
            </Button>
          ) : null}
          {builder !== null ? <StartOver onConfirm={() => void startOver()} /> : null}
        </div>
        {blocked !== null && step !== "builder" && !(step === "sources" && (sources.loading || !sources.options?.some((o) => sources.reads.has(o.key)))) ? (
          <Body1 as="p" id="step-blocked" className={styles.blocked} aria-live="polite">
            {step === "plan" && firstIssue !== null ? (
              <>
                {format(t.planBlockedAt, { field: firstIssue.name })}{" "}
                <Link as="button" onClick={goToIssue}>
                  {t.goToField}
                </Link>
              </>
            ) : (
              blocked
            )}
          </Body1>
        ) : null}
      </div>
    </div>
  );
}
