// Offline checks of the XML add-in manifest: what `office-addin-manifest validate` would need the network for,
// plus the facts this add-in depends on (the KPI namespace, the icons in assets/, https everywhere).
"use strict";

const fs = require("fs");
const path = require("path");
const xml2js = require("xml2js");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAMESPACE = "KPI";
const MAX_RESID_LENGTH = 32;
const MAX_LENGTH = { ShortStrings: 125, LongStrings: 250 };
/** The kind of resource each resid-bearing element must point at. */
const RESID_KIND = {
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Namespace: "ShortStrings",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
  Image: "Images",
};
const RESOURCE_KINDS = ["Images", "Urls", "ShortStrings", "LongStrings"];
/** Elements whose DefaultValue (and Override Value) is a URL. */
const URL_ELEMENTS = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"];
/** Sizes every ribbon <Icon> must offer. */
const RIBBON_ICON_SIZES = [16, 32, 80];
/** Pixel size Office expects for the task pane icons outside the ribbon. */
const LISTING_ICON_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 };

/** Elements whose resid names words a person reads, which every locale of the manifest must override. */
const WORDS = ["Label", "Title", "Description"];

/**
 * Checks the manifest file at `manifestPath`.
 * @param {string} manifestPath
 * @param {{ assetsDir?: string, metadata?: (fileName: string) => string | undefined }} [options] assetsDir:
 *   where the icons live (default: assets/ beside the manifest); metadata: the text of a custom functions
 *   metadata file by its file name (functions.json, functions-zh-CN.json), to check the localized ones
 *   against the default one (left out: not checked)
 * @returns {Promise<string[]>} the problems found, empty when the manifest is fine
 */
async function checkManifest(manifestPath, options = {}) {
  let xml;
  try {
    xml = fs.readFileSync(manifestPath, "utf8");
  } catch (err) {
    return [`cannot read ${manifestPath}: ${err.message}`];
  }
  const assetsDir = options.assetsDir || path.join(path.dirname(manifestPath), "assets");
  return checkManifestXml(xml, { assetsDir, metadata: options.metadata });
}

/**
 * Checks manifest XML text.
 * @param {string} xml
 * @param {{ assetsDir: string, metadata?: (fileName: string) => string | undefined }} options
 * @returns {Promise<string[]>}
 */
async function checkManifestXml(xml, options) {
  let root;
  try {
    root = toNode(await parseXml(xml));
  } catch (err) {
    return [describeParseError(err)];
  }
  if (root.name !== "OfficeApp") return [`the root element is <${root.qname}>, expected <OfficeApp>`];

  const problems = [];
  const report = (message) => problems.push(message);
  const resources = collectResources(root, report);

  checkId(root, report);
  checkTemplateLeftovers(xml, report);
  checkUrls(root, resources, report);
  checkResids(root, resources, report);
  checkHosts(root, report);
  checkPermissions(root, report);
  checkRequirements(root, report);
  checkCustomFunctions(root, resources, report);
  checkIcons(root, resources, options.assetsDir, report);
  checkControls(root, report);
  checkLocales(root, resources, report);
  checkUnused(root, resources, report);
  if (options.metadata) checkLocalizedMetadata(root, resources, options.metadata, report);
  return problems;
}

function parseXml(xml) {
  return xml2js.parseStringPromise(xml, { explicitChildren: true, preserveChildrenOrder: true, strict: true });
}

/** sax (under xml2js) reports "Reason\nLine: 0\nColumn: 10\nChar: >" with 0-based lines. */
function describeParseError(err) {
  const message = String((err && err.message) || err);
  const reason = message.split("\n")[0].trim();
  const line = /Line: (\d+)/.exec(message);
  const column = /Column: (\d+)/.exec(message);
  const where = line ? ` at line ${Number(line[1]) + 1}${column ? `, column ${column[1]}` : ""}` : "";
  return `not well-formed XML${where}: ${reason}`;
}

/** xml2js output as a plain tree: { qname, name (without prefix), attrs, text, children, parent }. */
function toNode(parsed) {
  const [qname] = Object.keys(parsed);
  return convert(parsed[qname], qname, null);
}

