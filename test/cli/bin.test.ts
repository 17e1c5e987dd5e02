import { execFile } from "child_process";
import { existsSync } from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import packageJson from "../../package.json";

/** The installed command: bin/kpi-toolkit.js, run as a user runs it, from any folder. */

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "kpi-toolkit.js");

describe("the kpi-toolkit command", () => {
  it("answers --version from outside the repository", async () => {
    const { stdout } = await run(process.execPath, [BIN, "--version"], { cwd: os.tmpdir() });
    expect(stdout.trim()).toBe(`kpi-toolkit ${packageJson.version}`);
  });

  it("exits 2 with the usage hint on a bad command", async () => {
    const failed = await run(process.execPath, [BIN, "forecast"], { cwd: os.tmpdir() }).catch((e: { code: number; stderr: string }) => e);
    expect({ code: (failed as { code: number }).code, hint: (failed as { stderr: string }).stderr.includes("--help") }).toEqual({ code: 2, hint: true });
  });

  it("is compiled ahead of time in CI (npm run build:cli), so it starts without compiling TypeScript", () => {
    if (process.env.CI !== "true") {
      console.warn("not in CI: the compiled command line (build/kpi-toolkit.cjs) may be absent; bin/ falls back to the sources");
      return;
    }
    expect(existsSync(path.join(ROOT, "build", "kpi-toolkit.cjs"))).toBe(true);
  });
});
