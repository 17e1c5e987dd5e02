import { promises as fs, readFileSync } from "fs";
import os from "os";
import path from "path";
import { HR_EXPORTS, writeHrExport } from "../fixtures/hr-exports/generate";
import { describeWithLibreOffice, readValues, recalculateAll, type EngineValues } from "../e2e/libreoffice";
import { runCli } from "./runCli";

/**
 * Performance-review exports of HR systems (test/fixtures/hr-exports: 钉钉绩效, 北森, Moka's GB18030 CSV,
 * an English HRIS goals export) through the command line's scorecard, as HR would run it on the file the
 * system gave them. Each person's weighted score and rating are checked against expected.py's (Python
 * reading the committed files, not this code), first as the written file caches them, then as
 * LibreOffice recalculates every formula; and what the export says beside the KPIs (employee number,
 * period, status, its own scores, "--") must be said, never passed over.
 */

const FIXTURES = path.resolve(__dirname, "../fixtures/hr-exports");
const EXPECTED = JSON.parse(readFileSync(path.join(FIXTURES, "expected.json"), "utf8")) as Record<string, Expected[]>;

interface Expected {
  name: string;
  team: string;
  id: string;
  weighted: number;
  rating: string;
}

const CASES = [
  {
    file: "dingtalk-performance.xlsx",
    lang: "zh-CN",
    summary: ["人数：3", "评级分布：A 2 人，B 1 人，C 0 人"],
    said: [
      "工作表“考核结果明细”A列（考核周期）：所有行均属考核周期“2026年第三季度”",
      "工作表“考核结果明细”F列（考核状态）：“李静”（华东销售部，第10、11、12行）的考核状态为“进行中”，尚未完成：按目前已录入的数据评分",
      "工作表“考核结果明细”K列（完成值）：第11、12行的“--”视为尚未录入",
      "未使用“得分”（L列）、“考核总分”（N列）、“考核等级”（O列）",
      "工作表“考核结果明细”第13行：已略过合计行（“共 9 条记录”）",
    ],
  },
  {
    file: "beisen-performance.xlsx",
    lang: "zh-CN",
    summary: ["人数：3", "评级分布：A 1 人，B 1 人，C 1 人"],
    said: ["工作表“考核指标明细”F列（考核项名称）：按指标名称所写，“退货率”按越低越好计算（第4、7、10行）", "所有行均属考核周期“2026-11”", "未使用“考核项得分”（J列）"],
  },
  {
    file: "moka-performance.csv",
    lang: "zh-CN",
    summary: ["人数：3", "评级分布：A 1 人，B 2 人，C 0 人"],
    said: ["第11行：已略过合计行（“合计”）", "“刘洋”（销售二部，第8、9、10行）的考核状态为“待上级评分”，尚未完成", "所有行均属考核周期“2026年10月”", "未使用“指标得分”（I列）"],
  },
  {
    file: "hris-goals-export.csv",
    lang: "en",
    summary: ["People: 3", "Ratings: A 1, B 2, C 0"],
    said: [
      `Sheet "hris-goals-export", column E (Goal Name): "Churn rate" is read as lower is better, as its name says (rows 4, 7, 10)`,
      `column D (Review Cycle): every row is of the review period "FY2026 H1"`,
      `column J (Review Status): the review of "Maria Lopez" (Sales West, rows 8, 9, 10) is "In progress", not finished`,
      `not used: "Goal Score" (column I), "Overall Rating" (column K), the export's own scores and grades`,
    ],
  },
] as const;

let dir: string;
const results = new Map<string, Awaited<ReturnType<typeof runCli>> & { out: string }>();

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-hr-exports-"));
  for (const { file, lang } of CASES) {
    const out = path.join(dir, `${file}.review.xlsx`);
    results.set(file, { ...(await runCli(["scorecard", "--in", path.join(FIXTURES, file), "--lang", lang, "--out", out])), out });
  }
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Each person's row of the written scorecard: name, department, weighted score and rating. */
function people(values: EngineValues): { name: string; team: string; weighted: number; rating: string }[] {
  const sheet = values.get("Scorecard") ?? values.get("绩效评分") ?? [];
  const header = sheet.findIndex((row) => (row[0] === "Name" || row[0] === "姓名") && (row.includes("Weighted score") || row.includes("加权得分")));
  const col = sheet[header].findIndex((v) => v === "Weighted score" || v === "加权得分");
  return sheet
    .slice(header + 1)
    .filter((row) => typeof row[0] === "string" && row[0] !== "" && typeof row[col] === "number")
    .map((row) => ({ name: row[0] as string, team: row[1] as string, weighted: row[col] as number, rating: String(row[col + 1]) }));
}

