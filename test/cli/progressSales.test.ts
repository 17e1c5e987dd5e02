import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import * as xlsxRead from "../../src/workbook/xlsxRead";
import { runCli } from "./runCli";

/**
 * Progress on "auto" (the default) tracks the transactions when the workbook has them: its deals are
 * then not read at all, so their dates (a deal closing in December) never move the as-of date, and a
 * large CRM export beside the ledger costs nothing.
 */
describe("progress on a workbook with a sales ledger and a CRM export", () => {
  let dir: string;
  let book: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-progress-sales-"));
    book = path.join(dir, "book.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sales").addRows([
      ["Date", "Rep", "Amount"],
      [new Date(Date.UTC(2026, 4, 2)), "Ann", 1200],
      [new Date(Date.UTC(2026, 4, 20)), "Bob", 800],
    ]);
    wb.addWorksheet("Pipeline").addRows([
      ["Owner", "Stage", "Amount", "Close date"],
      ["Ann", "Won", 5000, new Date(Date.UTC(2026, 11, 30))],
      ["Bob", "Proposal", 900, null],
    ]);
    await wb.xlsx.writeFile(book);
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("reads the transactions, not the deals, and dates the review by the transactions", async () => {
    const read = jest.spyOn(xlsxRead, "readFound");
    try {
      const run = await runCli(["progress", "--in", book, "--out", path.join(dir, "out.xlsx")]);
      expect([run.code, run.stdout.split("\n")[1], read.mock.calls.map((c) => c[1])]).toEqual([0, "  Progress as of 2026-05-20: 2 people", ["transactions"]]);
    } finally {
      read.mockRestore();
    }
  });
});
