/**
 * Inputs for the scale measurements in bench/NOTES.md ("Scale: the target plan and the funnel at their
 * limits"): a team of N people (for the target plan) or N deals over 200 owners (for the funnel), with
 * the plan that goes with them.
 *
 *   npx tsx bench/scale.ts team 40000 /tmp/scale    # /tmp/scale/team-40000.xlsx and .json
 *   npx tsx bench/scale.ts deals 1000000 /tmp/scale # /tmp/scale/deals-1000000.xlsx and .json
 *
 * `npm run bench` measures the same builds (scaleSection, below). By hand, each build in its own process under GNU time, e.g.
 *   /usr/bin/time -v node bin/kpi-toolkit.js targets --in /tmp/scale/team-40000.xlsx \
 *     --plan /tmp/scale/team-40000.json --out /tmp/scale/out.xlsx --force --quiet
 */
import { promises as fs } from "fs";
import path from "path";
import os from "os";
import { generateTeam, teamPlan, type TeamOptions } from "../examples/generate";
import { runCli } from "./cli";

/** Writes DIR/<kind>-<n>.xlsx and DIR/<kind>-<n>.json. */
export async function make(kind: string, n: number, dir: string): Promise<void> {
  if ((kind !== "team" && kind !== "deals") || !(n > 0)) throw new Error("usage: npx tsx bench/scale.ts team|deals N DIR");
  const options: TeamOptions =
    kind === "team"
      ? { reps: n, deals: 0, transactions: 0, kpis: 0, language: "en", seed: 11 }
      : { reps: 200, deals: n, transactions: 0, kpis: 0, language: "en", seed: 12 };
  await fs.mkdir(dir, { recursive: true });
  await generateTeam(path.join(dir, `${kind}-${n}.xlsx`), options);
  await fs.writeFile(path.join(dir, `${kind}-${n}.json`), JSON.stringify(teamPlan(options)));
}

/** The sizes measured: the largest target plan allowed, one above it, and a sheet-full of deals. */
const SCALE_RUNS = [
  { build: "targets", kind: "team", n: 40_000, input: "40,000 people (the most one plan holds: MAX_PLAN_PEOPLE)" },
  { build: "targets", kind: "team", n: 200_000, input: "200,000 people" },
  { build: "funnel", kind: "deals", n: 1_000_000, input: "1,000,000 deals, 200 owners" },
] as const;

/**
 * `npm run bench`'s scale section (issue 11, item 5): each build in its own process under GNU time, as
 * the command line section does; a build refused with a message that says the limit counts as met.
 * BENCH_SCALE=0 leaves it out (it takes a few minutes: a million deals are generated first).
 */
export async function scaleSection(log: (line: string) => void = () => undefined): Promise<string[]> {
  const lines = [
    "## Scale limits (issue 11)",
    "",
    "Goal: under 1 GB, or a clear refusal above a stated size. Inputs made by bench/scale.ts; each build is its own `node bin/kpi-toolkit.js` process.",
    "",
    "| build | input | seconds | peak MB | goal |",
    "|---|---|---:|---:|---|",
  ];
  if (process.env.BENCH_SCALE === "0") return [...lines, "| (left out: BENCH_SCALE=0) | | | | |"];
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-bench-scale-"));
  try {
    for (const r of SCALE_RUNS) {
      log(`making ${r.n} ${r.kind}…`);
      await make(r.kind, r.n, dir);
      const base = path.join(dir, `${r.kind}-${r.n}`);
      log(`running ${r.build} on ${r.input}…`);
      const m = await runCli([r.build, "--in", `${base}.xlsx`, "--plan", `${base}.json`, "--out", path.join(dir, "out.xlsx"), "--force", "--quiet"]);
      const refused = m.code !== 0 && /at most/.test(m.output);
      const mb = m.megabytes === null ? null : Math.round(m.megabytes);
      const goal = m.code === 0 ? (mb !== null && mb < 1024 ? "met" : "MISSED") : refused ? "met (refused, saying the limit)" : `FAILED: ${m.output.trim().split("\n")[0]}`;
      const line = `| ${r.build} | ${r.input} | ${m.seconds.toFixed(1)} | ${mb === null ? "n/a" : mb.toLocaleString("en")} | ${goal} |`;
      log(line);
      lines.push(line);
      await fs.rm(`${base}.xlsx`, { force: true });
    }
    return lines;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  make(process.argv[2], Number(process.argv[3]), process.argv[4] ?? "/tmp/scale").catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
