import { ReadError } from "../../src/datasets/readDataset";
import { xlsxWorkbook } from "../../src/workbook/xlsxRead";
import { baseWorkbook, DEALS, edited, swap } from "./corpus";

/** The reader says what is damaged in the run's language: a Chinese run reads a damaged file's problem in Chinese. */

it.each([
  { language: "en" as const, message: 'Sheet "Deals", cell B3: the cell refers to shared string "99", but the file has 12 shared strings (the file is damaged)' },
  { language: "zh-CN" as const, message: "工作表“Deals”单元格 B3：该单元格引用共享字符串“99”，但文件只有 12 个共享字符串（文件已损坏）" },
])("names a damaged cell in $language", async ({ language, message }) => {
  const bytes = await edited(await baseWorkbook(), { [DEALS]: (x) => swap(x, '<c r="B3" t="s"><v>8</v>', '<c r="B3" t="s"><v>99</v>') });
  const read = xlsxWorkbook("damaged.xlsx", bytes, language).grid({ sheet: "Deals" });
  expect(read instanceof ReadError ? read.messages : read).toEqual([message]);
});
