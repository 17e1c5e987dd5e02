import { promises as fs } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { dateSerial } from "../core/text/parseDate";
import { findSources, type SourcePlace } from "../datasets/findSources";
import { headerCandidate } from "../datasets/grid";
import { columnOverrides, ReadError } from "../datasets/readDataset";
import { forTerminal } from "./sanitize";
import { DATASETS, type Dataset } from "../datasets/records";
import { buildReview, datasetsFor, datasetsIgnored, planRequirements, type Review, type ReviewData } from "../reviews/build";
import { defaultPlan, parsePlan, type Plan, readOptionsFromPlan } from "../reviews/plan";
import { isLanguage, pick, type Language } from "../i18n/languages";
import { reviewOf } from "../reviews/registry";
import { openInput } from "../workbook/openInput";
import { FILE_MESSAGES, systemProblem } from "../workbook/fileMessages";
import { placeKey, readFound, sourcePlaces, type WorkbookData } from "../workbook/xlsxRead";
import { parseCliArgs, usage, type CliOptions } from "./args";
import { localeLanguage } from "./locale";
import { cliMessages, type CliMessages } from "./messages";
import { createProgress, type Progress } from "./progress";
import { summaryLines } from "./summary";
import packageJson from "../../package.json";

/**
 * `kpi-toolkit`: the command line over the file hosts. Reads the team's workbook or CSV/TSV export,
 * builds the review sheets asked for and writes them, with copies of the data they reference, to a new
 * workbook.
 */

/** Exit codes: done, bad input (a file, sheet, row or column at fault), bad usage. */
export const EXIT = { ok: 0, badInput: 1, usage: 2, bug: 3 } as const;

/** Where the command line writes, and what it knows of its surroundings; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal: progress is shown from the start. */
  stderrIsTTY: boolean;
  /** Today as an Excel date serial: the as-of date when neither plan nor data gives one. */
  today: number;
  /** The environment's locale variables (LC_ALL, LC_MESSAGES, LANG): the language when neither --lang nor the plan gives one. */
  env: Readonly<Record<string, string | undefined>>;
}

/** Stops a run with an exit code; the messages are already printed. */
class Stop {
  constructor(readonly code: number) {}
}

function todaySerial(): number {
  const now = new Date();
  return dateSerial(now.getFullYear(), now.getMonth() + 1, now.getDate()) as number;
}

/**
 * Runs the command line.
 *
 * @param argv - the arguments after the script name, e.g. ["all", "--in", "team.xlsx", "--out", "review.xlsx"]
 * @param io - where output goes (default: the process's stdout and stderr)
 * @returns the exit code: 0 done, 1 bad input, 2 usage error, 3 a bug of KPI Toolkit's (details with --debug)
 *
 * @example
 * await main(["funnel", "--in", "team.xlsx", "--out", "review.xlsx"]) // => 0, review.xlsx written
 */
