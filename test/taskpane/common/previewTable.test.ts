import { previewTable } from "../../../src/taskpane/common/previewTable";
import type { Cell, SheetSpec } from "../../../src/sheets/spec";

const h = (v: string | null): Cell => ({ v, style: "header" });
const n = (v: number, fmt?: string): Cell => ({ v, ...(fmt ? { fmt } : {}) });
const s = (v: string): Cell => ({ v });

function sheet(rows: (Cell | null)[][], merges: string[] = []): SheetSpec {
  return { name: "Scorecard", purpose: "scorecard", rows, merges };
}

/**
 * A title, a settings block (two header cells), then the main table (four header cells) under a group
 * row whose "Revenue" is merged over B5:C5, the Rank column outside it, and a note after a blank row.
 */
const REVIEW = sheet(
  [
    [{ v: "KPI scorecard", style: "title" }],
    [h("KPI"), h("Weight")],
    [s("Revenue"), n(60)],
    [],
    [h(null), h("Revenue"), h(null), h(null)],
    [h("Name"), h("Actual"), h("Achievement"), h("Rank")],
    [s("Ann"), n(120000, "#,##0"), n(1.2, "0.0%"), n(1, "0")],
    [s("Bob"), n(80000, "#,##0"), n(0.8, "0.0%"), n(3, "0")],
    [s("Cho"), n(90000, "#,##0"), n(0.9, "0.0%"), n(2, "0")],
    [],
    [s("Notes")],
  ],
  ["A1:D1", "B5:C5"],
);

describe("previewTable", () => {
  it("finds the main table by its row of most header cells, past the settings block", () => {
    expect(previewTable(REVIEW)?.columns[0]).toBe("Name");
  });

  it("names the columns a merged group header spans after the group, and no others", () => {
    expect(previewTable(REVIEW)?.columns).toEqual(["Name", "Revenue · Actual", "Revenue · Achievement", "Rank"]);
  });

  it("shows the body rows formatted, up to the first blank row", () => {
    expect(previewTable(REVIEW)?.rows).toEqual([
      ["Ann", "120,000", "120.0%", "1"],
      ["Bob", "80,000", "80.0%", "3"],
      ["Cho", "90,000", "90.0%", "2"],
    ]);
  });

  it("shows at most the rows asked for and counts the rest", () => {
    const table = previewTable(REVIEW, 2);
    expect([table?.rows.length, table?.more]).toEqual([2, 1]);
  });

  it("returns null for a sheet without headers", () => {
    expect(previewTable(sheet([[s("Only text")]]))).toBeNull();
  });

  it("shows the headline columns right after the name, the rest after them in the sheet's order", () => {
    const table = previewTable(REVIEW, 10, ["Rank"]);
    expect([table?.columns, table?.rows[0]]).toEqual([
      ["Name", "Rank", "Revenue · Actual", "Revenue · Achievement"],
      ["Ann", "1", "120,000", "120.0%"],
    ]);
  });

  it("leaves out the helper block beyond a column without any header (the target plan's working columns)", () => {
    const plan = sheet(
      [
        [h(null), h(null), h(null), h("Working: exact rounding"), h(null)],
        [h("Name"), h("Annual target"), null, h("Active"), h("Units")],
        [s("Ann"), n(1200), null, n(1), n(120000)],
      ],
      ["D1:E1"],
    );
    expect(previewTable(plan)?.columns).toEqual(["Name", "Annual target"]);
  });
});
