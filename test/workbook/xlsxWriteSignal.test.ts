/**
 * A build stopped while it writes (Ctrl+C, kill, a closed terminal) leaves nothing behind: the hidden
 * temporary file the writer fills before it publishes the output is removed, and the process still ends
 * by the signal it was sent.
 */
import { spawn } from "child_process";
import { mkdtempSync, readdirSync, rmSync } from "fs";
import os from "os";
import path from "path";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "kpi-write-signal-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the writer, sends `signal` once its temporary file appears; resolves with how it ended and what is left. */
function stopWhileWriting(signal: NodeJS.Signals): Promise<{ signal: NodeJS.Signals | null; sawTemp: boolean; left: string[] }> {
  const child = spawn(process.execPath, ["-r", "tsx/cjs", path.join(__dirname, "writeUntilStopped.ts"), path.join(dir, "review.xlsx")], {
    cwd: path.join(__dirname, "..", ".."),
    stdio: "ignore",
  });
  let sawTemp = false;
  const poll = setInterval(() => {
    if (!sawTemp && readdirSync(dir).some((f) => f.startsWith(".review.xlsx.") && f.endsWith(".tmp"))) {
      sawTemp = true;
      child.kill(signal);
    }
  }, 10);
  return new Promise((resolve) => {
    child.on("exit", (_code, ended) => {
      clearInterval(poll);
      resolve({ signal: ended, sawTemp, left: readdirSync(dir) });
    });
  });
}

describe("writeWorkbook stopped by a signal", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("removes its temporary file and ends by %s", async (signal) => {
    expect(await stopWhileWriting(signal)).toEqual({ signal, sawTemp: true, left: [] });
  }, 120_000);
});
