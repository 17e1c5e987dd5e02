import { defaultPlan } from "../../src/reviews/plan";
import type { Dataset } from "../../src/datasets/records";
import { findHeaderRow, Grid, headerTexts, pickSource } from "../../src/datasets/grid";
import { columnOverrides, GridPlace, MAX_PROBLEMS, ReadError, readDataset, ReadOptions } from "../../src/datasets/readDataset";
import { readOptionsFromPlan } from "../../src/reviews/plan";
import type { DatasetRecords, SourceData } from "../../src/datasets/records";

/** Reads and expects success; the failure's messages show up in the test output otherwise. */
function read<D extends Dataset>(dataset: D, grid: Grid, options: ReadOptions = {}, where: GridPlace = { sheet: "Data" }): SourceData<DatasetRecords[D]> {
  const result = readDataset(dataset, grid, where, options);
  if (result instanceof ReadError) throw new Error(`expected records, got:\n${result.message}`);
  return result;
}

/** Reads and expects failure. */
function fail(dataset: Dataset, grid: Grid, options: ReadOptions = {}, where: GridPlace = { sheet: "Data" }): ReadError {
  const result = readDataset(dataset, grid, where, options);
  if (!(result instanceof ReadError)) throw new Error(`expected a ReadError, got ${result.records.length} records`);
  return result;
}

const DEALS_HEADER = ["Deal", "Owner", "Stage", "Amount", "Status"];

describe("headerTexts", () => {
  it("trims text, writes numbers and leaves other cells blank", () => {
    expect(headerTexts([" Name ", 2025, null, true, "  "])).toEqual(["Name", "2025", null, null, null]);
  });
});

describe("findHeaderRow", () => {
  it("passes over a title, a note and a blank row above the header", () => {
    const grid: Grid = [["Q1 pipeline", null, null], ["Exported from the CRM", null, null], [], ["Owner", "Stage", "Amount"], ["Ann", "Lead", 100]];
    expect(findHeaderRow(grid, "deals")).toBe(3);
  });

  it("does not take a row that lacks a required column", () => {
    expect(findHeaderRow([["Owner", "Stage", "Notes"], ["Ann", "Lead", "x"]], "deals")).toBe(-1);
  });

  it("takes the row that maps the most roles when several have every required one", () => {
    const grid: Grid = [["Name", null], ["Name", "Team", "Last year"], ["Ann", "East", 100]];
    expect(findHeaderRow(grid, "people")).toBe(1);
  });

  it("looks no further than row 20", () => {
    const grid: Grid = [...Array.from({ length: 20 }, () => ["note"]), ["Owner", "Stage", "Amount"]];
    expect(findHeaderRow(grid, "deals")).toBe(-1);
  });

  it("uses the plan's header for a role", () => {
    expect(findHeaderRow([["Owner", "Stage", "Betrag"]], "deals", { amount: "Betrag" })).toBe(0);
  });
});

describe("pickSource", () => {
  it("picks the sheet whose header row has the dataset's columns", () => {
    const candidates = [
      { kind: "sheet" as const, name: "Readme", grid: [["How to use this workbook"]] },
      { kind: "sheet" as const, name: "Q1", grid: [["Title"], ["Owner", "Stage", "Amount"]] },
    ];
    expect(pickSource("deals", candidates)).toBe(1);
  });

  it("prefers the sheet with more of the dataset's roles", () => {
    const candidates = [
      { kind: "sheet" as const, name: "Scores", grid: [["Name", "KPI", "Target", "Actual"]] },
      { kind: "sheet" as const, name: "Staff", grid: [["Name", "Team", "Last year", "Potential"]] },
    ];
    expect(pickSource("people", candidates)).toBe(1);
  });

  it("breaks a tie by the sheet's name", () => {
    const candidates = [
      { kind: "sheet" as const, name: "Sheet1", grid: [["Rep", "Paid"]] },
      { kind: "sheet" as const, name: "Payouts", grid: [["Rep", "Paid"]] },
    ];
    expect(pickSource("paid", candidates)).toBe(1);
  });

  it("prefers a table to the sheet it sits on", () => {
    const candidates = [
      { kind: "sheet" as const, name: "Q1", grid: [["Owner", "Stage", "Amount"]] },
      { kind: "table" as const, name: "tblQ1", grid: [["Owner", "Stage", "Amount"]] },
    ];
    expect(pickSource("deals", candidates)).toBe(1);
  });

  it("prefers a table to the sheet it sits on when the sheet's name says what it holds", () => {
    const candidates = [
      { kind: "sheet" as const, name: "Deals", grid: [["Pipeline"], ["Owner", "Stage", "Amount"]] },
      { kind: "table" as const, name: "tblQ1", sheet: "Deals", grid: [["Owner", "Stage", "Amount"]] },
    ];
    expect(pickSource("deals", candidates)).toBe(1);
  });

  it("returns -1 when there is nowhere to look", () => {
    expect(pickSource("deals", [])).toBe(-1);
  });
});

