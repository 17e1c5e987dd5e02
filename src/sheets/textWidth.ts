import type { CellValue } from "../excel/cell";

/**
 * How wide a cell's text is once a spreadsheet shows it: the text a number becomes under its number
 * format (the formats of sheets/formats.ts), and that text's width in Excel's column unit, the width of
 * one digit of the sheet's font. Widths come from a table of character classes measured on Calibri
 * 11 (and its metric twin Carlito, which LibreOffice draws in its place), rounded up so that a column
 * sized from them never cuts its text; CJK characters count double.
 */

/** Excel's day 0 is 1899-12-30 in its 1900 date system (day 60, the phantom 1900-02-29, is not used here). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * The text a spreadsheet shows for a value under a number format: dates, thousands separators,
 * decimals, percentages and quoted suffixes as the review sheets use them; General as Excel shows it
 * in a standard column (at most 11 characters).
 *
 * @example
 * displayText(1234567.5, "#,##0.00") // => "1,234,567.50"
 * displayText(0.4375, "0.0%") // => "43.8%"
 * displayText(46346, "yyyy-mm-dd") // => "2026-11-20"
 */
export function displayText(value: CellValue, fmt?: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#NUM!";
  if (fmt === undefined || fmt === "General" || fmt === "@") return generalText(value);
  if (/[yd]/i.test(fmt.replace(/"[^"]*"/g, ""))) return dateText(value, fmt);
  const suffix = [...fmt.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join("");
  const pattern = fmt.replace(/"[^"]*"/g, "");
  const percent = pattern.includes("%");
  const decimals = /\.(0+)/.exec(pattern)?.[1].length ?? 0;
  const grouped = pattern.includes(",");
  const shown = percent ? value * 100 : value;
  const fixed = Math.abs(shown).toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const digits = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const negative = shown < 0 && Number(fixed) !== 0;
  return `${negative ? "-" : ""}${digits}${fraction ? `.${fraction}` : ""}${percent ? "%" : ""}${suffix}`;
}

function generalText(value: number): string {
  const plain = String(value);
  if (plain.length <= 11 && !plain.includes("e")) return plain;
  for (let digits = 10; digits >= 1; digits--) {
    const text = String(Number(value.toPrecision(digits)));
    if (text.length <= 11) return text;
  }
  for (let digits = 5; digits >= 0; digits--) {
    const text = value.toExponential(digits).replace(/e([+-])(\d)$/, "e$10$2").replace("e", "E");
    if (text.length <= 11) return text;
  }
  return value.toExponential(0).toUpperCase();
}

function dateText(serial: number, fmt: string): string {
  const day = new Date(EPOCH_MS + Math.floor(serial) * DAY_MS);
  const y = String(day.getUTCFullYear());
  const m = String(day.getUTCMonth() + 1).padStart(2, "0");
  const d = String(day.getUTCDate()).padStart(2, "0");
  return fmt.replace(/yyyy/i, y).replace(/mm/i, m).replace(/dd/i, d).replace(/"/g, "");
}

/** A look's effect on width: bold text runs wider, larger text wider in proportion. */
export interface TextLook {
  bold?: boolean;
  /** Points; 11 is the body size. */
  size?: number;
  /** The sheet's face is a CJK font: its Latin text runs wider (see textWidth). */
  cjkFace?: boolean;
}

/** Full-width characters: CJK ideographs and punctuation, kana, hangul, full-width forms. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const NARROW = new Set("iljtfrI.,:;!|' ()[]-/\u00B7");
const WIDE_LATIN = new Set("mwMW@%");

/** One character's width in digits of Calibri 11, rounded up. */
function charWidth(ch: string): number {
  if (WIDE.test(ch)) return 2;
  if (NARROW.has(ch)) return 0.6;
  if (WIDE_LATIN.has(ch)) return 1.45;
  if (ch >= "A" && ch <= "Z") return 1.1;
  if (ch >= "0" && ch <= "9") return 1;
  if (ch.charCodeAt(0) > 0x2000) return 1.3;
  return 0.95;
}

/**
 * The width of a line of text in Excel's column unit (digits of the body font), for the look given.
 *
 * @example
 * textWidth("1,234") // => 4.6
 * textWidth("目标") // => 4
 */
export function textWidth(text: string, look: TextLook = {}): number {
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    // Latin glyphs of a CJK face run wider than Calibri's: about an eighth in 等线, a quarter in the
    // faces drawn in its place where it is missing (DejaVu Sans, Noto Sans CJK).
    width += w === 2 || !look.cjkFace ? w : w * 1.3;
  }
  const scale = ((look.size ?? 11) / 11) * (look.bold ? 1.08 : 1);
  return Math.round(width * scale * 100) / 100;
}