export async function main(argv: readonly string[], io: Partial<CliIO> = {}): Promise<number> {
  // Everything printed passes through forTerminal: messages carry text from the workbook.
  const rawOut = io.stdout ?? ((text: string) => void process.stdout.write(text));
  const rawErr = io.stderr ?? ((text: string) => void process.stderr.write(text));
  const out = (text: string): void => rawOut(forTerminal(text));
  const err = (text: string): void => rawErr(forTerminal(text));
  // Without --lang or a plan's language, the person's own: their locale's (LANG=zh_CN.UTF-8: Chinese).
  const preferred = localeLanguage(io.env ?? process.env);
  const parsed = parseCliArgs(argv, preferred);
  if (parsed.kind === "help") {
    out(`${usage(parsed.language)}\n`);
    return EXIT.ok;
  }
  if (parsed.kind === "version") {
    out(`kpi-toolkit ${packageJson.version}\n`);
    return EXIT.ok;
  }
  if (parsed.kind === "usage") {
    err(`kpi-toolkit: ${parsed.error}\n${cliMessages(parsed.language).runHelp}\n`);
    return EXIT.usage;
  }
  const options = parsed.options;
  // The run's language: --lang, and once the plan is read, the plan's (which --lang overrides); else the locale's.
  let language: Language = options.language ?? preferred;
  const words = (): CliMessages => cliMessages(language);
  const progress = createProgress(err, { terminal: io.stderrIsTTY ?? process.stderr.isTTY === true, quiet: options.quiet, words });
  const fail = (code: number, lines: readonly string[]): Stop => {
    progress.end();
    err(lines.map((line) => `${line}\n`).join(""));
    return new Stop(code);
  };
  try {
    await checkFiles(options, fail, words());
    const plan = await loadPlan(options, fail, words(), preferred);
    language = plan.language;
    const data = await readData(options, plan, progress, fail);
    let review: Review;
    try {
      review = buildReview(options.command, plan, data, io.today ?? todaySerial(), { onBuild: (b) => progress.step(words().building(reviewOf(b).name[language])) });
    } catch (e) {
      // A review too large for memory ("Invalid string length") is said as one, naming the output.
      const tooLarge = systemProblem(e) === "tooLarge";
      throw fail(EXIT.badInput, [`kpi-toolkit: ${tooLarge ? FILE_MESSAGES[language].system(options.output, "write", "tooLarge") : (e as Error).message}`]);
    }
    progress.step(words().writing);
    try {
      // A fresh checkout has no examples/output/: make the folder rather than fail the demo.
      await fs.mkdir(path.dirname(path.resolve(options.output)), { recursive: true });
      // Loaded only to write: the writer pulls in ExcelJS, which --help, --version and a bad input never need.
      const { writeWorkbook } = await import("../workbook/xlsxWrite");
      await writeWorkbook(options.output, review.sheets, { protect: options.input, overwrite: options.force });
    } catch (e) {
      // Node's own words ("ENOSPC: no space left on device, write") become a sentence naming the file.
      const problem = systemProblem(e);
      const line = problem !== null ? FILE_MESSAGES[language].system(options.output, "write", problem) : (e as Error).message;
      throw fail(EXIT.badInput, [`kpi-toolkit: ${line}`]);
    }
    progress.end();
    if (!options.quiet) out(summaryLines(review, options.output, language).map((line) => `${line}\n`).join(""));
    return EXIT.ok;
  } catch (e) {
    if (e instanceof Stop) return e.code;
    // A workbook the search for data could not read whole (sourcePlaces): its messages, not a stack.
    if (e instanceof ReadError) return fail(EXIT.badInput, readErrorLines(e, words())).code;
    // Anything else is a bug of ours, not the user's input: said as one, the details only with --debug.
    progress.end();
    err(`kpi-toolkit: ${words().bug(e instanceof Error ? e.message : String(e))}\n`);
    if (options.debug) err(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.bug;
  }
}

/** Refuses to write over the input, or over an existing file without --force; the input must exist. */
async function checkFiles(options: CliOptions, fail: (code: number, lines: readonly string[]) => Stop, m: CliMessages): Promise<void> {
  const input = path.resolve(options.input);
  const output = path.resolve(options.output);
  const real = async (p: string): Promise<string> => fs.realpath(p).catch(() => p);
  if (input === output || (await real(input)) === (await real(output))) {
    throw fail(EXIT.usage, [`kpi-toolkit: ${m.isInput(options.output)}`]);
  }
  const inputStat = await fs.stat(input).catch(() => null);
  if (inputStat === null) throw fail(EXIT.badInput, [`kpi-toolkit: ${m.noSuchInput(options.input)}`]);
  if (inputStat.isDirectory()) throw fail(EXIT.badInput, [`kpi-toolkit: ${m.inputIsFolder(options.input)}`]);
  if (!inputStat.isFile()) throw fail(EXIT.badInput, [`kpi-toolkit: ${m.notRegularFile("--in", options.input)}`]);
  const outputStat = await fs.stat(output).catch(() => null);
  if (outputStat !== null && !options.force) {
    throw fail(EXIT.usage, [`kpi-toolkit: ${m.outputExists(options.output)}`]);
  }
  if (outputStat?.isDirectory()) throw fail(EXIT.usage, [`kpi-toolkit: ${m.outputIsFolder(options.output)}`]);
  if (outputStat !== null && !outputStat.isFile()) throw fail(EXIT.usage, [`kpi-toolkit: ${m.notRegularFile("--out", options.output)}`]);
}

/**
 * The plan from --plan (every problem listed by field), or the default plan; --lang overrides its
 * language, and a plan that names none (or no plan) takes `preferred`, the locale's.
 */
async function loadPlan(options: CliOptions, fail: (code: number, lines: readonly string[]) => Stop, m: CliMessages, preferred: Language): Promise<Plan> {
  let plan: Plan;
  if (options.plan === undefined) {
    plan = { ...defaultPlan(), language: options.language ?? preferred };
  } else {
    const name = options.plan;
    const cannotRead = (e: unknown): Stop => {
      const code = (e as NodeJS.ErrnoException).code;
      const problem = systemProblem(e);
      const line = code === "ENOENT" ? m.noSuchPlan(name) : problem !== null ? FILE_MESSAGES[options.language ?? "en"].system(name, "read", problem) : m.planUnreadable(name, (e as Error).message);
      return fail(EXIT.badInput, [`kpi-toolkit: ${line}`]);
    };
    // A FIFO or a device would make readFile wait forever (or read without end): only a plain file is read.
    const stat = await fs.stat(name).catch((e: unknown) => {
      throw cannotRead(e);
    });
    if (stat.isDirectory()) throw fail(EXIT.badInput, [`kpi-toolkit: ${m.planIsFolder(name)}`]);
    if (!stat.isFile()) throw fail(EXIT.badInput, [`kpi-toolkit: ${m.notRegularFile("--plan", name)}`]);
    let text: string;
    try {
      text = await fs.readFile(name, "utf8");
    } catch (e) {
      throw cannotRead(e);
    }
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (e) {
      throw fail(EXIT.badInput, [`kpi-toolkit: ${m.planNotJson(name, (e as Error).message)}`]);
    }
    // A plan that does not parse still says which language it is written for: its problems are told in it.
    const written = (json as { language?: unknown } | null)?.language;
    const said = options.language === undefined && typeof written === "string" && isLanguage(written) ? cliMessages(written) : m;
    // A plan that names no language is in the person's: --lang's, else the locale's.
    const language = options.language ?? (written === undefined ? preferred : undefined);
    const result = parsePlan(json, language);
    if (!result.ok) {
      throw fail(EXIT.badInput, [`kpi-toolkit: ${said.planProblems(name, result.errors.length)}`, ...result.errors.map((e) => `  ${e}`)]);
    }
    plan = language ? { ...result.plan, language } : result.plan;
  }
  return options.language ? { ...plan, language: options.language } : plan;
}

/**
 * Reads every dataset the command needs, from the workbook opened once. Where each one is: --sheet or
 * --table (the one dataset of a single review), else the plan's sources, else the place whose headers fit
 * it best, each place given to one dataset only (findSources, the policy the pane uses too).
 */
async function readData(options: CliOptions, plan: Plan, progress: Progress, fail: (code: number, lines: readonly string[]) => Stop): Promise<ReviewData> {
  let book: WorkbookData;
  try {
    book = await openInput(options.input, { language: plan.language });
  } catch (e) {
    if (e instanceof ReadError) throw fail(EXIT.badInput, readErrorLines(e, cliMessages(plan.language)));
    throw e;
  }
  try {
    return readPlaces(book, options, plan, progress, fail);
  } catch (e) {
    // A part of the workbook read only now (a sheet's cells) can still meet Node's own limits.
    const problem = e instanceof ReadError || e instanceof Stop ? null : systemProblem(e);
    if (problem === null) throw e;
    throw fail(EXIT.badInput, [`kpi-toolkit: ${FILE_MESSAGES[plan.language].system(options.input, "read", problem)}`]);
  }
}

/** The datasets the command needs, from the places of the opened workbook (see readData). */
function readPlaces(book: WorkbookData, options: CliOptions, plan: Plan, progress: Progress, fail: (code: number, lines: readonly string[]) => Stop): ReviewData {
  const needs = datasetsFor(options.command, plan);
  const places = sourcePlaces(book);
  const found = findSources(places, {
    wanted: needs,
    given: givenPlaces(plan, options, primaryOf(options, plan, needs.required, places)),
    overrides: (dataset) => columnOverrides(dataset, readOptionsFromPlan(plan, dataset)),
  });
  const data: ReviewData = {};
  for (const dataset of [...needs.required, ...needs.optional]) {
    const at = found[dataset] ?? null;
    if (at === null && !needs.required.includes(dataset)) continue;
    // What the review leaves unread given what was read (Progress on "auto" with transactions: the deals) is not read.
    if (datasetsIgnored(options.command, plan, new Set(Object.keys(data) as Dataset[])).includes(dataset)) continue;
    const place = at ? describe(at.key) : dataset;
    progress.reading(place);
    const result = readFound(book, dataset, at, places, readOptionsFromPlan(plan, dataset));
    if (result instanceof ReadError) {
      // Required by the plan (the leaderboard's measure) and found nowhere: say why it is needed first.
      const why = at?.complete !== true ? planRequirements(options.command, plan).find((r) => r.dataset === dataset) : undefined;
      throw fail(EXIT.badInput, [...(why ? [pick(plan.language, why.missing)] : []), ...readErrorLines(result, cliMessages(plan.language))]);
    }
    progress.read(place, result.records.length);
    (data as Record<Dataset, unknown>)[dataset] = result;
  }
  return data;
}

/** `Deals` for a sheet, `table tblDeals` for a table. */
function describe(key: string): string {
  return key.startsWith("table:") ? `table ${key.slice("table:".length)}` : key.slice("sheet:".length);
}

/**
 * The dataset --sheet or --table names: the review's one required dataset; or, when any of several will
 * do (Progress on "auto": the transactions or the deals), the one whose columns the named place has.
 */
function primaryOf(options: CliOptions, plan: Plan, required: readonly Dataset[], places: readonly SourcePlace[]): Dataset | undefined {
  if (required[0] !== undefined || (options.sheet === undefined && options.table === undefined)) return required[0];
  const either = planRequirements(options.command, plan).find((r) => (r.or?.length ?? 0) > 0);
  if (either === undefined) return undefined;
  const candidates = [either.dataset, ...(either.or ?? [])];
  const named = places.find((p) => p.key === placeKey(options.table !== undefined ? { table: options.table } : { sheet: options.sheet }));
  return (named && candidates.find((d) => headerCandidate(named.grid, d, columnOverrides(d, readOptionsFromPlan(plan, d))).complete)) ?? candidates[0];
}

/** The places the command line or the plan names: --sheet/--table for the review's own dataset, else the plan's sources. */
function givenPlaces(plan: Plan, options: CliOptions, primary: Dataset | undefined): Partial<Record<Dataset, string>> {
  const given: Partial<Record<Dataset, string>> = {};
  for (const dataset of DATASETS) {
    const source = dataset === primary && (options.sheet !== undefined || options.table !== undefined) ? options : plan.sources[dataset];
    if (source?.table !== undefined) given[dataset] = placeKey({ table: source.table });
    else if (source?.sheet !== undefined) given[dataset] = placeKey({ sheet: source.sheet });
  }
  return given;
}

function readErrorLines(error: ReadError, m: CliMessages): string[] {
  const lines = [...error.messages];
  if (error.more > 0) lines.push(m.moreProblems(error.more));
  return lines;
}

/**
 * V8 lets the heap grow to about four times what a garbage collection leaves before the next one, so a
 * build that reads a million rows peaked at 1.4 GB resident with about 0.6 GB live. Twice what is left
 * is enough for a read that keeps building up: the funnel over 1,000,000 deals then peaks at 0.75 GB,
 * over 200,000 at 286 MB instead of 359, for the same CPU time (bench/NOTES.md, "Heap growth").
 * Set before anything large is read; the flag is V8's own, set through Node's documented v8 API.
 */
export function keepHeapClose(): void {
  setFlagsFromString("--heap-growing-percent=100");
}

/**
 * The command line as a process (bin/kpi-toolkit.js, or this file run directly): the heap kept close,
 * the exit code set from `main`, and a last resort for a bug, with the stack only when asked for.
 */
export function runProcess(argv: readonly string[]): void {
  keepHeapClose();
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A last resort (main reports its own errors): a bug, with the stack only when asked for.
      const details = error instanceof Error ? (argv.includes("--debug") ? (error.stack ?? error.message) : error.message) : String(error);
      process.stderr.write(forTerminal(`kpi-toolkit: unexpected error (a bug; please report it): ${details}\n`));
      process.exitCode = EXIT.bug;
    },
  );
}

if (require.main === module) runProcess(process.argv.slice(2));