function convert(element, qname, parent) {
  const isObject = typeof element === "object" && element !== null;
  const node = {
    qname,
    name: qname.replace(/^.*:/, ""),
    attrs: (isObject && element.$) || {},
    text: isObject ? (element._ || "").trim() : String(element || "").trim(),
    children: [],
    parent,
  };
  const children = (isObject && element.$$) || [];
  for (const child of children) node.children.push(convert(child, child["#name"], node));
  return node;
}

function* walk(node) {
  yield node;
  for (const child of node.children) yield* walk(child);
}

function child(node, name) {
  return node && node.children.find((c) => c.name === name);
}

function childrenNamed(node, name) {
  return node ? node.children.filter((c) => c.name === name) : [];
}

function xsiType(node) {
  const key = Object.keys(node.attrs).find((k) => k.replace(/^.*:/, "") === "type" && k.includes(":"));
  return key ? node.attrs[key] : undefined;
}

/** Every value of an element that is localised: DefaultValue plus each Override Value. */
function localisedValues(node) {
  const values = [];
  if (node.attrs.DefaultValue !== undefined) values.push({ value: node.attrs.DefaultValue, label: "" });
  for (const override of childrenNamed(node, "Override")) {
    values.push({ value: override.attrs.Value || "", label: ` (Override ${override.attrs.Locale || "?"})` });
  }
  return values;
}

function collectResources(root, report) {
  const resources = new Map();
  const container = child(child(root, "VersionOverrides"), "Resources");
  for (const kind of RESOURCE_KINDS) {
    for (const list of childrenNamed(container, kind)) {
      for (const resource of list.children) {
        const id = resource.attrs.id;
        if (!id) {
          report(`a <${resource.qname}> in ${kind} has no id`);
          continue;
        }
        if (resources.has(id)) report(`resource id "${id}" is defined twice`);
        if (id.length > MAX_RESID_LENGTH) {
          report(`resource id "${id}" is longer than ${MAX_RESID_LENGTH} characters`);
        }
        resources.set(id, { kind, node: resource });
        const limit = MAX_LENGTH[kind];
        for (const { value, label } of localisedValues(resource)) {
          if (limit && value.length > limit) {
            report(`${kind} "${id}"${label} is ${value.length} characters long; the limit is ${limit}`);
          }
        }
      }
    }
  }
  return resources;
}

function checkId(root, report) {
  const id = child(root, "Id");
  if (!id) report("<Id> is missing");
  else if (!GUID.test(id.text)) report(`<Id> is not a GUID: "${id.text}"`);
}

function checkTemplateLeftovers(xml, report) {
  if (/contoso/i.test(xml)) report('template leftover: the manifest mentions "Contoso"');
}

function checkUrl(value, where, report) {
  let url;
  try {
    url = new URL(value);
  } catch {
    report(`${where} is not an absolute URL: "${value}"`);
    return;
  }
  if (url.protocol !== "https:") report(`${where} is not https: ${value}`);
}

function checkUrls(root, resources, report) {
  for (const node of walk(root)) {
    if (URL_ELEMENTS.includes(node.name) && node.attrs.resid === undefined) {
      for (const { value, label } of localisedValues(node)) checkUrl(value, `<${node.qname}>${label}`, report);
    }
    if (node.name === "AppDomain") checkUrl(node.text, "<AppDomain>", report);
  }
  for (const [id, { kind, node }] of resources) {
    if (kind !== "Urls" && kind !== "Images") continue;
    for (const { value, label } of localisedValues(node)) checkUrl(value, `${kind} "${id}"${label}`, report);
  }
}

function checkResids(root, resources, report) {
  for (const node of walk(root)) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    const resource = resources.get(resid);
    if (!resource) {
      report(`resid "${resid}" on <${node.qname}> is not defined in <Resources>`);
      continue;
    }
    const expected = RESID_KIND[node.name];
    if (expected && resource.kind !== expected) {
      report(`resid "${resid}" on <${node.qname}> must name one of ${expected}, but it is in ${resource.kind}`);
    }
  }
}

function checkHosts(root, report) {
  const hosts = childrenNamed(child(root, "Hosts"), "Host").map((h) => h.attrs.Name);
  if (!hosts.includes("Workbook")) report(`<Hosts> must include Workbook (found: ${hosts.join(", ") || "none"})`);
  const overrideHosts = childrenNamed(child(child(root, "VersionOverrides"), "Hosts"), "Host").map(xsiType);
  if (!overrideHosts.includes("Workbook")) report("<VersionOverrides> has no Host of type Workbook");
}

