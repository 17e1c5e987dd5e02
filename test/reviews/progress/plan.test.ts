import { parsePlan } from "../../../src/reviews/plan";

describe("the progress section of the plan", () => {
  it("defaults to a 90% threshold on calendar days without holidays", () => {
    const result = parsePlan({ version: 1 });
    expect(result.ok && result.plan.progress).toEqual({ behindThreshold: 0.9, workingDays: false, holidays: [] });
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
