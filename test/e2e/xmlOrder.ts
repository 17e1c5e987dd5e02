/**
 * Structural checks of a written .xlsx that LibreOffice forgives but Excel does not: a worksheet's
 * child elements out of the CT_Worksheet sequence make Excel offer to "repair" the file (the ExcelJS
 * element-order bugs), table parts that do not match the table files, and formula cells without a
 * cached value (which show 0 or blank until the first recalculation).
 */
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";

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
    if (titled.includes(name) && (!titles || !new RegExp(`^${quoted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\$\\d+:\\$\\d+$`).test(titles.value))) {
      problems.push(`${label}: no _xlnm.Print_Titles rows on it (${titles?.value ?? "missing"})`);
    }
  }
  const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  const fonts = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? "";
  const unnamed = [...fonts.matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g)].filter((m) => !/<name\b[^>]*\bval="[^"]+"/.test(m[1] ?? ""));
  if (unnamed.length > 0) problems.push(`styles: ${unnamed.length} font(s) without a name`);
  return problems;
}