function checkPermissions(root, report) {
  const permissions = child(root, "Permissions");
  const value = permissions ? permissions.text : "";
  if (value !== "ReadWriteDocument") report(`<Permissions> must be ReadWriteDocument, found "${value}"`);
}

function checkRequirements(root, report) {
  const sets = childrenNamed(child(child(root, "Requirements"), "Sets"), "Set").map((s) => s.attrs.Name);
  if (!sets.includes("CustomFunctionsRuntime")) {
    report("<Requirements> must include the CustomFunctionsRuntime requirement set");
  }
}

function checkCustomFunctions(root, resources, report) {
  const points = [...walk(root)].filter((n) => n.name === "ExtensionPoint" && xsiType(n) === "CustomFunctions");
  if (points.length === 0) {
    report("no ExtensionPoint of type CustomFunctions");
    return;
  }
  for (const point of points) {
    for (const part of ["Script", "Page", "Metadata"]) {
      if (!child(child(point, part), "SourceLocation")) report(`CustomFunctions <${part}> has no SourceLocation`);
    }
    const namespace = child(point, "Namespace");
    const resource = namespace && resources.get(namespace.attrs.resid);
    if (!namespace) report("CustomFunctions has no <Namespace>");
    else if (resource && resource.node.attrs.DefaultValue !== NAMESPACE) {
      report(
        `the custom functions namespace resolves to "${resource.node.attrs.DefaultValue}", expected "${NAMESPACE}"`,
      );
    }
  }
}

/** The locales the manifest speaks besides its default: those its DisplayName is given in. */
function localesOf(root) {
  return childrenNamed(child(root, "DisplayName"), "Override").map((o) => o.attrs.Locale || "?");
}

/** Every ribbon tab, group and control has what Office shows of it, and each control an action that can run. */
function checkControls(root, report) {
  const ids = new Map();
  for (const node of walk(root)) {
    if (!["CustomTab", "Group", "Control"].includes(node.name)) continue;
    const id = node.attrs.id;
    const what = `<${node.qname}${id ? ` id="${id}"` : ""}>`;
    if (!id) report(`${what} has no id`);
    else if (ids.has(id)) report(`the id "${id}" is given to two ribbon elements`);
    else ids.set(id, node);
    if (!child(node, "Label")) report(`${what} has no <Label>`);
    if (node.name === "Group" && !child(node, "Icon")) report(`${what} has no <Icon>`);
    if (node.name !== "Control") continue;
    const tip = child(node, "Supertip");
    if (!child(tip, "Title") || !child(tip, "Description")) report(`${what} has no <Supertip> with a <Title> and a <Description>`);
    if (!child(node, "Icon")) report(`${what} has no <Icon>`);
    const action = child(node, "Action");
    const type = action && xsiType(action);
    if (!action) report(`${what} has no <Action>`);
    else if (type === "ShowTaskpane" && !child(action, "SourceLocation")) report(`${what} opens the task pane but has no <SourceLocation>`);
    else if (type === "ExecuteFunction" && !child(action, "FunctionName")) report(`${what} runs a function but has no <FunctionName>`);
  }
}

/**
 * Every word a person reads on the ribbon and in the welcome callout (each Label, Title and Description),
 * and the custom functions' metadata, is given in every locale of the manifest.
 */
function checkLocales(root, resources, report) {
  const locales = localesOf(root);
  const lacking = (resource) => {
    const given = childrenNamed(resource.node, "Override").map((o) => o.attrs.Locale);
    return locales.filter((locale) => !given.includes(locale));
  };
  const checked = new Set();
  for (const node of walk(root)) {
    if (!WORDS.includes(node.name) || node.attrs.resid === undefined || checked.has(node.attrs.resid)) continue;
    checked.add(node.attrs.resid);
    const resource = resources.get(node.attrs.resid);
    if (!resource || !MAX_LENGTH[resource.kind]) continue; // reported by checkResids
    const missing = lacking(resource);
    if (missing.length > 0) report(`${resource.kind} "${node.attrs.resid}" has no Override for ${missing.join(", ")}`);
  }
  for (const { resid, resource } of metadataResources(root, resources)) {
    const missing = lacking(resource);
    if (missing.length > 0) {
      report(`the custom functions metadata "${resid}" has no Override for ${missing.join(", ")}: Excel would show the functions' help in the default language only`);
    }
  }
}

