import { conversionFor, convertAmount } from "../core/currency";
import { show } from "../core/errors";
import type { DealRecord, PaidRecord, SourceData, TransactionRecord } from "../datasets/records";
import { type Catalogue, type Language, pick } from "../i18n/languages";
import type { CurrencyPlan } from "../plan/schema";
import { BuildError } from "./buildError";
import type { ReviewData } from "./review";
import { DEALS_COPY, PAID_COPY, TRANSACTIONS_COPY } from "../sheets/dataCopies";

/**
 * Puts the amounts of the deals and the transactions in one currency before any review reads them, so
 * every review sheet and every data copy of one build shows the same amounts: one currency is shown as
 * it is; several are converted with the plan's rates (each record keeps its original amount and rate);
 * several without a rate stop the build, naming the currencies found and the plan lines that would give
 * the rates. Amounts in different currencies are never added up as one.
 */

/** Rows of one currency, in sheet order. */
interface Found {
  code: string;
  rows: number[];
}

/** "2, 5, 9" for the first rows, then how many more. */
function rowList(rows: readonly number[], language: Language): string {
  const shown = rows.slice(0, 8).join(language === "zh-CN" ? "、" : ", ");
  if (rows.length <= 8) return shown;
  return language === "zh-CN" ? `${shown} 等 ${rows.length} 行` : `${shown}, … (${rows.length} rows)`;
}

interface CurrencyWords {
  /** `rows` in the currency, for a list. */
  found(code: string, rows: readonly number[]): string;
  single(origin: string, code: string, how: string): string;
  /** Where the currency was read: the column, the amounts' own symbols or codes. */
  fromColumn(header: string): string;
  fromAmounts: string;
  blankAsReporting(origin: string, rows: readonly number[], code: string): string;
  blankAsOnly(origin: string, rows: readonly number[], code: string): string;
  converted(origin: string, reporting: string, rates: readonly { code: string; rate: string; count: number }[], asOf: string | null, sheet: string): string;
  mixed(origin: string, found: readonly string[], blank: string | null): string;
  missingRates(origin: string, reporting: string, found: readonly string[], missing: readonly string[], lines: string): string;
  noReporting(lines: string): string;
  /** Two sentences as one message. */
  then(first: string, second: string): string;
  /** Amounts taken from the CRM's own conversion (Salesforce's "Amount (Converted)"). */
  fromExport(origin: string, header: string, code: string, found: readonly string[], sheet: string): string;
  /** Why the CRM's conversion was not used. */
  exportNotUsed(origin: string, header: string, why: string): string;
  exportOtherCurrency(code: string, reporting: string): string;
  exportSeveral(found: readonly string[]): string;
  exportNoCurrency: string;
  exportBlank(rows: readonly number[]): string;
  /** The payouts in another currency than the sales, with no rate to compare them. */
  paidApart(sales: string, salesFound: readonly string[], paid: string, paidFound: readonly string[], lines: string): string;
  /** The payouts name a currency and the sales none: the sales are taken to be in it. */
  salesAssumed(sales: string, paid: string, code: string): string;
}

