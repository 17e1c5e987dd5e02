import type { KpiDirection } from "./records";

type Direction = KpiDirection;

/** A direction hint inside a header: bracketed words or an arrow, or 越低越好 written on. */
const HINT_PATTERNS: { pattern: RegExp; direction: Direction }[] = [
  { pattern: /\s*[(（[【]\s*(?:lower|less|smaller)\s+(?:is\s+)?better\s*[)）\]】]/iu, direction: "lower" },
  { pattern: /\s*[(（[【]\s*(?:higher|more|bigger)\s+(?:is\s+)?better\s*[)）\]】]/iu, direction: "higher" },
  { pattern: /\s*[(（[【]?\s*(?:越低越好|越少越好|越小越好)\s*[)）\]】]?/u, direction: "lower" },
  { pattern: /\s*[(（[【]?\s*(?:越高越好|越多越好|越大越好)\s*[)）\]】]?/u, direction: "higher" },
  { pattern: /\s*[(（[【]\s*[↓⬇]\s*[)）\]】]|\s*[↓⬇]/u, direction: "lower" },
  { pattern: /\s*[(（[【]\s*[↑⬆]\s*[)）\]】]|\s*[↑⬆]/u, direction: "higher" },
  { pattern: /\s*[-–—,，]\s*(?:lower|less)\s+is\s+better\s*$/iu, direction: "lower" },
  { pattern: /\s*[-–—,，]\s*(?:higher|more)\s+is\s+better\s*$/iu, direction: "higher" },
];

/**
 * Takes a direction hint out of a header.
 *
 * @returns the header without the hint, and the hint's direction (null when there is none)
 *
 * @example
 * directionHint("Churn % (lower is better)") // => { text: "Churn %", direction: "lower" }
 * directionHint("投诉数(↓)") // => { text: "投诉数", direction: "lower" }
 */
export function directionHint(header: string): { text: string; direction: Direction | null } {
  const text = header.normalize("NFKC").trim();
  for (const { pattern, direction } of HINT_PATTERNS) {
    if (pattern.test(text)) return { text: text.replace(pattern, "").trim(), direction };
  }
  return { text, direction: null };
}

/**
 * What a KPI's name alone says about its direction, for a default a person confirms: complaints, churn,
 * cost, returns, errors, days overdue (投诉, 流失, 成本, 退货, 差错, 逾期 …) are better when lower. A hint
 * written in the name ("投诉数(↓)", "Churn % (lower is better)") is read the way the readers read a header.
 * A name that also speaks of fixing, saving or keeping ("complaint resolution rate", "cost savings",
 * "投诉处理率", "成本降低率", "customer retention") says nothing: those are better when higher, and a
 * wrong "lower" would invert a score.
 */

/** Words of a lower-is-better KPI, matched inside the name (English as whole words, plural or not). */
const LOWER_EN = [
  "complaint",
  "churn",
  "cost",
  "expense",
  "return",
  "refund",
  "error",
  "defect",
  "mistake",
  "overdue",
  "arrears",
  "bad debt",
  "write-off",
  "write off",
  "attrition",
  "cancellation",
  "escalation",
  "incident",
  "dso",
  "days sales outstanding",
  "lost deal",
];
const LOWER_ZH = ["投诉", "客诉", "流失", "成本", "费用", "退货", "退款", "差错", "错误", "缺陷", "逾期", "坏账", "呆账", "离职", "损耗", "报废", "事故", "延误", "超期", "欠款", "应收天数", "回款天数"];

/** Words that turn such a KPI around: resolving complaints, saving cost, keeping customers. */
const HIGHER_EN = ["resolution", "resolved", "handled", "handling", "saving", "savings", "reduction", "reduced", "retention", "retained", "return on", "roi", "recovery", "recovered", "collected", "satisfaction", "free"];
const HIGHER_ZH = ["处理", "解决", "办结", "节约", "节省", "降低", "下降", "压降", "控制", "留存", "挽回", "回收", "满意", "及时", "准时", "合格", "达成"];

const wordPattern = (words: readonly string[]): RegExp => new RegExp(`(?:^|[^a-z])(?:${words.map((w) => w.replace(/[-\s]/g, "[-\\s]?")).join("|")})(?:e?s)?(?![a-z])`, "i");
const LOWER_EN_PATTERN = wordPattern(LOWER_EN);
const HIGHER_EN_PATTERN = wordPattern(HIGHER_EN);

/**
 * The direction a KPI's name gives, or null when it gives none (the default, higher is better, then applies).
 *
 * @param name - the KPI's name as the data or the plan writes it
 * @returns "lower" or "higher" when the name says so, else null
 *
 * @example
 * directionFromName("Complaints") // => "lower"
 * directionFromName("客户投诉") // => "lower"
 * directionFromName("投诉处理率") // => null
 * directionFromName("Revenue") // => null
 * directionFromName("Calls (higher is better)") // => "higher"
 */
export function directionFromName(name: string): KpiDirection | null {
  const hinted = directionHint(name);
  if (hinted.direction !== null) return hinted.direction;
  const text = hinted.text.normalize("NFKC").toLowerCase();
  if (HIGHER_EN_PATTERN.test(text) || HIGHER_ZH.some((w) => text.includes(w))) return null;
  return LOWER_EN_PATTERN.test(text) || LOWER_ZH.some((w) => text.includes(w)) ? "lower" : null;
}
