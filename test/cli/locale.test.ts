import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { localeLanguage } from "../../src/cli/locale";
import { runCli } from "./runCli";

/**
 * Without --lang or a plan that names a language, the command line speaks the person's: their locale's
 * (LC_ALL, then LC_MESSAGES, then LANG), as command-line tools do. A Chinese locale gets Chinese
 * messages, summary and sheets; anything else English.
 */
describe("localeLanguage", () => {
  it.each([
    [{ LANG: "zh_CN.UTF-8" }, "zh-CN"],
    [{ LANG: "zh_TW.Big5" }, "zh-CN"],
    [{ LANG: "zh" }, "zh-CN"],
    [{ LANG: "en_US.UTF-8" }, "en"],
    [{ LANG: "C.UTF-8" }, "en"],
    [{ LC_ALL: "C", LANG: "zh_CN.UTF-8" }, "en"],
    [{ LC_MESSAGES: "zh_CN.UTF-8", LANG: "en_GB.UTF-8" }, "zh-CN"],
    [{ LC_ALL: "", LANG: "zh_CN.GB18030" }, "zh-CN"],
    [{ LANG: "zu_ZA.UTF-8" }, "en"],
    [{}, "en"],
  ])("reads %j as %s", (env, language) => {
    expect(localeLanguage(env)).toBe(language);
  });
});

describe("the command line in a Chinese locale", () => {
  const zh = { LANG: "zh_CN.UTF-8" };
  let dir: string;
  let book: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-locale-"));
    book = path.join(dir, "pipeline.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("商机").addRows([
      ["负责人", "阶段", "金额"],
      ["张伟", "线索", 1200],
      ["李娜", "赢单", 800],
    ]);
    await wb.xlsx.writeFile(book);
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("writes the sheets and says what it did in Chinese when no plan names a language", async () => {
    const run = await runCli(["funnel", "--in", book, "--out", path.join(dir, "zh.xlsx")], undefined, zh);
    expect([run.code, run.stdout.split("\n")[0]]).toEqual([0, expect.stringMatching(/^已写入 .*zh\.xlsx：漏斗分析/)]);
  });

  it("keeps the language a plan names, and --lang's over both", async () => {
    const plan = path.join(dir, "plan.json");
    await fs.writeFile(plan, JSON.stringify({ version: 1, language: "en" }));
    const planned = await runCli(["funnel", "--in", book, "--plan", plan, "--out", path.join(dir, "en.xlsx")], undefined, zh);
    const flagged = await runCli(["funnel", "--in", book, "--lang", "en", "--out", path.join(dir, "en2.xlsx")], undefined, zh);
    expect([planned.stdout.split("\n")[0], flagged.stdout.split("\n")[0]]).toEqual([expect.stringMatching(/^Wrote .*en\.xlsx: Funnel review/), expect.stringMatching(/^Wrote .*en2\.xlsx: Funnel review/)]);
  });

  it("says what is wrong with the arguments, and its help, in Chinese; in English under --lang en", async () => {
    const missing = await runCli(["funnel", "--out", path.join(dir, "x.xlsx")], undefined, zh);
    const unknown = await runCli(["funnel", "--in", book, "--out", path.join(dir, "x.xlsx"), "--colour"], undefined, zh);
    const english = await runCli(["funnel", "--lang", "en", "--out", path.join(dir, "x.xlsx")], undefined, zh);
    const help = await runCli(["--help"], undefined, zh);
    expect([missing.code, missing.stderr.split("\n")[0], unknown.stderr.split("\n")[0], english.stderr.split("\n")[0], help.stdout.split("\n")[0]]).toEqual([
      2,
      "kpi-toolkit: 缺少 --in：要读取的工作簿或 CSV 文件（--in team.xlsx）",
      "kpi-toolkit: 无法识别的选项“--colour”（kpi-toolkit --help 列出所有选项）",
      "kpi-toolkit: --in is missing: the workbook or CSV file to read (--in team.xlsx)",
      expect.stringMatching(/^用法/),
    ]);
  });
});
