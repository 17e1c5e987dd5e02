/**
 * The command line on large inputs: 10,000 people × 6 KPIs for the scorecard, 200,000 deals and
 * 200,000 transactions for the funnel and the commission, and 200,000 transactions against a
 * 1,000-person monthly plan (a person per row, a column per month) for Progress. Each build runs as its own process (as a user
 * runs it), timed from start to exit with its peak memory; then LibreOffice opens each output with every
 * formula recalculated, which is how long a colleague without the add-in waits for the file.
 *
 * Run alone with `npx tsx bench/cli.ts` (`--only progress` for one build, `--no-libreoffice` to skip the
 * recalculation); bench/run.ts includes its table.
 */
import { spawn } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import { generateTeam, teamPlan, type TeamOptions } from "../examples/generate";
import { main } from "../src/cli/main";
import { isoDate } from "../src/core/text/parseDate";
import { xlsxWorkbook } from "../src/workbook/xlsxRead";
import { hasLibreOffice } from "../test/e2e/libreoffice";

/** Goals for one build of the largest inputs. */
export const CLI_GOALS = { seconds: 5, megabytes: 500 };

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "kpi-toolkit.js");
const TIME = "/usr/bin/time";

export interface CliBenchOptions {
  /** People on the scorecard's team sheet (default 10,000). */
  people?: number;
  /** KPIs per person (default 6). */
  kpis?: number;
  deals?: number;
  transactions?: number;
  /** Reps who own the deals and transactions (default 200: a large sales organisation). */
  pipelineReps?: number;
  /** People in the monthly plan Progress reads, each with a share of the transactions (default 1,000). */
  planPeople?: number;
  /** Only these builds (default: all). */
  only?: readonly string[];
  /** Also time LibreOffice's recalculation of each output (default: when soffice is installed). */
  libreOffice?: boolean;
  /** Progress lines, to see a long run move. */
  log?: (line: string) => void;
}

export interface Measure {
  seconds: number;
  /** Peak resident memory in MB; null when it could not be measured. */
  megabytes: number | null;
  code: number;
  output: string;
}

/** A LibreOffice run that takes longer than this is stopped and reported as failed. */
const TIMEOUT_MS = 15 * 60_000;

/** Runs a command, timing it and taking its peak memory from GNU time's report. */
export function measureProcess(command: string, args: readonly string[]): Promise<Measure> {
  const viaTime = existsSync(TIME);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(viaTime ? TIME : command, viaTime ? ["-v", command, ...args] : [...args], {
      env: { ...process.env, SAL_USE_VCLPLUGIN: "svp" },
      // Its own process group, so a run that hangs can be stopped with everything it started.
      detached: true,
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, TIMEOUT_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      resolve({ seconds, megabytes: kb ? Number(kb[1]) / 1024 : null, code: code ?? 1, output });
    });
  });
}

/** Runs the command line in this process, sampling the resident memory every 50 ms: the fallback without GNU time. */
async function measureInProcess(argv: string[]): Promise<Measure> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = process.hrtime.bigint();
  let output = "";
  const code = await main(argv, { stdout: (t) => void (output += t), stderr: (t) => void (output += t), stderrIsTTY: false });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds, megabytes: peak / 2 ** 20, code, output };
}

export function runCli(argv: string[]): Promise<Measure> {
  return existsSync(TIME) ? measureProcess(process.execPath, [BIN, ...argv]) : measureInProcess(argv);
}

/** LibreOffice reads an .xlsx without recalculating unless its profile says so (see TOOLCHAIN.md). */
const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Times one LibreOffice run that opens the workbook with every formula recalculated and saves it again.
 * Only the soffice run is timed: reading the values back (as test/e2e/libreoffice.ts's `recalculate`
 * does for the engine tests) is not part of what a person waits for.
 */
export async function measureRecalculation(file: string, work: string): Promise<Measure> {
  const profile = path.join(work, `profile-${path.basename(file, ".xlsx")}`);
  await fs.mkdir(path.join(profile, "user"), { recursive: true });
  await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ON_LOAD);
  const outDir = path.join(work, `recalculated-${path.basename(file, ".xlsx")}`);
  await fs.mkdir(outDir, { recursive: true });
  const soffice = process.env.SOFFICE ?? "soffice";
  const args = ["--headless", "--norestore", "--nologo", "--nodefault", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", "xlsx", "--outdir", outDir, file];
  const result = await measureProcess(existsSync(TIME) ? (await which(soffice)) : soffice, args);
  if (!existsSync(path.join(outDir, path.basename(file)))) return { ...result, code: result.code || 1 };
  return result;
}

/** The full path of a command on the PATH (GNU time needs one it can exec). */
async function which(command: string): Promise<string> {
  if (command.includes(path.sep)) return command;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const full = path.join(dir, command);
    if (existsSync(full)) return full;
  }
  return command;
}

