import fc from "fast-check";
import { activitiesPerDeal, quotaToDate, shortfalls, streaks, weekStart, workingDayList } from "../../../src/core/activity";
import { countDays } from "../../../src/core/progress";
import { dateSerial } from "../../../src/core/text/parseDate";
import { isKpiError, type KpiError } from "../../../src/core/errors";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;

describe("workingDayList", () => {
  // 2026-11-02 is a Monday: the week to Sunday 8 November holds five working days.
  it("lists Monday to Friday of a week", () => {
    expect(workingDayList(day(11, 2), day(11, 8))).toEqual([day(11, 2), day(11, 3), day(11, 4), day(11, 5), day(11, 6)]);
  });

  it("leaves out a holiday, and a holiday on a weekend changes nothing", () => {
    expect(workingDayList(day(11, 2), day(11, 8), [day(11, 4), day(11, 7)])).toEqual([day(11, 2), day(11, 3), day(11, 5), day(11, 6)]);
  });

  it("is empty for an end before the start", () => {
    expect(workingDayList(day(11, 5), day(11, 4))).toEqual([]);
  });

  it("returns #VALUE! for a date that is not a whole number", () => {
    expect((workingDayList(1.5, 10) as KpiError).kind).toBe("#VALUE!");
  });

  it("has as many days as countDays counts working days (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 40000, max: 50000 }), fc.integer({ min: -3, max: 400 }), fc.array(fc.integer({ min: 40000, max: 50400 }), { maxLength: 10 }), (start, span, holidays) => {
        const list = workingDayList(start, start + span, holidays) as number[];
        expect(list.length).toBe(countDays(start, start + span, { workingDays: true, holidays }));
      }),
    );
  });
});

describe("weekStart", () => {
  it.each([
    { name: "a Wednesday", date: day(11, 4), monday: day(11, 2) },
    { name: "a Monday", date: day(11, 2), monday: day(11, 2) },
    { name: "a Sunday", date: day(11, 8), monday: day(11, 2) },
    { name: "a Saturday across a month's end", date: day(8, 1), monday: day(7, 27) },
  ])("gives the Monday of $name", ({ date, monday }) => {
    expect(weekStart(date)).toBe(monday);
  });

  it("is a Monday at most six days before (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2958000 }), (date) => {
        const monday = weekStart(date);
        expect(date - monday).toBeGreaterThanOrEqual(0);
        expect(date - monday).toBeLessThanOrEqual(6);
        expect(workingDayList(monday, monday)).toEqual([monday]);
        expect(workingDayList(monday - 2, monday - 1)).toEqual([]);
      }),
    );
  });
});

describe("shortfalls", () => {
  it("counts the periods below their quota", () => {
    expect(shortfalls([22, 18, 0, 20], [20, 20, 20, 20])).toBe(2);
  });

  it("never counts a period whose quota is 0", () => {
    expect(shortfalls([0, 0], [0, 0])).toBe(0);
  });

  it("returns #VALUE! for a negative quota or lists of different lengths", () => {
    expect((shortfalls([1], [-1]) as KpiError).kind).toBe("#VALUE!");
    expect((shortfalls([1, 2], [1]) as KpiError).kind).toBe("#VALUE!");
  });

  it("is between 0 and the number of periods, and 0 when every count reaches its quota (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(50))), (pairs) => {
        const counts = pairs.map(([c]) => c);
        const quotas = pairs.map(([, q]) => q);
        const short = shortfalls(counts, quotas) as number;
        expect(short).toBeGreaterThanOrEqual(0);
        expect(short).toBeLessThanOrEqual(pairs.length);
        expect(shortfalls(counts.map((c, i) => Math.max(c, quotas[i])), quotas)).toBe(0);
      }),
    );
  });
});

describe("streaks", () => {
  it.each([
    { name: "a run to the last day", met: [true, true, false, true, true, true], expected: { current: 3, longest: 3 } },
    { name: "a short last day", met: [true, true, true, false], expected: { current: 0, longest: 3 } },
    { name: "no day", met: [], expected: { current: 0, longest: 0 } },
    { name: "every day met", met: [true, true], expected: { current: 2, longest: 2 } },
  ])("gives $expected for $name", ({ met, expected }) => {
    expect(streaks(met)).toEqual(expected);
  });

  it("never has a current run longer than the longest, nor a longest longer than the days met (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean()), (met) => {
        const { current, longest } = streaks(met);
        expect(current).toBeLessThanOrEqual(longest);
        expect(longest).toBeLessThanOrEqual(met.filter(Boolean).length);
        if (met.length > 0 && !met[met.length - 1]) expect(current).toBe(0);
        if (met.every(Boolean)) expect(longest).toBe(met.length);
      }),
    );
  });
});

describe("quotaToDate", () => {
  it.each([
    { name: "a daily quota over three days", quota: 20, per: "day" as const, days: 3, expected: 60 },
    { name: "a weekly quota over three days", quota: 10, per: "week" as const, days: 3, expected: 6 },
    { name: "a weekly quota over a full week", quota: 8, per: "week" as const, days: 5, expected: 8 },
    { name: "no working day", quota: 20, per: "day" as const, days: 0, expected: 0 },
  ])("gives $expected for $name", ({ quota, per, days, expected }) => {
    expect(quotaToDate(quota, per, days)).toBeCloseTo(expected, 9);
  });

  it("returns #VALUE! for a negative quota", () => {
    expect((quotaToDate(-1, "day", 3) as KpiError).kind).toBe("#VALUE!");
  });
});

describe("activitiesPerDeal", () => {
  it("divides the activities by the deals", () => {
    expect(activitiesPerDeal(240, 8)).toBe(30);
  });

  it("returns #DIV/0! without a deal and #VALUE! for a negative count", () => {
    expect((activitiesPerDeal(12, 0) as KpiError).kind).toBe("#DIV/0!");
    expect((activitiesPerDeal(-1, 2) as KpiError).kind).toBe("#VALUE!");
  });

  it("times the deals gives the activities back (property)", () => {
    fc.assert(
      fc.property(fc.nat(100000), fc.integer({ min: 1, max: 1000 }), (activities, deals) => {
        const per = activitiesPerDeal(activities, deals);
        expect(isKpiError(per)).toBe(false);
        expect((per as number) * deals).toBeCloseTo(activities, 6);
      }),
    );
  });
});
