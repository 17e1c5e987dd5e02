import { listItems, numberText, readNumberText } from "../../../src/taskpane/common/fields";

describe("readNumberText", () => {
  it.each([
    { case: "a plain number", text: "1200", percent: false, value: 1200 },
    { case: "grouped digits", text: "1,200", percent: false, value: 1200 },
    { case: "percent points in a percent field", text: "85", percent: true, value: 0.85 },
    { case: "a typed percent sign in a percent field", text: "85%", percent: true, value: 0.85 },
    { case: "a fraction of a percent point", text: "12.5", percent: true, value: 0.125 },
  ])("reads $case", ({ text, percent, value }) => {
    expect(readNumberText(text, percent, null)).toBe(value);
  });

  it("reads a blank field as the blank value it is given", () => {
    expect([readNumberText("  ", false, null), readNumberText("", true, undefined)]).toEqual([null, undefined]);
  });

  it("reads text that is not a number as NaN, for the schema to name", () => {
    expect(readNumberText("abc", false, null)).toBeNaN();
  });
});

describe("numberText", () => {
  it.each([
    { case: "a fraction in a percent field", value: 0.85, percent: true, text: "85" },
    { case: "a number without float noise", value: 0.1 + 0.2, percent: false, text: "0.3" },
    { case: "null as blank", value: null, percent: false, text: "" },
    { case: "NaN as blank", value: Number.NaN, percent: true, text: "" },
  ])("shows $case", ({ value, percent, text }) => {
    expect(numberText(value, percent)).toBe(text);
  });
});

describe("listItems", () => {
  it("splits on English and Chinese commas and drops blanks", () => {
    expect(listItems("线索， Lead ,、需求,,")).toEqual(["线索", "Lead", "需求"]);
  });
});
