/**
 * The .xlsx reader alone on one workbook: open, find the deals, read them. Prints seconds and peak RSS.
 * Run: npx tsx bench/readXlsx.ts <file.xlsx>   (make one with: npx tsx bench/readXlsx.ts --make <file.xlsx> [deals])
 */
import { generateTeam } from "../examples/generate";
import { readSource } from "../src/workbook/xlsxRead";
import { ReadError } from "../src/datasets/readDataset";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--make") {
    await generateTeam(args[1], { reps: 200, kpis: 0, deals: Number(args[2] ?? 200_000), transactions: 0, language: "en", seed: 12 });
    return;
  }
  const t0 = process.hrtime.bigint();
  const deals = await readSource(args[0], "deals");
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (deals instanceof ReadError) throw deals;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ rows: deals.records.length, seconds: Number(seconds.toFixed(3)), peakRssMB: Math.round(rss) }));
}

void main();
