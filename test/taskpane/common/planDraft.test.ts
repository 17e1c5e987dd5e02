import { DEFAULT_STAGES } from "../../../src/datasets/columns";
import { defaultPlan } from "../../../src/reviews/plan";
import { draftFromPlan, freshPlan, kpisFor, restorePlan } from "../../../src/taskpane/common/planDraft";

describe("draftFromPlan", () => {
  it("shows weights saved as fractions as percentages", () => {
    const plan = { ...defaultPlan(), scorecard: { ...defaultPlan().scorecard, kpis: [0.4, 0.3, 0.3].map((weight, i) => ({ name: `K${i}`, weight, direction: "higher" as const, threshold: 0, cap: null })) } };
    expect(draftFromPlan(plan).scorecard.kpis.map((k) => k.weight)).toEqual([40, 30, 30]);
  });

  it("keeps weights that are not fractions as they are", () => {
    const plan = { ...defaultPlan(), scorecard: { ...defaultPlan().scorecard, kpis: [{ name: "A", weight: 3, direction: "higher" as const, threshold: 0, cap: null }] } };
    expect(draftFromPlan(plan).scorecard.kpis[0].weight).toBe(3);
  });

  it("writes out the default stages when the plan names none", () => {
    expect(draftFromPlan(defaultPlan()).funnel.stages).toEqual(DEFAULT_STAGES);
  });

  it("does not share the default stages' lists with the draft", () => {
    const draft = draftFromPlan(defaultPlan());
    draft.funnel.stages?.[0].aliases.push("Prospect");
    expect(DEFAULT_STAGES[0].aliases).toEqual(["线索"]);
  });
});

describe("freshPlan", () => {
  it("writes review sheets in the pane's language", () => {
    expect(freshPlan("zh-CN").language).toBe("zh-CN");
  });

  it("names the default stages in Chinese for a Chinese pane, keeping the English names as aliases", () => {
    expect(freshPlan("zh-CN").funnel.stages?.map((s) => [s.name, s.aliases])).toEqual([
      ["线索", ["Lead"]],
      ["需求", ["Needs"]],
      ["方案", ["Proposal"]],
      ["谈判", ["Negotiation"]],
      ["成交", ["Won"]],
    ]);
  });

  it("keeps the English stage names for an English pane", () => {
    expect(freshPlan("en").funnel.stages?.map((s) => s.name)).toEqual(["Lead", "Needs", "Proposal", "Negotiation", "Won"]);
  });
});

describe("restorePlan", () => {
  it("returns null when the workbook has no plan", () => {
    expect(restorePlan(null)).toBeNull();
  });

  it("fills in the defaults of a saved plan", () => {
    expect(restorePlan({ version: 1 })).toEqual({ plan: defaultPlan() });
  });

  it("names the fields of a plan that cannot be used", () => {
    expect(restorePlan({ version: 1, targets: { decimals: -1 } })).toEqual({ errors: [expect.stringContaining("targets.decimals")] });
  });
});

describe("kpisFor", () => {
  it("lists each KPI name once, in order of first appearance", () => {
    expect(kpisFor(["Revenue", "Calls", "Revenue", " NPS "]).map((k) => k.name)).toEqual(["Revenue", "Calls", "NPS"]);
  });

  it("weights them equally to exactly 100", () => {
    expect(kpisFor(["A", "B", "C"]).map((k) => k.weight)).toEqual([33.34, 33.33, 33.33]);
  });

  it("lists nothing for no names", () => {
    expect(kpisFor(["", "  "])).toEqual([]);
  });
});
