/**
 * A child process for xlsxWriteSignal.test.ts: writes a workbook large enough (600,000 rows) that the
 * test can stop it with a signal while the temporary file is being written.
 */
import { writeWorkbook } from "../../src/workbook/xlsxWrite";
import type { Cell } from "../../src/sheets/spec";

const rows: Cell[][] = Array.from({ length: 600_000 }, (_, i) => [{ v: i }, { v: `Deal ${i}` }, { v: i * 1.5 }]);
void writeWorkbook(process.argv[2], [{ name: "Data", purpose: "data", rows }]).then(() => process.stdout.write("written\n"));
