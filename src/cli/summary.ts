import type { Review } from "../reviews/build";
import type { Language } from "../i18n/languages";
import { reviewOf } from "../reviews/registry";
import { cliMessages } from "./messages";

/** The most warnings printed; the rest are counted (every one is also written on the review sheets). */
export const MAX_WARNINGS_SHOWN = 20;

/**
 * The lines printed after a build: the file written and its review sheets, the builders' summary lines
 * (people, totals), what was left out for want of data, and the warnings.
 *
 * @param review - the build
 * @param output - the file written, as the user named it
 * @param language - the language of the lines (the plan's, or --lang)
 *
 * @example
 * summaryLines(review, "review.xlsx")
 * // => ["Wrote review.xlsx: Funnel review (+ 2 data sheets)", "  Deals: 400", ...]
 */
export function summaryLines(review: Review, output: string, language: Language = "en"): string[] {
  const m = cliMessages(language);
  const reviewSheets = review.sheets.filter((s) => s.purpose !== "data").map((s) => s.name);
  const lines = [m.wrote(output, reviewSheets, review.sheets.length - reviewSheets.length)];
  lines.push(...review.summary.map((line) => `  ${line}`));
  for (const { builder, missing, reason } of review.skipped) {
    lines.push(reason === undefined ? m.leftOut(reviewOf(builder).name[language], missing) : m.leftOutBecause(reviewOf(builder).name[language], reason));
  }
  if (review.warnings.length > 0) {
    lines.push(m.warnings(review.warnings.length));
    lines.push(...review.warnings.slice(0, MAX_WARNINGS_SHOWN).map((w) => `  - ${w}`));
    const more = review.warnings.length - MAX_WARNINGS_SHOWN;
    if (more > 0) lines.push(`  ${m.more(more)}`);
  }
  return lines;
}
