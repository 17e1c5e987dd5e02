/**
 * LibreOffice as a second spreadsheet engine: a written workbook is opened headless with recalculation
 * forced, re-saved, and its freshly computed values read back. LibreOffice does not recalculate an .xlsx
 * on load by default (it shows the cached values the file carries), so every run uses a fresh profile
 * whose settings force it; without that a comparison with the cached values proves nothing.
 */
import { execFile } from "child_process";
import { accessSync, constants as fsConstants } from "fs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
import { CellValue, SheetSpec } from "../../src/sheets/spec";
import type { Formula } from "../../src/excel/formula";

/** The values of every sheet, rows[r][c] from A1, as the engine computed them; errors as "#DIV/0!" text. */
export type EngineValues = Map<string, CellValue[][]>;

export interface EngineMismatch {
  sheet: string;
  /** A1 address, e.g. "C7". */
  cell: string;
  formula: string;
  cached: CellValue;
  engine: CellValue | undefined;
  problem: string;
}

/** The soffice command: $SOFFICE when set (read at each call, so a test can point it elsewhere). */
function soffice(): string {
  return process.env.SOFFICE ?? "soffice";
}
const TIMEOUT_MS = 180_000;
const EXCEL_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"]);

/** The profile setting that makes Calc recalculate every formula of an .xlsx on load (0 = always). */
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** True when a LibreOffice `soffice` binary is on the PATH (or at $SOFFICE). */
export function hasLibreOffice(): boolean {
  const command = soffice();
  const candidates = command.includes(path.sep)
    ? [command]
    : (process.env.PATH ?? "").split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, command));
  return candidates.some((file) => {
    try {
      accessSync(file, fsConstants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Opens the workbook in LibreOffice with every formula recalculated and returns the values of each sheet.
 * Each call uses its own profile, so calls may run in parallel.
 *
 * @example
 * const values = await recalculate("review.xlsx");
 * values.get("Scorecard")?.[4][2] // => 0.93
 */
export async function recalculate(xlsxPath: string): Promise<EngineValues> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-lo-"));
  try {
    const profile = path.join(work, "profile");
    await fs.mkdir(path.join(profile, "user"), { recursive: true });
    await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
    const input = path.join(work, "in", "book.xlsx");
    const outDir = path.join(work, "out");
    await fs.mkdir(path.dirname(input));
    await fs.mkdir(outDir);
    // A copy with a plain name: the output is named after the input, and the input must stay untouched.
    await fs.copyFile(xlsxPath, input);
    const args = [
      "--headless",
      "--norestore",
      "--nologo",
      "--nodefault",
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      input,
    ];
    const run = await runSoffice(args);
    const output = path.join(outDir, "book.xlsx");
    const exists = await fs.stat(output).then(() => true, () => false);
    if (!exists) {
      throw new Error(`LibreOffice did not produce a recalculated copy of ${xlsxPath}.\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
    }
    return await readValues(output);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/**
 * `recalculate` for several workbooks in one LibreOffice run (one start-up instead of one per file):
 * the values of each, in the order given.
 *
 * @example
 * const [a, b] = await recalculateAll(["a.xlsx", "b.xlsx"]);
 */
export async function recalculateAll(xlsxPaths: readonly string[]): Promise<EngineValues[]> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-lo-"));
  try {
    const profile = path.join(work, "profile");
    await fs.mkdir(path.join(profile, "user"), { recursive: true });
    await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
    const inDir = path.join(work, "in");
    const outDir = path.join(work, "out");
    await fs.mkdir(inDir);
    await fs.mkdir(outDir);
    // Copies with plain, distinct names: the outputs are named after the inputs, which stay untouched.
    const inputs = await Promise.all(xlsxPaths.map(async (file, i) => {
      const input = path.join(inDir, `book${i}.xlsx`);
      await fs.copyFile(file, input);
      return input;
    }));
    const run = await runSoffice(["--headless", "--norestore", "--nologo", "--nodefault", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", "xlsx", "--outdir", outDir, ...inputs]);
    const values: EngineValues[] = [];
    for (let i = 0; i < xlsxPaths.length; i++) {
      const output = path.join(outDir, `book${i}.xlsx`);
      if (!(await fs.stat(output).then(() => true, () => false))) {
        throw new Error(`LibreOffice did not produce a recalculated copy of ${xlsxPaths[i]}.\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
      }
      values.push(await readValues(output));
    }
    return values;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/**
 * Converts a workbook with LibreOffice (its own fresh profile) to another format, such as "pdf" or
 * "fods", and returns the path of the converted file in `outDir`.
 *
 * @example
 * await convertWithLibreOffice("review.xlsx", "pdf", dir) // => "<dir>/review.pdf"
 */
export async function convertWithLibreOffice(xlsxPath: string, format: string, outDir: string): Promise<string> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-lo-profile-"));
  try {
    const run = await runSoffice(["--headless", "--norestore", "--nologo", "--nodefault", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", format, "--outdir", outDir, xlsxPath]);
    const output = path.join(outDir, `${path.basename(xlsxPath, path.extname(xlsxPath))}.${format.split(":")[0]}`);
    if (!(await fs.stat(output).then(() => true, () => false))) throw new Error(`LibreOffice did not convert ${xlsxPath} to ${format}.\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
    return output;
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
}

/**
 * Converts a workbook to PDF with LibreOffice (a fresh profile, as `recalculate` uses) and returns the
 * PDF's path inside `outDir`, named after the workbook.
 *
 * @example
 * await convertToPdf("review.xlsx", "out") // => "out/review.pdf"
 */
export async function convertToPdf(xlsxPath: string, outDir: string): Promise<string> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-lo-pdf-"));
  try {
    const profile = path.join(work, "profile");
    await fs.mkdir(path.join(profile, "user"), { recursive: true });
    await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
    const args = ["--headless", "--norestore", "--nologo", "--nodefault", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", "pdf", "--outdir", outDir, xlsxPath];
    const run = await runSoffice(args);
    const output = path.join(outDir, `${path.basename(xlsxPath, path.extname(xlsxPath))}.pdf`);
    if (!(await fs.stat(output).then(() => true, () => false))) {
      throw new Error(`LibreOffice did not convert ${xlsxPath} to PDF.\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
    }
    return output;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** True when a command is on the PATH. */
export function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).filter(Boolean).some((dir) => {
    try {
      accessSync(path.join(dir, command), fsConstants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * `describe` for suites that render workbooks to PDF and pictures: LibreOffice and poppler's pdftotext,
 * pdfinfo and pdftoppm. Like describeWithLibreOffice, it fails in CI without them and skips loudly elsewhere.
 */
export function describeWithPdfTools(name: string, fn: () => void): void {
  const missing = [hasLibreOffice() ? null : soffice(), ...["pdftotext", "pdftoppm", "pdfinfo", "pdffonts"].map((c) => (onPath(c) ? null : c))].filter((c) => c !== null);
  if (missing.length === 0) {
    describe(name, fn);
  } else if (process.env.CI) {
    describe(name, () => {
      it("has LibreOffice and poppler-utils to render with", () => {
        throw new Error(`required in CI but not on the PATH: ${missing.join(", ")} (.ci/run installs libreoffice-calc-nogui and poppler-utils)`);
      });
    });
  } else {
    console.warn(
      `\n*** SKIPPED "${name}": ${missing.join(", ")} not installed, so no workbook is rendered to PDF and pictures.\n` +
        `*** Install them (apt-get install --no-install-recommends libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito); CI fails without them.\n`,
    );
    describe.skip(name, fn);
  }
}

function runSoffice(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const command = soffice();
    execFile(command, args, { timeout: TIMEOUT_MS, env: { ...process.env, SAL_USE_VCLPLUGIN: "svp" } }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === "ENOENT") {
        reject(new Error(`LibreOffice is not installed: "${command}" was not found on the PATH (apt-get install libreoffice-calc-nogui, see .ci/run)`));
      } else if (error) {
        reject(new Error(`LibreOffice failed (${error.message}).\nstdout: ${stdout}\nstderr: ${stderr}`));
      } else {
        resolve({ stdout, stderr });
      }
    });
  });
}

/** Reads every sheet's values from an .xlsx: formula cells give their cached result. */
export async function readValues(xlsxPath: string): Promise<EngineValues> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  const values: EngineValues = new Map();
  workbook.eachSheet((ws) => {
    const rows: CellValue[][] = [];
    // ExcelJS's columnCount walks every row each time it is read: read it once, or a 15,000-row copy
    // takes minutes (rows² × columns).
    const rowCount = ws.rowCount;
    const columnCount = ws.columnCount;
    for (let r = 1; r <= rowCount; r++) {
      const row = ws.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= columnCount; c++) {
        const cell = row.getCell(c);
        // cell.value drops a formula's result when it is 0 or false; cell.result keeps it.
        cells.push(cell.type === ExcelJS.ValueType.Formula ? plainValue(cell.result as ExcelJS.CellValue) : plainValue(cell.value));
      }
      rows.push(cells);
    }
    values.set(ws.name, rows);
  });
  return values;
}

/**
 * The formula cells of a written file as SheetSpecs (formula and cached value, nothing else), so a file
 * made by the command line can be checked against the engine like a build made in the test.
 */
export async function readFormulaSpecs(xlsxPath: string): Promise<SheetSpec[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  const specs: SheetSpec[] = [];
  workbook.eachSheet((ws) => {
    const rows: SheetSpec["rows"] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        (rows[r - 1] ??= [])[c - 1] = { f: cell.formula as Formula, v: plainValue(cell.result as ExcelJS.CellValue) };
      });
    });
    specs.push({ name: ws.name, purpose: "data", rows: Array.from(rows, (row) => row ?? []) });
  });
  return specs;
}

/** An ExcelJS cell value as a plain value: formula results unwrapped, dates back to serials, errors as text. */
function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("text" in value) return String(value.text);
  return null;
}

