import { parseNumber } from "../text/parseNumber";
import { currencyCode } from "./currencyCode";

/** An amount with the currency its text named; `currency` is null when the text named none. */
export interface Money {
  amount: number;
  currency: string | null;
}

// Symbols and names that may lead or trail an amount. Three letters count only as a known ISO code.
const TOKEN = String.raw`(?:US\$|HK\$|NT\$|CA\$|A\$|C\$|S\$|CN¥|JP¥|[$€£¥₩₹]|RMB|[A-Za-z]{3}|人民币|美元|美金|欧元|英镑|港币|港元|日元|円|元)`;
const LEADING = new RegExp(String.raw`^([(+-]*)\s*(${TOKEN})\s*`, "u");
const TRAILING = new RegExp(String.raw`\s*(${TOKEN})\s*(\)?)$`, "u");

/**
 * Reads an amount as exports write it, with the currency it names: `"USD 12,000.00"`, `"$1,200"`,
 * `"¥3,000"`, `"€ 950,00"` is not read (a decimal comma), `"1,200 EUR"`, `"12万元"`, `"(US$1,200)"`.
 *
 * @param text - the cell's text
 * @param options.symbols - what an ambiguous symbol means ("$" → "CAD"); "$" is USD and "¥" CNY otherwise
 * @returns the amount and the ISO code of the currency named (null when none); null when the text is not
 *   an amount, or names two different currencies ("USD 5 EUR")
 *
 * @example
 * parseMoney("USD 12,000.00") // => { amount: 12000, currency: "USD" }
 * parseMoney("¥3,000") // => { amount: 3000, currency: "CNY" }
 * parseMoney("-$1,200") // => { amount: -1200, currency: "USD" }
 * parseMoney("1,200") // => { amount: 1200, currency: null }
 */
export function parseMoney(text: string, options: { symbols?: Readonly<Record<string, string>> } = {}): Money | null {
  let s = text.normalize("NFKC").trim();
  const found: string[] = [];
  const take = (token: string): boolean => {
    // Three letters count only as a known code or name (RMB), never "abc".
    const code = currencyCode(token, { symbols: options.symbols ?? {} });
    if (code === null) return false;
    found.push(code);
    return true;
  };
  const lead = LEADING.exec(s);
  if (lead && take(lead[2])) s = lead[1] + s.slice(lead[0].length);
  const trail = TRAILING.exec(s);
  if (trail && take(trail[1])) s = s.slice(0, trail.index) + trail[2];
  if (found.length === 2 && found[0] !== found[1]) return null;
  const amount = parseNumber(s);
  if (amount === null) return null;
  return { amount, currency: found[0] ?? null };
}
