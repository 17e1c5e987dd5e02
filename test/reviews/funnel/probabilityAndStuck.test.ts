import { dateSerial } from "../../../src/core/text/parseDate";
import { DEFAULT_STAGES } from "../../../src/datasets/columns";
import type { DealRecord, DealStatus, SourceData } from "../../../src/datasets/records";
import type { BuildContext } from "../../../src/reviews/context";
import { buildFunnel } from "../../../src/reviews/funnel/build";
import { funnelModel } from "../../../src/reviews/funnel/model";
import { defaultPlan } from "../../../src/reviews/plan";
import type { SheetSpec } from "../../../src/sheets/spec";

const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;
const AS_OF = day(6, 30);

function context(stuckListSize?: number): BuildContext {
  const base = defaultPlan();
  return {
    plan: { ...base, funnel: { ...base.funnel, ...(stuckListSize === undefined ? {} : { stuckListSize }) } },
    language: "en",
    asOf: AS_OF,
    periodStart: day(1, 1),
    periodEnd: day(12, 31),
  };
}

function deal(row: number, owner: string, stage: string, status: DealStatus, amount: number, more: Partial<DealRecord> = {}): DealRecord {
  return { row, id: `D-${row}`, owner, stage, status, amount, created: null, stageDate: null, closeDate: null, probability: null, ...more };
}

function source(records: DealRecord[], probability = true): SourceData<DealRecord> {
  const headers: Record<string, string> = { id: "Deal", owner: "Owner", stage: "Stage", amount: "Amount", stageDate: "Stage date", status: "Status" };
  return { origin: 'Sheet "Deals"', sheet: "Deals", headers: probability ? { ...headers, probability: "Probability" } : headers, records, warnings: [] };
}

const PROBABILITY = new Map(DEFAULT_STAGES.map((s) => [s.name, s.probability]));

