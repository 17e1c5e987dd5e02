import { dateSerial } from "../../../src/core/text/parseDate";
import type { PaidRecord, PersonRecord, SourceData, TransactionRecord } from "../../../src/datasets/records";
import { COMMISSION_LABELS } from "../../../src/reviews/commission/labels";
import { commissionModel, type CommissionModel } from "../../../src/reviews/commission/model";
import type { BuildContext } from "../../../src/reviews/context";
import { planSchema, type PlanInput } from "../../../src/reviews/plan";

const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;

function context(commission: PlanInput["commission"]): BuildContext {
  const plan = planSchema.parse({ version: 1, language: "en", commission });
  return { plan, language: "en", asOf: day(6, 30), periodStart: day(1, 1), periodEnd: day(12, 31) };
}

const source = <R>(sheet: string, records: R[]): SourceData<R> => ({ origin: `Sheet "${sheet}"`, sheet, headers: {}, records, warnings: [] });
const sale = (row: number, rep: string, amount: number): TransactionRecord => ({ row, id: `T-${row}`, rep, date: day(3, 15), line: "", amount, share: 1 });
const person = (row: number, name: string, target: number): PersonRecord => ({
  row,
  name,
  team: null,
  target,
  lastYear: null,
  potential: null,
  weight: null,
  start: null,
  end: null,
});
const payment = (row: number, rep: string, paid: number): PaidRecord => ({ row, rep, paid });

describe("commissionModel", () => {
  // 5% on everything; ×2 above quota; cap 9,000; draw 3,000; tolerance 1.
  // Ann: 150,000 sales, base 7,500, accelerator 1 × 7,500 × 50,000 / 150,000 = 2,500; 10,000 capped
  //      to 9,000; paid 8,000, so 1,000 short.
  // Bob: 20,000 sales, base 1,000, no quota so no accelerator, topped up 2,000 to the draw; paid 3,000.
  const model: CommissionModel = commissionModel(
    context({ defaultTiers: [{ from: 0, rate: 0.05 }], accelerator: { above: 1, multiplier: 2 }, cap: 9000, draw: 3000, tolerance: 1 }),
    {
      transactions: source("Sales", [sale(2, "Bob", 20000), sale(3, "Ann", 150000)]),
      people: source("People", [person(2, "Ann", 100000)]),
      paid: source("Paid", [payment(2, "Bob", 3000), payment(3, "Ann", 8000)]),
    },
    COMMISSION_LABELS.en,
  );

  it.each([
    {
      rep: "Ann",
      expected: { quota: 100000, totalSales: 150000, attainment: 1.5, base: 7500, accelerator: 2500, capped: 9000, topUp: 0, due: 9000, paid: 8000, difference: -1000, status: "underpaid" },
    },
    {
      rep: "Bob",
      expected: { quota: null, totalSales: 20000, attainment: "", base: 1000, accelerator: 0, capped: 1000, topUp: 2000, due: 3000, paid: 3000, difference: 0, status: "ok" },
    },
  ])("works out $rep's row with the core's rules", ({ rep, expected }) => {
    expect(model.reps.find((r) => r.name === rep)).toMatchObject(expected);
  });

  it("puts the mismatch before the rep paid correctly", () => {
    expect(model.reps.map((r) => r.name)).toEqual(["Ann", "Bob"]);
  });

  it("gives the period as the statement writes it", () => {
    expect([model.start, model.end]).toEqual(["2026-01-01", "2026-12-31"]);
  });

  it("stops the build naming the rep whose commission is too large to compute", () => {
    const run = (): CommissionModel =>
      commissionModel(context({ defaultTiers: [{ from: 0, rate: 10 }] }), { transactions: source("Sales", [sale(2, "Ann", 1e308)]) }, COMMISSION_LABELS.en);
    expect(run).toThrow(/^Rep "Ann", : amount: /);
  });
});
