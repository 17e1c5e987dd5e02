import fs from "fs";
import path from "path";
import { FUNCTION_AREAS, FUNCTION_CATALOG, functionsIn, signatureOf } from "../../src/taskpane/functionCatalog";
import { LANGUAGES } from "../../src/taskpane/i18n";

interface DeclaredFunction {
  name: string;
  parameters: string[];
  example: string;
}

/** The @customfunction JSDoc blocks of src/functions/functions.ts: name, parameters, @example. */
function declaredFunctions(): DeclaredFunction[] {
  const source = fs.readFileSync(path.join(__dirname, "..", "..", "src", "functions", "functions.ts"), "utf8");
  const blocks = source.match(/\/\*\*[\s\S]*?\*\//g) ?? [];
  return blocks
    .filter((block) => /@customfunction\s+\w+/.test(block))
    .map((block) => ({
      name: /@customfunction\s+(\w+)/.exec(block)?.[1] ?? "",
      parameters: [...block.matchAll(/@param\s+(\[?\w+\]?)/g)].map((match) => match[1]),
      example: /@example\s+(.*)/.exec(block)?.[1].trim() ?? "",
    }));
}

// The functions layer (src/functions/functions.ts) is the source of truth; the pane must describe it faithfully.
describe("FUNCTION_CATALOG against src/functions/functions.ts", () => {
  const declared = declaredFunctions();
  const byName = new Map(declared.map((fn) => [fn.name, fn]));

  it("lists exactly the declared custom functions", () => {
    expect(FUNCTION_CATALOG.map((fn) => fn.name).sort()).toEqual(declared.map((fn) => fn.name).sort());
  });

  it.each(FUNCTION_CATALOG.map((fn) => ({ name: fn.name, fn })))("gives $name its declared parameters", ({ name, fn }) => {
    expect(fn.parameters).toEqual(byName.get(name)?.parameters);
  });

  it.each(FUNCTION_CATALOG.map((fn) => ({ name: fn.name, fn })))("gives $name its declared example", ({ name, fn }) => {
    expect(`${fn.example.formula} returns ${fn.example.result}`).toBe(byName.get(name)?.example);
  });
});

describe("FUNCTION_CATALOG", () => {
  it("has 17 functions", () => {
    expect(FUNCTION_CATALOG).toHaveLength(17);
  });

  it.each(LANGUAGES)("has a one-line summary of every function in %s", (language) => {
    const missing = FUNCTION_CATALOG.filter((fn) => fn.summary[language].trim() === "" || /\n/.test(fn.summary[language]));
    expect(missing.map((fn) => fn.name)).toEqual([]);
  });

  it("puts every function in an area the pane shows", () => {
    const shown = FUNCTION_AREAS.flatMap((area) => functionsIn(area.id).map((fn) => fn.name));
    expect(shown.sort()).toEqual(FUNCTION_CATALOG.map((fn) => fn.name).sort());
  });

  it.each(LANGUAGES)("titles every area in %s", (language) => {
    expect(FUNCTION_AREAS.filter((area) => area.title[language].trim() === "")).toEqual([]);
  });
});

describe("signatureOf", () => {
  it("writes the namespace, the name and the parameters with optional ones in brackets", () => {
    const achievement = FUNCTION_CATALOG.find((fn) => fn.name === "ACHIEVEMENT");
    expect(achievement && signatureOf(achievement)).toBe("KPI.ACHIEVEMENT(actual, target, [direction])");
  });
});
