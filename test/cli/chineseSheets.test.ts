import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { EXAMPLE_FILES, writeExamples } from "../../examples/generate";
import { main } from "../../src/cli/main";

/**
 * Issue 9, item 7: every review built in Chinese says nothing in English. Every text a sheet shows (cell
 * values and the cached text of formulas) and every line the command prints is scanned for a Latin word;
 * what may be Latin is only what the data or the plan wrote (the sample team's data is Chinese), plan
 * keys named so a user can find them (`targets.annual`), and file paths.
 */

const TODAY = 46346; // 2026-11-20

/** Plan keys (`funnel.stages`, `targets.seasonality "history"`), units and codes a Chinese text may carry. */
const ALLOWED = [/\b[a-z]+(?:\.[a-zA-Z]+)+\b(?:\s*(?:为\s*)?"[a-zA-Z]+")?/g, /"(?:even|history|lastYear|higher|lower)"/g, /\bKPI\b/g, /\bA1\b/g, /[A-Z]{1,3}\d+/g, /\bID\b/g];

function latinWords(text: string): string[] {
  let rest = text;
  for (const pattern of ALLOWED) rest = rest.replace(pattern, " ");
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-zh-"));
  await writeExamples(dir);
}, 120_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it("writes no English word on any sheet of the Chinese demo, and prints none", async () => {
  const files = EXAMPLE_FILES["zh-CN"];
  const output = path.join(dir, "review-zh.xlsx");
  let printed = "";
  const code = await main(["all", "--in", path.join(dir, files.workbook), "--plan", path.join(dir, files.plan), "--out", output], {
    stdout: (t) => void (printed += t),
    stderr: (t) => void (printed += t),
    stderrIsTTY: false,
    today: TODAY,
  });
  expect(code).toBe(0);

  const found: string[] = [];
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(output);
  expect(book.worksheets.length).toBeGreaterThan(4);
  for (const sheet of book.worksheets) {
    expect(latinWords(sheet.name)).toEqual([]);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const raw = cell.value as unknown;
        const shown = raw !== null && typeof raw === "object" && "formula" in raw ? (raw as { result?: unknown }).result : raw;
        if (typeof shown !== "string") return;
        const words = latinWords(shown);
        if (words.length > 0) found.push(`${sheet.name}!${cell.address}: ${JSON.stringify(shown)}`);
      }),
    );
  }
  expect(found).toEqual([]);
  const lines = printed.split("\n").map((line) => line.split(output).join(""));
  expect(lines.filter((line) => latinWords(line).length > 0)).toEqual([]);
}, 120_000);

it("the scan finds an English word where there is one", () => {
  expect(latinWords("已略过合计行（“Total”）")).toEqual(["Total"]);
  expect(latinWords("Sheet \"人员\"，第4行")).toEqual(["Sheet"]);
  expect(latinWords("来自方案（targets.annual）")).toEqual([]);
});
