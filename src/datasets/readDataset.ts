import { show } from "../core/errors";
import { dayMonthOrders, parseDate, type DayMonthOrder } from "../core/text/parseDate";
import { parseNumber } from "../core/text/parseNumber";
import { DEAL_EXTRA_HEADERS, DEFAULT_STAGES, mapColumns, normalizeHeader, parseOutcome, REQUIRED, ROLES, RoleOf, SYNONYMS, type DealOutcome } from "./columns";
import { choosePipeline, funnelSteps, stageIndex } from "./pipelines";
import type { Dataset } from "./records";
import { columnLetter } from "../excel/a1";
import type { CellValue } from "../excel/cell";
import { labelKey } from "./keys";
import { findHeaderRow, Grid, HEADER_SEARCH_ROWS, headerCandidate, headerTexts } from "./grid";
import { READ_MESSAGES, type ReadLanguage, type ReadMessages } from "./readMessages";
import type {
  DatasetRecords,
  DealRecord,
  DealStatus,
  HistoryRecord,
  PaidRecord,
  PersonRecord,
  ScoreRecord,
  SourceData,
  StageDefinition,
  TransactionRecord,
} from "./records";

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
  /** Header of the people table's weight column (targets.weightColumn). */
  weightColumn?: string;
  /** The language of the problems and warnings (default English): the pane passes its own. */
  language?: ReadLanguage;
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

const TOTAL_WORDS = new Set(["total", "totals", "grandtotal", "subtotal", "sum", "合计", "总计", "小计", "总和", "汇总", "共计"]);

/** The column whose text tells a total row apart (the person, or the year of a history row). */
const LABEL_ROLE: { [D in Dataset]: RoleOf<D> } = {
  scores: "name",
  people: "name",
  history: "year",
  deals: "owner",
  transactions: "rep",
  paid: "rep",
};

/** Serials below this (1 January 1910) are numbers typed into a date column, such as a year. */
const FIRST_PLAUSIBLE_DATE = 3654;
/** 31 December 9999, the last date Excel shows. */
const LAST_DATE = 2958465;

