/**
 * The unit a money column's header gives its numbers in brackets: `金额（万元）`, `Revenue ($000)`,
 * `Sales (k)`, `Pipeline (USD M)`, `销售额(亿元)`. A sheet kept in 万元 holds 12 for 120,000 yuan: read
 * as 12, every total, tier and target compared with it would be off by 10,000 without a word.
 */

/** What a unit in a header multiplies its numbers by, and the unit as written. */
export interface HeaderScale {
  factor: number;
  unit: string;
}

const UNITS: readonly { pattern: RegExp; factor: number }[] = [
  { pattern: /^(?:[a-z]{3}|[$€£¥])?\s*(?:万|万元|万人民币|万美元|w|0000)$/iu, factor: 10_000 },
  { pattern: /^(?:[a-z]{3}|[$€£¥])?\s*(?:亿|亿元)$/iu, factor: 100_000_000 },
  { pattern: /^(?:[a-z]{3}|[$€£¥])?\s*(?:千|千元|k|thousands?|'?000s?|in thousands)$/iu, factor: 1_000 },
  { pattern: /^(?:[a-z]{3}|[$€£¥])?\s*(?:百万|百万元|m|mn|mm|millions?|in millions)$/iu, factor: 1_000_000 },
];

/**
 * The scale a header's bracketed unit says, or null for none (`Amount (USD)` has a currency, no scale).
 *
 * @example
 * headerScale("金额（万元）") // => { factor: 10000, unit: "万元" }
 * headerScale("Revenue ($000)") // => { factor: 1000, unit: "$000" }
 * headerScale("Amount (USD)") // => null
 */
export function headerScale(header: string | undefined): HeaderScale | null {
  if (header === undefined) return null;
  const inside = /[([【]([^)\]】]+)[)\]】]\s*$/.exec(header.normalize("NFKC").trim());
  if (!inside) return null;
  const unit = inside[1].trim();
  const found = UNITS.find((u) => u.pattern.test(unit));
  return found ? { factor: found.factor, unit } : null;
}

/** True when a cell's text carries its own unit ("12万", "1.2k"), which a header's unit must not scale again. */
export function hasOwnUnit(text: string): boolean {
  return /[万亿千]|\d\s*[kKmM]\b/u.test(text.normalize("NFKC"));
}
