/**
 * Charts in a written .xlsx: ExcelJS cannot write them, so after it has written the workbook this module
 * adds the DrawingML parts each sheet's `charts` describe (ECMA-376 Part 1, §21.2 charts and §20.5
 * spreadsheet drawings): per sheet a drawing (`xl/drawings/drawingN.xml`, one two-cell anchor per chart)
 * and per chart a chart part (`xl/charts/chartN.xml`), the relationships sheet → drawing → chart, the
 * content types, and the `<drawing>` element in the sheet at its place in the CT_Worksheet sequence.
 *
 * Each series refers to its cells by formula (`'Funnel review'!$L$17:$P$17`) and carries the values the
 * spec cached for them, so a reader that does not recalculate draws the same chart.
 *
 * A funnel is written in its bar form (horizontal bars, the first stage on top, each bar labelled with its
 * value): the funnel chart type is a chartex part (`cx:chart`) that only Excel 2016 and later read;
 * classic DrawingML bars open in every Excel, LibreOffice and WPS. Horizontal bars list their categories
 * top to bottom, in the order of the table.
 *
 * The zip is rewritten without inflating what does not change: every entry but the few small parts
 * edited here is copied byte for byte, so a 200,000-row data copy costs a copy, not a recompression.
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { promises as fs } from "fs";
import { Area, columnLetter, parseRange } from "../excel/a1";
import type { Cell, ChartSpec, SheetSpec } from "../sheets/spec";
import { valueAxisMinimum } from "../sheets/chartAxis";
import { decodeXml, escapeXmlAttribute } from "./xmlText";

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};
const REL_DRAWING = `${NS.rel}/drawing`;
const REL_CHART = `${NS.rel}/chart`;
const TYPE_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const TYPE_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** Series colours in order: the Office palette's six accents, then their darker shades, so twelve people stack in twelve colours. */
const SERIES_COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E", "636363", "997300", "255E91", "43682B"];

/** CT_Worksheet children that come after `<drawing>`: it goes before the first of them. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/**
 * Adds the charts the sheets describe to the bytes of an .xlsx that ExcelJS wrote from the same sheets.
 * Returns the bytes unchanged when no sheet has a chart. `linked`: sheet name → drawing part, for the
 * sheets whose writer already wrote the `<drawing>` and its relationship (drawingLink).
 *
 * @param xlsx - the workbook's bytes
 * @param sheets - the specs it was written from (the same names, the same cells)
 * @returns the workbook's bytes with the drawing and chart parts
 *
 * @example
 * addChartParts(await workbookBuffer(build.sheets), build.sheets) // => <Buffer 50 4b 03 04 ...> with xl/charts/chart1.xml
 */
