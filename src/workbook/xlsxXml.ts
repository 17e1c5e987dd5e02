/**
 * XML parts of an .xlsx package. They are read by the strict scanner of xmlScan.ts (linear, over the
 * bytes); a part it leaves alone (UTF-16, or with a DOCTYPE: Excel writes neither) is parsed with saxes,
 * a strict streaming parser that treats DOCTYPEs as XML defines them. Neither knows an entity but XML's
 * five nor fetches anything, so an external or recursive entity is a parse error, not a read. Elements
 * and attributes come by their local names (`x:c` and `c` alike), and the reader's limits on names,
 * attribute values and depth are checked as each element opens.
 */
import { SaxesParser } from "saxes";
import { READ_LIMITS } from "../excel/limits";
import { cellCode, LeaveToSaxes, NO_ATTRIBUTE, scanXml, XmlDamage, type ScanHandlers, type ScanOptions, type XmlTag } from "./xmlScan";

export { XmlDamage, type ScanHandlers as XmlHandlers, type XmlTag } from "./xmlScan";

/** Thrown by a handler to stop reading early (a quick look at a sheet's top rows). */
export class StopReading extends Error {}

/** How many bytes are decoded and parsed at a time. */
const CHUNK = 1024 * 1024;

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Parses a part, calling the handlers in document order. `complete` false: the bytes are the start of
 * a part cut short (its end is not checked). Returns false when a handler stopped the reading.
 *
 * @throws XmlDamage naming `part` when the XML is not well-formed or breaks the reader's limits
 */
export function parseXml(part: string, bytes: Uint8Array, handlers: ScanHandlers, complete = true, options: ScanOptions = {}): boolean {
  try {
    scanXml(part, bytes, handlers, complete, options);
    return true;
  } catch (e) {
    if (e instanceof StopReading) return false;
    if (!(e instanceof LeaveToSaxes)) throw e;
  }
  return parseWithSaxes(part, bytes, handlers, complete, options);
}

/** What a handler sees of an element saxes read. */
class RecordTag implements XmlTag {
  constructor(private readonly attributes: Record<string, string>) {}
  get(local: string): string | undefined {
    return this.attributes[local];
  }
  all(): Record<string, string> {
    return this.attributes;
  }
  cellCode(local: string): number {
    const value = this.attributes[local];
    return value === undefined ? NO_ATTRIBUTE : cellCode(value);
  }
}

/** parseXml with saxes alone: for the parts the scanner leaves to it, and for tests that compare the two. */
export function parseWithSaxes(part: string, bytes: Uint8Array, handlers: ScanHandlers, complete = true, options: ScanOptions = {}): boolean {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  const maxDepth = READ_LIMITS.depth;
  /** Element names seen, by their local names: a sheet has millions of elements of a few names. */
  const locals = new Map<string, string>();
  const local = (name: string): string => {
    let out = locals.get(name);
    if (out === undefined) {
      if (name.length > READ_LIMITS.nameLength) throw new XmlDamage(`an element name is ${name.length.toLocaleString("en-US")} characters long`);
      out = localName(name);
      if (locals.size < 1024) locals.set(name, out);
    }
    return out;
  };
  parser.on("opentag", (tag) => {
    if (++depth > maxDepth) throw new XmlDamage(`elements nest more than ${maxDepth} deep`);
    const name = local(tag.name);
    if (options.rawAttributes) {
      handlers.open(name, new RecordTag(tag.attributes));
      return;
    }
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const key in tag.attributes) {
      const value = tag.attributes[key];
      if (key.length > READ_LIMITS.nameLength) throw new XmlDamage(`an attribute name is ${key.length.toLocaleString("en-US")} characters long`);
      if (value.length > READ_LIMITS.attributeLength) throw new XmlDamage(`the attribute ${localName(key)} of <${name}> is ${value.length.toLocaleString("en-US")} characters long`);
      attributes[localName(key)] = value;
    }
    handlers.open(name, new RecordTag(attributes));
  });
  parser.on("closetag", (tag) => {
    depth--;
    handlers.close?.(local(tag.name));
  });
  if (handlers.text) {
    const text = handlers.text;
    parser.on("text", text);
    parser.on("cdata", text);
  }
  const decoder = new TextDecoder(encodingOf(bytes), { fatal: true });
  /** Bytes given to the parser so far, for a message (positions are not tracked: it costs a fifth of the time). */
  let read = 0;
  try {
    for (let from = 0; from < bytes.length; from += CHUNK) {
      read = from + CHUNK;
      parser.write(decoder.decode(bytes.subarray(from, from + CHUNK), { stream: true }));
    }
    if (complete) {
      parser.write(decoder.decode());
      parser.close();
    }
  } catch (e) {
    if (e instanceof StopReading) return false;
    const where = `near byte ${Math.min(bytes.length, read).toLocaleString("en-US")}`;
    if (e instanceof XmlDamage) throw new XmlDamage(`${part} (${where}): ${e.message}`);
    if ((e as NodeJS.ErrnoException).code === "ERR_ENCODING_INVALID_ENCODED_DATA") throw new XmlDamage(`${part} is not valid ${encodingOf(bytes).toUpperCase()} text`);
    // A text or name longer than a string can be (the part's size is capped, a single text is not).
    if (e instanceof RangeError) throw new XmlDamage(`${part} (${where}) holds a text too long to read (${e.message})`);
    // saxes reports malformed XML with a plain Error; what a handler throws (a damaged cell, a bug) goes on as it is.
    if (!(e instanceof Error && e.constructor === Error)) throw e;
    throw new XmlDamage(`${part} is not well-formed XML (${where}: ${e.message.replace(/^[^:]*:\d+:\d+: /, "")})`);
  }

  return true;
}

/** UTF-8 unless a byte order mark says UTF-16. */
function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** Every element with a local name, its attributes in document order (a small part: workbook, rels, table). */
export function elements(part: string, bytes: Uint8Array, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  parseXml(part, bytes, { open: (n, a) => void (n === name && out.push(a.all())) });
  return out;
}