const WORDS: Catalogue<CurrencyWords> = {
  en: {
    found: (code, rows) => `${code} (${rows.length} ${rows.length === 1 ? "row" : "rows"}: ${rowList(rows, "en")})`,
    single: (origin, code, how) => `${origin}: amounts are in ${code} (${how})`,
    fromColumn: (header) => `column "${header}"`,
    fromAmounts: "the currency written in the amounts",
    blankAsReporting: (origin, rows, code) => `${origin}: ${rows.length} ${rows.length === 1 ? "row names" : "rows name"} no currency (rows ${rowList(rows, "en")}); they are read as ${code}, the plan's reporting currency`,
    blankAsOnly: (origin, rows, code) => `${origin}: ${rows.length} ${rows.length === 1 ? "row names" : "rows name"} no currency (rows ${rowList(rows, "en")}); they are read as ${code}, the only currency the others name`,
    converted: (origin, reporting, rates, asOf, sheet) =>
      `${origin}: amounts converted to ${reporting} at the plan's rates${asOf ? ` as of ${asOf}` : " (the plan gives no date for them: set currency.asOf)"}: ${rates
        .map((r) => `1 ${r.code} = ${r.rate} ${reporting} (${r.count} ${r.count === 1 ? "row" : "rows"})`)
        .join(", ")}; each row's original amount, currency and rate are on "${sheet}"`,
    mixed: (origin, found, blank) => `${origin}: the amounts are in ${found.length} currencies: ${found.join(", ")}${blank ? `, and rows ${blank} name none` : ""}`,
    missingRates: (origin, reporting, found, missing, lines) =>
      `${WORDS.en.mixed(origin, found, null)}. The plan converts to ${reporting} but gives no rate for ${missing.join(", ")}, so they cannot be added up. Add the rates to the plan (units of ${reporting} per unit of each currency) and the date they are from: ${lines}`,
    noReporting: (lines) =>
      `Amounts in different currencies cannot be added up without rates. Name the currency to report in and the rate of each other one in the plan (units of the reporting currency per unit), with the date they are from, for example: ${lines}`,
    then: (first, second) => `${first}. ${second}`,
    fromExport: (origin, header, code, found, sheet) =>
      `${origin}: amounts in ${code} taken from column "${header}", the CRM's own conversion at its rates (${found.join(", ")}); the plan's rates are not used for them. Each row's original amount, currency and rate are on "${sheet}"`,
    exportNotUsed: (origin, header, why) => `${origin}: column "${header}" (the CRM's own conversion) is not used: ${why}; the amounts are converted as the plan says instead`,
    exportOtherCurrency: (code, reporting) => `it is in ${code} and the plan reports in ${reporting}`,
    exportSeveral: (found) => `it names several currencies (${found.join(", ")})`,
    exportNoCurrency: "nothing says which currency it is in (no column such as \"Amount (Converted) Currency\")",
    exportBlank: (rows) => `${rows.length} ${rows.length === 1 ? "row has" : "rows have"} an amount but no converted amount (rows ${rowList(rows, "en")})`,
    paidApart: (sales, salesFound, paid, paidFound, lines) =>
      `The sales (${sales}) are in ${salesFound.join(", ")} and the payouts made (${paid}) in ${paidFound.join(", ")}: what was paid cannot be held against what is due in another currency. Name the currency to report in and the rate of the other in the plan (units of the reporting currency per unit), with the date they are from: ${lines}`,
    salesAssumed: (sales, paid, code) =>
      `${paid}: the payouts are in ${code} and the sales (${sales}) name no currency, so the sales are taken to be in ${code} too; if they are not, add their currency (a Currency column, or currency.reporting in the plan with the rates)`,
  },
  "zh-CN": {
    found: (code, rows) => `${code}（${rows.length} 行：${rowList(rows, "zh-CN")}）`,
    single: (origin, code, how) => `${origin}：金额币种为 ${code}（${how}）`,
    fromColumn: (header) => `取自“${header}”列`,
    fromAmounts: "取自金额中写明的币种",
    blankAsReporting: (origin, rows, code) => `${origin}：${rows.length} 行未写币种（第 ${rowList(rows, "zh-CN")} 行），按方案的本位币 ${code} 计`,
    blankAsOnly: (origin, rows, code) => `${origin}：${rows.length} 行未写币种（第 ${rowList(rows, "zh-CN")} 行），按其他行唯一的币种 ${code} 计`,
    converted: (origin, reporting, rates, asOf, sheet) =>
      `${origin}：金额已按方案中的汇率折算为 ${reporting}${asOf ? `（汇率日期 ${asOf}）` : "（方案未写汇率日期，请设置 currency.asOf）"}：${rates
        .map((r) => `1 ${r.code} = ${r.rate} ${reporting}（${r.count} 行）`)
        .join("，")}；每行的原币金额、币种和汇率见“${sheet}”`,
    mixed: (origin, found, blank) => `${origin}：金额涉及 ${found.length} 种币种：${found.join("，")}${blank ? `，另有第 ${blank} 行未写币种` : ""}`,
    missingRates: (origin, reporting, found, missing, lines) =>
      `${WORDS["zh-CN"].mixed(origin, found, null)}。方案折算为 ${reporting}，但没有 ${missing.join("、")} 的汇率，无法相加。请在方案中写明汇率（每 1 单位该币种折合多少 ${reporting}）及汇率日期：${lines}`,
    noReporting: (lines) =>
      `不同币种的金额没有汇率无法相加。请在方案中写明本位币（折算成的币种）和其他每种币种的汇率（每 1 单位折合多少本位币）及汇率日期，例如：${lines}`,
    then: (first, second) => `${first}。${second}`,
    fromExport: (origin, header, code, found, sheet) =>
      `${origin}：金额取自“${header}”列，即 CRM 按其汇率折算的 ${code} 金额（${found.join("，")}），不使用方案中的汇率。每行的原币金额、币种和汇率见“${sheet}”`,
    exportNotUsed: (origin, header, why) => `${origin}：未使用“${header}”列（CRM 自己的折算）：${why}；金额改按方案折算`,
    exportOtherCurrency: (code, reporting) => `该列为 ${code}，而方案的本位币是 ${reporting}`,
    exportSeveral: (found) => `该列涉及多种币种（${found.join("，")}）`,
    exportNoCurrency: "没有写明该列的币种（缺少“Amount (Converted) Currency”之类的列）",
    exportBlank: (rows) => `${rows.length} 行有金额却没有折算金额（第 ${rowList(rows, "zh-CN")} 行）`,
    paidApart: (sales, salesFound, paid, paidFound, lines) =>
      `销售（${sales}）的币种为 ${salesFound.join("，")}，已发放提成（${paid}）的币种为 ${paidFound.join("，")}：不同币种的已发金额无法与应发金额核对。请在方案中写明本位币和另一币种的汇率（每 1 单位折合多少本位币）及汇率日期：${lines}`,
    salesAssumed: (sales, paid, code) =>
      `${paid}：已发放提成的币种为 ${code}，销售（${sales}）未写币种，按 ${code} 计；如果不是，请写明销售的币种（币种列，或在方案中设置 currency.reporting 和汇率）`,
  },
};

