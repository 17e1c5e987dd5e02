import { useEffect, useRef, useState } from "react";
import { Body1, Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { pick } from "../../i18n/languages";
import type { Plan } from "../../reviews/plan";
import type { ReviewKind } from "../../reviews/registry";
import { BuildPanel } from "../common/BuildPanel";
import { type BuiltDates, readBuiltDates } from "../common/builtDates";
import { useWorkbookHost } from "../common/HostContext";
import { useI18n } from "../common/I18nContext";
import type { Engine } from "../common/loadEngine";
import { useMessageFeed } from "../common/MessageFeed";
import { welcomePending } from "../common/Welcome";
import { format } from "../i18n";
import { SampleButton } from "../sample/SampleButton";
import { rebuildFromPlan } from "./computeReview";
import { whenText } from "./draft";
import { useFlowStyles } from "./styles";

interface SavedPlanProps {
  engine: Engine;
  saved: Plan;
  today: number;
  /** Opened from the ribbon's Rebuild: focus moves here, or the user is told there is nothing to rebuild. */
  focusOnOpen?: boolean;
}

/**
 * The reviews that were built in this workbook (a sheet carries the add-in's mark for that review) and
 * whose required sources the saved plan names, each rebuilt in one click, the old sheets replaced. A
 * review never built is not offered: a funnel's optional people source saved in the plan is no target plan.
 */
function SavedPlan({ engine, saved, today, focusOnOpen }: SavedPlanProps) {
  const host = useWorkbookHost();
  const feed = useMessageFeed();
  const { t, language } = useI18n();
  const styles = useFlowStyles();
  const [built, setBuilt] = useState<ReadonlySet<string> | null>(null);
  const [dates, setDates] = useState<BuiltDates>({});
  useEffect(() => {
    let live = true;
    host
      .loadPaneSetting("built", { language })
      .then((saved) => {
        if (live) setDates(readBuiltDates(saved));
      })
      // Without the dates the buttons still rebuild; only the date beside each is missing.
      .catch(() => undefined);
    host
      .listSources({ language })
      .then((list) => {
        if (live) setBuilt(new Set(list.sheets.map((s) => s.purpose).filter((p): p is string => p !== undefined)));
      })
      .catch(() => {
        // The source step reads the workbook again and reports what fails there.
        if (live) setBuilt(new Set());
      });
    return () => {
      live = false;
    };
  }, [host, language]);
  const kinds = built === null ? [] : engine.REVIEW_KINDS.filter((kind) => built.has(kind) && engine.datasetsFor(kind).required.every((d) => engine.planSourceRef(saved, d) !== null));
  const group = useRef<HTMLDivElement>(null);
  const arrived = useRef(false);
  useEffect(() => {
    if (!focusOnOpen || built === null || arrived.current) return;
    arrived.current = true;
    if (kinds.length === 0) feed.report({ intent: "info", text: (m) => m.nothingToRebuild });
    else group.current?.focus();
  }, [focusOnOpen, built, kinds.length, feed]);
  if (built === null || kinds.length === 0) return null;
  return (
    <div ref={group} tabIndex={-1} className={styles.saved} role="group" aria-labelledby="saved-heading">
      <Subtitle2 as="h3" id="saved-heading" className={styles.paragraph}>
        {t.savedPlanHeading}
      </Subtitle2>
      <Body1 as="p" className={styles.paragraph}>
        {t.savedPlan}
      </Body1>
      {kinds.map((kind) => (
        <div key={kind}>
          <BuildPanel
            label={format(t.rebuild, { builder: pick(language, engine.reviewOf(kind).name) })}
            prepare={() => rebuildFromPlan({ engine, feed, language, today }, host, kind, saved)}
            replace
            appearance="secondary"
            onBuilt={() => setDates((old) => ({ ...old, [kind]: new Date().toISOString() }))}
          />
          {dates[kind] !== undefined ? <Caption1 className={styles.builtWhen}>{format(t.lastBuilt, { when: whenText(dates[kind], language) })}</Caption1> : null}
        </div>
      ))}
    </div>
  );
}

export interface PickStepProps {
  engine: Engine;
  /** The plan saved in the workbook, if any: its reviews can be rebuilt from here. */
  saved: Plan | null;
  today: number;
  builder: ReviewKind | null;
  onPick: (builder: ReviewKind) => void;
  /** Opened from the ribbon's Rebuild: the rebuild buttons first, or a word that nothing was built. */
  showRebuild?: boolean;
  /** Writes the sample team into the workbook: offered first when the workbook holds no data. */
  onTrySample?: () => Promise<void>;
}

/** Whether the workbook holds no data a review could read: no table, and no sheet of the person's with cells. */
function useEmptyWorkbook(): boolean {
  const host = useWorkbookHost();
  const { language } = useI18n();
  const [empty, setEmpty] = useState(false);
  // Asked once as the step opens: a language switch changes no sheet.
  const askedIn = useRef(language);
  useEffect(() => {
    let live = true;
    host
      .listSources({ language: askedIn.current })
      .then((list) => {
        if (live) setEmpty(list.tables.length === 0 && list.sheets.every((s) => s.madeByAddin || s.address === null));
      })
      // The data step reads the workbook again and says what fails.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host]);
  return empty;
}

/** The first step: rebuild from the saved plan, or choose the review to build; an empty workbook is offered the sample first. */
export function PickStep({ engine, saved, today, builder, onPick, showRebuild, onTrySample }: PickStepProps) {
  const { t, language } = useI18n();
  const feed = useMessageFeed();
  const empty = useEmptyWorkbook();
  useEffect(() => {
    if (showRebuild && !saved) feed.report({ intent: "info", text: (m) => m.nothingToRebuild });
  }, []); // once, on opening
  return (
    <>
      {empty && onTrySample && !welcomePending() ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.noSources}</MessageBarTitle>
            <Body1 as="p">{t.trySampleWhat}</Body1>
            <SampleButton onTry={onTrySample} />
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {saved ? <SavedPlan engine={engine} saved={saved} today={today} focusOnOpen={showRebuild} /> : null}
      <Field label={t.builderLabel} required>
        <RadioGroup value={builder ?? ""} onChange={(_, data) => onPick(data.value as ReviewKind)}>
          {engine.REVIEWS.map((review) => (
            <Radio key={review.kind} value={review.kind} label={format(t.named, { label: pick(language, review.name), text: pick(language, review.help) })} />
          ))}
        </RadioGroup>
      </Field>
    </>
  );
}
