import { payPeriods, periodDues } from "../../../src/core/commission";
import { dateSerial, isoDate } from "../../../src/core/text/parseDate";

const day = (y: number, m: number, d: number): number => dateSerial(y, m, d) as number;
const shown = (start: number, end: number, length: "month" | "quarter"): string[] =>
  payPeriods(start, end, length).map((p) => `${p.year}/${p.number}: ${isoDate(p.start)}..${isoDate(p.end)}`);

describe("payPeriods", () => {
  it("splits a year into its twelve months", () => {
    const months = payPeriods(day(2026, 1, 1), day(2026, 12, 31), "month");
    expect([months.length, isoDate(months[1].end), isoDate(months[11].start)]).toEqual([12, "2026-02-28", "2026-12-01"]);
  });

  it("splits a year into quarters", () => {
    expect(shown(day(2026, 1, 1), day(2026, 12, 31), "quarter")).toEqual([
      "2026/1: 2026-01-01..2026-03-31",
      "2026/2: 2026-04-01..2026-06-30",
      "2026/3: 2026-07-01..2026-09-30",
      "2026/4: 2026-10-01..2026-12-31",
    ]);
  });

  it("clips the first and last period to a period that starts and ends mid-month, across a year end", () => {
    expect(shown(day(2025, 11, 15), day(2026, 1, 10), "month")).toEqual(["2025/11: 2025-11-15..2025-11-30", "2025/12: 2025-12-01..2025-12-31", "2026/1: 2026-01-01..2026-01-10"]);
  });

  it("gives one period for a one-month statement", () => {
    expect(shown(day(2026, 6, 1), day(2026, 6, 30), "month")).toEqual(["2026/6: 2026-06-01..2026-06-30"]);
  });
});

describe("periodDues", () => {
  it.each([
    { earned: [500, 1200, 900], topUp: 0, dues: [500, 700, -300] },
    { earned: [500, 1200], topUp: 300, dues: [500, 1000] },
    { earned: [0.1, 0.3], topUp: 0, dues: [0.1, 0.2] },
  ])("gives $dues for earned to date $earned with top-up $topUp", ({ earned, topUp, dues }) => {
    expect(periodDues(earned, topUp)).toEqual(dues);
  });
});
