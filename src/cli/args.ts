import { parseArgs } from "node:util";
import { isLanguage, type Language, LANGUAGES } from "../i18n/languages";
import { type BuildKind, REVIEW_KINDS, REVIEWS } from "../reviews/registry";

/** What the command line was asked to do, checked for everything that needs no file to be read. */
export interface CliOptions {
  command: BuildKind;
  input: string;
  output: string;
  sheet?: string;
  table?: string;
  plan?: string;
  language?: Language;
  quiet: boolean;
  force: boolean;
}

export type ParsedArgs = { kind: "run"; options: CliOptions } | { kind: "help" } | { kind: "version" } | { kind: "usage"; error: string };

const COMMANDS: readonly BuildKind[] = [...REVIEW_KINDS, "all"];

export const USAGE = `Usage: kpi-toolkit <command> --in data.xlsx --out review.xlsx [options]

Reads the team's data from an Excel workbook or a CSV/TSV export and writes the review sheets to
a new workbook, with live formulas over copies of the data. The input file is never changed.

Commands:
${REVIEWS.map((r) => `  ${r.kind.padEnd(12)} ${r.summary.en}`).join("\n")}
  ${"all".padEnd(12)} every review the workbook has data for

Options:
  --in FILE        the team's data to read: a workbook (.xlsx, .xlsm) or a CSV/TSV export
                   (.csv, .tsv, .txt: comma, semicolon or tab; UTF-8, UTF-16, GB18030/GBK
                   or Windows-1252); save an .xls or .xlsb as .xlsx (or .csv) in Excel first
  --out FILE       the workbook (.xlsx) to write; never the input
  --sheet NAME     read the data from this sheet (one review only; default: found by its headers)
  --table NAME     read the data from this named Excel table (one review only)
  --plan FILE      the plan (JSON): KPIs, rating scale, stages, commission tiers
  --lang en|zh-CN  language of the review sheets (default: the plan's, else en)
  --force          replace --out if it exists
  --quiet          print nothing but errors
  --help           show this help
  --version        show the version

Exit codes: 0 done, 1 bad input (the message names the file, sheet, row and column), 2 usage error.

Example:
  kpi-toolkit all --in team.xlsx --plan plan.json --out review.xlsx
  kpi-toolkit funnel --in deals.csv --plan plan.json --out funnel.xlsx`;

/**
 * Reads the command line (without `node` and the script) into options, or says what is wrong with it.
 *
 * @example
 * parseCliArgs(["funnel", "--in", "team.xlsx", "--out", "review.xlsx"])
 * // => { kind: "run", options: { command: "funnel", input: "team.xlsx", output: "review.xlsx", quiet: false, force: false } }
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        in: { type: "string" },
        out: { type: "string" },
        sheet: { type: "string" },
        table: { type: "string" },
        plan: { type: "string" },
        lang: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        force: { type: "boolean", short: "f" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    return { kind: "usage", error: (e as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };

  const [command, ...extra] = positionals;
  if (command === undefined) return { kind: "usage", error: `a command is missing: one of ${COMMANDS.join(", ")}` };
  if (!(COMMANDS as readonly string[]).includes(command)) {
    return { kind: "usage", error: `unknown command "${command}": use one of ${COMMANDS.join(", ")}` };
  }
  if (extra.length > 0) return { kind: "usage", error: `unexpected argument "${extra[0]}" (options start with --)` };
  if (!values.in) return { kind: "usage", error: "--in is missing: the workbook or CSV file to read (--in team.xlsx)" };
  if (!values.out) return { kind: "usage", error: "--out is missing: the workbook to write (--out review.xlsx)" };
  if (!/\.xlsx$/i.test(values.out)) return { kind: "usage", error: `--out "${values.out}" must be an .xlsx file` };
  if (values.sheet !== undefined && values.table !== undefined) {
    return { kind: "usage", error: "give --sheet or --table, not both" };
  }
  if (command === "all" && (values.sheet !== undefined || values.table !== undefined)) {
    return { kind: "usage", error: `--${values.sheet !== undefined ? "sheet" : "table"} reads one dataset, for one review; "all" finds each dataset itself (or name them under "sources" in the plan)` };
  }
  if (values.lang !== undefined && !isLanguage(values.lang)) {
    return { kind: "usage", error: `--lang "${values.lang}" is not a language of the review sheets: use ${LANGUAGES.join(" or ")}` };
  }
  for (const name of ["sheet", "table", "plan"] as const) {
    if (values[name] === "") return { kind: "usage", error: `--${name} needs a value` };
  }
  return {
    kind: "run",
    options: {
      command: command as BuildKind,
      input: values.in,
      output: values.out,
      ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
      ...(values.table !== undefined ? { table: values.table } : {}),
      ...(values.plan !== undefined ? { plan: values.plan } : {}),
      ...(values.lang !== undefined ? { language: values.lang as Language } : {}),
      quiet: values.quiet === true,
      force: values.force === true,
    },
  };
}