export function addChartParts(xlsx: Uint8Array, sheets: readonly SheetSpec[], linked: ReadonlyMap<string, string> = new Map()): Buffer {
  const charted = sheets.filter((s) => (s.charts ?? []).length > 0);
  const bytes = Buffer.from(xlsx.buffer, xlsx.byteOffset, xlsx.byteLength);
  if (charted.length === 0) return bytes;
  const zip = new ZipParts(bytes);
  const files = sheetFiles(zip);
  const parts = new Map<string, string | Buffer>();
  let contentTypes = zip.text("[Content_Types].xml");
  let drawingNo = 0;
  let chartNo = 0;
  for (const spec of charted) {
    const sheetPath = files.get(spec.name);
    if (sheetPath === undefined) throw new Error(`cannot add charts: the written workbook has no sheet "${spec.name}"`);
    const charts = (spec.charts ?? []).map((chart) => planChart(spec, chart));
    const prelinked = linked.get(spec.name);
    if (prelinked === undefined) {
      do drawingNo++;
      while (zip.has(`xl/drawings/drawing${drawingNo}.xml`) || [...linked.values()].includes(`xl/drawings/drawing${drawingNo}.xml`));
    }
    const drawingPath = prelinked ?? `xl/drawings/drawing${drawingNo}.xml`;
    const chartRels: string[] = [];
    charts.forEach((chart, i) => {
      do chartNo++;
      while (zip.has(`xl/charts/chart${chartNo}.xml`));
      parts.set(`xl/charts/chart${chartNo}.xml`, chartXml(chart));
      chartRels.push(relationship(`rId${i + 1}`, REL_CHART, `../charts/chart${chartNo}.xml`));
      contentTypes = withOverride(contentTypes, `/xl/charts/chart${chartNo}.xml`, TYPE_CHART);
    });
    parts.set(drawingPath, drawingXml(charts));
    parts.set(relsPath(drawingPath), relationshipsXml(chartRels));
    contentTypes = withOverride(contentTypes, `/${drawingPath}`, TYPE_DRAWING);
    // The writer linked the drawing as it wrote the sheet: the sheet and its relationships are done.
    if (prelinked !== undefined) continue;
    const sheetRelsPath = relsPath(sheetPath);
    const sheetRels = zip.has(sheetRelsPath) ? zip.text(sheetRelsPath) : relationshipsXml([]);
    const id = freeRelationshipId(sheetRels);
    parts.set(sheetRelsPath, sheetRels.replace(/<\/Relationships>\s*$/, `${relationship(id, REL_DRAWING, `../drawings/drawing${drawingNo}.xml`)}</Relationships>`));
    parts.set(sheetPath, withDrawing(zip.part(sheetPath), id, spec.name));
  }
  parts.set("[Content_Types].xml", contentTypes);
  return zip.rewrite(parts);
}

/**
 * Adds the charts to an .xlsx file in place (the writer's temporary file, before it is published).
 *
 * @example
 * await addChartPartsToFile(".review.xlsx.tmp", build.sheets) // => the file now holds its charts
 */
export async function addChartPartsToFile(file: string, sheets: readonly SheetSpec[], linked: ReadonlyMap<string, string> = new Map()): Promise<void> {
  if (!sheets.some((s) => (s.charts ?? []).length > 0)) return;
  await fs.writeFile(file, addChartParts(await fs.readFile(file), sheets, linked));
}

/**
 * What a sheet writer does to link a drawing part as it writes the sheet: the relationship's type and
 * target, and the element that goes in the sheet. A sheet of hundreds of megabytes is then never read
 * back to add it (see withDrawing).
 *
 * @param drawingNo - the drawing part's number, 1 for the first sheet with charts
 */
export function drawingLink(drawingNo: number): { part: string; type: string; target: string; element: (relId: string) => string } {
  return {
    part: `xl/drawings/drawing${drawingNo}.xml`,
    type: REL_DRAWING,
    target: `../drawings/drawing${drawingNo}.xml`,
    element: (relId) => `<drawing r:id="${escapeXmlAttribute(relId)}"/>`,
  };
}

// ---------------------------------------------------------------------------------------------
// From the spec to what a chart part says

/** One series with its references and the values the spec cached for them. */
interface PlannedSeries {
  name: string;
  nameRef: string | null;
  values: string;
  cached: (number | null)[];
  format: string;
}

interface PlannedChart {
  spec: ChartSpec;
  categories: string;
  labels: string[];
  series: PlannedSeries[];
  anchor: Area;
  /** Where the value axis starts (valueAxisMinimum): 0, or null to leave it to the application. */
  minimum: 0 | null;
}

