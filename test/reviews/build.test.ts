import { defaultPlan } from "../../src/reviews/plan";
import type { Plan } from "../../src/reviews/plan";
import { buildReview, datasetsFor, latestDataDate, mergeBuilds, type ReviewData } from "../../src/reviews/build";
import type { Build, SheetPurpose, SheetSpec } from "../../src/sheets/spec";
import type { DealRecord, PaidRecord, PersonRecord, SourceData, TransactionRecord } from "../../src/datasets/records";

const TODAY = 46346; // 2026-11-20

function source<R>(sheet: string, records: R[], warnings: string[] = []): SourceData<R> {
  return { origin: `Sheet "${sheet}"`, sheet, headers: {}, records, warnings };
}

const people = source<PersonRecord>("Team", [
  { row: 2, name: "Ann", team: "North", target: 100000, lastYear: 90000, potential: 3, weight: null, start: 44000, end: null },
  { row: 3, name: "Ben", team: "South", target: 80000, lastYear: 70000, potential: 4, weight: null, start: 44000, end: null },
]);
const deals = source<DealRecord>("Deals", [
  { row: 2, id: "D-1", owner: "Ann", stage: "Proposal", amount: 20000, created: 46200, stageDate: 46300, closeDate: null, status: "open", probability: null },
  { row: 3, id: "D-2", owner: "Ben", stage: "Won", amount: 15000, created: 46100, stageDate: 46250, closeDate: 46250, status: "won", probability: null },
]);
const transactions = source<TransactionRecord>("Transactions", [
  { row: 2, id: "T-1", rep: "Ann", date: 46150, line: "", amount: 50000, share: 1 },
  { row: 3, id: "T-2", rep: "Ben", date: 46340, line: "", amount: 30000, share: 1 },
]);
const paid = source<PaidRecord>("Paid", [{ row: 2, rep: "Ann", paid: 2500 }]);

function sheet(name: string, purpose: SheetPurpose): SheetSpec {
  return { name, purpose, rows: [[{ v: name }]] };
}

function plan(): Plan {
  return { ...defaultPlan(), asOf: "2026-11-20" };
}

describe("datasetsFor", () => {
  it.each([
    { kind: "scorecard" as const, required: ["scores"], optional: ["people"] },
    { kind: "targets" as const, required: ["people"], optional: ["history"] },
    { kind: "funnel" as const, required: ["deals"], optional: ["people"] },
    { kind: "commission" as const, required: ["transactions"], optional: ["people", "paid", "rates"] },
  ])("says the $kind needs $required and may use $optional", ({ kind, required, optional }) => {
    expect(datasetsFor(kind)).toEqual({ required, optional });
  });

  it("requires nothing on its own for all, and may use every dataset", () => {
    expect(datasetsFor("all")).toEqual({ required: [], optional: ["scores", "people", "history", "deals", "transactions", "paid", "rates", "monthlyTargets", "activities"] });
  });
});

describe("mergeBuilds", () => {
  const funnel: Build = { sheets: [sheet("Data - Deals", "data"), sheet("Data - People", "data"), sheet("Funnel review", "funnel")], summary: ["deals: 2"], warnings: ["people: row 9 left out"] };
  const commission: Build = {
    sheets: [sheet("Data - Transactions", "data"), sheet("Data - People", "data"), sheet("Commission", "commission")],
    summary: ["reps: 2"],
    warnings: ["people: row 9 left out", "T-7 has no rep"],
  };

  it("puts the review sheets first, in build order, and the data sheets after them", () => {
    expect(mergeBuilds([funnel, commission]).sheets.map((s) => s.name)).toEqual(["Funnel review", "Commission", "Data - Deals", "Data - People", "Data - Transactions"]);
  });

  it("keeps one copy of a data sheet that two builds made", () => {
    expect(mergeBuilds([funnel, commission]).sheets.filter((s) => s.name === "Data - People")).toHaveLength(1);
  });

  it("keeps every summary line in build order", () => {
    expect(mergeBuilds([funnel, commission]).summary).toEqual(["deals: 2", "reps: 2"]);
  });

  it("lists a warning that two builds gave only once", () => {
    expect(mergeBuilds([funnel, commission]).warnings).toEqual(["people: row 9 left out", "T-7 has no rep"]);
  });
});

describe("latestDataDate", () => {
  it("is the latest day any deal or transaction is dated", () => {
    expect(latestDataDate({ deals, transactions, people })).toBe(46340);
  });

  it("is null when no dataset has dated activity", () => {
    expect(latestDataDate({ people })).toBeNull();
  });
});

describe("buildReview", () => {
  const data: ReviewData = { deals, transactions, people, paid };

  it("builds the funnel, the commission, the progress and the leaderboard from deals and transactions, review sheets first", () => {
    const review = buildReview("all", plan(), data, TODAY);
    expect(review.sheets.map((s) => s.purpose)).toEqual(["targets", "funnel", "commission", "progress", "leaderboard", "data", "data", "data", "data", "data"]);
  });

  it("gives the progress the target plan's months built in the same run, with their copy", () => {
    const review = buildReview("all", plan(), data, TODAY);
    expect(review.sheets.map((s) => s.name)).toContain("Data - Monthly targets");
    expect(review.summary).toContain('Targets from: Sheet "Target plan"');
  });

  it("copies the people once although three reviews read them", () => {
    const review = buildReview("all", plan(), data, TODAY);
    expect(review.sheets.filter((s) => s.name === "Data - People")).toHaveLength(1);
  });

  it("leaves out, and names, the reviews whose data is missing in an all build", () => {
    expect(buildReview("all", plan(), data, TODAY).skipped).toEqual([
      { builder: "scorecard", missing: "scores" },
      { builder: "activity", missing: "activities" },
    ]);
  });

  it("builds only the review asked for", () => {
    expect(buildReview("funnel", plan(), data, TODAY).built).toEqual(["funnel"]);
  });

  it("reports each review as it starts building it", () => {
    const started: string[] = [];
    buildReview("all", plan(), data, TODAY, { onBuild: (b) => started.push(b) });
    expect(started).toEqual(["targets", "funnel", "commission", "progress", "leaderboard"]);
  });

  it("says in the plan's language which data a single review needs when it was not read", () => {
    expect(() => buildReview("scorecard", { ...plan(), language: "zh-CN" }, {}, TODAY)).toThrow("绩效考核表需要考核结果数据，但工作簿中没有找到");
  });

  it("throws naming the dataset a single review needs when it was not read", () => {
    expect(() => buildReview("scorecard", plan(), data, TODAY)).toThrow("the Scorecard needs the KPI results, and none were found in the workbook");
  });

  it("throws when an all build finds no dataset any review can use", () => {
    expect(() => buildReview("all", plan(), { paid }, TODAY)).toThrow("no review can be made");
  });
});