/** The Urls resources the CustomFunctions extension points take their metadata from. */
function metadataResources(root, resources) {
  const found = [];
  for (const point of walk(root)) {
    if (point.name !== "ExtensionPoint" || xsiType(point) !== "CustomFunctions") continue;
    const location = child(child(point, "Metadata"), "SourceLocation");
    const resource = location && resources.get(location.attrs.resid);
    if (resource) found.push({ resid: location.attrs.resid, resource });
  }
  return found;
}

/** A resource nothing refers to is a leftover, or a resid misspelt where it is used. */
function checkUnused(root, resources, report) {
  const used = new Set([...walk(root)].map((node) => node.attrs.resid).filter((resid) => resid !== undefined));
  for (const [id, { kind }] of resources) if (!used.has(id)) report(`${kind} "${id}" is defined but nothing refers to it`);
}

/**
 * Each locale's custom functions metadata against the default one: the same functions in the same order,
 * the same ids and parameters (count, optional, type, dimensionality), result and options; every name and
 * description given; names as Excel allows them.
 */
function checkLocalizedMetadata(root, resources, readMetadata, report) {
  for (const { resource } of metadataResources(root, resources)) {
    const fileOf = (url) => {
      try {
        return path.posix.basename(new URL(url).pathname);
      } catch {
        return undefined; // reported by checkUrls
      }
    };
    const defaultFile = fileOf(resource.node.attrs.DefaultValue || "");
    const base = defaultFile && readJson(defaultFile, readMetadata, report);
    if (!base) continue;
    for (const override of childrenNamed(resource.node, "Override")) {
      const file = fileOf(override.attrs.Value || "");
      if (!file) continue;
      const localized = readJson(file, readMetadata, report);
      if (localized) for (const problem of compareMetadata(base, localized, override.attrs.Locale || "?")) report(`${file}: ${problem}`);
    }
  }
}

function readJson(file, readMetadata, report) {
  const text = readMetadata(file);
  if (text === undefined) {
    report(`the custom functions metadata ${file} does not exist`);
    return undefined;
  }
  try {
    const json = JSON.parse(text);
    if (!json || !Array.isArray(json.functions)) throw new Error("it has no functions list");
    return json;
  } catch (err) {
    report(`${file} is not custom functions metadata: ${err.message}`);
    return undefined;
  }
}

/** Unicode letters, digits, underscores and periods, starting with a letter: what Excel takes as a function name. */
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;
const CJK = /[\u4e00-\u9fff]/;

/**
 * The problems of a localized functions.json against the default one.
 * @param {{ functions: object[] }} base
 * @param {{ functions: object[] }} localized
 * @param {string} locale
 * @returns {string[]}
 */
function compareMetadata(base, localized, locale) {
  const problems = [];
  const ids = (json) => json.functions.map((fn) => fn.id).join(", ");
  if (ids(base) !== ids(localized)) {
    return [`its functions (${ids(localized)}) are not those of the default metadata (${ids(base)}), in the same order`];
  }
  const same = (a, b) => JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b);
  const chinese = /^zh/i.test(locale);
  base.functions.forEach((fn, i) => {
    const own = localized.functions[i];
    const where = `KPI.${fn.id}`;
    if (!FUNCTION_NAME.test(own.name || "")) problems.push(`${where} has the name "${own.name}", which Excel does not take as a function name`);
    if (!own.description) problems.push(`${where} has no description`);
    else if (chinese && !CJK.test(own.description)) problems.push(`${where}'s description is not in Chinese: "${own.description}"`);
    for (const key of ["result", "options"]) if (!same(fn[key], own[key])) problems.push(`${where}'s ${key} differs from the default metadata`);
    const params = fn.parameters || [];
    const ownParams = own.parameters || [];
    if (params.length !== ownParams.length) {
      problems.push(`${where} has ${ownParams.length} parameters; the default metadata has ${params.length}`);
      return;
    }
    const names = new Set();
    params.forEach((p, j) => {
      const q = ownParams[j];
      const at = `${where} parameter ${j + 1} (${p.name})`;
      for (const key of ["type", "dimensionality", "optional", "repeating"]) if (!same(p[key], q[key])) problems.push(`${at}: its ${key} differs from the default metadata`);
      if (!q.name || /\s/.test(q.name)) problems.push(`${at} has the name "${q.name || ""}"; give it a name without spaces`);
      else if (names.has(q.name)) problems.push(`${at} has the name "${q.name}" of an earlier parameter`);
      names.add(q.name);
      if (!q.description) problems.push(`${at} has no description`);
      else if (chinese && !CJK.test(q.description)) problems.push(`${at}'s description is not in Chinese: "${q.description}"`);
    });
  });
  return problems;
}

