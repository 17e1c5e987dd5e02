/**
 * The README's gallery: each review of the English demo as it prints, one picture per review in
 * docs/gallery/<purpose>.png. It builds the demo, prints it to PDF with LibreOffice, finds each review's
 * first page by the sheet name in its footer, renders it with pdftoppm and trims the margins with
 * ImageMagick's `convert` (left untrimmed without it).
 *
 *   npx tsx scripts/gallery.ts
 *
 * Needs soffice, pdftotext and pdftoppm (poppler-utils) on the PATH. Run it again when a review's look
 * changes and commit the pictures.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import { EXAMPLE_FILES, writeExamples } from "../examples/generate";
import { main } from "../src/cli/main";
import { readSheetMarks } from "../src/workbook/xlsxWrite";

const run = promisify(execFile);
const OUT = path.join(__dirname, "..", "docs", "gallery");

async function gallery(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-gallery-"));
  try {
    await writeExamples(dir);
    const files = EXAMPLE_FILES.en;
    const review = path.join(dir, "review.xlsx");
    const code = await main(["all", "--in", path.join(dir, files.workbook), "--plan", path.join(dir, files.plan), "--out", review, "--quiet"]);
    if (code !== 0) throw new Error(`the demo build exited ${code}`);
    const profile = path.join(dir, "profile");
    await run("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", "pdf", "--outdir", dir, review], { timeout: 300_000 });
    const pdf = path.join(dir, "review.pdf");
    const { stdout } = await run("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 << 20 });
    const pages = stdout.split("\f");
    const sheets = await readSheetMarks(await fs.readFile(review));
    const names = [...sheets.keys()].sort((a, b) => b.length - a.length);
    const firstPage = new Map<string, number>();
    pages.forEach((page, i) => {
      const lines = page.split("\n").map((l) => l.trim()).filter(Boolean);
      const name = names.find((n) => (lines[lines.length - 1] ?? "").startsWith(n));
      if (name !== undefined && sheets.get(name) !== "data" && !firstPage.has(name)) firstPage.set(name, i + 1);
    });
    await fs.mkdir(OUT, { recursive: true });
    for (const [name, page] of firstPage) {
      const purpose = sheets.get(name) as string;
      const base = path.join(dir, purpose);
      await run("pdftoppm", ["-r", "110", "-f", String(page), "-l", String(page), "-png", "-singlefile", pdf, base]);
      const picture = path.join(OUT, `${purpose}.png`);
      try {
        await run("convert", [`${base}.png`, "-trim", "+repage", "-bordercolor", "white", "-border", "12", picture]);
      } catch {
        await fs.copyFile(`${base}.png`, picture);
      }
      process.stdout.write(`${picture}: ${name}, page ${page}\n`);
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

gallery().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
