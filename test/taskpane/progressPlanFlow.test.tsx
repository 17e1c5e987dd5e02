/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { crmSample } from "../sharedData";
import path from "node:path";
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { format, MESSAGES, type Messages } from "../../src/taskpane/i18n";
import { buildReview } from "../../src/reviews/build";
import { defaultPlan } from "../../src/reviews/plan";
import { ReadError, readDataset } from "../../src/datasets/readDataset";
import type { Grid } from "../../src/datasets/grid";
import type { CellValue, SheetSpec } from "../../src/sheets/spec";
import { parseCsv } from "../../src/workbook/csvRead";
import { FakeHost, type FakeWorkbook } from "./fakeHost";
import { FULL_EXCEL, TODAY } from "./fixtures";
import { label, next, pickBuilder, settle } from "./flow";
import { PROGRESS_LABELS as PANE_PROGRESS_LABELS } from "../../src/taskpane/progress/labels";

/**
 * The Progress review built in the pane on a monthly plan kept the way teams keep it: a 月度目标分解表
 * with a column per month (test/fixtures/progress-plan, whose expected.py works out the figures without
 * the toolkit), and the Target plan sheet the add-in wrote itself. Before, the pane proposed neither and
 * the review fell back to the annual target ÷ 12.
 */
const FIXTURES = path.join(__dirname, "..", "fixtures", "progress-plan");
const EXPECTED = JSON.parse(readFileSync(path.join(FIXTURES, "expected.json"), "utf8")) as {
  zh: { asOf: string; people: Record<string, Record<"month" | "quarter" | "year", { target: number | null; actual: number; paceGap?: number }>> };
};

/** An ISO day as the Excel date serial a sheet holds. */
function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A fixture CSV as a person would have it in a sheet: numbers as numbers, ISO days as dates, blanks blank. */
function sheetOf(file: string): Grid {
  return readFileSync(path.join(FIXTURES, file), "utf8")
    .trim()
    .split(/\r?\n/)
    .map((line) =>
      line.split(",").map((cell): CellValue => {
        if (cell === "") return null;
        if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return serial(cell);
        if (/^-?\d+(\.\d+)?$/.test(cell)) return Number(cell);
        return cell;
      }),
    ) as Grid;
}

/** The values of a written sheet (formulas as the values written with them). */
function valuesOf(spec: SheetSpec): CellValue[][] {
  return spec.rows.map((row) => Array.from(row, (cell) => cell?.v ?? null));
}

/** Opens the pane on a host and goes to the column step of the Progress review with what it proposes. */
async function toColumns(host: FakeHost, language: "en" | "zh-CN"): Promise<Messages> {
  render(<App initialLanguage={language} host={host} capabilities={FULL_EXCEL} today={TODAY} />);
  await settle();
  const t = MESSAGES[language];
  pickBuilder(t, "progress");
  await next(t);
  return t;
}

/** The Progress sheet the last build wrote: each person's month, quarter and year (target, actual, …) by name. */
function progressOf(host: FakeHost): Map<string, CellValue[]> {
  const spec = host.builds[host.builds.length - 1].build.sheets.find((s) => s.purpose === "progress") as SheetSpec;
  return new Map(valuesOf(spec).map((row) => [String(row[0]), row]));
}
// Each window's eight columns start at: month C, quarter K, year S (test/reviews/progress/monthlyPlan.test.ts).
const WINDOW = { month: 2, quarter: 10, year: 18 } as const;

describe("the Progress review in the pane on a 月度目标分解表 (a column per month)", () => {
  const book: FakeWorkbook = { sheets: [{ name: "销售明细", grid: sheetOf("sales-zh.csv") }, { name: "2026目标", grid: sheetOf("targets-zh.csv") }] };

  it("proposes the sheet, says on the column step what it holds, and builds each person's windows from his months", async () => {
    const host = new FakeHost(book);
    const t = await toColumns(host, "zh-CN");
    expect(screen.getByRole("combobox", { name: label(format(t.sourceOptional, { dataset: t.dataset_monthlyTargets })) }).textContent).toBe(
      format(t.sourceSheet, { name: "2026目标", rows: 10 }),
    );
    await next(t);
    // Six people (the 合计 row is no one), twelve months under 2026年.
    expect(screen.getByText(format(t.wholeAcrossColumns, { place: format(t.placeSheet, { name: "2026目标" }), people: 6, months: 12, first: "2026-01", last: "2026-12" }))).toBeTruthy();
    await next(t);
    await next(t);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    const rows = progressOf(host);
    for (const [name, windows] of Object.entries(EXPECTED.zh.people)) {
      for (const window of ["month", "quarter", "year"] as const) {
        const row = rows.get(name) as CellValue[];
        const [target, actual] = row.slice(WINDOW[window], WINDOW[window] + 2);
        // A person with sales and no plan row has no target: the sheet shows a blank.
        expect([name, window, target, actual]).toEqual([name, window, windows[window].target ?? "", expect.closeTo(windows[window].actual, 2)]);
      }
    }
  });
});

