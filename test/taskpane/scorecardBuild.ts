import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { fireEvent, screen } from "@testing-library/react";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { LABELS } from "../../src/reviews/scorecard/labels";
import type { SheetSpec } from "../../src/sheets/spec";
import type { Language, Messages } from "../../src/taskpane/i18n";
import { writeFixture, type KpiFixture } from "../fixtures/kpi-sheets/generate";
import type { FakeWorkbook } from "./fakeHost";
import { next, settle, walkTo } from "./flow";

/**
 * Building a scorecard through the pane and through the command line on the same data, to compare the
 * weighted scores each writes (test/taskpane/wideScoresColumns.test.tsx, weightsAndLibrary.test.tsx).
 */

/** The hint under a field: the text of the element its control is described by. */
export function hintOf(control: HTMLElement): string {
  return (control.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

/** Each person's weighted score on a scorecard sheet, as the sheet holds it (the value core cached for its formula). */
export function weightedScores(sheet: SheetSpec, language: Language): [string, number][] {
  const heading = LABELS[language].weighted;
  const headerRow = sheet.rows.findIndex((row) => row.some((cell) => cell?.v === heading));
  const col = sheet.rows[headerRow].findIndex((cell) => cell?.v === heading);
  // The people's rows run from under the header to the first row without a name (the settings come after).
  const below = sheet.rows.slice(headerRow + 1);
  const end = below.findIndex((row) => typeof row[0]?.v !== "string");
  return below
    .slice(0, end < 0 ? below.length : end)
    .filter((row) => typeof row[col]?.v === "number")
    .map((row) => [row[0]!.v as string, row[col]!.v as number]);
}

/** Walks the flow to the build step and builds; returns the written scorecard sheet and the saved plan. */
export async function buildInPane(book: FakeWorkbook, language: Language, atColumns?: (t: Messages) => Promise<void>) {
  const { t, host } = await walkTo(book, language, "scorecard", "columns");
  if (atColumns) await atColumns(t);
  await next(t);
  await next(t);
  fireEvent.click(screen.getByRole("button", { name: t.build }));
  await settle();
  const sheet = host.builds[0].build.sheets.find((s) => s.purpose === "scorecard")!;
  return { sheet, plan: host.savedPlans[0] as { sources: Record<string, unknown>; scorecard: { kpis: { name: string; weight: number }[] } } };
}

/** The command line's scorecard of a fixture written as .xlsx, each person's weighted score. */
export async function cliScores(fixture: KpiFixture, plan: object | null): Promise<[string, number][]> {
  return (await cliScorecard(fixture, plan)).scores;
}

/** The command line's scorecard of a fixture written as .xlsx: each person's weighted score, and what it said. */
export async function cliScorecard(fixture: KpiFixture, plan: object | null, more: readonly string[] = []): Promise<{ scores: [string, number][]; said: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "pane-wide-"));
  try {
    const file = await writeFixture(dir, fixture);
    const out = path.join(dir, "review.xlsx");
    const args = ["scorecard", "--in", file, "--out", out, ...more];
    if (plan) {
      await fs.writeFile(path.join(dir, "plan.json"), JSON.stringify(plan));
      args.push("--plan", path.join(dir, "plan.json"));
    }
    let stderr = "";
    let said = "";
    const code = await main(args, { stdout: (text) => void (said += text), stderr: (text) => void (stderr += text), stderrIsTTY: false, today: 46346 });
    if (code !== 0) throw new Error(stderr);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0];
    const value = (v: ExcelJS.CellValue): unknown => (v !== null && typeof v === "object" && "result" in v ? v.result : v);
    let col = 0;
    const scores: [string, number][] = [];
    sheet.eachRow((row) => {
      const cells = (row.values as ExcelJS.CellValue[]).map(value);
      const at = cells.findIndex((v) => v === LABELS.en.weighted || v === LABELS["zh-CN"].weighted);
      if (col === 0 && at > 0) col = at;
      else if (col > 0 && typeof cells[1] === "string" && typeof cells[col] === "number") scores.push([cells[1], cells[col] as number]);
    });
    return { scores, said: said + stderr };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

