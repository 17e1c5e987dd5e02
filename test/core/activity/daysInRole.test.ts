import fc from "fast-check";
import { daysInRole, workingDayList } from "../../../src/core/activity";
import { isKpiError } from "../../../src/core/errors";
import { dateSerial } from "../../../src/core/text/parseDate";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;

describe("daysInRole", () => {
  // November 2026 to Friday the 13th: 10 working days (2–6 and 9–13).
  it.each([
    { name: "in the role all along", start: null, end: null, expected: 10 },
    { name: "joined on Thursday 5 November", start: day(11, 5), end: null, expected: 7 },
    { name: "left on Tuesday 10 November", start: null, end: day(11, 10), expected: 7 },
    { name: "joined on the 5th and left on the 10th", start: day(11, 5), end: day(11, 10), expected: 4 },
    { name: "joined on a Saturday, counted from Monday", start: day(11, 7), end: null, expected: 5 },
    { name: "joined after the stretch", start: day(11, 16), end: null, expected: 0 },
    { name: "left before the stretch", start: null, end: day(10, 30), expected: 0 },
  ])("$name: $expected days", ({ start, end, expected }) => {
    expect((daysInRole(day(11, 1), day(11, 13), { start, end }) as number[]).length).toBe(expected);
  });

  it("leaves out the holidays", () => {
    expect(daysInRole(day(11, 2), day(11, 6), { start: day(11, 4), end: null }, [day(11, 5)])).toEqual([day(11, 4), day(11, 6)]);
  });

  it("returns #VALUE! for a date that is not a whole number", () => {
    expect(isKpiError(daysInRole(day(11, 2), day(11, 6) + 0.5, { start: null, end: null }))).toBe(true);
  });

  it("is the stretch's working days between the start and end dates, never more than the stretch's (property)", () => {
    const serial = fc.integer({ min: 46000, max: 46400 });
    fc.assert(
      fc.property(serial, fc.integer({ min: 0, max: 60 }), fc.option(serial, { nil: null }), fc.option(serial, { nil: null }), (first, span, start, end) => {
        const all = workingDayList(first, first + span) as number[];
        const inRole = daysInRole(first, first + span, { start, end }) as number[];
        expect(inRole).toEqual(all.filter((d) => (start === null || d >= start) && (end === null || d <= end)));
      }),
    );
  });
});
