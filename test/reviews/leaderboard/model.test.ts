import { dateSerial } from "../../../src/core/text/parseDate";
import type { ActivityRecord, DealRecord, PersonRecord, ScoreRecord, SourceData, TransactionRecord } from "../../../src/datasets/records";
import { BuildError } from "../../../src/reviews/buildError";
import type { BuildContext } from "../../../src/reviews/context";
import { LEADERBOARD_LABELS } from "../../../src/reviews/leaderboard/labels";
import { leaderboardModel, type LeaderboardData } from "../../../src/reviews/leaderboard/model";
import { planSchema, type PlanInput } from "../../../src/reviews/plan";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;
const t = LEADERBOARD_LABELS.en;

function context(leaderboard: PlanInput["leaderboard"] = {}, asOf = day(6, 15)): BuildContext {
  return { plan: planSchema.parse({ version: 1, leaderboard }), language: "en", asOf, periodStart: day(1, 1), periodEnd: day(12, 31) };
}
let nextRow = 2;
const sale = (rep: string, amount: number, date: number): TransactionRecord => ({ row: nextRow++, id: null, rep, date, line: "", amount, share: 1 });
const person = (name: string, team: string | null, start: number | null, target: number | null, end: number | null = null): PersonRecord => ({ row: nextRow++, name, team, target, lastYear: null, potential: null, weight: null, start, end });
const deal = (owner: string, amount: number, status: DealRecord["status"], closeDate: number | null): DealRecord => ({ row: nextRow++, id: null, owner, stage: "x", amount, created: null, stageDate: null, closeDate, status, probability: null });
const source = <R>(sheet: string, records: R[], headers: Record<string, string> = {}): SourceData<R> => ({ origin: `Sheet "${sheet}"`, sheet, headers, records, warnings: [] });
const sold = (rep: string, customer: string | null, date: number): TransactionRecord => ({ ...sale(rep, 100, date), customer });
const act = (rep: string, type: string, date: number, count: number): ActivityRecord => ({ row: nextRow++, date, rep, type, count, team: null, customer: null, deal: null, outcome: null });
const result = (name: string, kpi: string, target: number, actual: number): ScoreRecord => ({ row: nextRow++, name, kpi, target, actual, team: null });

function model(leaderboard: PlanInput["leaderboard"], data: Partial<LeaderboardData>) {
  return leaderboardModel(context(leaderboard), { transactions: source("Sales", []), ...data }, t);
}