const MONTH_WORDS: Record<string, number> = Object.fromEntries([
  ...["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map((m, i) => [m, i + 1]),
  ...["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].map((m, i) => [m, i + 1]),
  ["sept", 9],
  ...["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"].map((m, i) => [`${m}月`, i + 1]),
]);

/** Everything one read needs, and the problems and warnings it collects. */
interface Context<D extends Dataset> {
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
  /** What the deals read needs and tallies; undefined for other datasets. */
  deals?: DealsContext;
}

/** The deals' stages, and what the read tallies so that each problem is reported once with its rows. */
interface DealsContext {
  /** The stages read against, outcomes included. */
  stages: readonly StageDefinition[];
  /** True when the plan named them. */
  fromPlan: boolean;
  index: Map<string, StageDefinition>;
  steps: readonly StageDefinition[];
  wonStage: string;
  statusWords: Record<string, DealOutcome>;
  /** The "lost at stage" column (销售易's 输单阶段), if any: its grid column and header. */
  lostStage?: { col: number; header: string };
  unknownStages: Tally;
  unknownStatuses: Tally;
  excluded: Tally;
  lostAtFirst: number[];
  blankAmounts: number[];
  /** Words that mean lost, read as something else because the plan says so. */
  lostNotLost: Tally;
  /** Rows whose stage is a step of the funnel or an outcome. */
  matched: number;
  /** What a probability cell's number is multiplied by: 0.01 when the column is in percent (a value above 1, or "%" in its header). */
  probabilityScale: number;
}

/** One data row, with typed getters that record a problem and return undefined on bad input. */
class RowReader<D extends Dataset> {
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
    return cellText(v);
  }

  /** A number, read from text where a person typed one ("1,234", "85%"). */
  number(role: RoleOf<D>, required = false): number | null | undefined {
    const v = this.raw(role);
    if (isBlank(v)) return this.blank(role, required);
    const n = typeof v === "number" ? v : typeof v === "string" ? parseNumber(v) : null;
    if (n === null || !Number.isFinite(n)) return this.problem(role, this.ctx.m.notNumber(describe(v, this.ctx.m)));
    return n;
  }

  /** A date serial (whole days), from a date cell or text such as 2026-04-01 or 2026年4月1日. */
  date(role: RoleOf<D>, required = false): number | null | undefined {
    const v = this.raw(role);
    if (isBlank(v)) return this.blank(role, required);
    if (typeof v === "string" && this.ctx.dateOrder[role] === null && (dayMonthOrders(v)?.length ?? 0) > 0) {
      // The column's order is unknown or mixed, reported once for the column; this cell is not read.
      return undefined;
    }
    const serial = typeof v === "number" ? v : typeof v === "string" ? parseDate(v, this.ctx.dateOrder[role] ?? undefined) : null;
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

/** `Sheet "Deals", row 17`. */
function rowPlace(ctx: Context<Dataset>, sheetRow: number): string {
  return ctx.m.row(ctx.where.sheet, sheetRow);
}


/** True for an empty cell or one holding only spaces. */
function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A cell as text: names that look like formulas ("=Ann") stay exactly as typed, only trimmed. */
function cellText(v: CellValue): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return show(v);
  return v ? "TRUE" : "FALSE";
}

/** A value as a message quotes it: text in quotes, numbers as a person would write them. */
function describe(v: CellValue, m: ReadMessages): string {
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
  const word = MONTH_WORDS[s.replace(/\.$/, "")];
  if (word !== undefined) return word;
  const yearMonth = /^\d{4}\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s);
  const digits = yearMonth ? yearMonth[1] : /^(\d{1,2})\s*月?$/.exec(s)?.[1];
  if (digits !== undefined) {
    const m = Number(digits);
    return m >= 1 && m <= 12 ? m : null;
  }
  const serial = parseDate(s);
  return serial === null ? null : readMonth(serial);
}

/** Reads one row into a record of the dataset, or undefined after recording its problems. */
type RowParser<D extends Dataset> = (row: RowReader<D>, ctx: Context<D>) => DatasetRecords[D] | undefined;

/** True when every value is present (no problem was recorded for it). */
function ok(...values: unknown[]): boolean {
  return values.every((v) => v !== undefined);
}

const PARSERS: { [D in Dataset]: RowParser<D> } = {
  scores: (r): ScoreRecord | undefined => {
    const name = r.text("name", true);
    const kpi = r.text("kpi", true);
    const target = r.number("target", true);
    const actual = r.number("actual");
    const team = r.text("team");
    if (!ok(name, kpi, target, actual, team)) return undefined;
    return { row: r.sheetRow, name: name!, kpi: kpi!, target: target!, actual: actual!, team: team! };
  },
  people: (r): PersonRecord | undefined => {
    const name = r.text("name", true);
    const team = r.text("team");
    const target = r.number("target");
    const lastYear = r.number("lastYear");
    const potential = r.number("potential");
    const weight = r.number("weight");
    const start = r.date("start");
    const end = r.date("end");
    if (!ok(name, team, target, lastYear, potential, weight, start, end)) return undefined;
    return { row: r.sheetRow, name: name!, team: team!, target: target!, lastYear: lastYear!, potential: potential!, weight: weight!, start: start!, end: end! };
  },
  history: (r): HistoryRecord | undefined => {
    const year = r.year("year");
    const month = r.month("month");
    const amount = r.number("amount", true);
    if (!ok(year, month, amount)) return undefined;
    return { row: r.sheetRow, year: year!, month: month!, amount: amount! };
  },
  deals: (r, ctx): DealRecord | undefined => {
    const d = ctx.deals as DealsContext;
    const id = r.text("id");
    const owner = r.text("owner", true);
    const stageText = r.text("stage", true);
    const amount = r.number("amount");
    const created = r.date("created");
    const stageDate = r.date("stageDate");
    const closeDate = r.date("closeDate");
    const statusText = r.text("status");
    const probability = dealProbability(r, d, ctx.m);
    if (typeof stageText !== "string") return undefined;

    let said: DealOutcome | null = null;
    if (typeof statusText === "string") {
      said = parseOutcome(statusText, d.statusWords);
      if (said === null) return tally(d.unknownStatuses, statusText, r.sheetRow);
      if (said === "excluded") return tally(d.excluded, statusText, r.sheetRow);
    }
    const known = d.index.get(labelKey(stageText));
    const outcome = known ? (known.outcome ?? null) : parseOutcome(stageText, d.statusWords);
    if (known === undefined && (outcome === null || outcome === "open")) return tally(d.unknownStages, stageText, r.sheetRow);
    d.matched += 1;
    if (outcome === "excluded") return tally(d.excluded, stageText, r.sheetRow);

    let stage: string | undefined;
    let status: DealStatus | undefined;
    if (known !== undefined && outcome !== "lost") {
      // A step of the funnel: where the deal is; the status column says whether it closed there.
      stage = known.name;
      status = said ?? (known.name === d.wonStage ? "won" : "open");
    } else if (said !== null && said !== "open" && said !== outcome) {
      r.problem("status", ctx.m.outcomeConflict(stageText, statusText as string));
    } else if (outcome === "won") {
      stage = d.wonStage;
      status = "won";
    } else {
      status = "lost";
      stage = lostAt(r, d);
    }
    if (status !== undefined && status !== "lost" && parseOutcome(stageText) === "lost") tally(d.lostNotLost, stageText, r.sheetRow);
    if (status !== undefined && status !== "lost" && typeof statusText === "string" && parseOutcome(statusText) === "lost") tally(d.lostNotLost, statusText, r.sheetRow);

    let value = amount;
    if (amount === null) {
      if (status === "won") value = r.problem("amount", ctx.m.wonBlankAmount());
      else if (status !== undefined) {
        // An open or lost deal without an amount: 0, said once for all of them.
        d.blankAmounts.push(r.sheetRow);
        value = 0;
      }
    }
    if (!ok(id, owner, stage, value, created, stageDate, closeDate, status, probability)) return undefined;
    return {
      row: r.sheetRow,
      id: id!,
      owner: owner!,
      stage: stage!,
      amount: value!,
      created: created!,
      stageDate: stageDate!,
      closeDate: closeDate!,
      status: status!,
      probability: probability!,
    };
  },
  transactions: (r, ctx): TransactionRecord | undefined => {
    const id = r.text("id");
    const rep = r.text("rep", true);
    const date = r.date("date", true);
    const lineText = r.text("line");
    const amount = r.number("amount", true);
    let share = r.number("share");
    if (share === null) share = 1;
    else if (share !== undefined && (share < 0 || share > 1)) {
      share = r.problem("share", ctx.m.notShare(describe(r.raw("share"), ctx.m)));
    }
    if (!ok(id, rep, date, lineText, amount, share)) return undefined;
    const line = lineText ? (ctx.lines.get(labelKey(lineText)) ?? lineText) : "";
    return { row: r.sheetRow, id: id!, rep: rep!, date: date!, line, amount: amount!, share: share! };
  },
  paid: (r): PaidRecord | undefined => {
    const rep = r.text("rep", true);
    // A blank paid cell is a rep who has been paid nothing yet.
    const paid = r.number("paid");
    if (!ok(rep, paid)) return undefined;
    return { row: r.sheetRow, rep: rep!, paid: paid ?? 0 };
  },
};

/**
 * Reads a dataset from a grid into typed records: finds the header row, maps the columns (plan
 * overrides first, then English and Chinese synonyms), and types every cell. Blank rows are skipped;
 * total rows (Total, 合计, 小计...) and rows with content but none of the required values are left
 * out with a warning. Anything else wrong fails the whole read with every problem listed.
 *
 * @param dataset - which table this is
 * @param grid - the cells, as a host read them
 * @param where - the sheet (and table) the grid came from and where on the sheet it starts
 * @param options - the plan's column overrides, stages, product lines and weight column, and the messages' language
 * @returns the records with their origin and warnings, or a ReadError naming each bad cell
 *
 * @example
 * readDataset("deals", [["Owner", "Stage", "Amount"], ["Ann", "Won", "1,200"]], { sheet: "Deals" })
 * // => { origin: 'Sheet "Deals"', records: [{ row: 2, owner: "Ann", stage: "Won", amount: 1200, status: "won", ... }], ... }
 */
export function readDataset<D extends Dataset>(
  dataset: D,
  grid: Grid,
  where: GridPlace,
  options: ReadOptions = {},
): SourceData<DatasetRecords[D]> | ReadError {
  const language = options.language ?? "en";
  const m = READ_MESSAGES[language];
  const overrides = columnOverrides(dataset, options);
  const roles = ROLES[dataset] as readonly string[];
  const badRoles = Object.keys(overrides).filter((role) => !roles.includes(role));
  if (badRoles.length > 0) {
    return new ReadError(badRoles.map((role) => m.unknownRole(role, dataset, roles)), language);
  }

  const headerGrid = where.table ? grid.slice(0, 1) : grid;
  const headerRow = findHeaderRow(headerGrid, dataset, overrides);
  const firstRow = where.firstRow ?? 1;
  const firstCol = where.firstCol ?? 1;
  if (headerRow < 0) return new ReadError([missingColumns(dataset, headerGrid, where, overrides, m)], language);

  const headerCells = headerTexts(grid[headerRow]);
  const { columns } = mapColumns(dataset, headerCells, overrides);
  const headers: Partial<Record<RoleOf<D>, string>> = {};
  for (const [role, col] of Object.entries(columns) as [RoleOf<D>, number][]) headers[role] = headerCells[col] as string;

  const ctx: Context<D> = {
    dataset,
    where,
    columns,
    headers,
    firstRow,
    firstCol,
    m,
    problems: [],
    warnings: [],
    lines: keyedNames(options.lines ?? []),
    dateOrder: {},
  };
  decideDateOrders(ctx, grid, headerRow);
  if (dataset === "deals") ctx.deals = dealsContext(ctx as unknown as Context<"deals">, grid, headerRow, headerCells, options);

  const required = REQUIRED[dataset] as readonly RoleOf<D>[];
  const parse = PARSERS[dataset] as RowParser<D>;
  const records: DatasetRecords[D][] = [];
  for (let i = headerRow + 1; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    if (cells.every(isBlank) && !hasErrorCell(ctx, firstRow + i, cells.length)) continue;
    const row = new RowReader(ctx, cells, firstRow + i);
    const total = totalLabel(cells, row.raw(LABEL_ROLE[dataset] as RoleOf<D>));
    if (total !== null) {
      ctx.warnings.push(m.at(rowPlace(ctx, row.sheetRow), m.totalRow(total)));
      continue;
    }
    if (required.every((role) => row.isBlank(role))) {
      const names = required.map((role) => headers[role]);
      ctx.warnings.push(m.at(rowPlace(ctx, row.sheetRow), m.noRequired(names as string[])));
      continue;
    }
    const record = parse(row, ctx);
    if (record !== undefined) records.push(record);
  }

  checkDuplicates(ctx, records);
  if (ctx.deals) {
    const d = ctx.deals;
    if (d.matched === 0 && d.unknownStages.size > 0) return new ReadError([noStageMatches(ctx as unknown as Context<"deals">)], language);
    dealWarnings(ctx as unknown as Context<"deals">);
  }
  if (ctx.problems.length > 0) return new ReadError(ctx.problems.map((p) => p.text), language);
  return {
    // The origin is shown on review sheets, whose language is the plan's, so it is not the read's language.
    origin: where.table ? `table "${where.table}"` : `Sheet "${where.sheet}"`,
    sheet: where.sheet,
    headers: headers as Record<string, string>,
    records,
    warnings: ctx.warnings,
    ...(ctx.deals ? { stages: ctx.deals.stages } : {}),
  };
}

/**
 * The role → header overrides a read uses: the plan's columns for the dataset, and for people the
 * weight column the targets name.
 *
 * @example
 * columnOverrides("people", { weightColumn: "Headcount" }) // => { weight: "Headcount" }
 */
export function columnOverrides(dataset: Dataset, options: ReadOptions): Record<string, string> {
  const overrides: Record<string, string> = { ...(options.columns ?? {}) };
  if (options.weightColumn && dataset === "people") overrides.weight = options.weightColumn;
  return overrides;
}

/** Name and aliases → the plan's name, by `nameKey`. */
function keyedNames(items: readonly { name: string; aliases: readonly string[] }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of items) {
    for (const alias of item.aliases) map.set(labelKey(alias), item.name);
  }
  // Names win over aliases when a stage's alias is another stage's name.
  for (const item of items) map.set(labelKey(item.name), item.name);
  return map;
}

