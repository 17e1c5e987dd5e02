import type { CellValue } from "../excel/cell";
import { parseNumber } from "../core/text/parseNumber";
import { mapColumns } from "./columns";
import { labelKey } from "./keys";
import type { KpiDirection } from "./records";
import { directionHint, hintColumns, parseDirection } from "./scoresLayout";
import { isTotalLabel } from "./totalRows";

/**
 * A KPI library (指标库, KPI设置): a sheet with one row per KPI, its target, and often its weight and
 * direction, beside an actuals sheet with one row per person and a column per KPI. Teams keep the
 * targets there when everyone in a role has the same ones. Found by its header: a KPI and a target
 * column, and neither a person nor an actual column (a long results sheet has those).
 */

export interface KpiLibraryEntry {
  kpi: string;
  target: number;
  weight: number | null;
  direction: KpiDirection | null;
  /** 1-based sheet row. */
  row: number;
}

export interface KpiLibrary {
  sheet: string;
  entries: KpiLibraryEntry[];
}

function text(v: CellValue | undefined): string | null {
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number") return String(v);
  return null;
}

/**
 * The KPI library in a sheet's cells, or null when the sheet is not laid out as one. A row whose target
 * is no number is not a KPI of the library (a heading or a note): a library needs two KPIs with targets.
 *
 * @param grid - the sheet's cells from its first row (`firstRow` on the sheet)
 *
 * @example
 * readKpiLibrary([["指标名称", "权重", "目标值", "指标方向"], ["销售额", "60%", 100, "越高越好"], ["投诉次数", "40%", 4, "越低越好"]], "指标库")
 * // => { sheet: "指标库", entries: [{ kpi: "销售额", target: 100, weight: 0.6, direction: null, row: 2 }, { kpi: "投诉次数", target: 4, weight: 0.4, direction: "lower", row: 3 }] }
 */
export function readKpiLibrary(grid: readonly (readonly CellValue[])[], sheet: string, firstRow = 1, searchRows = 10): KpiLibrary | null {
  for (let r = 0; r < Math.min(grid.length, searchRows); r++) {
    const headers = (grid[r] ?? []).map(text);
    const { columns } = mapColumns("scores", headers);
    if (columns.kpi === undefined || columns.target === undefined || columns.name !== undefined || columns.actual !== undefined) continue;
    const hints = hintColumns(headers);
    const entries: KpiLibraryEntry[] = [];
    const seen = new Set<string>();
    for (let i = r + 1; i < grid.length; i++) {
      const row = grid[i] ?? [];
      const name = text(row[columns.kpi]);
      if (name === null || isTotalLabel(name)) continue;
      const cell = row[columns.target];
      const target = typeof cell === "number" ? cell : typeof cell === "string" ? parseNumber(cell) : null;
      if (target === null || !Number.isFinite(target)) continue;
      const hint = directionHint(name);
      const key = labelKey(hint.text);
      if (seen.has(key)) continue;
      seen.add(key);
      const w = hints.weight === null ? null : row[hints.weight];
      const weight = typeof w === "number" ? w : typeof w === "string" ? parseNumber(w) : null;
      const d = hints.direction === null ? null : row[hints.direction];
      const direction = (typeof d === "string" ? parseDirection(d) : null) ?? hint.direction;
      entries.push({ kpi: hint.text, target, weight: weight !== null && Number.isFinite(weight) ? weight : null, direction, row: firstRow + i });
    }
    return entries.length >= 2 ? { sheet, entries } : null;
  }
  return null;
}
