import type { PairOverrides } from "./scoresLayout";
import type { KpiLibrary } from "./kpiLibrary";
import { show } from "../core/errors";
import { dayMonthOrders, parseDate, type DayMonthOrder } from "../core/text/parseDate";
import { memoText } from "../core/text/memoText";
import { parseNumber } from "../core/text/parseNumber";
import { hasOwnUnit, headerScale } from "../core/text/headerScale";
import { parseMonthWord } from "../core/text/parseYearMonth";
import { parseMonth } from "../core/text/parseMonth";
import { dateSerial } from "../core/text/parseDate";
import { currencyCode, parseMoney, type Money } from "../core/currency";
import { RoleOf, type DealOutcome } from "./columns";
import type { Dataset, StageDefinition } from "./records";
import { columnLetter } from "../excel/a1";
import { MAX_TEXT } from "../excel/limits";
import type { CellValue } from "../excel/cell";
import { labelKey } from "./keys";
import { READ_MESSAGES, type ReadLanguage, type ReadMessages } from "./readMessages";
import type { DealsContext } from "./readDeals";
import type { ActivitiesContext } from "./readActivities";


/** Text dates read once per distinct text, for each day/month order a column may have. */
const DATE_TEXT: Readonly<Record<DayMonthOrder | "any", (text: string) => number | null>> = {
  any: memoText((text) => parseDate(text)),
  mdy: memoText((text) => parseDate(text, "mdy")),
  dmy: memoText((text) => parseDate(text, "dmy")),
};

/** The day/month orders a text date fits, read once per distinct text. */
export const dayMonthOrdersOf = memoText((text: string) => dayMonthOrders(text));

/**
 * What every read of a grid shares: the options and the place, the read's context, a typed reader of one
 * row, the failure that lists every problem, and the small helpers each dataset's reading uses.
 */
/** What the plan says about reading a dataset. */
export interface ReadOptions {
  /** Role → header text, where the automatic header mapping should be overridden. */
  columns?: Readonly<Record<string, string>>;
  /**
   * The funnel's stages, in order: the stage marked won (else the last step) is the won one; stages
   * marked lost or excluded are words that close a deal as lost or leave it out. Without them the
   * reader picks the known pipeline (`KNOWN_PIPELINES`) that covers the most stage values.
   */
  stages?: readonly { name: string; aliases: readonly string[]; outcome?: StageDefinition["outcome"]; probability?: number; maxDays?: number | null }[];
  /** More words of the deals' status (or stage) column, by what they mean. */
  statusWords?: Partial<Record<DealOutcome, readonly string[]>>;
  /** Commission product lines; a transaction's line is matched to these by name or alias. */
  lines?: readonly { name: string; aliases: readonly string[] }[];
  /** The plan section that lists the stages, so a message can show the plan lines to copy under it. */
  stagesSection?: string;
  /** The year a month label without one (1月, Jan) is in: the plan period's. */
  defaultYear?: number;
  /** What an ambiguous currency symbol in an amount means ("$" → "CAD"); "$" is USD and "¥" CNY otherwise. */
  currencySymbols?: Readonly<Record<string, string>>;
  /** Header of the people table's weight column (targets.weightColumn). */
  weightColumn?: string;
  /** The language of the problems and warnings (default English): the pane passes its own. */
  language?: ReadLanguage;
  /** A wide KPI sheet's pairs as the plan corrects them (`sources.scores.pairs`): KPI → target and actual headers. */
  pairs?: PairOverrides;
  /**
   * A KPI library found elsewhere in the workbook (a 指标库 sheet): read only for a KPI sheet with an
   * actual per KPI and no targets of its own, whose KPIs then take their targets from it.
   */
  kpiLibrary?: KpiLibrary;
}

/** Where a grid sits, so messages can point at the cell a person would look at. */
export interface GridPlace {
  sheet: string;
  /** The named table the grid is, if any: its first row is then the header row. */
  table?: string;
  /** 1-based sheet row of grid[0] (default 1). */
  firstRow?: number;
  /** 1-based sheet column of grid[r][0] (default 1, column A). */
  firstCol?: number;
  /** Cells that showed an Excel error (null in the grid), by A1 address on the sheet: { D17: "#DIV/0!" }. */
  errors?: Readonly<Record<string, string>>;
  /**
   * The notes (comments) on cells, by A1 address on the sheet: { D3: "越低越好" }. A note on a KPI's
   * header may say its direction, as people write it where the header has no room.
   */
  notes?: Readonly<Record<string, string>>;
  /** The dataset a sheet the add-in made holds, by its mark (its Target plan: the monthly targets); absent otherwise. */
  holds?: Dataset;
}

