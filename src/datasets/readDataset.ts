import { dateSerial, serialToDate } from "../core/text/parseDate";
import { columnLetter } from "../excel/a1";
import { MAX_ROWS } from "../excel/limits";
import { mapColumns, parseOutcome, REQUIRED, ROLES, RoleOf, SYNONYMS, type DealOutcome } from "./columns";
import { type Dataset, type DatasetRecords, type DealRecord, type DealStatus, type HistoryRecord, type MonthlyTargetRecord, type PaidRecord, type PersonRecord, type RateRecord, type ScoreRecord, type SourceData, type TransactionRecord } from "./records";
import { checkRateTiers, rateScale } from "./readRates";
import { labelKey } from "./keys";
import { findHeaderRow, Grid, HEADER_SEARCH_ROWS, headerCandidate, headerTexts } from "./grid";
import { READ_MESSAGES, type ReadMessages } from "./readMessages";
import { actualsFromLibrary, applyPairs, detectWideScores, directionHint, splitPairHeader, withNoteDirections, type PairProblem, type WideLayout } from "./scoresLayout";
import { ReadOptions, GridPlace, ReadError, Context, RowReader, rowPlace, isBlank, describe, hasErrorCell, checkDuplicates, columnPlace, tally, headerCurrency, dayMonthOrdersOf } from "./readContext";
import { DealsContext, lostAt, dealsContext, dealProbability, exportedAmount, wonAmountOf, dealWarnings, noStageMatches } from "./readDeals";
import { totalLabel, ColumnSums } from "./totalRows";
import { hintReader, LongScoreNotes, readWideScores } from "./readScores";
import { isNotEntered } from "./reviewExport";
import { activitiesContext, activityWarnings, readActivityRow, type ActivitiesContext } from "./readActivities";
import { personMonthColumns, readPersonMonths, readWideHistory } from "./readHistory";
import { monthLabel, wideHistoryLayout } from "./monthColumns";
import { readTargetPlanSheet, readWideTargets, wideTargetsLayout } from "./readMonthlyTargets";

/**
 * Reading a grid into a dataset's typed records: the header row, the columns by role, one parser per
 * dataset, total rows and blank rows left out, every problem named by sheet, row and column. The shared
 * context and row reader are in readContext.ts; the deals' stages and outcomes in readDeals.ts; weight
 * and direction columns and wide KPI sheets in readScores.ts; total rows in totalRows.ts.
 */
export { MAX_PROBLEMS, ReadError, type GridPlace, type ReadOptions } from "./readContext";
export { isTotalLabel } from "./totalRows";