describe("readDataset: scores", () => {
  const grid: Grid = [
    ["Q1 scorecard", null, null, null, null],
    ["Name", "KPI", "Target", "Actual", "Team"],
    ["Ann", "Revenue", "1,234", 1300, "East"],
    ["Ann", "Win rate", "30%", "28.5%", "East"],
    ["Bo", "Revenue", 1000, null, null],
  ];

  it("reads each row into a record that keeps its sheet row", () => {
    expect(read("scores", grid).records[0]).toEqual({ row: 3, name: "Ann", kpi: "Revenue", target: 1234, actual: 1300, team: "East" });
  });

  it("reads percentages typed as text as fractions", () => {
    const record = read("scores", grid).records[1];
    expect([record.target, record.actual]).toEqual([0.3, 0.285]);
  });

  it("reads a blank actual as null", () => {
    expect(read("scores", grid).records[2].actual).toBeNull();
  });

  it("names where it read from", () => {
    expect(read("scores", grid).origin).toBe('Sheet "Data"');
  });

  it("gives the header found for each role", () => {
    expect(read("scores", grid).headers).toEqual({ name: "Name", kpi: "KPI", target: "Target", actual: "Actual", team: "Team" });
  });

  it("counts rows from the sheet row the grid starts at", () => {
    expect(read("scores", grid, {}, { sheet: "Data", firstRow: 5 }).records[0].row).toBe(7);
  });

  it("keeps a name that looks like a formula as text", () => {
    const result = read("scores", [["Name", "KPI", "Target", "Actual"], ["=1+1", "+Sales", 10, 5]]);
    expect([result.records[0].name, result.records[0].kpi]).toEqual(["=1+1", "+Sales"]);
  });

  it("fails on a person with the same KPI twice, naming both rows", () => {
    const error = fail("scores", [["Name", "KPI", "Target", "Actual"], ["Ann", "Revenue", 1, 1], ["Bo", "Revenue", 1, 1], ["ann", "revenue", 2, 2]]);
    expect(error.messages).toEqual(['Sheet "Data", row 4, column A (Name): "ann" has the KPI "revenue" twice (also row 2)']);
  });

  it("accepts one person with several KPIs", () => {
    expect(read("scores", [["Name", "KPI", "Target", "Actual"], ["Ann", "Revenue", 1, 1], ["Ann", "Margin", 1, 1]]).records).toHaveLength(2);
  });

  it("fails on a blank target", () => {
    const error = fail("scores", [["Name", "KPI", "Target", "Actual"], ["Ann", "Revenue", null, 1]]);
    expect(error.messages).toEqual(['Sheet "Data", row 2, column C (Target): blank, but every row needs one']);
  });
});

describe("readDataset: rows that are not data", () => {
  it("skips blank rows without a word", () => {
    const result = read("paid", [["Rep", "Paid"], ["Ann", 10], [null, "  "], [], ["Bo", 20]]);
    expect([result.records.map((r) => r.rep), result.warnings]).toEqual([["Ann", "Bo"], []]);
  });

  it.each([{ label: "Total" }, { label: "Totals" }, { label: "Grand total" }, { label: "TOTAL:" }, { label: "合计" }, { label: "总计" }, { label: "小计" }])(
    'leaves out a "$label" row with a warning',
    ({ label }) => {
      const result = read("paid", [["Rep", "Paid"], ["Ann", 10], [label, 10]]);
      expect([result.records.length, result.warnings]).toEqual([1, [`Sheet "Data", row 3: left out the total row ("${label}")`]]);
    },
  );

  it("recognises a total row by its first filled cell when the name cell is blank", () => {
    const result = read("deals", [DEALS_HEADER, ["D1", "Ann", "Lead", 10, null], ["Total", null, null, 10, null]]);
    expect(result.warnings).toEqual(['Sheet "Data", row 3: left out the total row ("Total")']);
  });

  it("leaves out with a warning a row with content but none of the required values", () => {
    const result = read("deals", [DEALS_HEADER, ["D1", "Ann", "Lead", 10, null], ["D2", null, null, null, "open"]]);
    expect(result.warnings).toEqual(['Sheet "Data", row 3: left out, it has no Owner, Stage or Amount']);
  });
});

