import { dataSheet, type DataColumn } from "../../src/sheets/dataSheet";
import { fx, ref } from "../../src/excel/formula";

interface Sale {
  rep: string;
  amount: number;
}

const COLUMNS: DataColumn<Sale>[] = [
  { role: "rep", header: "Rep", value: (s) => s.rep },
  { role: "amount", header: "Amount", value: (s) => s.amount },
  { role: "double", header: "Double", value: (s) => s.amount * 2, formula: (row) => fx`${ref(row, 1)}*2` },
];

/** Ann, Bob and ann interleaved: "Ann" and "ann" are one group. */
const SALES: Sale[] = [
  { rep: "Ann", amount: 1 },
  { rep: "Bob", amount: 2 },
  { rep: "ann", amount: 3 },
  { rep: "Cy", amount: 4 },
  { rep: "Bob", amount: 5 },
];

const byRep = { groupBy: (s: Sale) => s.rep.toLowerCase() };

describe("dataSheet", () => {
  const plain = dataSheet("Sales data", SALES, COLUMNS);
  const grouped = dataSheet("Sales data", SALES, COLUMNS, byRep);
  const values = (sheet: typeof plain, col: number) => sheet.spec.rows.slice(1).map((row) => row[col]?.v);

  it("keeps the records in source order without a group", () => {
    expect(values(plain, 1)).toEqual([1, 2, 3, 4, 5]);
  });

  it("puts each group's records in one block, groups in order of first appearance, source order within", () => {
    expect(values(grouped, 1)).toEqual([1, 3, 2, 5, 4]);
  });

  it.each([
    { name: "Ann and ann", group: "ann", block: { first: 1, last: 2 } },
    { name: "Bob", group: "bob", block: { first: 3, last: 4 } },
    { name: "Cy, a block of one row", group: "cy", block: { first: 5, last: 5 } },
    { name: "a group with no record", group: "dan", block: null },
  ])("gives the rows of $name", ({ group, block }) => {
    expect(grouped.blockOf(group)).toEqual(block);
  });

  it("has no blocks without a group", () => {
    expect(plain.blockOf("ann")).toBeNull();
  });

  it("answers where a record landed on the grouped copy", () => {
    expect([0, 1, 2, 3, 4].map((i) => grouped.rowOf(i))).toEqual([1, 3, 2, 5, 4]);
  });

  it("refers to a record's cell on the row it landed on", () => {
    expect(grouped.ref("amount", 2)).toBe("'Sales data'!$B$3");
  });

  it("gives a row-local formula the row it lands on", () => {
    expect(grouped.spec.rows.slice(1).map((row) => row[2]?.f)).toEqual(["B2*2", "B3*2", "B4*2", "B5*2", "B6*2"]);
  });

  it("gives the whole column of a field", () => {
    expect(grouped.column("amount")).toBe("'Sales data'!$B$2:$B$6");
  });

  it("gives only a block's rows of a column", () => {
    expect(grouped.column("rep", grouped.blockOf("bob") ?? undefined)).toBe("'Sales data'!$A$4:$A$5");
  });

  it("keeps the records as given, whatever the sheet's order", () => {
    expect(grouped.records).toBe(SALES);
  });

  it("shares one cell among equal values of a column without a formula", () => {
    expect(grouped.spec.rows[4][0]).toBe(grouped.spec.rows[3][0]);
  });

  it("gives every row its own formula cell", () => {
    expect(plain.spec.rows[1][2]).not.toBe(plain.spec.rows[2][2]);
  });

  it("keeps a cell of -0 apart from a cell of 0", () => {
    const zeros = dataSheet("Zeros", [{ rep: "Ann", amount: 0 }, { rep: "Bo", amount: -0 }], COLUMNS);
    expect(Object.is(zeros.spec.rows[2][1]?.v, -0)).toBe(true);
  });

  it("still gives each value its cell past the number of values a column shares", () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ rep: "Ann", amount: i }));
    const sheet = dataSheet("Many", many, COLUMNS);
    expect(sheet.spec.rows.slice(1).map((row) => row[1]?.v)).toEqual(many.map((s) => s.amount));
  });

  it("carries a column's number format on its shared cells", () => {
    const formatted = dataSheet("Formatted", SALES, [{ role: "rep", header: "Rep", value: (s: Sale) => s.rep, fmt: "@" }]);
    expect(formatted.spec.rows[2][0]).toEqual({ v: "Bob", fmt: "@" });
  });

  it("names the sheet and the role when a column is missing", () => {
    expect(() => grouped.column("date")).toThrow('data sheet "Sales data" has no column for date');
  });
});