/** The people of a review as expected.py gives them, in a shape to compare with `people` (scores to 9 places). */
function compare(found: ReturnType<typeof people>, expected: readonly Expected[]): void {
  expect(found.map((p) => [p.name, p.team, p.rating])).toEqual(expected.map((e) => [e.name, e.team, e.rating]));
  found.forEach((p, i) => expect(p.weighted).toBeCloseTo(expected[i].weighted, 9));
}

describe.each(CASES)("$file through the command line's scorecard", ({ file, summary, said }) => {
  it("builds the scorecard", () => {
    const { code, stderr, stdout } = results.get(file)!;
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    for (const line of summary) expect(stdout).toContain(line);
  });

  it("gives each person the weighted score and rating expected.py works out, two people of one name apart by department", async () => {
    compare(people(await readValues(results.get(file)!.out)), EXPECTED[file]);
  });

  it("says what the export says beside the KPIs: period, unfinished reviews, its own scores, blanks", () => {
    for (const line of said) expect(results.get(file)!.stdout).toContain(line);
  });
});

describe("the committed exports", () => {
  it("are what generate.ts writes from its definitions", async () => {
    const again = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-hr-regenerate-"));
    try {
      for (const fixture of Object.values(HR_EXPORTS)) {
        const written = await writeHrExport(again, fixture);
        const committed = path.join(FIXTURES, fixture.file);
        if (fixture.csv) expect(await fs.readFile(written)).toEqual(await fs.readFile(committed));
        else expect(await readValues(written)).toEqual(await readValues(committed));
      }
    } finally {
      await fs.rm(again, { recursive: true, force: true });
    }
  });

  it("keep Moka's CSV in GB18030, as Chinese Excel saves it, not UTF-8", async () => {
    const bytes = await fs.readFile(path.join(FIXTURES, "moka-performance.csv"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder("gb18030").decode(bytes).split("\r\n")[0]).toBe("考核周期,员工工号,员工姓名,部门,指标名称,指标权重,目标值,实际完成值,指标得分,考核状态");
  });
});

describe("an export of two review periods", () => {
  it("stops, naming each period's rows and what to do, and writes nothing", async () => {
    const [header, ...rows] = HR_EXPORTS.HRIS.sheets[0].rows;
    // Maria Lopez's rows from the cycle before: one file, two periods.
    const twoCycles = { ...HR_EXPORTS.HRIS, file: "two-cycles.csv", sheets: [{ name: "two-cycles", rows: [header, ...rows.map((r) => (r[1] === "Maria Lopez" ? r.map((v, c) => (c === 3 ? "FY2025 H2" : v)) : r))] }] };
    const file = await writeHrExport(dir, twoCycles);
    const out = path.join(dir, "two-cycles.review.xlsx");
    const result = await runCli(["scorecard", "--in", file, "--out", out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`Sheet "two-cycles", column D (Review Cycle): rows of 2 review periods: "FY2026 H1" (rows 2, 3, 4, 5, 6, 7), "FY2025 H2" (rows 8, 9, 10); a scorecard is for one period`);
    expect(await fs.stat(out).then(() => true, () => false)).toBe(false);
  });
});

describeWithLibreOffice("the HR exports' scorecards recalculated by LibreOffice", () => {
  it("give every person's weighted score and rating as expected.py works them out", async () => {
    const recalculated = await recalculateAll(CASES.map(({ file }) => results.get(file)!.out));
    CASES.forEach(({ file }, i) => compare(people(recalculated[i]), EXPECTED[file]));
  }, 300_000);
});
