/**
 * Structural checks of a written .xlsx that LibreOffice forgives but Excel does not: a worksheet's
 * child elements out of the CT_Worksheet sequence make Excel offer to "repair" the file (the ExcelJS
 * element-order bugs), table parts that do not match the table files, and formula cells without a
 * cached value (which show 0 or blank until the first recalculation).
 */
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";

/** CT_Worksheet's children in the order ECMA-376 Part 1 (18.3.1.99) requires. */
export const WORKSHEET_ORDER: readonly string[] = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/** The only children that may appear more than once. */
const REPEATABLE = new Set(["conditionalFormatting"]);

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

/**
 * Lists what is structurally wrong with an .xlsx file; an empty list means nothing was found.
 *
 * @example
 * await checkXlsxXml("review.xlsx") // => []
 */
export async function checkXlsxXml(xlsxPath: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(xlsxPath));
  const problems: string[] = [];
  const sheets = await worksheetNames(zip);
  const sheetFiles = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f));
  const tableFiles = new Set(Object.keys(zip.files).filter((f) => /^xl\/tables\/[^/]+\.xml$/.test(f)));
  let tablePartCount = 0;
  for (const file of sheetFiles.sort()) {
    const label = sheets.has(file) ? `sheet "${sheets.get(file)}" (${file})` : file;
    const xml = await zip.file(file)!.async("string");
    const children = topLevelChildren(xml);
    problems.push(...orderProblems(children.map((c) => c.name), label));
    problems.push(...missingCachedValues(xml, label));
    const parts = await tablePartProblems(zip, file, xml, label, tableFiles);
    tablePartCount += parts.count;
    problems.push(...parts.problems);
  }
  if (tablePartCount !== tableFiles.size) {
    problems.push(`the worksheets list ${tablePartCount} table part(s) but the file holds ${tableFiles.size} table file(s)`);
  }
  problems.push(...(await chartProblems(zip, sheetFiles, sheets)));
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Drawings and charts (ECMA-376 Part 1, §20.5 spreadsheet drawing and §21.2 charts)

/**
 * The sequences the schema gives the chart and drawing elements the writer uses, by local name; a name
 * in a nested list shares its rank (a choice). Elements not listed here are not checked.
 */
export const CHART_ORDER: Readonly<Record<string, readonly (string | readonly string[])[]>> = {
  chartSpace: ["date1904", "lang", "roundedCorners", "AlternateContent", "style", "clrMapOvr", "pivotSource", "protection", "chart", "spPr", "txPr", "externalData", "printSettings", "userShapes", "extLst"],
  chart: ["title", "autoTitleDeleted", "pivotFmts", "view3D", "floor", "sideWall", "backWall", "plotArea", "legend", "plotVisOnly", "dispBlanksAs", "showDLblsOverMax", "extLst"],
  plotArea: ["layout", ["areaChart", "barChart", "lineChart", "pieChart", "scatterChart", "radarChart", "doughnutChart"], ["valAx", "catAx", "dateAx", "serAx"], "dTable", "spPr", "extLst"],
  barChart: ["barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId", "extLst"],
  ser: ["idx", "order", "tx", "spPr", "invertIfNegative", "pictureOptions", "dPt", "dLbls", "trendline", "errBars", "cat", "val", "shape", "extLst"],
  catAx: ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", ["crosses", "crossesAt"], "auto", "lblAlgn", "lblOffset", "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst"],
  valAx: ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", ["crosses", "crossesAt"], "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"],
  scaling: ["logBase", "orientation", "max", "min", "extLst"],
  title: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"],
  legend: ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"],
  dLbls: ["dLbl", "delete", "numFmt", "spPr", "txPr", "dLblPos", "showLegendKey", "showVal", "showCatName", "showSerName", "showPercent", "showBubbleSize", "separator", "showLeaderLines", "leaderLines", "extLst"],
  strRef: ["f", "strCache", "extLst"],
  numRef: ["f", "numCache", "extLst"],
  strCache: ["ptCount", "pt", "extLst"],
  numCache: ["formatCode", "ptCount", "pt", "extLst"],
  twoCellAnchor: ["from", "to", ["sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart"], "clientData"],
  from: ["col", "colOff", "row", "rowOff"],
  to: ["col", "colOff", "row", "rowOff"],
  graphicFrame: ["nvGraphicFramePr", "xfrm", "graphic", "extLst"],
};

