import { findSources, type SourcePlace } from "../../datasets/findSources";
import { DATASETS, type Dataset } from "../../datasets/records";
import type { Plan } from "../../reviews/plan";
import type { Source } from "../../plan/schema";
import { findHeaderRow, type Grid, headerCandidate, HEADER_SEARCH_ROWS } from "../../datasets/grid";
import type { WorkbookHost } from "../../workbook/office";
import { columnOverrides, ReadError, readDataset } from "../../datasets/readDataset";
import { applyPairs, detectWideScores, hintColumns, type PairOverrides, type PairProblem, type WideLayout } from "../../datasets/scoresLayout";
import { readOptionsFromPlan } from "../../reviews/plan";
import type { ReadLanguage } from "../../datasets/readMessages";
import type { DatasetRecords, SourceData } from "../../datasets/records";
import { chosenHeaders, type ColumnChoice } from "./columnChoice";
import { hostKpiLibrary, libraryLayoutOf, scoresWithLibrary } from "./kpiLibrarySource";
import type { KpiLibrary } from "../../datasets/kpiLibrary";
import { READ_MESSAGES } from "../../datasets/readMessages";
import { datasetHeldBy, REVIEWS } from "../../reviews/registry";
import { wideTargetsLayout } from "../../datasets/readMonthlyTargets";
import { monthLabel } from "../../datasets/monthColumns";
import { serialToDate } from "../../core/text/parseDate";

/** Where a dataset is read from: a named table, a whole sheet, or the cells selected now. */
export type SourceRef = Parameters<WorkbookHost["readGrid"]>[0];
/** What the host lists of the workbook. */
export type SourceList = Awaited<ReturnType<WorkbookHost["listSources"]>>;
/** A block of cells as the host read it, and where it sits. */
export type GridRead = Awaited<ReturnType<WorkbookHost["readGrid"]>>;

/** One place the pane offers as a source. */
export interface SourceOption {
  key: string;
  ref: SourceRef;
  kind: "table" | "sheet" | "selection";
  name: string;
  sheet: string;
  /** Rows as the host counted them; the address for the selection. */
  rows: number;
  address: string;
  /** The dataset a sheet the add-in made holds, by its mark (its Target plan: the monthly targets); offered only for that dataset. */
  holds?: Dataset;
}

/** A stable key for a source: "table:tblDeals", "sheet:Deals", "selection". */
export function sourceKey(ref: SourceRef): string {
  if ("table" in ref) return `table:${ref.table}`;
  if ("sheet" in ref) return `sheet:${ref.sheet}`;
  return "selection";
}

/**
 * The sources the pane offers, in the order people look for them: tables, the selection, then sheets.
 * Sheets the add-in made (earlier review sheets) are left out: a review is never built from a review;
 * so is a selection of one cell. The one exception is a sheet whose mark says it holds a dataset (the
 * Target plan holds each person's monthly targets), offered for that dataset alone, as the command line reads it.
 */
export function sourceOptions(list: SourceList): SourceOption[] {
  const options: SourceOption[] = list.tables.map((t) => ({ key: sourceKey({ table: t.name }), ref: { table: t.name }, kind: "table", name: t.name, sheet: t.sheet, rows: t.rows, address: t.address }));
  // One cell selected is where the cursor happens to be, not a table: it is not offered.
  if (list.selection && !isOneCell(list.selection.address)) {
    const { sheet, address } = list.selection;
    options.push({ key: "selection", ref: { selection: true }, kind: "selection", name: address, sheet, rows: 0, address });
  }
  for (const s of list.sheets) {
    const holds = s.madeByAddin && s.purpose !== undefined ? datasetHeldBy(s.purpose) : undefined;
    if ((s.madeByAddin && holds === undefined) || s.address === null) continue;
    options.push({ key: sourceKey({ sheet: s.name }), ref: { sheet: s.name }, kind: "sheet", name: s.name, sheet: s.name, rows: s.rows, address: s.address, ...(holds ? { holds } : {}) });
  }
  return options;
}

/** "B2", "$B$2" or "B2:B2": one cell. */
function isOneCell(address: string): boolean {
  const cell = "\\$?[A-Z]{1,3}\\$?\\d+";
  return new RegExp(`^(${cell})(?::\\1)?$`, "i").test(address.trim());
}

/** The 0-based header row of a grid read for a dataset: the first row of a table, else the best row near the top. */
export function headerRowOf(option: Pick<SourceOption, "kind">, grid: Grid, dataset: Dataset, overrides: Readonly<Record<string, string>> = {}): number {
  if (grid.length === 0) return -1;
  if (option.kind === "table") return 0;
  return headerCandidate(grid, dataset, overrides).row;
}

