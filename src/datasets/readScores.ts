import { parseNumber } from "../core/text/parseNumber";
import { columnLetter } from "../excel/a1";
import type { CellValue } from "../excel/cell";
import { Grid } from "./grid";
import type { ReadLanguage, ReadMessages } from "./readMessages";
import { directionHint, hintColumns, parseDirection, settingsRowKind, type WideLayout } from "./scoresLayout";
import { labelKey } from "./keys";
import { isNotEntered, ReviewExportReader } from "./reviewExport";
import type { KpiDirection, ScoreRecord, SourceData } from "./records";
import { GridPlace, ReadError, Context, RowReader, rowPlace, isBlank, describe, hasErrorCell, checkDuplicates } from "./readContext";
import { totalLabel, ColumnSums } from "./totalRows";

/**
 * Reading KPI results beyond the long layout: the weight and direction columns (权重, 指标方向) and the
 * wide layout, one row per person with a target/actual pair per KPI (see scoresLayout.ts).
 */
/**
 * Reads the weight and direction columns of a scores sheet (权重, 指标方向...), if it has them, beside
 * the roles: returns a reader of one row's hints, which records a problem for a cell that is neither
 * blank nor a weight (a direction), and returns undefined then.
 */
export function hintReader(
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
export function readWideScores(grid: Grid, layout: WideLayout, where: GridPlace, m: ReadMessages, language: ReadLanguage): SourceData<ScoreRecord> | ReadError {
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
    money: { symbols: {}, header: null },
  };
  const place = where.table ? m.sheetTable(where.sheet, where.table) : m.sheet(where.sheet);
  const source = layout.targetSource;
  if (source === undefined) base.warnings.push(m.wideLayout(place, layout.pairs.map((p, k) => `${p.kpi} (${pairColumns(layout, k, firstCol)})`), layout.headerRows));
  else if (source.kind === "row") base.warnings.push(m.actualsLayout(place, layout.pairs.map((p) => `${p.kpi} (${columnLetter(firstCol - 1 + p.actual)})`), firstRow + source.targetRow));
  else if (source.kind === "library") base.warnings.push(m.libraryLayout(place, layout.pairs.map((p) => `${p.kpi} (${columnLetter(firstCol - 1 + p.actual)})`), source.library.sheet));
  else {
    base.warnings.push(m.scoresLayout(place, layout.pairs.map((p, k) => `${p.kpi} (${columnLetter(firstCol - 1 + p.actual)}, ${source.fullMarks[k]})`)));
    if (source.totals.length > 0) base.warnings.push(m.at(place, m.totalScoreLeftOut(source.totals)));
  }
  if (layout.unpaired.length > 0) base.warnings.push(m.at(place, m.unpaired(layout.unpaired)));
  for (const pair of layout.pairs) {
    const at = pair.directionNote;
    if (at) base.warnings.push(m.at(place, m.directionFromNote(pair.kpi, pair.direction === "lower", `${columnLetter(firstCol - 1 + at.col)}${firstRow + at.row}`)));
  }
  const used = new Set([layout.name, layout.team ?? -1, ...layout.pairs.flatMap((p) => [p.target, p.actual])]);
  const totals = layout.targetSource?.kind === "fullMarks" ? layout.targetSource.totals : [];
  // An HR export's employee number, period, status and own score columns, as on a long sheet (the total
  // score columns of a sheet of scores are already said).
  const totalCols = layout.headers.flatMap((h, col) => (h !== null && totals.includes(h) ? [col] : []));
  const review = ReviewExportReader.forHeader(base, layout.headers, [...used, ...totalCols]);
  for (const col of review?.columns() ?? []) used.add(col);
  const unread = layout.headers.filter((h, col): h is string => h !== null && !used.has(col) && !layout.unpaired.includes(h) && !totals.includes(h));
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
  const library = source?.kind === "library" ? source.entries : null;
  const weights: (number | null)[] = layout.pairs.map((_, k) => library?.[k].weight ?? null);
  const directions: (KpiDirection | null)[] = layout.pairs.map((p, k) => p.direction ?? library?.[k].direction ?? null);
  // An actuals-only sheet's targets: its targets row, or each score's full marks.
  const targetOf: (number | undefined)[] =
    source === undefined
      ? []
      : source.kind === "fullMarks"
        ? source.fullMarks
        : source.kind === "library"
          ? source.entries.map((e) => e.target)
          : contexts.map((ctx) => new RowReader(ctx, grid[source.targetRow] ?? [], firstRow + source.targetRow).number("actual", true) ?? undefined);
  const sums = new ColumnSums();
  for (let i = layout.headerRow + 1; i < grid.length; i++) {
    if (source?.kind === "row" && i === source.targetRow) continue;
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
    review?.add(cells, sheetRow, { name: name as string, team });
    if (filled.length === 0) base.warnings.push(m.at(rowPlace(base, sheetRow), m.noValues(name as string)));
    for (const { k, r } of filled) {
      if (source !== undefined && r.isBlank("actual")) continue; // a KPI that does not apply to the person
      const target = source === undefined ? r.number("target", true) : targetOf[k];
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
  if (!(review?.finish() ?? false)) checkDuplicates(base, people);
  if (base.problems.length > 0) return new ReadError(base.problems.sort((a, b) => a.row - b.row).map((p) => p.text), language);
  return {
    origin: m.origin(where.sheet, where.table),
    sheet: where.sheet,
    headers: base.headers as Record<string, string>,
    records,
    warnings: base.warnings,
  };
}

/**
 * What a long scores sheet says beyond its roles and weight and direction columns, gathered row by row
 * and said once at the end: a KPI whose name carries its direction ("退货率（越低越好）", "Churn rate (lower
 * is better)") is read as that direction under its name without the hint, unless a direction column says
 * otherwise (then the column is used, loudly); actuals written "--" are not entered yet; and an HR
 * export's employee number, period, status and own score columns (reviewExport.ts).
 */
export class LongScoreNotes {
  private readonly fromName = new Map<string, { kpi: string; lower: boolean; rows: number[] }>();
  private readonly conflicts = new Map<string, { kpi: string; written: string; row: number }>();
  private readonly notEntered: number[] = [];
  private notEnteredText = "";
  private readonly review: ReviewExportReader | null;

  constructor(ctx: Context<"scores">, headerCells: readonly (string | null)[], taken: readonly number[]) {
    this.review = ReviewExportReader.forHeader(ctx, headerCells, [...taken, ...Object.values(hintColumns(headerCells.map((h, i) => (taken.includes(i) ? null : h)))).filter((c): c is number => c !== null)]);
  }

  /** Takes in one record read from `cells` (and may take the direction hint out of its KPI's name). */
  add(ctx: Context<"scores">, cells: readonly CellValue[], record: ScoreRecord): void {
    const actualCol = ctx.columns.actual as number;
    const written = cells[actualCol];
    if (isNotEntered(written)) {
      this.notEntered.push(record.row);
      if (this.notEnteredText === "") this.notEnteredText = String(written).trim();
    }
    const hint = directionHint(record.kpi);
    if (hint.direction !== null && hint.text.trim() !== "") {
      const written = record.kpi;
      record.kpi = hint.text.trim();
      const key = labelKey(record.kpi);
      if (record.kpiDirection === null || record.kpiDirection === undefined) {
        record.kpiDirection = hint.direction;
        const seen = this.fromName.get(key) ?? { kpi: record.kpi, lower: hint.direction === "lower", rows: [] };
        this.fromName.set(key, seen);
        seen.rows.push(record.row);
      } else if (record.kpiDirection !== hint.direction && !this.conflicts.has(key)) {
        this.conflicts.set(key, { kpi: record.kpi, written, row: record.row });
      }
    }
    this.review?.add(cells, record.row, { name: record.name, team: record.team });
  }

  /** Adds the warnings and problems to the context; returns true when an employee number named two people. */
  finish(ctx: Context<"scores">): boolean {
    const { m } = ctx;
    if (this.notEntered.length > 0) ctx.warnings.push(m.at(columnPlaceOf(ctx, "actual"), m.notEntered(this.notEnteredText, this.notEntered)));
    for (const { kpi, lower, rows } of this.fromName.values()) ctx.warnings.push(m.at(columnPlaceOf(ctx, "kpi"), m.directionFromName(kpi, lower, rows)));
    for (const { kpi, written, row } of this.conflicts.values()) {
      ctx.warnings.push(m.at(m.cell(ctx.where.sheet, row, columnLetter(ctx.firstCol - 1 + (ctx.columns.kpi as number)), ctx.headers.kpi as string), m.directionNameConflict(kpi, written)));
    }
    return this.review?.finish() ?? false;
  }
}

/** `Sheet "KPIs", column D (Actual)`. */
function columnPlaceOf(ctx: Context<"scores">, role: "actual" | "kpi"): string {
  return ctx.m.column(ctx.where.sheet, columnLetter(ctx.firstCol - 1 + (ctx.columns[role] as number)), ctx.headers[role] as string);
}
