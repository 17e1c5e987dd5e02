import { choiceOverrides, choiceProblems, detectColumns } from "../../../src/taskpane/common/columnChoice";

describe("detectColumns", () => {
  it("maps each role to its column and leaves the rest unused", () => {
    expect(detectColumns("paid", ["Rep", "Notes"])).toEqual({ rep: 0, paid: null, period: null, currency: null });
  });

  it("maps Chinese headers", () => {
    expect(detectColumns("deals", ["负责人", "阶段", "金额"])).toMatchObject({ owner: 0, stage: 1, amount: 2 });
  });
});

describe("choiceProblems", () => {
  it("lists required roles without a column", () => {
    expect(choiceProblems("paid", { rep: 0, paid: null }).missing).toEqual(["paid"]);
  });

  it("lists a column chosen for two roles", () => {
    expect(choiceProblems("paid", { rep: 1, paid: 1 }).twice).toEqual([1]);
  });
});

describe("choiceOverrides", () => {
  it("keeps only the choices the headers would not make by themselves", () => {
    expect(choiceOverrides("deals", ["Owner", "Stage", "Amount", "Value"], { owner: 0, stage: 1, amount: 3 })).toEqual({ amount: "Value" });
  });
});
