/** XML text as both .xlsx hosts meet it: the reader's parts, the writer's cells, marks and chart parts. */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Replaces XML's character and entity references with the characters they stand for.
 *
 * @example
 * decodeXml("R&amp;D &#x4E2D;") // => "R&D 中"
 */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}


// XML 1.0 cannot hold most control characters even escaped; they are dropped, as ExcelJS does. (Built
// from a string: a regular expression literal with control characters reads as a mistake.)
const CONTROLS = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF";
const CONTENT_SPECIAL = new RegExp(`[&<>${CONTROLS}]`);
const CONTENT_SPECIAL_ALL = new RegExp(`[&<>${CONTROLS}]`, "g");
const ATTRIBUTE_SPECIAL_ALL = new RegExp(`[&<>"${CONTROLS}]`, "g");
const XML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Text as XML element content: `&`, `<` and `>` escaped, and the characters XML 1.0 cannot hold
 * dropped. The streaming writer calls it for every text cell, so plain text returns untouched.
 *
 * @example
 * escapeXml("R&D <Q1>") // => "R&amp;D &lt;Q1&gt;"
 */
export function escapeXml(text: string): string {
  return CONTENT_SPECIAL.test(text) ? text.replace(CONTENT_SPECIAL_ALL, (ch) => XML_ESCAPES[ch] ?? "") : text;
}

/**
 * Text as a double-quoted attribute value (or content): also `"` escaped.
 *
 * @example
 * escapeXmlAttribute('Sales "East"') // => "Sales &quot;East&quot;"
 */
export function escapeXmlAttribute(text: string): string {
  return text.replace(ATTRIBUTE_SPECIAL_ALL, (ch) => XML_ESCAPES[ch] ?? "");
}