/** Elements that must appear exactly this many times under their parent. */
const CHART_COUNTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  barChart: { barDir: 1, axId: 2 },
  ser: { idx: 1, order: 1 },
  catAx: { axId: 1, scaling: 1, axPos: 1, crossAx: 1 },
  valAx: { axId: 1, scaling: 1, axPos: 1, crossAx: 1 },
  chartSpace: { chart: 1 },
  chart: { plotArea: 1 },
};

const DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** An element of a parsed part: local name, attributes (with their prefixes), children, text. */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/**
 * Parses a part into a tree (saxes: strict, so a part that is not well-formed XML throws).
 *
 * @example
 * parsePart("<a x='1'><b/></a>").children[0].name // => "b"
 */
export function parsePart(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  parser.on("opentag", (tag) => {
    const node: XmlNode = { name: tag.name.replace(/^.*:/, ""), attributes: tag.attributes as Record<string, string>, children: [], text: "" };
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on("text", (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("the part has no root element");
  return root;
}

/** Every element of a tree named `name`, in document order. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = node.name === name ? [node] : [];
  for (const child of node.children) found.push(...findAll(child, name));
  return found;
}

function sequenceProblems(node: XmlNode, label: string): string[] {
  const problems: string[] = [];
  const order = CHART_ORDER[node.name];
  if (order) {
    const rank = (name: string): number => order.findIndex((entry) => (typeof entry === "string" ? entry === name : entry.includes(name)));
    let last = -1;
    for (const child of node.children) {
      const at = rank(child.name);
      if (at < 0) problems.push(`${label}: <${child.name}> is not a child of <${node.name}>`);
      else if (at < last) problems.push(`${label}: <${child.name}> comes too late in <${node.name}>`);
      last = Math.max(last, at);
    }
  }
  // A drawing's <c:chart r:id> is a reference with no children, not the chart part's <c:chart>.
  const counts = node.children.length > 0 ? (CHART_COUNTS[node.name] ?? {}) : {};
  for (const [name, count] of Object.entries(counts)) {
    const n = node.children.filter((c) => c.name === name).length;
    if (n !== count) problems.push(`${label}: <${node.name}> has ${n} <${name}>, the schema wants ${count}`);
  }
  for (const child of node.children) problems.push(...sequenceProblems(child, label));
  return problems;
}

/** Drawings and charts: well-formed, in the schema's order, linked sheet → drawing → chart, with their content types. */
async function chartProblems(zip: JSZip, sheetFiles: readonly string[], sheets: ReadonlyMap<string, string>): Promise<string[]> {
  const problems: string[] = [];
  const contentTypes = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const overridden = (part: string, type: string): boolean => contentTypes.includes(`PartName="/${part}" ContentType="${type}"`);
  const linkedCharts = new Set<string>();
  for (const file of sheetFiles) {
    const label = sheets.has(file) ? `sheet "${sheets.get(file)}"` : file;
    const xml = await zip.file(file)!.async("string");
    const drawing = /<drawing\b[^>]*?\br:id="([^"]+)"/.exec(xml);
    if (!drawing) continue;
    const rel = (await relationships(zip, file)).get(drawing[1]);
    if (!rel || rel.type !== DRAWING_REL || !zip.file(rel.target)) {
      problems.push(`${label}: <drawing r:id="${drawing[1]}"> has no drawing part`);
      continue;
    }
    if (!overridden(rel.target, DRAWING_TYPE)) problems.push(`${rel.target} has no content type`);
    const tree = parsePart(await zip.file(rel.target)!.async("string"));
    problems.push(...sequenceProblems(tree, rel.target));
    const chartRels = await relationships(zip, rel.target);
    for (const ref of findAll(tree, "chart")) {
      const chartRel = chartRels.get(ref.attributes["r:id"]);
      if (!chartRel || chartRel.type !== CHART_REL || !zip.file(chartRel.target)) {
        problems.push(`${rel.target}: chart ${ref.attributes["r:id"]} has no chart part`);
        continue;
      }
      linkedCharts.add(chartRel.target);
      if (!overridden(chartRel.target, CHART_TYPE)) problems.push(`${chartRel.target} has no content type`);
      problems.push(...sequenceProblems(parsePart(await zip.file(chartRel.target)!.async("string")), chartRel.target));
    }
  }
  for (const file of Object.keys(zip.files).filter((f) => /^xl\/charts\/[^/]+\.xml$/.test(f))) {
    if (!linkedCharts.has(file)) problems.push(`${file} is not linked from any sheet's drawing`);
  }
  return problems;
}

/** The names of the worksheet root's direct children, in document order (prefixes dropped). */
export function topLevelChildren(xml: string): { name: string; tag: string }[] {
  const children: { name: string; tag: string }[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
  let depth = 0;
  for (const m of xml.matchAll(tag)) {
    if (m[2] === undefined) continue;
    const [whole, closing, qname, , selfClosing] = m;
    if (closing) {
      depth--;
      continue;
    }
    if (depth === 1) children.push({ name: qname.replace(/^.*:/, ""), tag: whole });
    if (!selfClosing) depth++;
  }
  return children;
}

function orderProblems(names: readonly string[], label: string): string[] {
  const problems: string[] = [];
  let last = -1;
  const seen = new Set<string>();
  for (const name of names) {
    const at = WORKSHEET_ORDER.indexOf(name);
    if (at < 0) {
      problems.push(`${label}: <${name}> is not a worksheet element`);
      continue;
    }
    if (at < last) problems.push(`${label}: <${name}> comes after <${WORKSHEET_ORDER[last]}>, but the schema puts it before`);
    if (seen.has(name) && !REPEATABLE.has(name)) problems.push(`${label}: <${name}> appears more than once`);
    seen.add(name);
    last = Math.max(last, at);
  }
  if (!seen.has("sheetData")) problems.push(`${label}: <sheetData> is missing`);
  return problems;
}

function missingCachedValues(xml: string, label: string): string[] {
  const problems: string[] = [];
  for (const m of xml.matchAll(/<c\b((?:[^>"']|"[^"]*"|'[^']*')*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const inner = m[2] ?? "";
    if (/<f[\s>/]/.test(inner) && !/<v>[\s\S]*?<\/v>|<v\/>/.test(inner)) {
      const ref = /\br="([^"]+)"/.exec(m[1])?.[1] ?? "?";
      problems.push(`${label}: formula cell ${ref} has no cached value <v>`);
    }
  }
  return problems;
}

async function tablePartProblems(
  zip: JSZip,
  file: string,
  xml: string,
  label: string,
  tableFiles: ReadonlySet<string>,
): Promise<{ count: number; problems: string[] }> {
  const problems: string[] = [];
  const partsTag = /<tableParts\b([^>]*?)(?:\/>|>([\s\S]*?)<\/tableParts>)/.exec(xml);
  if (!partsTag) return { count: 0, problems };
  const ids = [...(partsTag[2] ?? "").matchAll(/<tablePart\b[^>]*?\br:id="([^"]+)"/g)].map((m) => m[1]);
  const declared = /\bcount="(\d+)"/.exec(partsTag[1])?.[1];
  if (declared !== undefined && Number(declared) !== ids.length) {
    problems.push(`${label}: <tableParts count="${declared}"> holds ${ids.length} <tablePart>`);
  }
  const rels = await relationships(zip, file);
  for (const id of ids) {
    const rel = rels.get(id);
    if (!rel || rel.type !== TABLE_REL) {
      problems.push(`${label}: table part ${id} has no table relationship`);
    } else if (!tableFiles.has(rel.target)) {
      problems.push(`${label}: table part ${id} points at ${rel.target}, which is not in the file`);
    }
  }
  return { count: ids.length, problems };
}

/** A part's relationships: id → type and the target resolved to a path inside the zip. */
async function relationships(zip: JSZip, part: string): Promise<Map<string, { type: string; target: string }>> {
  const relsPath = path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
  const xml = (await zip.file(relsPath)?.async("string")) ?? "";
  const rels = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attr = (name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1] ?? "";
    const target = attr("Target");
    const resolved = target.startsWith("/") ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(part), target));
    rels.set(attr("Id"), { type: attr("Type"), target: resolved });
  }
  return rels;
}

/** Worksheet file → sheet name, through xl/workbook.xml and its relationships. */
async function worksheetNames(zip: JSZip): Promise<Map<string, string>> {
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = await relationships(zip, "xl/workbook.xml");
  const names = new Map<string, string>();
  for (const m of xml.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[1])?.[1];
    const target = id === undefined ? undefined : rels.get(id)?.target;
    if (name !== undefined && target !== undefined) names.set(target, name.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));
  }
  return names;
}

