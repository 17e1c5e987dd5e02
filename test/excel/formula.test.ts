import { a1, exactCriterion, fx, join, num, onSheet, range, ref, sheetPrefix, text } from "../../src/excel/formula";

describe("the formula builder", () => {
  it("splices references, numbers and quoted text into a template", () => {
    expect(fx`IF(${ref(4, 2)}=${text("Won")},${1.5},0)`).toBe('IF(C5="Won",1.5,0)');
  });

  it("quotes text and doubles its quotes, so a label never becomes formula syntax", () => {
    expect(fx`${text('say "hi"),1,(2')}`).toBe('"say ""hi""),1,(2"');
  });

  it("writes numbers without float noise or exponents", () => {
    expect([num(0.1 + 0.2), num(1e-7), num(-2500)]).toEqual(["0.3", "0.0000001", "-2500"]);
  });

  it("refuses a number a formula cannot hold", () => {
    expect(() => num(Number.NaN)).toThrow("cannot hold the number NaN");
  });

  it("joins parts with an operator, and gives the empty part for none", () => {
    expect([join([ref(0, 0), ref(0, 1), 2], "+"), join([], "+", 0), join([], ",")]).toEqual(["A1+B1+2", "0", '""']);
  });

  it("writes absolute ranges and references on other sheets, quoting the sheet's name", () => {
    expect([range(1, 1, 12, 1, true), sheetPrefix("Bob's deals"), onSheet("Data - Deals", ref(1, 3, true))]).toEqual([
      "$B$2:$B$13",
      "'Bob''s deals'!",
      "'Data - Deals'!$D$2",
    ]);
  });

  it.each([{ reference: "$A5" }, { reference: "B2:D9" }, { reference: "$C$7:$C$9" }])("takes $reference as a reference", ({ reference }) => {
    expect(a1(reference)).toBe(reference);
  });

  it.each([{ reference: "Total" }, { reference: "A1+1" }, { reference: '"A1"' }])("refuses $reference as a reference", ({ reference }) => {
    expect(() => a1(reference)).toThrow("is not an A1 reference");
  });

  it("does not compile a plain string spliced into a formula", () => {
    const label: string = "Won";
    // @ts-expect-error a plain string is not a Formula: it must go through text()
    expect(fx`${label}`).toBe("Won");
  });
});

describe("exactCriterion", () => {
  it("uses the cell itself for plain text", () => {
    expect(exactCriterion(a1("$A5"), "Ann")).toBe("$A5");
  });

  it.each([{ value: "=Eve" }, { value: ">x" }, { value: "Bo*" }, { value: "a~b" }, { value: "" }])("escapes $value so it matches only itself", ({ value }) => {
    expect(exactCriterion(a1("$A5"), value)).toBe('"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A5,"~","~~"),"*","~*"),"?","~?")');
  });
});
