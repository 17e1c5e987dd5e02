import { dateSerial } from "../../../src/core/text/parseDate";
import type { DealRecord, DealStatus, PersonRecord, SourceData } from "../../../src/datasets/records";
import type { BuildContext } from "../../../src/reviews/context";
import { funnelModel, type FunnelModel } from "../../../src/reviews/funnel/model";
import type { Stage } from "../../../src/reviews/funnel/plan";
import { defaultPlan } from "../../../src/reviews/plan";

const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;
const AS_OF = day(6, 30);

function context(stages?: Stage[]): BuildContext {
  const base = defaultPlan();
  return { plan: { ...base, funnel: stages ? { stages } : base.funnel }, language: "en", asOf: AS_OF, periodStart: day(1, 1), periodEnd: day(12, 31) };
}

function deal(row: number, owner: string, stage: string, status: DealStatus, amount: number, dates: Partial<DealRecord> = {}): DealRecord {
  return { row, id: `D-${row}`, owner, stage, status, amount, created: null, stageDate: null, closeDate: null, probability: null, ...dates };
}

function person(row: number, name: string, target: number | null): PersonRecord {
  return { row, name, team: null, target, lastYear: null, potential: null, weight: null, start: null, end: null };
}

const HEADERS = { owner: "Owner", stage: "Stage", amount: "Amount", stageDate: "Stage date", status: "Status" };

function model(records: DealRecord[], people?: PersonRecord[], stages?: Stage[]): FunnelModel {
  const deals: SourceData<DealRecord> = { origin: 'Sheet "Deals"', sheet: "Deals", headers: HEADERS, records, warnings: [] };
  const table = people && { origin: 'Sheet "People"', sheet: "People", headers: { name: "Name", target: "Target" }, records: people, warnings: [] };
  return funnelModel(context(stages), { deals, ...(table ? { people: table } : {}) });
}

const DEALS: DealRecord[] = [
  deal(2, "Ann", "Lead", "open", 12000, { stageDate: day(6, 1) }),
  deal(3, "Bob", "Won", "won", 33000, { created: day(3, 3), closeDate: day(4, 2) }),
  deal(4, "ann", "Negotiation", "lost", 30000),
  deal(5, "Ann", "Won", "won", 55000, { created: day(1, 10), closeDate: day(3, 20) }),
  deal(6, "Bob", "Proposal", "open", 40000, { stageDate: day(4, 10) }),
];

describe("funnelModel", () => {
  const m = model(DEALS, [person(2, "ANN", 100000), person(3, "Ann", 50000), person(4, "Bob", null)]);

  it("merges owners that differ only in case, in order of first appearance, under the first spelling", () => {
    expect(m.owners.map((o) => [o.name, o.counts.won, o.counts.lost, o.counts.openDeals])).toEqual([
      ["Ann", 1, 1, 1],
      ["Bob", 1, 0, 1],
    ]);
  });

  it.each([
    { name: "adds up every people row of the owner with a target, matched ignoring case", owner: 0, expected: 150000 },
    { name: "is blank when the owner's people row has no target", owner: 1, expected: null },
  ])("target $name", ({ owner, expected }) => {
    expect(m.owners[owner].target).toBe(expected);
  });

  it("has no target for anybody without a people table", () => {
    expect(model(DEALS).owners.map((o) => o.target)).toEqual([null, null]);
  });

  it("totals the owners' targets for the team", () => {
    expect(m.team.target).toBe(150000);
  });

  it.each([
    { name: "Ann's win rate", figure: m.owners[0].figures.winRate, expected: 0.5 },
    { name: "Bob's win rate with nothing lost", figure: m.owners[1].figures.winRate, expected: 1 },
    // Jan 10 to Mar 20 is 69 days, Mar 3 to Apr 2 is 30.
    { name: "the team's cycle over every dated win", figure: m.team.figures.cycle, expected: 49.5 },
    { name: "Ann's weakest stage (Won: 1 of 2 from Negotiation)", figure: m.owners[0].figures.weakest, expected: 4 },
  ])("computes $name", ({ figure, expected }) => {
    expect(figure).toBe(expected);
  });

  it("leaves a figure blank where nothing can be computed", () => {
    const open = model([deal(2, "Cy", "Lead", "open", 100)]);
    expect([open.owners[0].figures.winRate, open.owners[0].figures.cycle, open.owners[0].figures.velocity, open.owners[0].figures.coverage]).toEqual([null, null, null, null]);
  });

  it("lists the stuck deals worst first, with their stage and its limit", () => {
    expect(m.stuck.map((s) => [s.deal.id, s.stage, s.limit, s.days, s.over])).toEqual([
      ["D-6", 2, 30, 81, 51],
      ["D-2", 0, 14, 29, 15],
    ]);
  });

  it("never lists a closed deal as stuck, however long ago it entered its stage", () => {
    expect(model([deal(2, "Ann", "Lead", "lost", 1, { stageDate: day(1, 1) })]).stuck).toEqual([]);
  });

  describe("stages", () => {
    it("counts a deal whose stage differs from the plan's only in case, as COUNTIFS does", () => {
      const lower = model([deal(2, "Ann", "lead", "open", 1, { stageDate: AS_OF })]);
      expect([lower.owners[0].counts.atStage[0], lower.warnings]).toEqual([1, []]);
    });

    it("leaves out, with a warning, a deal whose stage differs in spacing, as COUNTIFS leaves it out", () => {
      const spaced = model([deal(2, "Ann", "Lead ", "open", 1, { stageDate: AS_OF })]);
      expect([spaced.owners[0].counts.atStage, spaced.warnings.length]).toEqual([[0, 0, 0, 0, 0], 1]);
    });

    it("refuses a plan that lists a stage twice", () => {
      const twice: Stage[] = [
        { name: "Lead", aliases: [], maxDays: null, probability: 0.1 },
        { name: "LEAD", aliases: [], maxDays: null, probability: 0.2 },
      ];
      expect(() => model([], undefined, twice)).toThrow(/funnel\.stages: .*repeats stage/);
    });
  });
});
