import { show } from "../core/errors";
import { editDistance } from "../core/text/editDistance";
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
import { detectWideScores, directionHint, hintColumns, parseDirection, settingsRowKind, splitPairHeader, type WideLayout } from "./scoresLayout";
import type {
  DatasetRecords,
  KpiDirection,
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
  /** The plan section that lists the stages, so a message can show the plan lines to copy under it. */
  stagesSection?: string;
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

/** Labels of a total or subtotal row, compared after `normalizeHeader`. */
const TOTAL_WORDS = new Set(
  [
    ...["total", "grand total", "team total", "sub total", "subtotal", "overall total", "region total", "department total", "dept total", "group total", "page total"].flatMap((w) => [w, `${w}s`]),
    ...["sum", "合计", "总计", "小计", "总和", "汇总", "共计", "全部", "总合计", "全部合计", "团队合计", "部门合计", "小组合计", "本页合计", "本页小计", "团队小计", "部门小计"],
  ].map(normalizeHeader),
);

/** What may follow a total word: a count ("60 records", "5人"), or a note in brackets ("(All regions)"). */
const TOTAL_TAIL = /(?:\s*[(（[【][^)）\]】]*[)）\]】]|[\s:：,，]*\d[\d,.]*\s*(?:records?|rows?|items?|entries|people|persons?|reps?|employees?|人|条|项|名|行|位)?)\s*$/iu;

/**
 * True for a total row's label: a total word (Total, Grand total, Team total, Subtotal, Sum, 合计, 总计,
 * 小计, 汇总, 全部...) as the whole cell, or followed by a count or a bracketed note ("Grand Totals (60
 * records)", "合计：5人"). "Total Wang" is a person.
 *
 * @example
 * isTotalLabel("Grand Totals (60 records)") // => true
 * isTotalLabel("Total Wang") // => false
 */
export function isTotalLabel(text: string): boolean {
  const t = text.normalize("NFKC").trim();
  return TOTAL_WORDS.has(normalizeHeader(t)) || TOTAL_WORDS.has(normalizeHeader(t.replace(TOTAL_TAIL, "")));
}

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
  /** The plan section that lists stages, for the lines a message offers to copy; null when not given. */
  section: string | null;
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
  if (headerRow < 0) {
    if (dataset === "scores") {
      // One row per person with a target/actual pair per KPI; a table's header is its first row (or two).
      const wide = detectWideScores(grid, overrides, where.table ? 1 : HEADER_SEARCH_ROWS);
      if (wide) return readWideScores(grid, wide, where, m, language) as SourceData<DatasetRecords[D]> | ReadError;
    }
    return new ReadError([missingColumns(dataset, headerGrid, where, overrides, m)], language);
  }

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

  const hints = dataset === "scores" ? hintReader(ctx as unknown as Context<"scores">, headerCells, Object.values(columns) as number[]) : null;
  const required = REQUIRED[dataset] as readonly RoleOf<D>[];
  const parse = PARSERS[dataset] as RowParser<D>;
  const records: DatasetRecords[D][] = [];
  const sums = new ColumnSums();
  for (let i = headerRow + 1; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    if (cells.every(isBlank) && !hasErrorCell(ctx, firstRow + i, cells.length)) continue;
    const row = new RowReader(ctx, cells, firstRow + i);
    const total = totalLabel(cells, row.raw(LABEL_ROLE[dataset] as RoleOf<D>));
    if (total !== null) {
      ctx.warnings.push(m.at(rowPlace(ctx, row.sheetRow), m.totalRow(total)));
      sums.reset();
      continue;
    }
    if ((dataset === "scores" || dataset === "people") && row.isBlank("name" as RoleOf<D>) && sums.isTotal(cells)) {
      ctx.warnings.push(m.at(rowPlace(ctx, row.sheetRow), m.sumRow()));
      sums.reset();
      continue;
    }
    sums.add(cells);
    if (required.every((role) => row.isBlank(role))) {
      const names = required.map((role) => headers[role]);
      ctx.warnings.push(m.at(rowPlace(ctx, row.sheetRow), m.noRequired(names as string[])));
      continue;
    }
    const record = parse(row, ctx);
    if (hints === null) {
      if (record !== undefined) records.push(record);
      continue;
    }
    const hinted = hints(cells, row.sheetRow);
    if (record !== undefined && hinted !== undefined) records.push({ ...record, ...hinted });
  }

  checkDuplicates(ctx, records as readonly (PersonRecord | ScoreRecord)[]);
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