describe("readDataset: missing columns", () => {
  it("names the missing column and lists the headers it found", () => {
    const error = fail("deals", [["Pipeline"], ["Deal", "Owner", "Stage", "Notes"], ["D1", "Ann", "Lead", "x"]], {}, { sheet: "Deals", firstRow: 3 });
    expect(error.messages).toEqual([
      'Sheet "Deals": missing column Amount (a header such as Amount, Value, Revenue, Sales, Sales amount). Of the first 20 rows, row 4 comes closest to a header row: "Deal", "Owner", "Stage", "Notes"',
    ]);
  });

  it("names a column the plan asked for that is not there", () => {
    const error = fail("people", [["Name", "Team"]], { weightColumn: "Headcount" });
    expect(error.messages[0]).toContain(`missing column "Headcount" (the plan's column for weight)`);
  });

  it("says so when the sheet is empty", () => {
    expect(fail("paid", [], {}, { sheet: "Paid" }).messages).toEqual(['Sheet "Paid" is empty: expected columns Name, Paid']);
  });

  it("fails on a plan override for a role the dataset does not have", () => {
    const error = fail("paid", [["Rep", "Paid"]], { columns: { stage: "Rep" } });
    expect(error.messages).toEqual(['The plan names a column for "stage", but paid has no such column (it has rep, paid, period, currency)']);
  });

  it("looks for a table's header in its first row only", () => {
    const error = fail("paid", [["Payouts"], ["Rep", "Paid"]], {}, { sheet: "P", table: "tblPaid" });
    expect(error.messages[0]).toMatch(/^Sheet "P" \(table "tblPaid"\): missing columns Name/);
  });
});

describe("readDataset: people", () => {
  it("leaves a last-year figure showing #N/A out, with a warning naming the cell, instead of stopping the read", () => {
    const result = read("people", [["Name", "Last year"], ["Ann", 100], ["Bo", null]], {}, { sheet: "Team", errors: { B3: "#N/A" } });
    expect([result.records.map((p) => p.lastYear), result.warnings]).toEqual([
      [100, null],
      ['Sheet "Team", row 3, column B (Last year): the cell shows the error #N/A, so it is left blank (this value is not used); correct it in the source to use it'],
    ]);
  });

  it("still stops on an error in a column a person cannot do without (the name)", () => {
    expect(fail("people", [["Name", "Last year"], [null, 100]], {}, { sheet: "Team", errors: { A2: "#REF!" } }).messages).toEqual([
      'Sheet "Team", row 2, column A (Name): the cell shows the error #REF!',
    ]);
  });

  it("fails on a person listed twice in one team, naming both rows", () => {
    const error = fail("people", [["Name", "Team"], ["Ann", "East"], ["Bo", "West"], [" Ann ", "East"]], {}, { sheet: "People" });
    expect(error.messages).toEqual(['Sheet "People", row 4, column A (Name): "Ann" is listed twice (also row 2)']);
  });

  it("fails on a name listed twice when there is no team column", () => {
    const error = fail("people", [["Name", "Target"], ["Ann", 1], ["Ann", 2]], {}, { sheet: "People" });
    expect(error.messages).toEqual(['Sheet "People", row 3, column A (Name): "Ann" is listed twice (also row 2)']);
  });

  it("keeps two people of one name in two teams", () => {
    const data = read("people", [["Name", "Team"], ["Ann", "East"], ["Ann", "West"]]);
    expect(data.records.map((p) => [p.name, p.team])).toEqual([["Ann", "East"], ["Ann", "West"]]);
  });

  it("reads the weight from the column the plan names", () => {
    expect(read("people", [["Name", "Headcount"], ["Ann", 3]], { weightColumn: "Headcount" }).records[0].weight).toBe(3);
  });

  it("reads start dates typed as text and as date serials", () => {
    const result = read("people", [["Name", "Start date"], ["Ann", "2026-04-01"], ["Bo", 46113], ["Cy", "2026年4月1日"]]);
    expect(result.records.map((r) => r.start)).toEqual([46113, 46113, 46113]);
  });

  it("drops the time of day from a date", () => {
    expect(read("people", [["Name", "Start date"], ["Ann", 46113.75]]).records[0].start).toBe(46113);
  });

  it("leaves the roles without a column null", () => {
    expect(read("people", [["Name"], ["Ann"]]).records[0]).toEqual({ row: 2, name: "Ann", team: null, target: null, lastYear: null, potential: null, weight: null, start: null, end: null });
  });

  it.each([
    { value: "31/31/2026", message: '"31/31/2026" is not a date (write dates like 2026-04-01)' },
    { value: 2026, message: "2026 is not a date (write dates like 2026-04-01)" },
    { value: "soon", message: '"soon" is not a date (write dates like 2026-04-01)' },
  ])("fails on the date $value", ({ value, message }) => {
    expect(fail("people", [["Name", "Start date"], ["Ann", value]]).messages).toEqual([`Sheet "Data", row 2, column B (Start date): ${message}`]);
  });

  it("fails once for a column whose dates could be month first or day first, and nothing on the sheet settles it", () => {
    expect(fail("people", [["Name", "Start date"], ["Ann", "01/04/2026"], ["Bo", "02/03/2026"]]).messages).toEqual([
      'Sheet "Data", column B (Start date): dates such as "01/04/2026" (row 2) could be month first or day first, and no date on the sheet settles it; write them as 2026-03-31',
    ]);
  });
});

