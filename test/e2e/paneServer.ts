import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { build as esbuild } from "esbuild";

const ROOT = path.join(__dirname, "..", "..");

/** The pane as the browser tests open it: the production build, served on a local port, and the scripted Excel host. */
export interface ServedPane {
  /** Where the build was written (a folder of its own, removed by the test). */
  distDir: string;
  baseUrl: string;
  server: http.Server;
  /** test/workbook/mockExcel.ts bundled for the page (`KpiMockExcel`). */
  mockScript: string;
}

/**
 * Builds the pane for production into a folder of its own (so a build running beside the test is not
 * disturbed), bundles the scripted Excel host for the page, and serves the build on 127.0.0.1.
 *
 * @param prefix - the temporary folder's name, such as "kpi-pane-dist-"
 */
export async function servePane(prefix: string): Promise<ServedPane> {
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const built = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production", "--output-path", distDir], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ADDIN_URL: "" },
  });
  if (built.status !== 0) throw new Error(`the production build failed:\n${built.stdout}\n${built.stderr}`);
  const bundled = await esbuild({
    entryPoints: [path.join(ROOT, "test", "workbook", "mockExcel.ts")],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "KpiMockExcel",
    platform: "browser",
    target: "es2019",
  });
  const server = http.createServer((request, response) => {
    const file = path.join(distDir, decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
    if (!file.startsWith(distDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    const type = file.endsWith(".html") ? "text/html" : file.endsWith(".js") ? "text/javascript" : file.endsWith(".png") ? "image/png" : "application/octet-stream";
    response.writeHead(200, { "Content-Type": `${type}; charset=utf-8` }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { distDir, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, mockScript: bundled.outputFiles[0].text };
}
