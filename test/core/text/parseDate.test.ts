import fc from "fast-check";
import { dateSerial, dayMonthOrders, parseDate, serialToDate } from "../../../src/core/text/parseDate";

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

describe("dates as CRM exports write them", () => {
  // Serials from Excel's own count: 2026-03-05 is 46086 (2026-01-01 is 46023, plus 31 + 28 + 4 days).
  it.each([
    { text: "Mar 5, 2026", serial: 46086 },
    { text: "March 5 2026", serial: 46086 },
    { text: "5 Mar 2026", serial: 46086 },
    { text: "05-Mar-2026", serial: 46086 },
    { text: "Sept 1, 2026", serial: 46266 },
    { text: "2026-03-05T23:30:00+08:00", serial: 46086 },
    { text: "2026-03-05 10:00:00.000Z", serial: 46086 },
    { text: "2026/3/5", serial: 46086 },
    { text: "2026年3月5日", serial: 46086 },
    { text: "2026年3月5日 14:05", serial: 46086 },
  ])("reads $text whatever the column's order", ({ text, serial }) => {
    expect(parseDate(text)).toBe(serial);
    expect(parseDate(text, "dmy")).toBe(serial);
  });

  it.each([
    { text: "3/5/2026", order: "mdy" as const, serial: 46086 },
    { text: "5/3/2026", order: "dmy" as const, serial: 46086 },
    { text: "05.03.2026", order: "dmy" as const, serial: 46086 },
    { text: "3/5/2026 4:15 PM", order: "mdy" as const, serial: 46086 },
  ])("reads $text as $order", ({ text, order, serial }) => {
    expect(parseDate(text, order)).toBe(serial);
  });

  it("reads day and month numbers only when told the order", () => {
    expect(parseDate("3/5/2026")).toBeNull();
    expect(parseDate("3/5/2026", "mdy")).not.toBe(parseDate("3/5/2026", "dmy"));
  });

  it.each([
    { text: "3/31/2026", orders: ["mdy"] },
    { text: "31/3/2026", orders: ["dmy"] },
    { text: "3/5/2026", orders: ["mdy", "dmy"] },
    { text: "31/31/2026", orders: [] },
    { text: "2026-03-31", orders: null },
    { text: "Mar 31, 2026", orders: null },
  ])("$text can be read as $orders", ({ text, orders }) => {
    expect(dayMonthOrders(text)).toEqual(orders);
  });

  it.each([{ text: "Smarch 5, 2026" }, { text: "3/5/26" }, { text: "Feb 30, 2026" }, { text: "Mar 5" }])("does not guess at $text", ({ text }) => {
    expect(parseDate(text, "mdy")).toBeNull();
  });
});