describe("readDataset: history", () => {
  it.each([
    { month: 3, read: 3 },
    { month: "3", read: 3 },
    { month: "Mar", read: 3 },
    { month: "March", read: 3 },
    { month: "3月", read: 3 },
    { month: "三月", read: 3 },
    { month: "2025-03", read: 3 },
    { month: 45717, read: 3 },
  ])("reads the month $month as $read", ({ month, read: expected }) => {
    expect(read("history", [["Year", "Month", "Amount"], [2025, month, 10]]).records[0].month).toBe(expected);
  });

  it("reads a year written 2025年", () => {
    expect(read("history", [["年份", "月份", "金额"], ["2025年", "1月", 10]]).records[0].year).toBe(2025);
  });

  it.each([{ month: 13 }, { month: "Marchember" }, { month: 0 }, { month: "constructor" }, { month: "toString" }, { month: "__proto__" }])("fails on the month $month", ({ month }) => {
    expect(fail("history", [["Year", "Month", "Amount"], [2025, month, 10]]).messages[0]).toMatch(/column B \(Month\): .* is not a month \(1 to 12\)$/);
  });
});

describe("readDataset: deals", () => {
  it("fails on a non-numeric amount, naming sheet, row and column", () => {
    const grid: Grid = [DEALS_HEADER, ["D1", "Ann", "Lead", "abc", null]];
    expect(fail("deals", grid, {}, { sheet: "Deals", firstRow: 16 }).messages).toEqual(['Sheet "Deals", row 17, column D (Amount): "abc" is not a number']);
  });

  it("names the column letter on the sheet when the grid starts right of column A", () => {
    const grid: Grid = [["Owner", "Stage", "Amount"], ["Ann", "Lead", true]];
    expect(fail("deals", grid, {}, { sheet: "Deals", firstRow: 3, firstCol: 2 }).messages).toEqual(['Sheet "Deals", row 4, column D (Amount): TRUE is not a number']);
  });

  it("fails when no deal is at a known stage, listing every stage value with its count and the plan lines to copy", () => {
    const error = fail("deals", [DEALS_HEADER, ["D1", "Ann", "Closing", 10, null], ["D2", "Bo", "closing", 5, null], ["D3", "Bo", "Pitch", 5, null]], { stagesSection: "funnel" }, { sheet: "Deals" });
    expect(error.messages).toEqual([
      'Sheet "Deals", column C (Stage): no deal is at a stage of the funnel (Lead, Needs, Proposal, Negotiation, Won). The stage values found: "Closing" (2), "Pitch" (1). To use them, list them in the plan in funnel order, as "funnel": { "stages": [ { "name": "Closing", "probability": 0.5 }, { "name": "Pitch", "probability": 0.5 } ] }, and set each probability',
    ]);
  });

  it("leaves out deals at an unknown stage with one warning per value, naming the nearest stage", () => {
    const grid: Grid = [DEALS_HEADER, ["D1", "Ann", "Propsal", 10, null], ["D2", "Ann", "Lead", 10, null], ["D3", "Bo", "propsal", 5, null], ["D4", "Bo", "Xyz", 5, null]];
    const result = read("deals", grid, {}, { sheet: "Deals" });
    expect([result.records.map((r) => r.id), result.warnings]).toEqual([
      ["D2"],
      [
        'Sheet "Deals", column C (Stage): "Propsal" (2 rows: rows 2, 4) is not a stage of the funnel (Lead, Needs, Proposal, Negotiation, Won); did you mean Proposal? Those deals are left out',
        'Sheet "Deals", column C (Stage): "Xyz" (1 row: row 5) is not a stage of the funnel (Lead, Needs, Proposal, Negotiation, Won) Those deals are left out',
      ],
    ]);
  });

  it.each([{ stage: "proposal" }, { stage: " PROPOSAL " }, { stage: "方案" }])('reads the stage "$stage" as Proposal', ({ stage }) => {
    expect(read("deals", [DEALS_HEADER, ["D1", "Ann", stage, 10, null]]).records[0].stage).toBe("Proposal");
  });

  it("matches stages against the plan's stages and aliases", () => {
    const stages = [{ name: "Qualify", aliases: ["Q"] }, { name: "Closed", aliases: ["Signed"] }];
    expect(read("deals", [DEALS_HEADER, ["D1", "Ann", "q", 10, null]], { stages }).records[0].stage).toBe("Qualify");
  });

  it.each([
    { stage: "Won", status: null, read: "won" },
    { stage: "Negotiation", status: null, read: "open" },
    { stage: "Won", status: "Lost", read: "lost" },
    { stage: "Negotiation", status: "赢单", read: "won" },
    { stage: "Proposal", status: "丢单", read: "lost" },
    { stage: "Won", status: "open", read: "open" },
  ])("gives a deal in $stage with status $status the status $read", ({ stage, status, read: expected }) => {
    expect(read("deals", [DEALS_HEADER, ["D1", "Ann", stage, 10, status]]).records[0].status).toBe(expected);
  });

  it("takes the last of the plan's stages as the won one", () => {
    const stages = [{ name: "Open", aliases: [] }, { name: "Signed", aliases: [] }];
    expect(read("deals", [["Owner", "Stage", "Amount"], ["Ann", "Signed", 10]], { stages }).records[0].status).toBe("won");
  });

  it("leaves out a deal whose status is not won, lost or open, with one warning per value", () => {
    const result = read("deals", [DEALS_HEADER, ["D1", "Ann", "Lead", 10, "maybe"], ["D2", "Ann", "Lead", 10, "Maybe"], ["D3", "Ann", "Lead", 10, "open"]]);
    expect([result.records.map((r) => r.id), result.warnings]).toEqual([
      ["D3"],
      ['Sheet "Data", column E (Status): "maybe" (2 rows: rows 2, 3) is not a status (won, lost or open); those deals are left out'],
    ]);
  });

  it("reads a numeric deal id as text", () => {
    expect(read("deals", [DEALS_HEADER, [1001, "Ann", "Lead", 10, null]]).records[0].id).toBe("1001");
  });

  it("reads an amount with thousands separators and a currency sign", () => {
    expect(read("deals", [DEALS_HEADER, ["D1", "Ann", "Lead", "¥1,234,567.50", null]]).records[0].amount).toBe(1234567.5);
  });

  it("names the Excel error a cell shows", () => {
    const error = fail("deals", [DEALS_HEADER, ["D1", "Ann", "Lead", null, null]], {}, { sheet: "Deals", errors: { D2: "#DIV/0!" } });
    expect(error.messages).toEqual(['Sheet "Deals", row 2, column D (Amount): the cell shows the error #DIV/0!']);
  });

  it("lists every problem at once", () => {
    const grid: Grid = [DEALS_HEADER, ["D1", "Ann", "Lead", "x", null], ["D2", null, "Lead", 10, null]];
    expect(fail("deals", grid).messages).toHaveLength(2);
  });

  it(`lists at most ${MAX_PROBLEMS} problems and counts the rest`, () => {
    const grid: Grid = [DEALS_HEADER, ...Array.from({ length: 25 }, (_, i) => [`D${i}`, "Ann", "Lead", "x", null])];
    const error = fail("deals", grid);
    expect([error.messages.length, error.more, error.message.split("\n").pop()]).toEqual([20, 5, "...and 5 more problems"]);
  });
});

