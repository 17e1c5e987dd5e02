import { dateSerial } from "../../../src/core/text/parseDate";
import type { DealRecord, PersonRecord, SourceData, TransactionRecord } from "../../../src/datasets/records";
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
const source = <R>(sheet: string, records: R[]): SourceData<R> => ({ origin: `Sheet "${sheet}"`, sheet, headers: {}, records, warnings: [] });

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
});