describe("the Progress review in the pane on the Target plan the add-in wrote", () => {
  // The Target plan built from a people sheet (last year's sales weigh the team target of 2,340,000), then written.
  const team: Grid = [
    ["Sales Rep", "Region", "Target", "Last year"],
    ["Olivia Grant", "West", 720000, 650000],
    ["Noah Patel", "West", 600000, 560000],
    ["Mia Chen", "East", 540000, 500000],
    ["Emma Brooks", "East", 480000, 410000],
  ];

  async function withTargetPlan(): Promise<{ host: FakeHost; plan: CellValue[][] }> {
    const host = new FakeHost({ sheets: [{ name: "Team", grid: team }, { name: "Invoices", grid: sheetOf("sales-en.csv") }] });
    const people = readDataset("people", team, { sheet: "Team" });
    if (people instanceof ReadError) throw people;
    const targets = buildReview("targets", defaultPlan(), { people }, TODAY);
    await host.writeBuild(targets);
    const written = targets.sheets.find((s) => s.purpose === "targets") as SheetSpec;
    return { host, plan: valuesOf(written) };
  }

  it("offers it for the monthly targets alone, says so, and takes each person's months from it", async () => {
    const { host, plan } = await withTargetPlan();
    const t = await toColumns(host, "en");
    expect(screen.getByRole("combobox", { name: label(format(t.sourceOptional, { dataset: t.dataset_monthlyTargets })) }).textContent).toBe(
      format(t.sourceHeld, { name: "Target plan" }),
    );
    await next(t);
    expect(screen.getByText(format(t.wholeTargetPlan, { people: 4, months: 12, first: "2026-01", last: "2026-12" }))).toBeTruthy();
    await next(t);
    await next(t);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    // The latest sale is on 2026-08-12: August, the third quarter and the year, each read off the Target plan's own columns.
    const header = plan.findIndex((row) => row[0] === "Name");
    const monthCol = (m: string): number => plan[header].indexOf(m);
    const rows = progressOf(host);
    for (const person of ["Olivia Grant", "Noah Patel", "Mia Chen", "Emma Brooks"]) {
      const planRow = plan.find((row) => row[0] === person) as CellValue[];
      const month = (m: string): number => planRow[monthCol(m)] as number;
      const year = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].reduce((sum, m) => sum + month(m), 0);
      const row = rows.get(person) as CellValue[];
      expect([person, row[WINDOW.month], row[WINDOW.quarter], row[WINDOW.year]]).toEqual([person, month("Aug"), month("Jul") + month("Aug") + month("Sep"), year]);
    }
    // The months were there, so nothing was split ÷ 12.
    expect(host.builds[1].build.warnings.join("\n")).not.toMatch(/÷ 12|divided by 12|twelfth/i);
  });
});

describe("the Progress review in the pane on a CRM export alone: the shared CRM sample's won deals", () => {
  const expected = JSON.parse(readFileSync(path.join(__dirname, "..", "fixtures", "crm-sample", "expected-progress.json"), "utf8")) as { people: Record<string, Record<"month" | "quarter" | "year", number>> };

  it("tracks the won deals by close date when no transactions are chosen, and says so on the sheet", async () => {
    const grid = parseCsv(readFileSync(crmSample("sales_pipeline.csv"), "utf8"), "sales_pipeline.csv") as Grid;
    const host = new FakeHost({ sheets: [{ name: "sales_pipeline", grid }] });
    const t = await toColumns(host, "en");
    await next(t);
    await next(t);
    const words = PANE_PROGRESS_LABELS.en;
    expect(screen.getByRole("combobox", { name: label(words.actuals) }).textContent).toBe(words.actuals_auto);
    await next(t);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    const rows = progressOf(host);
    const got = Object.fromEntries(Object.keys(expected.people).map((agent) => [agent, { month: rows.get(agent)?.[WINDOW.month + 1], quarter: rows.get(agent)?.[WINDOW.quarter + 1], year: rows.get(agent)?.[WINDOW.year + 1] }]));
    expect(got).toEqual(expected.people);
    expect(host.builds[0].build.sheets.map((sheet) => sheet.name)).toEqual(["Progress", "Data - Deals"]);
    const note = host.builds[0].build.sheets[0].rows[2][0]?.v;
    expect(note).toContain('Sales are the won deals of Sheet "sales_pipeline"');
  });
});