describe("readDataset: transactions", () => {
  const header = ["Rep", "Date", "Product line", "Amount", "Share"];

  it("reads an ERP sales export (金蝶/用友 style) on its amount without tax, not the total with tax", () => {
    // 单据编号 单据日期 客户 业务员 物料名称 数量 无税金额 价税合计: 11,300 with 13% VAT is 10,000 without it.
    const grid = [["单据编号", "单据日期", "客户", "业务员", "物料名称", "数量", "无税金额", "价税合计"], ["XSCKD-0001", "2026-03-05", "华星科技", "张伟", "服务器", 2, 10000, 11300]];
    const r = read("transactions", grid).records[0];
    expect([r.id, r.rep, r.line, r.amount]).toEqual(["XSCKD-0001", "张伟", "服务器", 10000]);
  });

  it("asks for the amount column of an export that has only the total with tax", () => {
    const error = fail("transactions", [["单据编号", "单据日期", "业务员", "价税合计"], ["X1", "2026-03-05", "张伟", 11300]]);
    expect(error.messages[0]).toContain("missing column Amount");
  });

  it("reads an English ledger export's transaction id, posting date and net amount", () => {
    const r = read("transactions", [["Txn ID", "Posting Date", "Salesperson", "Item", "Net Amount"], ["T-9", "2026-03-05", "Ann", "Widgets", 1250]]).records[0];
    expect([r.id, r.date, r.rep, r.line, r.amount]).toEqual(["T-9", 46086, "Ann", "Widgets", 1250]);
  });

  it.each([
    { share: null, read: 1 },
    { share: "50%", read: 0.5 },
    { share: 0.5, read: 0.5 },
    { share: "0.25", read: 0.25 },
    { share: 1, read: 1 },
  ])("reads the share $share as $read", ({ share, read: expected }) => {
    expect(read("transactions", [header, ["Ann", "2026-04-01", "SaaS", 10, share]]).records[0].share).toBe(expected);
  });

  it.each([{ share: 1.5 }, { share: "150%" }, { share: -0.5 }])("fails on the share $share", ({ share }) => {
    expect(fail("transactions", [header, ["Ann", "2026-04-01", "SaaS", 10, share]]).messages[0]).toMatch(/^Sheet "Data", row 2, column E \(Share\): .* is not a share between 0 and 100%$/);
  });

  it("gives a product line the plan's name when it matches a name or alias", () => {
    const lines = [{ name: "Software", aliases: ["SaaS", "软件"] }];
    expect(read("transactions", [header, ["Ann", 46113, "saas", 10, null], ["Bo", 46113, "软件", 10, null]], { lines }).records.map((r) => r.line)).toEqual(["Software", "Software"]);
  });

  it("keeps a product line the plan does not know as written", () => {
    expect(read("transactions", [header, ["Ann", 46113, " Hardware ", 10, null]]).records[0].line).toBe("Hardware");
  });

  it('gives "" as the line when there is no product line column', () => {
    expect(read("transactions", [["Rep", "Date", "Amount"], ["Ann", 46113, 10]]).records[0].line).toBe("");
  });

  it("fails on a blank date", () => {
    expect(fail("transactions", [header, ["Ann", null, "SaaS", 10, null]]).messages).toEqual(['Sheet "Data", row 2, column B (Date): blank, but every row needs one']);
  });
});

