import { parseArgs } from "node:util";
import { type Catalogue, isLanguage, type Language, LANGUAGES } from "../i18n/languages";
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
  /** Print the details of an internal error (a bug) too. */
  debug: boolean;
}

export type ParsedArgs = { kind: "run"; options: CliOptions } | { kind: "help"; language: Language } | { kind: "version" } | { kind: "usage"; error: string; language: Language };

const COMMANDS: readonly BuildKind[] = [...REVIEW_KINDS, "all"];

/** What is wrong with the arguments, in every language (what to type instead, with an example). */
interface UsageWords {
  unknownOption: (option: string) => string;
  optionValue: (option: string) => string;
  noCommand: (commands: readonly string[]) => string;
  unknownCommand: (command: string, commands: readonly string[]) => string;
  extraArgument: (argument: string) => string;
  noInput: string;
  noOutput: string;
  outNotXlsx: (out: string) => string;
  sheetAndTable: string;
  sheetWithAll: (option: "sheet" | "table") => string;
  badLanguage: (language: string, languages: readonly string[]) => string;
  emptyValue: (option: string) => string;
}

const USAGE_WORDS: Catalogue<UsageWords> = {
  en: {
    unknownOption: (option) => `unknown option "${option}" (kpi-toolkit --help lists them)`,
    optionValue: (option) => `${option} needs a value (${option} <value>)`,
    noCommand: (commands) => `a command is missing: one of ${commands.join(", ")}`,
    unknownCommand: (command, commands) => `unknown command "${command}": use one of ${commands.join(", ")}`,
    extraArgument: (argument) => `unexpected argument "${argument}" (options start with --)`,
    noInput: "--in is missing: the workbook or CSV file to read (--in team.xlsx)",
    noOutput: "--out is missing: the workbook to write (--out review.xlsx)",
    outNotXlsx: (out) => `--out "${out}" must be an .xlsx file`,
    sheetAndTable: "give --sheet or --table, not both",
    sheetWithAll: (option) => `--${option} reads one dataset, for one review; "all" finds each dataset itself (or name them under "sources" in the plan)`,
    badLanguage: (language, languages) => `--lang "${language}" is not a language of the review sheets: use ${languages.join(" or ")}`,
    emptyValue: (option) => `--${option} needs a value`,
  },
  "zh-CN": {
    unknownOption: (option) => `无法识别的选项“${option}”（kpi-toolkit --help 列出所有选项）`,
    optionValue: (option) => `${option} 需要一个值（${option} <值>）`,
    noCommand: (commands) => `缺少命令：可用 ${commands.join("、")}`,
    unknownCommand: (command, commands) => `未知命令“${command}”：请用 ${commands.join("、")} 之一`,
    extraArgument: (argument) => `多余的参数“${argument}”（选项以 -- 开头）`,
    noInput: "缺少 --in：要读取的工作簿或 CSV 文件（--in team.xlsx）",
    noOutput: "缺少 --out：要写入的工作簿（--out review.xlsx）",
    outNotXlsx: (out) => `--out “${out}” 必须是 .xlsx 文件`,
    sheetAndTable: "--sheet 和 --table 只能给其一",
    sheetWithAll: (option) => `--${option} 为单个分析指定一个数据集；“all” 会自行查找各数据集（也可在方案的 “sources” 中指定）`,
    badLanguage: (language, languages) => `--lang “${language}” 不是分析表支持的语言：请用 ${languages.join(" 或 ")}`,
    emptyValue: (option) => `--${option} 需要一个值`,
  },
};

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
  --lang en|zh-CN  language of the review sheets and messages (default: the plan's, else the
                   locale's: LANG=zh_CN.UTF-8 gives zh-CN, anything else en)
  --force          replace --out if it exists
  --quiet          print nothing but errors
  --help           show this help
  --version        show the version
  --debug          with an internal error (a bug), print its details too

Exit codes: 0 done, 1 bad input (the message names the file, sheet, row and column), 2 usage error,
3 an internal error (a bug: please report it).

Example:
  kpi-toolkit all --in team.xlsx --plan plan.json --out review.xlsx
  kpi-toolkit funnel --in deals.csv --plan plan.json --out funnel.xlsx`;

const USAGE_ZH = `用法：kpi-toolkit <命令> --in data.xlsx --out review.xlsx [选项]

从 Excel 工作簿或 CSV/TSV 导出文件读取团队数据，把分析表写入新的工作簿，
公式引用数据副本、实时计算。输入文件从不被修改。

命令：
${REVIEWS.map((r) => `  ${r.kind.padEnd(12)} ${r.summary["zh-CN"]}`).join("\n")}
  ${"all".padEnd(12)} 生成工作簿中有数据的全部分析表

选项：
  --in FILE        要读取的团队数据：工作簿（.xlsx、.xlsm）或 CSV/TSV 导出文件
                   （.csv、.tsv、.txt：逗号、分号或制表符分隔；UTF-8、UTF-16、GB18030/GBK
                   或 Windows-1252）；.xls 或 .xlsb 请先在 Excel 中另存为 .xlsx（或 .csv）
  --out FILE       要写入的工作簿（.xlsx），不能是输入文件
  --sheet NAME     从此工作表读取数据（仅限单个分析；默认按表头自动查找）
  --table NAME     从此 Excel 表格读取数据（仅限单个分析）
  --plan FILE      方案（JSON）：指标、评级标准、销售阶段、提成阶梯
  --lang en|zh-CN  分析表和提示的语言（默认：方案的语言，否则按系统区域设置：
                   LANG=zh_CN.UTF-8 为 zh-CN，其他为 en）
  --force          --out 已存在时覆盖
  --quiet          只输出错误
  --help           显示本帮助
  --version        显示版本
  --debug          出现内部错误（软件缺陷）时同时输出详情

退出码：0 完成，1 输入有误（提示会指出文件、工作表、行和列），2 用法错误，3 内部错误（软件缺陷，请反馈）。

示例：
  kpi-toolkit all --in team.xlsx --plan plan.json --out review.xlsx
  kpi-toolkit funnel --in deals.csv --plan plan.json --out funnel.xlsx`;

/** The help, in a language. */
export function usage(language: Language): string {
  return language === "zh-CN" ? USAGE_ZH : USAGE;
}

/**
 * Reads the command line (without `node` and the script) into options, or says what is wrong with it.
 *
 * @example
 * parseCliArgs(["funnel", "--in", "team.xlsx", "--out", "review.xlsx"])
 * // => { kind: "run", options: { command: "funnel", input: "team.xlsx", output: "review.xlsx", quiet: false, force: false } }
 */
export function parseCliArgs(argv: readonly string[], preferred: Language = "en"): ParsedArgs {
  // Before the arguments are read, what went wrong is said in --lang's language if it is among them, else the preferred.
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const named = at < 0 ? undefined : argv[at].startsWith("--lang=") ? argv[at].slice("--lang=".length) : argv[at + 1];
  const said: Language = named !== undefined && isLanguage(named) ? named : preferred;
  const w = USAGE_WORDS[said];
  const usageError = (error: string): ParsedArgs => ({ kind: "usage", error, language: said });
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
        debug: { type: "boolean" },
      },
    });
  } catch (e) {
    const { code, message } = e as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return usageError(w.unknownOption(option));
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return usageError(w.optionValue(option));
    return usageError(message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help", language: values.lang !== undefined && isLanguage(values.lang) ? values.lang : preferred };
  if (values.version) return { kind: "version" };

  const [command, ...extra] = positionals;
  if (command === undefined) return usageError(w.noCommand(COMMANDS));
  if (!(COMMANDS as readonly string[]).includes(command)) return usageError(w.unknownCommand(command, COMMANDS));
  if (extra.length > 0) return usageError(w.extraArgument(extra[0]));
  if (!values.in) return usageError(w.noInput);
  if (!values.out) return usageError(w.noOutput);
  if (!/\.xlsx$/i.test(values.out)) return usageError(w.outNotXlsx(values.out));
  if (values.sheet !== undefined && values.table !== undefined) return usageError(w.sheetAndTable);
  if (command === "all" && (values.sheet !== undefined || values.table !== undefined)) {
    return usageError(w.sheetWithAll(values.sheet !== undefined ? "sheet" : "table"));
  }
  if (values.lang !== undefined && !isLanguage(values.lang)) return usageError(w.badLanguage(values.lang, LANGUAGES));
  for (const name of ["sheet", "table", "plan"] as const) {
    if (values[name] === "") return usageError(w.emptyValue(name));
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
      debug: values.debug === true,
    },
  };
}