describe("a deal's own probability in the weighted pipeline", () => {
  const records = [
    deal(2, "Ann", "Lead", "open", 10000, { probability: 0.5 }),
    deal(3, "Ann", "Proposal", "open", 20000),
    deal(4, "ann", "Negotiation", "open", 30000, { probability: 0 }),
    deal(5, "Bob", "Needs", "open", 8000),
    deal(6, "Bob", "Won", "won", 50000, { probability: 1 }),
    deal(7, "Bob", "Lead", "lost", 9000, { probability: 0.9 }),
  ];

  it("weights each open deal by its own probability, else its stage's; closed deals never count", () => {
    const m = funnelModel(context(), { deals: source(records) });
    // Ann: 10,000 × 50% + 20,000 × 40% (Proposal's) + 30,000 × 0 = 13,000; Bob: 8,000 × 20% (Needs') = 1,600
    expect(m.owners.map((o) => [o.name, o.figures.weighted])).toEqual([
      ["Ann", expect.closeTo(13000, 9)],
      ["Bob", expect.closeTo(1600, 9)],
    ]);
    expect(m.team.figures.weighted).toBeCloseTo(14600, 9);
  });

  it("says how many open deals fall back to their stage's probability", () => {
    const m = funnelModel(context(), { deals: source(records) });
    expect(m.warnings).toContain(`Sheet "Deals", column "Probability": 2 open deals have no probability of their own; the weighted pipeline uses their stage's probability.`);
  });

  it("keeps the stages' probabilities, and no probability column on the copy, when no deal has one", () => {
    const plain = records.map((d) => ({ ...d, probability: null }));
    const m = funnelModel(context(), { deals: source(plain, false) });
    const expected = plain.filter((d) => d.status === "open").reduce((t, d) => t + d.amount * (PROBABILITY.get(d.stage) as number), 0);
    expect(m.team.figures.weighted).toBeCloseTo(expected, 9);
    expect(m.warnings.filter((w) => w.includes("probability"))).toEqual([]);
    const copy = buildFunnel(context(), { deals: source(plain, false) }).sheets[0];
    expect(copy.rows[0].map((c) => c?.v)).not.toContain("Probability");
  });

  it("puts a probability column on the deals copy, blank where a deal has none, and reads it in the owner formulas", () => {
    const build = buildFunnel(context(), { deals: source(records) });
    const copy = build.sheets[0];
    const col = copy.rows[0].findIndex((c) => c?.v === "Probability");
    expect(col).toBeGreaterThan(0);
    expect(copy.rows.slice(1).map((r) => r[col]?.v ?? null)).toEqual([0.5, null, 0, null, 1, 0.9]);
    const review = build.sheets[build.sheets.length - 1];
    const header = review.rows.findIndex((r) => r[0]?.v === "Owner");
    const weightedCol = review.rows[header].findIndex((c) => c?.v === "Weighted pipeline");
    const ann = review.rows[header + 1][weightedCol];
    expect(ann?.f).toMatch(/^SUMPRODUCT\('Data - Deals'!\$E\$2:\$E\$4,'Data - Deals'!\$F\$2:\$F\$4,/);
    expect(review.rows[header + 3][weightedCol]?.f).toMatch(/^SUM\(/);
  });
});

describe("stuck deals at scale", () => {
  const OWNERS = ["Ann", "Bob", "Cy", "Dee", "Eve", "Fay", "Gus"];
  const STAGES = ["Lead", "Needs", "Proposal", "Negotiation"];
  const LIMIT: Record<string, number> = { Lead: 14, Needs: 21, Proposal: 30, Negotiation: 30 };
  // 5,000 stuck deals (each over its stage's limit by 1 to 400 days), with 700 open deals that are not stuck
  // and 300 won ones mixed in.
  const kinds = [...Array(5000).fill("stuck"), ...Array(700).fill("fresh"), ...Array(300).fill("won")] as string[];
  let seed = 12345;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  const records: DealRecord[] = kinds.map((kind, i) => {
    const owner = OWNERS[random(OWNERS.length)];
    const stage = STAGES[random(STAGES.length)];
    const amount = 1000 + random(90000);
    if (kind === "won") return deal(i + 2, owner, "Won", "won", amount);
    // fresh: 0 to 4 days short of the limit, or exactly at it; stuck: 1 to 400 days over
    const over = kind === "fresh" ? -random(5) : 1 + random(400);
    return deal(i + 2, owner, stage, "open", amount, { stageDate: AS_OF - LIMIT[stage] - over });
  });
  // Derived here from the data alone: stuck means open and in the stage longer than its limit.
  const stuck = records.filter((d) => d.status === "open" && AS_OF - (d.stageDate as number) > LIMIT[d.stage]);
  const total = (list: DealRecord[]) => ({ count: list.length, amount: list.reduce((t, d) => t + d.amount, 0) });

  it("generates 5,000 stuck deals", () => {
    expect(stuck.length).toBe(5000);
  });

  it("lists only the worst N, and counts every stuck deal per stage, per owner and for the team", () => {
    const m = funnelModel(context(150), { deals: source(records, false) });
    expect(m.stuck.length).toBe(150);
    const worst = Math.max(...stuck.map((d) => AS_OF - (d.stageDate as number) - LIMIT[d.stage]));
    expect(m.stuck[0].over).toBe(worst);
    expect(m.stuckTotals.team).toEqual(total(stuck));
    expect(m.stuckTotals.byStage).toEqual([...STAGES.map((s) => total(stuck.filter((d) => d.stage === s))), { count: 0, amount: 0 }]);
    expect(m.stuckTotals.byOwner).toEqual(m.owners.map((o) => total(stuck.filter((d) => d.owner === o.name))));
  });

  it("lists 200 by default and says how many more are stuck; no formula reads every deal row by row", () => {
    const build = buildFunnel(context(), { deals: source(records, false) });
    const review = build.sheets[build.sheets.length - 1] as SheetSpec;
    const listHeader = review.rows.findIndex((r) => r[0]?.v === "The 200 most overdue");
    expect(listHeader).toBeGreaterThan(0);
    const listed = review.rows.slice(listHeader + 2).filter((r) => typeof r[7]?.f === "string");
    expect(listed.length).toBe(200);
    expect(review.rows.some((r) => r[0]?.v === "…and 4800 more stuck deals not listed (5000 in all, each counted in the totals above).")).toBe(true);
    // The review has about as many formula cells as it has owners, stages and listed rows: not one per deal.
    const formulas = review.rows.flat().filter((c) => typeof c?.f === "string").length;
    expect(formulas).toBeLessThan(2500);
    const byStage = review.rows.findIndex((r) => r[0]?.v === "Stuck by stage");
    expect(review.rows[byStage + STAGES.length + 2][1]?.v).toBe(5000);
    expect(review.rows[byStage + STAGES.length + 2][2]?.v).toBe(total(stuck).amount);
    expect(build.summary).toContain("Stuck deals: 5000");
  });
});