function planChart(sheet: SheetSpec, chart: ChartSpec): PlannedChart {
  const what = (part: string): string => `sheet "${sheet.name}": chart "${chart.title}" ${part}`;
  if (chart.series.length === 0) throw new Error(`${what("has no series")}; give it at least one`);
  const categories = line(sheet, chart.categories, what("categories"));
  const anchor = parseRange(chart.anchor);
  if (!anchor) throw new Error(`${what("anchor")} "${chart.anchor}" is not a cell like "E2"`);
  if (!(chart.size.cols > 0 && chart.size.rows > 0)) throw new Error(`${what("size")} must cover at least one column and one row`);
  const series = chart.series.map((s, i): PlannedSeries => {
    const cells = line(sheet, s.values, what(`series ${i + 1} ("${s.name}") values`));
    if (cells.cells.length !== categories.cells.length) {
      throw new Error(`${what(`series ${i + 1} ("${s.name}")`)} has ${cells.cells.length} values for ${categories.cells.length} categories; give it one value per category`);
    }
    let nameRef: string | null = null;
    if (s.nameCell !== undefined) {
      const at = parseRange(s.nameCell);
      if (!at || at.top !== at.bottom || at.left !== at.right) throw new Error(`${what(`series ${i + 1} name cell`)} "${s.nameCell}" is not one cell`);
      nameRef = absolute(sheet.name, at);
    }
    return {
      name: s.name,
      nameRef,
      values: cells.ref,
      cached: cells.cells.map((c) => (typeof c?.v === "number" && Number.isFinite(c.v) ? c.v : null)),
      format: cells.cells.find((c) => c?.fmt)?.fmt ?? "General",
    };
  });
  return { spec: chart, categories: categories.ref, labels: categories.cells.map(labelOf), series, anchor, minimum: valueAxisMinimum(sheet, chart) };
}

/** The cells of a range that is one row or one column, with its absolute reference. */
function line(sheet: SheetSpec, range: string, what: string): { ref: string; cells: (Cell | null)[] } {
  const area = parseRange(range);
  if (!area) throw new Error(`${what} "${range}" is not an A1 range like "B2:B9"`);
  if (area.top !== area.bottom && area.left !== area.right) throw new Error(`${what} "${range}" must be one row or one column`);
  const cells: (Cell | null)[] = [];
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) cells.push(sheet.rows[r]?.[c] ?? null);
  return { ref: absolute(sheet.name, area), cells };
}

function labelOf(cell: Cell | null): string {
  const v = cell?.v;
  return v === null || v === undefined ? "" : String(v);
}

/** `'Sheet name'!$A$1:$A$5`: always quoted, so any sheet name works. */
function absolute(sheet: string, a: Area): string {
  const start = `$${columnLetter(a.left)}$${a.top + 1}`;
  const end = `$${columnLetter(a.right)}$${a.bottom + 1}`;
  return `'${sheet.replace(/'/g, "''")}'!${start === end ? start : `${start}:${end}`}`;
}

// ---------------------------------------------------------------------------------------------
// The parts, each in its schema's element order

const val = (name: string, value: string | number): string => `<c:${name} val="${value}"/>`;

/** CT_ChartSpace: the chart, then nothing else it needs. */
function chartXml(chart: PlannedChart): string {
  const { spec } = chart;
  const horizontal = spec.type === "bar" || spec.type === "funnel";
  const stacked = spec.type === "stackedColumn";
  const legend = chart.series.length > 1 ? `<c:legend>${val("legendPos", "b")}${val("overlay", 0)}</c:legend>` : "";
  // CT_BarChart: barDir, grouping, varyColors, ser*, dLbls, gapWidth, overlap, axId×2.
  const barChart =
    `<c:barChart>${val("barDir", horizontal ? "bar" : "col")}${val("grouping", stacked ? "stacked" : "clustered")}${val("varyColors", 0)}` +
    chart.series.map((s, i) => seriesXml(chart, s, i)).join("") +
    (spec.type === "funnel" ? dataLabels() : "") +
    `${val("gapWidth", spec.type === "funnel" ? 30 : 80)}${stacked ? val("overlap", 100) : ""}${val("axId", 1001)}${val("axId", 1002)}</c:barChart>`;
  // Horizontal bars read top to bottom like the table (and a funnel's stages): the category axis runs
  // max to min, and the value axis crosses it at its maximum so the values stay at the bottom.
  const reversed = horizontal;
  const catAx =
    `<c:catAx>${val("axId", 1001)}<c:scaling>${val("orientation", reversed ? "maxMin" : "minMax")}</c:scaling>${val("delete", 0)}` +
    `${val("axPos", horizontal ? "l" : "b")}<c:numFmt formatCode="General" sourceLinked="1"/>${val("majorTickMark", "none")}${val("minorTickMark", "none")}` +
    `${val("tickLblPos", "nextTo")}${val("crossAx", 1002)}${val("crosses", "autoZero")}${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</c:catAx>`;
  const valAx =
    `<c:valAx>${val("axId", 1002)}<c:scaling>${val("orientation", "minMax")}${chart.minimum === null ? "" : val("min", chart.minimum)}</c:scaling>${val("delete", 0)}${val("axPos", horizontal ? "b" : "l")}` +
    `<c:majorGridlines/><c:numFmt formatCode="${escapeXmlAttribute(chart.series[0].format)}" sourceLinked="1"/>${val("majorTickMark", "out")}${val("minorTickMark", "none")}` +
    `${val("tickLblPos", "nextTo")}${val("crossAx", 1001)}${val("crosses", reversed ? "max" : "autoZero")}${val("crossBetween", "between")}</c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.rel}">` +
    `${val("roundedCorners", 0)}` +
    `<c:chart>${titleXml(spec.title)}${val("autoTitleDeleted", 0)}<c:plotArea><c:layout/>${barChart}${catAx}${valAx}</c:plotArea>` +
    `${legend}${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    `</c:chartSpace>`
  );
}

/** CT_Title with rich text: tx, overlay. */
function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr sz="1400" b="1"/><a:t>${escapeXmlAttribute(title)}</a:t></a:r></a:p></c:rich></c:tx>${val("overlay", 0)}</c:title>`
  );
}