/** The place a saved plan names for a dataset, when the workbook still has it. */
export function savedSourceKey(plan: Plan, dataset: Dataset, options: readonly SourceOption[]): string | null {
  const saved = plan.sources[dataset];
  const key = saved?.table !== undefined ? sourceKey({ table: saved.table }) : saved?.sheet !== undefined ? sourceKey({ sheet: saved.sheet }) : null;
  return key !== null && options.some((o) => o.key === key) ? key : null;
}

/**
 * Proposes a source for each dataset of a review: the one the saved plan names, else where the shared
 * policy finds it (findSources, as on the command line: every dataset takes part in the sharing out, and
 * each table or sheet serves one dataset; a required dataset of the review gets the best partial match,
 * its missing columns then chosen by hand).
 *
 * @param datasets - the datasets of the review
 * @param options - the sources offered
 * @param grids - the cells read from each source, by key (a source that could not be read is absent)
 * @param plan - the plan, for saved sources and column overrides
 * @returns dataset → source key, or null when nothing fits, for the datasets of the review
 */
export function proposeSources(
  datasets: { required: readonly Dataset[]; optional: readonly Dataset[] },
  options: readonly SourceOption[],
  grids: ReadonlyMap<string, Grid>,
  plan: Plan,
): Partial<Record<Dataset, string | null>> {
  const places: SourcePlace[] = options
    .filter((o) => grids.has(o.key))
    .map((o) => ({ key: o.key, kind: o.kind, name: o.name, sheet: o.sheet, grid: grids.get(o.key) as Grid, ...(o.holds ? { holds: o.holds } : {}) }));
  const given: Partial<Record<Dataset, string>> = {};
  for (const dataset of DATASETS) {
    const saved = savedSourceKey(plan, dataset, options);
    if (saved !== null) given[dataset] = saved;
  }
  const found = findSources(places, { wanted: datasets, given, overrides: (d) => columnOverrides(d, readOptionsFromPlan(plan, d)) });
  const proposal: Partial<Record<Dataset, string | null>> = {};
  // KPI results: an actuals sheet of the workbook's KPI library is read with it, as on the command line.
  for (const dataset of [...datasets.required, ...datasets.optional]) proposal[dataset] = dataset === "scores" ? scoresWithLibrary(found.scores?.key ?? null, options, grids, plan) : (found[dataset]?.key ?? null);
  return proposal;
}

/**
 * Whether a source of a dataset is read whole by the reader rather than column by column: the Target
 * plan the add-in made (its mark vouches for its layout), or monthly targets laid out a column per month
 * and called targets or a plan (wideTargetsLayout), when no row holds the long layout's columns.
 */
export function readsWhole(dataset: Dataset, option: Pick<SourceOption, "kind" | "name" | "sheet" | "holds">, grid: Grid, plan: Plan): boolean {
  if (dataset !== "monthlyTargets") return false;
  if (option.holds === "monthlyTargets") return true;
  const table = option.kind === "table";
  if (findHeaderRow(table ? grid.slice(0, 1) : grid, dataset, columnOverrides(dataset, readOptionsFromPlan(plan, dataset))) >= 0) return false;
  return wideTargetsLayout(grid, table ? 2 : HEADER_SEARCH_ROWS, [option.sheet, table ? option.name : ""]) !== null;
}

/** A dataset as chosen in the pane: its source, the cells read, the header row and the columns. */
export interface ChosenSource {
  option: SourceOption;
  read: GridRead;
  /** 0-based row of `read.grid` holding the headers. */
  headerRow: number;
  choice: ColumnChoice;
  /**
   * KPI results one row per person: the layout as the datasets layer detects it, the person's pair
   * corrections applied; the sheet is then read whole, as the command line reads it.
   */
  wide?: WideLayout | null;
  /** The person's corrections of the wide layout's pairs, by header, as the plan keeps them (sources.scores.pairs). */
  pairs?: PairOverrides;
  /** KPI results: the workbook's KPI library (指标库), if a sheet is one (see kpiLibrarySource.ts). */
  library?: KpiLibrary | null;
  /** Read whole by the reader, no columns chosen (`readsWhole`: monthly targets across columns, the Target plan). */
  whole?: boolean;
}

/**
 * The wide layout of a KPI sheet, as the reader finds it (readDataset: only when no row holds the long
 * layout's columns), with the pair corrections applied; null for the long layout.
 *
 * @param overrides - the plan's role → header overrides (the person and team columns)
 * @param team - false when the person chose no team column: the one the headers suggest is then not read
 * @param library - the workbook's KPI library: a sheet with only an actual per KPI takes its targets from it
 */
