import { show } from "../core/errors";
import type { Grid } from "./grid";
import { labelKey } from "./keys";
import type { Context } from "./readContext";
import { columnLetter } from "../excel/a1";
import type { RateRecord } from "./records";

/**
 * A commission rate sheet (Commission Rates, 提成比例表): how its rate column writes a rate, and the
 * checks its tiers must pass (ascending within a product line, each "to" meeting the next "from").
 */

/**
 * How the rate column writes a rate: in percent (5 for 5%) when its header says "%" or any number in it
 * is above 1, else as a fraction (0.05). A cell typed "5%" is a fraction either way.
 *
 * @returns the factor that turns a plain number of the column into a fraction: 0.01 or 1
 */
export function rateScale(ctx: Context<"rates">, grid: Grid, headerRow: number): number {
  const col = ctx.columns.rate;
  if (col === undefined) return 1;
  if ((ctx.headers.rate ?? "").includes("%")) return 0.01;
  for (let i = headerRow + 1; i < grid.length; i++) {
    const v = grid[i]?.[col];
    if (typeof v === "number" && v > 1) return 0.01;
    if (typeof v === "string" && !v.includes("%") && Number(v.replace(/,/g, "")) > 1) return 0.01;
  }
  return 1;
}

/**
 * Records a problem for each tier that breaks the table: a "from" not above the tier before it on the
 * same product line, or a "to" that the next tier's "from" neither meets nor follows by at most 1 (0 to
 * 9,999 then 10,000 is one table; 0 to 10,000 then 12,000 leaves a gap, then 8,000 an overlap).
 */
export function checkRateTiers(ctx: Context<"rates">, records: readonly RateRecord[]): void {
  const byLine = new Map<string, RateRecord[]>();
  for (const r of records) {
    const key = labelKey(r.line ?? "");
    const tiers = byLine.get(key);
    if (tiers) tiers.push(r);
    else byLine.set(key, [r]);
  }
  const { m } = ctx;
  for (const tiers of byLine.values()) {
    for (let i = 1; i < tiers.length; i++) {
      const before = tiers[i - 1];
      const tier = tiers[i];
      const role = ctx.columns.from !== undefined ? "from" : ctx.columns.line !== undefined ? "line" : "rate";
      const place = m.cell(ctx.where.sheet, tier.row, columnLetter(ctx.firstCol - 1 + (ctx.columns[role] as number)), ctx.headers[role] as string);
      if (!(tier.from > before.from)) {
        ctx.problems.push({ row: tier.row, text: m.at(place, m.tierOrder(show(tier.from), show(before.from), before.row)) });
      } else if (before.to !== null && (tier.from < before.to || tier.from > before.to + 1)) {
        ctx.problems.push({ row: tier.row, text: m.at(place, m.tierGap(show(tier.from), show(before.to), before.row)) });
      }
    }
  }
  ctx.problems.sort((a, b) => a.row - b.row);
}
