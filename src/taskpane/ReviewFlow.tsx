import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  Switch,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ROLES } from "../datasets/columns";
import type { Dataset } from "../datasets/records";
import type { Plan } from "../reviews/plan";
import type { ReviewKind } from "../reviews/registry";
import type { Review, ReviewData } from "../reviews/build";
import type { SheetSpec } from "../sheets/spec";
import { type Grid, headerTexts } from "../datasets/grid";
import { pick } from "../i18n/languages";
import { draftFromPlan, PlanForm, REVIEW_PANES } from "./forms";
import { BuildPanel, type BuildJob, messageOf, sheetList } from "./common/BuildPanel";
import { ChoiceField } from "./common/ChoiceField";
import { ColumnMapper } from "./common/ColumnMapper";
import { choiceOverrides, choiceProblems, type ColumnChoice, detectColumns } from "./common/columnChoice";
import { ErrorBoundary } from "./common/ErrorBoundary";
import { TextField } from "./common/fields";
import { type ErrorLookup, Section } from "./common/formParts";
import { useWorkbookHost } from "./common/HostContext";
import { useI18n } from "./common/I18nContext";
import { type Engine, loadEngine } from "./common/loadEngine";
import { type MessageFeedApi, useMessageFeed } from "./common/MessageFeed";
import { Preview } from "./common/Preview";
import type { ChosenSource, GridRead, SourceOption } from "./common/sources";
import { SourcePicker } from "./common/SourcePicker";
import { format, type MessageKey, type Messages } from "./i18n";

/** The steps of the flow, in order. */
const STEPS = ["builder", "sources", "columns", "plan", "build"] as const;
type Step = (typeof STEPS)[number];

/** A dataset's column choice, tied to the source it was made for. */
interface Mapping {
  key: string;
  headerRow: number;
  choice: ColumnChoice;
}

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  heading: { ...typographyStyles.subtitle1, marginTop: 0, marginBottom: 0, ":focus": { outlineStyle: "none" }, ":focus-visible": { outlineStyle: "solid", outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 } },
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  nav: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  blocked: { color: tokens.colorPaletteRedForeground1, marginTop: 0, marginBottom: 0 },
  saved: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  paragraph: { marginTop: 0, marginBottom: 0 },
});

/** The datasets a builder reads, required first, each flagged. */
function datasetList(engine: Engine, builder: ReviewKind): { dataset: Dataset; required: boolean }[] {
  const needs = engine.datasetsFor(builder);
  return [...needs.required.map((dataset) => ({ dataset, required: true })), ...needs.optional.map((dataset) => ({ dataset, required: false }))];
}

/** Where a source is, as the column step names it. */
function placeOf(option: SourceOption, t: Messages): string {
  return option.kind === "table" ? format(t.placeTable, { name: option.name }) : format(t.placeSheet, { name: option.sheet });
}

/** Reports a failed read with every problem it found, or any other failure with its message. */
function reportFailure(engine: Engine | null, feed: MessageFeedApi, error: unknown, key: MessageKey): void {
  if (engine && error instanceof engine.ReadError) {
    const more = error.more;
    const details = more > 0 ? [...error.messages, (m: Messages) => format(m.readMore, { count: more })] : [...error.messages];
    feed.report({ intent: "error", text: (t) => t.readFailed, details });
  } else {
    feed.report({ intent: "error", text: (t) => format(t[key], { message: messageOf(error) }) });
  }
}

/** Reports the rows a build left out, if any. */
function reportWarnings(feed: MessageFeedApi, review: Review): void {
  if (review.warnings.length > 0) feed.report({ intent: "warning", text: (t) => t.buildWarnings, details: review.warnings });
}

/** The review sheet of a build: the first sheet that is not a data copy. */
function reviewSheet(review: Review): SheetSpec | undefined {
  return review.sheets.find((sheet) => sheet.purpose !== "data");
}

export interface ReviewFlowProps {
  /** Today as an Excel date serial: the review date when neither the plan nor the data gives one. */
  today: number;
}

