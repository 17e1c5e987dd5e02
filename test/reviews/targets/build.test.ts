import fc from "fast-check";
import { prorate, seasonalSplit, splitTotal } from "../../../src/core/allocation";
import { dateSerial } from "../../../src/core/text/parseDate";
import { defaultPlan } from "../../../src/reviews/plan";
import type { Plan } from "../../../src/reviews/plan";
import { BuildError } from "../../../src/reviews/buildError";
import type { BuildContext } from "../../../src/reviews/context";
import type { Build, Cell, SheetSpec } from "../../../src/sheets/spec";
import { buildTargets } from "../../../src/reviews/targets/build";
import { MAX_PLAN_PEOPLE } from "../../../src/reviews/targets/model";
import type { HistoryRecord, PersonRecord, SourceData } from "../../../src/datasets/records";

// ---- fixtures -------------------------------------------------------------------------------------

const day = (m: number, d: number, y = 2026): number => dateSerial(y, m, d) as number;
const PERIOD_START = day(1, 1);
const PERIOD_END = day(12, 31);

function context(targets: Partial<Plan["targets"]> = {}, language: BuildContext["language"] = "en"): BuildContext {
  const base = defaultPlan();
  const plan: Plan = { ...base, language, targets: { ...base.targets, ...targets } };
  return { plan, language, asOf: day(6, 30), periodStart: PERIOD_START, periodEnd: PERIOD_END };
}

function person(row: number, name: string, fields: Partial<PersonRecord> = {}): PersonRecord {
  return { row, name, team: "North", target: null, lastYear: null, potential: null, weight: null, start: null, end: null, ...fields };
}

function peopleSource(records: PersonRecord[], warnings: string[] = []): SourceData<PersonRecord> {
  return {
    origin: 'Sheet "People"',
    sheet: "People",
    headers: { name: "Name", target: "Quota", lastYear: "Sales 2025", weight: "Share", start: "Hired", end: "Left" },
    records,
    warnings,
  };
}

/** Monthly history: one row per year and month, amounts[y][m - 1]. */
function historySource(byYear: Record<number, (number | null)[]>, rowsPerMonth = 1): SourceData<HistoryRecord> {
  const records: HistoryRecord[] = [];
  let row = 2;
  for (const [year, amounts] of Object.entries(byYear)) {
    amounts.forEach((amount, m) => {
      if (amount === null) return;
      for (let k = 0; k < rowsPerMonth; k++) records.push({ row: row++, year: Number(year), month: m + 1, amount: amount / rowsPerMonth });
    });
  }
  return { origin: 'Sheet "History"', sheet: "History", headers: { year: "Year", month: "Month", amount: "Sales" }, records, warnings: [] };
}

const EVEN_HISTORY = { 2025: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100] };
/** Two complete years with a strong Q4; 2023 is incomplete and must be left out. */
const SEASONAL_HISTORY = {
  2023: [50, 50, 50, null, null, null, null, null, null, null, null, null],
  2024: [80, 70, 90, 100, 100, 110, 90, 80, 120, 140, 160, 260],
  2025: [90, 80, 100, 110, 100, 120, 100, 90, 130, 150, 170, 290],
};

const TEAM: PersonRecord[] = [
  person(2, "Ann", { lastYear: 300000, target: 320000 }),
  person(3, "Bo", { lastYear: 200000, target: 210000 }),
  person(4, "=Cy", { lastYear: 100000, target: 110000 }),
];

function build(
  options: { targets?: Partial<Plan["targets"]>; people?: PersonRecord[]; history?: SourceData<HistoryRecord>; language?: BuildContext["language"] } = {},
): Build {
  return buildTargets(context(options.targets ?? { annual: 600000 }, options.language ?? "en"), {
    people: peopleSource(options.people ?? TEAM),
    ...(options.history ? { history: options.history } : {}),
  });
}

// ---- reading the plan sheet -----------------------------------------------------------------------

interface PlanView {
  sheet: SheetSpec;
  headerRow: number;
  totalRow: number;
  rowOf(name: string): number;
  col(label: string): number;
  group(label: string): number;
  value(name: string, label: string): Cell;
  monthly(name: string): number[];
  monthGroup(name: string, groupLabel: string): number[];
}

