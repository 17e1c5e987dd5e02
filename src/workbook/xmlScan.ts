/**
 * A strict XML scanner over UTF-8 bytes, for the parts of an .xlsx package (a 200,000-row sheet is
 * 65 MB of XML: saxes alone took longer on it than the whole reader was allowed). It is linear: one
 * pass over the bytes, no regular expression over a part, no backtracking. It checks well-formedness
 * as XML 1.0 defines it: UTF-8 validity, the characters XML allows (also in comments, processing
 * instructions and CDATA), names, one root element, matching end tags, quoted attribute values without
 * `<`, no attribute twice, `]]>` never in text, the XML declaration only at the start, and references:
 * XML's five entities and character references to allowed characters; any other entity is an error,
 * since without a DOCTYPE nothing can declare one. Comments and processing instructions are skipped,
 * CDATA is text, line ends are normalized (CR LF and CR to LF; in attribute values, tab and line ends
 * to a space). Namespaces are not resolved: elements and attributes are known by their local names.
 *
 * What it does not handle itself, it leaves to saxes before reporting anything: a part in UTF-16, and a
 * part with a DOCTYPE (Excel writes neither). The reader's limits (name and attribute lengths, depth)
 * are checked as each element opens.
 */
import { isUtf8 } from "node:buffer";
import { MAX_COLS as EXCEL_COLS, MAX_ROWS as EXCEL_ROWS, READ_LIMITS } from "../excel/limits";

/** A part is not well-formed XML, or breaks the reader's limits; `message` names the part and where. */
export class XmlDamage extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlDamage";
  }
}

/** What a handler sees of an element as it opens: its attributes by local name. */
export interface XmlTag {
  /** The value of the attribute with this local name (`r` for `r` and `x:r`), references replaced. */
  get(local: string): string | undefined;
  /** Every attribute by local name. */
  all(): Record<string, string>;
  /**
   * The attribute as a cell reference ("AB12", "$AB$12") packed as column × ROW_SPAN + row, read without
   * making a string (a sheet has millions); -1 unless it is one within Excel's sheet; NO_ATTRIBUTE when absent.
   */
  cellCode(local: string): number;
}

/** Rows a cell code keeps below its column: column × ROW_SPAN + row. */
export const ROW_SPAN = 2 ** 21;
/** cellCode's answer for an attribute that is not there. */
export const NO_ATTRIBUTE = -2;
const MAX_ROWS: number = EXCEL_ROWS;
const MAX_COLS: number = EXCEL_COLS;

/**
 * A cell reference as column × ROW_SPAN + row; -1 unless within Excel's sheet (XFD1048576).
 *
 * @example
 * cellCode("$AB$12") // => 28 * 2 ** 21 + 12
 */
export function cellCode(ref: string): number {
  let i = ref.charCodeAt(0) === 36 ? 1 : 0;
  let col = 0;
  const letters = i;
  for (; i < ref.length && i - letters < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else break;
  }
  if (col === 0 || col > MAX_COLS) return -1;
  if (ref.charCodeAt(i) === 36) i++;
  if (ref.charCodeAt(i) === 48) return -1;
  let row = 0;
  const digits = i;
  for (; i < ref.length && i - digits < 8; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + c - 48;
  }
  return i === ref.length && row >= 1 && row <= MAX_ROWS ? col * ROW_SPAN + row : -1;
}

/** Element events, in document order. Names are local names (`x:c` and `c` alike). */
export interface ScanHandlers {
  open(name: string, tag: XmlTag): void;
  close?(name: string): void;
  /** Character data (text, references replaced, and CDATA) inside the root element. */
  text?(text: string): void;
}

export interface ScanOptions {
  /** Attribute values of any length (a sheet's cells: the reader checks each value it uses, naming the cell). */
  rawAttributes?: boolean;
}

/** The scanner leaves the part to saxes (see the file's comment); nothing has been reported yet. */
export class LeaveToSaxes extends Error {}

