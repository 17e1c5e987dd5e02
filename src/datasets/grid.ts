import { DATASET_NAMES, mapColumns, normalizeHeader, REQUIRED } from "./columns";
import type { Dataset } from "./records";
import { detectWideScores } from "./scoresLayout";
import { namedAsPlan, wideHistoryLayout } from "./monthColumns";
import { wideTargetsLayout } from "./readMonthlyTargets";
import { type Grid, HEADER_SEARCH_ROWS, headerTexts } from "./gridBasics";


export { type Grid, HEADER_SEARCH_ROWS, headerTexts } from "./gridBasics";

/** How well one row of a grid works as a dataset's header row. */
export interface HeaderCandidate {
  /** 0-based row in the grid; -1 when the grid has no rows. */
  row: number;
  /** Required roles that map. */
  required: number;
  /** Roles that map, required or not. */
  mapped: number;
  /** Non-blank headers that map to nothing. */
  unknown: number;
  /** Every required role maps: this row can be the header. */
  complete: boolean;
}

/**
 * The row among the first 20 that best serves as the dataset's header row: most required roles, then
 * most roles, then fewest unused headers, then the highest. Used to name what was found when no row
 * has every required column.
 *
 * @param grid - the sheet's cells
 * @param dataset - whose columns to look for
 * @param overrides - role → header text from the plan
 */
export function headerCandidate(grid: Grid, dataset: Dataset, overrides: Readonly<Record<string, string>> = {}, names: readonly string[] = []): HeaderCandidate {
  const best = columnsCandidate(grid, dataset, overrides);
  if (dataset === "monthlyTargets" && !best.complete) {
    // A person per row and a column per month, called targets or a plan, is a complete targets table too.
    const wide = wideTargetsLayout(grid, Math.min(grid.length, HEADER_SEARCH_ROWS), names);
    if (wide) return { row: wide.months.headerRow, required: REQUIRED.monthlyTargets.length, mapped: REQUIRED.monthlyTargets.length + (wide.team === null ? 0 : 1), unknown: 0, complete: true };
  }
  if (dataset === "scores" && !best.complete) {
    // One row per person with a target/actual pair per KPI is a complete KPI sheet too.
    const need = REQUIRED[dataset].length;
    const wide = detectWideScores(grid, overrides, Math.min(grid.length, HEADER_SEARCH_ROWS));
    if (wide) return { row: wide.headerRow, required: need, mapped: need + (wide.team === null ? 0 : 1), unknown: 0, complete: true };
  }
  if (dataset === "history" && !best.complete) {
    // One column per month is a complete history too.
    const months = wideHistoryLayout(grid, Math.min(grid.length, HEADER_SEARCH_ROWS));
    if (months) return { row: months.headerRow, required: REQUIRED.history.length, mapped: REQUIRED.history.length, unknown: 0, complete: true };
  }
  return best;
}

/** The best header row by the dataset's column roles alone (the long layout of a KPI sheet). */
function columnsCandidate(grid: Grid, dataset: Dataset, overrides: Readonly<Record<string, string>>): HeaderCandidate {
  const need = REQUIRED[dataset].length;
  let best: HeaderCandidate = { row: -1, required: -1, mapped: -1, unknown: 0, complete: false };
  const rows = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < rows; row++) {
    const map = mapColumns(dataset, headerTexts(grid[row]), overrides);
    const mapped = Object.keys(map.columns).length;
    const required = need - map.missing.filter((r) => (REQUIRED[dataset] as readonly string[]).includes(r)).length;
    const candidate: HeaderCandidate = { row, required, mapped, unknown: map.unknown.length, complete: map.missing.length === 0 };
    if (better(candidate, best)) best = candidate;
  }
  return best;
}

/** Orders header candidates: complete first, then more required roles, more roles, fewer unknowns. */
function better(a: HeaderCandidate, b: HeaderCandidate): boolean {
  if (a.complete !== b.complete) return a.complete;
  if (a.required !== b.required) return a.required > b.required;
  if (a.mapped !== b.mapped) return a.mapped > b.mapped;
  return a.unknown < b.unknown;
}

/**
 * Finds the header row of a dataset's columns in a grid (for KPI results, of the long layout: a wide
 * sheet is found by `detectWideScores`): among the first 20 rows, one where every required role
 * maps (title rows, merged titles and notes above it are passed over); when several do, the one that
 * maps the most roles, then the highest.
 *
 * @param grid - the sheet's cells
 * @param dataset - whose columns to look for
 * @param overrides - role → header text from the plan
 * @returns the 0-based row, or -1 when no row has every required column
 *
 * @example
 * findHeaderRow([["Q1 pipeline"], [], ["Owner", "Stage", "Amount"], ["Ann", "Lead", 100]], "deals") // => 2
 */
export function findHeaderRow(grid: Grid, dataset: Dataset, overrides: Readonly<Record<string, string>> = {}): number {
  const best = columnsCandidate(grid, dataset, overrides);
  return best.complete ? best.row : -1;
}

/** A place the data may be: a sheet (header anywhere near the top) or a named table (header first). */
export interface SourceCandidate {
  kind: "sheet" | "table";
  name: string;
  /** The sheet a table sits on. */
  sheet?: string;
  /** The first rows at least (up to 20 for a sheet, the header row for a table). */
  grid: Grid;
}

/**
 * Picks where a dataset most likely is among a workbook's sheets and tables: a complete header row
 * first, then the most roles mapped, then fewest unused headers, then a name that says what it holds
 * ("Deals", "商机"; a table has its sheet's name too), then a table over a sheet, then workbook order.
 *
 * @returns the index of the best candidate, or -1 when there are none
 *
 * @example
 * pickSource("deals", [{ kind: "sheet", name: "Notes", grid: [["Hello"]] }, { kind: "sheet", name: "Q1", grid: [["Owner", "Stage", "Amount"]] }]) // => 1
 */
export function pickSource(dataset: Dataset, candidates: readonly SourceCandidate[], overrides: Readonly<Record<string, string>> = {}): number {
  const hints = new Set(DATASET_NAMES[dataset].map(normalizeHeader));
  let best = -1;
  let bestKey: number[] = [];
  candidates.forEach((c, i) => {
    const grid = c.kind === "table" ? c.grid.slice(0, 1) : c.grid;
    const h = headerCandidate(grid, dataset, overrides, [c.name, c.sheet ?? ""]);
    // Months across a sheet called "Targets" or "计划" are the plan, not the sales history.
    if (dataset === "history" && h.complete && findHeaderRow(grid, dataset, overrides) < 0 && [c.name, c.sheet ?? ""].some(namedAsPlan)) return;
    const named = [c.name, c.sheet ?? ""].some((name) => hints.has(normalizeHeader(name)));
    const key = [h.complete ? 1 : 0, h.required, h.mapped, -h.unknown, named ? 1 : 0, c.kind === "table" ? 1 : 0];
    if (best < 0 || compareKeys(key, bestKey) > 0) {
      best = i;
      bestKey = key;
    }
  });
  return best;
}

/** Compares two ranking keys entry by entry: positive when a ranks higher. */
function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
