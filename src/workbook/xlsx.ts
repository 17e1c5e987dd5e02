/**
 * The file hosts: reading a team's .xlsx workbook or CSV/TSV export into grids and typed records
 * (`openInput` picks the reader by the file's content), and writing SheetSpecs to a new .xlsx. Reading
 * .xlsx uses a small streaming reader of the sheet XML (ExcelJS took 11 s and 800 MB for 200,000 rows;
 * this takes about 2 s and 340 MB); CSV is split by csv-parse; writing uses ExcelJS, streaming for large
 * builds.
 */
export { openInput } from "./openInput";
export { openWorkbook, readSource } from "./xlsxRead";
export type { WorkbookData, SheetGrid } from "./xlsxRead";
export { writeWorkbook, workbookBuffer, readSheetMarks, MARKER_NAME } from "./xlsxWrite";
