import { dateSerial } from "../../../src/core/text/parseDate";
import { planSchema, type PlanInput } from "../../../src/reviews/plan";
import { buildCommission } from "../../../src/reviews/commission/build";
import type { BuildContext } from "../../../src/reviews/context";
import type { Build, Cell, SheetSpec } from "../../../src/sheets/spec";
import type { PaidRecord, PersonRecord, SourceData, TransactionRecord } from "../../../src/datasets/records";

const day = (m: number, d: number): number => dateSerial(2026, m, d) as number;

function context(commission: PlanInput["commission"] = {}, language: BuildContext["language"] = "en"): BuildContext {
  const plan = planSchema.parse({ version: 1, language, commission });
  return { plan, language, asOf: day(6, 30), periodStart: day(1, 1), periodEnd: day(12, 31) };
}

let nextRow = 2;
function sale(rep: string, amount: number, options: { line?: string; share?: number; date?: number } = {}): TransactionRecord {
  const row = nextRow++;
  return { row, id: `T-${row}`, rep, date: options.date ?? day(3, 15), line: options.line ?? "", amount, share: options.share ?? 1 };
}

function person(name: string, target: number | null, row = nextRow++): PersonRecord {
  return { row, name, team: null, target, lastYear: null, potential: null, weight: null, start: null, end: null };
}

function payment(rep: string, paid: number): PaidRecord {
  return { row: nextRow++, rep, paid };
}

function source<R>(sheet: string, records: R[], warnings: string[] = []): SourceData<R> {
  return { origin: `Sheet "${sheet}"`, sheet, headers: {}, records, warnings };
}

function build(
  transactions: TransactionRecord[],
  options: { plan?: PlanInput["commission"]; people?: PersonRecord[]; paid?: PaidRecord[]; language?: BuildContext["language"] } = {},
): Build {
  return buildCommission(context(options.plan, options.language), {
    transactions: source("Sales", transactions),
    ...(options.people ? { people: source("People", options.people) } : {}),
    ...(options.paid ? { paid: source("Paid", options.paid) } : {}),
  });
}

const review = (b: Build): SheetSpec => b.sheets[b.sheets.length - 1];
const formulaCells = (b: Build): Cell[] => b.sheets.flatMap((s) => s.rows.flat()).filter((c): c is Cell => !!c && c.f !== undefined);

/** The row index of the statement's header (the row whose first cell is the "Rep" heading). */
function headerRow(sheet: SheetSpec, repHeading = "Rep"): number {
  return sheet.rows.findIndex((row) => row[0]?.v === repHeading && row[0]?.style === "header");
}

/** The statement cell of a rep under a heading; for per-line columns, give the product line too. */
function cellOf(sheet: SheetSpec, rep: string, heading: string, line?: string): Cell {
  const h = headerRow(sheet);
  const r = sheet.rows.findIndex((row, i) => i > h && row[0]?.v === rep);
  let c = sheet.rows[h].findIndex((cell) => cell?.v === heading);
  if (line !== undefined) {
    const group = sheet.rows[h - 1].findIndex((cell) => cell?.v === line);
    c = heading === "Sales" ? group : group + 1;
  }
  const cell = sheet.rows[r]?.[c];
  if (!cell) throw new Error(`no cell for ${rep} / ${heading} ${line ?? ""}`);
  return cell;
}

/** The reps in statement order. */
function repOrder(sheet: SheetSpec): string[] {
  const h = headerRow(sheet);
  const names: string[] = [];
  for (let r = h + 1; sheet.rows[r]?.[0]?.v !== undefined && sheet.rows[r][0]?.style !== "total"; r++) names.push(String(sheet.rows[r][0]?.v));
  return names;
}

/** The value of a settings row (by its label in column A). */
function settingRow(sheet: SheetSpec, label: string): number {
  return sheet.rows.findIndex((row) => row[0]?.v === label);
}

