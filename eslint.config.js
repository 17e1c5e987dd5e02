// Flat config: ESLint's recommended rules plus typescript-eslint's, for src, test, bench and scripts.
"use strict";

const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");
const { defineConfig } = require("eslint/config");

module.exports = defineConfig(
  { ignores: ["dist/**", "coverage/**", "test-output/**", "node_modules/**"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Node scripts and tool configs are CommonJS.
    files: ["scripts/**/*.js", "bench/**/*.js", "bin/**/*.js", "*.config.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
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
