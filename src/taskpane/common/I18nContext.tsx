import { createContext, type ReactNode, useContext } from "react";
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