const ISSUE_TIERS = [
  { from: 0, rate: 0.5 },
  { from: 100000, rate: 0.6 },
];

describe("buildCommission: tiers", () => {
  // Worked example from the project issue: 50% from 0 and 60% from 100,000 on 180,000:
  // marginal 100,000 × 50% + 80,000 × 60% = 98,000; retroactive 180,000 × 60% = 108,000.
  it("caches the issue's marginal commission 98,000 under a SUMPRODUCT over the tier steps", () => {
    const b = build([sale("Ann", 180000, { line: "Software" })], { plan: { lines: [{ name: "Software", tiers: ISSUE_TIERS }] } });
    const cell = cellOf(review(b), "Ann", "Commission", "Software");
    expect({ v: cell.v, f: cell.f }).toEqual({
      v: 98000,
      f: expect.stringMatching(/^ROUND\(SUMPRODUCT\(\(C(\d+)>\$B\$(\d+):\$B\$(\d+)\)\*\(C\1-\$B\$\2:\$B\$\3\)\*\$D\$\2:\$D\$\3\),2\)$/),
    });
  });

  it("caches the issue's retroactive commission 108,000 under a LOOKUP of the rate", () => {
    const b = build([sale("Ann", 180000, { line: "Software" })], {
      plan: { method: "retroactive", lines: [{ name: "Software", tiers: ISSUE_TIERS }] },
    });
    const cell = cellOf(review(b), "Ann", "Commission", "Software");
    expect({ v: cell.v, f: cell.f }).toEqual({
      v: 108000,
      f: expect.stringMatching(/^ROUND\(C(\d+)\*IFERROR\(LOOKUP\(C\1,\$B\$(\d+):\$B\$(\d+),\$C\$\2:\$C\$\3\),0\),2\)$/),
    });
  });

  it("writes each tier's rate step as a formula: the rate less the tier below", () => {
    const b = build([sale("Ann", 180000, { line: "Software" })], { plan: { lines: [{ name: "Software", tiers: ISSUE_TIERS }] } });
    const sheet = review(b);
    const first = settingRow(sheet, "Software");
    const steps = [sheet.rows[first][3], sheet.rows[first + 1][3]].map((c) => ({ v: Number((c?.v as number).toFixed(10)), f: c?.f }));
    expect(steps).toEqual([
      { v: 0.5, f: `C${first + 1}` },
      { v: 0.1, f: `C${first + 2}-C${first + 1}` },
    ]);
  });

  it("pays nothing on sales below the first tier's lower bound", () => {
    const b = build([sale("Ann", 5000)], { plan: { defaultTiers: [{ from: 10000, rate: 0.1 }] } });
    expect(cellOf(review(b), "Ann", "Base commission").v).toBe(0);
  });

  it("uses the default tiers for a product line the plan does not list", () => {
    const b = build([sale("Ann", 10000, { line: "Services" })], { plan: { defaultTiers: [{ from: 0, rate: 0.08 }] } });
    expect(cellOf(review(b), "Ann", "Commission", "Services").v).toBeCloseTo(800, 9);
  });

  it.each([
    { name: "in another case", line: "SOFTWARE" },
    { name: "with other spacing", line: " Software " },
    { name: "in full-width letters", line: "Ｓｏｆｔｗａｒｅ" },
  ])("uses the plan's tiers for a product line written $name, and lists it with the plan's lines", ({ line }) => {
    const b = build([sale("Ann", 100, { line: "Services" }), sale("Ann", 180000, { line })], { plan: { lines: [{ name: "Software", tiers: ISSUE_TIERS }] } });
    const sheet = review(b);
    const groups = sheet.rows[headerRow(sheet) - 1].filter((c) => c?.v).map((c) => c?.v);
    expect({ groups, commission: cellOf(sheet, "Ann", "Commission", line).v }).toEqual({ groups: [line, "Services"], commission: 98000 });
  });

  it("lists the plan's product lines first, then the others as met in the data", () => {
    const b = build([sale("Ann", 100, { line: "Services" }), sale("Ann", 100, { line: "Hardware" }), sale("Ann", 100, { line: "Software" })], {
      plan: { lines: [{ name: "Software", tiers: ISSUE_TIERS }, { name: "Hardware", tiers: ISSUE_TIERS }] },
    });
    const sheet = review(b);
    const groups = sheet.rows[headerRow(sheet) - 1].filter((c) => c?.v).map((c) => c?.v);
    expect(groups).toEqual(["Software", "Hardware", "Services"]);
  });

  it("stops with the plan field at fault when a line's tiers are out of order", () => {
    const run = (): Build =>
      build([sale("Ann", 100, { line: "Software" })], {
        plan: { lines: [{ name: "Software", tiers: [{ from: 100000, rate: 0.6 }, { from: 0, rate: 0.5 }] }] },
      });
    expect(run).toThrow(/commission\.lines\[0\] \("Software"\): tiers: row 2/);
  });
});

