/**
 * The Activity review on a year of a large team's daily reports: 1,000 people × 365 days (365,000
 * rows, one report line per person and day, the type rotating through calls, visits and follow-ups),
 * built with the default quotas and written to .xlsx. Prints the build's and the write's time and the
 * process's peak memory; with --recalc, also how long LibreOffice takes to open the written file with
 * every formula recalculated and save it (soffice --convert-to, a fresh profile forcing recalculation).
 *
 *   npx tsx bench/activity.ts [--people 1000] [--days 365] [--recalc]
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import { dateSerial } from "../src/core/text/parseDate";
import type { ActivityRecord, SourceData } from "../src/datasets/records";
import { buildActivity } from "../src/reviews/activity/build";
import { buildContext } from "../src/reviews/context";
import { planSchema } from "../src/reviews/plan";
import { writeWorkbook } from "../src/workbook/xlsxWrite";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const PEOPLE = arg("people", 1000);
const DAYS = arg("days", 365);
const TYPES = ["call", "visit", "followUp"];

let peak = 0;
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 50);

function records(): ActivityRecord[] {
  const last = dateSerial(2026, 11, 20) as number;
  const rows: ActivityRecord[] = [];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let d = last - DAYS + 1; d <= last; d++) {
    for (let p = 0; p < PEOPLE; p++) {
      const type = TYPES[(d + p) % TYPES.length];
      rows.push({ row: rows.length + 2, date: d, rep: `Rep ${String(p + 1).padStart(5, "0")}`, type, count: 1 + Math.floor(next() * 30), team: null, customer: null, deal: null, outcome: null });
    }
  }
  return rows;
}

/** LibreOffice's forced recalculation of the file (its own fresh profile), timed alone: soffice converting to .xlsx. */
async function recalcSeconds(file: string, dir: string): Promise<number> {
  const profile = path.join(dir, "profile");
  await fs.mkdir(path.join(profile, "user"), { recursive: true });
  const always = (key: string): string => `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${key}" oor:op="fuse"><value>0</value></prop></item>`;
  await fs.writeFile(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${always("OOXMLRecalcMode")}\n${always("ODFRecalcMode")}\n</oor:items>\n`,
  );
  const out = path.join(dir, "out");
  const started = process.hrtime.bigint();
  execFileSync("soffice", ["--headless", "--norestore", "--nologo", "--nodefault", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", "xlsx", "--outdir", out, file], {
    env: { ...process.env, SAL_USE_VCLPLUGIN: "svp" },
    stdio: "ignore",
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await fs.stat(path.join(out, path.basename(file))); // the conversion produced its copy
  return seconds;
}

async function main(): Promise<void> {
  const activities: SourceData<ActivityRecord> = { origin: 'Sheet "Activities"', sheet: "Activities", headers: {}, records: records(), warnings: [] };
  sample();
  const plan = planSchema.parse({ version: 1 });
  const ctx = buildContext(plan, dateSerial(2026, 11, 20), 0);
  const t0 = process.hrtime.bigint();
  const build = buildActivity(ctx, { activities });
  const t1 = process.hrtime.bigint();
  sample();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-bench-activity-"));
  const file = path.join(dir, "activity.xlsx");
  await writeWorkbook(file, build.sheets);
  const t2 = process.hrtime.bigint();
  sample();
  const cells = build.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
  console.log(`activity: ${activities.records.length.toLocaleString("en")} rows, ${PEOPLE} people × ${DAYS} days`);
  console.log(`build ${(Number(t1 - t0) / 1e6).toFixed(0)} ms, write ${(Number(t2 - t1) / 1e6).toFixed(0)} ms, ${cells.toLocaleString("en")} cells, file ${((await fs.stat(file)).size / 2 ** 20).toFixed(1)} MB, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`);
  if (process.argv.includes("--recalc")) console.log(`LibreOffice recalculation ${(await recalcSeconds(file, dir)).toFixed(1)} s`);
  clearInterval(timer);
  await fs.rm(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
