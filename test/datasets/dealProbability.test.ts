import { readDataset, ReadError, type GridPlace } from "../../src/datasets/readDataset";
import type { CellValue } from "../../src/excel/cell";

type Grid = CellValue[][];

function probabilities(header: string, values: CellValue[]): (number | null)[] {
  const grid: Grid = [["Owner", "Stage", "Amount", header], ...values.map((v): CellValue[] => ["Ann", "Lead", 1000, v])];
  const where: GridPlace = { sheet: "Deals" };
  const read = readDataset("deals", grid, where);
  if (read instanceof ReadError) throw read;
  return read.records.map((d) => d.probability);
}

describe("a deal's own probability", () => {
  it("reads a column of whole percentages (a value above 1) as fractions", () => {
    expect(probabilities("Probability", [45, 0, 100, 1, null])).toEqual([0.45, 0, 1, 0.01, null]);
  });

  it("reads a column of fractions as they are", () => {
    expect(probabilities("Win probability", [0.45, 1, 0, "0.2"])).toEqual([0.45, 1, 0, 0.2]);
  });

  it("reads a column whose header says % in percent, even when every value is at most 1", () => {
    expect(probabilities("Probability (%)", [1, 0.5])).toEqual([0.01, 0.005]);
    expect(probabilities("赢率(%)", [30, 60])).toEqual([0.3, 0.6]);
  });

  it("reads a cell typed with a percent sign as that percentage, whatever the column's scale", () => {
    expect(probabilities("赢率", ["45%", 60])).toEqual([0.45, 0.6]);
  });

  it("no longer says the column is not used", () => {
    const grid: Grid = [["Owner", "Stage", "Amount", "Probability"], ["Ann", "Lead", 1000, 40]];
    const read = readDataset("deals", grid, { sheet: "Deals" });
    expect(read instanceof ReadError ? read : read.warnings.filter((w) => w.includes("not used"))).toEqual([]);
  });

  it("refuses a probability outside 0 to 100%, naming the cell", () => {
    const grid: Grid = [["Owner", "Stage", "Amount", "Probability"], ["Ann", "Lead", 1000, 140], ["Ann", "Lead", 1000, -5]];
    const error = readDataset("deals", grid, { sheet: "Deals" });
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).messages).toEqual([
      'Sheet "Deals", row 2, column D (Probability): 140 is not a probability: write one from 0 to 100 (%) or from 0 to 1',
      'Sheet "Deals", row 3, column D (Probability): -5 is not a probability: write one from 0 to 100 (%) or from 0 to 1',
    ]);
  });
});
