/**
 * Issue 11's scale findings through the real command line, each in a child process with a 512 MB heap
 * and a time limit: a team too large for one target plan, a plan of 200,000 KPIs or 20,000 stages,
 * amounts that add up past what a total can hold. Each ends in its exact message naming the input
 * (the sheet, the rows, the plan field) and the limit, never a stack overflow, an output cell or a kill.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
/** Milliseconds a case may take, child start and compiling included (two shared cores). */
const LIMIT_MS = 90_000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-hostile-scale-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs kpi-toolkit in a child process with a 512 MB heap; a crash, a kill or a timeout fails. */
function cli(args: string[]): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ["--max-old-space-size=512", "-r", "tsx/cjs", join(ROOT, "src", "cli", "main.ts"), ...args], {
    encoding: "utf8",
    timeout: LIMIT_MS,
    cwd: ROOT,
  });
  if (run.error || run.signal) throw new Error(`child ${run.error ? run.error.message : run.signal}\n${run.stderr}`);
  return { status: run.status, stderr: run.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const DEALS_CSV = "Deal,Owner,Stage,Amount,Status\nD1,Ann,Won,100,Won\nD2,Bob,Lead,200,Open\n";

it("refuses a target plan for 40,001 people before laying it out, saying the limit and what to do", () => {
  const lines = ["Name,Team,Last year", ...Array.from({ length: 40_001 }, (_, i) => `Person ${i},T${i % 50},${1000 + (i % 97)}`)];
  const people = file("people.csv", `${lines.join("\n")}\n`);
  expect(cli(["targets", "--in", people, "--out", join(dir, "targets.xlsx"), "--quiet"])).toEqual({
    status: 1,
    stderr:
      'kpi-toolkit: Sheet "people" has 40,001 people; one target plan holds at most 40,000 (each person is a row of about 90 live cells). Split the people into groups (by team or region) and build one plan per group, each with its own targets.annual.\n',
  });
});

it("refuses a plan of 200,000 KPIs naming scorecard.kpis and its limit (not 'Maximum call stack size exceeded')", () => {
  const plan = file("kpis.json", JSON.stringify({ version: 1, scorecard: { kpis: Array.from({ length: 200_000 }, (_, i) => ({ name: `K${i}`, weight: 1 })) } }));
  const result = cli(["funnel", "--in", file("deals.csv", DEALS_CSV), "--plan", plan, "--out", join(dir, "kpis.xlsx")]);
  expect(result).toEqual({
    status: 1,
    stderr: `kpi-toolkit: plan "${plan}" has 1 problem:\n  scorecard.kpis: 200,000 entries, more than the 500 a plan may hold here (each becomes rows or columns of a review sheet); keep the ones the review needs, or split the plan in several\n`,
  });
});

it("refuses 20,000 stages naming funnel.stages (not 'merge range B12:ACOL12 is not an A1 range')", () => {
  const stages = Array.from({ length: 20_000 }, (_, i) => ({ name: `S${i}`, probability: 0.1 }));
  const plan = file("stages.json", JSON.stringify({ version: 1, funnel: { stages } }));
  const result = cli(["funnel", "--in", file("deals2.csv", DEALS_CSV), "--plan", plan, "--out", join(dir, "stages.xlsx")]);
  expect([result.status, result.stderr.split("\n")[1]]).toEqual([
    1,
    "  funnel.stages: 20,000 entries, more than the 100 a plan may hold here (each becomes rows or columns of a review sheet); keep the ones the review needs, or split the plan in several",
  ]);
});

it("names the input rows of amounts that add up past what a total holds (1e308 twice), not an output cell", () => {
  const deals = file("huge.csv", "Deal,Owner,Stage,Amount,Status\nD1,Ann,Won,1e308,Won\nD2,Bob,Won,1e308,Won\nD3,Cho,Lead,5,Open\n");
  expect(cli(["funnel", "--in", deals, "--out", join(dir, "huge.xlsx")])).toEqual({
    status: 1,
    stderr:
      `Sheet "huge", column D (Amount): the values add up to more than 1E+300, past what the review's totals can compute; the largest are Sheet "huge", row 2 (1.00E+308), Sheet "huge", row 3 (1.00E+308), Sheet "huge", row 4 (5.00E+0): check them (an amount typed with too many digits?)\n`,
  });
});
