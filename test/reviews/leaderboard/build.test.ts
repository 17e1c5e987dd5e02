import { readFileSync } from "fs";
import { join, resolve } from "path";
import { parse } from "csv-parse/sync";
import { isoDate } from "../../../src/core/text/parseDate";
import type { Dataset, DatasetRecords, SourceData } from "../../../src/datasets/records";
import { ReadError, readDataset } from "../../../src/datasets/readDataset";
import { buildReview, datasetsFor, latestDataDate } from "../../../src/reviews/build";
import { buildContext, type BuildContext } from "../../../src/reviews/context";
import { buildLeaderboard } from "../../../src/reviews/leaderboard/build";
import { LEADERBOARD_LABELS } from "../../../src/reviews/leaderboard/labels";
import { leaderboardModel, type LeaderboardModel } from "../../../src/reviews/leaderboard/model";
import { planSchema, type PlanInput } from "../../../src/reviews/plan";
import type { Build, CellValue, SheetSpec } from "../../../src/sheets/spec";

/**
 * A contest a sales manager keeps for March 2026: the ERP's sales log (split sales, a return, a temp rep
 * without a team row, someone who left in January, two corrections that make ties) and the team list
 * with departments, start dates and annual targets (test/fixtures/contest/). The expected standings come
 * from test/fixtures/contest/expected.py, which applies the contest's rules to the same files with
 * Python's csv and decimal modules, not this code.
 */

const FIXTURES = resolve(__dirname, "../../fixtures/contest");
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, "expected.json"), "utf8")) as Record<string, Expected>;

interface ExpectedPerson {
  name: string;
  tenure: number | null;
  result: number | null;
  change: number | null;
  rank: number | null;
  improvedRank: number | null;
  newcomerRank: number | null;
  groupRank: number | null;
}
interface Expected {
  asOf: string;
  windows: string[];
  people: ExpectedPerson[];
  top: [string, number][];
  improved: [string, number][];
  newcomer: [string, number][];
  groups: [string, number][][];
}

function read<D extends Dataset>(dataset: D, file: string, sheet: string): SourceData<DatasetRecords[D]> {
  const grid = parse(readFileSync(join(FIXTURES, file), "utf8"), { bom: true }) as string[][];
  const result = readDataset(dataset, grid, { sheet }, { language: "zh-CN" });
  if (result instanceof ReadError) throw new Error(result.message);
  return result as SourceData<DatasetRecords[D]>;
}

const transactions = read("transactions", "sales.csv", "销售明细");
const people = read("people", "people.csv", "人员");

function context(leaderboard: PlanInput["leaderboard"], language: BuildContext["language"] = "zh-CN"): BuildContext {
  const plan = planSchema.parse({ version: 1, language, leaderboard });
  return buildContext(plan, latestDataDate({ transactions }), 0);
}

/** The model's standings in the shape expected.py writes. */
function standings(model: LeaderboardModel): Omit<Expected, "asOf"> & { asOf: string } {
  const w = model.windows;
  const blank = (x: number | "" | null): number | null => (x === "" ? null : x);
  const names = (lines: { entrant: number; place: number }[]): [string, number][] => lines.map((l) => [model.entrants[l.entrant].name, l.place]);
  return {
    asOf: isoDate(model.asOf),
    windows: [w.currentStart, w.currentEnd, w.previousStart, w.previousEnd].map(isoDate),
    people: model.entrants.map((e) => ({
      name: e.name,
      tenure: e.tenure,
      result: blank(e.current),
      change: blank(e.improvement),
      rank: e.rank.top,
      improvedRank: e.rank.improved,
      newcomerRank: e.rank.newcomer,
      groupRank: e.rank.group,
    })),
    top: names(model.listings.top),
    improved: names(model.listings.improved),
    newcomer: names(model.listings.newcomer),
    groups: model.listings.group.map(names),
  };
}

