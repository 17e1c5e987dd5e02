import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { EXAMPLE_FILES, writeExamples } from "../../examples/generate";
import { main } from "../../src/cli/main";
import * as xlsxRead from "../../src/workbook/xlsxRead";
import * as openInputModule from "../../src/workbook/openInput";
import packageJson from "../../package.json";

const TODAY = 46346; // 2026-11-20

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], options: { tty?: boolean } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stderrIsTTY: options.tty ?? false,
    today: TODAY,
  });
  return { code, stdout, stderr };
}

async function sheetNames(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.worksheets.map((s) => s.name);
}

let dir: string;
let sample: string;
let samplePlan: string;
let inputBefore: Buffer;
let allRun: Run;
const out = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-cli-"));
  await writeExamples(dir);
  sample = path.join(dir, EXAMPLE_FILES.en.workbook);
  samplePlan = path.join(dir, EXAMPLE_FILES.en.plan);
  inputBefore = await fs.readFile(sample);
  allRun = await run(["all", "--in", sample, "--plan", samplePlan, "--out", out("review.xlsx")]);
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("kpi-toolkit all on the sample team", () => {
  it("exits 0", () => {
    expect({ code: allRun.code, stderr: allRun.stderr }).toEqual({ code: 0, stderr: "" });
  });

  it("writes the review sheets first, then one copy of each dataset", async () => {
    expect(await sheetNames(out("review.xlsx"))).toEqual([
      "Scorecard",
      "Target plan",
      "Funnel review",
      "Commission",
      "Progress",
      "Leaderboard",
      "Activity",
      "Data - KPI results",
      "Data - People",
      "Data - History",
      "Data - Deals",
      "Data - Transactions",
      "Data - Paid",
      "Data - Monthly targets",
      "Data - Activities",
    ]);
  });

  it("leaves the input workbook byte for byte as it was", async () => {
    expect((await fs.readFile(sample)).equals(inputBefore)).toBe(true);
  });

  it("prints what it wrote and the builders' summary lines", () => {
    expect(allRun.stdout).toMatch(/^Wrote .*review\.xlsx: Scorecard, Target plan, Funnel review, Commission, Progress, Leaderboard, Activity \(\+ 8 data sheets\)\n {2}\S/);
  });

  it("writes the Chinese review sheets from the Chinese sample and plan", async () => {
    const result = await run(["all", "--in", path.join(dir, EXAMPLE_FILES["zh-CN"].workbook), "--plan", path.join(dir, EXAMPLE_FILES["zh-CN"].plan), "--out", out("review-zh.xlsx")]);
    expect({ code: result.code, review: (await sheetNames(out("review-zh.xlsx"))).slice(0, 4) }).toEqual({
      code: 0,
      review: ["绩效评分", expect.any(String), "漏斗分析", "提成核算"],
    });
  });
});

describe("kpi-toolkit all on a workbook with only some datasets", () => {
  it("builds what it can and says what it left out", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Pipeline").addRows([
      ["Owner", "Stage", "Amount"],
      ["Ann", "Lead", 1200],
      ["Ben", "Won", 800],
    ]);
    await book.xlsx.writeFile(out("deals-only.xlsx"));
    const result = await run(["all", "--in", out("deals-only.xlsx"), "--out", out("deals-only-review.xlsx")]);
    expect({ code: result.code, leftOut: result.stdout.split("\n").filter((line) => line.startsWith("Left out")) }).toEqual({
      code: 0,
      leftOut: [
        "Left out the Scorecard: no KPI results found in the workbook",
        "Left out the Target plan: no people found in the workbook",
        "Left out the Commission: no transactions found in the workbook",
        // The deals are there, and Progress would track their won deals, but the won one has no close date.
        'Left out the Progress: Sheet "Pipeline" has no won deal with a close date, so there are no sales to track; check that this is the right sheet, or track the transactions (plan: progress.actuals "transactions").',
        "Left out the Leaderboard: no transactions found in the workbook",
        "Left out the Activity report: no activities found in the workbook",
      ],
    });
  });
});

