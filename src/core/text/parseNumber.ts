/**
 * Reads a number the way a person typed it into a cell: `"1,234"`, `" 12 "`, `"85%"`, `"(1,200)"`,
 * `"¥3,500"`, `"12万"`. Returns null when the text is not a number.
 *
 * Thousands separators must group by three (`"1,234,567"`), so a decimal comma such as `"1,5"` is not
 * silently read as fifteen. Percent signs divide by 100; 万 and 亿 multiply by 10^4 and 10^8.
 *
 * @param text - the cell's text
 * @returns the number, or null when the text does not read as one
 *
 * @example
 * parseNumber("85%") // => 0.85
 * parseNumber("(1,200.50)") // => -1200.5
 * parseNumber("(-5)") // => -5 (a negative in parentheses, said twice)
 * parseNumber("n/a") // => null
 */
export function parseNumber(text: string): number | null {
  let s = text.normalize("NFKC").trim();
  if (s === "") return null;
  let sign = 1;
  let parenthesised = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    sign = -1;
    parenthesised = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-") || s.startsWith("+")) {
    // Accounting parentheses mark a negative: "(-5)" says it twice and is -5, never +5; "(+5)" says both
    // and is not read as a number.
    if (parenthesised && s.startsWith("+")) return null;
    if (!parenthesised) sign = s.startsWith("-") ? -1 : 1;
    s = s.slice(1).trim();
  }
  const withoutCurrency = s.replace(CURRENCY, "").trim();
  if (withoutCurrency !== s && withoutCurrency.startsWith("-") && sign === 1) {
    // "¥-3,500": the sign may follow the currency symbol
    sign = -1;
    s = withoutCurrency.slice(1).trim();
  } else {
    s = withoutCurrency;
  }
  let scale = 1;
  const suffix = s.slice(-1);
  if (suffix === "%") scale = 0.01;
  else if (suffix === "万") scale = 1e4;
  else if (suffix === "亿") scale = 1e8;
  if (scale !== 1) s = s.slice(0, -1).trim();
  s = s.replace(CURRENCY_SUFFIX, "").trim();
  if (!PLAIN.test(s) && !GROUPED.test(s)) return null;
  const value = Number(s.replace(/[, \u00a0\u202f]/g, ""));
  if (!Number.isFinite(value)) return null;
  const result = sign * value * scale;
  // 0.85 rather than 0.8500000000000001 for "85%"
  return scale === 0.01 ? Number.parseFloat(result.toPrecision(15)) : result;
}

const CURRENCY = /^(?:[$¥€£]|US\$|RMB|CNY|USD|EUR)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:元|RMB|CNY|USD|EUR)$/i;
const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^\d{1,3}(?:([, \u00a0\u202f])\d{3})(?:\1\d{3})*(?:\.\d+)?$/;
