#!/usr/bin/env node
"use strict";
// The command line. `npm ci` / `npm install` / `npm link` compile it once (npm run build:cli, into build/), so
// it starts without compiling TypeScript; in a clone where src/ changed since, it compiles them again first
// (a fraction of a second), so what runs is always what src/ holds.
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "build", "kpi-toolkit.cjs");

/** The compiled command line, unless the sources it was built from changed after it. */
function upToDate() {
  let built;
  try {
    built = fs.statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
  const newer = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const file = path.join(dir, entry.name);
      return entry.isDirectory() ? newer(file) : fs.statSync(file).mtimeMs > built;
    });
  const src = path.join(root, "src");
  return !fs.existsSync(src) || !newer(src);
}

/** Compiles the sources again (as `npm run build:cli` does), so a clone whose src/ changed runs what it holds. */
function rebuild() {
  require("esbuild").buildSync({
    entryPoints: [path.join(root, "src", "cli", "main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    packages: "external",
    outfile: compiled,
    logLevel: "warning",
  });
}

if (!upToDate()) {
  try {
    rebuild();
  } catch (error) {
    // A folder the user cannot write to, or no esbuild (an install without dev tools): run what was built.
    if (!fs.existsSync(compiled)) throw error;
    process.stderr.write(`kpi-toolkit: could not recompile the changed sources (${error && error.message ? error.message.split("\n")[0] : error}); running the build from before.\n`);
  }
}
require(compiled).runProcess(process.argv.slice(2));
