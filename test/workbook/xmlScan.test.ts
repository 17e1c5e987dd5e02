/**
 * The strict XML scanner (src/workbook/xmlScan.ts) against saxes: on valid sheet XML and on the same
 * XML damaged at random (markup, references, comments, CDATA, processing instructions, characters XML
 * does not allow), both must report the same elements, attributes and text, or both refuse the part.
 */
import fc from "fast-check";
import { parseWithSaxes, parseXml, XmlDamage } from "../../src/workbook/xlsxXml";
import type { XmlHandlers } from "../../src/workbook/xlsxXml";
import { cellCode, NO_ATTRIBUTE, ROW_SPAN } from "../../src/workbook/xmlScan";

type Outcome = { ok: true; events: string[] } | { ok: false; message: string };

/** The events a parser reports, text runs joined (saxes may split a text in two). */
function record(parse: (handlers: XmlHandlers) => void): Outcome {
  const events: string[] = [];
  let text = "";
  let depth = 0;
  const flush = (): void => {
    if (text !== "") events.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  try {
    parse({
      open(name, tag) {
        flush();
        depth++;
        const attributes = Object.entries(tag.all()).sort(([a], [b]) => (a < b ? -1 : 1));
        events.push(`open ${name} ${JSON.stringify(attributes)}`);
      },
      close(name) {
        flush();
        depth--;
        events.push(`close ${name}`);
      },
      text(t) {
        // saxes also reports the white space around the root element; the scanner does not.
        if (depth > 0) text += t;
      },
    });
    flush();
    return { ok: true, events };
  } catch (e) {
    if (!(e instanceof XmlDamage)) throw e;
    return { ok: false, message: e.message };
  }
}

const scanned = (xml: string | Buffer): Outcome => record((h) => parseXml("sheet.xml", typeof xml === "string" ? Buffer.from(xml) : xml, h));
const bySaxes = (xml: string | Buffer): Outcome => record((h) => parseWithSaxes("sheet.xml", typeof xml === "string" ? Buffer.from(xml) : xml, h));

/** A worksheet as Excel writes it, cells of every kind. */
const cell = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 99 })).map(([i]) => `<c r="@" t="s"><v>${i}</v></c>`),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => `<c r="@" s="3"><v>${d}</v></c>`),
  fc.string({ maxLength: 8 }).map((s) => `<c r="@" t="inlineStr"><is><t xml:space="preserve">${escape(s)}</t></is></c>`),
  fc.constant(`<c r="@" t="str"><f>A1&amp;"x"</f><v>a&lt;b</v></c>`),
  fc.constant(`<c r="@" t="b"><v>1</v></c>`),
  fc.constant(`<c r="@" t="e"><f>1/0</f><v>#DIV/0!</v></c>`),
  fc.constant(`<c r="@" s="2"/>`),
);

/** Text as XML may hold it: markup escaped, characters XML does not allow (controls, lone surrogates, U+FFFE/F) as "?". */
function escape(s: string): string {
  const allowed = (c: number): boolean => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c < 0xd800) || (c > 0xdfff && c < 0xfffe);
  return [...s]
    .map((ch) => (ch.length === 2 || allowed(ch.charCodeAt(0)) ? ch : "?"))
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;");
}

