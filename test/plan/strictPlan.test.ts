import { promises as fs } from "fs";
import path from "path";
import { parsePlan, planSchema } from "../../src/reviews/plan";
import { editDistance } from "../../src/core/text/editDistance";
import { nearest } from "../../src/plan/nearest";
import { unknownKeys } from "../../src/plan/unknownKeys";

describe("nearest", () => {
  it.each([
    ["dirction", "direction"],
    ["treshold", "threshold"],
    ["wieght", "weight"],
    ["Weight", "weight"],
    ["as_of", "asOf"],
  ])("takes %s for %s", (word, meant) => {
    expect(nearest(word, ["name", "weight", "direction", "threshold", "cap", "bands", "asOf"])).toBe(meant);
  });

  it("suggests nothing for a word far from every known one", () => {
    expect(nearest("colour", ["name", "weight", "direction"])).toBeNull();
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("wieght", "weight")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("a strict plan", () => {
  it("refuses a misspelt KPI setting, naming it and the setting meant", () => {
    const result = parsePlan({ version: 1, scorecard: { kpis: [{ name: "Churn", weight: 1, dirction: "lower" }] } });
    expect(!result.ok && result.errors).toEqual(['scorecard.kpis[0].dirction: "dirction" is not a setting here; did you mean "direction"?']);
  });

  it("refuses a misspelt section and a misspelt setting in another review's section", () => {
    const result = parsePlan({ version: 1, scorcard: {}, funnel: { stages: [{ name: "Lead", probabilty: 0.1 }] } });
    expect(!result.ok && result.errors.slice(0, 2)).toEqual([
      'scorcard: "scorcard" is not a setting here; did you mean "scorecard"?',
      'funnel.stages[0].probabilty: "probabilty" is not a setting here; did you mean "probability"?',
    ]);
  });

  it("lists the settings when nothing is near, in the plan's language", () => {
    const result = parsePlan({ version: 1, language: "zh-CN", scorecard: { kpis: [{ name: "客诉", weight: 1, colour: "red" }] } });
    expect(!result.ok && result.errors).toEqual(["scorecard.kpis[0].colour: “colour”不是此处的设置项；此处可用的设置项有 “name”、“weight”、“direction”、“threshold”、“cap”、“bands”"]);
  });

  it("says a misspelt required setting is missing, beside the typo", () => {
    const result = parsePlan({ version: 1, scorecard: { kpis: [{ name: "Sales", wieght: 40 }] } });
    expect(!result.ok && result.errors).toEqual([
      'scorecard.kpis[0].wieght: "wieght" is not a setting here; did you mean "weight"?',
      "scorecard.kpis[0].weight: missing: this setting is required (expected number)",
    ]);
  });

  it("reads keys inside records (sources' columns, the forced distribution) as the team's own words", () => {
    expect(unknownKeys(planSchema, { version: 1, sources: { scores: { sheet: "KPI", columns: { name: "员工姓名" } } }, scorecard: { distribution: { A: 0.2 } } })).toEqual([]);
    expect(unknownKeys(planSchema, { version: 1, sources: { scores: { sheeet: "KPI" } } }).map((u) => [u.key, u.suggestion])).toEqual([["sheeet", "sheet"]]);
  });

  it("accepts 越低越好 and 越高越好 as directions, and no direction at all", () => {
    const result = parsePlan({ version: 1, scorecard: { kpis: [{ name: "客诉", weight: 1, direction: "越低越好" }, { name: "销售额", weight: 2, direction: "越高越好" }, { name: "回款", weight: 1 }] } });
    expect(result.ok && result.plan.scorecard.kpis.map((k) => k.direction)).toEqual(["lower", "higher", null]);
    const bad = parsePlan({ version: 1, scorecard: { kpis: [{ name: "客诉", weight: 1, direction: "down" }] } });
    expect(!bad.ok && bad.errors).toEqual(['scorecard.kpis[0].direction: expected "higher" or "lower" (越高越好 or 越低越好)']);
  });

  it("accepts weights that do not add up to 100 (the scorecard normalises them with a warning)", () => {
    expect(parsePlan({ version: 1, scorecard: { kpis: [{ name: "A", weight: 60 }, { name: "B", weight: 60 }] } }).ok).toBe(true);
  });

  it.each(["plan.json", "plan-zh.json"])("accepts the example %s and a plan it saved", async (file) => {
    const json: unknown = JSON.parse(await fs.readFile(path.join(__dirname, "../../examples", file), "utf8"));
    const result = parsePlan(json);
    expect(result.ok ? [] : result.errors).toEqual([]);
    // The pane saves the parsed plan and reads it back.
    const again = result.ok ? parsePlan(JSON.parse(JSON.stringify(result.plan))) : null;
    expect(again?.ok ? [] : again?.errors).toEqual([]);
  });
});
