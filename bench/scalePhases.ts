/**
 * Where a large build's memory goes, phase by phase, in one process: the workbook opened, the records
 * read (workbook still held), the records alone, the SheetSpecs built, the file written. After each
 * phase a full garbage collection, then V8's heap, the memory outside it (Buffers) and the resident set.
 *
 *   node --expose-gc --import tsx bench/scalePhases.ts targets /tmp/scale/team-10000.xlsx /tmp/scale/team-10000.json
 *
 * (Inputs from bench/scale.ts.) Also prints each sheet's cells, distinct cell objects and formula text.
 */
import { promises as fs } from "fs";
import { findSources } from "../src/datasets/findSources";
import type { Dataset } from "../src/datasets/records";
import { buildReview, datasetsFor, type ReviewData } from "../src/reviews/build";
import { parsePlan, readOptionsFromPlan, type Plan } from "../src/reviews/plan";
import type { ReviewKind } from "../src/reviews/registry";
import type { SheetSpec } from "../src/sheets/spec";
import { openInput } from "../src/workbook/openInput";
import { readFound, sourcePlaces } from "../src/workbook/xlsxRead";
import { writeWorkbook } from "../src/workbook/xlsxWrite";

const gc = (globalThis as { gc?: () => void }).gc;

function memory(): string {
  gc?.();
  const m = process.memoryUsage();
  const mb = (n: number): string => `${Math.round(n / 1e6)} MB`;
  return `heap ${mb(m.heapUsed)}, outside the heap ${mb(m.external)}, resident ${mb(m.rss)}`;
}

async function read(command: ReviewKind, file: string, plan: Plan): Promise<ReviewData> {
  const needs = datasetsFor(command);
  const book = await openInput(file, { language: plan.language });
  const places = sourcePlaces(book);
  console.log(`opened: ${memory()}`);
  const found = findSources(places, { wanted: needs, given: {}, overrides: () => ({}) });
  const data: ReviewData = {};
  for (const dataset of [...needs.required, ...needs.optional]) {
    const at = found[dataset] ?? null;
    if (at === null && !needs.required.includes(dataset)) continue;
    (data as Record<Dataset, unknown>)[dataset] = readFound(book, dataset, at, places, readOptionsFromPlan(plan, dataset));
  }
  console.log(`read, workbook still held: ${memory()}`);
  return data;
}

function cells(sheets: readonly SheetSpec[]): void {
  for (const s of sheets) {
    let count = 0;
    let formulaText = 0;
    const distinct = new Set<object>();
    for (const row of s.rows) {
      for (const c of row) {
        if (!c) continue;
        count++;
        distinct.add(c);
        formulaText += c.f?.length ?? 0;
      }
    }
    console.log(`  ${s.name}: ${s.rows.length} rows, ${count} cells, ${distinct.size} distinct cell objects, ${formulaText} characters of formulas`);
  }
}

async function run(): Promise<void> {
  const [command, file, planFile] = process.argv.slice(2) as [ReviewKind, string, string];
  if (!gc) throw new Error("run with node --expose-gc");
  const parsed = parsePlan(JSON.parse(await fs.readFile(planFile, "utf8")));
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const data = await read(command, file, parsed.plan);
  console.log(`records only: ${memory()}`);
  let started = Date.now();
  const review = buildReview(command, parsed.plan, data, 46346, {});
  console.log(`built in ${Date.now() - started} ms: ${memory()}`);
  cells(review.sheets);
  started = Date.now();
  await writeWorkbook(`${file}.out.xlsx`, review.sheets, { overwrite: true });
  console.log(`written in ${Date.now() - started} ms: ${memory()}`);
}

void run();