describe("kpi-toolkit with one review", () => {
  it("writes only that review and the data it reads", async () => {
    const result = await run(["funnel", "--in", sample, "--plan", samplePlan, "--out", out("funnel.xlsx")]);
    expect({ code: result.code, sheets: await sheetNames(out("funnel.xlsx")) }).toEqual({ code: 0, sheets: ["Funnel review", "Data - Deals", "Data - People"] });
  });

  it("reads the sheet --sheet names", async () => {
    const result = await run(["scorecard", "--in", sample, "--sheet", "KPI results", "--out", out("scorecard.xlsx")]);
    expect(result.code).toBe(0);
  });

  it("fails with the sheets there are when --sheet names none of them", async () => {
    const result = await run(["scorecard", "--in", sample, "--sheet", "Scores", "--out", out("no-sheet.xlsx")]);
    expect({ code: result.code, names: result.stderr.includes('"KPI results"') }).toEqual({ code: 1, names: true });
  });

  it("writes the review sheets in the language --lang asks for", async () => {
    const result = await run(["funnel", "--in", sample, "--lang", "zh-CN", "--out", out("funnel-zh.xlsx")]);
    expect({ code: result.code, sheets: await sheetNames(out("funnel-zh.xlsx")) }).toEqual({ code: 0, sheets: ["漏斗分析", "数据-商机", "数据-人员"] });
  });

  it("reads the sheet the plan's sources name", async () => {
    await fs.writeFile(out("sources-plan.json"), JSON.stringify({ version: 1, sources: { scores: { sheet: "Nowhere" } } }));
    const result = await run(["scorecard", "--in", sample, "--plan", out("sources-plan.json"), "--out", out("sources.xlsx")]);
    expect({ code: result.code, names: result.stderr.includes("Nowhere") }).toEqual({ code: 1, names: true });
  });

  it("prints nothing with --quiet", async () => {
    const result = await run(["funnel", "--in", sample, "--out", out("quiet.xlsx"), "--quiet"]);
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("shows progress on a terminal", async () => {
    const result = await run(["funnel", "--in", sample, "--out", out("progress.xlsx")], { tty: true });
    expect(result.stderr).toBe("reading Deals… 400 rows\nreading Team… 12 rows\nbuilding Funnel review…\nwriting…\n");
  });

  it("shows no progress for a small input when stderr is not a terminal", async () => {
    const result = await run(["funnel", "--in", sample, "--out", out("no-progress.xlsx")]);
    expect(result.stderr).toBe("");
  });
});

describe("kpi-toolkit usage errors exit 2", () => {
  it.each([
    { name: "an unknown command", argv: () => ["report", "--in", sample, "--out", out("x.xlsx")], says: 'unknown command "report"' },
    { name: "no command", argv: () => ["--in", sample, "--out", out("x.xlsx")], says: "a command is missing" },
    { name: "--out the same as --in", argv: () => ["all", "--in", sample, "--out", sample], says: "is the input workbook" },
    { name: "--out the input by another path", argv: () => ["all", "--in", sample, "--out", path.join(dir, "sub", "..", EXAMPLE_FILES.en.workbook)], says: "is the input workbook" },
    { name: "a missing --in", argv: () => ["all", "--out", out("x.xlsx")], says: "--in is missing" },
    { name: "a missing --out", argv: () => ["all", "--in", sample], says: "--out is missing" },
    { name: "--out not an .xlsx", argv: () => ["all", "--in", sample, "--out", out("x.csv")], says: "must be an .xlsx file" },
    { name: "--sheet with all", argv: () => ["all", "--in", sample, "--sheet", "Deals", "--out", out("x.xlsx")], says: "--sheet reads one dataset" },
    { name: "an unknown option", argv: () => ["all", "--in", sample, "--out", out("x.xlsx"), "--colour"], says: "--colour" },
    { name: "an unknown language", argv: () => ["all", "--in", sample, "--out", out("x.xlsx"), "--lang", "fr"], says: '--lang "fr"' },
  ])("for $name", async ({ argv, says }) => {
    const result = await run(argv());
    expect({ code: result.code, says: result.stderr.includes(says) }).toEqual({ code: 2, says: true });
  });

  it("refuses to replace an existing --out without --force, leaving it as it was", async () => {
    await fs.writeFile(out("existing.xlsx"), "keep me");
    const result = await run(["funnel", "--in", sample, "--out", out("existing.xlsx")]);
    expect({ code: result.code, content: await fs.readFile(out("existing.xlsx"), "utf8") }).toEqual({ code: 2, content: "keep me" });
  });

  it("replaces an existing --out with --force", async () => {
    await fs.writeFile(out("replaced.xlsx"), "replace me");
    const result = await run(["funnel", "--in", sample, "--out", out("replaced.xlsx"), "--force"]);
    expect({ code: result.code, zip: (await fs.readFile(out("replaced.xlsx"))).subarray(0, 2).toString() }).toEqual({ code: 0, zip: "PK" });
  });
});

describe("kpi-toolkit bad input exits 1", () => {
  it("names the plan's field at fault", async () => {
    await fs.writeFile(out("bad-plan.json"), JSON.stringify({ version: 1, scorecard: { kpis: [{ name: "Revenue", weight: -1 }] } }));
    const result = await run(["scorecard", "--in", sample, "--plan", out("bad-plan.json"), "--out", out("bad-plan.xlsx")]);
    expect({ code: result.code, says: result.stderr.includes("scorecard.kpis[0].weight: must be 0 or more") }).toEqual({ code: 1, says: true });
  });

  it("says a plan that is not JSON is not JSON", async () => {
    await fs.writeFile(out("not-json.json"), "{ version: 1 ");
    const result = await run(["scorecard", "--in", sample, "--plan", out("not-json.json"), "--out", out("not-json.xlsx")]);
    expect({ code: result.code, says: result.stderr.includes("is not valid JSON") }).toEqual({ code: 1, says: true });
  });

  it("names the sheet, row and column of an amount that is not a number", async () => {
    const book = new ExcelJS.Workbook();
    const deals = book.addWorksheet("Deals");
    deals.addRows([
      ["Owner", "Stage", "Amount"],
      ["Ann", "Lead", 1200],
      ["Ben", "Won", "abc"],
    ]);
    await book.xlsx.writeFile(out("bad-amount.xlsx"));
    const result = await run(["funnel", "--in", out("bad-amount.xlsx"), "--out", out("bad-amount-review.xlsx")]);
    expect({ code: result.code, says: result.stderr.includes('Sheet "Deals", row 3, column C (Amount)') }).toEqual({ code: 1, says: true });
  });

  it("writes no output when the input is bad", async () => {
    await run(["funnel", "--in", out("bad-amount.xlsx"), "--out", out("never.xlsx")]);
    await expect(fs.stat(out("never.xlsx"))).rejects.toThrow("ENOENT");
  });

  it("says the input file does not exist", async () => {
    const result = await run(["funnel", "--in", out("missing.xlsx"), "--out", out("missing-review.xlsx")]);
    expect({ code: result.code, says: result.stderr.includes("there is no such file") }).toEqual({ code: 1, says: true });
  });

  it("says which dataset a review needs when the workbook has none", async () => {
    const result = await run(["scorecard", "--in", path.join(dir, "bad-amount.xlsx"), "--out", out("no-scores.xlsx")]);
    expect({ code: result.code, says: result.stderr.includes("has the columns of the KPI results") }).toEqual({ code: 1, says: true });
  });

  // A sales log and a plan ranking by activities: the measure decides what the leaderboard needs.
  it.each([
    ["en", "The leaderboard ranks by activities (plan: leaderboard.measure), which needs the activities, and none were found in the workbook; give them, or rank by another measure."],
    ["zh-CN", "排行榜按活动量排名（方案：leaderboard.measure），需要销售活动数据，但工作簿中没有找到；请提供该数据，或改用其他排名依据。"],
  ])("says which data the leaderboard's measure needs when the workbook has none (%s)", async (language, first) => {
    const csv = out(`sales-${language}.csv`);
    const plan = out(`by-activities-${language}.json`);
    await fs.writeFile(csv, "Date,Rep,Amount\n2026-03-02,Ann,100\n");
    await fs.writeFile(plan, JSON.stringify({ version: 1, language, leaderboard: { measure: "activities" } }));
    const result = await run(["leaderboard", "--in", csv, "--plan", plan, "--out", out(`no-activities-${language}.xlsx`)]);
    expect({ code: result.code, first: result.stderr.split("\n")[0] }).toEqual({ code: 1, first });
  });

  it("opens the workbook once, also when a dataset is not where its columns would be", async () => {
    const opened = jest.spyOn(openInputModule, "openInput");
    try {
      const result = await run(["scorecard", "--in", path.join(dir, "bad-amount.xlsx"), "--out", out("no-scores-again.xlsx")]);
      expect({ code: result.code, opened: opened.mock.calls.length, says: result.stderr.includes("has the columns of the KPI results") }).toEqual({ code: 1, opened: 1, says: true });
    } finally {
      opened.mockRestore();
    }
  });
});

describe("kpi-toolkit in Chinese", () => {
  it("says everything of its own in Chinese under a Chinese plan: no English sentence in the summary", async () => {
    const zh = path.join(dir, EXAMPLE_FILES["zh-CN"].workbook);
    const result = await run(["all", "--in", zh, "--plan", path.join(dir, EXAMPLE_FILES["zh-CN"].plan), "--out", out("review-zh-frame.xlsx")]);
    const english = result.stdout.split("\n").filter((line) => /[A-Za-z]{3,} [a-z]{2,}/.test(line.replace(/review-zh-frame\.xlsx|kpi-cli-\w+|\/[^\s：]+/g, "")));
    expect({ code: result.code, first: result.stdout.split("\n")[0].startsWith("已写入 "), english }).toEqual({ code: 0, first: true, english: [] });
  });

  it("tells a missing input in Chinese with --lang zh-CN", async () => {
    const result = await run(["funnel", "--in", out("nowhere.xlsx"), "--out", out("nowhere-review.xlsx"), "--lang", "zh-CN"]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: `kpi-toolkit: --in “${out("nowhere.xlsx")}”：文件不存在\n` });
  });
});

describe("kpi-toolkit --help and --version", () => {
  it("prints the usage with --help and exits 0", async () => {
    const result = await run(["--help"]);
    expect({ code: result.code, usage: result.stdout.startsWith("Usage: kpi-toolkit <command>") }).toEqual({ code: 0, usage: true });
  });

  it("prints the package's version with --version and exits 0", async () => {
    const result = await run(["--version"]);
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 0, stdout: `kpi-toolkit ${packageJson.version}\n` });
  });
});

describe("kpi-toolkit on an internal error", () => {
  it("says it is a bug, not the user's file, and prints no stack trace without --debug", async () => {
    const broken = jest.spyOn(xlsxRead, "sourcePlaces").mockImplementation(() => {
      throw new TypeError("cannot read properties of undefined");
    });
    try {
      const plain = await run(["funnel", "--in", sample, "--out", out("bug.xlsx")]);
      const debug = await run(["funnel", "--in", sample, "--out", out("bug-debug.xlsx"), "--debug"]);
      expect({
        code: plain.code,
        says: plain.stderr.includes("This is a bug, not a problem with your file"),
        stack: plain.stderr.includes("    at "),
        debugStack: debug.stderr.includes("    at "),
      }).toEqual({ code: 3, says: true, stack: false, debugStack: true });
    } finally {
      broken.mockRestore();
    }
  });
});
