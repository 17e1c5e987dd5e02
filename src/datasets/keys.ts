/**
 * How names are compared, in one place. Two kinds of name are told apart differently:
 * - a person's name (an owner, a rep) is compared as Excel's SUMIFS/COUNTIFS criteria compare text,
 *   ignoring case only, so the numbers a review caches are the ones its formulas recompute;
 * - a label the plan and the data share (a KPI, a stage, a product line) is compared ignoring case,
 *   width (全角/半角) and spacing, as a person reads it.
 */

/**
 * The key of a person's name: what Excel's text criteria ignore (case) is ignored, nothing more.
 *
 * @example
 * personKey("Ann") === personKey("ANN") // => true
 * personKey("Ann ") === personKey("Ann") // => false (Excel's criteria tell them apart too)
 */
export function personKey(name: string): string {
  return name.toLowerCase();
}

/**
 * The key of a label shared by the plan and the data: case, width and runs of spaces ignored.
 *
 * @example
 * labelKey(" Ｎew  Customers ") // => "new customers"
 */
export function labelKey(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
}
