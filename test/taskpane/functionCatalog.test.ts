import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  FUNCTION_AREAS,
  FUNCTION_CATALOG,
  FUNCTION_NOTES,
  type FunctionNotesByName,
  functionsIn,
  signatureIn,
  signatureOf,
} from "../../src/taskpane/functionCatalog";
import { LANGUAGES } from "../../src/taskpane/i18n";

const FUNCTIONS_TS = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");

interface MetadataFunction {
  id: string;
  parameters: { name: string; optional?: boolean }[];
}

/** The @example of each @customfunction JSDoc block of functions.ts, by id, read as plain text. */
function declaredExamples(): Map<string, string> {
  const blocks = fs.readFileSync(FUNCTIONS_TS, "utf8").match(/\/\*\*[\s\S]*?\*\//g) ?? [];
  return new Map(
    blocks
      .filter((block) => /@customfunction\s+\w+/.test(block))
      .map((block) => [/@customfunction\s+(\w+)/.exec(block)![1], /@example\s+(.*)/.exec(block)?.[1].trim() ?? ""]),
  );
}

// functions.ts is the source of truth; the pane must describe exactly what Excel gets from it.
describe("FUNCTION_CATALOG against src/functions/functions.ts", () => {
  let metadata: MetadataFunction[];
  beforeAll(async () => {
    metadata = JSON.parse((await generateCustomFunctionsMetadata(FUNCTIONS_TS)).metadataJson).functions;
  }, 60_000);
  const examples = declaredExamples();

  it("lists exactly the declared custom functions", () => {
    expect(FUNCTION_CATALOG.map((fn) => fn.name).sort()).toEqual(metadata.map((fn) => fn.id).sort());
  });

  it("lists exactly the functions with a JSDoc @customfunction block", () => {
    expect(FUNCTION_CATALOG.map((fn) => fn.name).sort()).toEqual([...examples.keys()].sort());
  });

  it.each(FUNCTION_CATALOG.map((fn) => [fn.name, fn] as const))("gives %s the parameters of the metadata, optional ones bracketed", (name, fn) => {
    const declared = metadata.find((f) => f.id === name)!.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(signatureOf(fn)).toBe(`KPI.${name}(${declared.join(", ")})`);
  });

  it.each(FUNCTION_CATALOG.map((fn) => [fn.name, fn] as const))("gives %s its JSDoc @example", (name, fn) => {
    expect(`${fn.example.formula} returns ${fn.example.result}`).toBe(examples.get(name));
  });
});

describe("FUNCTION_CATALOG", () => {
  it.each(LANGUAGES)("has a one-line summary of every function in %s", (language) => {
    const missing = FUNCTION_CATALOG.filter((fn) => fn.summary[language].trim() === "" || /\n/.test(fn.summary[language]));
    expect(missing.map((fn) => fn.name)).toEqual([]);
  });

  it("has Chinese summaries in Chinese, each its own", () => {
    const summaries = FUNCTION_CATALOG.map((fn) => fn.summary["zh-CN"]);
    expect([summaries.filter((s) => !/[\u4e00-\u9fff]/.test(s)), new Set(summaries).size]).toEqual([[], FUNCTION_CATALOG.length]);
  });

  it("names and describes every parameter in Chinese, each name its own within its function", () => {
    const bad = FUNCTION_CATALOG.flatMap((fn) =>
      fn.parameters
        .filter((p, i) => !/^[\u4e00-\u9fff]+$/.test(p.label["zh-CN"]) || !/[\u4e00-\u9fff]/.test(p.description["zh-CN"]) || fn.parameters.findIndex((q) => q.label["zh-CN"] === p.label["zh-CN"]) !== i)
        .map((p) => `${fn.name}.${p.name}`),
    );
    expect(bad).toEqual([]);
  });

  it.each(LANGUAGES)("says in %s what every function returns", (language) => {
    expect(FUNCTION_CATALOG.filter((fn) => fn.returns[language].trim() === "").map((fn) => fn.name)).toEqual([]);
  });

  it("keeps the example of a table argument in the Chinese description as typed", () => {
    const bands = FUNCTION_CATALOG.find((fn) => fn.name === "BANDSCORE")!.parameters.find((p) => p.name === "bands")!;
    expect([bands.description.en, bands.description["zh-CN"]].every((text) => text.includes("{0.8,60;0.9,80;1,100}"))).toBe(true);
  });

  it("writes the signature with the parameter names of each language", () => {
    const funnel = FUNCTION_CATALOG.find((fn) => fn.name === "FUNNEL")!;
    expect([signatureIn(funnel, "en"), signatureIn(funnel, "zh-CN")]).toEqual(["KPI.FUNNEL(counts, [cumulative])", "KPI.FUNNEL(各阶段数量, [累计])"]);
  });

  it("puts every function in an area the pane shows", () => {
    const shown = FUNCTION_AREAS.flatMap((area) => functionsIn(area.id).map((fn) => fn.name));
    expect(shown.sort()).toEqual(FUNCTION_CATALOG.map((fn) => fn.name).sort());
  });

  it("lists the functions in the order the pane shows them, area by area", () => {
    expect(FUNCTION_CATALOG.map((fn) => fn.name)).toEqual(FUNCTION_AREAS.flatMap((area) => functionsIn(area.id).map((fn) => fn.name)));
  });

  it("takes each function's area from its notes", () => {
    expect(FUNCTION_CATALOG.filter((fn) => fn.area !== FUNCTION_NOTES[fn.name].area)).toEqual([]);
  });

  it.each(LANGUAGES)("titles every area in %s", (language) => {
    expect(FUNCTION_AREAS.filter((area) => area.title[language].trim() === "")).toEqual([]);
  });
});

// Checked by `tsc --noEmit`: the notes must name exactly the functions of functions.ts.
const { ABC: _abc, ...withoutAbc } = FUNCTION_NOTES;
// @ts-expect-error: ABC has no area and no Chinese summary
void (withoutAbc satisfies FunctionNotesByName);
// @ts-expect-error: functions.ts declares no KPI.NOPE
void ({ ...FUNCTION_NOTES, NOPE: { area: "scoring", summary: { "zh-CN": "无" } } } satisfies FunctionNotesByName);
// @ts-expect-error: a function's notes need a summary in every language but English
void ({ ...FUNCTION_NOTES, ABC: { ...FUNCTION_NOTES.ABC, summary: {} } } satisfies FunctionNotesByName);
const { labels: _labels, ...abcParameters } = FUNCTION_NOTES.ABC.parameters;
// @ts-expect-error: every parameter of functions.ts needs its words (ABC's labels has none here)
void ({ ...FUNCTION_NOTES, ABC: { ...FUNCTION_NOTES.ABC, parameters: abcParameters } } satisfies FunctionNotesByName);
// @ts-expect-error: functions.ts gives ABC no parameter "colour"
void ({ ...FUNCTION_NOTES, ABC: { ...FUNCTION_NOTES.ABC, parameters: { ...FUNCTION_NOTES.ABC.parameters, colour: FUNCTION_NOTES.ABC.parameters.labels } } } satisfies FunctionNotesByName);