describe("buildCommission: sales", () => {
  it("credits each rep of a split deal with their share (60/40)", () => {
    const b = build([sale("Ann", 100000, { share: 0.6 }), sale("Bob", 100000, { share: 0.4 })]);
    const sheet = review(b);
    expect([cellOf(sheet, "Ann", "Total sales").v, cellOf(sheet, "Bob", "Total sales").v]).toEqual([60000, 40000]);
  });

  it("totals a rep's sales per line with SUMIFS over the credited column, within the period", () => {
    const b = build([sale("Ann", 100000, { share: 0.6 })]);
    const tx = b.sheets[0];
    expect(cellOf(review(b), "Ann", "Sales", "(no product line)").f).toBe(
      `SUMIFS('${tx.name}'!$G$2:$G$2,'${tx.name}'!$B$2:$B$2,$A${headerRow(review(b)) + 2},'${tx.name}'!$D$2:$D$2,"",'${tx.name}'!$C$2:$C$2,">="&$B$${settingRow(review(b), "Period start") + 1},'${tx.name}'!$C$2:$C$2,"<="&$B$${settingRow(review(b), "Period end") + 1})`,
    );
  });

  it("does not count a transaction dated outside the period", () => {
    const b = build([sale("Ann", 1000), sale("Ann", 5000, { date: day(1, 1) - 1 })]);
    expect(cellOf(review(b), "Ann", "Total sales").v).toBe(1000);
  });

  it("warns with the count and rows of transactions outside the period", () => {
    const early = sale("Ann", 5000, { date: day(1, 1) - 1 });
    const late = sale("Ann", 5000, { date: day(12, 31) + 1 });
    const b = build([sale("Ann", 1000), early, late]);
    expect(b.warnings).toContain(
      `Sheet "Sales": 2 transactions dated outside the period 2026-01-01 to 2026-12-31 are not counted (rows ${early.row}, ${late.row}).`,
    );
  });

  it("writes every warning on the review sheet in warning style", () => {
    const b = buildCommission(context(), {
      transactions: source("Sales", [sale("Ann", 1000), sale("Ann", 5000, { date: day(12, 31) + 1 })], ["Sheet \"Sales\", row 9: amount is not a number"]),
    });
    const onSheet = review(b).rows.flat().filter((c) => c?.style === "warning").map((c) => c?.v);
    expect(onSheet).toEqual(b.warnings);
  });

  it("counts names differing only in case as one rep, as spreadsheet lookups do, and says so", () => {
    const b = build([sale("Ann", 1000), sale("ANN", 500)]);
    expect({ reps: repOrder(review(b)), sales: cellOf(review(b), "Ann", "Total sales").v, warned: b.warnings.some((w) => w.includes('"ANN"')) }).toEqual({
      reps: ["Ann"],
      sales: 1500,
      warned: true,
    });
  });

  it("keeps a name starting with = as a plain value and escapes it in criteria", () => {
    const b = build([sale("=Evil*", 1000)], { paid: [payment("=Evil*", 0)] });
    const sheet = review(b);
    const nameCell = sheet.rows.flat().find((c) => c?.v === "=Evil*");
    expect({
      name: nameCell,
      inFormulas: formulaCells(b).some((c) => c.f?.includes("Evil")),
      criterion: cellOf(sheet, "=Evil*", "Paid").f,
    }).toEqual({
      name: { v: "=Evil*" },
      inFormulas: false,
      criterion: expect.stringContaining(`"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A`),
    });
  });
});