export function scoresLayoutOf(
  option: Pick<SourceOption, "kind">,
  grid: Grid,
  overrides: Readonly<Record<string, string>> = {},
  pairs: PairOverrides = {},
  team = true,
  library: KpiLibrary | null = null,
): { layout: WideLayout; problems: PairProblem[] } | null {
  const table = option.kind === "table";
  const cells = team ? grid : withoutTeam(option, grid, overrides, library);
  if (findHeaderRow(table ? cells.slice(0, 1) : cells, "scores", overrides) >= 0) return null;
  const wide = detectWideScores(cells, overrides, table ? 1 : HEADER_SEARCH_ROWS) ?? (library ? libraryLayoutOf(option, cells, overrides, library) : null);
  if (!wide) return null;
  // The team column left unread is still a column the person may choose again: its header stays on show.
  const all = team ? null : (scoresLayoutOf(option, grid, overrides, {}, true, library)?.layout.headers ?? null);
  const shown = all === null ? wide : { ...wide, headers: wide.headers.map((h, col) => h ?? all[col] ?? null) };
  return applyPairs(shown, pairs);
}

/**
 * A wide KPI sheet's cells with the header of the team column the headers suggest blanked, for a person
 * who chose no team column (as the long layout's read blanks the headers of columns left unused).
 */
function withoutTeam(option: Pick<SourceOption, "kind">, grid: Grid, overrides: Readonly<Record<string, string>>, library: KpiLibrary | null = null): Grid {
  const found = scoresLayoutOf(option, grid, overrides, {}, true, library);
  const col = found?.layout.team ?? null;
  if (!found || col === null) return grid;
  const top = found.layout.headerRow - found.layout.headerRows + 1;
  return grid.map((row, r) => (r >= top && r <= found.layout.headerRow ? row.map((v, c) => (c === col ? null : v)) : row));
}

/**
 * Reads a dataset exactly as the columns were chosen: from the header row down, every chosen role named
 * explicitly, and the headers of columns left unused blanked so no synonym claims them again. Problems
 * and warnings are told in `language`, the pane's. KPI results that hold their own targets beside the
 * workbook's KPI library say the library was not used, as on the command line.
 */
export function readChosen<D extends Dataset>(dataset: D, chosen: ChosenSource, plan: Plan, language: ReadLanguage = "en"): SourceData<DatasetRecords[D]> | ReadError {
  const result = readChosenCells(dataset, chosen, plan, language);
  const library = chosen.library;
  if (library && !(result instanceof ReadError) && chosen.wide?.targetSource?.kind !== "library" && chosen.read.sheet !== library.sheet) {
    return { ...result, warnings: [...result.warnings, READ_MESSAGES[language].libraryUnused(library.sheet, chosen.read.sheet)] };
  }
  return result;
}

/** readChosen without the word about an unused KPI library. */
function readChosenCells<D extends Dataset>(dataset: D, chosen: ChosenSource, plan: Plan, language: ReadLanguage): SourceData<DatasetRecords[D]> | ReadError {
  const { read, headerRow, choice, option } = chosen;
  if (chosen.whole) {
    return readDataset(dataset, read.grid, {
      sheet: read.sheet,
      ...(option.kind === "table" ? { table: option.name } : {}),
      firstRow: read.firstRow,
      firstCol: read.firstCol,
      ...(option.holds ? { holds: option.holds } : {}),
    }, { ...readOptionsFromPlan(plan, dataset), language });
  }
  const headers = chosenHeaders(chosen);
  if (chosen.wide) {
    // A wide KPI sheet is read whole by the one reader, as on the command line: the person and team
    // columns as chosen, the pairs as corrected, an actuals sheet's targets from the KPI library.
    const people: Record<string, string> = {};
    for (const role of ["name", "team"]) {
      const col = choice[role];
      if (col !== null && col !== undefined && headers[col]) people[role] = headers[col] as string;
    }
    const noTeam = choice.team === null || choice.team === undefined;
    const source = chosen.wide.targetSource;
    const library = source?.kind === "library" ? { kpiLibrary: source.library } : {};
    return readDataset(dataset, noTeam ? withoutTeam(option, read.grid, people, source?.kind === "library" ? source.library : null) : read.grid, {
      sheet: read.sheet,
      ...(option.kind === "table" ? { table: option.name } : {}),
      firstRow: read.firstRow,
      firstCol: read.firstCol,
    }, { ...readOptionsFromPlan(plan, dataset), columns: people, pairs: chosen.pairs ?? {}, language, ...library });
  }
  const used = new Set(Object.values(choice).filter((col): col is number => col !== null));
  // A weight or direction column is no role a person maps, but what it says is used: its header stays.
  if (dataset === "scores") {
    const hints = hintColumns(headers.map((h, col) => (used.has(col) ? null : h)));
    for (const col of [hints.weight, hints.direction]) if (col !== null) used.add(col);
  }
  const columns: Record<string, string> = {};
  for (const [role, col] of Object.entries(choice)) if (col !== null && headers[col]) columns[role] = headers[col] as string;
  const grid: Grid = [headers.map((h, col) => (used.has(col) ? h : null)), ...read.grid.slice(headerRow + 1)];
  const options = { ...readOptionsFromPlan(plan, dataset), columns, weightColumn: undefined, language };
  return readDataset(dataset, grid, {
    sheet: read.sheet,
    ...(option.kind === "table" ? { table: option.name } : {}),
    firstRow: read.firstRow + headerRow,
    firstCol: read.firstCol,
  }, options);
}

