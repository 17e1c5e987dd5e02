import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { planFileText, readPlanFile } from "../../src/taskpane/common/planFile";
import { REVIEW_PANES } from "../../src/taskpane/forms";
import { parsePlan, type Plan } from "../../src/reviews/plan";
import type { ReviewKind } from "../../src/reviews/registry";
import type { ReviewPane } from "../../src/taskpane/common/reviewPane";

jest.setTimeout(60_000);

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const rule = (kind: ReviewKind, p: readonly PropertyKey[]) => (REVIEW_PANES[kind] as ReviewPane<ReviewKind> | undefined)?.rule?.(p);

async function examplePlan(file: string): Promise<Plan> {
  const parsed = parsePlan(JSON.parse(await fs.readFile(path.join(EXAMPLES, file), "utf8")));
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.plan;
}

describe("the plan file the settings view exports", () => {
  it.each(["plan.json", "plan-zh.json"])("is read back by the command line's parser as the same plan (%s)", async (file) => {
    const plan = await examplePlan(file);
    const again = parsePlan(JSON.parse(planFileText(plan)));
    expect(again).toEqual({ ok: true, plan });
  });

  it("is a --plan file the command line builds a scorecard from", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-planfile-"));
    try {
      const exported = path.join(dir, "kpi-plan.json");
      await fs.writeFile(exported, planFileText(await examplePlan("plan.json")));
      let stderr = "";
      const code = await main(["scorecard", "--in", path.join(EXAMPLES, "sample-team.xlsx"), "--plan", exported, "--out", path.join(dir, "review.xlsx"), "--quiet"], {
        stdout: () => undefined,
        stderr: (text) => void (stderr += text),
        stderrIsTTY: false,
        today: 46346,
      });
      expect([code, stderr]).toEqual([0, ""]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe("readPlanFile", () => {
  it("accepts what the command line accepts, a byte-order mark included", () => {
    expect(readPlanFile('\uFEFF{"version": 1}', "en")).toEqual(parsePlan({ version: 1 }));
  });

  it("says a text is not JSON", () => {
    expect(readPlanFile("{version: 1}", "en")).toMatchObject({ ok: false, notJson: expect.stringMatching(/JSON/) });
  });

  it.each([
    { case: "a negative weight", plan: { version: 1, scorecard: { kpis: [{ name: "Revenue", weight: -5 }] } }, en: "scorecard.kpis[0].weight: ", zh: "scorecard.kpis[0].weight：" },
    { case: "a misspelt key", plan: { version: 1, scorecard: { kpis: [{ name: "Revenue", wieght: 5 }] } }, en: 'scorecard.kpis[0].wieght: "wieght" is not a setting here; did you mean "weight"?', zh: "scorecard.kpis[0].wieght：“wieght”不是此处的设置项；是否想写“weight”？" },
    { case: "a version this tool does not read", plan: { version: 3 }, en: "version: ", zh: "version：" },
    { case: "a language the pane does not speak", plan: { version: 1, language: "fr" }, en: 'language: Must be one of “en”, “zh-CN”.', zh: "language：必须是以下之一：“en”、“zh-CN”。" },
  ])("names the field of $case, in the pane's language", ({ plan, en, zh }) => {
    const told = (["en", "zh-CN"] as const).map((language) => {
      const result = readPlanFile(JSON.stringify(plan), language, rule);
      return "errors" in result ? result.errors[0].slice(0, language === "en" ? en.length : zh.length) : "accepted";
    });
    expect(told).toEqual([en, zh]);
  });

  it("refuses exactly what the command line's parser refuses", () => {
    const plans = [{ version: 1 }, { version: 1, language: "fr" }, { version: 1, funnel: { stages: [] } }, [], "plan", { version: 1, scorecard: { kpis: [{ name: "A", weight: 1, cap: 0.5 }] } }];
    expect(plans.map((plan) => readPlanFile(JSON.stringify(plan), "zh-CN", rule).ok)).toEqual(plans.map((plan) => parsePlan(plan).ok));
  });
});