/** The most problems one failed read lists; the rest are counted. */
export const MAX_PROBLEMS = 20;

/**
 * A read that failed: every problem found (up to 20), each naming the sheet, row and column at fault,
 * such as `Sheet "Deals", row 17, column D (Amount): "abc" is not a number` (in Chinese:
 * `工作表“Deals”第17行D列（Amount）：“abc”不是数字`).
 */
export class ReadError extends Error {
  /** The problems, in sheet order, at most `MAX_PROBLEMS`. */
  readonly messages: readonly string[];
  /** Problems found beyond those listed. */
  readonly more: number;

  constructor(problems: readonly string[], language: ReadLanguage = "en") {
    const messages = problems.slice(0, MAX_PROBLEMS);
    const more = problems.length - messages.length;
    super(more > 0 ? [...messages, READ_MESSAGES[language].more(more)].join("\n") : messages.join("\n"));
    this.name = "ReadError";
    this.messages = messages;
    this.more = more;
  }
}

/** Serials below this (1 January 1910) are numbers typed into a date column, such as a year. */
const FIRST_PLAUSIBLE_DATE = 3654;
/** 31 December 9999, the last date Excel shows. */
const LAST_DATE = 2958465;


/** Everything one read needs, and the problems and warnings it collects. */
export interface Context<D extends Dataset> {
  dataset: D;
  where: GridPlace;
  columns: Partial<Record<RoleOf<D>, number>>;
  /** Header text by role. */
  headers: Partial<Record<RoleOf<D>, string>>;
  firstRow: number;
  firstCol: number;
  /** The words of the read's language. */
  m: ReadMessages;
  /** Problems with the sheet row each is about (0 for none), to list them in sheet order. */
  problems: { row: number; text: string }[];
  warnings: string[];
  lines: Map<string, string>;
  /** How each date column writes day and month numbers, decided from its values; null when nothing says. */
  dateOrder: Partial<Record<RoleOf<D>, DayMonthOrder | null>>;
  /** What currency symbols mean, and the currency the amount's header names ("Amount (USD)", "金额（元）"). */
  money: { symbols: Readonly<Record<string, string>>; header: string | null };
  /** The year a month label without one is in (see ReadOptions.defaultYear). */
  defaultYear?: number;
  /** The rates only: the factor that turns a plain number of the rate column into a fraction (see `rateScale`). */
  rateScale?: number;
  /** Money columns whose header unit (万元, $000) has been said in a warning. */
  scaled?: Set<string>;
  /** What the deals read needs and tallies; undefined for other datasets. */
  deals?: DealsContext;
  /** What the activities read tallies; undefined for other datasets. */
  activities?: ActivitiesContext;
}

/**
 * Columns whose error cell (a last-year figure showing #N/A) leaves just that cell out, with a warning,
 * instead of stopping the read: each only weighs a person among others, and a blank is already read as
 * "not there" with its own warning. Everywhere else an error is damage and stops the read: an amount, a
 * date, anything money owed to people depends on.
 */
/** Date columns that may hold a month label instead (2026年1月, Jan 2026, 2026-01), read as the month's first day. */
const MONTH_ROLES: { readonly [D in Dataset]?: readonly RoleOf<D>[] } = { transactions: ["date"], paid: ["period"], monthlyTargets: ["month"] };

/** Columns of money, whose header may give a unit (金额（万元）, Revenue ($000)) that scales every cell. */
const MONEY_ROLES: { readonly [D in Dataset]?: readonly RoleOf<D>[] } = {
  people: ["target", "lastYear", "potential"],
  history: ["amount"],
  deals: ["amount"],
  transactions: ["amount"],
  paid: ["paid"],
  rates: ["from", "to"],
  monthlyTargets: ["target"],
};

const LEFT_OUT_ON_ERROR: { readonly [D in Dataset]?: readonly RoleOf<D>[] } = { people: ["lastYear", "potential", "weight"] };

/** One data row, with typed getters that record a problem and return undefined on bad input. */
export class RowReader<D extends Dataset> {
  constructor(
    private readonly ctx: Context<D>,
    private readonly cells: readonly CellValue[],
    readonly sheetRow: number,
  ) {}

