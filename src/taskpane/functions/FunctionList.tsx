import { useEffect, useRef, useState } from "react";
import { Body1, Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import type { CellAddress } from "../../workbook/office";
import { messageOf } from "../common/BuildPanel";
import { useWorkbookHost } from "../common/HostContext";
import { useI18n, useLabels } from "../common/I18nContext";
import { FUNCTION_AREAS, functionsIn, signatureIn, type KpiFunction } from "../functionCatalog";
import { FUNCTION_WORDS } from "./words";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  paragraph: { marginTop: 0, marginBottom: 0 },
  area: { marginTop: tokens.spacingVerticalS, marginBottom: 0 },
  list: {
    listStyleType: "none",
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorBrandStroke2,
    minWidth: 0,
  },
  name: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  example: { color: tokens.colorNeutralForeground2 },
  details: { marginTop: tokens.spacingVerticalXXS },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1 },
  arguments: { marginTop: tokens.spacingVerticalXS, marginBottom: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  definition: { marginLeft: tokens.spacingHorizontalM, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  status: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

/** What the functions do: each KPI.* function by area, its arguments and result, an example, and a button to insert it. */
export function FunctionList() {
  const { t, language } = useI18n();
  const words = useLabels(FUNCTION_WORDS);
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <Body1 as="p" className={styles.paragraph}>
        {t.intro}
      </Body1>
      <Body1 as="p" className={styles.paragraph}>
        {t.howTo}
      </Body1>
      <Body1 as="p" className={styles.paragraph}>
        {words.notation}
      </Body1>
      {FUNCTION_AREAS.map((area) => (
        <section key={area.id} aria-labelledby={`area-${area.id}`}>
          <Subtitle2 as="h2" id={`area-${area.id}`} className={styles.area}>
            {area.title[language]}
          </Subtitle2>
          <ul className={styles.list}>
            {functionsIn(area.id).map((fn) => (
              <FunctionItem key={fn.name} fn={fn} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** A cell as Excel writes it in a reference: 'Q1 Review'!C4, Sheet1!B2. */
function cellText(at: CellAddress): string {
  const sheet = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(at.sheet) ? at.sheet : `'${at.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${at.cell}`;
}

/** Where an insert stands: nothing asked yet, writing, a question about an occupied cell, or its outcome. */
type InsertState =
  | { step: "idle" }
  | { step: "writing" }
  | { step: "asking"; at: CellAddress; holds: string }
  | { step: "done"; text: string }
  | { step: "failed"; text: string };

/** One function: its signature, what it does, its arguments and result, an example, and Insert. */
function FunctionItem({ fn }: { fn: KpiFunction }) {
  const { t, language } = useI18n();
  const words = useLabels(FUNCTION_WORDS);
  const styles = useStyles();
  const host = useWorkbookHost();
  const [state, setState] = useState<InsertState>({ step: "idle" });
  const insertButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const formula = fn.example.formula;

  // The question takes the focus, on the choice that changes nothing; once answered, focus goes back to Insert.
  useEffect(() => {
    if (state.step === "asking") keepButton.current?.focus();
  }, [state.step]);

  const insert = async (options: { at?: CellAddress; replace?: boolean; expected?: string } = {}): Promise<void> => {
    setState({ step: "writing" });
    try {
      const result = await host.insertFormula(formula, { ...options, language });
      if (result.status === "occupied") setState({ step: "asking", at: result.at, holds: result.holds });
      else setState({ step: "done", text: words.inserted(formula, cellText(result.at)) });
    } catch (error) {
      setState({ step: "failed", text: words.failed(messageOf(error).replace(/[.。]$/, "")) });
    }
    if (options.replace) insertButton.current?.focus();
  };

  const keep = (at: CellAddress): void => {
    setState({ step: "done", text: words.kept(cellText(at)) });
    insertButton.current?.focus();
  };

  const id = `fn-${fn.name}`;
  return (
    <li className={styles.item} data-function={fn.name}>
      <Body1 as="h3" id={`${id}-name`} className={styles.name}>
        <code className={styles.code}>{signatureIn(fn, language)}</code>
      </Body1>
      <Body1 as="p" className={styles.paragraph}>
        {fn.summary[language]}
      </Body1>
      <details className={styles.details}>
        <summary className={styles.summary}>{words.details}</summary>
        <dl className={styles.arguments}>
          {fn.parameters.map((p) => (
            <div key={p.name}>
              <dt className={styles.term}>
                <code className={styles.code}>{p.label[language]}</code>
                {p.optional ? ` (${words.optional})` : null}
              </dt>
              <dd className={styles.definition}>{p.description[language]}</dd>
            </div>
          ))}
          <div>
            <dt className={styles.term}>{words.returns}</dt>
            <dd className={styles.definition}>{fn.returns[language]}</dd>
          </div>
        </dl>
      </details>
      <Caption1 as="p" className={mergeClasses(styles.paragraph, styles.example)}>
        {t.example}
        {t.colon}
        <code className={styles.code}>{formula}</code> → <code className={styles.code}>{fn.example.result}</code>
      </Caption1>
      <div className={styles.actions}>
        <Button ref={insertButton} size="small" aria-label={words.insertLabel(formula)} disabledFocusable={state.step === "writing"} onClick={() => void insert()}>
          {state.step === "writing" ? words.inserting : words.insert}
        </Button>
      </div>
      {state.step === "asking" ? (
        <div role="group" aria-labelledby={`${id}-question`} className={styles.actions}>
          <Body1 as="p" id={`${id}-question`} className={styles.status}>
            {words.occupied(cellText(state.at), state.holds, formula)}
          </Body1>
          <Button size="small" appearance="primary" onClick={() => void insert({ at: state.at, replace: true, expected: state.holds })}>
            {words.replace}
          </Button>
          <Button ref={keepButton} size="small" onClick={() => keep(state.at)}>
            {words.keep}
          </Button>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {state.step === "done" || state.step === "failed" ? (
          <Body1 as="p" className={mergeClasses(styles.status, state.step === "failed" ? styles.failed : undefined)}>
            {state.text}
          </Body1>
        ) : null}
      </div>
    </li>
  );
}