const sheet = fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }).map((rows) => {
  const body = rows
    .map((cells, r) => `<row r="${r + 1}" spans="1:4">${cells.map((c, i) => c.replace("@", `${String.fromCharCode(65 + i)}${r + 1}`)).join("")}</row>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14ac="urn:x"><sheetData>${body}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
});

/** Pieces that damage (or exercise) XML where they land. */
const piece = fc.constantFrom(
  "<", ">", "&", "/", "=", '"', "'", " ", "\r\n", "\r", "\t", "\n", "?", "!", "-", "]]>", "]", ":",
  "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x41;", "&#X41;", "&#0;", "&#x1F600;", "&#xD800;", "&#1114112;", "&#;", "&nbsp;", "&lt", "&#x;",
  "<!-- note -->", "<!-- a -- b -->", "<!--->", "<![CDATA[a<b&c]]>", "<![CDATA[x", "<?pi body?>", "<?xml version=\"1.0\"?>", "<?pi?>", "<?>",
  "<x/>", "</x>", "<x>", "</c>", "<c>", "<v>7</v>", "<a b='1' b='2'/>", "<a b=1/>", "<a b/>", "<a\tb = \"1\"/>", "<x:y z:w=\"1\"/>",
  "\u0001", "\u000b", "\ufffe", "\uffff", "\u00a0", "é", "中", "😀", "\u00b7", "<é/>", "<·/>", "<a\u00a0/>", "<1/>", "<-a/>", "<a.b-c/>",
  "<!DOCTYPE x>", "<!ELEMENT x>", "<!x>",
);

/** The sheet with pieces inserted, or characters removed, at random places. */
const damaged = fc
  .tuple(sheet, fc.array(fc.tuple(fc.nat(), fc.oneof(piece, fc.constant(null))), { minLength: 1, maxLength: 3 }))
  .map(([xml, edits]) => {
    let out = xml;
    for (const [at, p] of edits) {
      const i = at % (out.length + 1);
      out = p === null ? out.slice(0, i) + out.slice(i + 1) : out.slice(0, i) + p + out.slice(i);
    }
    return out;
  });

describe("the XML scanner and saxes agree", () => {
  it("on valid sheets", () => {
    fc.assert(
      fc.property(sheet, (xml) => {
        const out = scanned(xml);
        expect(out.ok).toBe(true);
        expect(out).toEqual(bySaxes(xml));
      }),
      { numRuns: 300 },
    );
  });

  it("on damaged sheets: the same events, or both refuse", () => {
    fc.assert(
      fc.property(damaged, (xml) => {
        if (xml.includes("<!DOCTYPE")) return; // left to saxes by design
        const ours = scanned(xml);
        const theirs = bySaxes(xml);
        if (ours.ok || theirs.ok) expect({ xml, out: ours }).toEqual({ xml, out: theirs });
      }),
      { numRuns: 3000 },
    );
  });

  it("on damaged bytes (invalid UTF-8, cut sequences)", () => {
    fc.assert(
      fc.property(sheet, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { minLength: 1, maxLength: 3 }), (xml, flips) => {
        const bytes = Buffer.from(xml);
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        const ours = scanned(bytes);
        const theirs = bySaxes(bytes);
        if (ours.ok || theirs.ok) expect(ours).toEqual(theirs);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the XML scanner", () => {
  const events = (xml: string): string[] => {
    const out = scanned(xml);
    if (!out.ok) throw new Error(out.message);
    return out.events;
  };

  it("replaces references and normalizes line ends as XML says", () => {
    expect(events('<a b="x&#9;y\r\nz\t&amp;&#x4E2D;">R&amp;D&#13;\r\n&lt;&gt;&quot;&apos;</a>')).toEqual([
      'open a [["b","x\\ty z &中"]]',
      'text "R&D\\r\\n<>\\"\'"',
      "close a",
    ]);
  });

  it("skips comments and processing instructions, reads CDATA as text", () => {
    expect(events('<?xml version="1.0"?><!-- <a>no</a> --><a><?pi <b/>?><!-- <row/> --><![CDATA[<v>1</v> & ]]></a><!-- after -->')).toEqual([
      "open a []",
      'text "<v>1</v> & "',
      "close a",
    ]);
  });

  it("reads names with a prefix by their local names, and a byte order mark", () => {
    expect(events('\ufeff<x:worksheet xmlns:x="urn:x"><x:c x:r="A1"/></x:worksheet>')).toEqual(['open worksheet [["x","urn:x"]]', 'open c [["r","A1"]]', "close c", "close worksheet"]);
  });

  it.each([
    ["<a>&bogus;</a>", "near byte 3: undefined entity."],
    ["<a>&#1;</a>", "near byte 3: malformed character entity."],
    ["<a>x]]>y</a>", 'near byte 6: the string "]]>" is disallowed in char data.'],
    ["<a><!-- a -- b --></a>", "near byte 10: malformed comment."],
    ['<a b="1" b="2"/>', "near byte 9: duplicate attribute: b."],
    ['<a b="<"/>', "near byte 6: disallowed character."],
    ["<a>\u0001</a>", "near byte 3: disallowed character."],
    ["<a></b>", "near byte 3: unmatched closing tag: b."],
    ["<a/><b/>", "near byte 4: documents may contain only one root."],
    ["x<a/>", "near byte 0: text data outside of root node."],
    ['<a/><?xml version="1.0"?>', "near byte 4: an XML declaration must be at the start of the document."],
    ["<a>", "near byte 3: unclosed tag: a"],
    ["", "near byte 0: document must contain a root element."],
  ])("refuses %j, saying where and why", (xml, why) => {
    expect(scanned(xml)).toEqual({ ok: false, message: `sheet.xml is not well-formed XML (${why})` });
  });

  it("leaves a DOCTYPE to saxes, which expands no entity it declares", () => {
    const out = scanned('<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>');
    expect(out).toEqual({ ok: false, message: expect.stringMatching(/undefined entity/) as unknown as string });
  });

  it("reads a part in UTF-16 (through saxes)", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a b="中">x</a>', "utf16le")]);
    expect(scanned(bytes)).toEqual({ ok: true, events: ['open a [["b","中"]]', 'text "x"', "close a"] });
  });

  it("refuses bytes that are not UTF-8", () => {
    expect(scanned(Buffer.from([0x3c, 0x61, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x61, 0x3e]))).toEqual({ ok: false, message: "sheet.xml is not valid UTF-8 text" });
  });

  it("reads the start of a part cut anywhere, up to where it ends, without calling the cut an error", () => {
    const xml = Buffer.from('<a><b c="中文">x&amp;y</b><!-- z --><b c="d"/></a>');
    const whole = events(xml.toString());
    for (let cut = 1; cut < xml.length; cut++) {
      const got: string[] = [];
      parseXml("sheet.xml", xml.subarray(0, cut), { open: (name) => got.push(`open ${name}`), close: (name) => got.push(`close ${name}`) }, false);
      const opens = whole.filter((e) => !e.startsWith("text")).map((e) => e.replace(/ \[.*$/, ""));
      expect(opens.slice(0, got.length)).toEqual(got);
    }
  });

  it("checks the reader's limits: nesting depth, attribute length", () => {
    expect(scanned(`${"<a>".repeat(65)}${"</a>".repeat(65)}`)).toEqual({ ok: false, message: "sheet.xml (near byte 193): elements nest more than 64 deep" });
    expect(scanned(`<a b="${"x".repeat(65_537)}"/>`)).toEqual({ ok: false, message: "sheet.xml (near byte 6): the attribute b of <a> is 65,537 characters long" });
  });

  it("stays linear on a tag with many attributes", () => {
    const attributes = Array.from({ length: 100_000 }, (_, i) => `a${i}="${i}"`).join(" ");
    const out = scanned(`<a ${attributes} a7="x"/>`);
    expect(out).toEqual({ ok: false, message: expect.stringContaining("duplicate attribute: a7.") as unknown as string });
  });
});

describe("a cell reference read from the bytes", () => {
  /** An independent reading of A1 references: up to XFD (16,384 columns) and row 1,048,576. */
  function expected(ref: string): number {
    const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(ref);
    if (!m) return -1;
    const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    return col <= 16_384 && row <= 1_048_576 ? col * ROW_SPAN + row : -1;
  }

  const codeOf = (parse: typeof parseXml, xml: string): number[] => {
    const out: number[] = [];
    parse("sheet.xml", Buffer.from(xml), { open: (_, tag) => void out.push(tag.cellCode("r")) });
    return out;
  };

  it("is the same as from the text, through either parser", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."ABCXZaz$0123456789 é"), { maxLength: 12 }), (chars) => {
        const ref = chars.join("");
        const want = expected(ref);
        expect([cellCode(ref), ...codeOf(parseXml, `<c r="${ref}"/>`), ...codeOf(parseWithSaxes, `<c r="${ref}"/>`)]).toEqual([want, want, want]);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads XFD1048576 and $B$3 and refuses what lies beyond the sheet", () => {
    expect(codeOf(parseXml, '<a><c r="XFD1048576"/><c r="$B$3"/><c r="XFE1"/><c r="A1048577"/><c r="A0"/><c/><c r="B&#51;"/></a>')).toEqual([
      NO_ATTRIBUTE,
      16_384 * ROW_SPAN + 1_048_576,
      2 * ROW_SPAN + 3,
      -1,
      -1,
      -1,
      NO_ATTRIBUTE,
      2 * ROW_SPAN + 3,
    ]);
  });
});
