import { promises as fs, readFileSync } from "fs";
import { crmSample } from "../sharedData";
import os from "os";
import path from "path";
import { ReadError } from "../../src/datasets/readDataset";
import { openWorkbook } from "../../src/workbook/xlsxRead";
import { runCli } from "./runCli";

/**
 * Progress on a real CRM export nobody here wrote: the shared CRM sample (Maven Analytics' public
 * pipeline of 8,800 deals, won and lost written in the stage column, US dates, blank amounts on open
 * deals), tracking its won deals (plan: progress.actuals "wonDeals"). The figures are
 * test/fixtures/crm-sample/expected-progress.json, worked out by expected_progress.py beside it.
 */
const FIXTURES = path.join(__dirname, "..", "fixtures", "crm-sample");
const EXPECTED = JSON.parse(readFileSync(path.join(FIXTURES, "expected-progress.json"), "utf8")) as {
  asOf: string;
  people: Record<string, Record<"month" | "quarter" | "year", number>>;
  byMonth: (number | null)[];
};
// The data set sits beside the repository (../shared/data/, CI has it too): without it this fails, never skips.
const SAMPLE = crmSample("sales_pipeline.csv");

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "crm-progress-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function progress(plan: object, extra: string[] = []): Promise<{ code: number; stdout: string; stderr: string; out: string }> {
  const planFile = path.join(dir, "plan.json");
  await fs.writeFile(planFile, JSON.stringify({ version: 1, ...plan }));
  const out = path.join(dir, "progress.xlsx");
  const run = await runCli(["progress", "--in", SAMPLE, "--plan", planFile, "--out", out, "--force", ...extra]);
  return { ...run, out };
}

describe("progress on the shared CRM sample's won deals", () => {
  it.each([
    { plan: {}, extra: [], how: "with no plan: the file has no transactions" },
    { plan: {}, extra: ["--sheet", "sales_pipeline"], how: "its sheet named with --sheet: its columns are a CRM export's" },
    { plan: { progress: { actuals: "wonDeals" } }, extra: [], how: "when the plan says so" },
  ])("counts each agent's won deals by close date, month, quarter and year to the latest date in the file, $how", async ({ plan, extra }) => {
    const { code, stderr, out } = await progress(plan, extra);
    expect([code, stderr]).toEqual([0, ""]);
    const book = await openWorkbook(out);
    const cells = book.grid({ sheet: "Progress" });
    if (cells instanceof ReadError) throw cells;
    const rows = new Map(cells.grid.filter((r) => typeof r[0] === "string").map((r) => [r[0] as string, r]));
    const got: Record<string, Record<string, unknown>> = {};
    for (const agent of Object.keys(EXPECTED.people)) {
      const r = rows.get(agent) ?? [];
      got[agent] = { month: r[3], quarter: r[11], year: r[19] };
    }
    expect(got).toEqual(EXPECTED.people);
    // The team by month over 2017: January and February have no won deal in the file.
    const months = EXPECTED.byMonth.map((_, i) => rows.get(`${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][i]} 2017`)?.[4]);
    expect(months).toEqual(EXPECTED.byMonth.map((v) => (v === null ? "" : v)));
    expect(String(cells.grid[1][0])).toContain(EXPECTED.asOf);
  });

  it("says what would serve when it is asked to track transactions the export does not have", async () => {
    const { code, stderr } = await progress({ progress: { actuals: "transactions" } });
    expect(code).not.toBe(0);
    expect(stderr).toContain('track a CRM export\'s won deals by setting progress.actuals to "wonDeals"');
  });
});