/** CT_SheetPr's children and CT_HeaderFooter's, in the order ECMA-376 Part 1 (18.3.1.82, 18.3.1.46) requires. */
const SHEET_PR_ORDER: readonly string[] = ["tabColor", "outlinePr", "pageSetUpPr"];
const HEADER_FOOTER_ORDER: readonly string[] = ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"];

/** The children of the first `<tag>` element of a part, in order. */
function childrenOf(xml: string, tag: string): string[] {
  const open = new RegExp(`<${tag}\\b[^>]*?(/?)>`).exec(xml);
  if (!open || open[1] === "/") return [];
  const inner = xml.slice(open.index + open[0].length, xml.indexOf(`</${tag}>`, open.index));
  return topLevelChildren(`<r>${inner}</r>`).map((c) => c.name);
}

function inOrder(names: readonly string[], order: readonly string[]): boolean {
  const at = names.map((n) => order.indexOf(n));
  return at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]));
}

/**
 * Lists what keeps a finished workbook from printing as its sheets describe: per sheet a fit-to-page
 * setup one page wide (pageSetUpPr fitToPage, pageSetup fitToWidth 1 and fitToHeight 0), a header and
 * footer with page N of M, a print area, and the children of sheetPr and headerFooter in the schema's
 * order; print titles on the sheets named in `titled`; and a font name on every font of the styles.
 *
 * @example
 * await checkPrintSetup("review.xlsx", ["Scorecard"]) // => []
 */
