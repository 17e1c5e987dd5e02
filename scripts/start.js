#!/usr/bin/env node
// `npm start`: on Windows and macOS, sideload the add-in into desktop Excel (office-addin-debugging);
// elsewhere (Linux, or with --serve) only serve it on https://localhost:3000 and say how to load it.
"use strict";

const path = require("path");
const { spawn } = require("child_process");

const root = path.join(__dirname, "..");
const manifest = path.join(root, "manifest.xml");
const serveOnly = process.argv.includes("--serve") || process.env.KPI_SERVE_ONLY === "1";
const DEV_SERVER = "npx webpack serve --mode development";
const canSideload = process.platform === "win32" || process.platform === "darwin";

const INSTRUCTIONS = `
KPI Toolkit is served on https://localhost:3000 (stop with Ctrl+C).

1. Trust the development certificate once (Excel refuses add-ins served over an untrusted certificate):
     npx office-addin-dev-certs install
   then restart this server.
2. Load the add-in with ${path.relative(process.cwd(), manifest) || "manifest.xml"}:
   - Excel on the web: open a workbook, then Home > Add-ins > More Add-ins (or Insert > Add-ins) >
     Upload My Add-in, and choose manifest.xml.
   - Excel on Windows: share a folder holding manifest.xml, add it as a Trusted Add-in Catalog
     (File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs), restart Excel,
     then Home > Add-ins > Advanced > Shared Folder. Or simply run \`npm start\` on Windows.
   - Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
     and restart Excel. Or simply run \`npm start\` on a Mac.
3. Open the pane from Home > KPI Toolkit, and type =KPI. in any cell.
`;

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  child.on("error", (err) => {
    console.error(`Could not run ${command}: ${err.message}`);
    process.exit(1);
  });
  child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

if (canSideload && !serveOnly) {
  // Builds, serves and sideloads; `npx office-addin-debugging stop manifest.xml` undoes it.
  run("npx", [
    "office-addin-debugging",
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    // With shell: true (Windows) the command must be quoted to stay one argument.
    process.platform === "win32" ? `"${DEV_SERVER}"` : DEV_SERVER,
    "--dev-server-port",
    "3000",
  ]);
} else {
  if (!canSideload) console.log(`Sideloading from the command line is not supported on ${process.platform}.`);
  console.log(INSTRUCTIONS);
  run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"]);
}
