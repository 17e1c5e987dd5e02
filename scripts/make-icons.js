#!/usr/bin/env node
// Draws the add-in icons (a green rounded square with a white rising bar chart) and the ribbon buttons'
// (the same square with a glyph per button: a target, a funnel, a podium…) into assets/.
// Pure Node: the shapes are rasterised with 4x4 supersampling and written by a minimal PNG encoder.
// Usage: node scripts/make-icons.js [outDir]
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [16, 124, 65]; // #107C41
const WHITE = [255, 255, 255];
const SUBSAMPLES = 4;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes straight (non-premultiplied) RGBA pixels, row by row, as an 8-bit PNG. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius;
}

/**
 * The bar chart, snapped to whole pixels so that small icons stay crisp: three bars of equal width
 * rising from left to right on a common baseline.
 */
function barsFor(size) {
  const unit = size / 16;
  const barWidth = Math.max(2, Math.round(3 * unit));
  const gap = Math.max(1, Math.round(unit));
  const chartWidth = 3 * barWidth + 2 * gap;
  const left = Math.floor((size - chartWidth) / 2);
  const baseline = size - Math.round(3.5 * unit);
  const heights = [0.4, 0.65, 0.9].map((f) => Math.round(f * (baseline - Math.round(3 * unit))));
  return heights.map((height, i) => ({
    left: left + i * (barWidth + gap),
    right: left + i * (barWidth + gap) + barWidth,
    top: baseline - height,
    bottom: baseline,
  }));
}

/**
 * The white shapes of each ribbon button's icon, on a 16-unit grid scaled to the icon's size: a point
 * (x, y) in units is inside the glyph when the function says so. The add-in's own icon keeps its bars
 * snapped to whole pixels (barsFor); these are drawn smooth.
 */
const rect = (l, t, r, b) => (x, y) => x >= l && x < r && y >= t && y < b;
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, inner, outer) => (x, y) => {
  const d = (x - cx) ** 2 + (y - cy) ** 2;
  return d <= outer * outer && d >= inner * inner;
};
/** A stroke of width w from (x1, y1) to (x2, y2). */
const segment = (x1, y1, x2, y2, w) => (x, y) => {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return (x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2 <= (w / 2) ** 2;
};
/** A convex polygon, its corners in order. */
const polygon = (points) => (x, y) => {
  let sign = 0;
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[(i + 1) % points.length];
    const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    if (cross !== 0) {
      if (sign !== 0 && Math.sign(cross) !== sign) return false;
      sign = Math.sign(cross);
    }
  }
  return true;
};
const any = (...shapes) => (x, y) => shapes.some((inside) => inside(x, y));
const except = (shape, hole) => (x, y) => shape(x, y) && !hole(x, y);

const GLYPHS = {
  // Rows of a score table: a bar per person, of different lengths.
  scorecard: any(rect(3.5, 4, 12.5, 5.6), rect(3.5, 7.2, 10, 8.8), rect(3.5, 10.4, 11.5, 12)),
  // A target: a ring round a bull's-eye.
  targets: any(ring(8, 8, 3.4, 5), circle(8, 8, 1.8)),
  // A funnel: wide at the top, a stem below.
  funnel: any(polygon([[3, 3.5], [13, 3.5], [9.2, 8.5], [6.8, 8.5]]), rect(6.8, 8.4, 9.2, 12.5)),
  // A coin with a stroke across: money paid out.
  commission: any(except(circle(8, 8, 5), circle(8, 8, 3.6)), segment(8, 5.2, 8, 10.8, 1.5)),
  // A progress bar: an outline, two thirds filled.
  progress: any(except(rect(2.5, 6, 13.5, 10), rect(3.5, 7, 12.5, 9)), rect(3.5, 7, 9.5, 9)),
  // A podium: the middle place highest.
  leaderboard: any(rect(2.5, 8, 6, 12.5), rect(6.3, 4, 9.7, 12.5), rect(10, 9.5, 13.5, 12.5)),
  // A calendar: a header strip over a grid of days.
  activity: any(rect(3, 3.5, 13, 5.5), ...[0, 1, 2].flatMap((c) => [0, 1].map((r) => rect(3.4 + c * 3.4, 7 + r * 3, 5.6 + c * 3.4, 9 + r * 3)))),
  // A circular arrow: a ring with a gap and an arrowhead.
  rebuild: any(except(ring(8, 8, 3.4, 5), polygon([[8, 8], [13.5, 2.5], [13.5, 8]])), polygon([[10.2, 2], [14, 5.8], [10.2, 7]])),
  // Sigma: the sign of a sum, for the functions.
  functions: any(segment(4.5, 3.5, 11.5, 3.5, 1.6), segment(4.5, 3.5, 8.5, 8, 1.6), segment(8.5, 8, 4.5, 12.5, 1.6), segment(4.5, 12.5, 11.5, 12.5, 1.6)),
};
/** Sizes of a ribbon button's icon. */
const GLYPH_SIZES = [16, 32, 80];

/** The add-in's icon (the bar chart), or a ribbon button's when `glyph` names one of GLYPHS. */
function drawIcon(size, glyph) {
  const rgba = Buffer.alloc(size * size * 4);
  const radius = size * 0.2;
  const bars = barsFor(size);
  const shape = glyph === undefined ? (x, y) => bars.some((b) => x >= b.left && x < b.right && y >= b.top && y < b.bottom) : (x, y) => GLYPHS[glyph]((x * 16) / size, (y * 16) / size);
  const samples = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let bar = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = px + (sx + 0.5) / SUBSAMPLES;
          const y = py + (sy + 0.5) / SUBSAMPLES;
          if (!insideRoundedRect(x, y, 0, 0, size, size, radius)) continue;
          square++;
          if (shape(x, y)) bar++;
        }
      }
      const offset = (py * size + px) * 4;
      const alpha = square / samples;
      const whiteShare = square === 0 ? 0 : bar / square;
      for (let c = 0; c < 3; c++) {
        rgba[offset + c] = Math.round(GREEN[c] * (1 - whiteShare) + WHITE[c] * whiteShare);
      }
      rgba[offset + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
  for (const glyph of Object.keys(GLYPHS)) {
    for (const size of GLYPH_SIZES) {
      const file = path.join(outDir, `icon-${glyph}-${size}.png`);
      fs.writeFileSync(file, drawIcon(size, glyph));
      console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
    }
  }
}

if (require.main === module) main();

module.exports = { encodePng, drawIcon, SIZES, GLYPHS, GLYPH_SIZES };
