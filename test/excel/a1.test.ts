import { cellRef, columnLetter, parseRange, rangeRef } from "../../src/excel/a1";

describe("A1 references", () => {
  it.each([
    { col: 0, letters: "A" },
    { col: 25, letters: "Z" },
    { col: 26, letters: "AA" },
    { col: 701, letters: "ZZ" },
    { col: 702, letters: "AAA" },
  ])("column $col is $letters", ({ col, letters }) => {
    expect(columnLetter(col)).toBe(letters);
  });

  it("writes absolute cells and ranges", () => {
    expect(cellRef(6, 1, true)).toBe("$B$7");
    expect(rangeRef(1, 1, 12, 1)).toBe("B2:B13");
  });
});

describe("parseRange", () => {
  it.each([
    { ref: "B2:D9", area: { top: 1, left: 1, bottom: 8, right: 3 } },
    { ref: "$C$7", area: { top: 6, left: 2, bottom: 6, right: 2 } },
    { ref: "AA1:AB2", area: { top: 0, left: 26, bottom: 1, right: 27 } },
  ])("reads $ref", ({ ref, area }) => {
    expect(parseRange(ref)).toEqual(area);
  });

  it.each([{ ref: "D9:B2" }, { ref: "B0" }, { ref: "Sheet1!A1" }, { ref: "b2" }])("refuses $ref", ({ ref }) => {
    expect(parseRange(ref)).toBeNull();
  });
});
