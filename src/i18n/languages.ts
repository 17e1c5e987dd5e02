/**
 * The languages a person can read KPI Toolkit in, declared once. Every catalogue of words (the pane, the
 * review sheets, reader and host messages, the command line, function help) is a `Catalogue<T>`, so a
 * language added here makes the compiler list every catalogue that lacks it.
 */
export const LANGUAGES = ["en", "zh-CN"] as const;

export type Language = (typeof LANGUAGES)[number];

/** The same thing in every language: words, sentences, or functions that make sentences. */
export type Catalogue<T> = { readonly [L in Language]: T };

/** The language used when none is asked for. */
export const DEFAULT_LANGUAGE: Language = "en";

/**
 * Picks a language's entry from a catalogue.
 *
 * @example
 * pick("zh-CN", { en: "Total", "zh-CN": "合计" }) // => "合计"
 */
export function pick<T>(language: Language, catalogue: Catalogue<T>): T {
  return catalogue[language];
}

/**
 * Whether a text names one of the languages.
 *
 * @example
 * isLanguage("zh-CN") // => true
 * isLanguage("fr") // => false
 */
export function isLanguage(text: string): text is Language {
  return (LANGUAGES as readonly string[]).includes(text);
}
