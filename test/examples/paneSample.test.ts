import { promises as fs } from "fs";
import { sampleFile, sampleText } from "../../examples/paneSample";
import { parsePlan } from "../../src/reviews/plan";

jest.setTimeout(60_000);

// The pane's sample is the bundled sample workbooks read back; when generate.ts changes them, this says to
// run `npx tsx examples/paneSample.ts`.
describe("the sample the pane writes", () => {
  it.each(["en", "zh-CN"] as const)("is the bundled sample workbook and plan in %s, cell for cell", async (language) => {
    const committed = await fs.readFile(sampleFile(language), "utf8");
    expect(committed === (await sampleText(language))).toBe(true);
  });

  it.each(["en", "zh-CN"] as const)("carries a plan the command line accepts, in %s", async (language) => {
    const sample = JSON.parse(await fs.readFile(sampleFile(language), "utf8")) as { plan: unknown };
    expect(parsePlan(sample.plan).ok).toBe(true);
  });
});
