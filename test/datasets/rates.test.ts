import { findSources, type SourcePlace } from "../../src/datasets/findSources";
import { readDataset, ReadError } from "../../src/datasets/readDataset";
import type { CellValue } from "../../src/excel/cell";

type Grid = CellValue[][];

function rates(grid: Grid, options: Parameters<typeof readDataset>[3] = {}) {
  const result = readDataset("rates", grid, { sheet: "Rates" }, options);
  if (result instanceof ReadError) throw new Error(result.message);
  return result.records.map((r) => [r.line, r.from, r.to, r.rate]);
}

describe("a commission rate sheet", () => {
  it("is read from an English Commission Rates layout, rates typed as percentages", () => {
    const grid: Grid = [
      ["Product line", "From", "To", "Commission rate"],
      ["Hardware", 0, 99999.99, "3%"],
      ["Hardware", 100000, null, "4.5%"],
      ["Services", 0, null, "8%"],
    ];
    expect(rates(grid)).toEqual([["Hardware", 0, 99999.99, 0.03], ["Hardware", 100000, null, 0.045], ["Services", 0, null, 0.08]]);
  });

  it("is read from a 提成比例表 whose rates are whole percentages, under a title row", () => {
    const grid: Grid = [
      ["2026年销售提成比例表", null, null, null],
      ["产品线", "起始金额", "截止金额", "提成比例"],
      ["软件", 0, 50000, 5],
      ["软件", 50000, null, 8],
      ["硬件", 0, null, 3],
    ];
    expect(rates(grid)).toEqual([["软件", 0, 50000, 0.05], ["软件", 50000, null, 0.08], ["硬件", 0, null, 0.03]]);
  });

  it("reads rates written as fractions as they are, and a flat rate per line without a From column", () => {
    expect(rates([["Product", "Rate"], ["Hardware", 0.03], ["Services", 0.08]])).toEqual([["Hardware", 0, null, 0.03], ["Services", 0, null, 0.08]]);
  });

  it("names a line by the plan's name when the sheet uses an alias", () => {
    expect(rates([["Product", "Rate"], ["HW", 0.03]], { lines: [{ name: "Hardware", aliases: ["HW"] }] })).toEqual([["Hardware", 0, null, 0.03]]);
  });

  it.each([
    {
      why: "tiers out of order",
      grid: [["Product line", "From", "Rate"], ["Hardware", 100000, "4%"], ["Hardware", 0, "3%"]],
      message: 'Sheet "Rates", row 3, column B (From): this tier starts at 0, not above the tier before it (100000, row 2); list each product line\'s tiers from the lowest up, once each',
    },
    {
      why: "a gap between tiers",
      grid: [["Product line", "From", "To", "Rate"], ["Hardware", 0, 50000, "3%"], ["Hardware", 60000, null, "4%"]],
      message: 'Sheet "Rates", row 3, column B (From): this tier starts at 60000, but the tier before it (row 2) goes up to 50000: tiers must meet, with no gap and no overlap',
    },
    {
      why: "a rate above 100%",
      grid: [["Product line", "Rate"], ["Hardware", "150%"]],
      message: 'Sheet "Rates", row 2, column B (Rate): "150%" is not a rate between 0 and 100%',
    },
  ])("stops on $why, naming the cell", ({ grid, message }) => {
    const result = readDataset("rates", grid as Grid, { sheet: "Rates" });
    expect(result instanceof ReadError ? result.messages : result).toEqual([message]);
  });

  it("is found in a workbook beside the transactions, and a statement sheet with a Commission column is not taken for it", () => {
    const place = (name: string, grid: Grid): SourcePlace => ({ key: `sheet:${name}`, kind: "sheet", name, sheet: name, grid });
    const found = findSources(
      [
        place("Sales", [["Rep", "Date", "Product line", "Amount"]]),
        place("Last statement", [["Rep", "Sales", "Commission"]]),
        place("提成比例表", [["产品线", "起始金额", "提成比例"]]),
      ],
      { wanted: { required: ["transactions"], optional: ["rates"] } },
    );
    expect(found).toEqual({ transactions: { key: "sheet:Sales", complete: true }, rates: { key: "sheet:提成比例表", complete: true } });
  });
});