/**
 * Compares every formula cell of the specs with the value the engine computed: numbers within 1e-9
 * (relative, or absolute near zero), text and true/false exactly, and no Excel error anywhere.
 *
 * @example
 * compareWithEngine(build.sheets, await recalculate("review.xlsx")) // => []
 */
export function compareWithEngine(sheets: readonly SheetSpec[], recalculated: EngineValues): EngineMismatch[] {
  const mismatches: EngineMismatch[] = [];
  for (const spec of sheets) {
    const engineRows = recalculated.get(spec.name);
    spec.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || cell.f === undefined) return;
        const engine = engineRows === undefined ? undefined : (engineRows[r]?.[c] ?? null);
        const problem =
          engineRows === undefined ? "the engine's copy has no such sheet" : isExcelError(engine) ? `the engine gives ${String(engine)}` : differs(cell.v, engine);
        if (problem) mismatches.push({ sheet: spec.name, cell: address(r, c), formula: cell.f, cached: cell.v, engine, problem });
      }),
    );
  }
  return mismatches;
}

function differs(cached: CellValue, engine: CellValue | undefined): string | null {
  if (isExcelError(cached)) return `the cached value is the error ${cached}`;
  if (typeof cached === "number" && typeof engine === "number") {
    const gap = Math.abs(cached - engine);
    return gap <= 1e-9 || gap <= 1e-9 * Math.max(Math.abs(cached), Math.abs(engine)) ? null : `differs by ${gap}`;
  }
  // A formula cached as empty is written as "" (the only empty a formula can show).
  const same = (cached ?? "") === (engine ?? "");
  return same ? null : "differs";
}

function isExcelError(value: CellValue | undefined): boolean {
  return typeof value === "string" && EXCEL_ERRORS.has(value);
}

function address(r: number, c: number): string {
  let n = c + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${r + 1}`;
}

/**
 * `describe` for suites that need LibreOffice. Without it they fail in CI (process.env.CI) and are
 * skipped elsewhere, with a warning that says why.
 */
export function describeWithLibreOffice(name: string, fn: () => void): void {
  if (hasLibreOffice()) {
    describe(name, fn);
  } else if (process.env.CI) {
    describe(name, () => {
      it("has LibreOffice to recalculate with", () => {
        throw new Error(`LibreOffice is required in CI: "${soffice()}" is not on the PATH (.ci/run installs libreoffice-calc-nogui)`);
      });
    });
  } else {
    console.warn(
      `\n*** SKIPPED "${name}": LibreOffice (soffice) is not installed, so no engine recalculates these workbooks.\n` +
        `*** Install it (apt-get install --no-install-recommends libreoffice-calc-nogui) to run the engine tests; CI fails without it.\n`,
    );
    describe.skip(name, fn);
  }
}