const review = (b: Build): SheetSpec => b.sheets[b.sheets.length - 1];
/** The values of a listing, from its title row down: [place, person, result(, prize)] per line. */
function listing(sheet: SheetSpec, title: string): CellValue[][] {
  const start = sheet.rows.findIndex((r) => r[0]?.v === title);
  const lines: CellValue[][] = [];
  for (let r = start + 2; sheet.rows[r]?.[1]?.f !== undefined; r++) lines.push(sheet.rows[r].slice(0, 4).map((c) => c?.v ?? null));
  return lines;
}

describe("the Leaderboard on a manager's contest sheet", () => {
  it.each([
    { name: "sales this month, per team", key: "salesByTeam", plan: {} },
    { name: "attainment this quarter, per tenure bracket", key: "attainmentByTenure", plan: { measure: "attainment" as const, period: "quarter" as const, groupBy: "tenure" as const } },
    { name: "new customers this month (客户名称), per team", key: "newCustomersByTeam", plan: { measure: "newCustomers" as const } },
  ])("ranks $name as the contest's rules do", ({ key, plan }) => {
    const ctx = context(plan);
    const model = leaderboardModel(ctx, { transactions, people }, LEADERBOARD_LABELS["zh-CN"]);
    expect(standings(model)).toEqual(EXPECTED[key]);
  });

  // Row 62 of 销售明细 has no 客户名称 (a walk-in sale): it cannot make anyone's new customer.
  it("says which sale has no customer when ranking new customers", () => {
    const model = leaderboardModel(context({ measure: "newCustomers" }), { transactions, people }, LEADERBOARD_LABELS["zh-CN"]);
    expect(model.warnings).toContain('工作表“销售明细”：1 行没有填写客户（第 62 行），不计入新客户；填写客户后即可计入。');
  });

  describe("its sheet, with prizes for the top three and the most improved", () => {
    const b = buildLeaderboard(context({ prizes: { top: [3000, 2000, 1000], improved: [1500] } }), { transactions, people });
    const sheet = review(b);

    // 刘洋 and 黄强 tie for third with 57,660.00: both are listed, both at place 3 with the third prize.
    it("lists everyone tied at the last place, each with that place's prize", () => {
      expect(listing(sheet, "销售冠军")).toEqual([
        [1, "陈静", 80230, 3000],
        [2, "李娜", 66020, 2000],
        [3, "刘洋", 57660, 1000],
        [3, "黄强", 57660, 1000],
      ]);
    });

    // 陈静 and 杨磊 both improved by 20,710.00 on the same days of February: both first, and the next is third.
    it("lets a tie share first place and skips second", () => {
      expect(listing(sheet, "进步最快")).toEqual([
        [1, "陈静", 20710, 1500],
        [1, "杨磊", 20710, 1500],
        [3, "周杰", 17820, ""],
      ]);
    });

    it("gives each team its own listing", () => {
      expect([listing(sheet, "华东前几名").map((l) => l[1]), listing(sheet, "华南前几名").map((l) => l[1])]).toEqual([
        ["李娜", "刘洋", "张伟"],
        ["陈静", "黄强", "周杰"],
      ]);
    });

    it("charts the top places from the listing's cells", () => {
      expect(sheet.charts).toEqual([expect.objectContaining({ type: "bar", title: "销售冠军", categories: expect.stringMatching(/^B\d+:B\d+$/) })]);
    });

    it("sums up the winners in the plan's language", () => {
      expect(b.summary).toEqual(["本月销售冠军：陈静（80,230.00）", "进步最快：陈静, 杨磊（20,710.00）", "最佳新人：李娜（66,020.00）"]);
    });

    it("copies the sales and the people it reads, then the board", () => {
      expect(b.sheets.map((s) => s.name)).toEqual(["数据-交易", "数据-人员", "销售竞赛"]);
    });

    it("writes every number as a formula caching its value", () => {
      const table = sheet.rows.findIndex((r) => r[0]?.v === "陈静" && r[9] !== undefined);
      const row = sheet.rows[table];
      expect([row[9]?.f, row[12]?.f, row[14]?.f]).toEqual([expect.stringMatching(/^H\d+$/), expect.stringContaining("RANK.EQ("), expect.stringContaining("COUNTIFS(")]);
    });
  });

  it("leaves out best newcomer with a warning when no start dates are read", () => {
    const undated = { ...people, records: people.records.map((p) => ({ ...p, start: null })) };
    const b = buildLeaderboard(context({}, "en"), { transactions, people: undated });
    expect([b.warnings, listing(review(b), "Best newcomer")]).toEqual([
      ["No start dates were read: nobody can be named best newcomer (give a Start date / 入职日期 column in the people table)."],
      [["", "Nobody qualifies yet", ""]],
    ]);
  });

  it.each([
    { measure: "wonDeals" as const, data: { transactions, people }, message: /no deals were found/ },
    { measure: "attainment" as const, data: { transactions }, message: /no people table was found/ },
  ])("stops with what to give when ranking by $measure without its data", ({ measure, data, message }) => {
    expect(() => buildLeaderboard(context({ measure }, "en"), data)).toThrow(message);
  });
});