/**
 * The label of a total row, or null: a total label (see `isTotalLabel`) in the label column (the person,
 * the year of a history row), or in any text cell when the label column holds no text of its own (a
 * "Team total" under the team, a 合计 in the first column), so a person's row whose KPI is called "Sum"
 * stays a person's row.
 */
function totalLabel(cells: readonly CellValue[], label: CellValue): string | null {
  if (typeof label === "string" && isTotalLabel(label)) return label.trim();
  if (typeof label === "string" && label.trim() !== "") return null;
  for (const v of cells) {
    if (typeof v === "string" && isTotalLabel(v)) return v.trim();
  }
  return null;
}

/**
 * Tells a total row that has no label (SUM formulas under the data) by its numbers: every number in it
 * is its column's sum over the rows above, since the header or the last total row. Only rows of numbers
 * and blanks, under at least two rows, qualify.
 */
class ColumnSums {
  private sums = new Map<number, number>();
  private rows = 0;

  /** Counts a data row in. */
  add(cells: readonly CellValue[]): void {
    cells.forEach((v, c) => {
      if (typeof v === "number") this.sums.set(c, (this.sums.get(c) ?? 0) + v);
    });
    this.rows++;
  }

  /** Starts again under a total row. */
  reset(): void {
    this.sums.clear();
    this.rows = 0;
  }