function view(b: Build, labels: { name: string; total: string } = { name: "Name", total: "Total" }): PlanView {
  const sheet = b.sheets[b.sheets.length - 1];
  const headerRow = sheet.rows.findIndex((r) => r[0]?.v === labels.name && r[0]?.style === "header");
  const totalRow = sheet.rows.findIndex((r, i) => i > headerRow && r[0]?.v === labels.total);
  const header = sheet.rows[headerRow];
  const groupRow = sheet.rows[headerRow - 1];
  const col = (label: string): number => {
    const c = header.findIndex((cell) => cell?.v === label);
    if (c < 0) throw new Error(`no column "${label}"`);
    return c;
  };
  const group = (label: string): number => {
    const c = groupRow.findIndex((cell) => cell?.v === label);
    if (c < 0) throw new Error(`no group "${label}"`);
    return c;
  };
  const rowOf = (name: string): number => {
    const r = sheet.rows.findIndex((row, i) => i > headerRow && i < totalRow && row[0]?.v === name);
    if (r < 0) throw new Error(`no row for ${name}`);
    return r;
  };
  // The first labelled group is the visible months.
  const firstMonth = groupRow.findIndex((cell) => cell?.v);
  const numbers = (r: number, c0: number): number[] => Array.from({ length: 12 }, (_, k) => sheet.rows[r][c0 + k]!.v as number);
  return {
    sheet,
    headerRow,
    totalRow,
    rowOf,
    col,
    group,
    value: (name, label) => sheet.rows[rowOf(name)][col(label)]!,
    monthly: (name) => numbers(rowOf(name), firstMonth),
    monthGroup: (name, groupLabel) => numbers(rowOf(name), group(groupLabel)),
  };
}

function allCells(b: Build): { sheet: string; r: number; c: number; cell: Cell }[] {
  const out: { sheet: string; r: number; c: number; cell: Cell }[] = [];
  for (const s of b.sheets) s.rows.forEach((row, r) => row.forEach((cell, c) => cell && out.push({ sheet: s.name, r, c, cell })));
  return out;
}

function formulaCells(b: Build): Cell[] {
  return allCells(b)
    .map((x) => x.cell)
    .filter((cell) => cell.f !== undefined);
}

const sum = (values: readonly number[]): number => values.reduce((a, v) => a + v, 0);
const units = (value: number, decimals: number): number => Math.round(value * 10 ** decimals);
const EVEN = new Array<number>(12).fill(1 / 12);

// ---- the split over people -------------------------------------------------------------------------

describe("buildTargets: the team target over people", () => {
  it("splits the team target by last year's sales", () => {
    const v = view(build());
    expect(["Ann", "Bo", "=Cy"].map((n) => v.value(n, "Annual target").v)).toEqual([300000, 200000, 100000]);
  });

  it("gives the extra unit of an equal split to the earliest person", () => {
    const v = view(build({ targets: { annual: 100, weighting: "equal" } }));
    expect(["Ann", "Bo", "=Cy"].map((n) => v.value(n, "Annual target").v)).toEqual([34, 33, 33]);
  });

  it.each([
    { name: "7 over three at 2 decimals", total: 7, decimals: 2, expected: [2.34, 2.33, 2.33] },
    { name: "1,000,000 over three at 0 decimals", total: 1000000, decimals: 0, expected: [333334, 333333, 333333] },
    { name: "0.05 over three at 2 decimals", total: 0.05, decimals: 2, expected: [0.02, 0.02, 0.01] },
    { name: "10 over three at 3 decimals", total: 10, decimals: 3, expected: [3.334, 3.333, 3.333] },
  ])("splits an awkward total with equal weights exactly: $name", ({ total, decimals, expected }) => {
    const v = view(build({ targets: { annual: total, decimals, weighting: "equal" } }));
    expect(["Ann", "Bo", "=Cy"].map((n) => v.value(n, "Annual target").v)).toEqual(expected);
  });

  it("matches the core's split of the team target by effective weight", () => {
    const people = [
      person(2, "Ann", { weight: 0.1 }),
      person(3, "Bo", { weight: 0.2, start: day(4, 1) }),
      person(4, "Cy", { weight: 0.3, end: day(9, 30) }),
      person(5, "Di", { weight: 0.4 }),
    ];
    const v = view(build({ targets: { annual: 1000000, weighting: "column", weightColumn: "Share" }, people }));
    const effective = people.map((p) => (p.weight as number) * (prorate(1, p.start, p.end, PERIOD_START, PERIOD_END) as number));
    expect(people.map((p) => v.value(p.name, "Annual target").v)).toEqual(splitTotal(1000000, effective));
  });

  it("shows each person's share of the period in the role", () => {
    const people = [person(2, "Ann", { lastYear: 1 }), person(3, "Bo", { lastYear: 1, start: day(4, 1) }), person(4, "Cy", { lastYear: 1, end: day(1, 31) })];
    const v = view(build({ people }));
    expect(people.map((p) => v.value(p.name, "Share of period in role").v)).toEqual([1, 275 / 365, 31 / 365]);
  });

  it("keeps the exact-rounding working columns consistent: whole units plus the extra unit make the annual target", () => {
    const v = view(build({ targets: { annual: 7, decimals: 2, weighting: "equal" } }));
    const row = (name: string) => ["Whole units", "Extra unit", "Units"].map((label) => v.value(name, label).v);
    expect(["Ann", "Bo", "=Cy"].map(row)).toEqual([
      [233, 1, 234],
      [233, 0, 233],
      [233, 0, 233],
    ]);
  });

  it("lifts a raw share a hair below a whole number to it, as the spreadsheet's INT does", () => {
    // 0.3 × (1,200,000 ÷ (0.1 + 0.2 + 0.3)) is 599,999.9999999999 in floating point.
    const people = [person(2, "Ann", { weight: 0.1 }), person(3, "Bo", { weight: 0.2 }), person(4, "Cy", { weight: 0.3 })];
    const v = view(build({ targets: { annual: 1200000, weighting: "column", weightColumn: "Share", seasonality: "even" }, people }));
    expect(["Whole units", "Remainder", "Extra unit", "Annual target"].map((label) => v.value("Cy", label).v)).toEqual([600000, 0, 0, 600000]);
  });

  it("writes the raw share as effective weight × (units ÷ total effective weight)", () => {
    const v = view(build({ targets: { annual: 100, weighting: "equal" } }));
    expect(v.value("Bo", "Exact share (units)").v).toBe(1 * (100 / 3));
  });

  it("computes the running weight as a left-to-right sum", () => {
    const v = view(build());
    expect(["Ann", "Bo", "=Cy"].map((n) => v.value(n, "Running weight").v)).toEqual([300000, 500000, 600000]);
  });
});

