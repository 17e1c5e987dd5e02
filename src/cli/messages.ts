import { DATASET_LABELS, type Dataset } from "../datasets/records";
import { type Catalogue, type Language, pick } from "../i18n/languages";

/**
 * Every sentence the command line itself says (its frame around the reviews' own summaries and the
 * reader's messages), in every language. The language is --lang, else the plan's.
 */
export interface CliMessages {
  wrote(output: string, reviewSheets: readonly string[], dataSheets: number): string;
  leftOut(review: string, dataset: Dataset): string;
  leftOutBecause(review: string, reason: string): string;
  warnings(count: number): string;
  more(count: number): string;
  moreProblems(count: number): string;
  reading(place: string): string;
  rows(count: number): string;
  building(review: string): string;
  writing: string;
  runHelp: string;
  isInput(output: string): string;
  noSuchInput(input: string): string;
  inputIsFolder(input: string): string;
  outputExists(output: string): string;
  outputIsFolder(output: string): string;
  /** --in, --out or --plan names a device, a pipe (FIFO) or a socket: reading one could wait forever. */
  notRegularFile(option: "--in" | "--out" | "--plan", file: string): string;
  planIsFolder(plan: string): string;
  noSuchPlan(plan: string): string;
  planUnreadable(plan: string, detail: string): string;
  planNotJson(plan: string, detail: string): string;
  planProblems(plan: string, count: number): string;
  /** An error that is no fault of the input: a bug, to be reported. */
  bug(detail: string): string;
}

const count = (n: number): string => n.toLocaleString("en-US");
const plural = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;

const en: CliMessages = {
  wrote: (output, sheets, data) => `Wrote ${output}: ${sheets.join(", ")}${data > 0 ? ` (+ ${plural(data, "data sheet", "data sheets")})` : ""}`,
  leftOut: (review, dataset) => `Left out the ${review}: no ${DATASET_LABELS[dataset].en} found in the workbook`,
  leftOutBecause: (review, reason) => `Left out the ${review}: ${reason}`,
  warnings: (n) => `${plural(n, "warning", "warnings")} (also written on the sheets):`,
  more: (n) => `...and ${count(n)} more`,
  moreProblems: (n) => `...and ${plural(n, "more problem", "more problems")}`,
  reading: (place) => `reading ${place}…`,
  rows: (n) => plural(n, "row", "rows"),
  building: (review) => `building ${review}…`,
  writing: "writing…",
  runHelp: "Run kpi-toolkit --help for the options.",
  isInput: (output) => `--out "${output}" is the input workbook; the input is never overwritten, choose another --out`,
  noSuchInput: (input) => `--in "${input}": there is no such file`,
  inputIsFolder: (input) => `--in "${input}" is a folder, not a workbook`,
  outputExists: (output) => `--out "${output}" already exists; add --force to replace it, or choose another --out`,
  outputIsFolder: (output) => `--out "${output}" is a folder`,
  notRegularFile: (option, file) =>
    `${option} "${file}" is a device or a pipe, not a file; ${option === "--out" ? "choose a file name for the review" : "save it to a file first and give that file"}`,
  planIsFolder: (plan) => `--plan "${plan}" is a folder, not a plan file`,
  noSuchPlan: (plan) => `--plan "${plan}": there is no such file`,
  planUnreadable: (plan, detail) => `--plan "${plan}": ${detail}`,
  planNotJson: (plan, detail) => `plan "${plan}" is not valid JSON: ${detail}`,
  planProblems: (plan, n) => `plan "${plan}" has ${plural(n, "problem", "problems")}:`,
  bug: (detail) => `something went wrong inside KPI Toolkit (${detail}). This is a bug, not a problem with your file: please report it with the command you ran, and run it again with --debug for the details.`,
};

const zhCN: CliMessages = {
  wrote: (output, sheets, data) => `已写入 ${output}：${sheets.join("、")}${data > 0 ? `（另有 ${count(data)} 张数据表）` : ""}`,
  leftOut: (review, dataset) => `未生成${review}：工作簿中没有找到${DATASET_LABELS[dataset]["zh-CN"]}数据`,
  leftOutBecause: (review, reason) => `未生成${review}：${reason}`,
  warnings: (n) => `${count(n)} 条提示（也已写在工作表上）：`,
  more: (n) => `……另有 ${count(n)} 条`,
  moreProblems: (n) => `……另有 ${count(n)} 个问题`,
  reading: (place) => `正在读取 ${place}……`,
  rows: (n) => `${count(n)} 行`,
  building: (review) => `正在生成${review}……`,
  writing: "正在写入……",
  runHelp: "运行 kpi-toolkit --help 查看选项。",
  isInput: (output) => `--out “${output}”就是输入工作簿；输入文件从不被覆盖，请另选 --out`,
  noSuchInput: (input) => `--in “${input}”：文件不存在`,
  inputIsFolder: (input) => `--in “${input}”是文件夹，不是工作簿`,
  outputExists: (output) => `--out “${output}”已存在；加 --force 覆盖，或另选 --out`,
  outputIsFolder: (output) => `--out “${output}”是文件夹`,
  notRegularFile: (option, file) => `${option} “${file}”是设备或管道，不是文件；${option === "--out" ? "请为评审指定一个文件名" : "请先保存为文件，再指定该文件"}`,
  planIsFolder: (plan) => `--plan “${plan}”是文件夹，不是方案文件`,
  noSuchPlan: (plan) => `--plan “${plan}”：文件不存在`,
  planUnreadable: (plan, detail) => `--plan “${plan}”：${detail}`,
  planNotJson: (plan, detail) => `方案“${plan}”不是有效的 JSON：${detail}`,
  planProblems: (plan, n) => `方案“${plan}”有 ${count(n)} 个问题：`,
  bug: (detail) => `KPI Toolkit 内部出错（${detail}）。这是软件缺陷，不是您文件的问题：请附上所运行的命令反馈给我们，并加上 --debug 重新运行以查看详情。`,
};

export const CLI_MESSAGES: Catalogue<CliMessages> = { en, "zh-CN": zhCN };

/** The command line's words in a language. */
export function cliMessages(language: Language): CliMessages {
  return pick(language, CLI_MESSAGES);
}
