import { dateSerial } from "../../../src/core/text/parseDate";
import { defaultPlan } from "../../../src/reviews/plan";
import type { Stage } from "../../../src/reviews/funnel/plan";
import type { BuildContext } from "../../../src/reviews/context";
import { buildFunnel } from "../../../src/reviews/funnel/build";
import type { Build, Cell, SheetSpec } from "../../../src/sheets/spec";
import type { DealRecord, DealStatus, PersonRecord, SourceData } from "../../../src/datasets/records";

// ---- fixtures -------------------------------------------------------------------------------------

const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;
const AS_OF = day(6, 30);

function context(language: BuildContext["language"] = "en", stages?: Stage[]): BuildContext {
  const base = defaultPlan();
  const plan = { ...base, language, funnel: stages ? { stages } : base.funnel };
  return { plan, language, asOf: AS_OF, periodStart: day(1, 1), periodEnd: day(12, 31) };
}

function deal(row: number, owner: string, stage: string, status: DealStatus, amount: number, dates: Partial<DealRecord> = {}): DealRecord {
  return { row, id: `D-${row}`, owner, stage, status, amount, created: null, stageDate: null, closeDate: null, probability: null, ...dates };
}

function person(row: number, name: string, target: number | null): PersonRecord {
  return { row, name, team: null, target, lastYear: null, potential: null, weight: null, start: null, end: null };
}

const DEAL_HEADERS = { id: "Deal", owner: "Owner", stage: "Stage", amount: "Amount", created: "Created", stageDate: "Stage date", closeDate: "Closed", status: "Status" };

function dealsSource(records: DealRecord[], warnings: string[] = [], headers: Record<string, string> = DEAL_HEADERS): SourceData<DealRecord> {
  return { origin: 'Sheet "Deals"', sheet: "Deals", headers, records, warnings };
}

function peopleSource(records: PersonRecord[]): SourceData<PersonRecord> {
  return { origin: 'Sheet "People"', sheet: "People", headers: { name: "Name", target: "Target" }, records, warnings: [] };
}

/**
 * Ann (and "ann", the same owner to COUNTIFS), "=Eve" (looks like a formula), "Bo*" (looks like a
 * wildcard that would also match Bob) and Bob. Hand-computed values are in the tests below.
 */
const DEALS: DealRecord[] = [
  deal(2, "Ann", "Lead", "open", 12000, { created: day(6, 1), stageDate: day(6, 1) }),
  deal(3, "Ann", "Proposal", "open", 40000, { created: day(3, 1), stageDate: day(4, 10) }),
  deal(4, "Ann", "Won", "won", 55000, { created: day(1, 10), closeDate: day(3, 20) }),
  deal(5, "ann", "Negotiation", "lost", 30000, { created: day(2, 1), closeDate: day(5, 2) }),
  deal(6, "Ann", "Won", "won", 21000, { created: day(2, 14), closeDate: day(4, 1) }),
  deal(7, "=Eve", "Needs", "open", 8000, { created: day(5, 1), stageDate: day(5, 2) }),
  deal(8, "=Eve", "Lead", "lost", 5000, { created: day(4, 1), closeDate: day(4, 20) }),
  deal(9, "Bo*", "Negotiation", "open", 90000, { created: day(1, 5), stageDate: day(5, 1) }),
  deal(10, "Bob", "Won", "won", 33000, { created: day(3, 3), closeDate: null }),
  deal(11, "Bob", "Lead", "open", 7000, { created: day(6, 20), stageDate: day(6, 20) }),
];

const PEOPLE: PersonRecord[] = [person(2, "Ann", 200000), person(3, "Bo*", 50000), person(4, "=Eve", 8000), person(5, "Bob", null)];

function build(options: { language?: BuildContext["language"]; people?: boolean; deals?: DealRecord[]; warnings?: string[] } = {}): Build {
  return buildFunnel(context(options.language ?? "en"), {
    deals: dealsSource(options.deals ?? DEALS, options.warnings ?? []),
    ...(options.people === false ? {} : { people: peopleSource(PEOPLE) }),
  });
}

// ---- reading the review sheet ---------------------------------------------------------------------

function review(b: Build): SheetSpec {
  return b.sheets[b.sheets.length - 1];
}

function cells(sheet: SheetSpec): Cell[] {
  return sheet.rows.flat().filter((c): c is Cell => c !== null && c !== undefined);
}

