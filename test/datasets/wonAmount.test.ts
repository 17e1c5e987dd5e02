import { ReadError, readDataset } from "../../src/datasets/readDataset";
import type { DealRecord, SourceData } from "../../src/datasets/records";

/** Exports that give the amount a deal was won for beside its expected amount (Won amount, 赢单金额). */

function read(grid: (string | number)[][]): SourceData<DealRecord> {
  const result = readDataset("deals", grid, { sheet: "Deals" });
  if (result instanceof ReadError) throw new Error(result.message);
  return result;
}

describe("a won amount column", () => {
  const deals = read([
    ["Owner", "Stage", "Amount", "Won amount"],
    ["Ann", "Won", 10000, 9200],
    ["Ann", "Won", 5000, ""],
    ["Ann", "Lost", 7000, 6500],
    ["Bo", "Engaging", 3000, ""],
  ]);

  it("gives a won deal the amount it was won for, and every other deal its amount", () => {
    expect(deals.records.map((d) => [d.status, d.amount])).toEqual([
      ["won", 9200],
      ["won", 5000],
      ["lost", 7000],
      ["open", 3000],
    ]);
  });

  it("says which won deals took which amount, with their rows", () => {
    expect(deals.warnings.filter((w) => w.includes("Won amount"))).toEqual([
      'Sheet "Deals": 1 won deal (row 2) counts the amount won, from column "Won amount", not the expected amount in "Amount"',
      'Sheet "Deals": 1 won deal (row 3) has no amount won in column "Won amount" (blank or not a number), so its "Amount" counts',
    ]);
  });

  it("lets a won deal without an expected amount stand on its amount won", () => {
    expect(read([["Owner", "Stage", "Amount", "赢单金额"], ["Ann", "赢单", "", "8,800"]]).records[0].amount).toBe(8800);
  });
});
