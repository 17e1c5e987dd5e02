import { formatCell } from "../../../src/taskpane/common/formatCell";

describe("formatCell", () => {
  it.each([
    { case: "a percentage with one decimal", cell: { v: 1.0476, fmt: "0.0%" }, text: "104.8%" },
    { case: "a whole percentage", cell: { v: 0.255, fmt: "0%" }, text: "26%" },
    { case: "a percentage with two decimals", cell: { v: 0.05, fmt: "0.00%" }, text: "5.00%" },
    { case: "money with grouping and two decimals", cell: { v: 1244500, fmt: "#,##0.00" }, text: "1,244,500.00" },
    { case: "a count with grouping", cell: { v: 12345.6, fmt: "#,##0" }, text: "12,346" },
    { case: "optional decimals left out when zero", cell: { v: 3, fmt: "#,##0.##" }, text: "3" },
    { case: "optional decimals kept when there", cell: { v: 3.25, fmt: "#,##0.##" }, text: "3.25" },
    { case: "a plain whole number", cell: { v: 6, fmt: "0" }, text: "6" },
    { case: "a quoted suffix", cell: { v: 2.5, fmt: '0.00"x"' }, text: "2.50x" },
    { case: "an ISO date", cell: { v: 46346, fmt: "yyyy-mm-dd" }, text: "2026-11-20" },
    { case: "General without float noise", cell: { v: 0.1 + 0.2 }, text: "0.3" },
    { case: "General named", cell: { v: 30, fmt: "General" }, text: "30" },
    { case: "an unknown format as General", cell: { v: 1.5, fmt: "[Red]0.0;(0.0)" }, text: "1.5" },
    { case: "halves rounded away from zero as Excel shows them", cell: { v: 1.005, fmt: "0.00" }, text: "1.01" },
    { case: "a negative amount", cell: { v: -1200.5, fmt: "#,##0.00" }, text: "-1,200.50" },
  ])("shows $case", ({ cell, text }) => {
    expect(formatCell(cell)).toBe(text);
  });

  it.each([
    { case: "a missing cell", cell: null, text: "" },
    { case: "a blank value", cell: { v: null, fmt: "0.0%" }, text: "" },
    { case: "text, even one that looks like a formula", cell: { v: "=Eve" }, text: "=Eve" },
    { case: "a boolean", cell: { v: true }, text: "TRUE" },
  ])("shows $case as written", ({ cell, text }) => {
    expect(formatCell(cell)).toBe(text);
  });
});
