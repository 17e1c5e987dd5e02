/**
 * `npm run bench`: every benchmark of the project, printed and written to bench/RESULTS.md.
 * Times are medians of a few runs on this machine; compare ratios within one run, not across machines.
 */
import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
import { coreCases, timeCase } from "./core";
import { officeSection } from "./office";
import { cliSection } from "./cli";
import { scaleSection } from "./scale";
import { funnelRecalcSection, startupSection } from "./startup";

const GOAL_MS = 200;
const FUNCTIONS_GZIP_GOAL = 30 * 1024;

function coreSection(): string[] {
  const lines = ["## Core calculations, 1,000,000 rows each", "", `Goal: under ${GOAL_MS} ms each.`, "", "| calculation | rows | median ms | rows per second | goal |", "|---|---:|---:|---:|---|"];
  for (const c of coreCases()) {
    const ms = timeCase(c);
    const line = `| ${c.name} | ${c.rows.toLocaleString("en")} | ${ms.toFixed(1)} | ${Math.round((c.rows / ms) * 1000).toLocaleString("en")} | ${ms < GOAL_MS ? "met" : "MISSED"} |`;
    console.log(line);
    lines.push(line);
  }
  return lines;
}

function bundleSection(): string[] {
  const dist = path.resolve(__dirname, "../dist");
  const lines = ["## Bundles (production build, gzip -9)", "", "| bundle | bytes | gzip bytes | goal |", "|---|---:|---:|---|"];
  const lazy = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && f !== "functions.js" && f !== "taskpane.js");
  const bundles: [string, number | null][] = [["functions.js", FUNCTIONS_GZIP_GOAL], ["taskpane.js", 200 * 1024], ...lazy.map((f): [string, number | null] => [f, null])];
  for (const [file, goal] of bundles) {
    const p = path.join(dist, file);
    if (!fs.existsSync(p)) throw new Error(`${p} is missing: npm run bench builds first; run npm run build`);
    const raw = fs.readFileSync(p);
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    const verdict = goal === null ? "loaded after the first render" : `under ${goal / 1024} KB: ${gz < goal ? "met" : "MISSED"}`;
    const line = `| ${file} | ${raw.length.toLocaleString("en")} | ${gz.toLocaleString("en")} | ${verdict} |`;
    console.log(line);
    lines.push(line);
  }
  return lines;
}

async function main(): Promise<void> {
  const header = [
    "# Benchmark results",
    "",
    `Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB.`,
    "Absolute times drift on shared machines; compare rows of one run with each other. [NOTES.md](NOTES.md) explains the misses and the side-by-side measurements behind past changes.",
    "",
  ];
  const log = (line: string): void => console.error(line);
  const sections = [
    coreSection(),
    bundleSection(),
    await officeSection(),
    await startupSection(),
    await cliSection({ log }),
    await funnelRecalcSection(100_000, log),
    await scaleSection(log),
  ];
  const out = [...header, ...sections.flatMap((s) => [...s, ""])].join("\n");
  fs.writeFileSync(path.resolve(__dirname, "RESULTS.md"), out);
  console.log(`\nwritten to bench/RESULTS.md`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
