/**
 * Text that a spreadsheet could take for a formula (=, +, -, @, tab, carriage return first) is written
 * with Excel's quote prefix on its cell format, by both writers, and its value is unchanged; other
 * cells' formats carry no prefix.
 */
import JSZip from "jszip";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cell, SheetSpec } from "../../src/sheets/spec";
import { workbookBuffer } from "../../src/workbook/xlsxWrite";
import { openWorkbook, type SheetGrid } from "../../src/workbook/xlsxRead";
import { ReadError } from "../../src/datasets/readDataset";

const QUOTED = ["=1+1", "+CMD", "-5", "@SUM(A1)", "\tTab", "\rReturn", "=cmd|' /C calc'!A0"];
const PLAIN = ["plain", "a=b", " =space first", "Ann", "_x0041_ stays literal"];

function spec(): SheetSpec {
  const row = (v: string, style?: Cell["style"]): (Cell | null)[] => [style ? { v, style } : { v }, { v: -5 }, { v: 2, f: "1+1" as Cell["f"] }];
  return {
    name: "Data",
    purpose: "data",
    rows: [...QUOTED.map((v) => row(v)), ...PLAIN.map((v) => row(v)), row("=header", "header"), row("header", "header")],
  };
}

/** Each cell's style index in column A, and the cellXfs' quotePrefix flags, from the written XML. */
async function written(streaming: boolean): Promise<{ bytes: Buffer; styleOf: Map<string, number>; quoted: boolean[] }> {
  const bytes = await workbookBuffer([spec()], { streaming });
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const styleOf = new Map<string, number>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)) styleOf.set(m[1], Number(m[2] ?? 0));
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const quoted = [...cellXfs.matchAll(/<xf\b([^>]*)/g)].map((m) => /\bquotePrefix="1"/.test(m[1]));
  return { bytes, styleOf, quoted };
}

describe.each([false, true])("streaming %s", (streaming) => {
  it("gives formula-looking text a cell format with quotePrefix, and no other cell", async () => {
    const { styleOf, quoted } = await written(streaming);
    const rows = spec().rows.length;
    expect(styleOf.size).toBeGreaterThanOrEqual(rows * 3);
    for (let r = 1; r <= rows; r++) {
      const text = r <= QUOTED.length || r === QUOTED.length + PLAIN.length + 1;
      expect({ cell: `A${r}`, quoted: quoted[styleOf.get(`A${r}`) as number] }).toEqual({ cell: `A${r}`, quoted: text });
      // A number and a formula are never prefixed, even negative.
      expect(quoted[styleOf.get(`B${r}`) ?? 0]).toBe(false);
      expect(quoted[styleOf.get(`C${r}`) ?? 0]).toBe(false);
    }
  });

  it("keeps the values as they were", async () => {
    const { bytes } = await written(streaming);
    const dir = mkdtempSync(join(tmpdir(), "kpi-quote-"));
    try {
      writeFileSync(join(dir, "q.xlsx"), bytes);
      const grid = (await openWorkbook(join(dir, "q.xlsx"))).grid({ sheet: "Data" });
      if (grid instanceof ReadError) throw grid;
      expect((grid as SheetGrid).grid.map((row) => row[0])).toEqual([...QUOTED, ...PLAIN, "=header", "header"]);
      expect((grid as SheetGrid).grid.map((row) => row[1])).toEqual(spec().rows.map(() => -5));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
