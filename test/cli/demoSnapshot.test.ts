import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { gunzipSync, gzipSync } from "zlib";
import ExcelJS from "exceljs";
import { EXAMPLE_FILES, writeExamples } from "../../examples/generate";
import { main } from "../../src/cli/main";

/**
 * The demo's two review workbooks, cell for cell: every value, formula and number format of every sheet,
 * held against a committed snapshot. A restructuring must leave what users get unchanged; a deliberate
 * change rewrites the snapshot with `UPDATE_DEMO_SNAPSHOT=1 npx jest test/cli/demoSnapshot.test.ts` and
 * says why in its commit.
 */

const TODAY = 46346; // 2026-11-20; the demo's plan fixes its own as-of date anyway
const SNAPSHOTS = path.join(__dirname, "..", "snapshots");

/** sheet name → "A1" → [value, formula, number format] */
type WorkbookCells = Record<string, Record<string, [unknown, string | null, string | null]>>;

async function cellsOf(file: string): Promise<WorkbookCells> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const cells: WorkbookCells = {};
  for (const sheet of book.worksheets) {
    const out: WorkbookCells[string] = {};
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const raw = cell.value as unknown;
        const isFormula = raw !== null && typeof raw === "object" && "formula" in (raw as object);
        const value = isFormula ? (raw as { result?: unknown }).result ?? null : raw instanceof Date ? raw.toISOString() : raw;
        const formula = isFormula ? (raw as { formula: string }).formula : null;
        const fmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null;
        if (value === null && formula === null && fmt === null) return;
        out[cell.address] = [value, formula, fmt];
      });
    });
    cells[sheet.name] = out;
  }
  return cells;
}

/** The first differences between two snapshots, as lines a person can read. */
function differences(expected: WorkbookCells, actual: WorkbookCells, most = 25): string[] {
  const lines: string[] = [];
  const sheets = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const sheet of sheets) {
    const e = expected[sheet] ?? {};
    const a = actual[sheet] ?? {};
    if (!(sheet in actual)) lines.push(`sheet "${sheet}" is missing`);
    if (!(sheet in expected)) lines.push(`sheet "${sheet}" is new`);
    for (const address of new Set([...Object.keys(e), ...Object.keys(a)])) {
      if (JSON.stringify(e[address]) !== JSON.stringify(a[address])) {
        lines.push(`${sheet}!${address}: expected ${JSON.stringify(e[address] ?? null)}, got ${JSON.stringify(a[address] ?? null)}`);
      }
      if (lines.length >= most) return lines;
    }
  }
  return lines;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-demo-snapshot-"));
  await writeExamples(dir);
}, 120_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each([
  ["en", EXAMPLE_FILES.en],
  ["zh-CN", EXAMPLE_FILES["zh-CN"]],
])("the demo review workbook (%s)", (language, files) => {
  it("holds the same values, formulas and formats as the committed snapshot", async () => {
    const output = path.join(dir, `review-${language}.xlsx`);
    const silent = (): void => undefined;
    const code = await main(["all", "--in", path.join(dir, files.workbook), "--plan", path.join(dir, files.plan), "--out", output], {
      stdout: silent,
      stderr: silent,
      stderrIsTTY: false,
      today: TODAY,
    });
    expect(code).toBe(0);
    const actual = await cellsOf(output);
    const file = path.join(SNAPSHOTS, `demo-review.${language}.json.gz`);
    if (process.env.UPDATE_DEMO_SNAPSHOT === "1") {
      await fs.writeFile(file, gzipSync(JSON.stringify(actual)));
    }
    const expected = JSON.parse(gunzipSync(await fs.readFile(file)).toString("utf8")) as WorkbookCells;
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    expect(differences(expected, actual)).toEqual([]);
  }, 120_000);
});
