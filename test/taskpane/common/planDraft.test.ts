import { defaultPlan } from "../../../src/reviews/plan";
import { freshPlan, restorePlan } from "../../../src/taskpane/common/planDraft";

describe("freshPlan", () => {
  it("writes review sheets in the pane's language", () => {
    expect(freshPlan("zh-CN").language).toBe("zh-CN");
  });

  it("holds every default otherwise", () => {
    expect(freshPlan("zh-CN")).toEqual({ ...defaultPlan(), language: "zh-CN" });
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