/** The plan lines that would give the rates: the reporting currency kept (or the first found), a rate to fill in for each. */
function planLines(reporting: string, plan: CurrencyPlan, missing: readonly string[]): string {
  const rates: Record<string, number | string> = { ...plan.rates };
  for (const code of missing) if (code !== reporting) rates[code] = "<rate>";
  return JSON.stringify({ currency: { reporting, rates, asOf: plan.asOf ?? "YYYY-MM-DD" } }).replace(/"<rate>"/g, "<rate>");
}

/** A record with an amount that may name its currency and may be converted (deals, transactions; payouts as `paidAsMoney` gives them). */
type Money = Pick<DealRecord | TransactionRecord, "row" | "amount" | "currency" | "original" | "exchangeRate">;

/**
 * One dataset's amounts in one currency, as `convertCurrencies` describes.
 *
 * @param source - the dataset as read (records carry the currency each names, if any)
 * @param plan - the plan's currency section
 * @param copySheet - the name of the dataset's data copy, where the original amounts are shown
 * @returns the dataset with its records converted and a line saying what was done; throws a BuildError
 *   naming the currencies found and the plan lines to add when a rate is missing
 *
 * @example
 * convertSource(deals, { reporting: "USD", rates: { EUR: 1.08 }, symbols: {} }, "en", "Data - Deals").records[0]
 * // => { ..., amount: 1080, original: 1000, currency: "EUR", exchangeRate: 1.08 }
 */
export function convertSource<R extends Money>(source: SourceData<R>, plan: CurrencyPlan, language: Language, copySheet: string): SourceData<R> {
  const w = pick(language, WORDS);
  const exported = fromExport(source as SourceData<Money>, plan, language, copySheet);
  if (exported !== null && "records" in exported) return exported as SourceData<R>;
  if (exported === null) return convertWithPlan(source, plan, language, copySheet);
  try {
    return convertWithPlan({ ...source, warnings: [...source.warnings, exported.note] }, plan, language, copySheet);
  } catch (e) {
    // A stop says too why the CRM's own conversion could not spare the rates.
    if (e instanceof BuildError) throw new BuildError(w.then(e.message, exported.note), e.where);
    throw e;
  }
}