/** CT_DLbls with the values shown (the six show* flags are all required, in this order). */
function dataLabels(): string {
  return `<c:dLbls>${val("showLegendKey", 0)}${val("showVal", 1)}${val("showCatName", 0)}${val("showSerName", 0)}${val("showPercent", 0)}${val("showBubbleSize", 0)}</c:dLbls>`;
}

/** CT_BarSer: idx, order, tx, spPr, invertIfNegative, cat, val. */
function seriesXml(chart: PlannedChart, s: PlannedSeries, i: number): string {
  const tx = s.nameRef
    ? `<c:tx><c:strRef><c:f>${escapeXmlAttribute(s.nameRef)}</c:f><c:strCache>${val("ptCount", 1)}<c:pt idx="0"><c:v>${escapeXmlAttribute(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`
    : `<c:tx><c:v>${escapeXmlAttribute(s.name)}</c:v></c:tx>`;
  const color = SERIES_COLORS[i % SERIES_COLORS.length];
  const labels = chart.labels.map((label, k) => `<c:pt idx="${k}"><c:v>${escapeXmlAttribute(label)}</c:v></c:pt>`).join("");
  const points = s.cached.map((v, k) => (v === null ? "" : `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>`)).join("");
  return (
    `<c:ser>${val("idx", i)}${val("order", i)}${tx}` +
    `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>${val("invertIfNegative", 0)}` +
    `<c:cat><c:strRef><c:f>${escapeXmlAttribute(chart.categories)}</c:f><c:strCache>${val("ptCount", chart.labels.length)}${labels}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXmlAttribute(s.values)}</c:f><c:numCache><c:formatCode>${escapeXmlAttribute(s.format)}</c:formatCode>${val("ptCount", s.cached.length)}${points}</c:numCache></c:numRef></c:val>` +
    `</c:ser>`
  );
}

