import { promises as fs } from "fs";
import path from "path";
import { REVIEW_KINDS, REVIEWS, SHEET_PURPOSES } from "../../src/reviews/registry";
import { planSchema } from "../../src/reviews/plan";
import { USAGE } from "../../src/cli/args";

/**
 * A review is one folder, registered once: nothing outside its folders (src/reviews/<kind>/,
 * src/taskpane/<kind>/) and the two registries names its kind, so adding a review is a folder and a line.
 */

const SRC = path.join(__dirname, "..", "..", "src");
const REGISTRIES = ["reviews/registry.ts", "taskpane/forms.tsx"];
/** Words that are spelled like a kind and mean something else, each where it stands and why. */
const NOT_A_KIND: Record<string, readonly string[]> = {
  // Excel's funnel chart type, which the funnel review asks for but other reviews may too.
  "sheets/spec.ts": ['"funnel"'],
  "workbook/officeWrite.ts": ['"funnel"', "funnel:"],
  "workbook/xlsxCharts.ts": ['"funnel"'],
  // The areas the pane groups the KPI functions in (core/funnel, core/commission…), not reviews.
  "taskpane/functionCatalog.ts": ['"targets"', '"funnel"', '"commission"'],
};

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files = await Promise.all(entries.map((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]))));
  return files.flat().filter((f) => /\.tsx?$/.test(f));
}

/** Code without its comments, so a sentence about "the funnel" is not a use of the kind. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** Each place a file names a review kind: as a string ("funnel"), a property (plan.funnel) or a key (funnel:). */
function kindsNamed(code: string): string[] {
  const kinds = REVIEW_KINDS.join("|");
  const found = withoutComments(code).match(new RegExp(`["'\`](${kinds})["'\`]|\\.(${kinds})\\b(?!/)|^\\s*(${kinds})\\s*:`, "gm"));
  return found ?? [];
}

describe("the review registry", () => {
  it("lists each kind once, and the writers know each as a sheet purpose", () => {
    expect(new Set(REVIEW_KINDS).size).toBe(REVIEWS.length);
    expect(SHEET_PURPOSES).toEqual([...REVIEW_KINDS, "data"]);
  });

  it("gives every review a plan section, a command and its help in every language", () => {
    const plan = planSchema.parse({ version: 1 }) as Record<string, unknown>;
    const missing = REVIEWS.filter((r) => plan[r.kind] === undefined || !USAGE.includes(`  ${r.kind} `) || !r.name["zh-CN"] || !r.help["zh-CN"] || !r.summary["zh-CN"]);
    expect(missing.map((r) => r.kind)).toEqual([]);
  });

  it("is the only place outside a review's own folders that names a review kind", async () => {
    const files = await sourceFiles(SRC);
    const offenders: string[] = [];
    for (const file of files) {
      const rel = path.relative(SRC, file).split(path.sep).join("/");
      const [layer, folder] = rel.split("/");
      const own = (layer === "reviews" || layer === "taskpane") && (REVIEW_KINDS as readonly string[]).includes(folder);
      if (own || REGISTRIES.includes(rel)) continue;
      const named = kindsNamed(await fs.readFile(file, "utf8")).filter((n) => !(NOT_A_KIND[rel] ?? []).includes(n.trim()));
      if (named.length > 0) offenders.push(`${rel}: ${[...new Set(named.map((n) => n.trim()))].join(" ")}`);
    }
    expect(offenders).toEqual([]);
  });

  it("notices a kind named outside the registry (the check itself can fail)", () => {
    expect([kindsNamed(`const x = plan.funnel.stages;`), kindsNamed(`if (kind === "commission") {}`), kindsNamed(`// the funnel review`)]).toEqual([
      [".funnel"],
      ['"commission"'],
      [],
    ]);
  });
});