/** One dataset's amounts in one currency with the plan's rates (see `convertSource`). */
function convertWithPlan<R extends Money>(source: SourceData<R>, plan: CurrencyPlan, language: Language, copySheet: string): SourceData<R> {
  const w = pick(language, WORDS);
  const byCode = new Map<string, Found>();
  const blank: number[] = [];
  for (const r of source.records) {
    if (r.currency === undefined || r.currency === null) {
      blank.push(r.row);
      continue;
    }
    const found = byCode.get(r.currency) ?? { code: r.currency, rows: [] };
    found.rows.push(r.row);
    byCode.set(r.currency, found);
  }
  if (byCode.size === 0) return source;
  const origin = source.origin;
  const codes = [...byCode.keys()];
  const foundText = (): string[] => [...byCode.values()].map((f) => w.found(f.code, f.rows));
  const notes: string[] = [];

  // Rows naming no currency beside rows that name one: the plan's reporting currency, else the only one named.
  let blankCode: string | null = null;
  if (blank.length > 0) {
    if (plan.reporting !== null) {
      blankCode = plan.reporting;
      notes.push(w.blankAsReporting(origin, blank, blankCode));
    } else if (codes.length === 1) {
      blankCode = codes[0];
      notes.push(w.blankAsOnly(origin, blank, blankCode));
    } else {
      const lines = planLines(codes[0], plan, codes);
      throw new BuildError(w.then(w.mixed(origin, foundText(), rowList(blank, language)), w.noReporting(lines)), origin);
    }
    if (!byCode.has(blankCode)) codes.push(blankCode);
    const found = byCode.get(blankCode) ?? { code: blankCode, rows: [] };
    found.rows.push(...blank);
    byCode.set(blankCode, found);
  }

  const conversion = conversionFor(codes, { reporting: plan.reporting, rates: plan.rates });
  if (conversion.kind === "missing") {
    if (conversion.reporting === null) {
      throw new BuildError(w.then(w.mixed(origin, foundText(), null), w.noReporting(planLines(codes[0], plan, codes))), origin);
    }
    throw new BuildError(w.missingRates(origin, conversion.reporting, foundText(), conversion.missing, planLines(conversion.reporting, plan, conversion.missing)), origin);
  }
  const withCurrency = (r: R): R => (r.currency ? r : { ...r, currency: blankCode });
  if (conversion.kind === "single" || conversion.kind === "none") {
    const header = source.headers.currency;
    notes.unshift(w.single(origin, codes[0], header ? w.fromColumn(header) : w.fromAmounts));
    return { ...source, records: blank.length > 0 ? source.records.map(withCurrency) : source.records, warnings: [...source.warnings, ...notes] };
  }
  const { reporting, rates } = conversion;
  const records = source.records.map((r) => {
    const currency = r.currency ?? (blankCode as string);
    const rate = rates[currency];
    return { ...r, currency, original: r.amount, exchangeRate: rate, amount: convertAmount(r.amount, rate) };
  });
  const used = [...byCode.values()].filter((f) => f.code !== reporting).map((f) => ({ code: f.code, rate: show(rates[f.code]), count: f.rows.length }));
  notes.unshift(w.converted(origin, reporting, used, plan.asOf ?? null, copySheet));
  return { ...source, records, warnings: [...source.warnings, ...notes] };
}

/**
 * The deals with their amounts taken from the CRM's own conversion (Salesforce's "Amount (Converted)"
 * in the corporate currency) when the export has it, it is in one currency that is the plan's reporting
 * one (or the plan names none), and every deal with an amount has one; the plan's rates are then not
 * needed. Null when the export has no such column or nothing was converted (every deal already in that
 * currency); a note saying why the column was not used when it cannot be.
 */
function fromExport(source: SourceData<Money>, plan: CurrencyPlan, language: Language, copySheet: string): SourceData<Money> | { note: string } | null {
  const records = source.records as (Money & Partial<Pick<DealRecord, "exported">>)[];
  if (!records.some((r) => r.exported !== undefined)) return null;
  const w = pick(language, WORDS);
  const header = source.headers.exported ?? "Amount (Converted)";
  const codes = [...new Set(records.map((r) => r.exported?.currency).filter((c): c is string => typeof c === "string"))];
  const notUsed = (why: string): { note: string } => ({ note: w.exportNotUsed(source.origin, header, why) });
  if (codes.length === 0) return notUsed(w.exportNoCurrency);
  if (codes.length > 1) return notUsed(w.exportSeveral(codes));
  const code = codes[0];
  if (plan.reporting !== null && plan.reporting !== code) return notUsed(w.exportOtherCurrency(code, plan.reporting));
  const blank = records.filter((r) => (r.exported?.amount ?? null) === null && r.amount !== 0).map((r) => r.row);
  if (blank.length > 0) return notUsed(w.exportBlank(blank));
  // Every deal already in the corporate currency: nothing was converted, the usual path says so.
  if (records.every((r) => (r.currency ?? code) === code)) return null;
  // A currency's rate as the CRM applied it, for deals whose own amount is 0 (the rate is then any).
  const seen = new Map<string, number>();
  for (const r of records) if (r.amount !== 0 && r.currency && !seen.has(r.currency)) seen.set(r.currency, (r.exported?.amount as number) / r.amount);
  const byCode = new Map<string, number[]>();
  const converted = records.map((r) => {
    const currency = r.currency ?? code;
    byCode.set(currency, [...(byCode.get(currency) ?? []), r.row]);
    const amount = r.exported?.amount ?? 0;
    const exchangeRate = r.amount !== 0 ? amount / r.amount : currency === code ? 1 : (seen.get(currency) ?? 1);
    return { ...r, currency, original: r.amount, exchangeRate, amount };
  });
  const found = [...byCode].map(([c, rows]) => w.found(c, rows));
  return { ...source, records: converted, warnings: [...source.warnings, w.fromExport(source.origin, header, code, found, copySheet)] };
}

