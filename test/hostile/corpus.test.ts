/**
 * Issue 11's findings, one crafted or damaged workbook each (made by corpus.ts from a valid one), read in
 * a child process with a 512 MB heap and a time limit: each must give its exact records or its exact
 * error, never a blank, a wrong total, a hang or a crash.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  BASE_DEALS,
  BASE_TOTAL,
  baseWorkbook,
  BOOK,
  breakCrc,
  DEALS,
  declareSize,
  edited,
  NOTES,
  parts,
  rename,
  setFlag,
  STRINGS,
  swap,
  writeCases,
  zipParts,
} from "./corpus";

type Outcome = { kind: "records"; owners: string[]; total: number; ms: number } | { kind: "error"; messages: string[]; ms: number } | { kind: "thrown"; name: string; message: string; ms: number };

/** Seconds a case may take, child process start included (two shared cores: generous, but not a hang). */
const LIMIT_MS = 20_000;

let dir: string;
let files: Record<string, string>;

/** Reads a case in a child process with a 512 MB heap; a crash, a kill or a timeout fails. */
function read(name: string): Outcome {
  const run = spawnSync(process.execPath, ["--max-old-space-size=512", "-r", "tsx/cjs", join(__dirname, "readOne.ts"), files[name]], {
    encoding: "utf8",
    timeout: LIMIT_MS,
    cwd: join(__dirname, "..", ".."),
  });
  if (run.error || run.status !== 0) throw new Error(`${name}: child ${run.error ? run.error.message : `exit ${run.status} ${run.signal ?? ""}`}\n${run.stderr}`);
  return JSON.parse(run.stdout) as Outcome;
}

function expectRecords(name: string): void {
  const out = read(name);
  expect(out).toEqual({ kind: "records", owners: BASE_DEALS.map((d) => d.owner), total: BASE_TOTAL, ms: expect.any(Number) });
}

function expectError(name: string, ...messages: (string | RegExp)[]): void {
  const out = read(name);
  expect(out.kind).toBe("error");
  const got = (out as { messages: string[] }).messages;
  expect(got).toHaveLength(messages.length);
  messages.forEach((m, i) => (typeof m === "string" ? expect(got[i]).toBe(m) : expect(got[i]).toMatch(m)));
}