/** The column whose text tells a total row apart (the person, or the year of a history row). */
const LABEL_ROLE: { [D in Dataset]: RoleOf<D> } = {
  scores: "name",
  people: "name",
  history: "year",
  deals: "owner",
  transactions: "rep",
  paid: "rep",
  rates: "line",
  activities: "rep",
  monthlyTargets: "name",
};

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
    // An HR export writes "--" where no actual has been entered yet (said once per column, after the read).
    const actual = isNotEntered(r.raw("actual")) ? null : r.number("actual");
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
    const money = r.money("amount");
    const currency = money === undefined ? undefined : r.currency(money?.currency ?? null);
    const amount = money === undefined ? undefined : (money?.amount ?? null);
    const created = r.date("created");
    const stageDate = r.date("stageDate");
    const closeDate = r.date("closeDate");
    const statusText = r.text("status");
    const probability = dealProbability(r, d, ctx.m);
    const exported = exportedAmount(r, d, ctx.money.symbols);
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

    // A won deal counts the amount it was won for, when the export gives it beside the expected one.
    const wonAmount = status === "won" ? wonAmountOf(r, d, ctx.money.symbols) : null;
    let value = wonAmount ?? amount;
    if (value === null) {
      if (status === "won") value = r.problem("amount", ctx.m.wonBlankAmount());
      else if (status !== undefined) {
        // An open or lost deal without an amount: 0, said once for all of them.
        d.blankAmounts.push(r.sheetRow);
        value = 0;
      }
    }
    const customer = r.text("customer");
    if (!ok(id, owner, stage, value, created, stageDate, closeDate, status, probability, currency, customer)) return undefined;
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
      ...(customer ? { customer } : {}),
      ...(currency ? { currency } : {}),
      ...(exported ? { exported } : {}),
    };
  },
  transactions: (r, ctx): TransactionRecord | undefined => {
    const id = r.text("id");
    const rep = r.text("rep", true);
    const date = r.date("date", true);
    const lineText = r.text("line");
    const money = r.money("amount", true);
    const currency = money === undefined ? undefined : r.currency(money?.currency ?? null);
    const amount = money?.amount;
    let share = r.number("share");
    if (share === null) share = 1;
    else if (share !== undefined && (share < 0 || share > 1)) {
      share = r.problem("share", ctx.m.notShare(describe(r.raw("share"), ctx.m)));
    }
    const customer = r.text("customer");
    if (!ok(id, rep, date, lineText, amount, share, currency, customer)) return undefined;
    const line = lineText ? (ctx.lines.get(labelKey(lineText)) ?? lineText) : "";
    return { row: r.sheetRow, id: id!, rep: rep!, date: date!, line, amount: amount!, share: share!, ...(customer ? { customer } : {}), ...(currency ? { currency } : {}) };
  },
  paid: (r, ctx): PaidRecord | undefined => {
    const rep = r.text("rep", true);
    // A blank paid cell is a rep who has been paid nothing yet.
    const money = r.money("paid");
    const currency = money === undefined ? undefined : r.currency(money?.currency ?? null, "paid");
    const paid = money === undefined ? undefined : (money?.amount ?? null);
    // With a period column, every payment says which period it is for: it is reconciled there.
    const period = r.date("period", ctx.columns.period !== undefined);
    if (!ok(rep, paid, period, currency)) return undefined;
    return { row: r.sheetRow, rep: rep!, paid: paid ?? 0, period: period!, ...(currency ? { currency } : {}) };
  },
  rates: (r, ctx): RateRecord | undefined => {
    const lineText = r.text("line");
    const from = r.number("from");
    const to = r.number("to");
    const written = r.number("rate", true);
    if (!ok(lineText, from, to, written)) return undefined;
    const raw = r.raw("rate");
    // "5%" is already 0.05; a plain 5 in a column of whole percentages is 5%.
    const rate = typeof raw === "string" && raw.includes("%") ? (written as number) : (written as number) * (ctx.rateScale ?? 1);
    if (!(rate >= 0 && rate <= 1)) return r.problem("rate", ctx.m.notRate(describe(raw, ctx.m)));
    const line = lineText ? (ctx.lines.get(labelKey(lineText)) ?? lineText) : null;
    return { row: r.sheetRow, line, from: from ?? 0, to: to!, rate: Number.parseFloat(rate.toPrecision(15)) };
  },
  activities: (r, ctx) => readActivityRow(r, ctx, ctx.activities as ActivitiesContext),
  monthlyTargets: (r): MonthlyTargetRecord | undefined => {
    const name = r.text("name", true);
    const day = r.date("month", true);
    const target = r.number("target", true);
    const team = r.text("team");
    if (!ok(name, day, target, team)) return undefined;
    // A date in the month stands for the month.
    const { year, month } = serialToDate(day as number);
    return { row: r.sheetRow, name: name!, month: dateSerial(year, month, 1) as number, target: target!, team: team! };
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

  // The Target plan sheet the add-in made is read by its own layout, which its mark vouches for.
  if (dataset === "monthlyTargets" && where.holds === "monthlyTargets") return readTargetPlanSheet(grid, where, m, language) as SourceData<DatasetRecords[D]> | ReadError;
  const headerGrid = where.table ? grid.slice(0, 1) : grid;
  const headerRow = findHeaderRow(headerGrid, dataset, overrides);
  const firstRow = where.firstRow ?? 1;
  const firstCol = where.firstCol ?? 1;
  if (headerRow < 0) {
    if (dataset === "scores") {
      // One row per person with a target/actual pair per KPI; a table's header is its first row (or two).
      const wide = detectWideScores(grid, overrides, where.table ? 1 : HEADER_SEARCH_ROWS);
      if (wide) {
        const corrected = applyPairs(wide, options.pairs ?? {});
        if (corrected.problems.length > 0) return new ReadError(corrected.problems.map((p) => pairProblem(p, wide, where, m)), language);
        const notes = where.notes;
        const noted = notes === undefined ? corrected.layout : withNoteDirections(corrected.layout, (r, c) => notes[`${columnLetter(firstCol - 1 + c)}${firstRow + r}`]);
        return readWideScores(grid, noted, where, m, language) as SourceData<DatasetRecords[D]> | ReadError;
      }
    }
    if (dataset === "scores" && options.kpiLibrary) {
      // An actual per KPI, the targets (and maybe weights and directions) in the workbook's KPI library.
      const fromLibrary = actualsFromLibrary(grid, options.kpiLibrary, overrides, where.table ? 1 : HEADER_SEARCH_ROWS);
      if (fromLibrary) return readWideScores(grid, fromLibrary, where, m, language) as SourceData<DatasetRecords[D]> | ReadError;
    }
    if (dataset === "history") {
      // One column per month (2025-01 … 2025-12, or 1月 … 12月 under a year), a row per region or person.
      const months = wideHistoryLayout(grid, where.table ? 1 : HEADER_SEARCH_ROWS);
      if (months) return readWideHistory(grid, months, where, m, language) as SourceData<DatasetRecords[D]> | ReadError;
    }
    if (dataset === "monthlyTargets") {
      // A person per row, a column per month (1月 … 12月 under 2026年, or 2026-01 …), called targets or a plan.
      const wide = wideTargetsLayout(grid, where.table ? 2 : HEADER_SEARCH_ROWS, [where.sheet, where.table ?? ""]);
      if (wide) return readWideTargets(grid, wide, where, m, language) as SourceData<DatasetRecords[D]> | ReadError;
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
    ...(options.defaultYear !== undefined ? { defaultYear: options.defaultYear } : {}),
    money: {
      symbols: options.currencySymbols ?? {},
      header:
        dataset === "deals" || dataset === "transactions" || dataset === "paid"
          ? headerCurrency((headers as Record<string, string>)[dataset === "paid" ? "paid" : "amount"], options.currencySymbols)
          : null,
    },
  };
  decideDateOrders(ctx, grid, headerRow);
  if (dataset === "rates") ctx.rateScale = rateScale(ctx as unknown as Context<"rates">, grid, headerRow);
  if (dataset === "activities") ctx.activities = activitiesContext(headerCells, Object.values(columns) as number[]);
  if (dataset === "deals") ctx.deals = dealsContext(ctx as unknown as Context<"deals">, grid, headerRow, headerCells, options);

  // A people sheet without a last-year column may give each person's sales by month instead.
  const personMonths = dataset === "people" && columns["lastYear" as RoleOf<D>] === undefined ? personMonthColumns(grid, headerRow) : null;
  if (personMonths) ctx.warnings.push(m.personMonths(where.table ? m.sheetTable(where.sheet, where.table) : m.sheet(where.sheet), monthLabel(personMonths.months[0]), monthLabel(personMonths.months[personMonths.months.length - 1])));
  const hints = dataset === "scores" ? hintReader(ctx as unknown as Context<"scores">, headerCells, Object.values(columns) as number[]) : null;
  const scoreNotes = dataset === "scores" ? new LongScoreNotes(ctx as unknown as Context<"scores">, headerCells, Object.values(columns) as number[]) : null;
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
    if (personMonths && record !== undefined) {
      const person = record as PersonRecord;
      const read = readPersonMonths(cells, personMonths, person.name, row.sheetRow, where, m);
      ctx.warnings.push(...read.warnings);
      person.lastYear = read.lastYear;
      if (read.stoppedAfter !== null && person.end === null) person.end = read.stoppedAfter;
    }
    const hinted = hints === null ? {} : hints(cells, row.sheetRow);
    if (record === undefined || hinted === undefined) continue;
    if (scoreNotes) {
      const score = { ...(record as ScoreRecord), ...hinted };
      scoreNotes.add(ctx as unknown as Context<"scores">, cells, score);
      records.push(score as DatasetRecords[D]);
    } else records.push({ ...record, ...hinted });
  }

  const idProblems = scoreNotes?.finish(ctx as unknown as Context<"scores">) ?? false;
  // An employee number on two people already names the rows; the same person twice would say it again.
  if (!idProblems) checkDuplicates(ctx, records as readonly (PersonRecord | ScoreRecord)[]);
  if (dataset === "rates") checkRateTiers(ctx as unknown as Context<"rates">, records as readonly RateRecord[]);
  checkSums(ctx, records);
  if (records.length > MAX_ROWS - 1) {
    const place = where.table ? m.sheetTable(where.sheet, where.table) : m.sheet(where.sheet);
    return new ReadError([m.tooManyRows(place, records.length, MAX_ROWS - 1)], language);
  }
  if (ctx.deals) {
    const d = ctx.deals;
    if (d.matched === 0 && d.unknownStages.size > 0) return new ReadError([noStageMatches(ctx as unknown as Context<"deals">)], language);
    dealWarnings(ctx as unknown as Context<"deals">);
  }
  if (ctx.activities) activityWarnings(ctx as unknown as Context<"activities">, ctx.activities);
  if (ctx.problems.length > 0) return new ReadError(ctx.problems.map((p) => p.text), language);
  return {
    // The origin is shown on review sheets: in the read's language, which the CLI and the pane set to the sheets'.
    origin: m.origin(where.sheet, where.table),
    sheet: where.sheet,
    // The deals' converted amount column (not a role) is named beside the roles' for the notes that use it.
    headers: ctx.deals?.exported ? { ...(headers as Record<string, string>), exported: ctx.deals.exported.header } : (headers as Record<string, string>),
    records,
    warnings: ctx.warnings,
    ...(ctx.deals ? { stages: ctx.deals.stages, stageNotes: ctx.deals.stageNotes } : {}),
  };
}

