/**
 * Whatever a file holds, the reader answers with records or a ReadError that says what is wrong: never
 * another exception (a TypeError, a RangeError from a Buffer, an out-of-memory). Random cell
 * references are written into a valid sheet, and random bytes of a valid file are damaged.
 */
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ReadError } from "../../src/datasets/readDataset";
import { readSource } from "../../src/workbook/xlsxRead";
import { baseWorkbook, DEALS, parts, zipParts } from "./corpus";

let dir: string;
let deflatedBase: Buffer;
let storedBase: Buffer;
let sheets: Map<string, string>;
let n = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kpi-property-"));
  deflatedBase = await baseWorkbook();
  sheets = await parts(deflatedBase);
  storedBase = await zipParts(sheets, true);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads bytes as a workbook's deals; the outcome, or the exception that is not a ReadError. */
async function outcome(bytes: Buffer): Promise<{ ok: true; records: number } | { ok: true; error: readonly string[] } | { ok: false; thrown: string }> {
  const file = join(dir, `case${n++}.xlsx`);
  writeFileSync(file, bytes);
  try {
    const result = await readSource(file, "deals");
    return result instanceof ReadError ? { ok: true, error: result.messages } : { ok: true, records: result.records.length };
  } catch (e) {
    if (e instanceof ReadError) return { ok: true, error: e.messages };
    return { ok: false, thrown: `${(e as Error).name}: ${(e as Error).message}` };
  } finally {
    rmSync(file, { force: true });
  }
}

/** Records, or an error with at least one plain sentence (no "undefined", no "NaN" where a value belongs). */
function isClear(out: Awaited<ReturnType<typeof outcome>>): boolean {
  if (!out.ok) return false;
  if ("records" in out) return out.records >= 0;
  return out.error.length > 0 && out.error.every((m) => m.length > 10 && !/\bundefined\b|\bNaN\b/.test(m));
}

/** An independent reading of A1 references: up to XFD (16,384 columns) and row 1,048,576. */
function withinSheet(ref: string): boolean {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(ref);
  if (!m) return false;
  const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return col <= 16_384 && Number(m[2]) <= 1_048_576;
}

const refChars = [..."ABCXZaz$0123456789:-"];

it("reads a sheet with a cell at any reference, or says why not", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...refChars), { maxLength: 14 }), async (chars) => {
      const ref = chars.join("");
      const edited = new Map(sheets);
      edited.set(DEALS, (sheets.get(DEALS) as string).replace('<c r="C5">', `<c r="${ref}"><v>1</v></c><c r="C5">`));
      const out = await outcome(await zipParts(edited));
      if (!isClear(out)) throw new Error(`${ref}: ${JSON.stringify(out)}`);
      // A reference outside Excel's sheet (or no reference at all) is named in an error, never read.
      if (!withinSheet(ref) && !("error" in out && out.error.some((m) => m.includes(JSON.stringify(ref))))) {
        throw new Error(`${ref} was not refused: ${JSON.stringify(out)}`);
      }
    }),
    { numRuns: 150 },
  );
}, 120_000);

it("reads a workbook with damaged bytes, or says it is damaged", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.boolean(),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      fc.option(fc.nat(), { nil: undefined }),
      async (stored, flips, cut) => {
        const base = stored ? storedBase : deflatedBase;
        const bytes = Buffer.from(base);
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        const out = await outcome(cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length));
        if (!isClear(out)) throw new Error(JSON.stringify(out));
      },
    ),
    { numRuns: 300 },
  );
}, 180_000);