describe("buildCommission: quota, accelerator, cap and draw", () => {
  const plan = { defaultTiers: [{ from: 0, rate: 0.05 }], accelerator: { above: 1, multiplier: 2 } };

  it("reads the quota from the people copy", () => {
    const b = build([sale("Ann", 150000)], { plan, people: [person("Ann", 100000)] });
    const quota = cellOf(review(b), "Ann", "Quota");
    expect({ v: quota.v, f: quota.f }).toEqual({ v: 100000, f: expect.stringMatching(/^IF\(COUNTIFS\(.*"<>"\)=0,"",SUMIFS\(/) });
  });

  it("leaves the quota and attainment blank for a rep without a target", () => {
    const b = build([sale("Ann", 150000)], { plan, people: [person("Ann", null)] });
    expect([cellOf(review(b), "Ann", "Quota").v, cellOf(review(b), "Ann", "Attainment").v]).toEqual(["", ""]);
  });

  it("computes attainment as total sales over quota", () => {
    const b = build([sale("Ann", 150000)], { plan, people: [person("Ann", 100000)] });
    expect(cellOf(review(b), "Ann", "Attainment").v).toBe(1.5);
  });

  // base 150,000 × 5% = 7,500; the share above quota is 50,000 / 150,000, so (2 − 1) × 7,500 × 1/3 = 2,500.
  it("pays the accelerator on the share of sales above quota", () => {
    const b = build([sale("Ann", 150000)], { plan, people: [person("Ann", 100000)] });
    expect(cellOf(review(b), "Ann", "Accelerator").v).toBeCloseTo(2500, 9);
  });

  it("pays no accelerator below quota", () => {
    const b = build([sale("Ann", 90000)], { plan, people: [person("Ann", 100000)] });
    expect(cellOf(review(b), "Ann", "Accelerator").v).toBe(0);
  });

  it("pays no accelerator without a quota", () => {
    const b = build([sale("Ann", 150000)], { plan });
    expect(cellOf(review(b), "Ann", "Accelerator").v).toBe(0);
  });

  it("caps base plus accelerator at the plan's cap", () => {
    const b = build([sale("Ann", 150000)], { plan: { ...plan, cap: 9000 }, people: [person("Ann", 100000)] });
    expect([cellOf(review(b), "Ann", "After cap").v, cellOf(review(b), "Ann", "Total due").v]).toEqual([9000, 9000]);
  });

  it("tops a low earner up to the draw", () => {
    const b = build([sale("Ann", 20000)], { plan: { ...plan, draw: 3000 } });
    expect([cellOf(review(b), "Ann", "Draw top-up").v, cellOf(review(b), "Ann", "Total due").v]).toEqual([2000, 3000]);
  });

  it("lists a person with a target but no sales with zero sales", () => {
    const b = build([sale("Ann", 1000)], { plan, people: [person("Ann", 5000), person("Cy", 8000), person("Di", null)] });
    expect({ reps: repOrder(review(b)), sales: cellOf(review(b), "Cy", "Total sales").v }).toEqual({ reps: ["Ann", "Cy"], sales: 0 });
  });

  it("adds up the targets of a person listed twice and warns", () => {
    const b = build([sale("Ann", 1000)], { plan, people: [person("Ann", 5000, 3), person("Ann", 2000, 7)] });
    expect({ quota: cellOf(review(b), "Ann", "Quota").v, warning: b.warnings }).toEqual({
      quota: 7000,
      warning: [
        'No rate is set in the plan or a rate sheet for (no product line): the default rate 5% applies. Set the rates under commission.lines (or commission.defaultTiers) in the plan, or in a Commission Rates sheet (product line, from, rate).',
        'Sheet "People": "Ann" has a target on rows 3, 7; the quota adds them up.',
      ],
    });
  });
});

describe("buildCommission: reconciliation", () => {
  // Sales 20,000 at the default 5%: 1,000 due; the default tolerance is 1.
  it.each([
    { name: "paid less than due beyond tolerance", paid: 900, status: "Underpaid" },
    { name: "paid more than due beyond tolerance", paid: 1100, status: "Overpaid" },
    { name: "paid within tolerance", paid: 1000.5, status: "OK" },
  ])("marks a rep $status when $name", ({ paid, status }) => {
    const b = build([sale("Ann", 20000)], { paid: [payment("Ann", paid)] });
    expect(cellOf(review(b), "Ann", "Status").v).toBe(status);
  });

  it("finds no false mismatch at a tolerance of 0 when payments add up to the cent (0.10 + 0.20 = 0.30)", () => {
    // 6.00 of sales at the default 5% is 0.30 due; paid in two parts whose float sum is 0.30000000000000004.
    const b = build([sale("Ann", 2), sale("Ann", 4)], { plan: { tolerance: 0 }, paid: [payment("Ann", 0.1), payment("Ann", 0.2)] });
    expect([cellOf(review(b), "Ann", "Difference").v, cellOf(review(b), "Ann", "Status").v]).toEqual([0, "OK"]);
  });

  it("rounds what is owed to the cent, in the cached value and in the formula", () => {
    // 12,345.67 at 5% is 617.2835: due 617.28.
    const due = cellOf(review(build([sale("Ann", 12345.67)])), "Ann", "Total due");
    expect([due.v, due.f]).toEqual([617.28, expect.stringMatching(/^ROUND\(.*,2\)$/)]);
  });

  it("computes the difference as paid less due", () => {
    const b = build([sale("Ann", 20000)], { paid: [payment("Ann", 600), payment("Ann", 300)] });
    expect(cellOf(review(b), "Ann", "Difference").v).toBeCloseTo(-100, 9);
  });

  it("orders mismatches first, the largest difference first, then the reps paid correctly", () => {
    const b = build([sale("Ok1", 20000), sale("Small", 20000), sale("Big", 20000), sale("Ok2", 20000)], {
      paid: [payment("Ok1", 1000), payment("Small", 950), payment("Big", 1500), payment("Ok2", 1000)],
    });
    expect(repOrder(review(b))).toEqual(["Big", "Small", "Ok1", "Ok2"]);
  });

  it("keeps the order of first appearance without paid data", () => {
    const b = build([sale("Cy", 100), sale("Ann", 5000), sale("Bob", 20000)]);
    expect(repOrder(review(b))).toEqual(["Cy", "Ann", "Bob"]);
  });

  it("lists a rep who was paid but has nothing due as overpaid", () => {
    const b = build([sale("Ann", 20000)], { paid: [payment("Ann", 1000), payment("Zed", 50)] });
    expect(cellOf(review(b), "Zed", "Status").v).toBe("Overpaid");
  });

  it("shows underpaid as bad, overpaid as highlight and OK as good", () => {
    const b = build([sale("Ann", 20000)], { paid: [payment("Ann", 900)] });
    const looks = (review(b).conditionalFormats ?? []).flatMap((cf) => (cf.type === "expression" ? [`${cf.formula} ${cf.look}`] : []));
    expect(looks).toEqual([expect.stringMatching(/="Underpaid" bad$/), expect.stringMatching(/="Overpaid" highlight$/), expect.stringMatching(/="OK" good$/)]);
  });

  it("colours attainment with a colour scale", () => {
    const b = build([sale("Ann", 20000)], { people: [person("Ann", 10000)] });
    expect((review(b).conditionalFormats ?? []).map((cf) => cf.type)).toContain("colorScale");
  });

  it("totals the due and paid columns", () => {
    const b = build([sale("Ann", 20000), sale("Bob", 40000)], { paid: [payment("Ann", 900), payment("Bob", 2000)] });
    const sheet = review(b);
    const total = sheet.rows.find((row) => row[0]?.style === "total") ?? [];
    const h = sheet.rows[headerRow(sheet)];
    const at = (heading: string): Cell | null => total[h.findIndex((c) => c?.v === heading)];
    expect([at("Total due")?.v, at("Paid")?.v, at("Difference")?.f]).toEqual([3000, 2900, expect.stringMatching(/^SUM\(/)]);
  });
});

describe("buildCommission: the build", () => {
  const everything = (language: BuildContext["language"] = "en"): Build =>
    build(
      [sale("Ann", 180000, { line: "Software", share: 0.6 }), sale("Bob", 180000, { line: "Software", share: 0.4 }), sale("Ann", 20000, { line: "Services" })],
      {
        plan: { lines: [{ name: "Software", tiers: ISSUE_TIERS }], accelerator: { above: 0.8, multiplier: 1.5 }, cap: 90000, draw: 500 },
        people: [person("Ann", 100000), person("Bob", null), person("Cy", 40000)],
        paid: [payment("Ann", 1000), payment("Bob", 36000)],
        language,
      },
    );

  it("returns the data copies, then the review sheet", () => {
    expect(everything().sheets.map((s) => s.name)).toEqual(["Data - Transactions", "Data - People", "Data - Paid", "Commission"]);
  });

  it("stops when the transactions table has no rows, naming it, instead of writing a statement of nothing", () => {
    expect(() => build([])).toThrow('Sheet "Sales" has no transactions under its header row');
  });

  it("builds an empty statement with a warning when no rep has sales in the period or a quota", () => {
    const b = build([sale("Ann", 100, { date: dateSerial(2025, 6, 1) as number })]);
    expect({ reps: repOrder(review(b)), last: b.warnings[b.warnings.length - 1] }).toEqual({ reps: [], last: "No rep has sales in the period or a quota." });
  });

  it("says when a product line pays the built-in default rate because the plan sets none", () => {
    const b = build([sale("Ann", 100, { line: "Hardware" })]);
    expect(b.warnings).toEqual(['No rate is set in the plan or a rate sheet for "Hardware": the default rate 5% applies. Set the rates under commission.lines (or commission.defaultTiers) in the plan, or in a Commission Rates sheet (product line, from, rate).']);
  });

  it("does not warn about default tiers the plan itself gives", () => {
    const b = build([sale("Ann", 100, { line: "Hardware" })], { plan: { defaultTiers: [{ from: 0, rate: 0.08 }] } });
    expect(b.warnings).toEqual([]);
  });

  it("uses no function outside the classic set", () => {
    const forbidden = formulaCells(everything()).filter((c) => /XLOOKUP|XMATCH|LET\(|LAMBDA|FILTER\(|SORT\(|UNIQUE\(|SEQUENCE\(/.test(c.f ?? ""));
    expect(forbidden).toEqual([]);
  });

  it("caches a finite number or text in every formula cell", () => {
    const bad = formulaCells(everything()).filter((c) => !(typeof c.v === "string" || (typeof c.v === "number" && Number.isFinite(c.v))));
    expect(bad).toEqual([]);
  });

  it("gives every number on the statement a number format", () => {
    const unformatted = review(everything())
      .rows.flat()
      .filter((c) => typeof c?.v === "number" && !c.fmt);
    expect(unformatted).toEqual([]);
  });

  it("summarises reps, sales, due, paid and mismatches", () => {
    expect(everything().summary).toEqual([
      "Reps: 3",
      "Total sales: 200,000.00",
      expect.stringMatching(/^Total commission due: [\d,]+\.\d\d$/),
      "Paid: 37,000.00",
      expect.stringMatching(/^Payment mismatches: \d$/),
    ]);
  });

  it("freezes the statement header and the name column", () => {
    const sheet = review(everything());
    expect(sheet.frozen).toEqual({ rows: headerRow(sheet) + 1, cols: 1 });
  });

  it.each([
    { language: "en" as const, sheet: "Commission", headings: ["Rep", "Quota", "Total sales", "Total due", "Status"] },
    { language: "zh-CN" as const, sheet: "提成核算", headings: ["销售员", "业绩目标", "销售额合计", "应发提成", "核对结果"] },
  ])("writes the headings in $language", ({ language, sheet, headings }) => {
    const spec = review(everything(language));
    const row = spec.rows[headerRow(spec, headings[0])].map((c) => c?.v);
    expect({ name: spec.name, headings: headings.filter((h) => row.includes(h)) }).toEqual({ name: sheet, headings });
  });

  it("writes the Chinese statuses in the status formula", () => {
    const f = formulaCells(everything("zh-CN")).find((c) => c.f?.startsWith("IF(ABS("))?.f;
    expect(f).toMatch(/"一致".*"少付".*"多付"/);
  });
});

describe("buildCommission: the transactions copy, grouped by rep", () => {
  /** Reps interleaved, "Ann" and "ANN" one rep, one sale outside the period: Ann on rows 2-4, Bob 5-6. */
  const mixed = build(
    [
      sale("Ann", 100, { line: "Software" }),
      sale("Bob", 200, { line: "Services" }),
      sale("ANN", 300, { line: "Services" }),
      sale("Bob", 400, { line: "Software" }),
      sale("Ann", 500, { line: "Software", date: day(1, 1) - 1 }),
    ],
    { people: [person("Cy", 40000)] },
  );
  const copy = mixed.sheets[0];
  const sheet = review(mixed);
  /** The row spans ("2:4") of every transactions-copy range the rep's row reads. */
  const spansRead = (rep: string): string[] => {
    const row = sheet.rows[sheet.rows.findIndex((r, i) => i > headerRow(sheet) && r[0]?.v === rep)];
    const formulas = row.flatMap((c) => (c?.f === undefined ? [] : [c.f]));
    return [...new Set(formulas.flatMap((f) => [...f.matchAll(/'Data - Transactions'!\$[A-Z]+\$(\d+):\$[A-Z]+\$(\d+)/g)].map((m) => `${m[1]}:${m[2]}`)))];
  };

  it("holds each rep's transactions in one block, reps in order of first appearance, source order within", () => {
    expect(copy.rows.slice(1).map((row) => [row[1]?.v, row[4]?.v])).toEqual([
      ["Ann", 100],
      ["ANN", 300],
      ["Ann", 500],
      ["Bob", 200],
      ["Bob", 400],
    ]);
  });

  it("computes the credited amount on the row each transaction lands on", () => {
    expect(copy.rows.slice(1).map((row) => row[6]?.f)).toEqual(["E2*F2", "E3*F3", "E4*F4", "E5*F5", "E6*F6"]);
  });

  it.each([
    { rep: "Ann", spans: ["2:4"] },
    { rep: "Bob", spans: ["5:6"] },
  ])("reads only $rep's block of the transactions copy in $rep's row", ({ rep, spans }) => {
    expect(spansRead(rep)).toEqual(spans);
  });

  it("totals each rep's sales in the period as before the grouping", () => {
    expect(["Ann", "Bob"].map((rep) => [cellOf(sheet, rep, "Sales", "Software").v, cellOf(sheet, rep, "Sales", "Services").v])).toEqual([
      [100, 300],
      [400, 200],
    ]);
  });

  it("writes zero sales without a formula for a rep no transaction names", () => {
    expect(cellOf(sheet, "Cy", "Sales", "Software")).toEqual({ v: 0, fmt: "#,##0.00" });
  });
});
