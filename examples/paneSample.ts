/**
 * The sample team as the task pane writes it into an open workbook ("Try it with sample data"): the
 * bundled sample workbooks that generate.ts makes, read back cell for cell (values, number formats,
 * merged title cells, column widths) with the plan that goes with them, into one JSON file per language
 * under src/taskpane/sample/.
 * The activity log (15,000 rows) is left out: the pane's first run walks through a scorecard, and the
 * file stays small enough to load on a click. `npx tsx examples/paneSample.ts` rewrites the files;
 * test/taskpane/sample.test.ts fails when they differ from the workbooks.
 */
import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { SampleSheet, SampleTeam } from "../src/taskpane/sample/sampleTeam";
import { EXAMPLE_FILES, type Language } from "./generate";

/** Sheets of the sample workbook left out of the pane's copy, by position in the English and Chinese books. */
const LEFT_OUT = new Set(["Activities", "销售活动"]);

const EXCEL_EPOCH = 25569;
const DAY_MS = 86_400_000;

function cellValue(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime() / DAY_MS + EXCEL_EPOCH;
  if (typeof value === "object") {
    if ("result" in value) return cellValue(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    return null;
  }
  return value;
}

/** Reads one sample workbook into the pane's form. */
export async function readSample(file: string, planFile: string, language: Language): Promise<SampleTeam> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: SampleSheet[] = [];
  for (const ws of workbook.worksheets) {
    if (LEFT_OUT.has(ws.name)) continue;
    const width = ws.columnCount;
    const rows: SampleSheet["rows"] = [];
    const formats: (string | null)[] = Array.from({ length: width }, () => null);
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const values = Array.from({ length: width }, (_, c) => cellValue(row.getCell(c + 1).value));
      rows[r - 1] = values;
      values.forEach((v, c) => {
        const fmt = row.getCell(c + 1).numFmt;
        if (typeof v === "number" && fmt && formats[c] === null) formats[c] = fmt;
      });
    });
    for (let r = 0; r < rows.length; r++) rows[r] ??= Array.from({ length: width }, () => null);
    const widths = Array.from({ length: width }, (_, c) => ws.getColumn(c + 1).width ?? 10);
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).slice().sort();
    // ExcelJS gives every cell of a merged range the value of its first: the others are empty in the file.
    for (const merge of merges) {
      const [from, to] = merge.split(":").map((a) => ws.getCell(a));
      for (let r = Number(from.row); r <= Number(to.row); r++) for (let c = Number(from.col); c <= Number(to.col); c++) if (r !== Number(from.row) || c !== Number(from.col)) rows[r - 1][c - 1] = null;
    }
    sheets.push({ name: ws.name, rows, formats, widths, merges });
  }
  const plan = JSON.parse(await fs.readFile(planFile, "utf8")) as unknown;
  // The review the first run opens on the sample, and the sheets it reads (generate.ts: people first, KPI results second).
  const first = { review: "scorecard" as const, sources: { people: sheets[0].name, scores: sheets[1].name } };
  return { language, first, plan, sheets };
}

/** Where the pane's copy of each language's sample lives. */
export function sampleFile(language: Language): string {
  return path.join(__dirname, "..", "src", "taskpane", "sample", `sampleTeam.${language}.json`);
}

/** The pane's copy of a sample, as written to its file. */
export async function sampleText(language: Language): Promise<string> {
  return `${JSON.stringify(await readSample(path.join(__dirname, EXAMPLE_FILES[language].workbook), path.join(__dirname, EXAMPLE_FILES[language].plan), language))}\n`;
}

if (require.main === module) {
  (async () => {
    for (const language of ["en", "zh-CN"] as const) {
      await fs.writeFile(sampleFile(language), await sampleText(language));
      console.log(`wrote ${path.relative(process.cwd(), sampleFile(language))}`);
    }
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
