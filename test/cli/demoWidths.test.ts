import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { wrapLines } from "../../src/sheets/columnFit";
import { displayText, textWidth } from "../../src/sheets/textWidth";

/**
 * The demo's review workbooks as written, cell by cell: no cell's text is wider than its column (from a
 * width table of Calibri's characters, CJK counted double), so at 100% zoom no number shows ### and no
 * name or header is cut off by the cell beside it. Text with an empty cell on its right may run on into
 * it, as spreadsheets draw it; a wrapped header must fit its column in the lines its row is tall enough
 * for. Read back from the file, so the widths, formats and fonts checked are those Excel will read.
 */

const examples = path.resolve(__dirname, "../../examples");
const TODAY = 46346;

interface Overflow {
  cell: string;
  text: string;
  width: number;
  column: number;
}

function plain(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("error" in value) return value.error;
    return null;
  }
  return value;
}

function overflows(ws: ExcelJS.Worksheet): Overflow[] {
  const found: Overflow[] = [];
  const lastCol = ws.columnCount;
  ws.eachRow((row) => {
    row.eachCell((cell, c) => {
      if (ws.getColumn(c).hidden || (cell.isMerged && cell.master.address !== cell.address)) return;
      if (cell.isMerged) return; // a merged heading spans several columns
      const value = plain(cell.value);
      if (value === null || value === "") return;
      const cjkFace = cell.font?.name === "等线";
      const look = { bold: cell.font?.bold === true, size: cell.font?.size, cjkFace };
      const text = displayText(value, cell.numFmt || undefined);
      const column = ws.getColumn(c).width ?? 8.43;
      const right = plain(row.getCell(c + 1).value);
      if (typeof value === "string" && cell.alignment?.wrapText) {
        const lines = wrapLines(text, column - 1, look).length;
        const height = row.height ?? 15;
        if (lines * 14.5 > height + 0.5 && lines > 1) found.push({ cell: cell.address, text: `${text} (${lines} lines in ${height} points)`, width: lines, column });
        return;
      }
      // Text may run on into an empty cell on its right, except in the last column and in a cell people fill in.
      const input = cell.fill?.type === "pattern" && cell.fill.fgColor?.argb === "FFFFF2CC";
      if (typeof value === "string" && (right === null || right === undefined) && c < lastCol && !input) return;
      const width = textWidth(text, look);
      if (width > column - 0.5) found.push({ cell: cell.address, text, width, column });
    });
  });
  return found;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-demo-widths-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each([
  { language: "en", input: "sample-team.xlsx", plan: "plan.json" },
  { language: "zh-CN", input: "sample-team-zh.xlsx", plan: "plan-zh.json" },
])("the $language demo review workbook at 100% zoom", ({ language, input, plan }) => {
  it("has no cell whose text is wider than its column, and names one font on every sheet", async () => {
    const out = path.join(dir, `review-${language}.xlsx`);
    const code = await main(["all", "--in", path.join(examples, input), "--plan", path.join(examples, plan), "--out", out, "--quiet"], {
      stdout: () => undefined,
      stderr: () => undefined,
      today: TODAY,
    });
    expect(code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const problems: Record<string, Overflow[]> = {};
    const faces = new Set<string>();
    for (const ws of book.worksheets) {
      const found = overflows(ws);
      if (found.length > 0) problems[ws.name] = found.slice(0, 5);
      ws.eachRow((row) => row.eachCell((cell) => void faces.add(cell.font?.name ?? "(none)")));
    }
    expect(problems).toEqual({});
    expect([...faces]).toEqual([language === "en" ? "Calibri" : "等线"]);
  }, 120_000);
});