/** True when some cell of the row shows an Excel error, so the row is not blank. */
function hasErrorCell(ctx: Context<Dataset>, sheetRow: number, width: number): boolean {
  if (!ctx.where.errors) return false;
  for (let c = 0; c < width; c++) {
    if (ctx.where.errors[`${columnLetter(ctx.firstCol - 1 + c)}${sheetRow}`] !== undefined) return true;
  }
  return false;
}

/** The label of a total row ("Total", "合计"), in its label column or first filled cell; else null. */
function totalLabel(cells: readonly CellValue[], label: CellValue): string | null {
  const first = cells.find((v) => !isBlank(v));
  for (const v of [label, first]) {
    if (typeof v === "string" && TOTAL_WORDS.has(normalizeHeader(v.normalize("NFKC").replace(/\([^)]*\)/g, "")))) return v.trim();
  }
  return null;
}

/** The message for a sheet without the dataset's columns: what is missing, what headers there are. */
function missingColumns<D extends Dataset>(dataset: D, grid: Grid, where: GridPlace, overrides: Record<string, string>, m: ReadMessages): string {
  const place = where.table ? m.sheetTable(where.sheet, where.table) : m.sheet(where.sheet);
  if (grid.every((row) => row.every(isBlank))) return m.emptySheet(place, requiredLabels(dataset, m));
  let best = headerCandidate(grid, dataset, overrides);
  if (best.mapped <= 0) best = { ...best, row: fullestRow(grid) };
  const map = mapColumns(dataset, headerTexts(grid[best.row]), overrides);
  const wanted = map.missing.map((role) => {
    const header = overrides[role];
    if (header !== undefined) return m.planColumn(header, role);
    return m.usualColumn((SYNONYMS[dataset] as Record<string, readonly string[]>)[role]);
  });
  const found = headerTexts(grid[best.row]).filter((h): h is string => h !== null);
  const row = (where.firstRow ?? 1) + best.row;
  return m.missingColumns(place, wanted, HEADER_SEARCH_ROWS, row, found);
}