/**
 * Builds a review sheet step by step: the review, where its data is, which column is which, the plan,
 * then a computed preview and the build. It first loads the engine chunk and the plan an earlier build
 * saved in the workbook; that plan is restored and can be rebuilt in one click.
 */
export function ReviewFlow({ today }: ReviewFlowProps) {
  const host = useWorkbookHost();
  const feed = useMessageFeed();
  const { t, language } = useI18n();
  const [start, setStart] = useState<{ engine: Engine; saved: Plan | null } | null>(null);
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
      if (live) setStart({ engine, saved });
    };
    void open();
    return () => {
      live = false;
    };
  }, [host, feed]);

  if (start === null) return <Spinner size="small" label={t.working} />;
  return <Flow today={today} engine={start.engine} saved={start.saved} language={openingLanguage.current} />;
}

interface FlowProps {
  today: number;
  engine: Engine;
  /** The plan saved in the workbook, if any. */
  saved: Plan | null;
  /** The review sheets' language for a workbook without a saved plan. */
  language: Plan["language"];
}

/** The five steps over a loaded engine, starting from the plan found when the pane opened. */
function Flow({ today, engine, saved: savedAtOpen, language }: FlowProps) {
  const host = useWorkbookHost();
  // The pane's own language, which read problems follow; `language` is only the new plan's default.
  const { t, language: paneLanguage } = useI18n();
  const feed = useMessageFeed();
  const styles = useStyles();

  const [step, setStep] = useState<Step>("builder");
  const [builder, setBuilder] = useState<ReviewKind | null>(null);
  const [saved, setSaved] = useState<Plan | null>(savedAtOpen);
  const [draft, setDraft] = useState<Plan>(() => (savedAtOpen ? draftFromPlan(savedAtOpen) : draftFromPlan(engine.freshPlan(language), true)));
  const [loading, setLoading] = useState(false);
  const [options, setOptions] = useState<SourceOption[] | null>(null);
  const [reads, setReads] = useState<ReadonlyMap<string, GridRead>>(new Map());
  const [proposed, setProposed] = useState<Partial<Record<Dataset, string | null>>>({});
  const [chosen, setChosen] = useState<Partial<Record<Dataset, string | null>>>({});
  const [mappings, setMappings] = useState<Partial<Record<Dataset, Mapping>>>({});
  const [review, setReview] = useState<{ review: Review; plan: Plan } | null>(null);
  const [replace, setReplace] = useState(true);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  useEffect(() => {
    // Focus follows the flow: each new step is announced by moving to its heading.
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const datasets = useMemo(() => (builder ? datasetList(engine, builder) : []), [engine, builder]);

  const chosenSources = useMemo((): Partial<Record<Dataset, ChosenSource>> => {
    const result: Partial<Record<Dataset, ChosenSource>> = {};
    for (const { dataset } of datasets) {
      const key = chosen[dataset];
      const mapping = mappings[dataset];
      const option = options?.find((o) => o.key === key);
      const read = key ? reads.get(key) : undefined;
      if (option && read && mapping && mapping.key === key) result[dataset] = { option, read, headerRow: mapping.headerRow, choice: mapping.choice };
    }
    return result;
  }, [datasets, chosen, mappings, options, reads]);

  /** The draft with the chosen sources and columns written into it: what is checked, previewed and saved. */
  const effective = useMemo((): Plan => {
    const sources = { ...draft.sources };
    for (const { dataset } of datasets) {
      const source = chosenSources[dataset];
      if (chosen[dataset] === null) delete sources[dataset];
      if (!source) continue;
      const headers = headerTexts(source.read.grid[source.headerRow]);
      sources[dataset] = engine.planSource(source, choiceOverrides(dataset, headers, source.choice));
    }
    const plan: Plan = { ...draft, sources };
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

  /** Lists the workbook's sources and reads each, then proposes one per dataset. */
  const loadSources = async (kind: ReviewKind): Promise<void> => {
    setLoading(true);
    try {
      const list = await host.listSources({ language: paneLanguage });
      const offered = engine.sourceOptions(list);
      const read = new Map<string, GridRead>();
      for (const option of offered) {
        try {
          read.set(option.key, await host.readGrid(option.ref, { language: paneLanguage }));
        } catch (err) {
          reportFailure(engine, feed, err, "hostFailed");
        }
      }
      const grids = new Map<string, Grid>([...read].map(([key, r]) => [key, r.grid]));
      const needs = engine.datasetsFor(kind);
      const proposal = engine.proposeSources(needs, offered.filter((o) => read.has(o.key)), grids, draft);
      setOptions(offered);
      setReads(read);
      setProposed(proposal);
      setChosen(proposal);
      setMappings({});
    } catch (err) {
      reportFailure(engine, feed, err, "hostFailed");
    } finally {
      setLoading(false);
    }
  };

  /** Detects the header row and columns of each chosen source not mapped yet. */
  const mapChosen = (): void => {
    const next: Partial<Record<Dataset, Mapping>> = {};
    for (const { dataset } of datasets) {
      const key = chosen[dataset];
      if (!key) continue;
      const existing = mappings[dataset];
      if (existing && existing.key === key) {
        next[dataset] = existing;
        continue;
      }
      const option = options?.find((o) => o.key === key);
      const read = reads.get(key);
      if (!option || !read) continue;
      const savedHere = engine.planSourceRef(draft, dataset);
      const overrides = savedHere && engine.sourceKey(savedHere) === key ? (draft.sources[dataset]?.columns ?? {}) : {};
      const headerRow = engine.headerRowOf(option, read.grid, dataset, overrides);
      const headers = headerRow >= 0 ? headerTexts(read.grid[headerRow]) : [];
      next[dataset] = { key, headerRow, choice: headerRow >= 0 ? detectColumns(dataset, headers, overrides) : Object.fromEntries(ROLES[dataset].map((r) => [r, null])) };
    }
    setMappings(next);
  };

  /** Takes what the data chosen proposes for the review's plan (a scorecard's KPIs, when its plan lists none). */
  const takeFromData = (): void => {
    const propose = builder ? REVIEW_PANES[builder].fromData : undefined;
    if (!propose) return;
    const proposed = propose(draft, chosenSources, engine);
    if (proposed !== draft) setDraft(proposed);
  };

  /** Reads every chosen dataset as mapped and computes the review; null after reporting why it could not. */
  const computeReview = (): { review: Review; plan: Plan } | null => {
    if (!builder) return null;
    const parsed = engine.planSchema.safeParse(effective);
    if (!parsed.success) return null;
    const plan = parsed.data;
    const data: ReviewData = {};
    for (const { dataset } of datasets) {
      const source = chosenSources[dataset];
      if (!source) continue;
      const result = engine.readChosen(dataset, source, plan, paneLanguage);
      if (result instanceof engine.ReadError) {
        reportFailure(engine, feed, result, "readFailed");
        return null;
      }
      (data as Record<Dataset, unknown>)[dataset] = result;
    }
    try {
      const built = engine.buildReview(builder, plan, data, today);
      reportWarnings(feed, built);
      return { review: built, plan };
    } catch (err) {
      reportFailure(engine, feed, err, "reviewFailed");
      return null;
    }
  };

  const goTo = async (next: Step): Promise<void> => {
    if (next === "sources" && builder && (step === "builder" || options === null)) {
      setStep(next);
      feed.clear();
      await loadSources(builder);
      return;
    }
    if (next === "columns") mapChosen();
    if (next === "plan" && step === "columns") takeFromData();
    if (next === "build") {
      feed.clear();
      setReview(computeReview());
    }
    setStep(next);
  };

  /** Rebuilds a review from the saved plan: its sources read as the command line would, the old sheets replaced. */
  const rebuild = (kind: ReviewKind) => async (): Promise<BuildJob | null> => {
    if (!saved) return null;
    const data: ReviewData = {};
    for (const { dataset } of datasetList(engine, kind)) {
      const result = await engine.readFromPlan(host, dataset, saved, paneLanguage);
      if (result === null) continue;
      if (result instanceof engine.ReadError) {
        reportFailure(engine, feed, result, "readFailed");
        return null;
      }
      (data as Record<Dataset, unknown>)[dataset] = result;
    }
    try {
      const built = engine.buildReview(kind, saved, data, today);
      reportWarnings(feed, built);
      return { build: built, plan: saved };
    } catch (err) {
      reportFailure(engine, feed, err, "reviewFailed");
      return null;
    }
  };

  const blocked = ((): string | null => {
    if (step === "builder") return builder === null ? t.builderLabel : null;
    if (step === "sources") {
      if (loading) return t.readingWorkbook;
      return datasets.some(({ dataset, required }) => required && !chosen[dataset]) ? t.sourcesBlocked : null;
    }
    if (step === "columns") {
      const missing: string[] = [];
      let twice = false;
      for (const { dataset } of datasets) {
        const mapping = mappings[dataset];
        if (!mapping) continue;
        const problems = choiceProblems(dataset, mapping.choice);
        missing.push(...problems.missing.map((role) => `${t[`dataset_${dataset}`]}: ${t[`role_${role}` as MessageKey]}`));
        twice ||= problems.twice.length > 0;
      }
      if (missing.length > 0) return format(t.mappingBlocked, { list: missing.join(t.listSeparator) });
      return twice ? t.planBlocked : null;
    }
    if (step === "plan") return issues.size > 0 ? t.planBlocked : null;
    return null;
  })();

  const index = STEPS.indexOf(step);
  const reviewName = (kind: ReviewKind): string => pick(paneLanguage, engine.reviewOf(kind).name);
  const savedBuilders = saved ? engine.REVIEW_KINDS.filter((kind) => engine.datasetsFor(kind).required.every((d) => engine.planSourceRef(saved, d) !== null)) : [];
  const sheet = review ? reviewSheet(review.review) : undefined;

  return (
    <div className={styles.flow}>
      <Caption1>{format(t.stepOf, { n: index + 1, total: STEPS.length })}</Caption1>
      <h2 id="step-heading" ref={heading} tabIndex={-1} className={styles.heading}>
        {t[`step_${step}`]}
      </h2>

      <ErrorBoundary key={step}>
        <section className={styles.step} aria-labelledby="step-heading">
          {step === "builder" ? (
            <>
              {savedBuilders.length > 0 ? (
                <div className={styles.saved} role="group" aria-labelledby="saved-heading">
                  <Subtitle2 as="h3" id="saved-heading" className={styles.paragraph}>
                    {t.savedPlanHeading}
                  </Subtitle2>
                  <Body1 as="p" className={styles.paragraph}>
                    {t.savedPlan}
                  </Body1>
                  {savedBuilders.map((kind) => (
                    <BuildPanel key={kind} label={format(t.rebuild, { builder: reviewName(kind) })} prepare={rebuild(kind)} replace appearance="secondary" />
                  ))}
                </div>
              ) : null}
              <Field label={t.builderLabel} required>
                <RadioGroup value={builder ?? ""} onChange={(_, data) => setBuilder(data.value as ReviewKind)}>
                  {engine.REVIEWS.map((review) => (
                    <Radio key={review.kind} value={review.kind} label={`${pick(paneLanguage, review.name)}: ${pick(paneLanguage, review.help)}`} />
                  ))}
                </RadioGroup>
              </Field>
            </>
          ) : null}

          {step === "sources" && builder ? (
            loading || options === null ? (
              <Spinner size="small" label={t.readingWorkbook} />
            ) : options.length === 0 ? (
              <Body1 as="p">{t.noSources}</Body1>
            ) : (
              <SourcePicker
                datasets={datasets}
                options={options.filter((o) => reads.has(o.key))}
                value={chosen}
                proposed={proposed}
                onChange={(dataset, key) => setChosen({ ...chosen, [dataset]: key })}
              />
            )
          ) : null}

          {step === "columns"
            ? datasets.map(({ dataset }) => {
                const source = chosenSources[dataset];
                if (!source) return null;
                const headers = source.headerRow >= 0 ? headerTexts(source.read.grid[source.headerRow]) : [];
                return (
                  <ColumnMapper
                    key={dataset}
                    dataset={dataset}
                    place={placeOf(source.option, t)}
                    headers={headers}
                    headerRow={source.headerRow >= 0 ? source.read.firstRow + source.headerRow : null}
                    firstCol={source.read.firstCol}
                    choice={source.choice}
                    onChange={(role, col) => setMappings({ ...mappings, [dataset]: { ...(mappings[dataset] as Mapping), choice: { ...source.choice, [role]: col } } })}
                  />
                );
              })
            : null}

          {step === "plan" && builder ? (
            <>
              <Section legend={t.planGeneral}>
                <ChoiceField
                  label={t.planLanguage}
                  value={draft.language}
                  choices={[
                    { value: "en", text: t.planLanguage_en },
                    { value: "zh-CN", text: t.planLanguage_zh },
                  ]}
                  onChange={(value) => setDraft({ ...draft, language: value as Plan["language"] })}
                />
                <TextField label={t.planAsOf} hint={t.planAsOfHint} value={draft.asOf ?? ""} onChange={(value) => setDraft({ ...draft, asOf: value.trim() === "" ? undefined : value.trim() })} validationMessage={error("asOf")} />
                <PeriodFields draft={draft} setDraft={setDraft} error={error} t={t} />
              </Section>
              <PlanForm builder={builder} name={reviewName(builder)} plan={draft} onChange={setDraft} error={error} />
            </>
          ) : null}

          {step === "build" && builder ? (
            review && sheet ? (
              <>
                <Preview sheet={sheet} summary={review.review.summary} />
                <Body1 as="p" className={styles.paragraph}>
                  {format(t.sheetsToWrite, { sheets: sheetList(review.review.sheets.map((s) => s.name), t) })}
                </Body1>
                <Switch label={t.replaceSheets} checked={replace} onChange={(_, data) => setReplace(data.checked)} />
                <BuildPanel label={t.build} replace={replace} prepare={async () => ({ build: review.review, plan: review.plan })} onBuilt={(job) => setSaved(job.plan)} />
              </>
            ) : null
          ) : null}
        </section>
      </ErrorBoundary>

      <div className={styles.nav}>
        {index > 0 ? <Button onClick={() => void goTo(STEPS[index - 1])}>{t.back}</Button> : null}
        {index < STEPS.length - 1 ? (
          <Button appearance="primary" disabledFocusable={blocked !== null} aria-describedby={blocked !== null && step !== "builder" ? "step-blocked" : undefined} onClick={() => void goTo(STEPS[index + 1])}>
            {t.next}
          </Button>
        ) : null}
      </div>
      {blocked !== null && step !== "builder" && !(step === "sources" && loading) ? (
        <Body1 as="p" id="step-blocked" className={styles.blocked}>
          {blocked}
        </Body1>
      ) : null}
    </div>
  );
}

interface PeriodFieldsProps {
  draft: Plan;
  setDraft: (plan: Plan) => void;
  error: ErrorLookup;
  t: Messages;
}

/** The plan period's two dates; blank both for the calendar year of the review date. */
function PeriodFields({ draft, setDraft, error, t }: PeriodFieldsProps) {
  const start = draft.period?.start ?? "";
  const end = draft.period?.end ?? "";
  const set = (nextStart: string, nextEnd: string): void => {
    const { period: _old, ...rest } = draft;
    setDraft(nextStart.trim() === "" && nextEnd.trim() === "" ? rest : { ...rest, period: { start: nextStart.trim(), end: nextEnd.trim() } });
  };
  return (
    <>
      <TextField label={t.planPeriodStart} hint={t.planPeriodHint} value={start} onChange={(value) => set(value, end)} validationMessage={error("period.start") ?? error("period")} />
      <TextField label={t.planPeriodEnd} value={end} onChange={(value) => set(start, value)} validationMessage={error("period.end")} />
    </>
  );
}
