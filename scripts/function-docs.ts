/*
 * Writes what the task pane and the README say about each KPI.* function from the one place it is
 * written: the JSDoc of src/functions/functions.ts, which custom-functions-metadata also turns into
 * functions.json for Excel.
 *
 *   npm run docs:functions            rewrites src/functions/docs.generated.ts, the README's function table and
 *                                     the localized metadata (src/functions/functions-zh-CN.json)
 *   npm run docs:functions -- --check  only reports (exit 1) when either is out of date
 *
 * From the metadata: each function's id, its parameters in order and which are optional, and its
 * description (the summary is its first sentence). From the JSDoc: the `@example`, which the metadata
 * leaves out. test/functions/docs.test.ts fails while either output differs from what this produces.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { type FunctionDoc, signatureOf } from "../src/functions/docs";
import { FUNCTION_NOTES, type FunctionNotes, type ParameterText, type Translated } from "../src/taskpane/functionCatalog";
import type { Language } from "../src/i18n/languages";

export const ROOT = path.resolve(__dirname, "..");
export const FUNCTIONS_SOURCE = "src/functions/functions.ts";
export const DOCS_MODULE = "src/functions/docs.generated.ts";
export const README = "README.md";
/**
 * The functions' metadata in Chinese, which the manifest gives Excel for the zh-CN locale (Office reads one
 * functions.json per locale; the English one is made by the build from the JSDoc, this one from it and the
 * pane's Chinese words). The build copies it beside functions.json.
 */
export const LOCALIZED_METADATA: Readonly<Record<Exclude<Language, "en">, string>> = { "zh-CN": "src/functions/functions-zh-CN.json" };

export const TABLE_START =
  "<!-- functions table: generated from the JSDoc of src/functions/functions.ts by `npm run docs:functions`; edit the JSDoc, not this table -->";
export const TABLE_END = "<!-- end of the generated functions table -->";

/** The part of functions.json this script reads. */
export interface MetadataFunction {
  id: string;
  description?: string;
  parameters: { name: string; optional?: boolean; description?: string }[];
}

/** Which JavaScript function each metadata id comes from (custom-functions-metadata's `associate`). */
export interface Association {
  id: string;
  functionName: string;
}

/**
 * The first sentence of a description, on one line: up to the first full stop followed by a space (so
 * "0.8" and "2.7" do not end it), or all of it.
 *
 * @example
 * firstSentence("Splits a total.\nThe parts add up.") // => "Splits a total."
 */
export function firstSentence(description: string): string {
  const text = description.replace(/\s+/g, " ").trim();
  const end = /[.!?](?= )/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

/** The text of one JSDoc tag (`example`, `returns`) of each exported function in the source, by function name. */
export function tagsIn(source: string, tag: string, fileName = FUNCTIONS_SOURCE): Map<string, string> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found = new Map<string, string>();
  for (const statement of file.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const tags = ts.getJSDocTags(statement).filter((t) => t.tagName.text === tag);
    if (tags.length > 1) throw new Error(`${statement.name.text} has ${tags.length} @${tag} tags; give it one`);
    const text = tags.length === 1 ? ts.getTextOfJSDocComment(tags[0].comment) : undefined;
    if (text !== undefined) found.set(statement.name.text, text.trim());
  }
  return found;
}

/** The `@example` of each exported function in the source, by function name. */
export function examplesIn(source: string, fileName = FUNCTIONS_SOURCE): Map<string, string> {
  return tagsIn(source, "example", fileName);
}

/**
 * The documentation of every function, in the order of the metadata (the order of functions.ts). Throws,
 * naming the function, when an `@example` is missing, spans lines, or is not `=KPI.NAME(...) returns result`,
 * when `@returns` is missing, or when a parameter has no description.
 */
