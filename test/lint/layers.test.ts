import path from "path";
import { ESLint } from "eslint";

/**
 * The layer rule, run through the project's own lint configuration: an import against the direction is
 * reported, one along it is not, and only the Office host may touch the Office and Excel globals.
 */

const root = path.join(__dirname, "..", "..");
// The project's own configuration, handed over directly: jest cannot run ESLint's dynamic import of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../eslint.config.js");
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("the layer rule (npm run lint)", () => {
  it.each([
    { file: "src/core/scoring/x.ts", imports: "../../excel/a1", to: "excel" },
    { file: "src/excel/x.ts", imports: "../datasets/records", to: "datasets" },
    { file: "src/datasets/x.ts", imports: "../reviews/registry", to: "reviews" },
    { file: "src/sheets/x.ts", imports: "../workbook/xlsxWrite", to: "workbook" },
    { file: "src/reviews/x.ts", imports: "../taskpane/i18n", to: "taskpane" },
    { file: "src/workbook/x.ts", imports: "../cli/args", to: "cli" },
    { file: "src/functions/x.ts", imports: "../reviews/registry", to: "reviews" },
  ])("reports $file importing src/$to", async ({ file, imports, to }) => {
    const found = await problems(file, `import { thing } from "${imports}";\nexport const x = thing;\n`);
    expect(found).toEqual([expect.stringContaining(`kpi/layers: src/${file.split("/")[1]} may not import src/${to}`)]);
  });

  it("reports a dynamic import against the direction too", async () => {
    const found = await problems("src/core/x.ts", `export const load = () => import("../taskpane/i18n");\n`);
    expect(found).toEqual([expect.stringContaining("kpi/layers: src/core may not import src/taskpane")]);
  });

  it.each([
    { file: "src/reviews/x.ts", imports: "../core/errors" },
    { file: "src/workbook/x.ts", imports: "../reviews/registry" },
    { file: "src/taskpane/x.ts", imports: "../workbook/office" },
    { file: "src/core/scoring/x.ts", imports: "../errors" },
  ])("accepts $file importing $imports", async ({ file, imports }) => {
    expect(await problems(file, `import { thing } from "${imports}";\nexport const x = thing;\n`)).toEqual([]);
  });

  it("reports a folder of src/ that is no layer", async () => {
    const found = await problems("src/helpers/x.ts", `export const x = 1;\n`);
    expect(found).toEqual([expect.stringContaining("kpi/layers: src/helpers is not a layer")]);
  });

  it("lets only the Office host touch the Office global", async () => {
    const code = `export const language = (): string => Office.context.displayLanguage;\n`;
    expect(await problems("src/taskpane/x.ts", code)).toEqual([expect.stringContaining("no-restricted-globals")]);
    expect(await problems("src/workbook/officeStart.ts", code)).toEqual([]);
  });
});
