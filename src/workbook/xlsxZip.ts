/**
 * The zip package of an .xlsx file: its central directory, and one part at a time inflated with Node's
 * zlib. Every number the directory gives is checked against the file before it is used; a name that
 * appears twice, an encrypted entry, a part larger than the reader's limits or inflating further than a
 * real workbook does, a size or CRC that does not match what inflates: each is a ZipDamage naming the
 * part, never a silent pick of one of two entries or a blank.
 */
import { constants as zlibConstants, crc32, inflateRawSync } from "node:zlib";
import { READ_LIMITS } from "../excel/limits";

/** The package is damaged or hostile; `message` says how, in English, naming the part. */
export class ZipDamage extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipDamage";
  }
}

/** The bytes have no zip directory at all: not a zip (a text file named .xlsx), or one cut short before it. */
export class NotZip extends Error {
  constructor() {
    super("no zip directory");
    this.name = "NotZip";
  }
}

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const MB = 1024 * 1024;

/** A size for a message: "1,024 MB" or "512 bytes". */
function size(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB).toLocaleString("en-US")} MB` : `${bytes.toLocaleString("en-US")} bytes`;
}

export class Zip {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly bytes: Buffer) {
    const end = this.findEnd();
    let count = this.u16(end + 10);
    let pos = this.u32(end + 16);
    if (pos === 0xffffffff || count === 0xffff) {
      // Zip64: the real counts sit in the zip64 end record the locator points at.
      const locator = end - 20;
      if (locator < 0 || this.u32(locator) !== 0x07064b50) throw new ZipDamage("damaged zip64 directory");
      const end64 = this.u64(locator + 8);
      count = this.u64(end64 + 32);
      pos = this.u64(end64 + 48);
    }
    if (count > READ_LIMITS.entries) throw new ZipDamage(`the zip lists ${count.toLocaleString("en-US")} entries, more than a workbook has`);
    for (let i = 0; i < count; i++) {
      if (this.u32(pos) !== 0x02014b50) throw new ZipDamage("damaged zip directory");
      const flags = this.u16(pos + 8);
      const method = this.u16(pos + 10);
      const crc = this.u32(pos + 16);
      let compressedSize = this.u32(pos + 20);
      let entrySize = this.u32(pos + 24);
      const nameLength = this.u16(pos + 28);
      const extraLength = this.u16(pos + 30);
      const commentLength = this.u16(pos + 32);
      let offset = this.u32(pos + 42);
      this.check(pos + 46, nameLength + extraLength + commentLength);
      const name = this.bytes.toString("utf8", pos + 46, pos + 46 + nameLength);
      if (compressedSize === 0xffffffff || entrySize === 0xffffffff || offset === 0xffffffff) {
        ({ compressedSize, size: entrySize, offset } = this.zip64Sizes(pos + 46 + nameLength, extraLength, entrySize, compressedSize, offset));
      }
      const key = name.replace(/^\//, "").toLowerCase();
      if (this.entries.has(key)) throw new ZipDamage(`the zip holds the part ${name} twice`);
      this.entries.set(key, { name, method, flags, crc, compressedSize, size: entrySize, offset });
      pos += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** True when the zip holds the part (names compared without case, as OPC does). */
  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /**
   * A part's bytes, inflated and checked (size and CRC). With `limit`, only the first `limit` compressed
   * bytes are inflated, as far as they go (a sheet's top rows): nothing is checked but the size caps.
   */
  inflate(name: string, limit?: number): Buffer {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw new ZipDamage(`the part ${name} is missing`);
    if ((entry.flags & 0x41) !== 0) throw new ZipDamage(`the part ${entry.name} is encrypted`);
    if (entry.size > READ_LIMITS.partBytes) {
      throw new ZipDamage(`the part ${entry.name} inflates to ${size(entry.size)}, more than the reader's limit of ${size(READ_LIMITS.partBytes)}`);
    }
    if (entry.size > READ_LIMITS.ratioFloor && entry.size > entry.compressedSize * READ_LIMITS.inflateRatio) {
      throw new ZipDamage(`the part ${entry.name} inflates ${Math.round(entry.size / Math.max(1, entry.compressedSize))} times (${size(entry.compressedSize)} to ${size(entry.size)}): a zip bomb, not a workbook`);
    }
    const b = this.bytes;
    if (this.u32(entry.offset) !== 0x04034b50) throw new ZipDamage(`damaged zip entry ${entry.name}`);
    const start = entry.offset + 30 + this.u16(entry.offset + 26) + this.u16(entry.offset + 28);
    this.check(start, entry.compressedSize);
    const partial = limit !== undefined && limit < entry.compressedSize;
    const data = b.subarray(start, start + (partial ? (limit as number) : entry.compressedSize));
    let out: Buffer;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      try {
        // The directory's size is the cap: a part that inflates further lies about its size.
        // A cut-off deflate stream inflates as far as it goes with a sync flush instead of failing.
        // A whole part inflates into one buffer of its declared size (already capped above): inflating
        // into 16 KB pieces and joining them cost as much again as inflating.
        out = inflateRawSync(data, {
          maxOutputLength: Math.max(1, entry.size),
          ...(partial ? { finishFlush: zlibConstants.Z_SYNC_FLUSH } : { chunkSize: Math.max(64 * 1024, entry.size + 1) }),
        });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "ERR_BUFFER_TOO_LARGE") throw new ZipDamage(`the part ${entry.name} inflates to more than the ${size(entry.size)} its directory entry says`);
        throw new ZipDamage(`the part ${entry.name} does not inflate (${(e as Error).message})`);
      }
    } else {
      throw new ZipDamage(`the part ${entry.name} uses zip method ${entry.method}`);
    }
    if (partial) return out;
    if (out.length !== entry.size) throw new ZipDamage(`the part ${entry.name} inflates to ${size(out.length)}, not the ${size(entry.size)} its directory entry says`);
    if (crc32(out) >>> 0 !== entry.crc >>> 0) throw new ZipDamage(`the part ${entry.name} fails its CRC check`);
    return out;
  }

  /** The offset of the end-of-central-directory record, searched from the end of the file. */
  private findEnd(): number {
    const b = this.bytes;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (b.readUInt32LE(i) === 0x06054b50) return i;
    }
    throw new NotZip();
  }

  /** A zip64 entry's real sizes and offset, from its extra field. */
  private zip64Sizes(extra: number, length: number, entrySize: number, compressedSize: number, offset: number): { compressedSize: number; size: number; offset: number } {
    for (let p = extra; p + 4 <= extra + length; ) {
      const id = this.u16(p);
      const len = this.u16(p + 2);
      if (id === 0x0001) {
        let q = p + 4;
        if (entrySize === 0xffffffff) {
          entrySize = this.u64(q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = this.u64(q);
          q += 8;
        }
        if (offset === 0xffffffff) offset = this.u64(q);
        break;
      }
      p += 4 + len;
    }
    return { compressedSize, size: entrySize, offset };
  }

  /** Throws unless `length` bytes from `at` lie inside the file. */
  private check(at: number, length: number): void {
    if (!Number.isSafeInteger(at) || at < 0 || length < 0 || at + length > this.bytes.length) throw new ZipDamage("the zip points past its own end (truncated or damaged)");
  }

  private u16(at: number): number {
    this.check(at, 2);
    return this.bytes.readUInt16LE(at);
  }

  private u32(at: number): number {
    this.check(at, 4);
    return this.bytes.readUInt32LE(at);
  }

  private u64(at: number): number {
    this.check(at, 8);
    const n = this.bytes.readBigUInt64LE(at);
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipDamage("damaged zip64 directory");
    return Number(n);
  }
}