export function functionDocs(
  metadata: readonly MetadataFunction[],
  associations: readonly Association[],
  examples: ReadonlyMap<string, string>,
  returns: ReadonlyMap<string, string>,
): FunctionDoc[] {
  return metadata.map((fn) => {
    const functionName = associations.find((a) => a.id === fn.id)?.functionName;
    const example = functionName === undefined ? undefined : examples.get(functionName);
    if (example === undefined) throw new Error(`KPI.${fn.id} has no @example; add "@example =KPI.${fn.id}(...) returns <result>"`);
    const parts = /^(=KPI\.([\w.]+)\(.*\)) returns (.+)$/.exec(example);
    if (!parts || /\n/.test(example)) {
      throw new Error(`the @example of KPI.${fn.id} is "${example}"; write it on one line as "=KPI.${fn.id}(...) returns <result>"`);
    }
    if (parts[2] !== fn.id) throw new Error(`the @example of KPI.${fn.id} calls KPI.${parts[2]}`);
    const summary = firstSentence(fn.description ?? "");
    if (summary === "") throw new Error(`KPI.${fn.id} has no description`);
    const result = functionName === undefined ? undefined : returns.get(functionName);
    if (result === undefined || result === "") throw new Error(`KPI.${fn.id} has no @returns; say what it returns (and whether it is a fraction)`);
    const undescribed = fn.parameters.find((p) => (p.description ?? "").trim() === "");
    if (undescribed) throw new Error(`the parameter ${undescribed.name} of KPI.${fn.id} has no description; say what it takes, with an example`);
    return {
      name: fn.id,
      parameters: fn.parameters.map((p) => ({ name: p.name, optional: p.optional === true, description: oneLine(p.description ?? "") })),
      summary,
      returns: oneLine(result),
      example: { formula: parts[1], result: parts[3] },
    };
  });
}

/** Text on one line, its runs of white space as one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The metadata of functions.ts as the build makes functions.json, and its documentation. */
export async function readFunctions(root = ROOT): Promise<{ metadataJson: string; docs: FunctionDoc[] }> {
  const file = path.join(root, FUNCTIONS_SOURCE);
  const generated = await generateCustomFunctionsMetadata(file);
  if (generated.errors.length > 0) throw new Error(`${FUNCTIONS_SOURCE}: ${generated.errors.join("; ")}`);
  const { functions } = JSON.parse(generated.metadataJson) as { functions: MetadataFunction[] };
  const source = fs.readFileSync(file, "utf8");
  return { metadataJson: generated.metadataJson, docs: functionDocs(functions, generated.associate, examplesIn(source), tagsIn(source, "returns")) };
}

/** Reads functions.ts under root: its metadata (as the build makes functions.json) and its examples. */
export async function readFunctionDocs(root = ROOT): Promise<FunctionDoc[]> {
  return (await readFunctions(root)).docs;
}

/** What the pane says of one function in a language, as localized metadata takes it. */
export interface FunctionWords {
  description: string;
  parameters: Readonly<Record<string, { name: string; description: string }>>;
}

/**
 * functions.json in another language: the same functions, ids, names, types and options, with each
 * description and each parameter's name and description in that language. The function names stay as
 * they are, as Excel's own function names do in Chinese Excel, so a formula reads the same in both.
 * Throws, naming it, for a function or parameter without words.
 */
export function localizeMetadata(metadataJson: string, words: (id: string) => FunctionWords | undefined): string {
  const metadata = JSON.parse(metadataJson) as { functions: (MetadataFunction & Record<string, unknown>)[] } & Record<string, unknown>;
  const functions = metadata.functions.map((fn) => {
    const own = words(fn.id);
    if (!own) throw new Error(`KPI.${fn.id} has no localized words; add it to FUNCTION_NOTES in src/taskpane/functionCatalog.ts`);
    return {
      ...fn,
      description: own.description,
      parameters: fn.parameters.map((p) => {
        const param = own.parameters[p.name];
        if (!param) throw new Error(`the parameter ${p.name} of KPI.${fn.id} has no localized words`);
        return { ...p, name: param.name, description: param.description };
      }),
    };
  });
  return `${JSON.stringify({ ...metadata, functions }, null, 2)}\n`;
}

/**
 * The pane's words for each function in a language, from FUNCTION_NOTES itself rather than the catalogue
 * built on the committed docs.generated.ts: a parameter just added to the JSDoc (and to the notes) is
 * found before that file is regenerated.
 */
