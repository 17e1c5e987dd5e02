export { currencyCode, DEFAULT_SYMBOLS, KNOWN_CODES } from "./currencyCode";
export { parseMoney, type Money } from "./parseMoney";
export { conversionFor, type Conversion, type CurrencyRates } from "./conversionFor";
export { convertAmount, CURRENCY_DECIMALS } from "./convertAmount";
