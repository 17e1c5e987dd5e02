import fc from "fast-check";
import type { KpiError } from "../../../src/core/errors";
import { daysInStage, daysOverLimit } from "../../../src/core/funnel";

describe("daysOverLimit", () => {
  it.each([
    { name: "51 days over a 30-day limit after 81 days", since: 46122, asOf: 46203, maxDays: 30, expected: 51 },
    { name: "0 on the last day of the limit", since: 46189, asOf: 46203, maxDays: 14, expected: 0 },
    { name: "a negative number within the limit", since: 46200, asOf: 46203, maxDays: 14, expected: -11 },
  ])("gives $name", ({ since, asOf, maxDays, expected }) => {
    expect(daysOverLimit(since, asOf, maxDays)).toBe(expected);
  });

  it.each([
    { name: "maxDays when the limit is negative", since: 46122, asOf: 46203, maxDays: -1, message: "maxDays:" },
    { name: "since when the deal entered after the as-of date", since: 46204, asOf: 46203, maxDays: 14, message: "since:" },
  ])("returns #NUM! naming $name", ({ since, asOf, maxDays, message }) => {
    const result = daysOverLimit(since, asOf, maxDays) as KpiError;
    expect([result.kind, result.message.startsWith(message)]).toEqual(["#NUM!", true]);
  });

  it("adds up with the limit to the days in stage", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60_000 }), fc.nat(1000), fc.nat(365), (since, days, maxDays) => {
        expect((daysOverLimit(since, since + days, maxDays) as number) + maxDays).toBe(daysInStage(since, since + days));
      }),
    );
  });
});
