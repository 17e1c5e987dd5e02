/**
 * Round trips of the Office host per build: a scorecard over 100, 10,000 and 100,000 KPI result rows,
 * written through the scripted Excel host (test/workbook/mockExcel.ts), which counts syncs and the
 * request bytes of each. A build makes BASE_SYNCS syncs plus one per chunk of at most CHUNK_BYTES.
 */
import { parsePlan } from "../src/reviews/plan";
import { buildScorecard } from "../src/reviews/scorecard/build";
import type { Build } from "../src/sheets/spec";
import { BASE_SYNCS, CHUNK_BYTES, officeHost, planChunks } from "../src/workbook/office";
import type { ScoreRecord } from "../src/datasets/records";
import { createMockExcel } from "../test/workbook/mockExcel";

const KPIS = ["Sales", "Cost", "NPS"] as const;

/** A scorecard build over `rows` KPI result rows: three KPIs per person, two teams. */
export function scorecardBuild(rows: number): Build {
  const parsed = parsePlan({
    version: 1,
    language: "en",
    scorecard: { kpis: [{ name: "Sales", weight: 50 }, { name: "Cost", weight: 30, direction: "lower" }, { name: "NPS", weight: 20 }] },
  });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const records: ScoreRecord[] = Array.from({ length: rows }, (_, i) => ({
    row: i + 2,
    name: `Person ${Math.floor(i / KPIS.length) + 1}`,
    kpi: KPIS[i % KPIS.length],
    target: 100,
    actual: 50 + (i % 70),
    team: i % 2 === 0 ? "North" : "South",
  }));
  return buildScorecard(
    { plan: parsed.plan, language: "en", asOf: 46113, periodStart: 46023, periodEnd: 46387 },
    { scores: { origin: 'Sheet "Scores"', sheet: "Scores", headers: { name: "Name", kpi: "KPI", target: "Target", actual: "Actual" }, records, warnings: [] } },
  );
}

export interface OfficeSyncCase {
  rows: number;
  cells: number;
  chunks: number;
  syncs: number;
  largestRequest: number;
  ms: number;
}

/** Writes a scorecard of `rows` source rows through the scripted host and counts what it took. */
export async function officeSyncCase(rows: number): Promise<OfficeSyncCase> {
  const build = scorecardBuild(rows);
  const mock = createMockExcel({ sheets: [{ name: "Scores", rows: [["Name", "KPI", "Target", "Actual"]] }], keepCells: false });
  const host = officeHost({ excel: mock.Excel, office: mock.Office });
  const started = performance.now();
  await host.writeBuild(build);
  const ms = performance.now() - started;
  return {
    rows,
    cells: build.sheets.reduce((sum, s) => sum + s.rows.reduce((n, r) => n + r.length, 0), 0),
    chunks: planChunks(build.sheets).chunks.length,
    syncs: mock.syncs,
    largestRequest: Math.max(...mock.requestBytes),
    ms,
  };
}

/** Markdown lines for bench/RESULTS.md: syncs and chunks per build at 100, 10,000 and 100,000 rows. */
export async function officeSection(sizes: readonly number[] = [100, 10_000, 100_000]): Promise<string[]> {
  const lines = [
    "## Office host: syncs per scorecard build (scripted Excel host)",
    "",
    `Expected: ${BASE_SYNCS} syncs plus one per chunk; a chunk is planned at up to ${CHUNK_BYTES.toLocaleString("en")} bytes of cell data, keeping each request under Excel's 5 MB limit.`,
    "",
    "| source rows | cells written | chunks | syncs | base + chunks | largest request (bytes) | write ms |",
    "|---:|---:|---:|---:|---|---:|---:|",
  ];
  for (const rows of sizes) {
    const c = await officeSyncCase(rows);
    const formula = c.syncs === BASE_SYNCS + c.chunks ? `${BASE_SYNCS} + ${c.chunks}: met` : `${BASE_SYNCS} + ${c.chunks}: MISSED`;
    lines.push(
      `| ${c.rows.toLocaleString("en")} | ${c.cells.toLocaleString("en")} | ${c.chunks} | ${c.syncs} | ${formula} | ${c.largestRequest.toLocaleString("en")} | ${c.ms.toFixed(0)} |`,
    );
  }
  return lines;
}
