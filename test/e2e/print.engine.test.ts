import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { main } from "../../src/cli/main";
import { REVIEWS } from "../../src/reviews/registry";
import { readSheetMarks, workbookBuffer } from "../../src/workbook/xlsxWrite";
import { convertToPdf, describeWithPdfTools } from "./libreoffice";
import { checkPrintSetup } from "./xmlOrder";

// The demo's review workbooks as a person prints them: converted to PDF by LibreOffice, each review's
// pages counted (from the footer every page carries: the sheet's name and "page N of M"), no cell
// showing ###, no serif face standing in for an unnamed font, and the review pages rendered to PNG under
// test-output/print/ for people to look at.

const run = promisify(execFile);
const examples = path.resolve(__dirname, "../../examples");
const pictures = path.resolve(__dirname, "../../test-output/print");

/** The most pages a person would accept for one review of the demo team. */
const MOST_PAGES = 2;

interface Printed {
  pdf: string;
  /** Page texts, in order. */
  pages: string[];
  /** Sheet name → its purpose, in workbook order. */
  sheets: Map<string, string>;
}

/** Which sheet a page belongs to: the sheet whose name its footer line carries. */
function sheetOfPage(page: string, sheets: readonly string[]): string | undefined {
  const lines = page.split("\n").map((l) => l.trim()).filter(Boolean);
  const footer = lines[lines.length - 1] ?? "";
  // The longest name that starts the footer, so "Data - Deals" is not taken for a sheet named "Data".
  return [...sheets].sort((a, b) => b.length - a.length).find((name) => footer.startsWith(name));
}

function pagesPerSheet(printed: Printed): Map<string, number> {
  const names = [...printed.sheets.keys()];
  const counts = new Map<string, number>();
  for (const page of printed.pages) {
    const sheet = sheetOfPage(page, names) ?? "(no footer)";
    counts.set(sheet, (counts.get(sheet) ?? 0) + 1);
  }
  return counts;
}

async function pdfText(pdf: string): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 << 20 });
  const pages = stdout.split("\f");
  return pages[pages.length - 1].trim() === "" ? pages.slice(0, -1) : pages;
}

describeWithPdfTools("the demo review workbooks printed by LibreOffice", () => {
  jest.setTimeout(300_000);
  let dir: string;
  const printed = new Map<string, Printed>();

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-print-"));
    for (const [language, input, plan] of [
      ["en", "sample-team.xlsx", "plan.json"],
      ["zh-CN", "sample-team-zh.xlsx", "plan-zh.json"],
    ]) {
      const out = path.join(dir, `review-${language}.xlsx`);
      const code = await main(["all", "--in", path.join(examples, input), "--plan", path.join(examples, plan), "--out", out, "--quiet"], {
        stdout: () => undefined,
        stderr: () => undefined,
      });
      if (code !== 0) throw new Error(`the demo build (${language}) exited ${code}`);
      const pdf = await convertToPdf(out, dir);
      printed.set(language, { pdf, pages: await pdfText(pdf), sheets: await readSheetMarks(await fs.readFile(out)) });
      // The review sheets come first: their pages are rendered for people to look at (test-output/ is not committed).
      const folder = path.join(pictures, language);
      await fs.rm(folder, { recursive: true, force: true });
      await fs.mkdir(folder, { recursive: true });
      const p = printed.get(language)!;
      const reviewPages = p.pages.filter((page) => p.sheets.get(sheetOfPage(page, [...p.sheets.keys()]) ?? "") !== "data").length;
      await run("pdftoppm", ["-r", "70", "-f", "1", "-l", String(Math.max(reviewPages, 1)), "-png", pdf, path.join(folder, "page")]);
      await fs.copyFile(pdf, path.join(folder, "review.pdf"));
      await fs.copyFile(out, path.join(folder, "review.xlsx"));
    }
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each(["en", "zh-CN"])("prints each review of the %s demo on one or two pages, every page footed with its sheet", (language) => {
    const p = printed.get(language)!;
    const counts = pagesPerSheet(p);
    const reviews = [...p.sheets].filter(([, purpose]) => purpose !== "data").map(([name]) => name);
    expect(reviews.length).toBe(REVIEWS.length);
    expect(counts.get("(no footer)")).toBeUndefined();
    for (const name of reviews) {
      expect({ name, pages: counts.get(name) ?? 0 }).toEqual({ name, pages: expect.any(Number) });
      expect(counts.get(name)).toBeGreaterThanOrEqual(1);
      expect(counts.get(name)).toBeLessThanOrEqual(MOST_PAGES);
    }
  });

  it.each(["en", "zh-CN"])("numbers the pages of the %s demo as page N of M in its language", (language) => {
    const p = printed.get(language)!;
    const first = p.pages[0];
    expect(first).toMatch(language === "en" ? new RegExp(`Page 1 of ${p.pages.length}`) : new RegExp(`第 1 页，共 ${p.pages.length} 页`));
  });

  it.each(["en", "zh-CN"])("shows no ### anywhere in the %s demo", (language) => {
    const hashes = printed.get(language)!.pages.flatMap((page, i) => (page.includes("###") ? [i + 1] : []));
    expect(hashes).toEqual([]);
  });

  it.each(["en", "zh-CN"])("draws the %s demo in no serif face (every font is named)", async (language) => {
    const { stdout } = await run("pdffonts", [printed.get(language)!.pdf]);
    const faces = stdout.split("\n").slice(2).map((line) => line.split(/\s+/)[0]).filter(Boolean);
    expect(faces.filter((face) => /serif/i.test(face) && !/sans/i.test(face))).toEqual([]);
    expect(faces.length).toBeGreaterThan(0);
  });

  it.each(["en", "zh-CN"])("writes the %s demo with a page setup on every sheet and print titles on every review", async (language) => {
    const file = path.join(pictures, language, "review.xlsx");
    const reviews = [...printed.get(language)!.sheets].filter(([, purpose]) => purpose !== "data").map(([name]) => name);
    expect(await checkPrintSetup(file, reviews)).toEqual([]);
  });

  it("would see ### where a number outgrows its column (the check above can fail)", async () => {
    const narrow = path.join(dir, "narrow.xlsx");
    await fs.writeFile(narrow, await workbookBuffer([{ name: "Narrow", purpose: "data", rows: [[{ v: 1234567.89, fmt: "#,##0.00" }]], columnWidths: [4] }]));
    const pages = await pdfText(await convertToPdf(narrow, dir));
    expect(pages.join("\n")).toContain("###");
  });
});