export async function checkPrintSetup(xlsxPath: string, titled: readonly string[] = []): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(xlsxPath));
  const problems: string[] = [];
  const sheets = await worksheetNames(zip);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const sheetOrder = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&"));
  const definedNames = [...workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({
    name: /\bname="([^"]*)"/.exec(m[1])?.[1] ?? "",
    sheet: sheetOrder[Number(/\blocalSheetId="(\d+)"/.exec(m[1])?.[1] ?? -1)],
    value: m[2].replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
  }));
  for (const [file, name] of [...sheets].sort()) {
    const xml = (await zip.file(file)?.async("string")) ?? "";
    const label = `sheet "${name}"`;
    if (!/<pageSetUpPr\b[^>]*\bfitToPage="1"/.test(xml)) problems.push(`${label}: no <pageSetUpPr fitToPage="1">`);
    const setup = /<pageSetup\b[^>]*>/.exec(xml)?.[0] ?? "";
    if (!/\bfitToWidth="1"/.test(setup) || !/\bfitToHeight="0"/.test(setup)) problems.push(`${label}: <pageSetup> is not one page wide (${setup || "missing"})`);
    if (!/\borientation="(landscape|portrait)"/.test(setup)) problems.push(`${label}: <pageSetup> has no orientation`);
    const footer = /<oddFooter>([^<]*)<\/oddFooter>/.exec(xml)?.[1] ?? "";
    if (!footer.includes("&amp;P") || !footer.includes("&amp;N")) problems.push(`${label}: the footer has no page N of M (${footer || "missing"})`);
    if (!/<oddHeader>[^<]+<\/oddHeader>/.test(xml)) problems.push(`${label}: no page header`);
    const sheetPr = childrenOf(xml, "sheetPr");
    if (!inOrder(sheetPr, SHEET_PR_ORDER)) problems.push(`${label}: <sheetPr> holds ${sheetPr.join(", ")}, out of the schema's order`);
    const headerFooter = childrenOf(xml, "headerFooter");
    if (!inOrder(headerFooter, HEADER_FOOTER_ORDER)) problems.push(`${label}: <headerFooter> holds ${headerFooter.join(", ")}, out of the schema's order`);
    const mine = definedNames.filter((d) => d.sheet === name);
    const quoted = `'${name.replace(/'/g, "''")}'!`;
    const area = mine.find((d) => d.name === "_xlnm.Print_Area");
    if (!area || !area.value.startsWith(quoted)) problems.push(`${label}: no _xlnm.Print_Area on it (${area?.value ?? "missing"})`);
    const titles = mine.find((d) => d.name === "_xlnm.Print_Titles");
    // A sheet that freezes its table header repeats it on every page; a board of short listings freezes none.
    const freezesRows = /<pane\b[^>]*\bySplit="[1-9]/.test(xml);
    if (titled.includes(name) && freezesRows && (!titles || !new RegExp(`^${quoted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\$\\d+:\\$\\d+$`).test(titles.value))) {
      problems.push(`${label}: no _xlnm.Print_Titles rows on it (${titles?.value ?? "missing"})`);
    }
  }
  const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  const fonts = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? "";
  const unnamed = [...fonts.matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g)].filter((m) => !/<name\b[^>]*\bval="[^"]+"/.test(m[1] ?? ""));
  if (unnamed.length > 0) problems.push(`styles: ${unnamed.length} font(s) without a name`);
  return problems;
}