/**
 * The most a numeric column may add up to: Excel's largest number is 9.99999999999999E+307, and a
 * review multiplies totals by rates and multipliers, so a column past this would make a total on the
 * review overflow (a #NUM! in Excel, Infinity in the cached value) far from the cells at fault.
 */
export const MAX_COLUMN_SUM = 1e300;

/** Every numeric column's values, added up without their signs, stay below MAX_COLUMN_SUM; else a problem naming the largest cells. */
function checkSums<D extends Dataset>(ctx: Context<D>, records: readonly DatasetRecords[D][]): void {
  if (records.length === 0) return;
  for (const role of ROLES[ctx.dataset] as readonly string[]) {
    let sum = 0;
    for (const record of records) {
      const v = (record as unknown as Record<string, unknown>)[role];
      if (typeof v === "number") sum += Math.abs(v);
    }
    if (!(sum > MAX_COLUMN_SUM)) continue;
    const largest = records
      .map((r) => ({ row: r.row, v: (r as unknown as Record<string, unknown>)[role] }))
      .filter((c): c is { row: number; v: number } => typeof c.v === "number")
      .sort((a, b) => Math.abs(b.v) - Math.abs(a.v) || a.row - b.row)
      .slice(0, 3)
      .map((c) => `${ctx.m.row(ctx.where.sheet, c.row)} (${c.v.toExponential(2).toUpperCase()})`);
    const col = ctx.columns[role as RoleOf<D>];
    const place = col === undefined ? ctx.m.sheet(ctx.where.sheet) : ctx.m.column(ctx.where.sheet, columnLetter(ctx.firstCol - 1 + col), ctx.headers[role as RoleOf<D>] as string);
    ctx.problems.push({ row: 0, text: ctx.m.at(place, ctx.m.sumTooLarge("1E+300", largest)) });
  }
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

/** The message for a plan's pair correction (`sources.scores.pairs`) that the sheet cannot take. */
function pairProblem(problem: PairProblem, layout: WideLayout, where: GridPlace, m: ReadMessages): string {
  const place = where.table ? m.sheetTable(where.sheet, where.table) : m.sheet(where.sheet);
  if (problem.kind === "noHeader") return m.at(place, m.pairNoHeader(problem.kpi, problem.side, problem.header, layout.headers.filter((h): h is string => h !== null)));
  if (problem.kind === "halfPair") return m.at(place, m.pairHalf(problem.kpi, layout.pairs.map((p) => p.kpi)));
  return m.at(place, m.pairNoTargetColumn(problem.kpi));
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

/** The date roles of each dataset, whose day-and-month order is decided per column. */
const DATE_ROLES: { [D in Dataset]: readonly RoleOf<D>[] } = {
  scores: [],
  people: ["start", "end"],
  history: [],
  deals: ["created", "stageDate", "closeDate"],
  transactions: ["date"],
  paid: ["period"],
  rates: [],
  activities: ["date"],
  monthlyTargets: ["month"],
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
      const orders = dayMonthOrdersOf(v);
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