/** What a source read whole holds, for the column step to say: people, months and the first and last month ("2026-01"). */
export type WholeSummary = { held: boolean; people: number; months: number; first: string; last: string } | { problems: readonly string[] };

/**
 * Reads a source that is read whole (`readsWhole`) and says what it holds, or the reader's problems in
 * `language`: what the column step shows in place of the columns.
 */
export function describeWhole(dataset: Dataset, chosen: ChosenSource, plan: Plan, language: ReadLanguage = "en"): WholeSummary {
  const read = readChosen(dataset, chosen, plan, language);
  if (read instanceof ReadError) return { problems: read.more > 0 ? [...read.messages, "…"] : read.messages };
  const records = read.records as readonly { name?: string; team?: string | null; month?: number }[];
  const people = new Set(records.map((r) => `${r.name ?? ""}\u0000${r.team ?? ""}`));
  const months = [...new Set(records.map((r) => r.month).filter((m): m is number => typeof m === "number"))].sort((a, b) => a - b);
  const label = (serial: number | undefined): string => (serial === undefined ? "" : monthLabel(serialToDate(serial)));
  return { held: chosen.option.holds === dataset, people: people.size, months: months.length, first: label(months[0]), last: label(months[months.length - 1]) };
}

/** The plan's record of where a dataset was read, to read it there again next time. */
export function planSource(chosen: ChosenSource, overrides: Record<string, string>): Source {
  const place: Source = chosen.option.kind === "table" ? { table: chosen.option.name } : { sheet: chosen.read.sheet };
  if (Object.keys(overrides).length > 0) place.columns = overrides;
  if (chosen.wide && chosen.pairs && Object.keys(chosen.pairs).length > 0) place.pairs = { ...chosen.pairs };
  return place;
}

/** The place a plan keeps for a dataset, as the host reads it. */
export function planSourceRef(plan: Plan, dataset: Dataset): SourceRef | null {
  const saved = plan.sources[dataset];
  if (saved?.table !== undefined) return { table: saved.table };
  if (saved?.sheet !== undefined) return { sheet: saved.sheet };
  return null;
}

/** Reads a dataset from where the plan keeps it, the way the command line would, telling problems in `language`. */
export async function readFromPlan<D extends Dataset>(
  host: WorkbookHost,
  dataset: D,
  plan: Plan,
  language: ReadLanguage = "en",
): Promise<SourceData<DatasetRecords[D]> | ReadError | null> {
  const ref = planSourceRef(plan, dataset);
  if (ref === null) return null;
  const read = await host.readGrid(ref, { language });
  // Only a dataset some review's sheet holds asks the host for the sheet's mark.
  const holds = "sheet" in ref && REVIEWS.some((r) => r.holds === dataset) ? await heldBySheet(host, ref.sheet, language) : undefined;
  const where = { sheet: read.sheet, ...("table" in ref ? { table: ref.table } : {}), firstRow: read.firstRow, firstCol: read.firstCol, ...(holds === dataset ? { holds } : {}) };
  const options = { ...readOptionsFromPlan(plan, dataset), language };
  const result = readDataset(dataset, read.grid, where, options);
  if (dataset !== "scores" || !(result instanceof ReadError)) return result;
  // An actuals sheet whose targets are in the workbook's KPI library, as the command line reads it.
  const library = await hostKpiLibrary(host, language);
  const again = library && library.sheet !== read.sheet ? readDataset(dataset, read.grid, where, { ...options, kpiLibrary: library }) : result;
  return again instanceof ReadError ? result : again;
}

/** The dataset a sheet the add-in made holds, by its mark (the Target plan: the monthly targets); undefined for any other sheet. */
async function heldBySheet(host: WorkbookHost, sheet: string, language: ReadLanguage): Promise<Dataset | undefined> {
  const listed = (await host.listSources({ language })).sheets.find((s) => s.name === sheet);
  return listed?.madeByAddin && listed.purpose !== undefined ? datasetHeldBy(listed.purpose) : undefined;
}
