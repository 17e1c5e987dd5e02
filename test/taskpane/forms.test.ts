import { DEFAULT_STAGES } from "../../src/datasets/columns";
import { defaultPlan } from "../../src/reviews/plan";
import { REVIEW_KINDS } from "../../src/reviews/registry";
import { freshPlan } from "../../src/taskpane/common/planDraft";
import { draftFromPlan, REVIEW_PANES } from "../../src/taskpane/forms";

describe("REVIEW_PANES", () => {
  it("has a pane for every review in the registry, and for nothing else", () => {
    expect(Object.keys(REVIEW_PANES).sort()).toEqual([...REVIEW_KINDS].sort());
  });
});

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

  it("keeps the English stage names of a saved Chinese plan", () => {
    expect(draftFromPlan({ ...defaultPlan(), language: "zh-CN" }).funnel.stages?.map((s) => s.name)).toEqual(["Lead", "Needs", "Proposal", "Negotiation", "Won"]);
  });
});

describe("draftFromPlan of a fresh plan", () => {
  it("names the default stages in Chinese for a Chinese pane, keeping the English names as aliases", () => {
    expect(draftFromPlan(freshPlan("zh-CN"), true).funnel.stages?.map((s) => [s.name, s.aliases])).toEqual([
      ["线索", ["Lead"]],
      ["需求", ["Needs"]],
      ["方案", ["Proposal"]],
      ["谈判", ["Negotiation"]],
      ["成交", ["Won"]],
    ]);
  });

  it("keeps the English stage names for an English pane", () => {
    expect(draftFromPlan(freshPlan("en"), true).funnel.stages?.map((s) => s.name)).toEqual(["Lead", "Needs", "Proposal", "Negotiation", "Won"]);
  });
});
