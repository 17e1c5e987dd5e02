import { serialToDate } from "../../core/text/parseDate";
import type { Cell } from "../../sheets/spec";

/**
 * Shows a cell's value the way Excel would with its number format, for the formats the builders use:
 * General, 0 / 0.00 / #,##0 / #,##0.## and the like (with an optional quoted suffix such as 0.00"x"),
 * percentages (0%, 0.0%) and yyyy-mm-dd dates. Other formats fall back to General.
 *
 * @example
 * formatCell({ v: 1.0476, fmt: "0.0%" }) // => "104.8%"
 * formatCell({ v: 1244500, fmt: "#,##0.00" }) // => "1,244,500.00"
 * formatCell({ v: 46346, fmt: "yyyy-mm-dd" }) // => "2026-11-20"
 */
export function formatCell(cell: Cell | null | undefined): string {
  if (!cell || cell.v === null || cell.v === undefined) return "";
  const { v } = cell;
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (!Number.isFinite(v)) return String(v);
  const fmt = (cell.fmt ?? "General").trim();
  if (/^y{2,4}-m{1,2}-d{1,2}$/i.test(fmt)) return isoDate(v);
  const percent = /^0(?:\.(0+))?%$/.exec(fmt);
  if (percent) return fixed(v * 100, (percent[1] ?? "").length, (percent[1] ?? "").length, false) + "%";
  const number = /^(#,##)?0(?:\.(0*)(#*))?(?:"([^"]*)")?$/.exec(fmt);
  if (number) {
    const min = (number[2] ?? "").length;
    return fixed(v, min, min + (number[3] ?? "").length, number[1] !== undefined) + (number[4] ?? "");
  }
  return general(v);
}

/**
 * Excel rounds what it shows half away from zero on 15 significant digits, so 1.005 shows as 1.01; Intl
 * reads a numeric string as that exact decimal (engines without that read it as the nearest double).
 */
function fixed(value: number, minDigits: number, maxDigits: number, grouping: boolean): string {
  const decimal = value.toPrecision(15) as unknown as number;
  return new Intl.NumberFormat("en-US", { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits, useGrouping: grouping }).format(decimal);
}

/** General: up to 10 significant digits, no float noise, no grouping. */
function general(value: number): string {
  return String(Number.parseFloat(value.toPrecision(10)));
}

/** yyyy-mm-dd of a date serial. */
function isoDate(serial: number): string {
  const { year, month, day } = serialToDate(Math.floor(serial));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