describe("readDataset: paid", () => {
  it("reads a blank paid amount as nothing paid", () => {
    expect(read("paid", [["Rep", "Paid"], ["Ann", null]]).records[0].paid).toBe(0);
  });
});

describe("readOptionsFromPlan", () => {
  it("takes a dataset's column overrides, and from each review only what concerns that dataset", () => {
    const plan = { ...defaultPlan(), sources: { deals: { columns: { amount: "Net" } } } };
    expect(readOptionsFromPlan(plan, "deals")).toEqual({ columns: { amount: "Net" }, language: "en", stagesSection: "funnel" });
  });

  it("gives the funnel's stages to the deals and the commission's product lines to the transactions", () => {
    const plan = defaultPlan();
    const stages = [
      { name: "Open", aliases: [], maxDays: null, probability: 0.5 },
      { name: "Won", aliases: [], maxDays: null, probability: 1 },
    ];
    const lines = [{ name: "HW", aliases: ["Hardware"], tiers: [{ from: 0, rate: 0.1 }] }];
    const withBoth = { ...plan, funnel: { stages }, commission: { ...plan.commission, lines } };
    expect([readOptionsFromPlan(withBoth, "deals"), readOptionsFromPlan(withBoth, "transactions")]).toEqual([
      { columns: undefined, language: "en", stagesSection: "funnel", stages },
      { columns: undefined, language: "en", lines },
    ]);
  });

  it("asks for the weight column only when targets are weighted by it", () => {
    const plan = defaultPlan();
    const byColumn = { ...plan, targets: { ...plan.targets, weighting: "column" as const, weightColumn: "Headcount" } };
    const byLastYear = { ...plan, targets: { ...plan.targets, weighting: "lastYear" as const, weightColumn: "Headcount" } };
    expect([readOptionsFromPlan(byColumn, "people").weightColumn, readOptionsFromPlan(byLastYear, "people").weightColumn]).toEqual(["Headcount", undefined]);
  });
});

