import { rampTarget, seasonalShares, splitTotal } from "../../../src/core/allocation";
import { dateSerial } from "../../../src/core/text/parseDate";
import type { HistoryRecord, PersonRecord, SourceData } from "../../../src/datasets/records";
import type { BuildContext } from "../../../src/reviews/context";
import { defaultPlan, type Plan } from "../../../src/reviews/plan";
import { TARGET_LABELS } from "../../../src/reviews/targets/labels";
import { targetsModel, type TargetsModel } from "../../../src/reviews/targets/model";

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;

function context(targets: Partial<Plan["targets"]>): BuildContext {
  const base = defaultPlan();
  return { plan: { ...base, targets: { ...base.targets, ...targets } }, language: "en", asOf: day(6, 30), periodStart: day(1, 1), periodEnd: day(12, 31) };
}

function person(row: number, name: string, fields: Partial<PersonRecord> = {}): PersonRecord {
  return { row, name, team: "North", target: null, lastYear: null, potential: null, weight: null, start: null, end: null, ...fields };
}

function peopleSource(records: PersonRecord[], warnings: string[] = []): SourceData<PersonRecord> {
  return { origin: 'Sheet "People"', sheet: "People", headers: { name: "Name", target: "Quota", lastYear: "Sales 2025" }, records, warnings };
}

function historySource(byYear: Record<number, (number | null)[]>): SourceData<HistoryRecord> {
  const records = Object.entries(byYear).flatMap(([year, amounts]) =>
    amounts.flatMap((amount, m) => (amount === null ? [] : [{ row: 0, year: Number(year), month: m + 1, amount }])),
  );
  return { origin: 'Sheet "History"', sheet: "History", headers: {}, records, warnings: [] };
}

const Y2024 = [80, 70, 90, 100, 100, 110, 90, 80, 120, 140, 160, 260];
const Y2025 = [90, 80, 100, 110, 100, 120, 100, 90, 130, 150, 170, 290];
const TEAM = [person(2, "Ann", { lastYear: 300000, target: 320000 }), person(3, "Bo", { lastYear: 200000, target: 210000.4 })];

function model(targets: Partial<Plan["targets"]>, people: PersonRecord[] = TEAM, history?: SourceData<HistoryRecord>): TargetsModel {
  return targetsModel(context(targets), { people: peopleSource(people), ...(history ? { history } : {}) }, TARGET_LABELS.en);
}

describe("targetsModel: the team target", () => {
  it.each([
    { name: "takes targets.annual", targets: { annual: 1000 }, expected: { total: 1000, units: 1000, fromPeople: false } },
    { name: "adds up the people's targets without targets.annual, rounded", targets: { annual: undefined }, expected: { total: 530000, units: 530000, fromPeople: true } },
    { name: "counts the units at the plan's decimals", targets: { annual: 7, decimals: 2 }, expected: { total: 7, units: 700, fromPeople: false } },
  ])("$name", ({ targets, expected }) => {
    expect(model({ ...targets, seasonality: "even" }).team).toEqual(expected);
  });
});

describe("targetsModel: people", () => {
  it("splits the team target by weight × share of the period in the role, as splitTotal does", () => {
    const people = [person(2, "Ann", { lastYear: 3 }), person(3, "Jo", { lastYear: 1, start: day(7, 1) })];
    const m = model({ annual: 1000, seasonality: "even" }, people);
    expect(m.people.map((p) => p.annual)).toEqual(splitTotal(1000, [3, 1 * (184 / 365)]));
  });

  it("keeps a running total of the effective weights", () => {
    expect(model({ annual: 1000, seasonality: "even" }).people.map((p) => p.running)).toEqual([300000, 500000]);
  });

  it("ramps a joiner's month weights by the ramp factor for their month in the role", () => {
    const people = [person(2, "Ann", { lastYear: 1 }), person(3, "Jo", { lastYear: 1, start: day(10, 1) })];
    const m = model({ annual: 1000, seasonality: "even", ramp: [0.5] }, people);
    expect(m.people[1].monthWeights.slice(9)).toEqual([1, 2, 3].map((month) => (1 / 12) * (rampTarget(1, month, [0.5, 1]) as number)));
  });

  it("counts the people joining and leaving during the period", () => {
    const people = [person(2, "Ann", { lastYear: 1, start: day(3, 1) }), person(3, "Bo", { lastYear: 1, end: day(5, 31) }), person(4, "Cy", { lastYear: 1, start: day(1, 1) })];
    const m = model({ annual: 1000, seasonality: "even" }, people);
    expect([m.joiners, m.leavers]).toEqual([1, 1]);
  });

  it("names the person with the largest annual target", () => {
    expect(model({ annual: 1000, seasonality: "even" }).largest.record.name).toBe("Ann");
  });
});