/** CT_Drawing: one two-cell anchor (from, to, graphicFrame, clientData) per chart, numbered as the drawing's relationships. */
function drawingXml(charts: readonly PlannedChart[]): string {
  const marker = (tag: string, col: number, row: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map((chart, i) => {
    const { anchor } = chart;
    const { cols, rows } = chart.spec.size;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", anchor.left, anchor.top)}${marker("to", anchor.left + cols, anchor.top + rows)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXmlAttribute(`Chart ${i + 1}`)}" descr="${escapeXmlAttribute(chart.spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.drawingMain}">${anchors.join("")}</xdr:wsDr>`;
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeXmlAttribute(target)}"/>`;
}

function relationshipsXml(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">${items.join("")}</Relationships>`;
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function freeRelationshipId(rels: string): string {
  const taken = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function withOverride(contentTypes: string, part: string, type: string): string {
  if (contentTypes.includes(`PartName="${part}"`)) return contentTypes;
  return contentTypes.replace(/<\/Types>\s*$/, `<Override PartName="${part}" ContentType="${type}"/></Types>`);
}

/**
 * The sheet's XML with `<drawing r:id>` before the first child the schema puts after it. The part stays
 * bytes: a target plan of 40,000 people is hundreds of megabytes of sheet XML, and as one string (then
 * scanned, sliced and joined again) it took gigabytes. Only the root tag and what follows the cells
 * (`</sheetData>`: merges, page setup, table parts) are read as text; `<drawing>` always comes after them.
 */
function withDrawing(xml: Buffer, id: string, sheet: string): Buffer {
  const rootAt = xml.indexOf("<worksheet");
  const rootEnd = rootAt < 0 ? -1 : xml.indexOf(">", rootAt);
  if (rootEnd < 0) throw new Error(`cannot add charts to sheet "${sheet}": its part has no <worksheet> element`);
  if (hasElement(xml, "drawing")) throw new Error(`cannot add charts to sheet "${sheet}": it already has a drawing`);
  let rootTag = xml.toString("utf8", rootAt, rootEnd + 1);
  let prefix = /\bxmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(rootTag)?.[1];
  if (prefix === undefined) {
    prefix = "r";
    rootTag = rootTag.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.rel}"`);
  }
  const cellsEnd = xml.lastIndexOf("</sheetData>");
  const tailStart = cellsEnd >= 0 ? cellsEnd + "</sheetData>".length : rootEnd + 1;
  const tail = xml.toString("utf8", tailStart);
  const at = childPosition(tail, AFTER_DRAWING) ?? tail.lastIndexOf("</worksheet>");
  return Buffer.concat([
    xml.subarray(0, rootAt),
    Buffer.from(rootTag, "utf8"),
    xml.subarray(rootEnd + 1, tailStart),
    Buffer.from(`${tail.slice(0, at)}<drawing ${prefix}:id="${id}"/>${tail.slice(at)}`, "utf8"),
  ]);
}

/** True when the XML has an element of this name (unprefixed, as the writers write it), found in the bytes. */
function hasElement(xml: Buffer, name: string): boolean {
  const open = `<${name}`;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
    const after = xml[at + open.length];
    if (after === 0x20 || after === 0x2f || after === 0x3e || after === 0x09 || after === 0x0a || after === 0x0d) return true;
  }
  return false;
}

/** Where in the worksheet's body the first top-level child named one of `names` starts. */
function childPosition(body: string, names: readonly string[]): number | null {
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  let depth = 0;
  for (const m of body.matchAll(tag)) {
    if (m[2] === undefined) continue;
    if (m[1]) {
      depth--;
      continue;
    }
    if (depth === 0 && names.includes(m[2].replace(/^.*:/, ""))) return m.index ?? null;
    if (!m[3]) depth++;
  }
  return null;
}

/** Each sheet's name and the path of its part, from the workbook and its relationships. */
function sheetFiles(zip: ZipParts): Map<string, string> {
  const workbook = zip.text("xl/workbook.xml");
  const rels = zip.text("xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, decodeXml(target));
  }
  const files = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name === undefined || target === undefined) continue;
    files.set(decodeXml(name), target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// The zip: read the directory, copy what stays, write what changed

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  /** The entry's central directory record. */
  central: Buffer;
  /** Where its local header starts, and where the next entry (or the directory) starts. */
  start: number;
  end: number;
}

class ZipParts {
  private readonly entries: Entry[] = [];
  private readonly byName = new Map<string, Entry>();
  private readonly directoryStart: number;

  constructor(private readonly bytes: Buffer) {
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0) throw new Error("cannot add charts: the written workbook is not a zip");
    const count = bytes.readUInt16LE(eocd + 10);
    this.directoryStart = bytes.readUInt32LE(eocd + 16);
    if (count === 0xffff || this.directoryStart === 0xffffffff) throw new Error("cannot add charts: the written workbook is a zip64 file");
    let pos = this.directoryStart;
    for (let i = 0; i < count; i++) {
      if (bytes.readUInt32LE(pos) !== 0x02014b50) throw new Error("cannot add charts: the written workbook's zip directory is damaged");
      const length = 46 + bytes.readUInt16LE(pos + 28) + bytes.readUInt16LE(pos + 30) + bytes.readUInt16LE(pos + 32);
      const entry: Entry = {
        name: bytes.toString("utf8", pos + 46, pos + 46 + bytes.readUInt16LE(pos + 28)),
        method: bytes.readUInt16LE(pos + 10),
        compressedSize: bytes.readUInt32LE(pos + 20),
        central: bytes.subarray(pos, pos + length),
        start: bytes.readUInt32LE(pos + 42),
        end: 0,
      };
      this.entries.push(entry);
      this.byName.set(entry.name, entry);
      pos += length;
    }
    const sorted = [...this.entries].sort((a, b) => a.start - b.start);
    sorted.forEach((e, i) => (e.end = i + 1 < sorted.length ? sorted[i + 1].start : this.directoryStart));
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  text(name: string): string {
    return this.part(name).toString("utf8");
  }

  /** A part's bytes, inflated. */
  part(name: string): Buffer {
    const entry = this.byName.get(name);
    if (!entry) throw new Error(`cannot add charts: the written workbook has no ${name}`);
    const local = entry.start;
    const dataStart = local + 30 + this.bytes.readUInt16LE(local + 26) + this.bytes.readUInt16LE(local + 28);
    const data = this.bytes.subarray(dataStart, dataStart + entry.compressedSize);
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateRawSync(data);
    throw new Error(`cannot add charts: ${name} is compressed with method ${entry.method}`);
  }

  /** The zip with `parts` written (replacing entries of the same name, or added after the others). */
  rewrite(parts: ReadonlyMap<string, string | Buffer>): Buffer {
    const out: Buffer[] = [];
    const directory: Buffer[] = [];
    let offset = 0;
    const push = (chunk: Buffer): void => {
      out.push(chunk);
      offset += chunk.length;
    };
    const written = new Set<string>();
    for (const entry of [...this.entries].sort((a, b) => a.start - b.start)) {
      const replacement = parts.get(entry.name);
      const at = offset;
      if (replacement === undefined) {
        push(this.bytes.subarray(entry.start, entry.end));
        const central = Buffer.from(entry.central);
        central.writeUInt32LE(at, 42);
        directory.push(central);
      } else {
        const made = newEntry(entry.name, replacement, at);
        push(made.local);
        directory.push(made.central);
        written.add(entry.name);
      }
    }
    for (const [name, xml] of parts) {
      if (written.has(name)) continue;
      const made = newEntry(name, xml, offset);
      push(made.local);
      directory.push(made.central);
    }
    const directoryStart = offset;
    for (const d of directory) push(d);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(directory.length, 8);
    end.writeUInt16LE(directory.length, 10);
    end.writeUInt32LE(offset - directoryStart, 12);
    end.writeUInt32LE(directoryStart, 16);
    push(end);
    return Buffer.concat(out);
  }
}

/** A deflated entry: its local header and data, and its central directory record. */
function newEntry(name: string, content: string | Buffer, offset: number): { local: Buffer; central: Buffer } {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const compressed = deflateRawSync(data);
  const nameBytes = Buffer.from(name, "utf8");
  const crc = crc32(data);
  // 1 January 2026, 00:00, in DOS form: a fixed stamp, so the same sheets give the same bytes.
  const dosTime = 0;
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(dosTime, 10);
  local.writeUInt16LE(dosDate, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(dosTime, 12);
  central.writeUInt16LE(dosDate, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(offset, 42);
  return { local: Buffer.concat([local, nameBytes, compressed]), central: Buffer.concat([central, nameBytes]) };
}
