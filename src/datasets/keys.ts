import { memoText } from "../core/text/memoText";

/**
 * How names are compared, in one place. Two kinds of name are told apart differently:
 * - text a formula matches with a criterion (a person's name, an owner, a rep; a stage or a product line
 *   once the reader has named it as the plan does) is compared as Excel's SUMIFS/COUNTIFS compare text,
 *   ignoring case only, so the numbers a review caches are the ones its formulas recompute;
 * - a label the plan and the data share (a KPI, a stage, a product line) is compared ignoring case,
 *   width (全角/半角) and spacing, as a person reads it.
 */

/**
 * The key of text matched by a SUMIFS/COUNTIFS criterion (a person's name, a stage): what Excel's text
 * criteria ignore (case) is ignored, nothing more.
 *
 * @example
 * criterionKey("Ann") === criterionKey("ANN") // => true
 * criterionKey("Ann ") === criterionKey("Ann") // => false (Excel's criteria tell them apart too)
 */
export function criterionKey(name: string): string {
  return name.toLowerCase();
}

/**
 * The key of a label shared by the plan and the data: case, width and runs of spaces ignored.
 *
 * @example
 * labelKey(" Ｎew  Customers ") // => "new customers"
 */
export const labelKey: (text: string) => string = memoText((text) => text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " "));
