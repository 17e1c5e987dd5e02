/**
 * Inputs for the scale measurements in bench/NOTES.md ("Scale: the target plan and the funnel at their
 * limits"): a team of N people (for the target plan) or N deals over 200 owners (for the funnel), with
 * the plan that goes with them.
 *
 *   npx tsx bench/scale.ts team 40000 /tmp/scale    # /tmp/scale/team-40000.xlsx and .json
 *   npx tsx bench/scale.ts deals 1000000 /tmp/scale # /tmp/scale/deals-1000000.xlsx and .json
 *
 * Then each build in its own process under GNU time, e.g.
 *   /usr/bin/time -v node bin/kpi-toolkit.js targets --in /tmp/scale/team-40000.xlsx \
 *     --plan /tmp/scale/team-40000.json --out /tmp/scale/out.xlsx --force --quiet
 */
import { promises as fs } from "fs";
import path from "path";
import { generateTeam, teamPlan, type TeamOptions } from "../examples/generate";

async function make(kind: string, n: number, dir: string): Promise<void> {
  if ((kind !== "team" && kind !== "deals") || !(n > 0)) throw new Error("usage: npx tsx bench/scale.ts team|deals N DIR");
  const options: TeamOptions =
    kind === "team"
      ? { reps: n, deals: 0, transactions: 0, kpis: 0, language: "en", seed: 11 }
      : { reps: 200, deals: n, transactions: 0, kpis: 0, language: "en", seed: 12 };
  await fs.mkdir(dir, { recursive: true });
  await generateTeam(path.join(dir, `${kind}-${n}.xlsx`), options);
  await fs.writeFile(path.join(dir, `${kind}-${n}.json`), JSON.stringify(teamPlan(options)));
}

if (require.main === module) {
  make(process.argv[2], Number(process.argv[3]), process.argv[4] ?? "/tmp/scale").catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
