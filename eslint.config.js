// Flat config: ESLint's recommended rules plus typescript-eslint's, for src, test, bench and scripts.
"use strict";

const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");
const { defineConfig } = require("eslint/config");
const layers = require("./eslint/layers");

module.exports = defineConfig(
  { ignores: ["dist/**", "coverage/**", "test-output/**", "node_modules/**"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Node scripts and tool configs are CommonJS.
    files: ["scripts/**/*.js", "bench/**/*.js", "bin/**/*.js", "eslint/**/*.js", "*.config.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
  },
  {
    // Imports between the folders of src/ point inward only (eslint/layers.js, docs/ARCHITECTURE.md).
    files: ["src/**/*.{ts,tsx}"],
    plugins: { kpi: layers.plugin },
    rules: {
      "kpi/layers": "error",
      // Only the Office host talks to Excel: everything else gets what it needs through WorkbookHost.
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Only src/workbook/office*.ts and hostCapabilities.ts touch Office; go through WorkbookHost." },
        { name: "Excel", message: "Only src/workbook/office*.ts and hostCapabilities.ts touch Excel; go through WorkbookHost." },
      ],
    },
  },
  {
    files: ["src/workbook/office*.ts", "src/workbook/hostCapabilities.ts", "src/functions/**/*.ts"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    // Custom functions declare their arguments as any[][]: the metadata generator maps `any` to Excel's "any"
    // type, so a cell may hold a number, text, a boolean or a blank.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
