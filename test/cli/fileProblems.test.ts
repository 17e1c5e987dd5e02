/**
 * What the command line says when the system, not the data, stops a run: a full disk, a file too large
 * or cut off for Node to read, a pipe or a device where a file belongs. Each is a sentence naming the
 * file and what to do, in the run's language; never Node's own words ("ENOSPC … write", "offset out of
 * range", "Invalid string length"), never "a folder" for something that is not one, never a hang.
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { EXAMPLE_FILES, writeExamples } from "../../examples/generate";
import { main } from "../../src/cli/main";
import * as xlsxRead from "../../src/workbook/xlsxRead";
import * as xlsxWrite from "../../src/workbook/xlsxWrite";

const TODAY = 46346; // 2026-11-20

async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const code = await main(argv, { stdout: () => undefined, stderr: (text) => void (stderr += text), stderrIsTTY: false, today: TODAY });
  return { code, stderr };
}

let dir: string;
let sample: string;
let plan: string;
const out = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-cli-files-"));
  await writeExamples(dir);
  sample = path.join(dir, EXAMPLE_FILES.en.workbook);
  plan = path.join(dir, EXAMPLE_FILES.en.plan);
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

afterEach(() => {
  jest.restoreAllMocks();
});

const nodeError = (message: string, code: string, Kind: ErrorConstructor | RangeErrorConstructor = Error): Error => Object.assign(new Kind(message), { code });

describe("the command line on a full disk or a file too large for Node", () => {
  it("names the output file and what to do when the disk fills while writing (not 'ENOSPC … write')", async () => {
    jest.spyOn(xlsxWrite, "writeWorkbook").mockRejectedValue(nodeError("ENOSPC: no space left on device, write", "ENOSPC"));
    const result = await run(["funnel", "--in", sample, "--plan", plan, "--out", out("full.xlsx")]);
    expect(result).toEqual({
      code: 1,
      stderr: `kpi-toolkit: Cannot write "${out("full.xlsx")}": the disk is full (or your quota is used up); free some space, or write to another disk with --out\n`,
    });
  });

  it("says it in Chinese under --lang zh-CN", async () => {
    jest.spyOn(xlsxWrite, "writeWorkbook").mockRejectedValue(nodeError("ENOSPC: no space left on device, write", "ENOSPC"));
    const result = await run(["funnel", "--in", sample, "--plan", plan, "--out", out("full-zh.xlsx"), "--lang", "zh-CN"]);
    expect(result.stderr).toBe(`kpi-toolkit: 无法写入“${out("full-zh.xlsx")}”：磁盘已满（或配额已用完）；请释放空间，或用 --out 写到其他磁盘\n`);
  });

  it("names the input for a workbook whose contents point past its end (not 'offset out of range')", async () => {
    jest.spyOn(xlsxRead, "xlsxWorkbook").mockImplementation(() => {
      throw nodeError('The value of "offset" is out of range. It must be >= 0 and <= 4090. Received 70000', "ERR_OUT_OF_RANGE", RangeError);
    });
    const result = await run(["funnel", "--in", sample, "--plan", plan, "--out", out("cut.xlsx")]);
    expect(result).toEqual({
      code: 1,
      stderr: `Cannot read "${EXAMPLE_FILES.en.workbook}": it is damaged or cut off (its contents point past its end); save it again from Excel, or copy it again\n`,
    });
  });

  it("names the input for a sheet too large to hold as text (not 'Invalid string length')", async () => {
    jest.spyOn(xlsxRead, "readFound").mockImplementation(() => {
      throw new RangeError("Invalid string length");
    });
    const result = await run(["funnel", "--in", sample, "--plan", plan, "--out", out("huge.xlsx")]);
    expect(result).toEqual({
      code: 1,
      stderr: `kpi-toolkit: Cannot read "${sample}": it is too large to read in this computer's memory; split it, or keep only the columns and rows the review needs\n`,
    });
  });

  it("still calls an error of its own a bug", async () => {
    jest.spyOn(xlsxRead, "readFound").mockImplementation(() => {
      throw new TypeError("cannot read properties of undefined");
    });
    const result = await run(["funnel", "--in", sample, "--plan", plan, "--out", out("bug.xlsx")]);
    expect([result.code, result.stderr.includes("This is a bug")]).toEqual([3, true]);
  });
});

describe("the command line on pipes and devices", () => {
  const fifo = (): string => {
    const file = out(`plan-${Math.random().toString(36).slice(2)}.json`);
    execFileSync("mkfifo", [file]);
    return file;
  };

  it("refuses a --plan that is a pipe instead of waiting for it forever", async () => {
    const pipe = fifo();
    const result = await run(["funnel", "--in", sample, "--plan", pipe, "--out", out("fifo.xlsx")]);
    expect(result).toEqual({ code: 1, stderr: `kpi-toolkit: --plan "${pipe}" is a device or a pipe, not a file; save it to a file first and give that file\n` });
  });

  it("calls a device given as --in a device, not a folder", async () => {
    const result = await run(["funnel", "--in", "/dev/zero", "--out", out("dev.xlsx")]);
    expect(result).toEqual({ code: 1, stderr: 'kpi-toolkit: --in "/dev/zero" is a device or a pipe, not a file; save it to a file first and give that file\n' });
  });

  it("refuses a pipe as --out, even with --force", async () => {
    const pipe = out("pipe.xlsx");
    execFileSync("mkfifo", [pipe]);
    const result = await run(["funnel", "--in", sample, "--plan", plan, "--out", pipe, "--force"]);
    expect(result).toEqual({ code: 2, stderr: `kpi-toolkit: --out "${pipe}" is a device or a pipe, not a file; choose a file name for the review\n` });
  });

  it("still calls a folder a folder", async () => {
    const result = await run(["funnel", "--in", dir, "--out", out("folder.xlsx")]);
    expect(result).toEqual({ code: 1, stderr: `kpi-toolkit: --in "${dir}" is a folder, not a workbook\n` });
  });

  it("says a --plan that is a folder is a folder", async () => {
    const result = await run(["funnel", "--in", sample, "--plan", dir, "--out", out("plan-folder.xlsx")]);
    expect(result).toEqual({ code: 1, stderr: `kpi-toolkit: --plan "${dir}" is a folder, not a plan file\n` });
  });
});
