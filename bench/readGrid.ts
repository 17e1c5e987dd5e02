/**
 * The .xlsx reader's grid alone (open, then every cell of the largest sheet), two readers side by side
 * in one process, alternating, so the machine's load weighs on both alike. Prints each round's wall
 * seconds and, in brackets, the process's CPU seconds (user + system) over it: on a shared machine the
 * CPU time moves less with other jobs' load than the wall time does.
 * Run: npx tsx bench/readGrid.ts <file.xlsx> <sheet> <moduleA> [moduleB]   (modules: paths to an xlsxRead.ts)
 * Optional: ROUNDS=5 (default 3).
 */
import { resolve } from "node:path";

interface Reader {
  openWorkbook(path: string): Promise<{ grid(at: { sheet: string }): unknown }>;
}

async function main(): Promise<void> {
  const [file, sheet, ...modules] = process.argv.slice(2);
  const rounds = Number(process.env.ROUNDS ?? 3);
  const readers = await Promise.all(modules.map(async (m) => ({ name: m, reader: (await import(resolve(m))) as Reader })));
  const times = new Map<string, string[]>(readers.map((r) => [r.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const { name, reader } of readers) {
      const t0 = process.hrtime.bigint();
      const cpu0 = process.cpuUsage();
      const book = await reader.openWorkbook(file);
      const grid = book.grid({ sheet }) as { grid?: unknown[] };
      if (!Array.isArray(grid.grid)) throw new Error(`${name}: ${String(grid)}`);
      const cpu = process.cpuUsage(cpu0);
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      times.get(name)?.push(`${wall.toFixed(2)} (${((cpu.user + cpu.system) / 1e6).toFixed(2)})`);
    }
  }
  for (const [name, t] of times) console.log(`${name}: ${t.join(", ")} s`);
}

void main();
