/**
 * Reads one workbook's deals in a child process (so a memory blow-up or a hang fails a test, not the
 * machine) and prints what came of it as one line of JSON: the records' count and amounts, or the
 * ReadError's messages, or anything else that was thrown (which the tests count as a failure).
 *
 * Run: node --max-old-space-size=512 -r tsx/cjs test/hostile/readOne.ts file.xlsx [sheet]
 */
import { ReadError } from "../../src/datasets/readDataset";
import { readSource } from "../../src/workbook/xlsxRead";

async function main(): Promise<void> {
  const [file, sheet] = process.argv.slice(2);
  const start = Date.now();
  try {
    const result = await readSource(file, "deals", sheet ? { sheet } : {});
    const ms = Date.now() - start;
    if (result instanceof ReadError) {
      process.stdout.write(`${JSON.stringify({ kind: "error", messages: result.messages, ms })}\n`);
    } else {
      const records = result.records as readonly { owner: string; amount: number }[];
      process.stdout.write(`${JSON.stringify({ kind: "records", owners: records.map((r) => r.owner), total: records.reduce((s, r) => s + r.amount, 0), ms })}\n`);
    }
  } catch (e) {
    process.stdout.write(`${JSON.stringify({ kind: "thrown", name: (e as Error).name, message: (e as Error).message, ms: Date.now() - start })}\n`);
  }
}

void main();