function seconds(m: Measure): string {
  return m.seconds.toFixed(1);
}

function megabytes(m: Measure): string {
  return m.megabytes === null ? "n/a" : Math.round(m.megabytes).toLocaleString("en");
}

function verdict(m: Measure): string {
  if (m.code !== 0) return `FAILED (exit ${m.code})`;
  const fast = m.seconds < CLI_GOALS.seconds;
  const small = m.megabytes === null || m.megabytes < CLI_GOALS.megabytes;
  return fast && small ? "met" : `MISSED (${[fast ? "" : "time", small ? "" : "memory"].filter(Boolean).join(", ")})`;
}

const MONEY = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

/** A CSV field: quoted when it holds a delimiter, a quote or a line break, its quotes doubled. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The generated workbook's Deals sheet as a CRM's CSV export of it: dates as text (2026-03-05), amounts
 * with thousands separators ("12,345.67", quoted), the rest as written; UTF-8 with a BOM and CRLF line
 * ends, as Excel's "CSV UTF-8" writes.
 */
export async function dealsCsv(workbook: string, csv: string): Promise<void> {
  const cells = xlsxWorkbook(path.basename(workbook), await fs.readFile(workbook)).grid({ sheet: "Deals" });
  if (!("grid" in cells)) throw new Error(cells.message);
  const DATE_COLUMNS = new Set([5, 6, 7]);
  const lines = cells.grid.map((row, r) =>
    row
      .map((v, c) => {
        if (v === null) return "";
        if (typeof v === "number" && r > 0 && DATE_COLUMNS.has(c)) return isoDate(v);
        if (typeof v === "number") return csvField(MONEY.format(v));
        return csvField(String(v));
      })
      .join(","),
  );
  await fs.writeFile(csv, `\uFEFF${lines.join("\r\n")}\r\n`);
}

/**
 * A year of sales by `people` reps (one sheet, Date, Sales rep, Amount, streamed) and their monthly
 * plan as a manager keeps it: a "2026 monthly targets" title, then Name and 2026-01 … 2026-12 across.
 */