  /** `Sheet "Deals", row 17, column D (Amount)`. */
  at(role: RoleOf<D>): string {
    const col = this.ctx.columns[role] as number;
    return this.ctx.m.cell(this.ctx.where.sheet, this.sheetRow, this.letter(col), this.ctx.headers[role] as string);
  }

  /** The cell's raw value; null when blank or when the role has no column. */
  raw(role: RoleOf<D>): CellValue {
    const col = this.ctx.columns[role];
    return col === undefined ? null : (this.cells[col] ?? null);
  }

  /** The raw value of a grid column that has no role (the deals' "lost at stage" column). */
  cellAt(col: number): CellValue {
    return this.cells[col] ?? null;
  }

  /** True when the cell is empty or only spaces (and shows no Excel error). */
  isBlank(role: RoleOf<D>): boolean {
    return isBlank(this.raw(role)) && this.excelError(role) === undefined;
  }

  /** Text of a cell; null when blank (or undefined after recording a problem when `required`). */
  text(role: RoleOf<D>, required = false): string | null | undefined {
    const v = this.raw(role);
    if (isBlank(v)) return this.blank(role, required);
    // Longer text could not be written to the review's copy of the data: said here, at the cell it is in.
    if (typeof v === "string" && v.length > MAX_TEXT) return this.problem(role, this.ctx.m.textTooLong(v.length, MAX_TEXT));
    return cellText(v);
  }

  /** A number, read from text where a person typed one ("1,234", "85%"); in a money column headed in 万 or $000, scaled. */
  number(role: RoleOf<D>, required = false): number | null | undefined {
    const v = this.raw(role);
    if (isBlank(v)) return this.blank(role, required);
    const n = typeof v === "number" ? v : typeof v === "string" ? parseNumber(v) : null;
    if (n === null || !Number.isFinite(n)) return this.problem(role, this.ctx.m.notNumber(describe(v, this.ctx.m)));
    return n * this.scale(role, v);
  }

  /**
   * What a money column's header unit multiplies a cell by (金额（万元）: 10,000), said once per column;
   * 1 for other columns and for text that carries its own unit ("12万").
   */
  private scale(role: RoleOf<D>, v: CellValue): number {
    if (!(MONEY_ROLES[this.ctx.dataset] as readonly string[] | undefined)?.includes(role)) return 1;
    const scale = headerScale(this.ctx.headers[role]);
    if (scale === null || (typeof v === "string" && hasOwnUnit(v))) return 1;
    const said = (this.ctx.scaled ??= new Set());
    if (!said.has(role)) {
      said.add(role);
      this.ctx.warnings.push(this.ctx.m.at(columnPlace(this.ctx, role), this.ctx.m.scaledColumn(scale.unit, scale.factor)));
    }
    return scale.factor;
  }

  /**
   * An amount with the currency it names: a number cell, or text such as "USD 12,000.00", "¥3,000",
   * "1,200 EUR" (see `parseMoney`).
   */
  money(role: RoleOf<D>, required = false): Money | null | undefined {
    const v = this.raw(role);
    if (isBlank(v)) return this.blank(role, required);
    const money = typeof v === "number" ? { amount: v, currency: null } : typeof v === "string" ? parseMoney(v, { symbols: this.ctx.money.symbols }) : null;
    if (money === null || !Number.isFinite(money.amount)) return this.problem(role, this.ctx.m.notNumber(describe(v, this.ctx.m)));
    return { ...money, amount: money.amount * this.scale(role, v) };
  }

  /**
   * The row's currency: its currency column, else the one its amount names, else the amount header's;
   * null when none says. Two that differ are a problem naming both.
   *
   * @param named - the currency the amount's text named (from `money`), null for none
   * @param amountRole - the role of the amount column ("paid" for payouts)
   */
  currency(named: string | null, amountRole = "amount"): string | null | undefined {
    const role = "currency" as RoleOf<D>;
    const amount = amountRole as RoleOf<D>;
    const text = this.text(role);
    if (text === undefined) return undefined;
    const { m } = this.ctx;
    let column: string | null = null;
    if (text !== null) {
      column = currencyCode(text, { symbols: this.ctx.money.symbols, anyCode: true });
      if (column === null) return this.problem(role, m.notCurrency(m.quote(text)));
    }
    const said = [
      ...(column !== null ? [{ where: this.ctx.headers[role] as string, code: column }] : []),
      ...(named !== null ? [{ where: describe(this.raw(amount), m), code: named }] : []),
      ...(this.ctx.money.header !== null ? [{ where: this.ctx.headers[amount] as string, code: this.ctx.money.header }] : []),
    ];
    const distinct = said.filter((s, i) => said.findIndex((x) => x.code === s.code) === i);
    if (distinct.length > 1) return this.problem(column !== null ? role : amount, m.currenciesConflict(distinct.slice(0, 2)));
    return said[0]?.code ?? null;
  }

