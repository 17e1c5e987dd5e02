import type { Catalogue } from "../i18n/languages";
import type { CellStyle, ConditionalFormat } from "./spec";

/**
 * How the named styles and conditional-format looks appear, in one place for both hosts (the .xlsx
 * writer and the Office.js writer), so a sheet looks the same whichever wrote it. Colours are RGB hex.
 */
export interface StyleLook {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  /** A thin border along one edge of the styled cells. */
  edge?: "top" | "bottom";
  /** Long text wraps onto more lines within the column (headers). */
  wrap?: boolean;
}

/**
 * The face every cell of a sheet is drawn in, named so that Excel, WPS and LibreOffice draw the same one
 * (unnamed, LibreOffice drew bold cells in a serif face): Calibri for English sheets (LibreOffice uses
 * its metric twin Carlito), 等线 (DengXian, Office's Chinese face) for Chinese ones.
 */
export const SHEET_FONTS: Catalogue<{ name: string; cjk: boolean }> = {
  en: { name: "Calibri", cjk: false },
  "zh-CN": { name: "等线", cjk: true },
};

/** The size of body text, in points; a style without a size of its own has this one. */
export const BODY_SIZE = 11;

export const STYLE_LOOKS: Readonly<Record<CellStyle, StyleLook>> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: "595959" },
  header: { bold: true, fill: "D9E1F2", edge: "bottom", wrap: true },
  input: { fill: "FFF2CC" },
  total: { bold: true, edge: "top" },
  check: { bold: true },
  warning: { color: "C65911" },
};

export type Look = Extract<ConditionalFormat, { type: "expression" }>["look"];

/** Excel's own "Good", "Bad" and "Neutral" cell colours, and a soft orange to point at a cell. */
export const CONDITIONAL_LOOKS: Readonly<Record<Look, { fill: string; font?: string }>> = {
  good: { fill: "C6EFCE", font: "006100" },
  bad: { fill: "FFC7CE", font: "9C0006" },
  neutral: { fill: "FFEB9C", font: "9C5700" },
  highlight: { fill: "FCE4D6" },
};

export const BORDER_COLOR = "808080";
