/**
 * The .xlsx writer, before and after, side by side: each large build of bench/cli.ts runs through the
 * real command line, once with src/workbook/xlsxWrite.ts as it is in the working tree and once with the
 * version of a git revision (HEAD by default), alternating, each in its own process. The write step is
 * timed inside the process, the whole build from spawn to exit (tsx start-up included, as bench/cli.ts
 * times it), and the peak resident memory is the process's own.
 *
 * Run with `npx tsx bench/write.ts [--baseline <git revision>] [--runs <n>] [--inputs <folder>]`. The
 * inputs are generated into --inputs (kept for the next run) or a temporary folder.
 */
import { execFileSync, spawn } from "child_process";
import { builtinModules } from "module";
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";
import { parseArgs } from "util";
import { generateTeam, teamPlan, type TeamOptions } from "../examples/generate";

const ROOT = path.resolve(__dirname, "..");
const WRITER = path.join(ROOT, "src", "workbook", "xlsxWrite.ts");

interface Case {
  build: "scorecard" | "funnel" | "commission";
  input: "team" | "pipeline";
  label: string;
}

const CASES: readonly Case[] = [
  { build: "scorecard", input: "team", label: "10,000 people × 6 KPIs" },
  { build: "funnel", input: "pipeline", label: "200,000 deals" },
  { build: "commission", input: "pipeline", label: "200,000 transactions" },
];

/** What one child process reports. */
interface Run {
  /** The whole process, spawn to exit. */
  seconds: number;
  /** writeWorkbook alone: wall clock, and CPU of every thread (zlib compresses on the thread pool). */
  writeSeconds: number;
  writeCpuSeconds: number;
  peakMegabytes: number;
  /** The peak before writeWorkbook started: reading and building. */
  peakBeforeWriteMegabytes: number;
  outputMegabytes: number;
}

const REPORT = "KPI_BENCH_WRITE ";

// ---------------------------------------------------------------------------------------------
// The child: runs the command line with xlsxWrite.ts swapped for the implementation asked for.

async function child(implementation: string, folder: string, argv: string[]): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require("module") as { _resolveFilename: (request: string, parent: unknown, ...rest: unknown[]) => string };
  const resolve = Module._resolveFilename;
  const timing = { writeSeconds: 0, writeCpuSeconds: 0, peakBeforeWriteMegabytes: 0 };
  const wrapper = path.join(folder, "timedWriter.js");
  await fs.writeFile(
    wrapper,
    `const impl = require(${JSON.stringify(implementation)});
module.exports = { ...impl, writeWorkbook: async (...args) => {
  const wall = process.hrtime.bigint(); const cpu = process.cpuUsage(); const peakBefore = process.resourceUsage().maxRSS / 1024;
  try { return await impl.writeWorkbook(...args); } finally {
    const used = process.cpuUsage(cpu);
    globalThis.__writeTiming = { writeSeconds: Number(process.hrtime.bigint() - wall) / 1e9, writeCpuSeconds: (used.user + used.system) / 1e6, peakBeforeWriteMegabytes: peakBefore };
  }
} };
`,
  );
  Module._resolveFilename = function (request: string, parent: unknown, ...rest: unknown[]): string {
    const resolved = resolve.call(this, request, parent, ...rest);
    const fromWrapper = (parent as { filename?: string } | null)?.filename === wrapper;
    return resolved === WRITER && !fromWrapper ? wrapper : resolved;
  };
  const { main } = await import("../src/cli/main");
  const code = await main(argv, { stdout: () => undefined });
  Object.assign(timing, (globalThis as { __writeTiming?: typeof timing }).__writeTiming);
  const out = argv[argv.indexOf("--out") + 1];
  const outputMegabytes = code === 0 ? (await fs.stat(out)).size / 2 ** 20 : 0;
  process.stdout.write(`${REPORT}${JSON.stringify({ code, ...timing, peakMegabytes: process.resourceUsage().maxRSS / 1024, outputMegabytes })}\n`);
}

// ---------------------------------------------------------------------------------------------
// The parent.

/** The writer of a git revision, with its imports pointed back at this checkout. */
async function baselineWriter(revision: string, folder: string): Promise<string> {
  const source = execFileSync("git", ["show", `${revision}:src/workbook/xlsxWrite.ts`], { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 2 ** 20 });
  const rewritten = source.replace(/from "([^"]+)"/g, (whole, spec: string) => {
    if (spec.startsWith(".")) return `from ${JSON.stringify(path.resolve(path.dirname(WRITER), spec))}`;
    if (builtinModules.includes(spec) || spec.startsWith("node:")) return whole;
    return `from ${JSON.stringify(require.resolve(spec, { paths: [ROOT] }))}`;
  });
  const file = path.join(folder, "xlsxWrite.ts");
  await fs.writeFile(file, rewritten);
  return file;
}