function checkIcons(root, resources, assetsDir, report) {
  const checked = new Set();
  const checkOnce = (url, size, where) => {
    const key = `${url} ${size}`;
    if (checked.has(key)) return;
    checked.add(key);
    checkIconFile(url, size, where, assetsDir, report);
  };
  for (const [name, size] of Object.entries(LISTING_ICON_SIZE)) {
    const node = child(root, name);
    if (!node) report(`<${name}> is missing`);
    else checkOnce(node.attrs.DefaultValue || "", size, `<${name}>`);
  }
  for (const icon of walk(root)) {
    if (icon.name !== "Icon") continue;
    const sizes = childrenNamed(icon, "Image").map((image) => Number(image.attrs.size));
    const missing = RIBBON_ICON_SIZES.filter((size) => !sizes.includes(size));
    if (missing.length > 0) {
      const owner = icon.parent.attrs.id ? ` of "${icon.parent.attrs.id}"` : "";
      report(`<Icon>${owner} has no image of size ${missing.join(", ")} (ribbon icons need ${RIBBON_ICON_SIZES.join(", ")})`);
    }
  }
  for (const node of walk(root)) {
    if (node.name !== "Image" || node.parent.name !== "Icon") continue;
    const size = Number(node.attrs.size);
    const resource = resources.get(node.attrs.resid);
    if (!Number.isInteger(size) || size <= 0) {
      report(`<${node.qname}> for resid "${node.attrs.resid}" has no valid size`);
    } else if (resource && resource.kind === "Images") {
      checkOnce(resource.node.attrs.DefaultValue || "", size, `Images "${node.attrs.resid}" (size ${size})`);
    }
  }
}

function checkIconFile(url, size, where, assetsDir, report) {
  let pathname;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return; // reported by checkUrls
  }
  const file = path.join(assetsDir, path.posix.basename(pathname));
  let dimensions;
  try {
    dimensions = readPngSize(file);
  } catch (err) {
    report(`${where}: ${err.message}`);
    return;
  }
  if (dimensions.width !== size || dimensions.height !== size) {
    report(`${where}: ${path.basename(file)} is ${dimensions.width}x${dimensions.height}, expected ${size}x${size}`);
  }
}

/** Width and height from a PNG's IHDR chunk. */
function readPngSize(file) {
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new Error(`${path.basename(file)} does not exist in ${path.dirname(file)}`);
  }
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) {
    throw new Error(`${path.basename(file)} is not a PNG`);
  }
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${path.basename(file)} has no IHDR chunk`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The ribbon's buttons as a person meets them: each control's id, its label and tooltip (the default value
 * and each locale's), the URL its action opens (undefined for a function command) and its icons by size.
 * @param {string} xml
 * @returns {Promise<{ id: string, label: Record<string, string>, tip: Record<string, string>, url: string | undefined, icons: Record<string, string> }[]>}
 */
async function ribbonButtons(xml) {
  const root = toNode(await parseXml(xml));
  const resources = collectResources(root, () => undefined);
  const words = (node) => {
    const resource = node && resources.get(node.attrs.resid);
    if (!resource) return {};
    const found = { default: resource.node.attrs.DefaultValue || "" };
    for (const override of childrenNamed(resource.node, "Override")) found[override.attrs.Locale] = override.attrs.Value || "";
    return found;
  };
  return [...walk(root)]
    .filter((node) => node.name === "Control")
    .map((control) => ({
      id: control.attrs.id,
      label: words(child(control, "Label")),
      tip: words(child(child(control, "Supertip"), "Description")),
      url: words(child(child(control, "Action"), "SourceLocation")).default,
      icons: Object.fromEntries(childrenNamed(child(control, "Icon"), "Image").map((image) => [image.attrs.size, words(image).default])),
    }));
}

module.exports = { checkManifest, checkManifestXml, compareMetadata, readPngSize, ribbonButtons };