// ---- the team target ------------------------------------------------------------------------------

describe("buildTargets: the team target", () => {
  it("takes the team target from the plan as an input cell", () => {
    const v = view(build({ targets: { annual: 600000 } }));
    const row = v.sheet.rows.find((r) => r[0]?.v === "Team target")!;
    expect(row[1]).toEqual({ v: 600000, fmt: "#,##0", style: "input" });
  });

  it("adds up the people's targets when the plan gives no team target", () => {
    const v = view(build({ targets: { annual: undefined } }));
    const row = v.sheet.rows.find((r) => r[0]?.v === "Team target")!;
    const decimals = `$B$${v.sheet.rows.findIndex((r) => r[0]?.v === "Decimals") + 1}`;
    expect([row[1]!.v, row[1]!.f]).toEqual([640000, `ROUND(SUM('Data - People'!$C$2:$C$4),${decimals})`]);
  });

  it("throws a BuildError naming targets.annual when there is no team target at all", () => {
    const people = TEAM.map((p) => ({ ...p, target: null }));
    expect(() => build({ targets: { annual: undefined }, people })).toThrow(BuildError);
  });

  it("says the plan needs targets.annual in the BuildError", () => {
    const people = TEAM.map((p) => ({ ...p, target: null }));
    expect(() => build({ targets: { annual: undefined }, people })).toThrow(/targets\.annual/);
  });

  it("points the BuildError at the plan field", () => {
    const people = TEAM.map((p) => ({ ...p, target: null }));
    let where: string | undefined;
    try {
      build({ targets: { annual: undefined }, people });
    } catch (e) {
      where = (e as BuildError).where;
    }
    expect(where).toBe("targets.annual");
  });

  it("throws a BuildError when nobody has a weight", () => {
    const people = TEAM.map((p) => ({ ...p, lastYear: null }));
    expect(() => build({ people })).toThrow(/targets\.weighting to "equal"/);
  });

  it("throws a BuildError when the people data is empty", () => {
    expect(() => build({ people: [] })).toThrow(/nobody/);
  });

  it.each([
    ["en", /Sheet "People" has 40,001 people; one target plan holds at most 40,000 .*Split the people into groups/],
    ["zh-CN", /Sheet "People"中有40,001人；一份目标分解最多40,000人.*分组/],
  ] as const)("refuses a team larger than MAX_PLAN_PEOPLE before laying anything out, saying the limit and what to do (%s)", (language, message) => {
    const people = Array.from({ length: MAX_PLAN_PEOPLE + 1 }, (_, i) => person(i + 2, `P${i}`, { lastYear: 1 }));
    expect(() => build({ people, language })).toThrow(message);
  });

  it("rounds a team target with more decimals than the plan allows and says so", () => {
    const b = build({ targets: { annual: 1000.6, weighting: "equal", seasonality: "even" } });
    expect([view(b).value("Ann", "Annual target").v, b.warnings]).toEqual([
      334,
      ["The plan's team target 1000.6 has more decimal places than targets.decimals (0); the plan splits 1001."],
    ]);
  });
});

// ---- the split over months ------------------------------------------------------------------------