function headerRowOf(sheet: SheetSpec, ownerLabel = "Owner"): number {
  return sheet.rows.findIndex((row) => row[0]?.v === ownerLabel);
}

/** The column of a single header ("Win rate") or of a stage inside a group ("Reached", "Won"). */
function columnOf(sheet: SheetSpec, label: string, stage?: string): number {
  const header = headerRowOf(sheet);
  if (stage === undefined) return sheet.rows[header].findIndex((c) => c?.v === label);
  const groupStart = sheet.rows[header - 1].findIndex((c) => c?.v === label);
  return sheet.rows[header].findIndex((c, i) => i >= groupStart && c?.v === stage);
}

function rowOf(sheet: SheetSpec, owner: string): number {
  return sheet.rows.findIndex((row, r) => r > headerRowOf(sheet) && row[0]?.v === owner);
}

function cellAt(sheet: SheetSpec, owner: string, label: string, stage?: string): Cell {
  return sheet.rows[rowOf(sheet, owner)][columnOf(sheet, label, stage)] as Cell;
}

/** A number as the engine would compute it, to 9 decimals. */
const near = (x: number): unknown => expect.closeTo(x, 9);

const AT = "Open and lost deals at stage";
const AMOUNT = "Open amount at stage";
const REACHED = "Deals that reached the stage";
const STEP = "Step conversion";

// ---- tests ----------------------------------------------------------------------------------------

