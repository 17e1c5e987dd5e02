import { useEffect, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  Subtitle1,
  Subtitle2,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { FUNCTION_AREAS, functionsIn, signatureOf, type KpiFunction } from "./functionCatalog";
import { MESSAGES, type Language, type Messages } from "./i18n";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    maxWidth: "720px",
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  title: { flexGrow: 1, marginTop: 0, marginBottom: 0 },
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
  },
  name: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  example: { color: tokens.colorNeutralForeground2 },
});

export interface AppProps {
  /** The language the pane opens in; the user can switch. */
  initialLanguage: Language;
}

/** The task pane: what KPI Toolkit does and the KPI.* functions, each with an example. */
export function App({ initialLanguage }: AppProps) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const styles = useStyles();
  const messages = MESSAGES[language];
  const other: Language = language === "en" ? "zh-CN" : "en";

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page} lang={language}>
        <header className={styles.header}>
          <img src="assets/icon-32.png" alt="" width={32} height={32} />
          <Title3 as="h1" className={styles.title}>
            {messages.title}
          </Title3>
          <Button appearance="subtle" lang={other} title={messages.switchLanguage} onClick={() => setLanguage(other)}>
            {messages.otherLanguageName}
          </Button>
        </header>
        <Body1 as="p" className={styles.paragraph}>
          {messages.intro}
        </Body1>
        <Body1 as="p" className={styles.paragraph}>
          {messages.howTo}
        </Body1>
        <section aria-labelledby="functions-heading">
          <Subtitle1 as="h2" id="functions-heading" className={styles.paragraph}>
            {messages.functionsHeading}
          </Subtitle1>
          {FUNCTION_AREAS.map((area) => (
            <section key={area.id} aria-labelledby={`area-${area.id}`}>
              <Subtitle2 as="h3" id={`area-${area.id}`} className={styles.area}>
                {area.title[language]}
              </Subtitle2>
              <ul className={styles.list}>
                {functionsIn(area.id).map((fn) => (
                  <FunctionItem key={fn.name} fn={fn} language={language} messages={messages} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      </main>
    </FluentProvider>
  );
}

interface FunctionItemProps {
  fn: KpiFunction;
  language: Language;
  messages: Messages;
}

function FunctionItem({ fn, language, messages }: FunctionItemProps) {
  const styles = useStyles();
  return (
    <li className={styles.item} data-function={fn.name}>
      <Body1 as="h4" className={styles.name}>
        <code className={styles.code}>{signatureOf(fn)}</code>
      </Body1>
      <Body1 as="p" className={styles.paragraph}>
        {fn.summary[language]}
      </Body1>
      <Caption1 as="p" className={mergeClasses(styles.paragraph, styles.example)}>
        {messages.example}: <code className={styles.code}>{fn.example.formula}</code> →{" "}
        <code className={styles.code}>{fn.example.result}</code>
      </Caption1>
    </li>
  );
}
