import type { Review } from "../reviews/build";

/** The most warnings printed; the rest are counted (every one is also written on the review sheets). */
export const MAX_WARNINGS_SHOWN = 20;

/**
 * The lines printed after a build: the file written and its review sheets, the builders' summary lines
 * (people, totals), what was left out for want of data, and the warnings.
 *
 * @param review - the build
 * @param output - the file written, as the user named it
 *
 * @example
 * summaryLines(review, "review.xlsx")
 * // => ["Wrote review.xlsx: Funnel review (+ 2 data sheets)", "  Deals: 400", ...]
 */
export function summaryLines(review: Review, output: string): string[] {
  const reviewSheets = review.sheets.filter((s) => s.purpose !== "data").map((s) => s.name);
  const dataSheets = review.sheets.length - reviewSheets.length;
  const lines = [`Wrote ${output}: ${reviewSheets.join(", ")}${dataSheets > 0 ? ` (+ ${dataSheets} data sheet${dataSheets === 1 ? "" : "s"})` : ""}`];
  lines.push(...review.summary.map((line) => `  ${line}`));
  for (const { builder, missing } of review.skipped) {
    lines.push(`Left out the ${builder}: no ${missing} data found in the workbook`);
  }
  if (review.warnings.length > 0) {
    lines.push(`${review.warnings.length} warning${review.warnings.length === 1 ? "" : "s"} (also written on the sheets):`);
    lines.push(...review.warnings.slice(0, MAX_WARNINGS_SHOWN).map((w) => `  - ${w}`));
    const more = review.warnings.length - MAX_WARNINGS_SHOWN;
    if (more > 0) lines.push(`  ...and ${more} more`);
  }
  return lines;
}
