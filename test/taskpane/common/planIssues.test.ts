import { defaultPlan } from "../../../src/reviews/plan";
import type { KpiDefinition } from "../../../src/reviews/scorecard/plan";
import type { Plan } from "../../../src/reviews/plan";
import { issueAt, issueText, planIssues, WEIGHT_TOTAL_PATH } from "../../../src/taskpane/common/planIssues";
import { MESSAGES } from "../../../src/taskpane/i18n";

const kpi = (name: string, weight: number, more: Partial<KpiDefinition> = {}): KpiDefinition => ({ name, weight, direction: "higher", threshold: 0, cap: null, ...more });

function withKpis(kpis: KpiDefinition[]): Plan {
  const plan = defaultPlan();
  return { ...plan, scorecard: { ...plan.scorecard, kpis } };
}

describe("planIssues", () => {
  it("finds nothing wrong with weights that total 100", () => {
    expect(planIssues(withKpis([kpi("A", 33.33), kpi("B", 33.33), kpi("C", 33.34)]), "scorecard").size).toBe(0);
  });

  it("puts weights that do not total 100 at the total", () => {
    expect(planIssues(withKpis([kpi("A", 60), kpi("B", 50)]), "scorecard").get(WEIGHT_TOTAL_PATH)).toEqual({ kind: "weightsTotal", total: 110 });
  });

  it("puts a number field holding text at its path", () => {
    expect(planIssues(withKpis([kpi("A", Number.NaN)]), "scorecard").get("scorecard.kpis.0.weight")).toEqual({ kind: "number" });
  });

  it("puts a cap below the threshold at the cap", () => {
    expect(planIssues(withKpis([kpi("A", 100, { threshold: 0.8, cap: 0.5 })]), "scorecard").get("scorecard.kpis.0.cap")).toEqual({ kind: "capBelowThreshold" });
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
    { case: "weights off 100", issue: { kind: "weightsTotal", total: 110 } as const, scale: 1 as const, en: "The weights add up to 110%; they must total 100%.", zh: "权重合计为 110%，必须等于 100%。" },
  ])("says $case in both languages", ({ issue, scale, en, zh }) => {
    expect([issueText(issue, MESSAGES.en, scale), issueText(issue, MESSAGES["zh-CN"], scale)]).toEqual([en, zh]);
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
