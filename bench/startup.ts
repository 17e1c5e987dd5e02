/**
 * Two waits a person meets before any build: how long the command takes to start (`--help`, from the
 * compiled build/kpi-toolkit.cjs), beside Node's own start-up measured in the same run; and how long
 * LibreOffice takes to recalculate the funnel review of 100,000 deals (the stuck-deal list is capped, so
 * that sheet no longer holds a row per stuck deal).
 *
 * Run alone with `npx tsx bench/startup.ts` (after `npm run build:cli`); bench/run.ts includes its tables.
 */
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";
import { generateTeam, teamPlan, type TeamOptions } from "../examples/generate";
import { hasLibreOffice } from "../test/e2e/libreoffice";
import { measureProcess, measureRecalculation, type Measure } from "./cli";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "kpi-toolkit.js");
const COMPILED = path.join(ROOT, "build", "kpi-toolkit.cjs");

/** The start-up goal: well under half a second for `--help`. */
export const STARTUP_GOAL_SECONDS = 0.5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * `node bin/kpi-toolkit.js --help` and `node -e ""` in turn (A B A B …, so a drift of the machine's
 * speed touches both), after one warm-up each; the median of each and the median of the pairwise ratios.
 *
 * @param runs - timed runs of each command (default 15)
 * @returns the markdown lines of the section
 */
export async function startupSection(runs = 15): Promise<string[]> {
  if (!existsSync(COMPILED)) throw new Error(`${COMPILED} is missing: npm run bench builds it first; alone, run npm run build:cli`);
  const cli = (): Promise<Measure> => measureProcess(process.execPath, [BIN, "--help"]);
  const node = (): Promise<Measure> => measureProcess(process.execPath, ["-e", ""]);
  await cli();
  await node();
  const pairs: { cli: Measure; node: Measure }[] = [];
  for (let i = 0; i < runs; i++) pairs.push({ cli: await cli(), node: await node() });
  const failed = pairs.find((p) => p.cli.code !== 0);
  if (failed) throw new Error(`kpi-toolkit --help failed:\n${failed.cli.output}`);
  const cliSeconds = median(pairs.map((p) => p.cli.seconds));
  const nodeSeconds = median(pairs.map((p) => p.node.seconds));
  const ratio = median(pairs.map((p) => p.cli.seconds / p.node.seconds));
  const peak = median(pairs.map((p) => p.cli.megabytes ?? NaN));
  return [
    "## Command line start-up",
    "",
    `Goal: \`--help\` under ${STARTUP_GOAL_SECONDS} s from the compiled build (no TypeScript compiled at run time). Whole processes, ${runs} runs each alternating with Node's own start-up; medians.`,
    "",
    "| command | median s | peak MB | × node start-up | goal |",
    "|---|---:|---:|---:|---|",
    `| node bin/kpi-toolkit.js --help | ${cliSeconds.toFixed(3)} | ${Number.isNaN(peak) ? "n/a" : Math.round(peak)} | ${ratio.toFixed(2)} | ${cliSeconds < STARTUP_GOAL_SECONDS ? "met" : "MISSED"} |`,
    `| node -e "" | ${nodeSeconds.toFixed(3)} | | 1.00 | |`,
  ];
}

/**
 * Builds the funnel review of a generated pipeline of 100,000 deals with the command line and times
 * LibreOffice opening it with every formula recalculated.
 *
 * @param deals - deals in the pipeline (default 100,000)
 * @returns the markdown lines of the section
 */
export async function funnelRecalcSection(deals = 100_000, log: (line: string) => void = () => undefined): Promise<string[]> {
  const head = ["## Funnel review of 100,000 deals in LibreOffice", ""];
  if (!hasLibreOffice()) return [...head, "Not run: LibreOffice (soffice) is not installed."];
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-bench-funnel-"));
  try {
    const input = path.join(work, "pipeline.xlsx");
    const planFile = path.join(work, "plan.json");
    const out = path.join(work, "funnel.xlsx");
    const options: TeamOptions = { reps: 200, kpis: 0, deals, transactions: 0, language: "en", seed: 12 };
    await generateTeam(input, options);
    await fs.writeFile(planFile, JSON.stringify(teamPlan(options)));
    log("building the funnel…");
    const build = await measureProcess(process.execPath, [BIN, "funnel", "--in", input, "--plan", planFile, "--out", out, "--force"]);
    if (build.code !== 0) throw new Error(`the funnel build failed:\n${build.output}`);
    const stuck = /Stuck deals: ([\d,]+)/.exec(build.output)?.[1] ?? "n/a";
    log("recalculating in LibreOffice…");
    const recalc = await measureRecalculation(out, work);
    const size = ((await fs.stat(out)).size / 2 ** 20).toFixed(1);
    return [
      ...head,
      "One headless soffice run that loads the review with every formula recalculated and saves it (a fresh profile set to recalculate on load). The issue measured 23–30 s when the review listed every stuck deal.",
      "",
      "| deals | stuck deals (listed: the worst 200) | build s | output MB | LibreOffice recalculation s | LibreOffice peak MB |",
      "|---:|---:|---:|---:|---:|---:|",
      `| ${deals.toLocaleString("en")} | ${stuck} | ${build.seconds.toFixed(1)} | ${size} | ${recalc.code === 0 ? recalc.seconds.toFixed(1) : `FAILED after ${recalc.seconds.toFixed(1)}`} | ${recalc.megabytes === null ? "n/a" : Math.round(recalc.megabytes)} |`,
    ];
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  (async () => {
    const log = (line: string): void => console.error(line);
    const lines = [...(await startupSection()), "", ...(await funnelRecalcSection(100_000, log))];
    console.log(lines.join("\n"));
  })().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
