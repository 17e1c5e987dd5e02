import { createContext, type ReactNode, useContext } from "react";
import { type Catalogue, pick } from "../../i18n/languages";
import { type Language, MESSAGES, type Messages } from "../i18n";

interface I18n {
  language: Language;
  t: Messages;
}

const I18nContext = createContext<I18n>({ language: "en", t: MESSAGES.en });

/** Sets the pane's language for everything below it. */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <I18nContext.Provider value={{ language, t: MESSAGES[language] }}>{children}</I18nContext.Provider>;
}

/** The pane's language and its catalogue. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

/**
 * A catalogue of words in the pane's language: how a review's form reads its own labels.
 *
 * @example
 * const words = useLabels(FUNNEL_LABELS); // words.addStage === "Add a stage" in an English pane
 */
export function useLabels<T>(catalogue: Catalogue<T>): T {
  return pick(useContext(I18nContext).language, catalogue);
}
