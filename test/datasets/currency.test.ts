import { readDataset, ReadError } from "../../src/datasets/readDataset";
import type { CellValue } from "../../src/excel/cell";

type Grid = CellValue[][];

function read(dataset: "deals" | "transactions", grid: Grid, symbols?: Record<string, string>) {
  return readDataset(dataset, grid, { sheet: "Data" }, symbols ? { currencySymbols: symbols } : {});
}

function records(dataset: "deals" | "transactions", grid: Grid, symbols?: Record<string, string>) {
  const result = read(dataset, grid, symbols);
  if (result instanceof ReadError) throw new Error(result.message);
  return result.records.map((r) => [r.amount, r.currency ?? null]);
}

describe("the currency of a deal or a transaction", () => {
  it("is read from Salesforce's Amount Currency column, the amount staying a number", () => {
    const grid: Grid = [
      ["Opportunity Owner", "Stage", "Amount Currency", "Amount", "Amount (Converted) Currency", "Amount (Converted)"],
      ["Ann", "Prospecting", "EUR", "10,000.00", "USD", "10,800.00"],
      ["Ann", "Prospecting", "USD", "5,000.00", "USD", "5,000.00"],
    ];
    expect(records("deals", grid)).toEqual([[10000, "EUR"], [5000, "USD"]]);
  });

  it("is read from codes and symbols written in the amounts", () => {
    const grid: Grid = [["Rep", "Date", "Amount"], ["Ann", "2026-01-05", "USD 12,000.00"], ["Ann", "2026-01-06", "¥3,000"], ["Ann", "2026-01-07", "€950"], ["Ann", "2026-01-08", 800]];
    expect(records("transactions", grid)).toEqual([[12000, "USD"], [3000, "CNY"], [950, "EUR"], [800, null]]);
  });

  it("is read from Chinese names in a 币种 column", () => {
    const grid: Grid = [["业务员", "单据日期", "币种", "无税金额"], ["张伟", "2026-01-05", "人民币", "8,000.00"], ["张伟", "2026-01-06", "美元", "1,000.00"]];
    expect(records("transactions", grid)).toEqual([[8000, "CNY"], [1000, "USD"]]);
  });

  it("is read from the amount's header when the rows say nothing", () => {
    expect(records("transactions", [["Rep", "Date", "Amount (USD)"], ["Ann", "2026-01-05", 100]])).toEqual([[100, "USD"]]);
    expect(records("transactions", [["业务员", "日期", "金额（元）"], ["张伟", "2026-01-05", 100]])).toEqual([[100, "CNY"]]);
  });

  it("reads $ as the dollar the plan names", () => {
    expect(records("transactions", [["Rep", "Date", "Amount"], ["Ann", "2026-01-05", "$1,200"]], { $: "CAD" })).toEqual([[1200, "CAD"]]);
  });

  it("stops on a currency cell that names no currency, naming the cell", () => {
    const error = read("deals", [["Owner", "Stage", "Currency", "Amount"], ["Ann", "Lead", "dollars?", 100]]);
    expect(error instanceof ReadError ? error.messages : error).toEqual(['Sheet "Data", row 2, column C (Currency): "dollars?" is not a currency (write an ISO code such as USD, CNY, EUR, or a name such as 人民币)']);
  });

  it("stops on a row whose currency column and amount disagree, naming both", () => {
    const error = read("transactions", [["Rep", "Date", "Currency", "Amount"], ["Ann", "2026-01-05", "EUR", "$1,200"]]);
    expect(error instanceof ReadError ? error.messages : error).toEqual([
      'Sheet "Data", row 2, column C (Currency): the row names two currencies: EUR (Currency) and USD ("$1,200"); correct one of them',
    ]);
  });

  it("says so in Chinese too", () => {
    const error = readDataset("transactions", [["业务员", "日期", "币种", "金额"], ["张伟", "2026-01-05", "欧元", "$1,200"]], { sheet: "交易" }, { language: "zh-CN" });
    expect(error instanceof ReadError ? error.messages : error).toEqual(["工作表“交易”第2行C列（币种）：该行写了两种币种：EUR（币种）与USD（“$1,200”）；请更正其中一个"]);
  });
});