describe("columnOverrides", () => {
  it("adds the weight column for people", () => {
    expect(columnOverrides("people", { columns: { name: "Who" }, weightColumn: "Headcount" })).toEqual({ name: "Who", weight: "Headcount" });
  });

  it("ignores the weight column for other datasets", () => {
    expect(columnOverrides("deals", { weightColumn: "Headcount" })).toEqual({});
  });
});

describe("readDataset: problems and warnings in Chinese", () => {
  const zh: ReadOptions = { language: "zh-CN" };
  const DEALS_ZH = ["编号", "负责人", "阶段", "金额", "创建日期"];

  it("names a missing column with the Chinese headers it could have", () => {
    const error = fail("deals", [["商机管道"], ["编号", "负责人", "阶段", "备注"], ["D1", "张伟", "线索", "x"]], zh, { sheet: "商机", firstRow: 3 });
    expect(error.messages).toEqual([
      "工作表“商机”：缺少列 金额（表头可写作 金额、销售额、销售金额、商机金额、预计金额）。前20行中，第4行最像表头行：“编号”、“负责人”、“阶段”、“备注”",
    ]);
  });

  it("says an empty sheet lacks the required columns, by their Chinese names", () => {
    expect(fail("paid", [], zh, { sheet: "已发" }).messages).toEqual(["工作表“已发”是空的，应有以下列：姓名、已付"]);
  });

  it("names the sheet, row and column of a cell that is not a number", () => {
    const error = fail("deals", [DEALS_ZH, ["D1", "张伟", "线索", 100, null], ["D2", "李娜", "线索", "abc", null]], zh, { sheet: "Deals", firstRow: 15 });
    expect(error.messages).toEqual(["工作表“Deals”第17行D列（金额）：“abc”不是数字"]);
  });

  it("names the cell of a date it cannot read and shows how to write one", () => {
    const error = fail("deals", [DEALS_ZH, ["D1", "张伟", "线索", 100, "下周"]], zh, { sheet: "商机" });
    expect(error.messages).toEqual(["工作表“商机”第2行E列（创建日期）：“下周”不是日期（日期请写成 2026-04-01 这样的格式）"]);
  });

  it("fails on a person listed twice, naming both rows", () => {
    const error = fail("people", [["姓名", "部门"], ["张伟", "华东"], ["李娜", "华南"], ["张伟", "华东"]], zh, { sheet: "人员" });
    expect(error.messages).toEqual(["工作表“人员”第4行A列（姓名）：“张伟”重复出现（另见第2行）"]);
  });

  it("fails when no deal is at a known stage, in Chinese", () => {
    const error = fail("deals", [DEALS_ZH, ["D1", "张伟", "签约中", 100, null]], { ...zh, stagesSection: "funnel" }, { sheet: "商机" });
    expect(error.messages).toEqual([
      '工作表“商机”C列（阶段）：没有任何商机处于漏斗的阶段（Lead、Needs、Proposal、Negotiation、Won）。表中的阶段值：“签约中”（1）。如需使用，请在方案中按漏斗顺序列出："funnel": { "stages": [ { "name": "签约中", "probability": 0.5 } ] }，并设置每个阶段的赢率',
    ]);
  });

  it("warns in Chinese about a misspelt stage", () => {
    const result = read("deals", [DEALS_ZH, ["D1", "张伟", "方案", 100, null], ["D2", "张伟", "线锁", 100, null]], zh, { sheet: "商机" });
    expect(result.warnings).toEqual(["工作表“商机”C列（阶段）：“线锁”（1 行：第3行）不是漏斗中的阶段（Lead、Needs、Proposal、Negotiation、Won），是否应为“Lead”？这些商机未计入"]);
  });

  it("leaves out a total row with a Chinese warning", () => {
    const result = read("paid", [["姓名", "已付"], ["张伟", 10], ["合计", 10]], zh, { sheet: "已发" });
    expect(result.warnings).toEqual(["工作表“已发”第3行：已略过合计行（“合计”）"]);
  });

  it("leaves out a row without any required value with a Chinese warning", () => {
    const result = read("deals", [DEALS_ZH, ["D1", "张伟", "线索", 10, null], ["D2", null, null, null, null]], zh, { sheet: "商机" });
    expect(result.warnings).toEqual(["工作表“商机”第3行：已略过，该行没有负责人、阶段或金额"]);
  });

  it("counts the problems beyond those listed in Chinese", () => {
    const grid: Grid = [["姓名", "已付"], ...Array.from({ length: MAX_PROBLEMS + 3 }, (_, i) => [`员工${i}`, "很多"])];
    expect(fail("paid", grid, zh).message.split("\n").pop()).toBe("……另有 3 个问题");
  });

  it("keeps English when no language is given", () => {
    expect(fail("deals", [DEALS_ZH, ["D1", "张伟", "线索", "abc", null]], {}, { sheet: "Deals" }).messages).toEqual(['Sheet "Deals", row 2, column D (金额): "abc" is not a number']);
  });
});

