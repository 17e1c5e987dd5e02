import { dateSerial } from "../../src/core/text/parseDate";
import { readDataset, ReadError } from "../../src/datasets/readDataset";
import type { CellValue } from "../../src/excel/cell";

const first = (m: number): number => dateSerial(2026, m, 1) as number;

describe("a month where a month is meant", () => {
  it("reads a paid table's pay period written as months, each as the month's first day", () => {
    const grid: CellValue[][] = [["姓名", "发放月份", "实发金额"], ["张伟", "2026年1月", 1000], ["张伟", "Feb 2026", 900], ["张伟", "2026-03", 800], ["张伟", "4月", 700]];
    const read = readDataset("paid", grid, { sheet: "已发" }, { defaultYear: 2026 });
    expect(read instanceof ReadError ? read.messages : read.records.map((r) => r.period)).toEqual([first(1), first(2), first(3), first(4)]);
  });

  it("reads a pay date as it is", () => {
    const read = readDataset("paid", [["Rep", "Pay date", "Paid"], ["Ann", "2026-01-25", 1000]], { sheet: "Paid" });
    expect(read instanceof ReadError ? read.messages : read.records.map((r) => r.period)).toEqual([dateSerial(2026, 1, 25)]);
  });

  it("reads a transaction dated by its posting month (an ERP's 期间) as the month's first day", () => {
    const read = readDataset("transactions", [["业务员", "期间", "无税金额"], ["张伟", "2026年3月", 1000]], { sheet: "凭证" });
    expect(read instanceof ReadError ? read.messages : read.records.map((r) => r.date)).toEqual([first(3)]);
  });

  it("does not guess the year of a month written without one", () => {
    const read = readDataset("paid", [["Rep", "Month", "Paid"], ["Ann", "Jan", 1000]], { sheet: "Paid" });
    expect(read instanceof ReadError ? read.messages : read).toEqual(['Sheet "Paid", row 2, column B (Month): "Jan" is not a date (write dates like 2026-04-01)']);
  });

  it("asks for the period of a payment in a table that gives the others one", () => {
    const read = readDataset("paid", [["Rep", "Month", "Paid"], ["Ann", "2026-01", 1000], ["Ann", null, 500]], { sheet: "Paid" });
    expect(read instanceof ReadError ? read.messages : read).toEqual(['Sheet "Paid", row 3, column B (Month): blank, but every row needs one']);
  });
});
