import { defaultPlan, parsePlan } from "../../src/reviews/plan";

describe("parsePlan", () => {
  it("fills every default from a plan that gives only its version", () => {
    const result = parsePlan({ version: 1 });
    expect(result.ok && result.plan.scorecard.rating.map((r) => r.label)).toEqual(["C", "B", "A"]);
    expect(result.ok && result.plan.commission.method).toBe("marginal");
  });

  it("gives the same plan as defaultPlan for an empty plan", () => {
    const result = parsePlan({ version: 1 });
    expect(result.ok && result.plan).toEqual(defaultPlan());
  });

  it.each([
    { name: "a negative KPI weight", plan: { version: 1, scorecard: { kpis: [{ name: "Sales", weight: -1 }] } }, field: "scorecard.kpis[0].weight" },
    { name: "a date in another format", plan: { version: 1, asOf: "20/11/2026" }, field: "asOf" },
    { name: "a probability above 1", plan: { version: 1, funnel: { stages: [{ name: "Lead", probability: 0.1 }, { name: "Won", probability: 40 }] } }, field: "funnel.stages[1].probability" },
    { name: "a cap below the threshold", plan: { version: 1, scorecard: { kpis: [{ name: "Sales", weight: 1, threshold: 0.8, cap: 0.5 }] } }, field: "scorecard.kpis[0].cap" },
    { name: "column weighting without its column", plan: { version: 1, targets: { weighting: "column" } }, field: "targets.weightColumn" },
    { name: "an unknown commission method", plan: { version: 1, commission: { method: "flat" } }, field: "commission.method" },
  ])("names the field for $name", ({ plan, field }) => {
    const result = parsePlan(plan);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.some((e) => e.startsWith(`${field}:`))).toBe(true);
  });

  it("refuses a plan of another version, saying which it reads", () => {
    const result = parsePlan({ version: 2 });
    expect(!result.ok && result.errors).toEqual(["version: this tool reads plan version 1"]);
  });

  it("refuses something that is not a plan at all", () => {
    expect(parsePlan("scorecard").ok).toBe(false);
  });
});