export async function progressWorkbook(file: string, people: number, transactions: number): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const name = (p: number): string => `Rep ${String(p + 1).padStart(5, "0")}`;
  let seed = 14;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sales = book.addWorksheet("Sales");
  sales.addRow(["Date", "Sales rep", "Amount"]).commit();
  // 2026-01-02 to 2026-11-20, spread evenly over the reps.
  const first = Date.UTC(2026, 0, 2);
  const days = 322;
  for (let i = 0; i < transactions; i++) {
    const date = new Date(first + Math.floor((i / transactions) * days) * 86_400_000);
    sales.addRow([date, name(i % people), Math.round((500 + next() * 20_000) * 100) / 100]).commit();
  }
  sales.commit();
  const plan = book.addWorksheet("Monthly targets");
  plan.addRow(["2026 monthly targets"]).commit();
  plan.addRow(["Name", ...Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, "0")}`)]).commit();
  for (let p = 0; p < people; p++) plan.addRow([name(p), ...Array.from({ length: 12 }, () => Math.round(100 + next() * 150) * 1000)]).commit();
  plan.commit();
  await book.commit();
}

/**
 * `days` of daily activity reports (日报) by `people` reps up to 2026-11-20: one row per person and day,
 * weekends included (1,000 people × 365 days: the 365,000 rows), each row's type rotating through
 * calls, visits and follow-ups with a count of 1–30, as a CRM's activity export gives them: Date, Sales
 * rep, Activity type, Count.
 */
export async function activityWorkbook(file: string, people: number, days: number): Promise<number> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const name = (p: number): string => `Rep ${String(p + 1).padStart(5, "0")}`;
  const types = ["Call", "Visit", "Follow-up"];
  let seed = 15;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sheet = book.addWorksheet("Activities");
  sheet.addRow(["Date", "Sales rep", "Activity type", "Count"]).commit();
  const last = Date.UTC(2026, 10, 20);
  let rows = 0;
  for (let d = days - 1; d >= 0; d--) {
    const date = new Date(last - d * 86_400_000);
    for (let p = 0; p < people; p++) {
      sheet.addRow([date, name(p), types[(p + d) % types.length], 1 + Math.floor(next() * 30)]).commit();
      rows++;
    }
  }
  sheet.commit();
  await book.commit();
  return rows;
}

/**
 * Generates the large inputs into a temporary folder, runs the scorecard, funnel and commission builds
 * on them, and times LibreOffice's recalculation of each output.
 *
 * @returns the markdown lines of the section: heading, goal, table, and what was measured how
 */
export async function cliSection(options: CliBenchOptions = {}): Promise<string[]> {
  const log = options.log ?? (() => undefined);
  const people = options.people ?? 10_000;
  const kpis = options.kpis ?? 6;
  const deals = options.deals ?? 200_000;
  const transactions = options.transactions ?? 200_000;
  const reps = options.pipelineReps ?? 200;
  const planPeople = options.planPeople ?? 1_000;
  const wanted = (build: string): boolean => options.only === undefined || options.only.includes(build);
  const withLibreOffice = options.libreOffice ?? hasLibreOffice();
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-bench-cli-"));
  try {
    const teamFile = path.join(work, "team.xlsx");
    const pipelineFile = path.join(work, "pipeline.xlsx");
    const planFile = path.join(work, "plan.json");
    const team: TeamOptions = { reps: people, kpis, deals: 0, transactions: 0, language: "en", seed: 11 };
    const pipeline: TeamOptions = { reps, kpis: 0, deals, transactions, language: "en", seed: 12 };
    const progressFile = path.join(work, "progress.xlsx");
    const activityFile = path.join(work, "activity.xlsx");
    const started = Date.now();
    if (wanted("scorecard")) await generateTeam(teamFile, team);
    if (wanted("funnel") || wanted("commission")) await generateTeam(pipelineFile, pipeline);
    if (wanted("progress")) await progressWorkbook(progressFile, planPeople, transactions);
    const activityRows = wanted("activity") ? await activityWorkbook(activityFile, planPeople, 365) : 0;
    await fs.writeFile(planFile, JSON.stringify(teamPlan(team)));
    const pipelineCsv = path.join(work, "deals.csv");
    if (wanted("funnel")) await dealsCsv(pipelineFile, pipelineCsv);
    log(`generated the inputs in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const csvSize = wanted("funnel") ? ((await fs.stat(pipelineCsv)).size / 2 ** 20).toFixed(1) : "";
    const runs = [
      { build: "scorecard", file: teamFile, input: `${people.toLocaleString("en")} people × ${kpis} KPIs (${(people * kpis).toLocaleString("en")} rows)` },
      { build: "funnel", file: pipelineFile, input: `${deals.toLocaleString("en")} deals, ${reps} owners` },
      { build: "funnel", file: pipelineCsv, input: `the same deals as a CSV export (${csvSize} MB)` },
      { build: "commission", file: pipelineFile, input: `${transactions.toLocaleString("en")} transactions, ${reps} reps` },
      { build: "progress", file: progressFile, input: `${transactions.toLocaleString("en")} transactions against a ${planPeople.toLocaleString("en")}-person monthly plan` },
      { build: "activity", file: activityFile, input: `${activityRows.toLocaleString("en")} activity rows: ${planPeople.toLocaleString("en")} people × 365 days` },
    ].filter((r) => wanted(r.build));
    const lines = [
      "## Command line on large inputs",
      "",
      `Goal: each build under ${CLI_GOALS.seconds} s and ${CLI_GOALS.megabytes} MB. Each build is its own \`node bin/kpi-toolkit.js\` process (the compiled command line, start-up included), measured with ${existsSync(TIME) ? "GNU time (peak resident memory)" : "rss sampled every 50 ms in-process"}; LibreOffice: one headless soffice run that loads the output with every formula recalculated and saves it.`,
      "",
      "| build | input | seconds | peak MB | output MB | goal | LibreOffice recalculation s | LibreOffice peak MB |",
      "|---|---|---:|---:|---:|---|---:|---:|",
    ];
    for (const r of runs) {
      const out = path.join(work, `${r.build}-${path.extname(r.file).slice(1)}.xlsx`);
      log(`running ${r.build}…`);
      const m = await runCli([r.build, "--in", r.file, "--plan", planFile, "--out", out, "--force", "--quiet"]);
      if (m.code !== 0) log(m.output.trim());
      const size = m.code === 0 ? ((await fs.stat(out)).size / 2 ** 20).toFixed(1) : "n/a";
      let lo = "not run";
      let loMb = "n/a";
      if (withLibreOffice && m.code === 0) {
        log(`recalculating ${r.build} in LibreOffice…`);
        const recalc = await measureRecalculation(out, work);
        lo = recalc.code === 0 ? seconds(recalc) : `FAILED after ${seconds(recalc)}`;
        loMb = megabytes(recalc);
      }
      const line = `| ${r.build} | ${r.input} | ${seconds(m)} | ${megabytes(m)} | ${size} | ${verdict(m)} | ${lo} | ${loMb} |`;
      log(line);
      lines.push(line);
    }
    return lines;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const at = process.argv.indexOf("--only");
  const only = at >= 0 ? (process.argv[at + 1] ?? "").split(",") : undefined;
  const libreOffice = process.argv.includes("--no-libreoffice") ? false : undefined;
  cliSection({ log: (line) => console.error(line), ...(only ? { only } : {}), ...(libreOffice === false ? { libreOffice } : {}) }).then(
    (lines) => console.log(lines.join("\n")),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
