import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { compareWithEngine, describeWithLibreOffice, readFormulaSpecs, recalculate } from "./libreoffice";
import { checkXlsxXml } from "./xmlOrder";

// The README's main command, end to end: the bundled sample team through the command line into a
// review workbook, then every formula recalculated by LibreOffice against the value the core cached.

const examples = path.resolve(__dirname, "../../examples");

describeWithLibreOffice("the demo review workbook recalculated by LibreOffice", () => {
  jest.setTimeout(300_000);
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-demo-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each([
    { language: "English", input: "sample-team.xlsx", plan: "plan.json", sheets: ["Scorecard", "Target plan", "Funnel review", "Commission", "Activity"] },
    { language: "Chinese", input: "sample-team-zh.xlsx", plan: "plan-zh.json", sheets: ["绩效评分", "目标分解", "漏斗分析", "提成核算", "销售活动"] },
  ])("gives every cached value back in the $language sample", async ({ input, plan, sheets }) => {
    const out = path.join(dir, `review-${input}`);
    const code = await main(["all", "--in", path.join(examples, input), "--plan", path.join(examples, plan), "--out", out, "--quiet"], {
      stdout: () => undefined,
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    const specs = await readFormulaSpecs(out);
    const formulas = specs.filter((s) => sheets.includes(s.name)).map((s) => s.rows.flat().filter(Boolean).length);
    expect(formulas.every((n) => n > 20)).toBe(true);
    expect(compareWithEngine(specs, await recalculate(out))).toEqual([]);
    expect(await checkXlsxXml(out)).toEqual([]);
  });
});
