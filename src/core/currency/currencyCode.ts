/**
 * Currency codes as exports write them: ISO 4217 codes (USD, CNY), symbols ($, ¥, €) and names in
 * English and Chinese (美元, 人民币, 欧元), each read as the ISO code it means.
 */

/** Symbols and names → ISO code. Two symbols mean several currencies; see `DEFAULT_SYMBOLS`. */
const NAMES: Readonly<Record<string, string>> = {
  "US$": "USD", "美元": "USD", "美金": "USD", "DOLLAR": "USD", "US DOLLAR": "USD",
  "RMB": "CNY", "CN¥": "CNY", "元": "CNY", "人民币": "CNY", "人民币元": "CNY", "YUAN": "CNY",
  "€": "EUR", "欧元": "EUR", "EURO": "EUR",
  "£": "GBP", "英镑": "GBP",
  "JP¥": "JPY", "円": "JPY", "日元": "JPY",
  "HK$": "HKD", "港币": "HKD", "港元": "HKD", "港幣": "HKD",
  "NT$": "TWD", "新台币": "TWD",
  "A$": "AUD", "澳元": "AUD",
  "C$": "CAD", "CA$": "CAD", "加元": "CAD",
  "S$": "SGD", "新加坡元": "SGD", "新币": "SGD",
  "₩": "KRW", "韩元": "KRW",
  "₹": "INR",
  "CHF": "CHF", "瑞士法郎": "CHF",
};

/**
 * What "$" and "¥" mean when nothing else says: US dollars and Chinese yuan (the ¥ of a Chinese export
 * is 人民币). A plan that works in another dollar or in yen says so (`currency.symbols`).
 */
export const DEFAULT_SYMBOLS: Readonly<Record<string, string>> = { $: "USD", "¥": "CNY" };

/** ISO codes written inside amounts ("USD 12,000.00"); a currency column may hold any three-letter code. */
export const KNOWN_CODES: ReadonlySet<string> = new Set([
  "USD", "CNY", "EUR", "GBP", "JPY", "HKD", "TWD", "MOP", "AUD", "CAD", "SGD", "KRW", "INR", "CHF", "NZD",
  "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RUB", "BRL", "MXN", "ZAR", "TRY", "AED", "SAR", "THB", "MYR",
  "IDR", "PHP", "VND", "ILS",
]);

/**
 * The ISO code a currency cell or token means.
 *
 * @param text - a currency column's cell ("USD", "usd", "人民币", "€") or a token found in an amount
 * @param options.symbols - what an ambiguous symbol means ("$" → "CAD"); `DEFAULT_SYMBOLS` otherwise
 * @param options.anyCode - read any three letters as an ISO code (a currency column), not only the known ones
 * @returns the ISO code in capitals, or null when the text names no currency
 *
 * @example
 * currencyCode(" usd ") // => "USD"
 * currencyCode("人民币") // => "CNY"
 * currencyCode("$", { symbols: { $: "CAD" } }) // => "CAD"
 * currencyCode("n/a") // => null
 */
export function currencyCode(text: string, options: { symbols?: Readonly<Record<string, string>>; anyCode?: boolean } = {}): string | null {
  const s = text.normalize("NFKC").trim().replace(/\s+/g, " ").toUpperCase();
  if (s === "") return null;
  const symbols = { ...DEFAULT_SYMBOLS, ...(options.symbols ?? {}) };
  const symbol = symbols[s];
  if (symbol !== undefined) return symbol.toUpperCase();
  const named = NAMES[s];
  if (named !== undefined) return named;
  if (/^[A-Z]{3}$/.test(s) && (options.anyCode === true || KNOWN_CODES.has(s))) return s;
  return null;
}