describe("leaderboardModel", () => {
  // June to the 15th against May to the 15th. Won deals count by close date: Ann 4,000 + 1,500 in June,
  // 2,000 in May (change 3,500); Bob 3,000 in June (the lost and open deals do not count), nothing in May.
  it("ranks won deals by their close date, leaving out open and lost deals", () => {
    const deals = [deal("Ann", 4000, "won", day(6, 2)), deal("Ann", 1500, "won", day(6, 15)), deal("Ann", 2000, "won", day(5, 9)), deal("Bob", 3000, "won", day(6, 3)), deal("Bob", 9000, "lost", day(6, 4)), deal("Bob", 7000, "open", null)];
    const m = model({ measure: "wonDeals" }, { deals: source("Deals", deals) });
    expect(m.entrants.map((e) => [e.name, e.current, e.previous, e.improvement, e.rank.top])).toEqual([
      ["Ann", 5500, 2000, 3500, 1],
      ["Bob", 3000, 0, 3000, 2],
    ]);
  });

  it("warns about a won deal without a close date, which it cannot place in a period", () => {
    const m = model({ measure: "wonDeals" }, { deals: source("Deals", [deal("Ann", 4000, "won", day(6, 2)), deal("Ann", 800, "won", null)]) });
    expect(m.warnings).toEqual(['Sheet "Deals": 1 won deal has no close date and is not counted; fill in the close date to count it.', t.noPeople]);
  });

  // Ann has two rows: her targets add up (60,000 + 60,000 = 120,000 a year, 10,000 a month), with a
  // warning; Cy left in April and sold nothing since: not in June's contest. Ann sold 12,000: 120%.
  it("adds up a person's target rows, warns, and leaves out whoever left before the period", () => {
    const people = [person("Ann", "A", day(1, 1, 2020), 60000), person("Cy", "A", day(1, 1, 2020), 60000, day(4, 30)), person("Ann", "A", null, 60000)];
    const m = model({ measure: "attainment" }, { transactions: source("Sales", [sale("Ann", 12000, day(6, 3))]), people: source("People", people) });
    expect([m.entrants.map((e) => [e.name, e.annualTarget, e.current]), m.warnings]).toEqual([
      [["Ann", 120000, 1.2]],
      [`Sheet "People": "Ann" is on rows ${people[0].row}, ${people[2].row}; the first row's team and start date are used, and the targets added up.`],
    ]);
  });

  // Dee started on 20 May, after May's window (1 to 15 May) closed: no previous result, so not in most improved.
  it("gives no improvement to someone who started after the previous window", () => {
    const people = [person("Dee", "A", day(5, 20), null), person("Eli", "A", day(1, 1, 2024), null)];
    const m = model({}, { transactions: source("Sales", [sale("Dee", 9000, day(6, 1)), sale("Eli", 100, day(6, 1))]), people: source("People", people) });
    expect(m.entrants.map((e) => [e.name, e.previous, e.improvement, e.rank.improved, e.rank.newcomer])).toEqual([
      ["Dee", "", "", null, 1],
      ["Eli", 0, 100, 1, null],
    ]);
  });

  // Brackets by annual target: from 0, from 100,000. Ann (50,000) and Bob (150,000) are in different ones.
  it("ranks per target bracket", () => {
    const people = [person("Ann", null, null, 50000), person("Bob", null, null, 150000), person("Cy", null, null, 120000)];
    const m = model({ groupBy: "target", brackets: [0, 100000] }, { transactions: source("Sales", [sale("Ann", 10, day(6, 1)), sale("Bob", 20, day(6, 1)), sale("Cy", 30, day(6, 1))]), people: source("People", people) });
    expect([m.groups.map((g) => g.label), m.entrants.map((e) => [e.name, e.group, e.rank.group])]).toEqual([
      ["target 0 to under 100,000", "target 100,000+"],
      [["Ann", 1, 1], ["Bob", 2, 2], ["Cy", 2, 1]],
    ]);
  });

  describe("ranked by new customers", () => {
    // June to the 15th against May to the 15th. Globex first bought from Ann in March: her June sale is a
    // repeat. Hooli: first Ann (4 June), then Bob (10 June, a repeat). Initech: Ann and Bob both on 5 June,
    // so both count it. Umbrella: Bob on 10 May (previous window). Acme: Bob on 20 May, after the previous
    // window's 15th. Stark: Cy on 16 June, after the as-of date. Ann: 2 now, 0 before; Bob: 1 and 1.
    const sales = [
      sold("Ann", "Globex", day(3, 2)),
      sold("Ann", "Globex", day(6, 3)),
      sold("Ann", "Hooli", day(6, 4)),
      sold("Bob", "hooli ", day(6, 10)),
      sold("Bob", "Initech", day(6, 5)),
      sold("Ann", "Initech", day(6, 5)),
      sold("Bob", "Umbrella", day(5, 10)),
      sold("Bob", "Acme", day(5, 20)),
      sold("Cy", "Stark", day(6, 16)),
      sold("Cy", null, day(6, 2)),
    ];
    const m = model({ measure: "newCustomers" }, { transactions: source("Sales", sales, { customer: "Customer" }) });

    it("counts each customer once, in the period of its first sale, for each rep on that day", () => {
      expect(m.entrants.map((e) => [e.name, e.current, e.previous, e.improvement, e.rank.top, e.rank.improved])).toEqual([
        ["Ann", 2, 0, 2, 1, 1],
        ["Bob", 1, 1, 0, 2, 2],
      ]);
    });

    it("says which rows have no customer, and that the figures are values", () => {
      expect(m.warnings.slice(0, 2)).toEqual([`Sheet "Sales": 1 row has no customer (row ${sales[9].row}) and is not counted for new customers; fill in the customer to count it.`, 'Sheet "Sales": 1 row is dated after the as-of date 2026-06-15 and not counted.']);
      expect([m.unit, m.notes.some((n) => n.includes("values, not formulas"))]).toEqual(["count", true]);
    });

    it("counts won deals' customers by close date when the plan says so", () => {
      const deals = [
        { ...deal("Ann", 900, "won", day(6, 2)), customer: "Globex" },
        { ...deal("Bob", 900, "won", day(5, 2)), customer: "Globex" },
        { ...deal("Bob", 900, "open", null), customer: "Hooli" },
        { ...deal("Bob", 900, "won", day(6, 9)), customer: "Hooli" },
      ];
      const won = model({ measure: "newCustomers", customersFrom: "wonDeals" }, { deals: source("Deals", deals, { customer: "Account" }) });
      // Globex: Bob won it on 2 May (the previous window), Ann's June deal is a repeat and earns her no
      // place; Hooli: Bob's open deal does not count, his won one on 9 June does.
      expect(won.entrants.map((e) => [e.name, e.current, e.previous])).toEqual([["Bob", 1, 1]]);
    });

    it("stops, naming the sheet, when the data has no customer column", () => {
      expect(() => model({ measure: "newCustomers" }, { transactions: source("Sales", [sale("Ann", 1, day(6, 1))]) })).toThrow(
        new BuildError(t.noCustomerColumn('Sheet "Sales"'), 'Sheet "Sales"'),
      );
    });
  });

  describe("ranked by activities", () => {
    // Ann: 5 calls on 2 June, a visit on 3 June; 2 calls on 5 May. Bob: 3 calls on 1 June, 10 on 14 May,
    // 4 on 20 June (after the as-of date). Every type: Ann 6 against 2, Bob 3 against 10.
    const log = [act("Ann", "call", day(6, 2), 5), act("Ann", "visit", day(6, 3), 1), act("Ann", "call", day(5, 5), 2), act("Bob", "call", day(6, 1), 3), act("Bob", "call", day(5, 14), 10), act("Bob", "call", day(6, 20), 4)];

    it("counts every type by default", () => {
      const m = model({ measure: "activities" }, { activities: source("Activities", log) });
      expect(m.entrants.map((e) => [e.name, e.current, e.previous, e.improvement, e.rank.improved])).toEqual([
        ["Ann", 6, 2, 4, 1],
        ["Bob", 3, 10, -7, 2],
      ]);
    });

    it("counts one type when the plan names it, in English or Chinese", () => {
      const m = model({ measure: "activities", activityType: "电话" }, { activities: source("Activities", log) });
      expect([m.activityType, m.entrants.map((e) => [e.name, e.current, e.previous])]).toEqual(["call", [["Ann", 5, 2], ["Bob", 3, 10]]]);
    });

    it("stops when the log has none of the type the plan names", () => {
      expect(() => model({ measure: "activities", activityType: "demos" }, { activities: source("Activities", log) })).toThrow(t.activityTypeAbsent("Demos", 'Sheet "Activities"'));
    });
    it("says an activity type the plan names when the measure is not activities, rather than ignoring it", () => {
      const m = model({ measure: "sales", activityType: "电话" }, { transactions: source("Sales", [sale("Ann", 100, day(6, 1))]) });
      expect(m.warnings).toContain(t.settingUnused("activityType", t.measures.sales));
      expect(model({ measure: "activities", activityType: "电话" }, { activities: source("Activities", log) }).warnings.some((w) => w.includes("is not used"))).toBe(false);
    });
  });

  describe("ranked by KPI score", () => {
    // Weights 60/40: Ann 0.6 × 120/100 + 0.4 × 80/100 = 1.04; Bob 0.6 × 0.9 + 0.4 × 1.0 = 0.94.
    const scores = [result("Ann", "Sales", 100, 120), result("Ann", "Calls", 100, 80), result("Bob", "Sales", 100, 90), result("Bob", "Calls", 100, 100)];
    const ctx = context({ measure: "kpiScore" });
    ctx.plan.scorecard.kpis = [{ name: "Sales", weight: 0.6, direction: null, threshold: 0, cap: null }, { name: "Calls", weight: 0.4, direction: null, threshold: 0, cap: null }];
    const m = leaderboardModel(ctx, { scores: source("Scores", scores), people: source("People", [person("Bob", "A", day(3, 1), null)]) }, t);

    it("ranks the scorecard's weighted score, with no previous period and so no most improved", () => {
      expect(m.entrants.map((e) => [e.name, e.current, e.previous, e.improvement, e.rank.top, e.rank.improved, e.rank.newcomer])).toEqual([
        ["Bob", expect.closeTo(0.94, 9), "", "", 2, null, 1],
        ["Ann", expect.closeTo(1.04, 9), "", "", 1, null, null],
      ]);
      expect([m.unit, m.listings.improved, m.warnings.includes(t.noImprovement)]).toEqual(["percent", [], true]);
    });
  });

  it.each([
    ["activities", "activities"],
    ["kpiScore", "scores"],
    ["newCustomers", "transactions"],
  ] as const)("stops with the measure and the data it needs when ranking by %s without the %s", (measure, dataset) => {
    expect(() => leaderboardModel(context({ measure }), {}, t)).toThrow(new BuildError(t.needsData(measure, dataset), dataset));
  });
});
