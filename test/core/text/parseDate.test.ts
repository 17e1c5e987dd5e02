import fc from "fast-check";
import { dateSerial, parseDate, serialToDate } from "../../../src/core/text/parseDate";

describe("dates as Excel serials", () => {
  it.each([
    { y: 1900, m: 3, d: 1, serial: 61 },
    { y: 2026, m: 1, d: 1, serial: 46023 },
    { y: 2026, m: 4, d: 1, serial: 46113 },
    { y: 2026, m: 12, d: 31, serial: 46387 },
  ])("$y-$m-$d is serial $serial, as in Excel", ({ y, m, d, serial }) => {
    expect(dateSerial(y, m, d)).toBe(serial);
  });

  it("refuses a day that does not exist", () => {
    expect(dateSerial(2026, 2, 31)).toBeNull();
  });

  it.each([
    { text: "2026-04-01", serial: 46113 },
    { text: "2026/4/1", serial: 46113 },
    { text: "2026.04.01", serial: 46113 },
    { text: "2026年4月1日", serial: 46113 },
    { text: " 2026-04-01 09:30 ", serial: 46113 },
    { text: "2026-04-01T09:30:00Z", serial: 46113 },
  ])("reads $text", ({ text, serial }) => {
    expect(parseDate(text)).toBe(serial);
  });

  it.each([{ text: "01/04/2026" }, { text: "April 1" }, { text: "2026-13-01" }, { text: "" }])(
    "does not guess at $text",
    ({ text }) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  it("round-trips every serial through its calendar date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const { year, month, day } = serialToDate(serial);
        expect(dateSerial(year, month, day)).toBe(serial);
      }),
    );
  });
});
