import { parseRange } from "../excel/a1";
import type { ChartSpec, SheetSpec } from "./spec";

/**
 * Where a chart's value axis starts: at zero when every value it shows is zero or more, so a bar's
 * length is its amount (left to itself, Excel and LibreOffice start the axis near the smallest value
 * when the values lie close together: 129,150 against 147,070 then looks a third of it); left to the
 * application (null) when a value is negative, or when there is no number to show. Both writers draw
 * the axis this way, from the values the sheet caches.
 *
 * @example
 * valueAxisMinimum(sheet, { ...chart, series: [{ name: "Sales", values: "B2:B4" }] }) // => 0 (147,070, 137,610, 129,150)
 */
export function valueAxisMinimum(sheet: Pick<SheetSpec, "rows">, chart: Pick<ChartSpec, "series">): 0 | null {
  let any = false;
  for (const series of chart.series) {
    const area = parseRange(series.values);
    if (!area) continue;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const v = sheet.rows[r]?.[c]?.v;
        if (typeof v !== "number" || !Number.isFinite(v)) continue;
        if (v < 0) return null;
        any = true;
      }
    }
  }
  return any ? 0 : null;
}
