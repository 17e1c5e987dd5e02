import type { KpiError } from "../../../src/core/errors";
import { daysInStage } from "../../../src/core/funnel";

describe("daysInStage", () => {
  it.each([
    // 2026-04-10 to 2026-06-30
    { name: "81 days from April 10 to June 30", since: 46122, asOf: 46203, expected: 81 },
    { name: "0 on the day the deal entered", since: 46203, asOf: 46203, expected: 0 },
  ])("counts $name", ({ since, asOf, expected }) => {
    expect(daysInStage(since, asOf)).toBe(expected);
  });

  it("returns #NUM! naming since when the deal entered after the as-of date", () => {
    const result = daysInStage(46204, 46203) as KpiError;
    expect([result.kind, result.message.startsWith("since:")]).toEqual(["#NUM!", true]);
  });
});