  /** Whether the row is the sums of the rows counted. */
  isTotal(cells: readonly CellValue[]): boolean {
    if (this.rows < 2 || cells.some((v) => typeof v === "string" && v.trim() !== "") || cells.some((v) => typeof v === "boolean")) return false;
    const numbers = cells.flatMap((v, c) => (typeof v === "number" ? [[c, v] as const] : []));
    return numbers.length > 0 && numbers.every(([c, v]) => Math.abs(v - (this.sums.get(c) ?? Number.NaN)) <= 1e-9 * Math.max(1, Math.abs(v)));
  }
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
  const message = m.missingColumns(place, wanted, HEADER_SEARCH_ROWS, row, found);
  if (dataset !== "scores") return message;
  // Not the long layout, and no complete wide one: say what a wide sheet needs and what half-pairs there are.
  return message + m.wideHint(found.filter((h) => splitPairHeader(directionHint(h).text) !== null));
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

/**
 * A person listed twice in people, or one KPI twice for a person in scores, is an error. People are
 * keyed by name and team when the data has a team column: two 张伟 in two departments are two people.
 */
function checkDuplicates<D extends Dataset>(ctx: Context<D>, records: readonly { row: number; name: string; team: string | null; kpi?: string }[]): void {
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
    section: options.stagesSection ?? null,
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
  return ctx.m.at(columnPlace(ctx, "stage"), ctx.m.noStageMatches(values, d.stages.map((s) => s.name), lines, d.section));
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

/**
 * Reads the weight and direction columns of a scores sheet (权重, 指标方向...), if it has them, beside
 * the roles: returns a reader of one row's hints, which records a problem for a cell that is neither
 * blank nor a weight (a direction), and returns undefined then.
 */
function hintReader(
  ctx: Context<"scores">,
  headerCells: readonly (string | null)[],
  taken: readonly number[],
): ((cells: readonly CellValue[], sheetRow: number) => Pick<ScoreRecord, "kpiWeight" | "kpiDirection"> | undefined) | null {
  const free = headerCells.map((h, i) => (taken.includes(i) ? null : h));
  const { weight, direction } = hintColumns(free);
  if (weight === null && direction === null) return null;
  const { m } = ctx;
  const place = (col: number, sheetRow: number): string => m.cell(ctx.where.sheet, sheetRow, columnLetter(ctx.firstCol - 1 + col), headerCells[col] as string);
  const problem = (col: number, sheetRow: number, text: string): undefined => {
    ctx.problems.push({ row: sheetRow, text: m.at(place(col, sheetRow), text) });
    return undefined;
  };
  return (cells, sheetRow) => {
    let kpiWeight: number | null | undefined = null;
    let kpiDirection: ScoreRecord["kpiDirection"] | undefined = null;
    const error = (col: number): string | undefined => ctx.where.errors?.[`${columnLetter(ctx.firstCol - 1 + col)}${sheetRow}`];
    if (weight !== null) {
      const v = cells[weight] ?? null;
      const shown = error(weight);
      if (shown !== undefined) kpiWeight = problem(weight, sheetRow, m.cellError(shown));
      else if (!isBlank(v)) {
        const n = typeof v === "number" ? v : typeof v === "string" ? parseNumber(v) : null;
        kpiWeight = n === null || !Number.isFinite(n) || n < 0 ? problem(weight, sheetRow, m.notWeight(describe(v, m))) : n;
      }
    }
    if (direction !== null) {
      const v = cells[direction] ?? null;
      const shown = error(direction);
      if (shown !== undefined) kpiDirection = problem(direction, sheetRow, m.cellError(shown));
      else if (!isBlank(v)) kpiDirection = (typeof v === "string" ? parseDirection(v) : null) ?? problem(direction, sheetRow, m.notDirection(describe(v, m)));
    }
    return kpiWeight === undefined || kpiDirection === undefined ? undefined : { kpiWeight, kpiDirection };
  };
}

/**
 * Reads a weights or directions row of a wide sheet: for each KPI, the value under its target or its
 * actual (a merged cell holds it in the first); two different values under one KPI, or a value that
 * does not read, is a problem naming the cell.
 */
function readSettingsRow(
  ctx: Context<"scores">,
  layout: WideLayout,
  cells: readonly CellValue[],
  sheetRow: number,
  kind: "weight" | "direction",
  into: (number | KpiDirection | null)[],
): void {
  const { m } = ctx;
  layout.pairs.forEach((pair, k) => {
    const read = [pair.target, pair.actual].flatMap((col) => {
      const v = cells[col] ?? null;
      if (isBlank(v)) return [];
      const at = m.cell(ctx.where.sheet, sheetRow, columnLetter(ctx.firstCol - 1 + col), layout.headers[col] as string);
      const value = kind === "weight" ? (typeof v === "number" ? v : typeof v === "string" ? parseNumber(v) : null) : typeof v === "string" ? parseDirection(v) : null;
      if (value === null || (typeof value === "number" && (!Number.isFinite(value) || value < 0))) {
        ctx.problems.push({ row: sheetRow, text: m.at(at, kind === "weight" ? m.notWeight(describe(v, m)) : m.notDirection(describe(v, m))) });
        return [];
      }
      return [{ value, at }];
    });
    if (read.length === 2 && read[0].value !== read[1].value) {
      ctx.problems.push({ row: sheetRow, text: m.at(read[1].at, m.twoSettings(describe(cells[pair.target] ?? null, m), describe(cells[pair.actual] ?? null, m))) });
      return;
    }
    if (read.length === 0) return;
    if (kind === "direction" && pair.direction !== null && read[0].value !== pair.direction) {
      // The header says one thing ("投诉数（越低越好）") and the directions row another: the row is used, loudly.
      ctx.warnings.push(m.at(read[0].at, m.directionConflict(pair.kpi, layout.headers[pair.target] as string)));
    }
    into[k] = read[0].value;
  });
}

/** `C/D`: the columns of a KPI's target and actual. */
function pairColumns(layout: WideLayout, k: number, firstCol: number): string {
  const { target, actual } = layout.pairs[k];
  return `${columnLetter(firstCol - 1 + target)}/${columnLetter(firstCol - 1 + actual)}`;
}

/**
 * Reads a wide KPI sheet (one row per person, a target/actual column pair per KPI) into the same
 * records as the long layout: one per person × KPI with a target or an actual entered (a pair left
 * blank is a KPI that does not apply to the person). Total rows and rows without a person are left out
 * with a warning, like the long layout's; a weight or direction hint in a header is carried on the
 * records; a header with only one half of a pair, and columns that are no pair, are named in a warning.
 */
function readWideScores(grid: Grid, layout: WideLayout, where: GridPlace, m: ReadMessages, language: ReadLanguage): SourceData<ScoreRecord> | ReadError {
  const firstRow = where.firstRow ?? 1;
  const firstCol = where.firstCol ?? 1;
  const header = (col: number): string => layout.headers[col] as string;
  const base: Context<"scores"> = {
    dataset: "scores",
    where,
    columns: { name: layout.name, ...(layout.team === null ? {} : { team: layout.team }) },
    headers: { name: header(layout.name), ...(layout.team === null ? {} : { team: header(layout.team) }) },
    firstRow,
    firstCol,
    m,
    problems: [],
    warnings: [],
    lines: new Map(),
    dateOrder: {},
  };
  const place = where.table ? m.sheetTable(where.sheet, where.table) : m.sheet(where.sheet);
  base.warnings.push(m.wideLayout(place, layout.pairs.map((p, k) => `${p.kpi} (${pairColumns(layout, k, firstCol)})`), layout.headerRows));
  if (layout.unpaired.length > 0) base.warnings.push(m.at(place, m.unpaired(layout.unpaired)));
  const used = new Set([layout.name, layout.team ?? -1, ...layout.pairs.flatMap((p) => [p.target, p.actual])]);
  const unread = layout.headers.filter((h, col): h is string => h !== null && !used.has(col) && !layout.unpaired.includes(h));
  if (unread.length > 0) base.warnings.push(m.at(place, m.unreadColumns(unread)));

  // One context per KPI: its target and actual are the roles' columns, so every message names the cell.
  const contexts = layout.pairs.map((pair): Context<"scores"> => ({
    ...base,
    columns: { ...base.columns, target: pair.target, actual: pair.actual },
    headers: { ...base.headers, target: header(pair.target), actual: header(pair.actual) },
  }));
  const records: ScoreRecord[] = [];
  const people: { row: number; name: string; team: string | null }[] = [];
  // A row labelled 权重/Weight or 指标方向/Direction in the person column gives each KPI's weight or direction.
  const weights: (number | null)[] = layout.pairs.map(() => null);
  const directions: (KpiDirection | null)[] = layout.pairs.map((p) => p.direction);
  const sums = new ColumnSums();
  for (let i = layout.headerRow + 1; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    const sheetRow = firstRow + i;
    if (cells.every(isBlank) && !hasErrorCell(base, sheetRow, cells.length)) continue;
    const person = new RowReader(base, cells, sheetRow);
    const label = person.raw("name");
    const kind = typeof label === "string" ? settingsRowKind(label) : null;
    if (kind !== null) {
      readSettingsRow(base, layout, cells, sheetRow, kind, kind === "weight" ? weights : directions);
      continue;
    }
    const total = totalLabel(cells, person.raw("name"));
    if (total !== null) {
      base.warnings.push(m.at(rowPlace(base, sheetRow), m.totalRow(total)));
      sums.reset();
      continue;
    }
    if (person.isBlank("name") && sums.isTotal(cells)) {
      base.warnings.push(m.at(rowPlace(base, sheetRow), m.sumRow()));
      sums.reset();
      continue;
    }
    sums.add(cells);
    const filled = contexts
      .map((ctx, k) => ({ k, r: new RowReader(ctx, cells, sheetRow) }))
      .filter(({ r }) => !r.isBlank("target") || !r.isBlank("actual"));
    if (person.isBlank("name") && filled.length === 0) {
      base.warnings.push(m.at(rowPlace(base, sheetRow), m.noRequired([header(layout.name)])));
      continue;
    }
    const name = person.text("name", true);
    const team = person.text("team");
    if (name === undefined || team === undefined) continue;
    people.push({ row: sheetRow, name: name as string, team });
    if (filled.length === 0) base.warnings.push(m.at(rowPlace(base, sheetRow), m.noValues(name as string)));
    for (const { k, r } of filled) {
      const target = r.number("target", true);
      const actual = r.number("actual");
      if (target === undefined || target === null || actual === undefined) continue;
      const pair = layout.pairs[k];
      records.push({ row: sheetRow, name: name as string, kpi: pair.kpi, target, actual, team, kpiWeight: null, kpiDirection: null });
    }
  }
  for (const record of records) {
    const k = layout.pairs.findIndex((p) => p.kpi === record.kpi);
    record.kpiWeight = weights[k];
    record.kpiDirection = directions[k];
  }
  checkDuplicates(base, people);
  if (base.problems.length > 0) return new ReadError(base.problems.sort((a, b) => a.row - b.row).map((p) => p.text), language);
  return {
    origin: where.table ? `table "${where.table}"` : `Sheet "${where.sheet}"`,
    sheet: where.sheet,
    headers: base.headers as Record<string, string>,
    records,
    warnings: base.warnings,
  };
}