/** The names of the required columns, for a message: Name, KPI, Target, Actual (姓名、指标... in Chinese). */
function requiredLabels<D extends Dataset>(dataset: D, m: ReadMessages): string[] {
  return (REQUIRED[dataset] as readonly RoleOf<D>[]).map((role) => m.label((SYNONYMS[dataset] as Record<string, readonly string[]>)[role]));
}

/** The row among the first 20 with the most filled text cells: the likeliest header. */
function fullestRow(grid: Grid): number {
  let best = 0;
  let most = -1;
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const n = grid[r].filter((v) => typeof v === "string" && v.trim() !== "").length;
    if (n > most) {
      best = r;
      most = n;
    }
  }
  return best;
}

/** A person listed twice in people, or one KPI twice for a person in scores, is an error. */
function checkDuplicates<D extends Dataset>(ctx: Context<D>, records: readonly DatasetRecords[D][]): void {
  if (ctx.dataset !== "people" && ctx.dataset !== "scores") return;
  const seen = new Map<string, number>();
  for (const record of records as readonly (PersonRecord | ScoreRecord)[]) {
    const kpi = "kpi" in record ? record.kpi : null;
    const key = labelKey(record.name) + (kpi === null ? "" : `\u0000${labelKey(kpi)}`);
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

/** The date roles of each dataset, whose day-and-month order is decided per column. */
const DATE_ROLES: { [D in Dataset]: readonly RoleOf<D>[] } = {
  scores: [],
  people: ["start", "end"],
  history: [],
  deals: ["created", "stageDate", "closeDate"],
  transactions: ["date"],
  paid: [],
};

/**
 * Decides, for each date column, whether `3/5/2026` is month first or day first: from the column's own
 * values (a 31/3 or a 3/31 settles it), else from the sheet's other date columns. A column that mixes
 * both, or whose values allow both with nothing to settle it, is one problem naming an example.
 */
function decideDateOrders<D extends Dataset>(ctx: Context<D>, grid: Grid, headerRow: number): void {
  const evidence = new Map<RoleOf<D>, { mdy?: { text: string; row: number }; dmy?: { text: string; row: number }; either?: { text: string; row: number } }>();
  for (const role of DATE_ROLES[ctx.dataset] as readonly RoleOf<D>[]) {
    const col = ctx.columns[role];
    if (col === undefined) continue;
    const seen: { mdy?: { text: string; row: number }; dmy?: { text: string; row: number }; either?: { text: string; row: number } } = {};
    for (let i = headerRow + 1; i < grid.length; i++) {
      const v = grid[i]?.[col];
      if (typeof v !== "string") continue;
      const orders = dayMonthOrders(v);
      if (orders === null || orders.length === 0) continue;
      const kind = orders.length === 2 ? "either" : orders[0];
      seen[kind] ??= { text: v.trim(), row: ctx.firstRow + i };
    }
    evidence.set(role, seen);
  }
  const sheetSays = [...evidence.values()];
  const sheetMdy = sheetSays.some((e) => e.mdy) && !sheetSays.some((e) => e.dmy);
  const sheetDmy = sheetSays.some((e) => e.dmy) && !sheetSays.some((e) => e.mdy);
  for (const [role, e] of evidence) {
    if (e.mdy && e.dmy) {
      ctx.problems.push({ row: 0, text: ctx.m.at(columnPlace(ctx, role), ctx.m.datesMixed(e.mdy.text, e.mdy.row, e.dmy.text, e.dmy.row)) });
      ctx.dateOrder[role] = null;
    } else if (e.mdy || e.dmy) ctx.dateOrder[role] = e.mdy ? "mdy" : "dmy";
    else if (sheetMdy || sheetDmy) ctx.dateOrder[role] = sheetMdy ? "mdy" : "dmy";
    else if (e.either) {
      ctx.problems.push({ row: 0, text: ctx.m.at(columnPlace(ctx, role), ctx.m.datesAmbiguous(e.either.text, e.either.row)) });
      ctx.dateOrder[role] = null;
    }
  }
}

/** `Sheet "Deals", column C (Stage)`. */
function columnPlace<D extends Dataset>(ctx: Context<D>, role: RoleOf<D>): string {
  const col = ctx.columns[role] as number;
  return ctx.m.column(ctx.where.sheet, columnLetter(ctx.firstCol - 1 + col), ctx.headers[role] as string);
}

/** Rows by value, values told apart as `labelKey` does, each kept as first written. */
type Tally = Map<string, { value: string; rows: number[] }>;

/** Records a row under a value; returns undefined (the row is left out). */
function tally(map: Tally, value: string, row: number): undefined {
  const key = labelKey(value);
  const found = map.get(key);
  if (found === undefined) map.set(key, { value: value.trim(), rows: [row] });
  else found.rows.push(row);
  return undefined;
}

/** Where a lost deal stopped: the "lost at stage" column when it names a step, else the first step (counted for a warning). */
function lostAt(r: RowReader<"deals">, d: DealsContext): string {
  if (d.lostStage !== undefined) {
    const v = r.cellAt(d.lostStage.col);
    const step = typeof v === "string" ? d.index.get(labelKey(v)) : undefined;
    if (step !== undefined && step.outcome !== "lost" && step.outcome !== "excluded") return step.name;
  }
  d.lostAtFirst.push(r.sheetRow);
  return d.steps[0].name;
}

/**
 * The deals' stages (the plan's, else the known pipeline covering the most stage values, else the
 * default ones), the plan's status words, and the "lost at stage" column if the sheet has one.
 */
function dealsContext(ctx: Context<"deals">, grid: Grid, headerRow: number, headerCells: readonly (string | null)[], options: ReadOptions): DealsContext {
  const counts = new Map<string, number>();
  const stageCol = ctx.columns.stage;
  if (stageCol !== undefined) {
    for (let i = headerRow + 1; i < grid.length; i++) {
      const v = grid[i]?.[stageCol];
      if (isBlank(v ?? null)) continue;
      const key = labelKey(cellText(v as CellValue));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const taken = new Set(Object.values(ctx.columns));
  const lostCol = headerCells.findIndex((h, i) => h !== null && !taken.has(i) && isExtraHeader("lostStage", h));
  // The stages a lost deal stopped at are stage values too: they tell pipelines that share words apart.
  if (lostCol >= 0) {
    for (let i = headerRow + 1; i < grid.length; i++) {
      const v = grid[i]?.[lostCol];
      if (isBlank(v ?? null)) continue;
      const key = labelKey(cellText(v as CellValue));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const fromPlan = options.stages !== undefined && options.stages.length > 0;
  const chosen = fromPlan ? null : choosePipeline(counts);
  const stages: readonly StageDefinition[] = fromPlan
    ? options.stages!.map((s) => ({ name: s.name, aliases: s.aliases, probability: s.probability ?? 0, maxDays: s.maxDays ?? null, ...(s.outcome ? { outcome: s.outcome } : {}) }))
    : (chosen?.stages ?? DEFAULT_STAGES);
  if (chosen !== null && chosen.key !== "default") {
    const steps = funnelSteps(chosen.stages).map((s) => `${s.name} (${Math.round(s.probability * 100)}%)`);
    ctx.warnings.push(ctx.m.pipelineChosen(ctx.m.sheet(ctx.where.sheet), chosen.name[ctx.m.language], steps));
  }
  const steps = funnelSteps(stages);
  const statusWords: Record<string, DealOutcome> = {};
  for (const [outcome, words] of Object.entries(options.statusWords ?? {}) as [DealOutcome, readonly string[]][]) {
    for (const w of words) statusWords[normalizeHeader(w)] = outcome;
  }
  return {
    stages,
    fromPlan,
    index: stageIndex(stages),
    steps,
    wonStage: (steps.find((s) => s.outcome === "won") ?? steps[steps.length - 1]).name,
    statusWords,
    ...(lostCol >= 0 ? { lostStage: { col: lostCol, header: headerCells[lostCol] as string } } : {}),
    unknownStages: new Map(),
    unknownStatuses: new Map(),
    excluded: new Map(),
    lostAtFirst: [],
    blankAmounts: [],
    lostNotLost: new Map(),
    matched: 0,
    probabilityScale: probabilityScale(ctx, grid, headerRow),
  };
}

/**
 * How the probability column writes a probability: in percent (45 for 45%) when its header says "%" or
 * any number in it is above 1, else as a fraction (0.45). A cell typed "45%" is a fraction either way.
 */
function probabilityScale(ctx: Context<"deals">, grid: Grid, headerRow: number): number {
  const col = ctx.columns.probability;
  if (col === undefined) return 1;
  if ((ctx.headers.probability ?? "").includes("%")) return 0.01;
  for (let i = headerRow + 1; i < grid.length; i++) {
    const v = grid[i]?.[col];
    const n = typeof v === "number" ? v : typeof v === "string" && !v.includes("%") ? parseNumber(v) : null;
    if (n !== null && n > 1) return 0.01;
  }
  return 1;
}

/** A deal's own probability as a fraction; null when blank; a problem when it is not a number from 0 to 100%. */
function dealProbability(r: RowReader<"deals">, d: DealsContext, m: ReadMessages): number | null | undefined {
  const raw = r.raw("probability");
  const n = r.number("probability");
  if (n === null || n === undefined) return n;
  const fraction = typeof raw === "string" && raw.includes("%") ? n : n * d.probabilityScale;
  // 45 × 0.01 is 0.45000000000000001: kept to the digits the cell shows, so the copy holds 0.45.
  const value = Number(fraction.toPrecision(12));
  if (!(value >= 0 && value <= 1)) return r.problem("probability", m.probabilityOutOfRange(typeof raw === "string" ? raw.trim() : show(n)));
  return value;
}

/** True when a header is one of the deals' extra columns' synonyms (with or without a bracketed unit). */
function isExtraHeader(kind: keyof typeof DEAL_EXTRA_HEADERS, header: string): boolean {
  const words = DEAL_EXTRA_HEADERS[kind].map(normalizeHeader);
  const bare = header.normalize("NFKC").replace(/\([^)]*\)|（[^）]*）/g, "");
  return words.includes(normalizeHeader(header)) || words.includes(normalizeHeader(bare));
}

/** Each tallied problem of the deals once, with its rows: unknown stages and statuses, rows left out, lost deals without a stage, blank amounts. */
function dealWarnings(ctx: Context<"deals">): void {
  const d = ctx.deals as DealsContext;
  const { m } = ctx;
  const stagePlace = columnPlace(ctx, "stage");
  const names = d.stages.map((s) => s.name);
  for (const { value, rows } of d.unknownStages.values()) {
    ctx.warnings.push(m.at(stagePlace, m.unknownStageRows(value, rows, nearest(value, d.stages), names)));
  }
  if (d.unknownStatuses.size > 0) {
    const statusPlace = columnPlace(ctx, "status");
    for (const { value, rows } of d.unknownStatuses.values()) ctx.warnings.push(m.at(statusPlace, m.unknownStatusRows(value, rows)));
  }
  for (const { value, rows } of d.excluded.values()) ctx.warnings.push(m.at(m.sheet(ctx.where.sheet), m.excludedRows(value, rows)));
  for (const { value, rows } of d.lostNotLost.values()) ctx.warnings.push(m.at(m.sheet(ctx.where.sheet), m.lostReadAsOther(value, rows)));
  if (d.lostAtFirst.length > 0) {
    ctx.warnings.push(m.at(stagePlace, m.lostAtFirstStage(d.lostAtFirst, d.steps[0].name, d.lostStage?.header ?? null)));
  }
  if (d.blankAmounts.length > 0) ctx.warnings.push(m.at(columnPlace(ctx, "amount"), m.blankAmounts(d.blankAmounts)));
}

/** The error when no deal's stage is known: every stage value with its count, and plan lines to copy. */
function noStageMatches(ctx: Context<"deals">): string {
  const d = ctx.deals as DealsContext;
  const values = [...d.unknownStages.values()].map(({ value, rows }) => ({ value, count: rows.length })).sort((a, b) => b.count - a.count);
  const lines = values.map(({ value }) => {
    const outcome = parseOutcome(value, d.statusWords);
    const tail = outcome === "lost" || outcome === "excluded" ? `, "outcome": "${outcome}", "probability": 0` : outcome === "won" ? `, "outcome": "won", "probability": 1` : `, "probability": 0.5`;
    return `{ "name": ${JSON.stringify(value)}${tail} }`;
  });
  // Steps first (most deals first: a funnel narrows), then won, then lost and excluded.
  const rank = (line: string): number => (line.includes('"won"') ? 1 : line.includes('"outcome"') ? 2 : 0);
  lines.sort((a, b) => rank(a) - rank(b));
  return ctx.m.at(columnPlace(ctx, "stage"), ctx.m.noStageMatches(values, d.stages.map((s) => s.name), lines));
}

/** The stage name or alias nearest to a misspelt value, when it is near enough to be a likely typo. */
function nearest(value: string, stages: readonly StageDefinition[]): string | null {
  const key = labelKey(value);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const s of stages) {
    for (const word of [s.name, ...s.aliases]) {
      const distance = editDistance(key, labelKey(word));
      if (distance < bestDistance) {
        best = s.name;
        bestDistance = distance;
      }
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : null;
}

/** Levenshtein distance between two strings, by code point. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[y.length];
}
