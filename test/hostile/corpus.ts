/**
 * The hostile corpus: damaged and crafted .xlsx files, each made from one valid workbook (written by
 * ExcelJS) by editing its XML or its zip bytes, one per finding of issue 11. Nothing binary is checked
 * in: `makeCorpus` writes every case into a folder.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";

/** The valid workbook's deals: owner and amount, row by row (rows 2-5 of sheet "Deals"). */
export const BASE_DEALS = [
  { owner: "Ann", stage: "Won", amount: 100 },
  { owner: "Bo", stage: "Lead", amount: 200 },
  { owner: "Cy", stage: "Proposal", amount: 300 },
  { owner: "Di", stage: "Won", amount: 400 },
];
export const BASE_TOTAL = 1000;

/** The valid workbook: a "Notes" sheet first (text only), then "Deals" with Owner, Stage, Amount. */
export async function baseWorkbook(options: { table?: boolean } = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const notes = book.addWorksheet("Notes");
  notes.getCell("A1").value = "Read me";
  notes.getCell("A2").value = "Nothing to see";
  const deals = book.addWorksheet("Deals");
  if (options.table) {
    deals.addTable({
      name: "tblDeals",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "Owner" }, { name: "Stage" }, { name: "Amount" }],
      rows: BASE_DEALS.map((d) => [d.owner, d.stage, d.amount]),
    });
  } else {
    deals.addRow(["Owner", "Stage", "Amount"]);
    for (const d of BASE_DEALS) deals.addRow([d.owner, d.stage, d.amount]);
    // Amount of the last deal as a formula with its cached result, as Excel saves it.
    deals.getCell("C5").value = { formula: "200*2", result: 400 };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A workbook's parts, as text (all are XML here). */
export async function parts(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async("string"));
  return out;
}

/** Zips parts again (deflated unless `store`), in the order given. */
export async function zipParts(entries: Map<string, string | Buffer>, store = false): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of entries) zip.file(name, data);
  return zip.generateAsync({ type: "nodebuffer", compression: store ? "STORE" : "DEFLATE" });
}

/** The base workbook with some parts' XML edited. */
export async function edited(base: Buffer, edits: Record<string, (xml: string) => string>, store = false): Promise<Buffer> {
  const p = await parts(base);
  for (const [name, edit] of Object.entries(edits)) {
    const xml = p.get(name);
    if (xml === undefined) throw new Error(`no part ${name}`);
    const out = edit(xml);
    if (out === xml) throw new Error(`the edit of ${name} changed nothing`);
    p.set(name, out);
  }
  return zipParts(p, store);
}

/** Replaces one exact text, failing when it is not there (so a case never silently tests the base). */
export function swap(xml: string, from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`no ${String(from)} in the part`);
  return out;
}

export const DEALS = "xl/worksheets/sheet2.xml";
export const NOTES = "xl/worksheets/sheet1.xml";
export const STRINGS = "xl/sharedStrings.xml";
export const BOOK = "xl/workbook.xml";

/** The index of a shared string in the base workbook. */
export function stringIndex(p: Map<string, string>, text: string): number {
  const items = (p.get(STRINGS) ?? "").split("<si>").slice(1);
  const i = items.findIndex((s) => s.includes(`<t>${text}</t>`));
  if (i < 0) throw new Error(`no shared string ${text}`);
  return i;
}

/** Makes an entry's central-directory CRC wrong (the file otherwise intact). */
export function breakCrc(zip: Buffer, name: string): Buffer {
  const out = Buffer.from(zip);
  for (let i = out.length - 46; i >= 0; i--) {
    if (out.readUInt32LE(i) !== 0x02014b50) continue;
    const len = out.readUInt16LE(i + 28);
    if (out.toString("utf8", i + 46, i + 46 + len) === name) {
      out.writeUInt32LE((out.readUInt32LE(i + 16) ^ 0x5a5a5a5a) >>> 0, i + 16);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

/** Sets a flag bit of an entry in the central directory (bit 0: encrypted). */
export function setFlag(zip: Buffer, name: string, bit: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (out.readUInt32LE(i) !== 0x02014b50) continue;
    const len = out.readUInt16LE(i + 28);
    if (out.toString("utf8", i + 46, i + 46 + len) === name) {
      out.writeUInt16LE(out.readUInt16LE(i + 8) | bit, i + 8);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

/** Writes the declared (uncompressed) size of an entry in the central directory. */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (out.readUInt32LE(i) !== 0x02014b50) continue;
    const len = out.readUInt16LE(i + 28);
    if (out.toString("utf8", i + 46, i + 46 + len) === name) {
      out.writeUInt32LE(size, i + 24);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

/** Renames every occurrence of a name in the zip's headers (same length): two entries then share a name. */
export function rename(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error("names must have the same length");
  const out = Buffer.from(zip);
  let found = 0;
  for (let i = out.indexOf(from); i >= 0; i = out.indexOf(from, i + 1)) {
    out.write(to, i, "utf8");
    found++;
  }
  if (found === 0) throw new Error(`no ${from}`);
  return out;
}

/** A zip of parts, some stored raw, with a deflated entry built from raw bytes (for bombs). */
export function deflated(text: string): Buffer {
  return deflateRawSync(Buffer.from(text));
}

/** Writes cases into a folder; returns their paths by name. */
export function writeCases(dir: string, cases: Record<string, Buffer>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(cases)) {
    out[name] = join(dir, `${name}.xlsx`);
    writeFileSync(out[name], bytes);
  }
  return out;
}
