import { mapColumns, REQUIRED, ROLES } from "../../datasets/columns";
import { type Grid, headerTexts } from "../../datasets/gridBasics";
import type { Dataset } from "../../datasets/records";
import type { WideLayout } from "../../datasets/scoresLayout";

/*
 * Which column holds each role of a dataset, as the pane shows and changes it. Kept apart from the
 * readers so the column step renders without loading them.
 */

/** Role → 0-based column in the header row, or null when no column is used for it. */
export type ColumnChoice = Record<string, number | null>;

/**
 * The columns detected for each role of a dataset from its header row, the plan's overrides first.
 *
 * @example
 * detectColumns("deals", ["Owner", "Stage", "Amount"]) // => { id: null, owner: 0, stage: 1, amount: 2, created: null, ... }
 */
export function detectColumns(dataset: Dataset, headers: readonly (string | null)[], overrides: Readonly<Record<string, string>> = {}): ColumnChoice {
  const { columns } = mapColumns(dataset, headers, overrides);
  const choice: ColumnChoice = {};
  for (const role of ROLES[dataset]) choice[role] = (columns as Record<string, number | undefined>)[role] ?? null;
  return choice;
}

/** The header texts of a chosen source: a wide KPI sheet's as its layout reads them (a two-row header joined). */
export function chosenHeaders(chosen: { read: { grid: Grid }; headerRow: number; wide?: WideLayout | null }): (string | null)[] {
  if (chosen.wide) return chosen.wide.headers;
  return chosen.headerRow >= 0 ? headerTexts(chosen.read.grid[chosen.headerRow]) : [];
}

/** The roles a wide KPI sheet needs chosen: the person; the KPIs come from its headers. */
const WIDE_REQUIRED = ["name"];

/**
 * What keeps a column choice from being read: required roles without a column, and columns chosen twice.
 * A wide KPI sheet (`wide`) needs only the person's column.
 */
export function choiceProblems(dataset: Dataset, choice: ColumnChoice, wide = false): { missing: string[]; twice: number[] } {
  const missing = (wide ? WIDE_REQUIRED : (REQUIRED[dataset] as readonly string[])).filter((role) => choice[role] === null || choice[role] === undefined);
  const used = Object.values(choice).filter((col): col is number => col !== null);
  const twice = [...new Set(used.filter((col, i) => used.indexOf(col) !== i))];
  return { missing, twice };
}

/**
 * The column overrides to keep in the plan: only the roles where the user's choice differs from what
 * the headers say by themselves, so a header renamed next month is still found by its synonyms.
 */
export function choiceOverrides(dataset: Dataset, headers: readonly (string | null)[], choice: ColumnChoice): Record<string, string> {
  const auto = detectColumns(dataset, headers);
  const overrides: Record<string, string> = {};
  for (const [role, col] of Object.entries(choice)) {
    if (col !== null && col !== auto[role] && headers[col]) overrides[role] = headers[col] as string;
  }
  return overrides;
}