describe("targetsModel: seasonality", () => {
  it("averages the shares of the complete years, as seasonalShares does", () => {
    const m = model({ annual: 1000 }, TEAM, historySource({ 2024: Y2024, 2025: Y2025 }));
    expect(m.seasonality.shares).toEqual(seasonalShares([Y2024, Y2025]));
  });

  it.each([
    { name: "a month with no data", year: [1, null, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], warning: 'Sheet "History": 2023 has no data for month 2, so it is not used for seasonality.' },
    { name: "a month below 0", year: [1, -1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], warning: 'Sheet "History": 2023 has a month below 0, so it is not used for seasonality.' },
    { name: "no sales", year: new Array(12).fill(0), warning: 'Sheet "History": 2023 adds up to 0, so it is not used for seasonality.' },
  ])("leaves out a year with $name and says so", ({ year, warning }) => {
    const m = model({ annual: 1000 }, TEAM, historySource({ 2023: year, 2025: Y2025 }));
    expect([m.seasonality.usedYears, m.seasonality.years[0].total, m.warnings]).toEqual([[2025], null, [warning]]);
  });

  it("keeps each year's sales by plan month, with null for a month with no data", () => {
    const m = model({ annual: 1000 }, TEAM, historySource({ 2025: [5, null, ...new Array(10).fill(1)] }));
    expect(m.seasonality.years[0].amounts.slice(0, 3)).toEqual([5, null, 1]);
  });

  it("splits evenly, with a warning, when no year is usable", () => {
    const m = model({ annual: 1000 }, TEAM, historySource({ 2025: [1, null, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }));
    expect([m.seasonality.shares, m.warnings[1]]).toEqual([new Array(12).fill(1 / 12), 'Sheet "History": no complete year of history (all 12 months, none below 0, some above 0); the months are split evenly.']);
  });
});

describe("targetsModel: totals", () => {
  it("adds each month up over the people", () => {
    const m = model({ annual: 1000, seasonality: "even" });
    expect(m.totals.months).toEqual(m.people[0].monthly.map((x, k) => x + m.people[1].monthly[k]));
  });

  it("finds no gap when the plan adds up to the team target", () => {
    const m = model({ annual: 1000, seasonality: "even" });
    expect([m.totals.grand, m.totals.gap]).toEqual([1000, 0]);
  });

  it("counts the team's whole units and units left as the working columns do", () => {
    const m = model({ annual: 100, weighting: "equal", seasonality: "even" }, [person(2, "Ann"), person(3, "Bo"), person(4, "Cy")]);
    expect([m.totals.floors, m.personWork.left, m.totals.units]).toEqual([99, 1, 100]);
  });
});

describe("targetsModel: warnings", () => {
  it("lists the data's warnings, then the plan's, in the order the plan meets them", () => {
    const people = [person(2, "Nil"), person(3, "Ann", { lastYear: 1 }), person(4, "Gone", { lastYear: 1, end: day(12, 31, 2025) })];
    const m = targetsModel(context({ annual: 1000.4, seasonality: "even" }), { people: peopleSource(people, ["People: row 9 has no name; left out."]) }, TARGET_LABELS.en);
    expect(m.warnings).toEqual([
      "People: row 9 has no name; left out.",
      "The plan's team target 1000.4 has more decimal places than targets.decimals (0); the plan splits 1000.",
      'Sheet "People", row 2, column "Sales 2025": Nil has no value, so their weight is 0 and they get no target.',
      'Sheet "People", row 4: Gone is not in the role during the period; their targets are 0.',
    ]);
  });
});
