import { useEffect, useRef, useState } from "react";
import { Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from "@fluentui/react-components";
import type { Plan } from "../../reviews/plan";
import type { Build } from "../../sheets/spec";
import { format, type Messages } from "../i18n";
import { recordBuilt } from "./builtDates";
import { useWorkbookHost } from "./HostContext";
import { useI18n } from "./I18nContext";
import { type Localized, useMessageFeed } from "./MessageFeed";

/** What a build writes, and the plan to keep in the workbook once it is written. */
export interface BuildJob {
  build: Build;
  plan: Plan;
}

export interface BuildPanelProps {
  /** The button's words: "Build", "Rebuild Scorecard". */
  label: string;
  /** Makes the job when the button is pressed; null when it could not (it has reported why). */
  prepare: () => Promise<BuildJob | null>;
  /** Replace the sheets the add-in made before, rather than write beside them. */
  replace: boolean;
  disabled?: boolean;
  appearance?: "primary" | "secondary";
  /** Called once the sheets are written and the plan saved. */
  onBuilt?: (job: BuildJob) => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
  // Scrolled into view clear of the sticky Back/Next footer.
  result: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, scrollMarginBottom: "96px" },
  text: { overflowWrap: "anywhere", whiteSpace: "normal" },
});

/** How a build ended, shown under its button. */
interface Outcome {
  intent: "success" | "warning" | "error" | "info";
  text: Localized;
}

/** Sheet names as a message lists them: “Scorecard”, “Data - KPI results”. */
export function sheetList(sheets: readonly string[], t: Messages): string {
  return sheets.map((name) => format(t.quoted, { text: name })).join(t.listSeparator);
}

type Phase = "idle" | "preparing" | "writing";

/**
 * The build button: writes the review sheets through the host with a progress bar and a Cancel button,
 * then saves the plan in the workbook. Success, cancellation and failure show right under the button
 * the person pressed (announced, and scrolled into view), not in the message area at the top.
 */
export function BuildPanel({ label, prepare, replace, disabled = false, appearance = "primary", onBuilt }: BuildPanelProps) {
  const host = useWorkbookHost();
  const { t, language } = useI18n();
  const feed = useMessageFeed();
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const buildButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const mounted = useRef(true);
  const [outcomes, setOutcomes] = useState<readonly Outcome[]>([]);
  const resultArea = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcomes.length > 0) resultArea.current?.scrollIntoView?.({ block: "nearest" });
  }, [outcomes]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const previous = useRef<Phase>("idle");
  useEffect(() => {
    // The pressed button is disabled while the build runs, so focus goes to Cancel and comes back after.
    if (phase === "writing") cancelButton.current?.focus();
    if (phase === "idle" && previous.current !== "idle") buildButton.current?.focus();
    previous.current = phase;
  }, [phase]);

  const run = async (): Promise<void> => {
    feed.clear();
    const told: Outcome[] = [];
    const tell = (outcome: Outcome): void => {
      told.push(outcome);
      if (mounted.current) setOutcomes([...told]);
    };
    setOutcomes([]);
    setPhase("preparing");
    let job: BuildJob | null = null;
    try {
      job = await prepare();
    } catch (error) {
      tell({ intent: "error", text: (m) => format(m.buildFailed, { message: messageOf(error) }) });
    }
    if (job === null) {
      if (mounted.current) setPhase("idle");
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    setProgress(null);
    setPhase("writing");
    try {
      const { sheets } = await host.writeBuild(job.build, {
        replace,
        language,
        signal: abort.signal,
        onProgress: (done, total) => {
          if (mounted.current) setProgress({ done, total });
        },
      });
      try {
        await host.savePlan(job.plan, { language });
        tell({ intent: "success", text: (m) => format(m.buildDone, { sheets: sheetList(sheets, m) }) });
        // The review sheet's purpose is its review's kind: the date shown beside its Rebuild button.
        const kind = job.build.sheets.find((s) => s.purpose !== "data")?.purpose;
        if (kind !== undefined) await recordBuilt(host, kind, new Date(), { language }).catch((error: unknown) => tell({ intent: "warning", text: (m) => format(m.hostFailed, { message: messageOf(error) }) }));
        onBuilt?.(job);
      } catch (error) {
        tell({ intent: "success", text: (m) => format(m.buildDoneUnsaved, { sheets: sheetList(sheets, m) }) });
        tell({ intent: "warning", text: (m) => format(m.planNotSaved, { message: messageOf(error) }) });
      }
    } catch (error) {
      if (abort.signal.aborted) tell({ intent: "info", text: (m) => m.buildCancelled });
      else tell({ intent: "error", text: (m) => format(m.buildFailed, { message: messageOf(error) }) });
    } finally {
      controller.current = null;
      if (mounted.current) {
        setPhase("idle");
        setProgress(null);
      }
    }
  };

  return (
    <div className={styles.panel}>
      <div className={styles.buttons}>
        <Button ref={buildButton} appearance={appearance} disabled={disabled || phase !== "idle"} onClick={() => void run()}>
          {phase === "preparing" ? t.working : label}
        </Button>
        {phase === "writing" ? (
          <Button ref={cancelButton} onClick={() => controller.current?.abort()}>
            {t.cancel}
          </Button>
        ) : null}
      </div>
      {phase === "writing" ? (
        <Field label={t.buildProgress} hint={progress ? format(t.buildProgressCount, { done: progress.done, total: progress.total }) : t.working}>
          <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} max={1} />
        </Field>
      ) : null}
      <div ref={resultArea} className={styles.result} role="status" aria-label={format(t.buildResult, { label })}>
        {outcomes.map((outcome, i) => (
          <MessageBar key={i} intent={outcome.intent} layout="multiline">
            <MessageBarBody className={styles.text}>{typeof outcome.text === "function" ? outcome.text(t) : outcome.text}</MessageBarBody>
          </MessageBar>
        ))}
      </div>
    </div>
  );
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