/** A syntax error: the message is saxes's kind of sentence, `at` the byte. */
class Malformed extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** A reader's limit broken at a byte. */
class OverLimit extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** The bytes ran out inside a token. */
class EndOfInput extends Error {}

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const QUOT = 0x22;
const APOS = 0x27;
const EQ = 0x3d;
const QM = 0x3f;
const BANG = 0x21;
const SEMI = 0x3b;
const HASH = 0x23;
const RSQB = 0x5d;
const DASH = 0x2d;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const COLON = 0x3a;

/** Bytes that may start a name (non-ASCII ones are checked exactly once decoded). */
const NAME_START = new Uint8Array(256);
/** Bytes that may continue a name. */
const NAME_CHAR = new Uint8Array(256);
/** In text and attribute values: 0 plain; 1 needs a look (markup, reference, line end, a possible U+FFFE/U+FFFF); 2 not an XML character. */
const TEXT = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const start = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === COLON || c >= 0x80;
  NAME_START[c] = start ? 1 : 0;
  NAME_CHAR[c] = start || (c >= 0x30 && c <= 0x39) || c === DASH || c === 0x2e ? 1 : 0;
  TEXT[c] = c < 0x20 && c !== TAB && c !== LF && c !== CR ? 2 : 0;
}
for (const c of [LT, GT, AMP, CR, LF, TAB, QUOT, APOS, 0xef]) TEXT[c] = 1;

/** XML 1.0 (fifth edition): a character that may start a name. */
function isNameStart(c: number): boolean {
  return (
    c === COLON ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0x5f ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    (c >= 0x200c && c <= 0x200d) ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0xeffff)
  );
}

/** XML 1.0 (fifth edition): a character that may continue a name. */
function isNameChar(c: number): boolean {
  return isNameStart(c) || c === DASH || c === 0x2e || (c >= 0x30 && c <= 0x39) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || (c >= 0x203f && c <= 0x2040);
}

/** True when the text is an XML name (for names with characters beyond ASCII). */
function isXmlName(text: string): boolean {
  let first = true;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (first ? !isNameStart(c) : !isNameChar(c)) return false;
    first = false;
  }
  return !first;
}

const ENTITIES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' });