export function catalogWords(language: Exclude<Language, "en">): (id: string) => FunctionWords | undefined {
  const notes = FUNCTION_NOTES as unknown as Readonly<Record<string, FunctionNotes | undefined>>;
  return (id) => {
    const own = notes[id];
    if (!own) return undefined;
    const parameters = own.parameters as unknown as Readonly<Record<string, Translated<ParameterText>>>;
    return {
      description: own.summary[language],
      parameters: Object.fromEntries(Object.entries(parameters).map(([name, text]) => [name, text[language]])),
    };
  };
}

/** The text of src/functions/docs.generated.ts. */
export function renderModule(docs: readonly FunctionDoc[]): string {
  const q = (text: string) => JSON.stringify(text);
  const entries = docs.map((doc) =>
    [
      "  {",
      `    name: ${q(doc.name)},`,
      "    parameters: [",
      ...doc.parameters.map((p) => `      { name: ${q(p.name)}, optional: ${p.optional}, description: ${q(p.description)} },`),
      "    ],",
      `    summary: ${q(doc.summary)},`,
      `    returns: ${q(doc.returns)},`,
      `    example: { formula: ${q(doc.example.formula)}, result: ${q(doc.example.result)} },`,
      "  },",
    ].join("\n"),
  );
  return [
    "// Generated by scripts/function-docs.ts from the JSDoc of src/functions/functions.ts. Do not edit: change",
    "// the JSDoc and run `npm run docs:functions` (test/functions/docs.test.ts fails until this file matches).",
    'import type { FunctionDoc } from "./docs";',
    "",
    "/** Every KPI.* function, in the order of functions.ts. */",
    "export const FUNCTION_DOCS = [",
    ...entries,
    "] as const satisfies readonly FunctionDoc[];",
    "",
    '/** The name of a KPI.* function, as typed after "KPI.". */',
    "export type KpiFunctionName = (typeof FUNCTION_DOCS)[number][\"name\"];",
    "",
  ].join("\n");
}

/** Text for a table cell: a pipe would end the cell, even inside code. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** A code span that survives backticks in the text. */
function code(text: string): string {
  const fence = "`".repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${cell(text)}${pad}${fence}`;
}

/** The README's function table, between its two marker comments. */
export function renderReadmeTable(docs: readonly FunctionDoc[]): string {
  return [
    TABLE_START,
    "",
    "| Function | What it does | Example | Result |",
    "|---|---|---|---|",
    ...docs.map((doc) => `| ${code(signatureOf(doc))} | ${cell(doc.summary)} | ${code(doc.example.formula)} | ${code(doc.example.result)} |`),
    "",
    TABLE_END,
  ].join("\n");
}

/** The README with its function table (from TABLE_START to TABLE_END) replaced. */
export function withReadmeTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) {
    throw new Error(`${README} has no function table to replace: keep the lines\n${TABLE_START}\n${TABLE_END}\naround it`);
  }
  return readme.slice(0, start) + table + readme.slice(end + TABLE_END.length);
}

/** What the two generated outputs should hold now, by path under root. */
export async function expectedOutputs(root = ROOT): Promise<Map<string, string>> {
  const { metadataJson, docs } = await readFunctions(root);
  const readme = fs.readFileSync(path.join(root, README), "utf8");
  return new Map([
    [DOCS_MODULE, renderModule(docs)],
    [README, withReadmeTable(readme, renderReadmeTable(docs))],
    ...Object.entries(LOCALIZED_METADATA).map(([language, file]): [string, string] => [file, localizeMetadata(metadataJson, catalogWords(language as Exclude<Language, "en">))]),
  ]);
}

async function main(args: readonly string[]): Promise<number> {
  const check = args.includes("--check");
  const stale: string[] = [];
  for (const [file, text] of await expectedOutputs()) {
    const full = path.join(ROOT, file);
    if (fs.existsSync(full) && fs.readFileSync(full, "utf8") === text) continue;
    stale.push(file);
    if (!check) fs.writeFileSync(full, text);
  }
  if (stale.length === 0) console.log("The function docs are up to date.");
  else if (check) console.error(`Out of date (run npm run docs:functions): ${stale.join(", ")}`);
  else console.log(`Wrote ${stale.join(", ")}`);
  return check && stale.length > 0 ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (status) => process.exit(status),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
