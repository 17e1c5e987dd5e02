import { type Language, pick } from "../i18n/languages";
import { fitColumns } from "./columnFit";
import { SHEET_FONTS } from "./looks";
import { pageSetupFor } from "./pageSetup";
import type { SheetSpec } from "./spec";

/**
 * The last step of every build, the same for every review and data copy: the sheet's named font, its
 * columns fitted to what they show (sheets/columnFit.ts), and how it prints (sheets/pageSetup.ts). Each
 * sheet comes back as a new object; the specs given are not changed.
 *
 * @example
 * finishSheets(build.sheets, "zh-CN", 46346)[0].font // => "等线"
 */
export function finishSheets(sheets: readonly SheetSpec[], language: Language, asOf: number): SheetSpec[] {
  const font = pick(language, SHEET_FONTS);
  return sheets.map((spec) => {
    const fit = fitColumns(spec, { cjkFace: font.cjk });
    const hidden = new Set<number>();
    for (const g of spec.columnGroups ?? []) if (g.collapsed) for (let c = g.first; c <= g.last; c++) hidden.add(c);
    return {
      ...spec,
      font: font.name,
      columnWidths: fit.columnWidths,
      ...(fit.rowHeights.length > 0 ? { rowHeights: fit.rowHeights } : {}),
      page: pageSetupFor(spec, fit.columnWidths, hidden, language, asOf),
    };
  });
}
