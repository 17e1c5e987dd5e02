import { findHeaderRow, type Grid, HEADER_SEARCH_ROWS } from "../../datasets/grid";
import { type KpiLibrary, readKpiLibrary } from "../../datasets/kpiLibrary";
import { columnOverrides } from "../../datasets/readDataset";
import { actualsFromLibrary, detectWideScores } from "../../datasets/scoresLayout";
import { type Plan, readOptionsFromPlan } from "../../reviews/plan";
import type { WorkbookHost } from "../../workbook/office";
import type { ReadLanguage } from "../../datasets/readMessages";
import type { GridRead, SourceOption } from "./sources";

/**
 * A KPI library (指标库) in the pane, found as the command line finds it (workbook/xlsxRead.ts readFound):
 * among the sheets already read, the first laid out as one; an actuals-only KPI sheet then takes its
 * targets, weights and directions from it. Part of the engine chunk: it imports the readers.
 */

/** How many rows from the top a header is looked for: a table's header is its first row. */
const searchRows = (option: Pick<SourceOption, "kind">): number => (option.kind === "table" ? 1 : HEADER_SEARCH_ROWS);

/**
 * The workbook's KPI library: the first sheet, in the workbook's order, laid out as one (a KPI and a
 * target column, no person), as the command line finds it; null when none is.
 *
 * @param options - the sources the pane offers (tables and the selection are passed over, as on the command line)
 * @param reads - what the pane read of each, by key
 *
 * @example
 * kpiLibraryIn(options, reads)?.sheet // => "指标库"
 */
export function kpiLibraryIn(options: readonly SourceOption[], reads: ReadonlyMap<string, Pick<GridRead, "grid" | "sheet" | "firstRow">>): KpiLibrary | null {
  for (const option of options) {
    if (option.kind !== "sheet") continue;
    const read = reads.get(option.key);
    const library = read ? readKpiLibrary(read.grid, read.sheet, read.firstRow) : null;
    if (library !== null) return library;
  }
  return null;
}

/**
 * The layout of an actuals-only KPI sheet whose targets are in the library (a person column and a
 * column per KPI of the library), as readDataset finds it; null when the source is none.
 */
export function libraryLayoutOf(option: Pick<SourceOption, "kind">, grid: Grid, overrides: Readonly<Record<string, string>>, library: KpiLibrary) {
  return actualsFromLibrary(grid, library, overrides, searchRows(option));
}

/** Whether a source reads as KPI results by itself: a long header with every required column, or a wide layout. */
function readsAlone(option: SourceOption, grid: Grid, overrides: Readonly<Record<string, string>>): boolean {
  if (findHeaderRow(option.kind === "table" ? grid.slice(0, 1) : grid, "scores", overrides) >= 0) return true;
  return detectWideScores(grid, overrides, searchRows(option)) !== null;
}

/**
 * The source to propose for the KPI results when the workbook has a KPI library: the one proposed when
 * it reads by itself; else, in the order the command line tries them, the proposed one and then every
 * other that is an actuals sheet of the library. `proposed` itself when there is no library or no such sheet.
 *
 * @param proposed - the key findSources proposed for the results (the library sheet itself, often: it has KPI and target columns), or null
 * @param grids - the cells read of each source, by key
 *
 * @example
 * scoresWithLibrary("sheet:指标库", options, grids, plan) // => "sheet:绩效考核"
 */
export function scoresWithLibrary(proposed: string | null, options: readonly SourceOption[], grids: ReadonlyMap<string, Grid>, plan: Plan): string | null {
  const overrides = columnOverrides("scores", readOptionsFromPlan(plan, "scores"));
  const first = options.find((o) => o.key === proposed);
  const firstGrid = first ? grids.get(first.key) : undefined;
  if (first && firstGrid && readsAlone(first, firstGrid, overrides)) return proposed;
  const reads = new Map(options.flatMap((o) => (grids.has(o.key) ? [[o.key, { grid: grids.get(o.key) as Grid, sheet: o.sheet, firstRow: 1 }] as const] : [])));
  const library = kpiLibraryIn(options, reads);
  if (library === null) return proposed;
  for (const option of [...(first ? [first] : []), ...options.filter((o) => o !== first)]) {
    const grid = grids.get(option.key);
    if (!grid || (option.kind === "sheet" && option.sheet === library.sheet)) continue;
    if (libraryLayoutOf(option, grid, overrides, library) !== null) return option.key;
  }
  return proposed;
}

/**
 * The workbook's KPI library, its sheets read from the host (a rebuild from the saved plan reads only the
 * plan's sources, so it looks for the library only when the results do not read by themselves).
 */
export async function hostKpiLibrary(host: WorkbookHost, language: ReadLanguage): Promise<KpiLibrary | null> {
  const list = await host.listSources({ language });
  // The sheets the pane offers as sources (sourceOptions): not the add-in's own, not empty ones.
  for (const sheet of list.sheets) {
    if (sheet.madeByAddin || sheet.address === null) continue;
    const read = await host.readGrid({ sheet: sheet.name }, { language });
    const library = readKpiLibrary(read.grid, read.sheet, read.firstRow);
    if (library !== null) return library;
  }
  return null;
}