/** True for a code point XML allows as a character. */
function isXmlChar(c: number): boolean {
  return c === TAB || c === LF || c === CR || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

const isSpace = (c: number): boolean => c === SPACE || c === TAB || c === LF || c === CR;

/** Attribute flags: the value holds a reference, or characters that normalization changes. */
const HAS_REF = 1;
const HAS_SPACE = 2;
/** Numbers kept per attribute: name start, name end, local name start, value start, value end, flags. */
const SLOTS = 6;
/** Attribute values of one byte (by the byte) and two (256 + the bytes as a number), made once. */
const VALUES: (string | undefined)[] = new Array<string | undefined>(256 + 65536).fill(undefined);
/** Element names of one byte and two, as VALUES. */
const NAMES: (string | undefined)[] = new Array<string | undefined>(256 + 65536).fill(undefined);

/**
 * The string as V8 keeps the literals in code ("c", "row"): a handler's `name === "c"` then compares
 * two pointers instead of two strings' characters.
 */
function internal(text: string): string {
  return Object.keys({ [text]: 0 })[0];
}

/** Attributes compared pairwise for duplicates; more go into a set. */
const MANY = 16;

/**
 * Scans one part, calling the handlers in document order. `complete` false: the bytes are the start of
 * a part cut short, and the scan stops quietly where they end.
 *
 * @throws XmlDamage naming `part` and the byte; LeaveToSaxes before any event for a DOCTYPE or UTF-16
 */
export function scanXml(part: string, bytes: Uint8Array, handlers: ScanHandlers, complete: boolean, options: ScanOptions = {}): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new LeaveToSaxes();
  const b = (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as SliceBuffer;
  let n = b.length;
  if (!complete) n = wholeCharacters(b);
  if (!isUtf8(n === b.length ? b : b.subarray(0, n))) throw new XmlDamage(`${part} is not valid UTF-8 text`);
  const scanner = new Scanner(b, n, handlers, complete, options.rawAttributes === true ? Infinity : READ_LIMITS.attributeLength);
  try {
    scanner.run();
  } catch (e) {
    if (e instanceof EndOfInput) {
      if (!complete) return;
      throw new XmlDamage(`${part} is not well-formed XML (near byte ${n.toLocaleString("en-US")}: ${scanner.depth > 0 ? `unclosed tag: ${scanner.openName()}` : "unexpected end."})`);
    }
    if (e instanceof Malformed) throw new XmlDamage(`${part} is not well-formed XML (near byte ${e.at.toLocaleString("en-US")}: ${e.message})`);
    if (e instanceof OverLimit) throw new XmlDamage(`${part} (near byte ${e.at.toLocaleString("en-US")}): ${e.message}`);
    if (e instanceof RangeError && scanner.reported) throw new XmlDamage(`${part} (near byte ${scanner.at().toLocaleString("en-US")}) holds a text too long to read (${e.message})`);
    throw e;
  }
}

/** The length of the bytes without a character cut off at their end. */
function wholeCharacters(b: Uint8Array): number {
  let i = b.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && (b[i] & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return b.length;
  const lead = b[i];
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return length > continuation + 1 ? i : b.length;
}

/**
 * A Buffer with the methods `toString("utf8" | "latin1", from, to)` calls after checking its arguments
 * (Node's own, on every Buffer; not in its type declarations). Called directly: a sheet has millions of
 * short values, and the checks cost a quarter of the time.
 */
type SliceBuffer = Buffer & { utf8Slice(from: number, to: number): string; latin1Slice(from: number, to: number): string };

class Scanner implements XmlTag {
  private i = 0;
  depth = 0;
  /** An event has been reported to the handlers. */
  reported = false;
  private sawRoot = false;
  private closedRoot = false;
  /** Start and end bytes of the open elements' names. */
  private readonly stack = new Int32Array(2 * (READ_LIMITS.depth + 1));
  private readonly localStack: string[] = new Array<string>(READ_LIMITS.depth + 1).fill("");
  private attrs = new Int32Array(16 * SLOTS);
  private count = 0;
  /** Attribute names of an element with many of them. */
  private readonly seen = new Set<string>();
  /** Element names seen, by their bytes packed into a number (short ASCII names). */
  private readonly names = new Map<number, string>();
  private readonly maxDepth = READ_LIMITS.depth;

  constructor(
    private readonly b: SliceBuffer,
    private readonly n: number,
    private readonly handlers: ScanHandlers,
    private readonly complete: boolean,
    /** Characters an attribute value may have. */
    private readonly attributeLength: number,
  ) {}

  at(): number {
    return this.i;
  }

  openName(): string {
    return this.depth > 0 ? this.localStack[this.depth - 1] : "";
  }

  /** True when `length` bytes at `x` and at `y` are the same. */
  private same(x: number, y: number, length: number): boolean {
    const b = this.b;
    for (let k = 0; k < length; k++) if (b[x + k] !== b[y + k]) return false;
    return true;
  }

  run(): void {
    const { b, n } = this;
    let i = 0;
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
    if (n - i >= 5 && b[i] === LT && b[i + 1] === QM && b.latin1Slice(i + 2, i + 5) === "xml" && (isSpace(b[i + 5]) || b[i + 5] === QM)) i = this.declaration(i + 5);
    this.i = i;
    for (;;) {
      // Text up to the next markup.
      const start = i;
      let flags = 0;
      for (;;) {
        if (i >= n) break;
        const c = b[i];
        const kind = TEXT[c];
        if (kind === 0 || c === QUOT || c === APOS || c === TAB || c === LF) {
          i++;
          continue;
        }
        if (kind === 2) throw new Malformed("disallowed character.", i);
        if (c === LT) break;
        if (c === AMP) {
          i = this.reference(i);
          flags |= HAS_REF;
        } else if (c === GT) {
          if (i - start >= 2 && b[i - 1] === RSQB && b[i - 2] === RSQB) throw new Malformed('the string "]]>" is disallowed in char data.', i);
          i++;
        } else if (c === CR) {
          flags |= HAS_SPACE;
          i++;
        } else {
          this.notNonCharacter(i);
          i++;
        }
      }
      if (i > start) {
        if (this.depth === 0) {
          if (flags & HAS_REF || !this.allSpace(start, i)) throw new Malformed("text data outside of root node.", start);
        } else if (this.handlers.text !== undefined) {
          this.reported = true;
          this.handlers.text(flags === 0 ? b.utf8Slice(start, i) : this.decode(start, i, false, true));
        }
      }
      this.i = i;
      if (i >= n) {
        if (this.depth > 0 || !this.sawRoot) {
          if (!this.complete) throw new EndOfInput();
          if (this.depth > 0) throw new EndOfInput();
          throw new Malformed("document must contain a root element.", i);
        }
        return;
      }
      // Markup.
      if (i + 1 >= n) throw new EndOfInput();
      const next = b[i + 1];
      if (next === SLASH) i = this.closeTag(i + 2);
      else if (next === QM) i = this.instruction(i + 2);
      else if (next === BANG) i = this.bang(i + 2);
      else i = this.openTag(i + 1);
      this.i = i;
    }
  }

  private allSpace(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!isSpace(this.b[k])) return false;
    return true;
  }

  /** U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters. */
  private notNonCharacter(i: number): void {
    const b = this.b;
    if (b[i] === 0xef && b[i + 1] === 0xbf && (b[i + 2] === 0xbe || b[i + 2] === 0xbf)) throw new Malformed("disallowed character.", i);
  }

  /** Checks a reference at `i` (the `&`); returns the byte after its `;`. */
  private reference(i: number): number {
    const b = this.b;
    const n = this.n;
    let j = i + 1;
    if (j >= n) throw new EndOfInput();
    if (b[j] === HASH) {
      j++;
      const hex = b[j] === 0x78;
      if (hex) j++;
      let value = 0;
      const digits = j;
      for (; j < n; j++) {
        const c = b[j];
        let d: number;
        if (c >= 0x30 && c <= 0x39) d = c - 0x30;
        else if (hex && c >= 0x61 && c <= 0x66) d = c - 0x57;
        else if (hex && c >= 0x41 && c <= 0x46) d = c - 0x37;
        else break;
        value = value * (hex ? 16 : 10) + d;
        if (value > 0x10ffff) value = 0x110000;
      }
      if (j >= n) throw new EndOfInput();
      if (b[j] !== SEMI || j === digits || !isXmlChar(value)) throw new Malformed("malformed character entity.", i);
      return j + 1;
    }
    const end = this.nameEnd(j, "disallowed character in entity name.");
    if (end >= n) throw new EndOfInput();
    if (b[end] !== SEMI) throw new Malformed("disallowed character in entity name.", i);
    const name = b.latin1Slice(j, end);
    if (ENTITIES[name] === undefined) throw new Malformed("undefined entity.", i);
    return end + 1;
  }

  /** The end of a name starting at `i`, checked (characters beyond ASCII exactly, and its length). */
  private nameEnd(i: number, message: string): number {
    const b = this.b;
    const n = this.n;
    if (i >= n) throw new EndOfInput();
    if (NAME_START[b[i]] === 0) throw new Malformed(message, i);
    let wide = b[i] >= 0x80;
    let j = i + 1;
    while (j < n && NAME_CHAR[b[j]] === 1) {
      if (b[j] >= 0x80) wide = true;
      j++;
    }
    if (wide && !isXmlName(b.utf8Slice(i, j))) throw new Malformed(message, i);
    return j;
  }

  private checkNameLength(from: number, to: number, what: string): void {
    if (to - from <= READ_LIMITS.nameLength) return;
    const length = this.b.utf8Slice(from, to).length;
    if (length > READ_LIMITS.nameLength) throw new OverLimit(`${what} name is ${length.toLocaleString("en-US")} characters long`, from);
  }

  /** An element's local name, from a short cache for the few names a part repeats. */
  private elementName(from: number, to: number): string {
    const b = this.b;
    let local = from;
    for (let k = from; k < to; k++) {
      if (b[k] === COLON) {
        local = k + 1;
        break;
      }
    }
    const length = to - local;
    if (length === 1) return (NAMES[b[local]] ??= internal(b.utf8Slice(local, to)));
    if (length === 2) return (NAMES[256 + b[local] * 256 + b[local + 1]] ??= internal(b.utf8Slice(local, to)));
    if (length > 6 || length === 0) return b.utf8Slice(local, to);
    let key = 0;
    for (let k = local; k < to; k++) key = key * 256 + b[k];
    let name = this.names.get(key);
    if (name === undefined) {
      name = internal(b.utf8Slice(local, to));
      if (this.names.size < 4096) this.names.set(key, name);
    }
    return name;
  }

  /** `<name attributes>` or `<name attributes/>`, from the byte after `<`. */
  private openTag(i: number): number {
    const b = this.b;
    const n = this.n;
    if (this.closedRoot) throw new Malformed("documents may contain only one root.", i - 1);
    const nameStart = i;
    const nameEnd = this.nameEnd(i, "disallowed character in tag name.");
    if (nameEnd >= n) throw new EndOfInput();
    if (nameEnd - nameStart > READ_LIMITS.nameLength) this.checkNameLength(nameStart, nameEnd, "an element");
    i = nameEnd;
    this.count = 0;
    let selfClosing = false;
    for (;;) {
      const before = i;
      while (i < n && isSpace(b[i])) i++;
      if (i >= n) throw new EndOfInput();
      const c = b[i];
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= n) throw new EndOfInput();
        if (b[i + 1] !== GT) throw new Malformed("forward-slash in opening tag not followed by >.", i);
        selfClosing = true;
        i += 2;
        break;
      }
      if (i === before) throw new Malformed(NAME_CHAR[c] === 1 ? "no whitespace between attributes." : "disallowed character in tag name.", i);
      i = this.attribute(i, nameStart, nameEnd);
    }
    if (++this.depth > this.maxDepth) throw new OverLimit(`elements nest more than ${this.maxDepth} deep`, nameStart);
    const name = this.elementName(nameStart, nameEnd);
    this.sawRoot = true;
    this.i = i;
    this.reported = true;
    if (selfClosing) {
      this.handlers.open(name, this);
      this.depth--;
      if (this.depth === 0) this.closedRoot = true;
      this.handlers.close?.(name);
    } else {
      const top = this.depth - 1;
      this.stack[2 * top] = nameStart;
      this.stack[2 * top + 1] = nameEnd;
      this.localStack[top] = name;
      this.handlers.open(name, this);
    }
    return i;
  }

  /** One attribute from its name's first byte; returns the byte after its closing quote. */
  private attribute(i: number, elementStart: number, elementEnd: number): number {
    const b = this.b;
    const n = this.n;
    const nameStart = i;
    const nameEnd = this.nameEnd(i, "disallowed character in attribute name.");
    if (nameEnd - nameStart > READ_LIMITS.nameLength) this.checkNameLength(nameStart, nameEnd, "an attribute");
    i = nameEnd;
    while (i < n && isSpace(b[i])) i++;
    if (i >= n) throw new EndOfInput();
    if (b[i] !== EQ) throw new Malformed("attribute without value.", i);
    i++;
    while (i < n && isSpace(b[i])) i++;
    if (i >= n) throw new EndOfInput();
    const quote = b[i];
    if (quote !== QUOT && quote !== APOS) throw new Malformed("unquoted attribute value.", i);
    i++;
    const valueStart = i;
    let flags = 0;
    for (;;) {
      if (i >= n) throw new EndOfInput();
      const c = b[i];
      if (c === quote) break;
      const kind = TEXT[c];
      if (kind === 0) {
        i++;
        continue;
      }
      if (kind === 2 || c === LT) throw new Malformed("disallowed character.", i);
      if (c === AMP) {
        i = this.reference(i);
        flags |= HAS_REF;
      } else if (c === TAB || c === LF || c === CR) {
        flags |= HAS_SPACE;
        i++;
      } else {
        if (c === 0xef) this.notNonCharacter(i);
        i++;
      }
    }
    const valueEnd = i;
    let local = nameStart;
    for (let k = nameStart; k < nameEnd; k++) {
      if (b[k] === COLON) {
        local = k + 1;
        break;
      }
    }
    if (valueEnd - valueStart > this.attributeLength) {
      const length = this.decode(valueStart, valueEnd, true, true).length;
      if (length > this.attributeLength) {
        throw new OverLimit(`the attribute ${b.utf8Slice(local, nameEnd)} of <${this.elementName(elementStart, elementEnd)}> is ${length.toLocaleString("en-US")} characters long`, valueStart);
      }
    }
    // No attribute twice (by its whole name, as XML says); past a few, by a set (a crafted tag has thousands).
    const a = this.attrs;
    const length = nameEnd - nameStart;
    if (this.count < MANY) {
      for (let k = 0; k < this.count; k++) {
        const at = k * SLOTS;
        if (a[at + 1] - a[at] === length && this.same(nameStart, a[at], length)) {
          throw new Malformed(`duplicate attribute: ${b.utf8Slice(nameStart, nameEnd)}.`, nameStart);
        }
      }
    } else {
      if (this.count === MANY) {
        this.seen.clear();
        for (let k = 0; k < MANY; k++) this.seen.add(b.utf8Slice(a[k * SLOTS], a[k * SLOTS + 1]));
      }
      const whole = b.utf8Slice(nameStart, nameEnd);
      if (this.seen.has(whole)) throw new Malformed(`duplicate attribute: ${whole}.`, nameStart);
      this.seen.add(whole);
    }
    if ((this.count + 1) * SLOTS > a.length) {
      const grown = new Int32Array(a.length * 2);
      grown.set(a);
      this.attrs = grown;
    }
    const at = this.count * SLOTS;
    this.attrs[at] = nameStart;
    this.attrs[at + 1] = nameEnd;
    this.attrs[at + 2] = local;
    this.attrs[at + 3] = valueStart;
    this.attrs[at + 4] = valueEnd;
    this.attrs[at + 5] = flags;
    this.count++;
    return i + 1;
  }

  /** The index of the (last) attribute with this local name, or -1. */
  private find(local: string): number {
    const a = this.attrs;
    const b = this.b;
    const length = local.length;
    for (let k = this.count - 1; k >= 0; k--) {
      const at = k * SLOTS;
      const from = a[at + 2];
      if (a[at + 1] - from !== length) continue;
      let same = true;
      for (let m = 0; m < length; m++) {
        if (b[from + m] !== local.charCodeAt(m)) {
          same = false;
          break;
        }
      }
      if (same) return k;
    }
    return -1;
  }

  cellCode(local: string): number {
    const k = this.find(local);
    if (k < 0) return NO_ATTRIBUTE;
    const at = k * SLOTS;
    // A value with references is read as text (no sheet writer makes one; it is still a reference).
    if (this.attrs[at + 5] !== 0) return cellCode(this.decode(this.attrs[at + 3], this.attrs[at + 4], true, true));
    // The same steps as cellCode(), over the bytes.
    const b = this.b;
    const end = this.attrs[at + 4];
    let i = this.attrs[at + 3];
    if (b[i] === 36) i++;
    let col = 0;
    const letters = i;
    for (; i < end && i - letters < 4; i++) {
      const c = b[i];
      if (c >= 65 && c <= 90) col = col * 26 + c - 64;
      else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
      else break;
    }
    if (col === 0 || col > MAX_COLS) return -1;
    if (i < end && b[i] === 36) i++;
    if (i < end && b[i] === 48) return -1;
    let row = 0;
    const digits = i;
    for (; i < end && i - digits < 8; i++) {
      const c = b[i];
      if (c < 48 || c > 57) return -1;
      row = row * 10 + c - 48;
    }
    return i === end && row >= 1 && row <= MAX_ROWS ? col * ROW_SPAN + row : -1;
  }

  get(local: string): string | undefined {
    // The last attribute with the name wins, as in `all()`.
    const k = this.find(local);
    if (k < 0) return undefined;
    const a = this.attrs;
    const at = k * SLOTS;
    return a[at + 5] === 0 ? this.value(a[at + 3], a[at + 4]) : this.decode(a[at + 3], a[at + 4], true, true);
  }

  /** A plain attribute value; those of one or two bytes (a cell's type and style) from a cache. */
  private value(from: number, to: number): string {
    const b = this.b;
    const length = to - from;
    if (length === 1) return (VALUES[b[from]] ??= internal(b.utf8Slice(from, to)));
    if (length === 2) return (VALUES[256 + b[from] * 256 + b[from + 1]] ??= internal(b.utf8Slice(from, to)));
    return b.utf8Slice(from, to);
  }

  all(): Record<string, string> {
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    const a = this.attrs;
    for (let k = 0; k < this.count; k++) {
      const at = k * SLOTS;
      out[this.b.utf8Slice(a[at + 2], a[at + 1])] = a[at + 5] === 0 ? this.b.utf8Slice(a[at + 3], a[at + 4]) : this.decode(a[at + 3], a[at + 4], true, true);
    }
    return out;
  }

  /** Text or an attribute value with its references replaced and its line ends (and, in a value, tabs) normalized. */
  private decode(from: number, to: number, attribute: boolean, references: boolean): string {
    const b = this.b;
    let out = "";
    let run = from;
    for (let k = from; k < to; k++) {
      const c = b[k];
      if (c === AMP && references) {
        out += b.utf8Slice(run, k);
        const semi = b.indexOf(SEMI, k);
        if (b[k + 1] === HASH) {
          const hex = b[k + 2] === 0x78;
          out += String.fromCodePoint(parseInt(b.latin1Slice(k + (hex ? 3 : 2), semi), hex ? 16 : 10));
        } else {
          out += ENTITIES[b.latin1Slice(k + 1, semi)];
        }
        k = semi;
        run = semi + 1;
      } else if (c === CR || (attribute && (c === LF || c === TAB))) {
        out += b.utf8Slice(run, k);
        out += attribute ? " " : "\n";
        if (c === CR && b[k + 1] === LF && k + 1 < to) k++;
        run = k + 1;
      }
    }
    return out + b.utf8Slice(run, to);
  }

  /** `</name>`, from the byte after `</`. */
  private closeTag(i: number): number {
    const b = this.b;
    const n = this.n;
    const nameStart = i;
    const nameEnd = this.nameEnd(i, "disallowed character in closing tag.");
    i = nameEnd;
    while (i < n && isSpace(b[i])) i++;
    if (i >= n) throw new EndOfInput();
    if (b[i] !== GT) throw new Malformed("disallowed character in closing tag.", i);
    if (this.depth === 0) throw new Malformed("unexpected close tag.", nameStart - 2);
    const s = this.stack;
    const top = this.depth - 1;
    const openStart = s[2 * top];
    const openEnd = s[2 * top + 1];
    if (openEnd - openStart !== nameEnd - nameStart || !this.same(nameStart, openStart, nameEnd - nameStart)) {
      throw new Malformed(`unmatched closing tag: ${b.utf8Slice(nameStart, nameEnd)}.`, nameStart - 2);
    }
    const name = this.localStack[top];
    this.depth--;
    if (this.depth === 0) this.closedRoot = true;
    this.i = i + 1;
    this.handlers.close?.(name);
    return i + 1;
  }

  /** Checks characters from `i` up to the first `end` (a short ASCII string); returns the byte after it. */
  private until(i: number, end: string, onLine?: () => void): number {
    const b = this.b;
    const n = this.n;
    const first = end.charCodeAt(0);
    for (;;) {
      if (i >= n) throw new EndOfInput();
      const c = b[i];
      if (c === first) {
        if (i + end.length > n) throw new EndOfInput();
        if (b.latin1Slice(i, i + end.length) === end) return i + end.length;
      }
      if (TEXT[c] === 2) throw new Malformed("disallowed character.", i);
      if (c === 0xef) this.notNonCharacter(i);
      if (onLine !== undefined && c === CR) onLine();
      i++;
    }
  }

  /** `<?target ...?>`, from the byte after `<?`: a processing instruction, skipped. */
  private instruction(i: number): number {
    const start = i;
    if (i >= this.n) throw new EndOfInput();
    if (NAME_START[this.b[i]] === 0) throw new Malformed("processing instruction without a target.", i);
    const end = this.nameEnd(i, "disallowed character in processing instruction name.");
    if (end >= this.n) throw new EndOfInput();
    if (this.b.latin1Slice(start, end).toLowerCase() === "xml") throw new Malformed("an XML declaration must be at the start of the document.", start - 2);
    const c = this.b[end];
    if (c !== QM && !isSpace(c)) throw new Malformed("disallowed character in processing instruction name.", end);
    return this.until(end, "?>");
  }

  /** `<!--`, `<![CDATA[` or `<!DOCTYPE`, from the byte after `<!`. */
  private bang(i: number): number {
    const b = this.b;
    const n = this.n;
    if (i + 2 > n) throw new EndOfInput();
    if (b[i] === DASH && b[i + 1] === DASH) {
      // A comment: `--` only as its end.
      const k = this.until(i + 2, "--");
      if (k >= n) throw new EndOfInput();
      if (b[k] !== GT) throw new Malformed("malformed comment.", k - 2);
      return k + 1;
    }
    if (i + 7 > n) throw new EndOfInput();
    const word = b.latin1Slice(i, i + 7);
    if (word === "[CDATA[") {
      if (this.depth === 0) throw new Malformed("text data outside of root node.", i - 2);
      const from = i + 7;
      let crs = false;
      const end = this.until(from, "]]>", () => (crs = true));
      if (this.handlers.text !== undefined && end - 3 > from) {
        this.reported = true;
        this.handlers.text(crs ? this.decode(from, end - 3, false, false) : b.utf8Slice(from, end - 3));
      }
      return end;
    }
    if (word === "DOCTYPE") {
      if (this.sawRoot || this.reported) throw new Malformed("inappropriately located doctype declaration.", i - 2);
      throw new LeaveToSaxes();
    }
    throw new Malformed("incorrect syntax.", i - 2);
  }

  /** The XML declaration's version, encoding and standalone, from the byte after `<?xml`; returns the byte after `?>`. */
  private declaration(i: number): number {
    const b = this.b;
    const n = this.n;
    const names = ["version", "encoding", "standalone"];
    let next = 0;
    for (;;) {
      const before = i;
      while (i < n && isSpace(b[i])) i++;
      if (i + 1 >= n) throw new EndOfInput();
      if (b[i] === QM) {
        if (b[i + 1] !== GT) throw new Malformed("XML declaration is incomplete.", i);
        if (next === 0) throw new Malformed("XML declaration must contain a version.", i);
        return i + 2;
      }
      if (i === before) throw new Malformed("whitespace required.", i);
      const nameStart = i;
      while (i < n && NAME_CHAR[b[i]] === 1 && b[i] < 0x80) i++;
      const name = b.latin1Slice(nameStart, i);
      const at = names.indexOf(name, next);
      if (at < 0 || (next === 0 && at !== 0)) throw new Malformed(next === 0 ? "expected the name version." : `expected one of ${names.slice(next).join(", ")}`, nameStart);
      next = at + 1;
      while (i < n && isSpace(b[i])) i++;
      if (i >= n) throw new EndOfInput();
      if (b[i] !== EQ) throw new Malformed("value required.", i);
      i++;
      while (i < n && isSpace(b[i])) i++;
      if (i >= n) throw new EndOfInput();
      const quote = b[i];
      if (quote !== QUOT && quote !== APOS) throw new Malformed("value must be quoted.", i);
      const end = b.indexOf(quote, i + 1);
      if (end < 0 || end >= n) throw new EndOfInput();
      const value = b.latin1Slice(i + 1, end);
      const good = name === "version" ? /^1\.[0-9]+$/.test(value) : name === "encoding" ? /^[A-Za-z][A-Za-z0-9._-]*$/.test(value) : value === "yes" || value === "no";
      if (!good) throw new Malformed(`${name} value is not allowed.`, i);
      i = end + 1;
    }
  }
}
