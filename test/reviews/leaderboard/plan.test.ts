import { parsePlan } from "../../../src/reviews/plan";
import { bracketBounds } from "../../../src/reviews/leaderboard/plan";

describe("the leaderboard section of the plan", () => {
  it("defaults to this month's sales, three places, newcomers under six months and a ranking per team", () => {
    const result = parsePlan({ version: 1 });
    expect(result.ok && result.plan.leaderboard).toEqual({
      measure: "sales",
      customersFrom: "transactions",
      period: "month",
      places: 3,
      newcomerMonths: 6,
      groupBy: "team",
      brackets: [],
      prizes: { top: [], improved: [], newcomer: [], group: [] },
    });
  });

  it("brackets tenure under a year, one to three years and over three when the plan names none", () => {
    const result = parsePlan({ version: 1, leaderboard: { groupBy: "tenure" } });
    expect(result.ok && bracketBounds(result.plan.leaderboard)).toEqual([0, 12, 36]);
  });

  it.each([
    { name: "brackets that do not rise", leaderboard: { groupBy: "tenure", brackets: [0, 12, 12] }, field: "leaderboard.brackets[2]" },
    { name: "a tenure bracket in part months", leaderboard: { groupBy: "tenure", brackets: [0, 6.5] }, field: "leaderboard.brackets[1]" },
    { name: "grouping by target size without brackets", leaderboard: { groupBy: "target" }, field: "leaderboard.brackets" },
    { name: "no places", leaderboard: { places: 0 }, field: "leaderboard.places" },
    { name: "a negative prize", leaderboard: { prizes: { top: [100, -5] } }, field: "leaderboard.prizes.top[1]" },
    { name: "a measure it does not know", leaderboard: { measure: "calls" }, field: "leaderboard.measure" },
  ])("names the field for $name", ({ leaderboard, field }) => {
    const result = parsePlan({ version: 1, leaderboard });
    expect(result.ok ? [] : result.errors.map((e) => e.split(":")[0])).toEqual([field]);
  });
});