describe("buildFunnel", () => {
  const b = build();
  const sheet = review(b);

  it("returns the deals copy, the people copy, then the review", () => {
    expect(b.sheets.map((s) => [s.name, s.purpose])).toEqual([
      ["Data - Deals", "data"],
      ["Data - People", "data"],
      ["Funnel review", "funnel"],
    ]);
  });

  it("lists owners in order of first appearance, merging names that differ only in case, then the team", () => {
    const first = headerRowOf(sheet) + 1;
    expect(sheet.rows.slice(first, first + 5).map((row) => row[0]?.v)).toEqual(["Ann", "=Eve", "Bo*", "Bob", "Team total"]);
  });

  describe("per owner", () => {
    it.each([
      { name: "Ann at Lead (open)", owner: "Ann", label: AT, stage: "Lead", expected: near(1) },
      { name: "Ann at Negotiation (lost, written 'ann')", owner: "Ann", label: AT, stage: "Negotiation", expected: near(1) },
      { name: "Ann at Won (won deals are not 'at' a stage)", owner: "Ann", label: AT, stage: "Won", expected: near(0) },
      { name: "Bo* at Negotiation, not matching Bob", owner: "Bo*", label: AT, stage: "Negotiation", expected: near(1) },
      { name: "Bob at Lead, not matching Bo*", owner: "Bob", label: AT, stage: "Lead", expected: near(1) },
      { name: "Ann's open amount at Proposal", owner: "Ann", label: AMOUNT, stage: "Proposal", expected: near(40000) },
      { name: "Ann's open amount at Negotiation (the lost deal is not open)", owner: "Ann", label: AMOUNT, stage: "Negotiation", expected: near(0) },
      { name: "Ann reached Lead: all 3 not won + 2 won", owner: "Ann", label: REACHED, stage: "Lead", expected: near(5) },
      { name: "Ann reached Needs", owner: "Ann", label: REACHED, stage: "Needs", expected: near(4) },
      { name: "Ann reached Negotiation", owner: "Ann", label: REACHED, stage: "Negotiation", expected: near(3) },
      { name: "Ann reached Won", owner: "Ann", label: REACHED, stage: "Won", expected: near(2) },
      { name: "Eve reached Lead (a lost deal reached where it was lost)", owner: "=Eve", label: REACHED, stage: "Lead", expected: near(2) },
      { name: "Eve reached Proposal", owner: "=Eve", label: REACHED, stage: "Proposal", expected: near(0) },
      { name: "Ann's first step", owner: "Ann", label: STEP, stage: "Lead", expected: near(1) },
      { name: "Ann's step into Needs", owner: "Ann", label: STEP, stage: "Needs", expected: near(0.8) },
      { name: "Ann's step into Won", owner: "Ann", label: STEP, stage: "Won", expected: near(2 / 3) },
      { name: "Eve's step into Proposal", owner: "=Eve", label: STEP, stage: "Proposal", expected: near(0) },
      { name: "Eve's step after a stage nobody reached", owner: "=Eve", label: STEP, stage: "Negotiation", expected: "" },
      { name: "Ann's overall conversion", owner: "Ann", label: "Overall conversion", expected: near(0.4) },
      { name: "Ann's weakest stage", owner: "Ann", label: "Weakest stage", expected: "Won" },
      { name: "Eve's weakest stage (ignores blank steps)", owner: "=Eve", label: "Weakest stage", expected: "Proposal" },
      { name: "Bob's weakest stage", owner: "Bob", label: "Weakest stage", expected: "Needs" },
      { name: "Ann's won deals", owner: "Ann", label: "Won deals", expected: near(2) },
      { name: "Ann's lost deals", owner: "Ann", label: "Lost deals", expected: near(1) },
      { name: "Ann's win rate", owner: "Ann", label: "Win rate", expected: near(2 / 3) },
      { name: "Eve's win rate with only a loss", owner: "=Eve", label: "Win rate", expected: near(0) },
      { name: "Bo*'s win rate with nothing closed", owner: "Bo*", label: "Win rate", expected: "" },
      { name: "Ann's average cycle of won deals (69 and 46 days)", owner: "Ann", label: "Avg. cycle (days)", expected: near(57.5) },
      { name: "Bob's cycle when the won deal has no close date", owner: "Bob", label: "Avg. cycle (days)", expected: "" },
      { name: "Ann's open deals", owner: "Ann", label: "Open deals", expected: near(2) },
      { name: "Ann's open pipeline", owner: "Ann", label: "Open pipeline", expected: near(52000) },
      { name: "Ann's weighted pipeline (12000×10% + 40000×40%)", owner: "Ann", label: "Weighted pipeline", expected: near(17200) },
      { name: "Ann's target from the people table", owner: "Ann", label: "Target", expected: near(200000) },
      { name: "Bob's target when his people row has none", owner: "Bob", label: "Target", expected: "" },
      { name: "Ann's won amount", owner: "Ann", label: "Won amount", expected: near(76000) },
      { name: "Ann's coverage: 17200 ÷ (200000 − 76000)", owner: "Ann", label: "Coverage", expected: near(17200 / 124000) },
      { name: "Bo*'s coverage: 54000 ÷ 50000", owner: "Bo*", label: "Coverage", expected: near(1.08) },
      { name: "Bob's coverage without a target", owner: "Bob", label: "Coverage", expected: "" },
      { name: "Ann's velocity: 2 × 2/3 × 38000 ÷ 57.5", owner: "Ann", label: "Velocity (per day)", expected: near((2 * (2 / 3) * 38000) / 57.5) },
      { name: "Eve's velocity without a won deal", owner: "=Eve", label: "Velocity (per day)", expected: "" },
    ])("computes $name", ({ owner, label, stage, expected }) => {
      expect(cellAt(sheet, owner, label, stage).v).toEqual(expected);
    });
  });

  describe("every owner and stage", () => {
    const owners = ["Ann", "=Eve", "Bo*", "Bob"];
    const stageNames = ["Lead", "Needs", "Proposal", "Negotiation", "Won"];
    /** What a block should hold, counted straight from the records (owners compared as COUNTIFS does). */
    const fromRecords = (value: (d: DealRecord) => number): number[][] =>
      owners.map((o) => stageNames.map((s) => DEALS.filter((d) => d.owner.toLowerCase() === o.toLowerCase() && d.stage === s).reduce((t, d) => t + value(d), 0)));
    const block = (label: string): unknown[][] => owners.map((o) => stageNames.map((s) => cellAt(sheet, o, label, s).v));

    it("counts the open and lost deals at each stage", () => {
      expect(block(AT)).toEqual(fromRecords((d) => (d.status === "won" ? 0 : 1)));
    });

    it("adds up the open amount at each stage", () => {
      expect(block(AMOUNT)).toEqual(fromRecords((d) => (d.status === "open" ? d.amount : 0)));
    });
  });

  describe("team total", () => {
    it.each([
      { name: "deals at Negotiation", label: AT, stage: "Negotiation", expected: near(2) },
      { name: "reached Lead", label: REACHED, stage: "Lead", expected: near(10) },
      { name: "reached Won", label: REACHED, stage: "Won", expected: near(3) },
      { name: "step into Proposal", label: STEP, stage: "Proposal", expected: near(6 / 7) },
      { name: "overall conversion", label: "Overall conversion", expected: near(0.3) },
      { name: "weakest stage", label: "Weakest stage", expected: "Won" },
      { name: "win rate", label: "Win rate", expected: near(0.6) },
      { name: "average cycle over the team's dated wins", label: "Avg. cycle (days)", expected: near(57.5) },
      { name: "open pipeline", label: "Open pipeline", expected: near(157000) },
      { name: "weighted pipeline", label: "Weighted pipeline", expected: near(73500) },
      { name: "target", label: "Target", expected: near(258000) },
      { name: "coverage", label: "Coverage", expected: near(73500 / 149000) },
      { name: "velocity: 5 × 60% × 109000/3 ÷ 57.5", label: "Velocity (per day)", expected: near((5 * 0.6 * (109000 / 3)) / 57.5) },
    ])("computes the team's $name", ({ label, stage, expected }) => {
      expect(cellAt(sheet, "Team total", label, stage).v).toEqual(expected);
    });

    it("adds up the owner rows for counts", () => {
      const c = cellAt(sheet, "Team total", AT, "Lead");
      expect(c.f).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
    });
  });

  describe("formulas", () => {
    it("count deals at a stage with COUNTIFS over the owner's block of the deals copy, the owner cell and the settings stage cell", () => {
      const c = cellAt(sheet, "Ann", AT, "Lead");
      expect(c.f).toMatch(/^COUNTIFS\('Data - Deals'!\$B\$2:\$B\$6,A\d+,'Data - Deals'!\$C\$2:\$C\$6,\$B\$\d+,'Data - Deals'!\$D\$2:\$D\$6,"<>won"\)$/);
    });

    it("weight the open amounts by the settings probabilities with SUMPRODUCT", () => {
      const probabilityRow = sheet.rows.findIndex((row) => row[0]?.v === "Win probability") + 1;
      expect(cellAt(sheet, "Ann", "Weighted pipeline").f).toMatch(new RegExp(`^SUMPRODUCT\\([A-Z]+\\d+:[A-Z]+\\d+,\\$B\\$${probabilityRow}:\\$F\\$${probabilityRow}\\)$`));
    });

    it("match a name that starts with = by prefixing the criterion with =", () => {
      expect(cellAt(sheet, "=Eve", "Won deals").f).toMatch(/^COUNTIFS\('Data - Deals'!\$B\$7:\$B\$8,"="&(SUBSTITUTE\()*A\d+\b/);
    });

    it("escape wildcards in a name so Bo* does not also match Bob", () => {
      expect(cellAt(sheet, "Bo*", "Won deals").f).toContain(`SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(A`);
    });

    it("name the weakest stage with INDEX/MATCH of the lowest step", () => {
      expect(cellAt(sheet, "Ann", "Weakest stage").f).toMatch(/^IF\(COUNT\((\w+):(\w+)\)=0,"",INDEX\(\$C\$\d+:\$F\$\d+,MATCH\(MIN\(\1:\2\),\1:\2,0\)\)\)$/);
    });

    it("use no function outside the classic set", () => {
      const forbidden = b.sheets.flatMap(cells).filter((c) => c.f !== undefined && /XLOOKUP|XMATCH|LET\(|LAMBDA|FILTER\(|SORT\(|UNIQUE\(|SEQUENCE\(/.test(c.f));
      expect(forbidden).toEqual([]);
    });

    it("cache no NaN, infinity or undefined", () => {
      const bad = cells(sheet).filter((c) => c.v === undefined || (typeof c.v === "number" && !Number.isFinite(c.v)));
      expect(bad).toEqual([]);
    });

    it("give every number a number format", () => {
      const unformatted = cells(sheet).filter((c) => typeof c.v === "number" && c.fmt === undefined);
      expect(unformatted).toEqual([]);
    });
  });

  describe("the deals copy, grouped by owner", () => {
    /** Owners interleaved, "Ann" and "ann" one owner: the copy holds Ann on rows 2-4, Bob 5-6, Cy 7. */
    const MIXED: DealRecord[] = [
      deal(2, "Ann", "Lead", "open", 100, { stageDate: AS_OF }),
      deal(3, "Bob", "Lead", "open", 200, { stageDate: AS_OF }),
      deal(4, "ann", "Won", "won", 300),
      deal(5, "Cy", "Proposal", "open", 400, { stageDate: AS_OF }),
      deal(6, "Bob", "Lead", "lost", 500),
      deal(7, "Ann", "Needs", "open", 600, { stageDate: AS_OF - 100 }),
    ];
    const mixed = build({ deals: MIXED, people: false });
    const copy = mixed.sheets[0];
    const mixedReview = review(mixed);
    /** The row spans ("2:4") of every deals-copy range the owner's row reads. */
    const spansRead = (owner: string): string[] => {
      const formulas = mixedReview.rows[rowOf(mixedReview, owner)].flatMap((c) => (c?.f === undefined ? [] : [c.f]));
      const spans = formulas.flatMap((f) => [...f.matchAll(/'Data - Deals'!\$[A-Z]+\$(\d+):\$[A-Z]+\$(\d+)/g)].map((m) => `${m[1]}:${m[2]}`));
      return [...new Set(spans)];
    };

    it("holds each owner's deals in one block, owners in order of first appearance, source order within", () => {
      expect(copy.rows.slice(1).map((row) => [row[1]?.v, row[8]?.v])).toEqual([
        ["Ann", 2],
        ["ann", 4],
        ["Ann", 7],
        ["Bob", 3],
        ["Bob", 6],
        ["Cy", 5],
      ]);
    });

    it.each([
      { owner: "Ann", spans: ["2:4"] },
      { owner: "Bob", spans: ["5:6"] },
      { owner: "Cy", spans: ["7:7"] },
    ])("reads only $owner's block of the deals copy in $owner's row", ({ owner, spans }) => {
      expect(spansRead(owner)).toEqual(spans);
    });

    it("reads whole columns only in the team row, for the cycle", () => {
      expect(spansRead("Team total")).toEqual(["2:7"]);
    });

    it("counts each owner's deals as before the grouping", () => {
      expect(["Ann", "Bob", "Cy"].map((o) => [cellAt(mixedReview, o, REACHED, "Lead").v, cellAt(mixedReview, o, "Won deals").v])).toEqual([
        [3, 1],
        [2, 0],
        [1, 0],
      ]);
    });

    it("points the stuck list at the deal's row on the grouped copy", () => {
      const header = mixedReview.rows.findIndex((row) => row[0]?.v === "Deal");
      expect([mixedReview.rows[header + 1][0]?.v, mixedReview.rows[header + 1][3]?.f]).toEqual(["D-7", "'Data - Deals'!$E$4"]);
    });
  });

  describe("user text", () => {
    it("keeps a name starting with = as a plain value", () => {
      expect(sheet.rows[rowOf(sheet, "=Eve")][0]).toEqual({ v: "=Eve" });
    });

    it("never puts user text inside a formula", () => {
      const leaking = b.sheets.flatMap(cells).filter((c) => c.f !== undefined && /Eve|Bo\*|Ann|Bob/.test(c.f));
      expect(leaking).toEqual([]);
    });
  });

  describe("settings", () => {
    it("writes the as-of date as an input cell", () => {
      expect(sheet.rows[1][1]).toEqual({ v: AS_OF, fmt: "yyyy-mm-dd", style: "input" });
    });

    it.each([
      { name: "stage names", label: "Stage", expected: ["Lead", "Needs", "Proposal", "Negotiation", "Won"] },
      { name: "order", label: "Order", expected: [1, 2, 3, 4, 5] },
      { name: "max days", label: "Max days in stage", expected: [14, 21, 30, 30, null] },
      { name: "probabilities", label: "Win probability", expected: [0.1, 0.2, 0.4, 0.6, 1] },
    ])("lists the default stages' $name", ({ label, expected }) => {
      const row = sheet.rows.find((r) => r[0]?.v === label) as Cell[];
      expect(row.slice(1, 6).map((c) => c.v)).toEqual(expected);
    });

    it("uses the plan's own stages when it has them", () => {
      const stages: Stage[] = [
        { name: "Qualify", aliases: [], maxDays: 10, probability: 0.25 },
        { name: "Closed", aliases: [], maxDays: null, probability: 1 },
      ];
      const custom = buildFunnel(context("en", stages), {
        deals: dealsSource([deal(2, "Ann", "Qualify", "open", 100), deal(3, "Ann", "Closed", "won", 50)]),
      });
      expect(cellAt(review(custom), "Ann", "Weighted pipeline").v).toBe(25);
    });

    it("refuses a plan that lists a stage twice, naming it", () => {
      const stages: Stage[] = [
        { name: "Lead", aliases: [], maxDays: null, probability: 0.1 },
        { name: "lead", aliases: [], maxDays: null, probability: 0.2 },
      ];
      expect(() => buildFunnel(context("en", stages), { deals: dealsSource([]) })).toThrow(/funnel\.stages: .*repeats stage "lead"/);
    });
  });

  describe("targets", () => {
    it("leaves the target as an input to fill in when there is no people table", () => {
      const noPeople = review(build({ people: false }));
      expect(cellAt(noPeople, "Ann", "Target")).toEqual({ v: null, fmt: "#,##0", style: "input" });
    });

    it("omits the people copy when there is no people table", () => {
      expect(build({ people: false }).sheets.map((s) => s.name)).toEqual(["Data - Deals", "Funnel review"]);
    });

    it("shows no coverage when the target is already met", () => {
      const met = buildFunnel(context(), {
        deals: dealsSource([deal(2, "Ann", "Won", "won", 300), deal(3, "Ann", "Lead", "open", 100)]),
        people: peopleSource([person(2, "Ann", 200)]),
      });
      expect(cellAt(review(met), "Ann", "Coverage").v).toBe("");
    });
  });

  describe("stuck deals", () => {
    function stuckRows(s: SheetSpec): Cell[][] {
      // The list runs from under its header to the first row without a deal (the stage settings follow).
      const header = s.rows.findIndex((row) => row[0]?.v === "Deal");
      const rows = s.rows.slice(header + 1);
      const end = rows.findIndex((row) => row.length <= 1);
      return (end < 0 ? rows : rows.slice(0, end)) as Cell[][];
    }

    it("lists open deals over their stage's limit, most days over first", () => {
      expect(stuckRows(sheet).map((row) => [row[0].v, row[5].v, row[6].v, row[7].v])).toEqual([
        ["D-3", 81, 30, 51],
        ["D-7", 59, 21, 38],
        ["D-9", 60, 30, 30],
        ["D-2", 29, 14, 15],
      ]);
    });

    it("keeps source order between deals equally far over", () => {
      const tied = review(
        build({
          deals: [
            deal(2, "Ann", "Lead", "open", 1, { stageDate: AS_OF - 20 }),
            deal(3, "Bob", "Lead", "open", 1, { stageDate: AS_OF - 20 }),
          ],
        }),
      );
      expect(stuckRows(tied).map((row) => row[0].v)).toEqual(["D-2", "D-3"]);
    });

    it("counts days in stage with a formula on the as-of cell", () => {
      const row = stuckRows(sheet)[0];
      const r = sheet.rows.indexOf(row) + 1;
      expect([row[4].f, row[5].f, row[7].f]).toEqual(["'Data - Deals'!$G$3", `$B$2-E${r}`, `F${r}-G${r}`]);
    });

    it("takes the limit from the settings cell of the deal's stage", () => {
      const maxDaysRow = sheet.rows.findIndex((row) => row[0]?.v === "Max days in stage") + 1;
      expect(stuckRows(sheet)[0][6].f).toBe(`$D$${maxDaysRow}`);
    });

    it("says so when no deal is stuck", () => {
      const none = review(build({ deals: [deal(2, "Ann", "Lead", "open", 1, { stageDate: AS_OF })] }));
      expect(cells(none).some((c) => c.v === "No open deal is over its stage's limit.")).toBe(true);
    });

    it("highlights the days over", () => {
      const row = stuckRows(sheet)[0];
      const r = sheet.rows.indexOf(row) + 1;
      expect(sheet.conditionalFormats).toContainEqual({ type: "expression", range: `H${r}:H${r + 3}`, formula: `H${r}>0`, look: "bad" });
    });
  });

  describe("looks", () => {
    it("highlights each row's weakest step", () => {
      const first = headerRowOf(sheet) + 2;
      expect(sheet.conditionalFormats).toContainEqual({
        type: "expression",
        range: `R${first}:U${first + 4}`,
        formula: `AND(ISNUMBER(R${first}),R${first}=MIN($R${first}:$U${first}))`,
        look: "highlight",
      });
    });

    it.each([
      { look: "bad", formula: (c: string) => `AND(ISNUMBER(${c}),${c}<1)` },
      { look: "neutral", formula: (c: string) => `AND(ISNUMBER(${c}),${c}>=1,${c}<3)` },
      { look: "good", formula: (c: string) => `AND(ISNUMBER(${c}),${c}>=3)` },
    ])("marks coverage as $look", ({ look, formula }) => {
      const first = headerRowOf(sheet) + 2;
      expect(sheet.conditionalFormats).toContainEqual({ type: "expression", range: `AG${first}:AG${first + 4}`, formula: formula(`AG${first}`), look });
    });

    it("colour-scales the step conversions", () => {
      const first = headerRowOf(sheet) + 2;
      expect(sheet.conditionalFormats).toContainEqual({ type: "colorScale", range: `R${first}:U${first + 4}`, colors: ["F8696B", "FFEB84", "63BE7B"] });
    });

    it("freezes the table header and the owner column", () => {
      expect(sheet.frozen).toEqual({ rows: headerRowOf(sheet) + 1, cols: 1 });
    });

    it("adds a team funnel chart over the stage names and the team's reached counts", () => {
      const header = headerRowOf(sheet) + 1;
      expect(sheet.charts).toEqual([
        {
          type: "funnel",
          title: "Team funnel",
          categories: `L${header}:P${header}`,
          series: [{ name: "Team total", nameCell: `A${header + 5}`, values: `L${header + 5}:P${header + 5}` }],
          anchor: `AJ${header - 1}`,
          size: { cols: 8, rows: 16 },
        },
      ]);
      expect(sheet.rows[header + 4][0]?.v).toBe("Team total");
    });
  });

  describe("languages", () => {
    it.each([
      { language: "en" as const, name: "Funnel review", owner: "Owner", team: "Team total" },
      { language: "zh-CN" as const, name: "漏斗分析", owner: "负责人", team: "团队合计" },
    ])("writes $language headings", ({ language, name, owner, team }) => {
      const s = review(build({ language }));
      expect([s.name, s.rows[headerRowOf(s, owner)][0]?.v, cells(s).some((c) => c.v === team)]).toEqual([name, owner, true]);
    });
  });

  describe("warnings", () => {
    const reader = 'Sheet "Deals", row 40, column "Amount": "abc" is not a number; the row is skipped.';
    const warned = build({
      warnings: [reader],
      deals: [deal(2, "Ann", "Pitch", "open", 10), deal(3, "Ann", "Lead", "open", 10)],
    });

    it.each([
      { name: "the reader's warning", expected: reader },
      { name: "an unknown stage", expected: 'Sheet "Deals", row 2, column "Stage": "Pitch" is not a stage of the plan (Lead, Needs, Proposal, Negotiation, Won); the deal is left out of the stage counts.' },
      { name: "an open deal without a stage date", expected: 'Sheet "Deals", row 3, column "Stage date": blank, so this open deal cannot be checked for being stuck.' },
    ])("reports $name in the build and on the sheet", ({ expected }) => {
      const onSheet = cells(review(warned)).filter((c) => c.style === "warning").map((c) => c.v);
      expect([warned.warnings.includes(expected), onSheet.includes(expected)]).toEqual([true, true]);
    });

    it("reports a missing stage date column once", () => {
      const headers = { owner: "Owner", stage: "Stage", amount: "Amount" };
      const b2 = buildFunnel(context(), { deals: dealsSource([deal(2, "Ann", "Lead", "open", 1), deal(3, "Ann", "Lead", "open", 1)], [], headers) });
      expect(b2.warnings).toEqual(['Sheet "Deals" has no "in stage since" column, so no deal can be checked for being stuck.']);
    });
  });

  describe("summary", () => {
    it("gives deals, pipeline, weighted pipeline, win rate and stuck deals", () => {
      expect(b.summary).toEqual([
        "Funnel: 10 deals (5 open, 3 won, 2 lost) across 4 owners",
        "Open pipeline: 157,000",
        "Weighted pipeline: 73,500",
        "Win rate: 60.0%",
        "Stuck deals: 4",
      ]);
    });
  });

  describe("no deals", () => {
    const empty = buildFunnel(context(), { deals: dealsSource([]) });

    it("still builds a team row of zeros", () => {
      expect(cellAt(review(empty), "Team total", REACHED, "Lead").v).toBe(0);
    });

    it("leaves rates blank rather than dividing by zero", () => {
      expect(cellAt(review(empty), "Team total", STEP, "Needs").v).toBe("");
    });
  });
});
