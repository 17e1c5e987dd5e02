#!/usr/bin/env node
// Checks an add-in manifest offline. Usage: node scripts/validate-manifest.js [manifest.xml] [--assets DIR] [--metadata DIR]
// --metadata DIR: where functions.json and its localized versions are (dist/ after a build); each locale's
// metadata is then checked against the default one.
// (`office-addin-manifest validate` posts the manifest to an online service; this never uses the network.)
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { checkManifest } = require("./manifest-checks");

function parseArgs(argv) {
  const args = { manifest: "manifest.xml", assetsDir: undefined, metadataDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--assets") args.assetsDir = argv[++i];
    else if (argv[i] === "--metadata") args.metadataDir = argv[++i];
    else args.manifest = argv[i];
  }
  return args;
}

/** Runs `xmllint --noout` when it is installed (Debian: libxml2-utils); returns its problems. */
function xmllint(file) {
  const result = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  if (result.error && result.error.code === "ENOENT") {
    console.log("xmllint is not installed (apt-get install libxml2-utils): skipped");
    return [];
  }
  if (result.status === 0) return [];
  return [`xmllint: ${(result.stderr || result.error || "failed").toString().trim()}`];
}

async function main() {
  const { manifest, assetsDir, metadataDir } = parseArgs(process.argv.slice(2));
  const file = path.resolve(manifest);
  const metadata = metadataDir ? (name) => (fs.existsSync(path.join(metadataDir, name)) ? fs.readFileSync(path.join(metadataDir, name), "utf8") : undefined) : undefined;
  const problems = [...xmllint(file), ...(await checkManifest(file, { assetsDir, metadata }))];
  if (problems.length > 0) {
    console.error(`${manifest}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(`${manifest}: OK`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
