// The direction of imports between the folders of src/, enforced by lint (docs/ARCHITECTURE.md draws it).
// Each layer lists the layers it may import; everything else is an import against the direction.
"use strict";

const path = require("node:path");

/** layer → the layers it may import (besides itself). */
const ALLOWED = {
  core: [],
  i18n: [],
  excel: ["core"],
  datasets: ["core", "excel", "i18n"],
  sheets: ["core", "excel", "i18n", "datasets"],
  plan: ["core", "excel", "i18n", "datasets"],
  reviews: ["core", "excel", "i18n", "datasets", "sheets", "plan"],
  functions: ["core", "excel", "i18n"],
  workbook: ["core", "excel", "i18n", "datasets", "sheets", "plan", "reviews"],
  cli: ["core", "excel", "i18n", "datasets", "sheets", "plan", "reviews", "workbook"],
  taskpane: ["core", "excel", "i18n", "datasets", "sheets", "plan", "reviews", "workbook", "functions"],
};

/** The layer a file belongs to: the folder under src/, or null outside src/. */
function layerOf(file) {
  const parts = path.normalize(file).split(path.sep);
  const src = parts.lastIndexOf("src");
  if (src < 0 || src + 2 > parts.length - 1) return null;
  return parts[src + 1];
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "imports between src/ folders follow the layers: core ← excel ← datasets … ← hosts" },
    schema: [],
    messages: {
      against: "src/{{from}} may not import src/{{to}}: imports point inward only (src/{{from}} may import {{allowed}}). See docs/ARCHITECTURE.md.",
      unknown: "src/{{from}} is not a layer of docs/ARCHITECTURE.md: add it to eslint/layers.js with the layers it may import.",
    },
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (from === null) return {};
    if (!(from in ALLOWED)) {
      return {
        Program(node) {
          context.report({ node, messageId: "unknown", data: { from } });
        },
      };
    }
    const check = (node, source) => {
      if (!source || typeof source.value !== "string" || !source.value.startsWith(".")) return;
      const to = layerOf(path.resolve(path.dirname(file), source.value));
      if (to === null || to === from || ALLOWED[from].includes(to)) return;
      const allowed = ALLOWED[from].length === 0 ? "nothing of ours" : ALLOWED[from].map((l) => `src/${l}`).join(", ");
      context.report({ node: source, messageId: "against", data: { from, to, allowed } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

module.exports = { ALLOWED, layerOf, plugin: { rules: { layers: rule } } };
