import type { Language } from "../i18n/languages";

/**
 * The language a person's environment asks for, as command-line tools read it: LC_ALL, then
 * LC_MESSAGES, then LANG (the first one set). Chinese in any region (zh_CN.UTF-8, zh_TW, zh-Hans) is the
 * Simplified Chinese the toolkit speaks; anything else, or nothing, is English.
 *
 * @example
 * localeLanguage({ LANG: "zh_CN.UTF-8" }) // => "zh-CN"
 * localeLanguage({ LC_ALL: "C", LANG: "zh_CN.UTF-8" }) // => "en" (LC_ALL wins)
 * localeLanguage({}) // => "en"
 */
export function localeLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "") ?? "";
  return /^zh(?:[_\-.@]|$)/i.test(locale) ? "zh-CN" : "en";
}
