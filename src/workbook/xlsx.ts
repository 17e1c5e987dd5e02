/**
 * The file host: reading a team's .xlsx into grids and typed records, and writing SheetSpecs to a new
 * .xlsx. Reading uses a small streaming reader of the sheet XML (ExcelJS took 11 s and 800 MB for
 * 200,000 rows; this takes about 2 s and 340 MB); writing uses ExcelJS, streaming for large builds.
 */
export { openWorkbook, readSource } from "./xlsxRead";
export type { WorkbookData, SheetGrid } from "./xlsxRead";
export { writeWorkbook, workbookBuffer, readSheetMarks, MARKER_NAME } from "./xlsxWrite";
