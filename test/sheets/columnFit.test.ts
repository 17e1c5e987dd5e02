import { fitColumns, wrapLines } from "../../src/sheets/columnFit";
import type { Cell, SheetSpec } from "../../src/sheets/spec";
import { displayText, textWidth } from "../../src/sheets/textWidth";

function sheet(rows: (Cell | null)[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name: "Review", purpose: "scorecard", rows, ...extra };
}

describe("fitColumns", () => {
  it("makes a column as wide as its widest value under its number format", () => {
    const spec = sheet([
      [{ v: "Name", style: "header" }, { v: "Target", style: "header" }],
      [{ v: "Ann" }, { v: 1220000, fmt: "#,##0.00" }],
      [{ v: "Ben" }, { v: 95000, fmt: "#,##0.00" }],
    ]);
    const width = fitColumns(spec, { cjkFace: false }).columnWidths[1];
    expect(width).toBeGreaterThanOrEqual(textWidth("1,220,000.00") + 1);
    expect(width).toBeLessThan(textWidth("1,220,000.00") + 3);
  });

  it("fits a short header whole and wraps a long one over at most three lines, making its row taller", () => {
    const spec = sheet([
      [{ v: "Weighted pipeline amount", style: "header" }, { v: "Achievement", style: "header" }],
      [{ v: 0.5, fmt: "0.0%" }, { v: 1.2, fmt: "0.0%" }],
    ]);
    const fit = fitColumns(spec, { cjkFace: false });
    expect(fit.columnWidths[1]).toBeGreaterThanOrEqual(textWidth("Achievement", { bold: true }));
    const lines = wrapLines("Weighted pipeline amount", fit.columnWidths[0] - 1.5, { bold: true });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(fit.rowHeights).toEqual([{ row: 0, points: lines.length * 15 }]);
  });

  it("counts CJK characters double, and Latin text of a CJK face wider", () => {
    const spec = sheet([[{ v: "漏斗分析负责人" }, { v: 1 }], [{ v: 46346, fmt: "yyyy-mm-dd" }]]);
    const cjk = fitColumns(spec, { cjkFace: true }).columnWidths[0];
    expect(cjk).toBeGreaterThanOrEqual(14);
    const date = fitColumns(sheet([[{ v: 46346, fmt: "yyyy-mm-dd" }]]), { cjkFace: true }).columnWidths[0];
    expect(date).toBeGreaterThan(fitColumns(sheet([[{ v: 46346, fmt: "yyyy-mm-dd" }]]), { cjkFace: false }).columnWidths[0]);
  });

  it("lets text run on over an empty neighbour, but not over a filled one", () => {
    const long = "Counting rule: a deal has reached its current stage and every stage before it";
    const spec = sheet([[{ v: long, style: "subtitle" }], [{ v: "Ann" }, { v: 1 }], [{ v: "Team target in rounding units" }, { v: 14370000, fmt: "#,##0" }]]);
    const width = fitColumns(spec, { cjkFace: false }).columnWidths[0];
    expect(width).toBeLessThan(textWidth(long));
    expect(width).toBeGreaterThanOrEqual(textWidth("Team target in rounding units"));
  });

  it("fits the text of cells people fill in or pick, and of the last column", () => {
    const spec = sheet([[{ v: "Status", style: "header" }], [{ v: "Not started", style: "input" }]]);
    expect(fitColumns(spec, { cjkFace: false }).columnWidths[0]).toBeGreaterThanOrEqual(textWidth("Not started"));
  });

  it("keeps the layout's width for a column people write in, and for a spacer", () => {
    const spec = sheet([[{ v: "Strengths", style: "header" }, null, { v: 1 }], [{ v: null, style: "input" }]], { columnWidths: [28, 2, 12] });
    const widths = fitColumns(spec, { cjkFace: false }).columnWidths;
    expect([widths[0], widths[1]]).toEqual([28, 2]);
  });

  it("leaves a merged group heading out of its first column's width", () => {
    const spec = sheet([[{ v: "Open and lost deals at stage", style: "header" }, { v: null, style: "header" }], [{ v: 3 }, { v: 4 }]], { merges: ["A1:B1"] });
    expect(fitColumns(spec, { cjkFace: false }).columnWidths[0]).toBeLessThan(10);
  });

  it("never leaves a number wider than its column (property over values and formats)", () => {
    const formats = ["#,##0", "#,##0.00", "0.0%", "0.00%", "yyyy-mm-dd", "0.0000", '0.00"x"'];
    for (let seed = 1; seed < 400; seed++) {
      const value = ((seed * 7919) % 100_003) * (seed % 3 === 0 ? 1_000 : 0.01) * (seed % 5 === 0 ? -1 : 1);
      const fmt = formats[seed % formats.length];
      const shown = fmt === "yyyy-mm-dd" ? 40000 + (seed % 9000) : value;
      const widths = fitColumns(sheet([[{ v: shown, fmt }]]), { cjkFace: seed % 2 === 0 }).columnWidths;
      expect(widths[0]).toBeGreaterThan(textWidth(displayText(shown, fmt), { cjkFace: seed % 2 === 0 }));
    }
  });
});

describe("wrapLines", () => {
  it("breaks Latin text at spaces and CJK text between characters", () => {
    expect(wrapLines("Weighted pipeline", 9, {})).toEqual(["Weighted", "pipeline"]);
    expect(wrapLines("加权管道金额", 6, {})).toEqual(["加权管", "道金额"]);
  });
});