function runChild(implementation: string, folder: string, argv: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const proc = spawn(process.execPath, ["--import", "tsx", __filename, "--child", implementation, folder, ...argv], { cwd: ROOT });
    let output = "";
    proc.stdout.on("data", (d: Buffer) => (output += d.toString()));
    proc.stderr.on("data", (d: Buffer) => (output += d.toString()));
    proc.on("error", reject);
    proc.on("close", (exit) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const line = output.split("\n").find((l) => l.startsWith(REPORT));
      const report = line ? (JSON.parse(line.slice(REPORT.length)) as Omit<Run, "seconds"> & { code: number }) : null;
      if (exit !== 0 || !report || report.code !== 0) {
        reject(new Error(`the build failed (exit ${exit}):\n${output}`));
        return;
      }
      resolve({ ...report, seconds });
    });
  });
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function prepareInputs(folder: string, log: (line: string) => void): Promise<{ team: string; pipeline: string; plan: string }> {
  const files = { team: path.join(folder, "team.xlsx"), pipeline: path.join(folder, "pipeline.xlsx"), plan: path.join(folder, "plan.json") };
  // The same inputs and seeds as bench/cli.ts.
  const team: TeamOptions = { reps: 10_000, kpis: 6, deals: 0, transactions: 0, language: "en", seed: 11 };
  const pipeline: TeamOptions = { reps: 200, kpis: 0, deals: 200_000, transactions: 200_000, language: "en", seed: 12 };
  if (!existsSync(files.team)) await generateTeam(files.team, team);
  if (!existsSync(files.pipeline)) await generateTeam(files.pipeline, pipeline);
  if (!existsSync(files.plan)) await fs.writeFile(files.plan, JSON.stringify(teamPlan(team)));
  log(`inputs in ${folder}`);
  return files;
}

async function parent(options: { baseline: string; runs: number; inputs?: string }): Promise<string[]> {
  const log = (line: string): void => console.error(line);
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-bench-write-"));
  try {
    const inputFolder = options.inputs ?? work;
    await fs.mkdir(inputFolder, { recursive: true });
    const files = await prepareInputs(inputFolder, log);
    const baseDir = path.join(work, "baseline");
    const currentDir = path.join(work, "current");
    await fs.mkdir(baseDir);
    await fs.mkdir(currentDir);
    const implementations = [
      { name: `before (${options.baseline})`, file: await baselineWriter(options.baseline, baseDir), folder: baseDir },
      { name: "after (working tree)", file: WRITER, folder: currentDir },
    ];
    const lines = [
      `## The .xlsx writer, before and after`,
      "",
      `Each row: the median of ${options.runs} runs of \`kpi-toolkit <build> --quiet\` in its own process, the two writers alternating. Total is spawn to exit (tsx start-up included); write is \`writeWorkbook\` alone, wall clock and CPU of all threads.`,
      "",
      "| build | input | writer | total s | write s | write CPU s | peak MB | peak MB before the write | output MB |",
      "|---|---|---|---:|---:|---:|---:|---:|---:|",
    ];
    for (const c of CASES) {
      const runs = implementations.map(() => [] as Run[]);
      for (let i = 0; i < options.runs; i++) {
        for (const [k, impl] of implementations.entries()) {
          const out = path.join(work, `${c.build}-${k}.xlsx`);
          const argv = [c.build, "--in", files[c.input], "--plan", files.plan, "--out", out, "--force", "--quiet"];
          // Each writer has its own folder for its timing wrapper, so one never serves the other.
          const run = await runChild(impl.file, impl.folder, argv).catch((e: unknown) => {
            throw new Error(`${c.build} with ${impl.name}: ${(e as Error).message}`);
          });
          runs[k].push(run);
          log(`${c.build} ${impl.name} run ${i + 1}: total ${run.seconds.toFixed(2)} s, write ${run.writeSeconds.toFixed(2)} s (CPU ${run.writeCpuSeconds.toFixed(2)} s), peak ${Math.round(run.peakMegabytes)} MB (${Math.round(run.peakBeforeWriteMegabytes)} MB before the write)`);
        }
      }
      for (const [k, impl] of implementations.entries()) {
        const m = (f: (r: Run) => number): number => median(runs[k].map(f));
        lines.push(
          `| ${c.build} | ${c.label} | ${impl.name} | ${m((r) => r.seconds).toFixed(2)} | ${m((r) => r.writeSeconds).toFixed(2)} | ${m((r) => r.writeCpuSeconds).toFixed(2)} | ${Math.round(m((r) => r.peakMegabytes))} | ${Math.round(m((r) => r.peakBeforeWriteMegabytes))} | ${m((r) => r.outputMegabytes).toFixed(1)} |`,
        );
      }
    }
    return lines;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === "--child") {
    child(args[1], args[2], args.slice(3)).catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
  } else {
    const { values } = parseArgs({ args, options: { baseline: { type: "string", default: "HEAD" }, runs: { type: "string", default: "3" }, inputs: { type: "string" } } });
    parent({ baseline: values.baseline, runs: Number(values.runs), inputs: values.inputs }).then(
      (lines) => console.log(lines.join("\n")),
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      },
    );
  }
}