describe("what the Leaderboard requires follows its measure", () => {
  const day = (m: number, d: number): number => Date.UTC(2026, m - 1, d) / 86_400_000 + 25_569;
  const activities: SourceData<DatasetRecords["activities"]> = {
    origin: 'Sheet "Calls"',
    sheet: "Calls",
    headers: {},
    warnings: [],
    records: [
      { row: 2, date: day(3, 2), rep: "Ann", type: "call", count: 4, team: null, customer: null, deal: null, outcome: null },
      { row: 3, date: day(3, 3), rep: "Bob", type: "call", count: 6, team: null, customer: null, deal: null, outcome: null },
    ],
  };
  const plan = (measure: "activities" | "sales", language: "en" | "zh-CN" = "en") => planSchema.parse({ version: 1, language, leaderboard: { measure } });

  it("asks for the activities, not the transactions, when ranking by activities", () => {
    expect([datasetsFor("leaderboard", plan("activities")).required, datasetsFor("leaderboard", plan("sales")).required]).toEqual([["activities"], ["transactions"]]);
  });

  it.each(["en", "zh-CN"] as const)("names the measure and the missing data in %s", (language) => {
    const t = LEADERBOARD_LABELS[language];
    expect(() => buildReview("leaderboard", plan("activities", language), {}, day(3, 3))).toThrow(t.needsData("activities", "activities"));
    expect(t.needsData("activities", "activities")).toMatch(language === "en" ? /activities.*leaderboard\.measure.*activities/ : /活动量.*leaderboard\.measure.*销售活动/);
  });

  it("leaves the Leaderboard out of an all-reviews build without the data its measure needs", () => {
    const built = buildReview("all", plan("sales"), { activities }, day(3, 3));
    expect([built.built, built.skipped.find((s) => s.builder === "leaderboard")]).toEqual([["activity"], { builder: "leaderboard", missing: "transactions" }]);
  });

  // Ann 4 calls, Bob 6: Bob first. Each count is a SUMIFS over the person's block of the activities copy.
  it("ranks by activities with formulas over a copy of the log", () => {
    const built = buildReview("leaderboard", plan("activities"), { activities }, day(3, 3));
    const board = built.sheets.find((s) => s.purpose === "leaderboard") as SheetSpec;
    const bob = board.rows.find((r) => r[0]?.v === "Bob" && r[7] !== undefined && r[7] !== null);
    expect([built.sheets.map((s) => s.name), bob?.[7]?.v, bob?.[7]?.f?.startsWith("SUMIFS("), bob?.[12]?.v]).toEqual([["Leaderboard", "Data - Activities"], 6, true, 1]);
  });
});