const NO_SUCH_CELL = "is not a cell within Excel's 1,048,576 rows and 16,384 columns (A1 to XFD1048576)";
const A40 = "A".repeat(40);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kpi-hostile-"));
  const base = await baseWorkbook();
  const p = await parts(base);
  const addRow = (row: string) => (xml: string) => swap(xml, "</sheetData>", `${row}</sheetData>`);
  const bytes = (text: string, encoding: BufferEncoding) => Buffer.from(text, encoding);

  const invalidUtf8 = new Map<string, string | Buffer>(p);
  const strings = Buffer.from(p.get(STRINGS) as string, "utf8");
  const at = strings.indexOf("Nothing");
  strings[at] = 0xc3;
  strings[at + 1] = 0x28;
  invalidUtf8.set(STRINGS, strings);

  const utf16 = new Map<string, string | Buffer>(p);
  utf16.set(STRINGS, Buffer.concat([Buffer.from([0xff, 0xfe]), bytes((p.get(STRINGS) as string).replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le")]));

  const bombSheet = (p.get(DEALS) as string).replace("</worksheet>", `${" ".repeat(40 * 1024 * 1024)}</worksheet>`);

  files = writeCases(dir, {
    base,
    // Wrong money with exit 0.
    "bad-entity-unused-string": await edited(base, { [STRINGS]: (x) => swap(x, "<t>Nothing to see</t>", "<t>Nothing &#0; to see</t>") }),
    "string-index-out-of-range": await edited(base, { [DEALS]: (x) => swap(x, '<c r="B3" t="s"><v>8</v>', '<c r="B3" t="s"><v>99</v>') }),
    "formula-without-value": await edited(base, { [DEALS]: (x) => swap(x, "<f>200*2</f><v>400</v>", "<f>200*2</f>") }),
    "commented-out-row": await edited(base, {
      [DEALS]: addRow('<!-- <row r="6"><c r="A6" t="inlineStr"><is><t>Eve</t></is></c><c r="B6" t="inlineStr"><is><t>Won</t></is></c><c r="C6"><v>999</v></c></row> -->'),
    }),
    "strings-in-doctype": await edited(base, { [STRINGS]: (x) => swap(x, "<sst ", '<!DOCTYPE sst [<!ENTITY ghost "<si><t>Ghost</t></si>"><!-- <si><t>Ghost</t></si> -->]><sst ') }),
    "duplicate-entry": rename(await zipParts(p), "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"),
    "crc-deals": breakCrc(base, DEALS),
    "crc-unused-sheet": breakCrc(base, NOTES),
    // Small files that hung or killed the process.
    "cell-ZZZZZ99999999": await edited(base, { [DEALS]: (x) => swap(x, "<c r=\"C5\">", '<c r="ZZZZZ99999999"><v>1</v></c><c r="C5">') }),
    "row-99999999": await edited(base, { [DEALS]: addRow('<row r="99999999"><c><v>1</v></c></row>') }),
    "lone-cell-XFD1048576": await edited(base, { [DEALS]: addRow('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>') }),
    "merge-A500-XFD1048576": await edited(base, { [DEALS]: (x) => swap(x, "</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A500:XFD1048576"/></mergeCells>') }),
    "table-ref-whole-sheet": await (async () => {
      const withTable = await baseWorkbook({ table: true });
      const tp = await parts(withTable);
      const table = [...tp.keys()].find((k) => k.startsWith("xl/tables/")) as string;
      return edited(withTable, { [table]: (x) => x.replace(/ref="A1:C5"/g, 'ref="A1:XFD1048576"') });
    })(),
    "cell-ref-5MB": await edited(base, { [DEALS]: (x) => swap(x, '<c r="C5">', `<c r="${"A".repeat(5 * 1024 * 1024)}1"><v>1</v></c><c r="C5">`) }),
    "attribute-1MB": await edited(base, { [BOOK]: (x) => swap(x, '<sheet sheetId="1"', `<sheet junk="${"x".repeat(1024 * 1024)}" sheetId="1"`) }),
    "attributes-100k": await edited(base, { [DEALS]: (x) => swap(x, '<c r="C5">', `<c r="C5" ${Array.from({ length: 100_000 }, (_, i) => `j${i}="x"`).join(" ")}>`) }),
    "unclosed-100k": await edited(base, { [DEALS]: (x) => swap(x, "</sheetData>", `${"<x>".repeat(100_000)}</sheetData>`) }),
    "zip-bomb-sheet": await zipParts(new Map([...p, [DEALS, bombSheet]])),
    "size-lie": declareSize(base, DEALS, 100),
    "size-huge": declareSize(base, STRINGS, 0xf0000000),
    // A crash with a stack trace.
    "sheet-without-name": await edited(base, { [BOOK]: (x) => swap(x, 'name="Notes" ', "") }),
    // More of our own.
    encrypted: setFlag(base, DEALS, 1),
    "invalid-utf8": await zipParts(invalidUtf8),
    "utf16-strings": await zipParts(utf16),
    "billion-laughs": await edited(base, {
      [STRINGS]: (x) =>
        swap(swap(x, "<sst ", '<!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><sst '), "<t>Nothing to see</t>", "<t>&lol2;</t>"),
    }),
    xxe: await edited(base, { [STRINGS]: (x) => swap(swap(x, "<sst ", '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst '), "<t>Nothing to see</t>", "<t>&xxe;</t>") }),
    truncated: base.subarray(0, Math.floor(base.length / 2)),
    "error-value-in-amount": await edited(base, { [DEALS]: (x) => swap(x, '<c r="C3"><v>200</v></c>', '<c r="C3" t="e"><v>#DIV/0!</v></c>') }),
    "cell-listed-twice": await edited(base, { [DEALS]: (x) => swap(x, '<c r="C3"><v>200</v></c>', '<c r="C3"><v>200</v></c><c r="C3"><v>2000000</v></c>') }),
    "sheet-named-proto": await edited(base, { [BOOK]: (x) => swap(x, 'name="Notes"', 'name="__proto__"') }),
    "sheet-xml-cut-short": await edited(base, { [DEALS]: (x) => x.slice(0, x.indexOf('<row r="4"') + 20) }),
    "text-over-32767": await edited(base, { [DEALS]: (x) => swap(x, '<c r="A4" t="s"><v>9</v></c>', `<c r="A4" t="inlineStr"><is><t>${"x".repeat(32_768)}</t></is></c>`) }),
  });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the valid workbook", () => {
  it("reads its four deals", () => expectRecords("base"));
});

describe("wrong money with exit 0, now an error or the right figures", () => {
  it("stops on a character reference XML forbids, even in a shared string no cell uses", () => {
    expectError("bad-entity-unused-string", /^Cannot read "bad-entity-unused-string\.xlsx": the file is damaged \(xl\/sharedStrings\.xml is not well-formed XML \(.+\)\)$/);
  });

  it("stops on a shared-string index the file does not have, naming the sheet and cell", () => {
    expectError("string-index-out-of-range", 'Sheet "Deals", cell B3: the cell refers to shared string "99", but the file has 12 shared strings (the file is damaged)');
  });

  it("stops on a formula with no saved value in a column the read uses", () => {
    expectError(
      "formula-without-value",
      'Sheet "Deals", row 5, column C (Amount): the cell shows the error (no value: its formula was never calculated; recalculate and save the file in Excel)',
    );
  });

  it("reads nothing from a commented-out row", () => expectRecords("commented-out-row"));

  it("reads no shared strings from a DOCTYPE", () => expectRecords("strings-in-doctype"));

  it("stops on a zip that holds a part twice", () => {
    expectError("duplicate-entry", 'Cannot read "duplicate-entry.xlsx": the file is damaged (the zip holds the part xl/worksheets/sheet2.xml twice)');
  });

  it("stops on a CRC mismatch in the deals sheet", () => {
    expectError("crc-deals", 'Cannot read sheet "Deals" of "crc-deals.xlsx": the file is damaged (the part xl/worksheets/sheet2.xml fails its CRC check)');
  });

  it("stops on a sheet it cannot read even when the deals are elsewhere: never dropped from the search", () => {
    expectError("crc-unused-sheet", 'Cannot read sheet "Notes" of "crc-unused-sheet.xlsx": the file is damaged (the part xl/worksheets/sheet1.xml fails its CRC check)');
  });
});

describe("small files that hung or killed the process, now quick", () => {
  it("refuses a cell beyond column XFD without allocating its rectangle", () => {
    expectError("cell-ZZZZZ99999999", `Sheet "Deals", cell ZZZZZ99999999: "ZZZZZ99999999" ${NO_SUCH_CELL}`);
  });

  it("refuses a row beyond 1,048,576", () => {
    expectError("row-99999999", `Sheet "Deals", cell row 99999999: "99999999" ${NO_SUCH_CELL}`);
  });

  it("refuses a lone cell at XFD1048576 instead of a grid of 17 billion cells", () => {
    expectError(
      "lone-cell-XFD1048576",
      'Sheet "Deals" spans A1:XFD1048576 but holds only 16 cells: clear the stray cell XFD1048576 far from the data, or put the data in a table',
    );
  });

  it("clips a merged range over the rest of the sheet to the cells present", () => expectRecords("merge-A500-XFD1048576"));

  it("clips a table whose ref is the whole sheet to the cells present", () => expectRecords("table-ref-whole-sheet"));

  it("refuses a 5 MB cell reference, quoting only its start", () => {
    expectError("cell-ref-5MB", `Sheet "Deals", cell ${A40}…: "${A40}…" ${NO_SUCH_CELL}`);
  });

  it("refuses a 1 MB attribute", () => {
    expectError("attribute-1MB", /^Cannot read "attribute-1MB\.xlsx": the file is damaged \(xl\/workbook\.xml \(near byte [\d,]+\): the attribute junk of <sheet> is 1,048,576 characters long\)$/);
  });

  it("reads past 100,000 junk attributes in linear time", () => expectRecords("attributes-100k"));

  it("refuses 100,000 unclosed elements at the depth limit", () => {
    expectError("unclosed-100k", /^Cannot read sheet "Deals" of "unclosed-100k\.xlsx": the file is damaged \(xl\/worksheets\/sheet2\.xml \(near byte [\d,]+\): elements nest more than 64 deep\)$/);
  });

  it("refuses a zip bomb from its directory, before inflating it", () => {
    expectError("zip-bomb-sheet", /^Cannot read sheet "Deals" of "zip-bomb-sheet\.xlsx": the file is damaged \(the part xl\/worksheets\/sheet2\.xml inflates \d+ times \(.+ to 40 MB\): a zip bomb, not a workbook\)$/);
  });

  it("stops inflating a part at the size its directory declares", () => {
    expectError("size-lie", 'Cannot read sheet "Deals" of "size-lie.xlsx": the file is damaged (the part xl/worksheets/sheet2.xml inflates to more than the 100 bytes its directory entry says)');
  });

  it("refuses a part declared larger than the reader's limit", () => {
    expectError("size-huge", 'Cannot read "size-huge.xlsx": the file is damaged (the part xl/sharedStrings.xml inflates to 3,840 MB, more than the reader\'s limit of 768 MB)');
  });
});

describe("crashes and more damage", () => {
  it("reports a <sheet> without a name instead of a TypeError", () => {
    expectError("sheet-without-name", 'Cannot read "sheet-without-name.xlsx": the file is damaged (xl/workbook.xml lists a sheet without a name)');
  });

  it("refuses an encrypted entry", () => {
    expectError("encrypted", 'Cannot read sheet "Deals" of "encrypted.xlsx": the file is damaged (the part xl/worksheets/sheet2.xml is encrypted)');
  });

  it("refuses a part that is not valid UTF-8", () => {
    expectError("invalid-utf8", 'Cannot read "invalid-utf8.xlsx": the file is damaged (xl/sharedStrings.xml is not valid UTF-8 text)');
  });

  it("reads a UTF-16 part", () => expectRecords("utf16-strings"));

  it("expands no entity a DOCTYPE defines (billion laughs)", () => {
    expectError("billion-laughs", /^Cannot read "billion-laughs\.xlsx": the file is damaged \(xl\/sharedStrings\.xml is not well-formed XML \(near byte [\d,]+: undefined entity\.\)\)$/);
  });

  it("fetches no external entity", () => {
    expectError("xxe", /^Cannot read "xxe\.xlsx": the file is damaged \(xl\/sharedStrings\.xml is not well-formed XML \(near byte [\d,]+: undefined entity\.\)\)$/);
  });

  it("names an error value in the amount column", () => {
    expectError("error-value-in-amount", 'Sheet "Deals", row 3, column C (Amount): the cell shows the error #DIV/0!');
  });

  it("refuses a cell listed twice instead of letting the last one win", () => {
    expectError("cell-listed-twice", 'Sheet "Deals", cell C3: the cell appears twice in the sheet\'s XML (the file is damaged)');
  });

  it("reads a sheet named __proto__ like any other", () => expectRecords("sheet-named-proto"));

  it("refuses a sheet whose XML stops mid-way", () => {
    expectError("sheet-xml-cut-short", /^Cannot read sheet "Deals" of "sheet-xml-cut-short\.xlsx": the file is damaged \(xl\/worksheets\/sheet2\.xml is not well-formed XML \(.+\)\)$/);
  });

  it("refuses a text longer than Excel's 32,767 characters, naming the cell", () => {
    expectError("text-over-32767", "Sheet \"Deals\", cell A4: its text is 32,768 characters long, more than Excel's 32,767");
  });

  it("says a truncated file is not a workbook", () => {
    expectError("truncated", /^Cannot read "truncated\.xlsx": it is not an \.xlsx workbook/);
  });
});
