import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { EXAMPLE_FILES, fixZipTimes, generateTeam, SAMPLE_TEAM, teamPlan, writeExamples } from "../../examples/generate";
import { parsePlan } from "../../src/reviews/plan";
import { readSource } from "../../src/workbook/xlsxRead";
import { ReadError } from "../../src/datasets/readDataset";
import type { PersonRecord, SourceData } from "../../src/datasets/records";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const FILES = [EXAMPLE_FILES.en.workbook, EXAMPLE_FILES.en.plan, EXAMPLE_FILES["zh-CN"].workbook, EXAMPLE_FILES["zh-CN"].plan];

let first: string;
let second: string;

beforeAll(async () => {
  first = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-gen-a-"));
  second = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-gen-b-"));
  await writeExamples(first);
  // Zip entries carry the time of writing: a later second must still give the same bytes.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await writeExamples(second);
}, 60_000);

afterAll(async () => {
  await fs.rm(first, { recursive: true, force: true });
  await fs.rm(second, { recursive: true, force: true });
});

async function people(file: string): Promise<SourceData<PersonRecord>> {
  const result = await readSource(file, "people");
  if (result instanceof ReadError) throw result;
  return result;
}

describe("examples/generate.ts", () => {
  it.each(FILES.map((file) => ({ file })))("writes $file byte for byte the same on every run", async ({ file }) => {
    const [a, b] = await Promise.all([fs.readFile(path.join(first, file)), fs.readFile(path.join(second, file))]);
    expect(a.equals(b)).toBe(true);
  });

  it.each(FILES.map((file) => ({ file })))("the committed examples/$file is what the generator writes", async ({ file }) => {
    const [committed, fresh] = await Promise.all([fs.readFile(path.join(EXAMPLES, file)), fs.readFile(path.join(first, file))]);
    expect(committed.equals(fresh)).toBe(true);
  });

  it.each([
    { language: "English", file: EXAMPLE_FILES.en.workbook, sheets: ["Team", "KPI results", "Sales history", "Deals", "Transactions", "Paid", "Activities"] },
    { language: "Chinese", file: EXAMPLE_FILES["zh-CN"].workbook, sheets: ["团队", "考核结果", "历史销售", "商机", "交易", "已付", "销售活动"] },
  ])("names the $language workbook's sheets in its language", async ({ file, sheets }) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(first, file));
    expect(book.worksheets.map((s) => s.name)).toEqual(sheets);
  });

  it("puts a merged title row above the team's header", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(first, EXAMPLE_FILES.en.workbook));
    const team = book.getWorksheet("Team")!;
    expect({ title: team.getCell("A1").value, merged: team.getCell("G1").isMerged, header: team.getCell("A2").value }).toEqual({
      title: "Sales team 2026",
      merged: true,
      header: "Name",
    });
  });

  it("has 12 people, one joining on 2026-04-01 and one leaving on 2026-09-30, and a total row the reader leaves out", async () => {
    const team = await people(path.join(first, EXAMPLE_FILES.en.workbook));
    expect({
      people: team.records.length,
      joiners: team.records.filter((p) => p.start === 46113).map((p) => p.name),
      leavers: team.records.filter((p) => p.end === 46295).map((p) => p.name),
      warnings: team.warnings,
    }).toEqual({ people: 12, joiners: ["Kara Singh"], leavers: ["Hugo Silva"], warnings: ['Sheet "Team", row 15: left out the total row ("Total")'] });
  });

  it("stores some numbers as text, as pasted by hand", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(first, EXAMPLE_FILES.en.workbook));
    const targets = book.getWorksheet("Team")!.getColumn(3).values.filter((v) => typeof v === "string" && /^\d{1,3}(,\d{3})+$/.test(v));
    expect(targets.length).toBe(2);
  });

  it("gives the Chinese workbook the same people's targets as the English one", async () => {
    const [en, zh] = await Promise.all([people(path.join(first, EXAMPLE_FILES.en.workbook)), people(path.join(first, EXAMPLE_FILES["zh-CN"].workbook))]);
    expect(zh.records.map((p) => p.target)).toEqual(en.records.map((p) => p.target));
  });

  it.each([
    { language: "en" as const, plan: EXAMPLE_FILES.en.plan },
    { language: "zh-CN" as const, plan: EXAMPLE_FILES["zh-CN"].plan },
  ])("writes a $language plan that validates", async ({ plan }) => {
    const result = parsePlan(JSON.parse(await fs.readFile(path.join(first, plan), "utf8")));
    expect(result.ok).toBe(true);
  });

  it("sets the plan's annual target to the sum of the people's targets", async () => {
    const team = await people(path.join(first, EXAMPLE_FILES.en.workbook));
    const plan = teamPlan({ ...SAMPLE_TEAM, language: "en" });
    expect(plan.targets?.annual).toBe(team.records.reduce((s, p) => s + (p.target ?? 0), 0));
  });

  it("leaves out the sheets of datasets asked for with a count of 0", async () => {
    const file = path.join(first, "small.xlsx");
    await generateTeam(file, { reps: 5, deals: 0, transactions: 0, kpis: 2, language: "en", seed: 7 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Team", "KPI results", "Sales history"]);
  });

  it("sets every zip entry's time to the given day", () => {
    const zip = fixZipTimes(Buffer.from(MINIMAL_ZIP, "base64"), new Date(Date.UTC(2026, 10, 20)));
    const dosDate = ((2026 - 1980) << 9) | (11 << 5) | 20;
    expect({ local: zip.readUInt16LE(12), central: zip.readUInt16LE(zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 14) }).toEqual({ local: dosDate, central: dosDate });
  });
});

