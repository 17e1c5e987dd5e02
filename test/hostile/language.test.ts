import { ReadError } from "../../src/datasets/readDataset";
import { xlsxWorkbook } from "../../src/workbook/xlsxRead";
import { baseWorkbook, DEALS, edited, swap, zipParts } from "./corpus";

/** The reader says what is damaged in the run's language: a Chinese run reads a damaged file's problem in Chinese. */

it.each([
  { language: "en" as const, message: 'Sheet "Deals", cell B3: the cell refers to shared string "99", but the file has 12 shared strings (the file is damaged)' },
  { language: "zh-CN" as const, message: "工作表“Deals”单元格 B3：该单元格引用共享字符串“99”，但文件只有 12 个共享字符串（文件已损坏）" },
])("names a damaged cell in $language", async ({ language, message }) => {
  const bytes = await edited(await baseWorkbook(), { [DEALS]: (x) => swap(x, '<c r="B3" t="s"><v>8</v>', '<c r="B3" t="s"><v>99</v>') });
  const read = xlsxWorkbook("damaged.xlsx", bytes, language).grid({ sheet: "Deals" });
  expect(read instanceof ReadError ? read.messages : read).toEqual([message]);
});

/** A file that is not an .xlsx workbook at all is said to be so in the run's language, with what it is instead. */
it.each([
  {
    language: "en" as const,
    text: 'Cannot read "notes.xlsx": it is not an .xlsx workbook (it has no zip directory: another kind of file, or a workbook cut short). Open it in Excel and save it as an Excel Workbook (.xlsx)',
    zip: 'Cannot read "letter.xlsx": it is not an .xlsx workbook (it is a zip file without a workbook part, such as a Word or PowerPoint file). Open it in Excel and save it as an Excel Workbook (.xlsx)',
  },
  {
    language: "zh-CN" as const,
    text: "无法读取“notes.xlsx”：这不是 .xlsx 工作簿（没有 zip 目录：是其他类型的文件，或工作簿不完整）。请在 Excel 中打开，另存为“Excel 工作簿（.xlsx）”",
    zip: "无法读取“letter.xlsx”：这不是 .xlsx 工作簿（这是没有工作簿部分的 zip 文件，例如 Word 或 PowerPoint 文件）。请在 Excel 中打开，另存为“Excel 工作簿（.xlsx）”",
  },
])("says a file is not an .xlsx workbook in $language", async ({ language, text, zip }) => {
  const messages = (bytes: Buffer, file: string): readonly string[] => {
    try {
      xlsxWorkbook(file, bytes, language);
    } catch (e) {
      if (e instanceof ReadError) return e.messages;
      throw e;
    }
    throw new Error("read as a workbook");
  };
  expect(messages(Buffer.from("just some text"), "notes.xlsx")).toEqual([text]);
  const word = await zipParts(new Map([["word/document.xml", "<w:document xmlns:w='urn:w'/>"]]));
  expect(messages(word, "letter.xlsx")).toEqual([zip]);
});
