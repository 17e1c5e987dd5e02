import { lazy, Suspense, useEffect, useState } from "react";
import { Body1, Button, FluentProvider, makeStyles, Spinner, Tab, TabList, tokens, webLightTheme } from "@fluentui/react-components";
import type { Capabilities } from "../workbook/hostCapabilities";
import type { WorkbookHost } from "../workbook/office";
import { CapabilityNotice } from "./common/CapabilityNotice";
import { ErrorBoundary } from "./common/ErrorBoundary";
import { WorkbookHostProvider } from "./common/HostContext";
import { I18nProvider } from "./common/I18nContext";
import { MessageFeed, MessageFeedProvider } from "./common/MessageFeed";
import { Welcome, welcomePending } from "./common/Welcome";
import { loadEngine } from "./common/loadEngine";
import type { FlowStart } from "./flow/draft";
import { type Language, MESSAGES } from "./i18n";
import { ReviewFlow } from "./ReviewFlow";
import type { PaneRoute } from "./route";
import { todaySerial } from "./today";

// The Functions and Settings tabs are not on the first screen: their code (the function catalogue, the
// plan file view and its dialogs) loads as its own chunk when the tab is first shown.
const FunctionList = lazy(async () => ({ default: (await import(/* webpackChunkName: "functions-tab" */ "./functions/FunctionList")).FunctionList }));
const SettingsView = lazy(async () => ({ default: (await import(/* webpackChunkName: "settings-tab" */ "./settings/SettingsView")).SettingsView }));

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
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  // Office's title bar already names the add-in: the heading is for screen readers only.
  title: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap", marginTop: 0, marginBottom: 0 },
  spacer: { flexGrow: 1 },
  // Three tabs in English are wider than a 320 px pane: the last goes to a second row instead of scrolling.
  tabs: { flexWrap: "wrap" },
  // Given only to the panel shown: a display rule would override the hidden attribute of the other.
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  paragraph: { marginTop: 0, marginBottom: 0 },
});

type TabId = "review" | "functions" | "settings";

export interface AppProps {
  /** The language the pane opens in; the user can switch. */
  initialLanguage: Language;
  /** The workbook the pane works on: Excel through Office.js, or a fake in tests. */
  host: WorkbookHost;
  /** What this Excel supports; the pane says what is missing instead of failing. */
  capabilities: Capabilities;
  /** Today as an Excel date serial (default: the computer's date). */
  today?: number;
  /** Where the pane opens: the place a ribbon button asked for (route.ts); default the review flow. */
  route?: PaneRoute;
}

/** The task pane: build review sheets from the open workbook, and the KPI.* functions, in English or Chinese. */
export function App({ initialLanguage, host, capabilities, today, route }: AppProps) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [tab, setTab] = useState<TabId>(route?.tab ?? "review");
  const styles = useStyles();
  const t = MESSAGES[language];
  const other: Language = language === "en" ? "zh-CN" : "en";
  // The review flow opens afresh (a new key) after the sample is written or the saved plan changes.
  const [welcome, setWelcome] = useState(welcomePending);
  const [flow, setFlow] = useState<{ key: number; start: FlowStart | null }>({ key: 0, start: null });

  const trySample = async (): Promise<void> => {
    const [{ writeSample }, engine] = await Promise.all([import(/* webpackChunkName: "sample" */ "./sample/writeSample"), loadEngine()]);
    const start = await writeSample(host, engine, language);
    setTab("review");
    setFlow((old) => ({ key: old.key + 1, start }));
  };

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>
        <MessageFeedProvider>
          <WorkbookHostProvider host={host}>
            <main className={styles.page} lang={language}>
              <header className={styles.header}>
                <h1 className={styles.title}>{t.title}</h1>
                <span className={styles.spacer} />
                <Button appearance="subtle" lang={other} title={t.switchLanguage} onClick={() => setLanguage(other)}>
                  {t.otherLanguageName}
                </Button>
              </header>
              <CapabilityNotice capabilities={capabilities} />
              {welcome ? <Welcome onTrySample={capabilities.ok ? trySample : undefined} onClose={() => setWelcome(false)} /> : null}
              <TabList size="small" className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)} aria-label={t.tabsLabel}>
                <Tab id="tab-review" value="review" aria-controls="panel-review">
                  {t.tabBuild}
                </Tab>
                <Tab id="tab-functions" value="functions" aria-controls="panel-functions">
                  {t.tabFunctions}
                </Tab>
                <Tab id="tab-settings" value="settings" aria-controls="panel-settings">
                  {t.tabSettings}
                </Tab>
              </TabList>
              <MessageFeed />
              <div role="tabpanel" id="panel-review" aria-labelledby="tab-review" hidden={tab !== "review"} className={tab === "review" ? styles.panel : undefined}>
                <Body1 as="p" className={styles.paragraph}>
                  {t.buildIntro}
                </Body1>
                {capabilities.ok ? (
                  <ErrorBoundary>
                    <ReviewFlow key={flow.key} today={today ?? todaySerial()} route={route?.tab === "review" ? route : undefined} start={flow.start} onTrySample={trySample} />
                  </ErrorBoundary>
                ) : null}
              </div>
              <div role="tabpanel" id="panel-functions" aria-labelledby="tab-functions" tabIndex={0} hidden={tab !== "functions"} className={tab === "functions" ? styles.panel : undefined}>
                {tab === "functions" ? (
                  <ErrorBoundary>
                    <Suspense fallback={<Spinner size="small" label={t.working} />}>
                      <FunctionList />
                    </Suspense>
                  </ErrorBoundary>
                ) : null}
              </div>
              <div role="tabpanel" id="panel-settings" aria-labelledby="tab-settings" hidden={tab !== "settings"} className={tab === "settings" ? styles.panel : undefined}>
                {tab === "settings" ? (
                  <ErrorBoundary>
                    <Suspense fallback={<Spinner size="small" label={t.working} />}>
                      <SettingsView language={language} onLanguageChange={setLanguage} onPlanChanged={() => setFlow((old) => ({ key: old.key + 1, start: null }))} />
                    </Suspense>
                  </ErrorBoundary>
                ) : null}
              </div>
            </main>
          </WorkbookHostProvider>
        </MessageFeedProvider>
      </I18nProvider>
    </FluentProvider>
  );
}
