/**
 * The .xlsx reader's grid alone (open, then every cell of the largest sheet), two readers side by side
 * in one process, alternating, so the machine's load weighs on both alike.
 * Run: npx tsx bench/readGrid.ts <file.xlsx> <sheet> <moduleA> [moduleB]   (modules: paths to an xlsxRead.ts)
 */
import { resolve } from "node:path";

interface Reader {
  openWorkbook(path: string): Promise<{ grid(at: { sheet: string }): unknown }>;
}

async function main(): Promise<void> {
  const [file, sheet, ...modules] = process.argv.slice(2);
  const readers = await Promise.all(modules.map(async (m) => ({ name: m, reader: (await import(resolve(m))) as Reader })));
  const times = new Map<string, number[]>(readers.map((r) => [r.name, []]));
  for (let round = 0; round < 3; round++) {
    for (const { name, reader } of readers) {
      const t0 = process.hrtime.bigint();
      const book = await reader.openWorkbook(file);
      const grid = book.grid({ sheet }) as { grid?: unknown[] };
      if (!Array.isArray(grid.grid)) throw new Error(`${name}: ${String(grid)}`);
      times.get(name)?.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
  }
  for (const [name, t] of times) console.log(`${name}: ${t.map((s) => s.toFixed(2)).join(" s, ")} s`);
}

void main();