  /** A date serial (whole days), from a date cell or text such as 2026-04-01 or 2026年4月1日. */
  // A CSV export's dates are text, a few hundred distinct ones over 200,000 rows: each is parsed once.
  date(role: RoleOf<D>, required = false): number | null | undefined {
    const v = this.raw(role);
    if (isBlank(v)) return this.blank(role, required);
    if (typeof v === "string" && this.ctx.dateOrder[role] === null && (dayMonthOrdersOf(v)?.length ?? 0) > 0) {
      // The column's order is unknown or mixed, reported once for the column; this cell is not read.
      return undefined;
    }
    let serial = typeof v === "number" ? v : typeof v === "string" ? DATE_TEXT[this.ctx.dateOrder[role] ?? "any"](v) : null;
    if (serial === null && typeof v === "string" && (MONTH_ROLES[this.ctx.dataset] as readonly string[] | undefined)?.includes(role)) {
      // A month where a month is meant (a pay period, an ERP's posting period): its first day.
      const month = parseMonth(v, this.ctx.defaultYear);
      if (month !== null) serial = dateSerial(month.year, month.month, 1);
    }
    if (serial === null || serial < FIRST_PLAUSIBLE_DATE || serial > LAST_DATE + 1) {
      return this.problem(role, this.ctx.m.notDate(describe(v, this.ctx.m)));
    }
    return Math.floor(serial);
  }

  /** A year such as 2025 (also "2025年", "FY2025"). */
  year(role: RoleOf<D>): number | undefined {
    const v = this.raw(role);
    if (isBlank(v)) return this.blank(role, true) ?? undefined;
    const n = typeof v === "number" ? v : typeof v === "string" ? parseNumber(v.replace(/^\s*fy\s*|\s*年\s*$/gi, "")) : null;
    if (n === null || !Number.isInteger(n) || n < 1900 || n > 9999) return this.problem(role, this.ctx.m.notYear(describe(v, this.ctx.m)));
    return n;
  }

  /** A month 1 to 12, also written Mar, March, 3月, 三月, 2025-03, or a date in that month. */
  month(role: RoleOf<D>): number | undefined {
    const v = this.raw(role);
    if (isBlank(v)) return this.blank(role, true) ?? undefined;
    const month = readMonth(v);
    if (month === null) return this.problem(role, this.ctx.m.notMonth(describe(v, this.ctx.m)));
    return month;
  }

  /** Records a problem about this row's cell in `role`. */
  problem(role: RoleOf<D>, message: string): undefined {
    this.ctx.problems.push({ row: this.sheetRow, text: this.ctx.m.at(this.at(role), message) });
    return undefined;
  }

  /** A blank cell: null, or a problem when the cell shows an error or a value is needed. */
  private blank(role: RoleOf<D>, required: boolean): null | undefined {
    const error = this.excelError(role);
    if (error !== undefined && !required && (LEFT_OUT_ON_ERROR[this.ctx.dataset] as readonly string[] | undefined)?.includes(role)) {
      this.ctx.warnings.push(this.ctx.m.at(this.at(role), this.ctx.m.cellErrorLeftOut(error)));
      return null;
    }
    if (error !== undefined) return this.problem(role, this.ctx.m.cellError(error));
    if (required) return this.problem(role, this.ctx.m.requiredBlank());
    return null;
  }

  /** The Excel error the cell showed (#N/A...), if the host saw one. */
  private excelError(role: RoleOf<D>): string | undefined {
    const col = this.ctx.columns[role];
    if (col === undefined || !this.ctx.where.errors) return undefined;
    return this.ctx.where.errors[`${this.letter(col)}${this.sheetRow}`];
  }

  /** The sheet's column letter of a grid column. */
  private letter(col: number): string {
    return columnLetter(this.ctx.firstCol - 1 + col);
  }
}

/**
 * The currency an amount column's header names in brackets: "Amount (USD)", "金额（元）", "Amount [€]";
 * null when it names none (or its brackets say something else, such as "(k)").
 *
 * @example
 * headerCurrency("金额（元）") // => "CNY"
 */