describe("readDataset: what a review could not write, named at the input", () => {
  it("names the column and the rows when amounts add up past what a total can hold (1e308 twice)", () => {
    const grid: Grid = [DEALS_HEADER, ["D1", "Ann", "Won", 1e308, "Won"], ["D2", "Bob", "Won", 5, "Won"], ["D3", "Cho", "Won", "1e308", "Won"]];
    expect(fail("deals", grid).messages).toEqual([
      `Sheet "Data", column D (Amount): the values add up to more than 1E+300, past what the review's totals can compute; the largest are Sheet "Data", row 2 (1.00E+308), Sheet "Data", row 4 (1.00E+308), Sheet "Data", row 3 (5.00E+0): check them (an amount typed with too many digits?)`,
    ]);
  });

  it("says the same in Chinese", () => {
    const grid: Grid = [["年份", "月份", "金额"], [2025, 1, 1e300], [2025, 2, 1e300]];
    expect(fail("history", grid, { language: "zh-CN" }).messages[0]).toMatch(/^工作表“Data”C列（金额）：数值合计超过1E\+300.*第2行.*第3行/);
  });

  it("reads amounts that are large but add up within reach", () => {
    expect(read("history", [["Year", "Month", "Amount"], [2025, 1, 1e299], [2025, 2, 1e299]]).records).toHaveLength(2);
  });

  it("names the input cell of a text longer than an Excel cell holds (a CSV can carry one)", () => {
    const grid: Grid = [["Name", "Team", "Target"], ["Ann", "North", 10], ["x".repeat(40_000), "North", 10]];
    expect(fail("people", grid).messages).toEqual([`Sheet "Data", row 3, column A (Name): its text is 40,000 characters long, more than Excel's 32,767`]);
  });

  it("refuses more data rows than the review's copy sheet holds, naming the sheet and the limit", () => {
    const grid: Grid = [["Year", "Month", "Amount"]];
    for (let i = 0; i < 1_048_576; i++) grid.push([2025, 1 + (i % 12), 1]);
    expect(fail("history", grid, {}, { sheet: "History" }).messages).toEqual([
      'Sheet "History" has 1,048,576 data rows; the review copies them to one sheet, which holds at most 1,048,575 under its header. Split the data (by year or region, say) and build a review for each part.',
    ]);
  });
});