/** A zip holding one empty file "a", stamped 1980-01-01. */
const MINIMAL_ZIP = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]),
  Buffer.from("a"),
  Buffer.from([0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  Buffer.from("a"),
  Buffer.from([0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, 47, 0, 0, 0, 31, 0, 0, 0, 0, 0]),
]).toString("base64");

/**
 * The sample team's funnel, worked out here from the raw cells of the generated workbook (not through
 * the funnel review): per owner, the weighted open pipeline (amount × the plan's probability of the
 * deal's stage), the won amount, the target from the Team sheet, coverage = weighted ÷ (target − won),
 * and the step conversions reached(stage) ÷ reached(stage before), where a deal has reached every stage
 * up to the one it sits in (a won deal all of them).
 */
describe("the sample team's funnel looks like a real team's", () => {
  interface Owner {
    target: number;
    won: number;
    weighted: number;
    reached: number[];
  }
  let owners: Map<string, Owner>;

  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(first, EXAMPLE_FILES.en.workbook));
    const plan = teamPlan({ ...SAMPLE_TEAM, language: "en" });
    const stages = plan.funnel!.stages!.map((s) => s.name);
    const probability = plan.funnel!.stages!.map((s) => s.probability as number);
    const number = (v: ExcelJS.CellValue): number => (typeof v === "number" ? v : Number(String(v).replace(/,/g, "")));
    owners = new Map();
    book.getWorksheet("Team")!.eachRow((row, r) => {
      const target = row.getCell(3).value;
      if (r > 2 && row.getCell(1).value !== "Total" && target !== null) {
        owners.set(String(row.getCell(1).value), { target: number(target), won: 0, weighted: 0, reached: stages.map(() => 0) });
      }
    });
    book.getWorksheet("Deals")!.eachRow((row, r) => {
      if (r === 1) return;
      const owner = owners.get(String(row.getCell(2).value))!;
      const stage = stages.indexOf(String(row.getCell(3).value));
      const status = String(row.getCell(4).value);
      const amount = number(row.getCell(5).value);
      for (let s = 0; s <= stage; s++) owner.reached[s]++;
      if (status === "Won") owner.won += amount;
      if (status === "Open") owner.weighted += amount * probability[stage];
    });
  });

  const coverages = (): number[] => [...owners.values()].map((o) => o.weighted / (o.target - o.won));

  it("has every one of the 12 reps owning deals", () => {
    expect([owners.size, [...owners.values()].every((o) => o.reached[0] > 0)]).toEqual([12, true]);
  });

  it("covers what is left of the target between 1× and 4× for most reps", () => {
    expect(coverages().filter((c) => c >= 1 && c <= 4).length).toBeGreaterThanOrEqual(9);
  });

  it("has a few reps behind (under 1×) and a few well covered (3× or more)", () => {
    const c = coverages();
    expect({ behind: c.filter((x) => x < 1).length >= 2, ahead: c.filter((x) => x >= 3).length >= 2 }).toEqual({ behind: true, ahead: true });
  });

  it("finds each rep's weakest step among the open stages, never at Won", () => {
    const weakest = [...owners.values()].map((o) => {
      const steps = o.reached.slice(1).map((n, s) => n / o.reached[s]);
      return steps.indexOf(Math.min(...steps)) + 1;
    });
    expect(weakest.filter((s) => s === 4)).toEqual([]);
  });
});