export function headerCurrency(header: string | undefined, symbols: Readonly<Record<string, string>> = {}): string | null {
  if (header === undefined) return null;
  const inside = /[([【]([^)\]】]+)[)\]】]/.exec(header.normalize("NFKC"));
  return inside ? currencyCode(inside[1], { symbols }) : null;
}

/** `Sheet "Deals", row 17`. */
export function rowPlace(ctx: Context<Dataset>, sheetRow: number): string {
  return ctx.m.row(ctx.where.sheet, sheetRow);
}


/** True for an empty cell or one holding only spaces. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A cell as text: names that look like formulas ("=Ann") stay exactly as typed, only trimmed. */
export function cellText(v: CellValue): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return show(v);
  return v ? "TRUE" : "FALSE";
}

/** A value as a message quotes it: text in quotes, numbers as a person would write them. */
export function describe(v: CellValue, m: ReadMessages): string {
  if (typeof v === "string") return m.quote(v.trim());
  if (typeof v === "number") return show(v);
  return v ? "TRUE" : "FALSE";
}

/** A month 1 to 12 from a number, a month name, "3月", "2025-03" or a date; else null. */
function readMonth(v: CellValue): number | null {
  if (typeof v === "boolean" || v === null) return null;
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1 && v <= 12) return v;
    if (v >= FIRST_PLAUSIBLE_DATE && v <= LAST_DATE) return new Date((Math.floor(v) - 25569) * 86_400_000).getUTCMonth() + 1;
    return null;
  }
  const s = v.normalize("NFKC").trim().toLowerCase();
  // Month names and words (Mar, March, 三月, 3月) from the one table in core; Map lookups, so a cell
  // such as "constructor" finds nothing.
  const word = parseMonthWord(s);
  if (word !== null) return word;
  const yearMonth = /^\d{4}\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s);
  const digits = yearMonth ? yearMonth[1] : /^(\d{1,2})\s*月?$/.exec(s)?.[1];
  if (digits !== undefined) {
    const m = Number(digits);
    return m >= 1 && m <= 12 ? m : null;
  }
  const serial = parseDate(s);
  return serial === null ? null : readMonth(serial);
}

/**
 * A person listed twice in people, or one KPI twice for a person in scores, is an error. People are
 * keyed by name and team when the data has a team column: two 张伟 in two departments are two people.
 */
export function checkDuplicates<D extends Dataset>(ctx: Context<D>, records: readonly { row: number; name: string; team: string | null; kpi?: string }[]): void {
  if (ctx.dataset !== "people" && ctx.dataset !== "scores") return;
  const seen = new Map<string, number>();
  for (const record of records) {
    const kpi = record.kpi ?? null;
    const key = `${labelKey(record.name)}\u0000${labelKey(record.team ?? "")}` + (kpi === null ? "" : `\u0000${labelKey(kpi)}`);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, record.row);
      continue;
    }
    const { m } = ctx;
    const place = m.cell(ctx.where.sheet, record.row, columnLetter(ctx.firstCol - 1 + (ctx.columns["name" as RoleOf<D>] as number)), ctx.headers["name" as RoleOf<D>] as string);
    ctx.problems.push({ row: record.row, text: m.at(place, kpi === null ? m.listedTwice(record.name, first) : m.kpiTwice(record.name, kpi, first)) });
  }
  ctx.problems.sort((a, b) => a.row - b.row);
}

/** `Sheet "Deals", column C (Stage)`. */
export function columnPlace<D extends Dataset>(ctx: Context<D>, role: RoleOf<D>): string {
  const col = ctx.columns[role] as number;
  return ctx.m.column(ctx.where.sheet, columnLetter(ctx.firstCol - 1 + col), ctx.headers[role] as string);
}

/** Rows by value, values told apart as `labelKey` does, each kept as first written. */
export type Tally = Map<string, { value: string; rows: number[] }>;

/** Records a row under a value; returns undefined (the row is left out). */
export function tally(map: Tally, value: string, row: number): undefined {
  const key = labelKey(value);
  const found = map.get(key);
  if (found === undefined) map.set(key, { value: value.trim(), rows: [row] });
  else found.rows.push(row);
  return undefined;
}

/** True when some cell of the row shows an Excel error, so the row is not blank. */
export function hasErrorCell(ctx: Context<Dataset>, sheetRow: number, width: number): boolean {
  if (!ctx.where.errors) return false;
  for (let c = 0; c < width; c++) {
    if (ctx.where.errors[`${columnLetter(ctx.firstCol - 1 + c)}${sheetRow}`] !== undefined) return true;
  }
  return false;
}