describe("buildTargets: months", () => {
  it("splits a full-year person evenly when the plan says even", () => {
    const v = view(build({ targets: { annual: 100, weighting: "equal", seasonality: "even" } }));
    expect(v.monthly("Ann")).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2]);
  });

  it("splits evenly by seasonality history of equal months, like the even split", () => {
    const even = view(build({ targets: { annual: 100, weighting: "equal", seasonality: "even" } }));
    const flat = view(build({ targets: { annual: 100, weighting: "equal" }, history: historySource(EVEN_HISTORY) }));
    expect(flat.monthly("Ann")).toEqual(even.monthly("Ann"));
  });

  it("follows the core's seasonal split for a full-year person", () => {
    const v = view(build({ history: historySource(SEASONAL_HISTORY) }));
    const matrix = [SEASONAL_HISTORY[2024], SEASONAL_HISTORY[2025]];
    expect(v.monthly("Ann")).toEqual(seasonalSplit(300000, matrix));
  });

  it("gives the same months when each history month has several rows", () => {
    const one = view(build({ history: historySource(SEASONAL_HISTORY) }));
    const three = view(build({ history: historySource(SEASONAL_HISTORY, 3) }));
    expect(three.monthly("Bo")).toEqual(one.monthly("Bo"));
  });

  it("puts more target in the months with more history", () => {
    const v = view(build({ history: historySource(SEASONAL_HISTORY) }));
    const m = v.monthly("Ann");
    expect(m[11]).toBeGreaterThan(m[1]);
  });

  it("leaves an incomplete history year out and says so on the sheet", () => {
    const b = build({ history: historySource(SEASONAL_HISTORY) });
    const message = 'Sheet "History": 2023 has no data for months 4, 5, 6, 7, 8, 9, 10, 11, 12, so it is not used for seasonality.';
    expect(view(b).sheet.rows.some((r) => r[0]?.v === message && r[0]?.style === "warning")).toBe(true);
  });

  it("computes the month share used as the average of the complete years' shares", () => {
    const v = view(build({ history: historySource(SEASONAL_HISTORY) }));
    const row = v.sheet.rows.find((r) => r[0]?.v === "Month share used")!;
    const total24 = sum(SEASONAL_HISTORY[2024]);
    const total25 = sum(SEASONAL_HISTORY[2025]);
    expect(row[v.col("Jan")]!.v).toBeCloseTo((80 / total24 + 90 / total25) / 2, 15);
  });

  it("falls back to an even split with a warning when the plan asks for history but none was read", () => {
    const b = build({ targets: { annual: 100, weighting: "equal" } });
    expect([view(b).monthly("Ann"), b.warnings.some((w) => w.includes("no history data was read"))]).toEqual([
      [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2],
      true,
    ]);
  });

  it("falls back to an even split when no history year is complete", () => {
    const b = build({ targets: { annual: 120, weighting: "equal" }, history: historySource({ 2025: [10, 10, 10, null, 10, 10, 10, 10, 10, 10, 10, 10] }) });
    expect([view(b).monthly("Ann"), b.warnings.some((w) => w.includes("no complete year of history"))]).toEqual([[4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3], true]);
  });

  it("gives a mid-year joiner nothing before the start month", () => {
    const people = [person(2, "Ann", { lastYear: 1 }), person(3, "Jo", { lastYear: 1, start: day(4, 1) })];
    const v = view(build({ targets: { annual: 100000, seasonality: "even", ramp: [0.25, 0.5, 0.75] }, people }));
    expect(v.monthly("Jo").slice(0, 3)).toEqual([0, 0, 0]);
  });

  it("ramps a mid-year joiner's first months by the plan's factors", () => {
    const people = [person(2, "Ann", { lastYear: 1 }), person(3, "Jo", { lastYear: 1, start: day(4, 1) })];
    const v = view(build({ targets: { annual: 100000, seasonality: "even", ramp: [0.25, 0.5, 0.75] }, people }));
    const annual = v.value("Jo", "Annual target").v as number;
    const weights = [0, 0, 0, 0.25, 0.5, 0.75, 1, 1, 1, 1, 1, 1].map((f) => (1 / 12) * f);
    expect(v.monthly("Jo")).toEqual(splitTotal(annual, weights));
  });

  it("prorates a joiner's first month by the days in the role", () => {
    const people = [person(2, "Ann", { lastYear: 1 }), person(3, "Jo", { lastYear: 1, start: day(3, 16) })];
    const v = view(build({ targets: { annual: 100000, seasonality: "even", ramp: [0.5] }, people }));
    expect(v.monthGroup("Jo", "Month weight (season × in role × ramp)")[2]).toBe((1 / 12) * (16 / 31) * 0.5);
  });

  it("does not ramp someone who started before the period", () => {
    const people = [person(2, "Ann", { lastYear: 1, start: day(11, 1, 2025) }), person(3, "Bo", { lastYear: 1 })];
    const v = view(build({ targets: { annual: 120000, seasonality: "even", ramp: [0.25, 0.5] }, people }));
    expect(v.monthly("Ann")).toEqual(new Array(12).fill(5000));
  });

  it("gives a leaver nothing after the month they leave", () => {
    const people = [person(2, "Ann", { lastYear: 1 }), person(3, "Lee", { lastYear: 1, end: day(6, 15) })];
    const v = view(build({ targets: { annual: 100000, seasonality: "even" }, people }));
    expect(v.monthly("Lee").slice(6)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("gives a leaver's last month the days in the role", () => {
    const people = [person(2, "Ann", { lastYear: 1 }), person(3, "Lee", { lastYear: 1, end: day(6, 15) })];
    const v = view(build({ targets: { annual: 100000, seasonality: "even" }, people }));
    const annual = v.value("Lee", "Annual target").v as number;
    const weights = [1, 1, 1, 1, 1, 0.5, 0, 0, 0, 0, 0, 0].map((f) => (1 / 12) * f);
    expect(v.monthly("Lee")).toEqual(splitTotal(annual, weights));
  });

  it("gives the extra units of an even month split to the earliest months", () => {
    const v = view(build({ targets: { annual: 31, weighting: "equal", seasonality: "even" }, people: [person(2, "Ann")] }));
    expect(v.monthGroup("Ann", "Month extra unit")).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
  });

  it("gives someone not in the role during the period zeros and a warning", () => {
    const people = [person(2, "Ann", { lastYear: 1 }), person(3, "Gone", { lastYear: 1, end: day(12, 31, 2025) })];
    const b = build({ targets: { annual: 1000, seasonality: "even" }, people });
    expect([view(b).monthly("Gone"), b.warnings]).toEqual([
      new Array(12).fill(0),
      ['Sheet "People", row 3: Gone is not in the role during the period; their targets are 0.'],
    ]);
  });

  it("warns, and fails the row check, when a joiner's only months have a ramp factor of 0", () => {
    const people = [person(2, "Ann", { lastYear: 1 }), person(3, "Dec", { lastYear: 1, start: day(12, 1) })];
    const b = build({ targets: { annual: 1000, seasonality: "even", ramp: [0] }, people });
    expect([view(b).value("Dec", "Check").v, b.warnings.some((w) => w.includes("no month with a weight"))]).toEqual(["✗", true]);
  });
});

// ---- totals and checks ----------------------------------------------------------------------------

describe("buildTargets: totals and checks", () => {
  it("marks every row whose months add up to its annual target OK", () => {
    const v = view(build({ history: historySource(SEASONAL_HISTORY) }));
    expect(["Ann", "Bo", "=Cy"].map((n) => v.value(n, "Check").v)).toEqual(["OK", "OK", "OK"]);
  });

  it("says the plan adds up to the target in the grand check", () => {
    const v = view(build());
    expect(v.sheet.rows[v.totalRow][v.col("Check")]!.v).toBe("Plan adds up to the target");
  });

  it("totals each month over the people", () => {
    const v = view(build({ history: historySource(SEASONAL_HISTORY) }));
    const jan = v.col("Jan");
    expect(v.sheet.rows[v.totalRow][jan]!.v).toBe(sum(["Ann", "Bo", "=Cy"].map((n) => v.monthly(n)[0])));
  });

  it("writes the units left to hand out in the total row", () => {
    const v = view(build({ targets: { annual: 100, weighting: "equal" } }));
    expect(v.sheet.rows[v.totalRow][v.col("Extra unit")]!.v).toBe(1);
  });

  it("shows the grand check good or bad with conditional formats", () => {
    const v = view(build());
    const check = `T${v.totalRow + 1}`;
    expect(v.sheet.conditionalFormats!.filter((cf) => cf.range === check).map((cf) => cf.type === "expression" && cf.look)).toEqual(["good", "bad"]);
  });

  it("shows the row checks good or bad with conditional formats", () => {
    const v = view(build());
    const checks = `T${v.headerRow + 2}:T${v.totalRow}`;
    expect(v.sheet.conditionalFormats!.filter((cf) => cf.range === checks).map((cf) => cf.type === "expression" && cf.formula)).toEqual([
      `$T${v.headerRow + 2}="OK"`,
      `$T${v.headerRow + 2}<>"OK"`,
    ]);
  });
});

// ---- exact sums over random teams -----------------------------------------------------------------

const personArb = fc.record({
  weight: fc.oneof(fc.constantFrom(0.1, 0.2, 0.3, 1, 2, 1 / 3), fc.integer({ min: 0, max: 5_000_000 }).map((n) => n / 100)),
  start: fc.option(fc.integer({ min: PERIOD_START - 60, max: PERIOD_END + 10 }), { nil: null }),
  length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
});

interface Team {
  people: { weight: number; start: number | null; length: number | null }[];
  decimals: number;
  totalUnits: number;
  seasonality: "even" | "history";
  ramp: number[];
  equal: boolean;
}

const teamArb: fc.Arbitrary<Team> = fc.record({
  people: fc.array(personArb, { minLength: 1, maxLength: 12 }),
  decimals: fc.integer({ min: 0, max: 3 }),
  totalUnits: fc.integer({ min: 1, max: 50_000_000 }),
  seasonality: fc.constantFrom<("even" | "history")[]>("even", "history"),
  ramp: fc.constantFrom<number[][]>([], [0.5], [0.25, 0.5, 0.75], [0, 0.5]),
  equal: fc.boolean(),
});

/** A random team's plan; a person with a weight who is in the role is added when the team has none. */
function randomBuild(team: Team): { b: Build; total: number; decimals: number; records: PersonRecord[] } {
  const records = team.people.map((p, i) =>
    person(i + 2, `P${i + 1}`, { weight: p.weight, start: p.start, end: p.start !== null && p.length !== null ? p.start + p.length : null }),
  );
  if (!records.some((p) => (p.weight as number) > 0 && (prorate(1, p.start, p.end, PERIOD_START, PERIOD_END) as number) > 0)) {
    records.push(person(records.length + 2, "Anchor", { weight: 1 }));
  }
  const total = team.totalUnits / 10 ** team.decimals;
  const b = buildTargets(
    context({ annual: total, decimals: team.decimals, weighting: team.equal ? "equal" : "column", weightColumn: "Share", seasonality: team.seasonality, ramp: team.ramp }),
    { people: peopleSource(records), history: historySource(SEASONAL_HISTORY, 2) },
  );
  return { b, total, decimals: team.decimals, records };
}

describe("buildTargets: exact sums over random teams", () => {
  const run = (check: (x: ReturnType<typeof randomBuild>) => void): void =>
    fc.assert(
      fc.property(teamArb, (team) => check(randomBuild(team))),
      { numRuns: 60 },
    );

  it("makes every row's months add up to its annual target", () => {
    run(({ b, decimals, records }) => {
      const v = view(b);
      for (const p of records) {
        const monthly = v.monthly(p.name);
        const annual = v.value(p.name, "Annual target").v as number;
        if (v.value(p.name, "Month weights total").v === 0) continue;
        expect(sum(monthly.map((m) => units(m, decimals)))).toBe(units(annual, decimals));
      }
    });
  });

  it("makes all the months add up to the team target", () => {
    run(({ b, total, decimals, records }) => {
      const v = view(b);
      const monthsUnits = sum(records.map((p) => sum(v.monthly(p.name).map((m) => units(m, decimals)))));
      const blocked = sum(records.filter((p) => v.value(p.name, "Month weights total").v === 0).map((p) => units(v.value(p.name, "Annual target").v as number, decimals)));
      expect(monthsUnits + blocked).toBe(units(total, decimals));
    });
  });

  it("never gives a negative target", () => {
    run(({ b, records }) => {
      const v = view(b);
      const values = records.flatMap((p) => [v.value(p.name, "Annual target").v as number, ...v.monthly(p.name)]);
      expect(values.filter((x) => x < 0)).toEqual([]);
    });
  });

  it("agrees with the core's split of the team target", () => {
    run(({ b, total, decimals, records }) => {
      const v = view(b);
      const effective = records.map((p) => (v.value(p.name, "Weight").v as number) * (prorate(1, p.start, p.end, PERIOD_START, PERIOD_END) as number));
      expect(records.map((p) => v.value(p.name, "Annual target").v)).toEqual(splitTotal(total, effective, { decimals }));
    });
  });

  it("has the formulas' whole units and extra units give the core's annual targets", () => {
    run(({ b, decimals, records }) => {
      const v = view(b);
      const fromFormulas = records.map((p) => ((v.value(p.name, "Whole units").v as number) + (v.value(p.name, "Extra unit").v as number)) / 10 ** decimals);
      expect(fromFormulas).toEqual(records.map((p) => v.value(p.name, "Annual target").v));
    });
  });

  it("has the formulas' month whole units and extra units give the core's monthly targets", () => {
    run(({ b, decimals, records }) => {
      const v = view(b);
      for (const p of records) {
        const floors = v.monthGroup(p.name, "Month whole units");
        const extras = v.monthGroup(p.name, "Month extra unit");
        expect(floors.map((f, k) => (f + extras[k]) / 10 ** decimals)).toEqual(v.monthly(p.name));
      }
    });
  });

  it("splits each person's annual target by their month weights as the core does", () => {
    run(({ b, decimals, records }) => {
      const v = view(b);
      for (const p of records) {
        const weights = v.monthGroup(p.name, "Month weight (season × in role × ramp)");
        const annual = v.value(p.name, "Annual target").v as number;
        const expected = sum(weights) > 0 ? splitTotal(annual, weights, { decimals }) : new Array(12).fill(0);
        expect(v.monthly(p.name)).toEqual(expected);
      }
    });
  });
});

// ---- month weights, independently ------------------------------------------------------------------

describe("buildTargets: month weights", () => {
  it("weights each month by the even share × the share of the month in the role", () => {
    const people = [person(2, "Ann", { lastYear: 1 }), person(3, "Jo", { lastYear: 1, start: day(2, 10), end: day(11, 20) })];
    const v = view(build({ targets: { annual: 100000, seasonality: "even" }, people }));
    const expected = Array.from({ length: 12 }, (_, k) => {
      const start = day(k + 1, 1);
      const end = (k === 11 ? day(1, 1, 2027) : day(k + 2, 1)) - 1;
      return EVEN[k] * (prorate(1, day(2, 10), day(11, 20), start, end) as number);
    });
    expect(v.monthGroup("Jo", "Month weight (season × in role × ramp)")).toEqual(expected);
  });
});

// ---- the sheet as a whole -------------------------------------------------------------------------

describe("buildTargets: the sheet", () => {
  it("returns the people copy, the history copy and the plan, in that order", () => {
    expect(build({ history: historySource(SEASONAL_HISTORY) }).sheets.map((s) => s.name)).toEqual(["Data - People", "Data - History", "Target plan"]);
  });

  it("leaves the history copy out when the months are split evenly", () => {
    expect(build({ targets: { annual: 100, seasonality: "even" }, history: historySource(SEASONAL_HISTORY) }).sheets.map((s) => s.name)).toEqual([
      "Data - People",
      "Target plan",
    ]);
  });

  it("uses no function outside the classic set", () => {
    const b = build({ targets: { annual: 600000, ramp: [0.5] }, history: historySource(SEASONAL_HISTORY) });
    expect(formulaCells(b).filter((c) => /XLOOKUP|XMATCH|LET\(|LAMBDA|FILTER\(|SORT\(|UNIQUE\(|SEQUENCE\(/.test(c.f!))).toEqual([]);
  });

  it("caches a finite number, text or blank for every formula", () => {
    const b = build({ targets: { annual: 600000, ramp: [0.5] }, history: historySource(SEASONAL_HISTORY) });
    const bad = formulaCells(b).filter((c) => c.v === undefined || (typeof c.v === "number" && !Number.isFinite(c.v)));
    expect(bad).toEqual([]);
  });

  it("keeps a name that looks like a formula as a plain value", () => {
    const v = view(build());
    expect(v.sheet.rows[v.rowOf("=Cy")][0]).toEqual({ v: "=Cy" });
  });

  it("never puts a person's name inside a formula", () => {
    const b = build();
    expect(formulaCells(b).filter((c) => c.f!.includes("=Cy"))).toEqual([]);
  });

  it("references the people copy for start dates, so a corrected date updates the plan", () => {
    const v = view(build());
    expect(v.value("Bo", "Start").f).toBe(`IF('Data - People'!$G$3="","",'Data - People'!$G$3)`);
  });

  it("writes warnings from the data and its own under the title in warning style", () => {
    const b = buildTargets(context({ annual: 1000, seasonality: "even" }), { people: peopleSource([...TEAM, person(5, "Nil")], ["People: row 9 has no name; left out."]) });
    const lines = view(b).sheet.rows.filter((r) => r[0]?.style === "warning").map((r) => r[0]!.v);
    expect(lines).toEqual([
      "People: row 9 has no name; left out.",
      'Sheet "People", row 5, column "Sales 2025": Nil has no value, so their weight is 0 and they get no target.',
    ]);
  });

  it("names the person, row and column of a negative weight", () => {
    const b = build({ targets: { annual: 600000, seasonality: "even" }, people: [...TEAM, person(6, "Neg", { lastYear: -5 })] });
    expect(b.warnings).toEqual([`Sheet "People", row 6, column "Sales 2025": Neg's weight -5 is below 0; counted as 0, so they get no target.`]);
  });

  it("freezes the header row and the name column", () => {
    const v = view(build());
    expect(v.sheet.frozen).toEqual({ rows: v.headerRow + 1, cols: 1 });
  });

  it("offers the decimals as a list", () => {
    const sheet = view(build()).sheet;
    const decimals = `B${sheet.rows.findIndex((r) => r[0]?.v === "Decimals") + 1}`;
    expect(sheet.validations).toEqual([{ range: decimals, values: ["0", "1", "2", "3", "4", "5", "6"] }]);
  });

  it("formats money with the plan's decimals", () => {
    expect(view(build({ targets: { annual: 7, decimals: 2, weighting: "equal" } })).value("Ann", "Annual target").fmt).toBe("#,##0.00");
  });

  it("gives a number format to every number on the plan sheet except the ramp and settings labels", () => {
    const v = view(build({ targets: { annual: 600000, ramp: [0.5] }, history: historySource(SEASONAL_HISTORY) }));
    const unformatted = v.sheet.rows.flatMap((row) => row.filter((cell) => cell && typeof cell.v === "number" && !cell.fmt));
    expect(unformatted).toEqual([]);
  });

  it("sums up the plan in the summary lines", () => {
    expect(build().summary).toEqual([
      "Target plan: 3 people, team target 600,000, months Jan – Dec 2026",
      "Split over people by last year's sales; over months by an even split",
      "Joining during the period: 0; leaving: 0 (targets prorated)",
      "Largest annual target: Ann, 300,000",
    ]);
  });

  it.each([
    { language: "en" as const, sheet: "Target plan", labels: { name: "Name", total: "Total" }, annual: "Annual target", jan: "Jan" },
    { language: "zh-CN" as const, sheet: "目标分解", labels: { name: "姓名", total: "合计" }, annual: "年度目标", jan: "1月" },
  ])("writes headings in $language", ({ language, sheet, labels, annual, jan }) => {
    const b = build({ language });
    const v = view(b, labels);
    const header = v.sheet.rows[v.headerRow].map((c) => c?.v);
    expect([v.sheet.name, header.includes(annual), header.includes(jan)]).toEqual([sheet, true, true]);
  });

  it("writes the grand check in Chinese", () => {
    const v = view(build({ language: "zh-CN" }), { name: "姓名", total: "合计" });
    expect(v.sheet.rows[v.totalRow][19]!.v).toBe("与目标一致");
  });
});

describe("buildTargets with a person whose share is tiny", () => {
  // Found by the random-team property (seed 1): a one-day stint at a tiny weight made a raw share of
  // about 1e-8, whose engine rounding looked up a power of ten past its table and gave NaN.
  it("keeps every working cell a number and gives the unit to the largest remainder", () => {
    const records = [
      person(2, "Brief", { weight: 0.01, start: PERIOD_START, end: PERIOD_START }),
      person(3, "Big", { weight: 2739.62 }),
      person(4, "Small", { weight: 0.11 }),
    ];
    const b = buildTargets(context({ annual: 1, decimals: 0, weighting: "column", weightColumn: "Share", seasonality: "even" }), {
      people: peopleSource(records),
    });
    const cached = b.sheets.flatMap((s) => s.rows.flat()).filter((c) => c?.f !== undefined).map((c) => c!.v);
    expect(cached.filter((x) => typeof x === "number" && !Number.isFinite(x))).toEqual([]);
    const v = view(b);
    expect(["Brief", "Big", "Small"].map((n) => v.value(n, "Extra unit").v)).toEqual([0, 1, 0]);
    expect(["Brief", "Big", "Small"].map((n) => v.value(n, "Annual target").v)).toEqual([0, 1, 0]);
  });
});

describe("buildTargets: the chart of monthly targets", () => {
  const cellAt = (sheet: SheetSpec, address: string): Cell | null => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return sheet.rows[Number(m[2]) - 1]?.[col] ?? null;
  };

  it("stacks each person's twelve months, named by their name cell, over the month headings, under the sheet", () => {
    const sheet = build().sheets[1];
    const chart = sheet.charts![0];
    const row = (name: string): number => sheet.rows.findIndex((r) => r[0]?.v === name) + 1;
    expect({ ...chart, categoryStart: cellAt(sheet, chart.categories.split(":")[0])?.v, anchorBelow: Number(/\d+/.exec(chart.anchor)![0]) > sheet.rows.length }).toEqual({
      type: "stackedColumn",
      title: "Monthly targets",
      categories: expect.stringMatching(/^G\d+:R\d+$/),
      categoryStart: "Jan",
      series: ["Ann", "Bo", "=Cy"].map((name) => ({ name, nameCell: `A${row(name)}`, values: `G${row(name)}:R${row(name)}` })),
      anchor: expect.stringMatching(/^A\d+$/),
      anchorBelow: true,
      size: { cols: 12, rows: 22 },
    });
  });

  it("charts the team's total instead beyond 15 people", () => {
    const many = Array.from({ length: 16 }, (_, i) => person(i + 2, `P${i + 1}`, { lastYear: 1000, target: 1000 }));
    const sheet = build({ people: many }).sheets[1];
    expect(sheet.charts![0].series.map((s) => s.name)).toEqual(["Total"]);
  });
});
