import { defaultPlan } from "../../../src/reviews/plan";
import type { KpiDefinition } from "../../../src/reviews/scorecard/plan";
import type { Plan } from "../../../src/reviews/plan";
import { type FieldIssue, issueAt, issueText, planIssues } from "../../../src/taskpane/common/planIssues";
import { scorecardPane } from "../../../src/taskpane/scorecard/pane";
import { targetsPane } from "../../../src/taskpane/targets/pane";

const kpi = (name: string, weight: number, more: Partial<KpiDefinition> = {}): KpiDefinition => ({ name, weight, direction: "higher", threshold: 0, cap: null, ...more });

function withKpis(kpis: KpiDefinition[]): Plan {
  const plan = defaultPlan();
  return { ...plan, scorecard: { ...plan.scorecard, kpis } };
}

/** An issue's words in both languages. */
const inBoth = (issue: FieldIssue | undefined): [string, string] | undefined => (issue ? [issueText(issue, "en"), issueText(issue, "zh-CN")] : undefined);

describe("planIssues", () => {
  it("finds nothing wrong with weights that total 100", () => {
    expect(planIssues(withKpis([kpi("A", 33.33), kpi("B", 33.33), kpi("C", 33.34)]), "scorecard", scorecardPane).size).toBe(0);
  });

  it("lets weights that do not total 100 through: the build scales them, as the command line does", () => {
    expect(planIssues(withKpis([kpi("A", 60), kpi("B", 50)]), "scorecard", scorecardPane).size).toBe(0);
  });

  it("puts weights that add up to 0 at the KPIs, in the scorecard's words", () => {
    expect(inBoth(planIssues(withKpis([kpi("A", 0), kpi("B", 0)]), "scorecard", scorecardPane).get("scorecard.kpis"))).toEqual([
      "The weights add up to 0.",
      "权重之和为 0。",
    ]);
  });

  it("puts a number field holding text at its path", () => {
    expect(planIssues(withKpis([kpi("A", Number.NaN)]), "scorecard", scorecardPane).get("scorecard.kpis.0.weight")).toEqual({ kind: "number" });
  });

  it("puts a cap below the threshold at the cap, in the scorecard's words", () => {
    expect(inBoth(planIssues(withKpis([kpi("A", 100, { threshold: 0.8, cap: 0.5 })]), "scorecard", scorecardPane).get("scorecard.kpis.0.cap"))).toEqual([
      "The cap is below the threshold.",
      "封顶值低于门槛值。",
    ]);
  });

  it("says weights that add up to 0 at the KPIs, in the scorecard's words", () => {
    expect(inBoth(planIssues(withKpis([kpi("A", 0)]), "scorecard", scorecardPane).get("scorecard.kpis"))).toEqual(["The weights add up to 0.", "权重之和为 0。"]);
  });

  it("asks for the weight column of a target split by a column, in the target plan's words", () => {
    const plan = defaultPlan();
    expect(inBoth(planIssues({ ...plan, targets: { ...plan.targets, weighting: "column" } }, "targets", targetsPane).get("targets.weightColumn"))).toEqual([
      "Choose the people table's Weight column on the “Check the columns” step.",
      "请在“核对列”一步为人员表选择“权重”列。",
    ]);
  });

  it("says a rule the review's pane does not word in the plan's own words, in both languages", () => {
    expect(inBoth(planIssues(withKpis([kpi("A", 0)]), "scorecard").get("scorecard.kpis"))).toEqual(["the KPI weights add up to 0", "各指标的权重之和为 0"]);
  });

  it("says a period that starts after it ends at the period", () => {
    expect(planIssues({ ...defaultPlan(), period: { start: "2026-12-31", end: "2026-01-01" } }, "funnel").get("period")).toEqual({ kind: "periodOrder" });
  });

  it("leaves out the issues of another builder's section", () => {
    const plan = defaultPlan();
    expect(planIssues({ ...plan, targets: { ...plan.targets, decimals: 9 } }, "funnel").size).toBe(0);
  });

  it("keeps issues of the fields every review reads", () => {
    expect(planIssues({ ...defaultPlan(), asOf: "2026/4/1" }, "funnel").get("asOf")).toEqual({ kind: "date" });
  });

  it("reads a probability above 1 as a maximum", () => {
    const plan = defaultPlan();
    const stages = [
      { name: "Lead", aliases: [], maxDays: null, probability: 1.5 },
      { name: "Won", aliases: [], maxDays: null, probability: 1 },
    ];
    expect(planIssues({ ...plan, funnel: { stages } }, "funnel").get("funnel.stages.0.probability")).toEqual({ kind: "max", max: 1 });
  });

  it("reads a fractional day limit as a whole number wanted", () => {
    const stages = [
      { name: "Lead", aliases: [], maxDays: 1.5, probability: 0.1 },
      { name: "Won", aliases: [], maxDays: null, probability: 1 },
    ];
    expect(planIssues({ ...defaultPlan(), funnel: { stages } }, "funnel").get("funnel.stages.0.maxDays")).toEqual({ kind: "wholeNumber" });
  });
});

describe("issueText", () => {
  it.each([
    { case: "a maximum in a percent field", issue: { kind: "max", max: 1 } as const, scale: 100 as const, en: "Must be 100% or less.", zh: "不能大于 100%。" },
    { case: "a minimum in a number field", issue: { kind: "min", min: 0 } as const, scale: 1 as const, en: "Must be 0 or more.", zh: "不能小于 0。" },
    { case: "a review's own rule", issue: { kind: "rule", text: { en: "Rule broken.", "zh-CN": "违反规则。" } } as const, scale: 1 as const, en: "Rule broken.", zh: "违反规则。" },
  ])("says $case in both languages", ({ issue, scale, en, zh }) => {
    expect([issueText(issue, "en", scale), issueText(issue, "zh-CN", scale)]).toEqual([en, zh]);
  });
});

describe("issueAt", () => {
  it("finds an issue inside a field such as one item of a list", () => {
    const issues = new Map([["targets.ramp.1", { kind: "number" } as const]]);
    expect(issueAt(issues, "targets.ramp")).toEqual({ kind: "number" });
  });

  it("does not take a field whose name only starts the same", () => {
    const issues = new Map([["targets.rampUp", { kind: "number" } as const]]);
    expect(issueAt(issues, "targets.ramp")).toBeUndefined();
  });
});
