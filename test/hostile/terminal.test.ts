import { forTerminal } from "../../src/cli/sanitize";
import { main } from "../../src/cli/main";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { baseWorkbook, edited, STRINGS, swap } from "./corpus";

describe("forTerminal", () => {
  it.each([
    ["Ann\u001b[2J\u001b]0;owned\u0007", "Ann\\x1B[2J\\x1B]0;owned\\x07"],
    ["C1 control \u009b31m", "C1 control \\x9B31m"],
    ["bidi \u202eevil", "bidi \\u202Eevil"],
    ["DEL\u007f", "DEL\\x7F"],
    ["tab\tand\nnewline stay", "tab\tand\nnewline stay"],
    ["中文 and café stay", "中文 and café stay"],
  ])("shows %j as %j", (text, shown) => {
    expect(forTerminal(text)).toBe(shown);
  });
});

it("the command line prints a sheet's escape codes as their codes, never raw", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-terminal-"));
  try {
    // A stage with an escape sequence in it: the deal is left out and the warning printed quotes the stage.
    const bytes = await edited(await baseWorkbook(), { [STRINGS]: (x) => swap(x, "<t>Lead</t>", "<t>Lead_x001B_[2J</t>") });
    writeFileSync(join(dir, "in.xlsx"), bytes);
    let out = "";
    const code = await main(["funnel", "--in", join(dir, "in.xlsx"), "--out", join(dir, "out.xlsx")], { stderr: () => undefined, stdout: (t) => (out += t) });
    expect(code).toBe(0);
    expect(out).toContain("Lead\\x1B[2J");
    expect(out).not.toContain("\u001b");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
