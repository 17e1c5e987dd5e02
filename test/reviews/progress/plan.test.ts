import { datasetsFor } from "../../../src/reviews/build";
import { parsePlan } from "../../../src/reviews/plan";

describe("the progress section of the plan", () => {
  it("defaults to a 90% threshold on calendar days without holidays, tracking the transactions or else the won deals", () => {
    const result = parsePlan({ version: 1 });
    expect(result.ok && result.plan.progress).toEqual({ behindThreshold: 0.9, workingDays: false, holidays: [], actuals: "auto" });
  });

  it("reads the transactions, or the deals when it tracks won deals, and not the other", () => {
    const plan = (actuals: string) => {
      const parsed = parsePlan({ version: 1, progress: { actuals } });
      if (!parsed.ok) throw new Error(parsed.errors.join("; "));
      return datasetsFor("progress", parsed.plan);
    };
    expect([plan("transactions"), plan("wonDeals"), plan("auto")]).toEqual([
      { required: ["transactions"], optional: ["people", "monthlyTargets"] },
      { required: ["deals"], optional: ["people", "monthlyTargets"] },
      { required: [], optional: ["transactions", "deals", "people", "monthlyTargets"] },
    ]);
  });

  it.each([
    { name: "a holiday that is not a day of the calendar", progress: { holidays: ["2026-02-30"] }, field: "progress.holidays[0]" },
    { name: "a holiday not written YYYY-MM-DD", progress: { holidays: ["1/5/2026"] }, field: "progress.holidays[0]" },
    { name: "a negative threshold", progress: { behindThreshold: -0.1 }, field: "progress.behindThreshold" },
  ])("names the field for $name", ({ progress, field }) => {
    const result = parsePlan({ version: 1, progress });
    expect(result.ok ? [] : result.errors.map((e) => e.split(":")[0])).toEqual([field]);
  });
});