/**
 * The deals and the transactions with their amounts in one currency (see `convertSource`); the other
 * datasets as they are.
 *
 * @param plan - the plan's currency section
 * @param data - the datasets read
 * @param language - the language of the notes and of a stop
 *
 * @example
 * convertCurrencies({ reporting: "CNY", rates: { USD: 7.1 }, symbols: {} }, { transactions }, "en").transactions?.records[0].amount
 * // => 8520 (1,200 USD at 7.1)
 */
export function convertCurrencies(plan: CurrencyPlan, data: ReviewData, language: Language): ReviewData {
  const transactions = data.transactions ? convertSource(data.transactions, plan, language, pick(language, TRANSACTIONS_COPY)) : undefined;
  const paid = data.paid ? convertPaid(data.paid, plan, language) : undefined;
  if (transactions && paid) samePaidCurrency(transactions, paid, plan, language);
  // Payouts that name a currency beside sales that name none (and no reporting currency to read them in): said.
  const payoutCode = paid ? currencyOf(paid.records, plan.reporting) : null;
  const assumed =
    transactions && paid && plan.reporting === null && payoutCode !== null && currencyOf(transactions.records, null) === null
      ? { ...paid, warnings: [...paid.warnings, pick(language, WORDS).salesAssumed(transactions.origin, paid.origin, payoutCode)] }
      : paid;
  return {
    ...data,
    ...(data.deals ? { deals: convertSource(data.deals, plan, language, pick(language, DEALS_COPY)) } : {}),
    ...(transactions ? { transactions } : {}),
    ...(assumed ? { paid: assumed } : {}),
  };
}

/** The payouts made, their amounts in one currency as `convertSource` puts them. */
function convertPaid(source: SourceData<PaidRecord>, plan: CurrencyPlan, language: Language): SourceData<PaidRecord> {
  if (!source.records.some((r) => r.currency)) return source;
  const asMoney = { ...source, records: source.records.map((r) => ({ ...r, amount: r.paid })) };
  const converted = convertSource(asMoney, plan, language, pick(language, PAID_COPY));
  return { ...converted, records: converted.records.map(({ amount, ...r }) => ({ ...r, paid: amount })) };
}

/** The one currency a dataset's amounts are in once `convertSource` has put them in one: the reporting one when converted; null when none names one. */
function currencyOf(records: readonly { currency?: string | null; exchangeRate?: number }[], reporting: string | null): string | null {
  if (reporting !== null && records.some((r) => r.exchangeRate !== undefined)) return reporting;
  return records.find((r) => r.currency)?.currency ?? null;
}

/**
 * Stops when the payouts made are in another currency than the sales once each is in one currency (the
 * plan names no reporting currency, and each names a different one): a payment in USD held against
 * commission due in CNY would be a mismatch made of the exchange rate.
 */
function samePaidCurrency(transactions: SourceData<TransactionRecord>, paid: SourceData<PaidRecord>, plan: CurrencyPlan, language: Language): void {
  const sales = currencyOf(transactions.records, plan.reporting);
  const payouts = currencyOf(paid.records, plan.reporting);
  if (sales === null || payouts === null || sales === payouts) return;
  const w = pick(language, WORDS);
  const found = (records: readonly { row: number; currency?: string | null }[]): string[] => {
    const byCode = new Map<string, number[]>();
    for (const r of records) if (r.currency) byCode.set(r.currency, [...(byCode.get(r.currency) ?? []), r.row]);
    return [...byCode].map(([code, rows]) => w.found(code, rows));
  };
  throw new BuildError(w.paidApart(transactions.origin, found(transactions.records), paid.origin, found(paid.records), planLines(sales, plan, [payouts])), paid.origin);
}
