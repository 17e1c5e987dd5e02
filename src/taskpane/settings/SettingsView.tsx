import { useEffect, useRef, useState } from "react";
import { Body1, Button, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Subtitle2, Textarea, tokens } from "@fluentui/react-components";
import { messageOf } from "../common/BuildPanel";
import { ConfirmButton } from "../common/ConfirmButton";
import { useWorkbookHost } from "../common/HostContext";
import { useI18n } from "../common/I18nContext";
import { type Engine, loadEngine } from "../common/loadEngine";
import type { ReviewKind } from "../../reviews/registry";
import type { ReviewPane } from "../common/reviewPane";
import { REVIEW_PANES } from "../forms";
import { format, type Language, LANGUAGE_NAMES, LANGUAGES, type Messages } from "../i18n";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { marginTop: 0, marginBottom: 0 },
  paragraph: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  // The plan's JSON keeps its indentation but wraps: the pane never scrolls sideways.
  json: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, "& textarea": { whiteSpace: "pre-wrap", overflowWrap: "anywhere" } },
  list: { marginTop: tokens.spacingVerticalXS, marginBottom: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface SettingsViewProps {
  language: Language;
  onLanguageChange: (language: Language) => void;
  /** The saved plan changed (saved, imported or reset): the review flow starts again from it. */
  onPlanChanged: () => void;
}

/** How the last action of the view ended, shown under its buttons. */
interface Outcome {
  intent: "success" | "error" | "info";
  text: (t: Messages) => string;
  errors?: readonly string[];
}

/**
 * The settings: the pane's one language switch (the pane and new review sheets), and the plan saved in
 * this workbook: a summary, its JSON (the command line's plan file) to read and edit, saved only when the
 * command line's own parser accepts it; export as a plan file, import from one, and reset.
 */
export function SettingsView({ language, onLanguageChange, onPlanChanged }: SettingsViewProps) {
  const host = useWorkbookHost();
  const { t } = useI18n();
  const styles = useStyles();
  const [engine, setEngine] = useState<Engine | null>(null);
  const [saved, setSaved] = useState<unknown | null | undefined>(undefined);
  const [text, setText] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const outcomeArea = useRef<HTMLDivElement>(null);

  const load = async (): Promise<void> => {
    const loaded = await loadEngine();
    setEngine(loaded);
    try {
      const plan = await host.loadPlan({ language });
      const restored = loaded.restorePlan(plan);
      setSaved(plan);
      // A plan that parses is shown as the command line's file (defaults written out); one that does not, as it is.
      setText(restored !== null && "plan" in restored ? loaded.planFileText(restored.plan) : plan === null ? "" : JSON.stringify(plan, null, 2));
    } catch (error) {
      setSaved(null);
      setOutcome({ intent: "error", text: (m) => format(m.hostFailed, { message: messageOf(error) }) });
    }
  };
  useEffect(() => {
    void load();
    // Loaded once when the view opens (it is mounted only while its tab is shown).
  }, []);
  useEffect(() => {
    if (outcome !== null) outcomeArea.current?.scrollIntoView?.({ block: "nearest" });
  }, [outcome]);

  if (engine === null || saved === undefined) return <Spinner size="small" label={t.working} />;

  // A rule of a review's section is worded by that review's pane; "sources" and the like have none.
  const rule = (kind: ReviewKind, path: readonly PropertyKey[]) => (REVIEW_PANES[kind] as ReviewPane<ReviewKind> | undefined)?.rule?.(path);

  /** Checks a plan file's text with the command line's parser and, when it is a plan, saves it in the workbook. */
  const keep = async (planText: string, done: (m: Messages) => string, refused: (m: Messages) => string): Promise<void> => {
    const read = engine.readPlanFile(planText, language, rule);
    if (!read.ok) {
      if ("notJson" in read) setOutcome({ intent: "error", text: (m) => format(m.settingsNotJson, { message: read.notJson }) });
      else setOutcome({ intent: "error", text: refused, errors: read.errors });
      return;
    }
    try {
      await host.savePlan(read.plan, { language });
      await host.savePaneSetting("draft", null, { language });
      setSaved(read.plan);
      setText(engine.planFileText(read.plan));
      setOutcome({ intent: "success", text: done });
      onPlanChanged();
    } catch (error) {
      setOutcome({ intent: "error", text: (m) => format(m.hostFailed, { message: messageOf(error) }) });
    }
  };

  const exportFile = (): void => {
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = engine.PLAN_FILE_NAME;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importFile = async (file: File): Promise<void> => {
    let content: string;
    try {
      content = await file.text();
    } catch (error) {
      setOutcome({ intent: "error", text: (m) => format(m.settingsImportUnreadable, { file: file.name, message: messageOf(error) }) });
      return;
    }
    await keep(
      content,
      (m) => format(m.settingsImported, { file: file.name }),
      (m) => format(m.settingsImportInvalid, { file: file.name }),
    );
  };

  const reset = async (): Promise<void> => {
    try {
      await host.savePlan(null, { language });
      await host.savePaneSetting("draft", null, { language });
      setSaved(null);
      setText("");
      setOutcome({ intent: "success", text: (m) => m.settingsResetDone });
      onPlanChanged();
    } catch (error) {
      setOutcome({ intent: "error", text: (m) => format(m.hostFailed, { message: messageOf(error) }) });
    }
  };

  const restored = engine.restorePlan(saved);
  const plan = restored !== null && "plan" in restored ? restored.plan : null;
  const sources = plan
    ? Object.entries(plan.sources)
        .map(([dataset, source]) => format(t.named, { label: t[`dataset_${dataset}` as keyof Messages] ?? dataset, text: format(t.quoted, { text: source?.table ?? source?.sheet ?? "" }) }))
        .join(t.listSeparator)
    : "";

  return (
    <div className={styles.view}>
      <Field label={t.settingsLanguage}>
        <RadioGroup value={language} onChange={(_, data) => onLanguageChange(data.value as Language)}>
          {LANGUAGES.map((l) => (
            <Radio key={l} value={l} label={<span lang={l}>{LANGUAGE_NAMES[l][l]}</span>} />
          ))}
        </RadioGroup>
      </Field>

      <section className={styles.section} aria-labelledby="settings-plan-heading">
        <Subtitle2 as="h2" id="settings-plan-heading" className={styles.heading}>
          {t.settingsPlanHeading}
        </Subtitle2>
        <Body1 as="p" className={styles.paragraph}>
          {plan ? format(t.settingsPlanSummary, { language: LANGUAGE_NAMES[language][plan.language], sources: sources || t.settingsNoSources }) : t.settingsNoPlan}
        </Body1>
        <Field label={t.settingsPlanLabel} hint={t.settingsPlanHint}>
          <Textarea className={styles.json} value={text} onChange={(_, data) => setText(data.value)} resize="vertical" rows={12} spellCheck={false} />
        </Field>
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={text.trim() === ""} onClick={() => void keep(text, (m) => m.settingsPlanSaved, (m) => m.settingsPlanInvalid)}>
            {t.settingsSavePlan}
          </Button>
          <Button disabled={plan === null} onClick={exportFile}>
            {t.settingsExport}
          </Button>
          <Button onClick={() => fileInput.current?.click()}>{t.settingsImport}</Button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label={t.settingsImport}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void importFile(file);
            }}
          />
          {saved !== null ? <ConfirmButton label={t.settingsReset} title={t.settingsResetTitle} text={t.settingsResetText} onConfirm={() => void reset()} /> : null}
        </div>
        <Body1 as="p" className={styles.paragraph}>
          {format(t.settingsExportHint, { file: engine.PLAN_FILE_NAME })}
        </Body1>
        <div ref={outcomeArea} role="status">
          {outcome ? (
            <MessageBar intent={outcome.intent} layout="multiline">
              <MessageBarBody className={styles.paragraph}>
                {outcome.text(t)}
                {outcome.errors ? (
                  <ul className={styles.list}>
                    {outcome.errors.map((error, i) => (
                      <li key={i}>{error}</li>
                    ))}
                  </ul>
                ) : null}
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
      </section>
    </div>
  );
}
