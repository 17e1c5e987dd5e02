import { closestSource, findSources, type SourcePlace } from "../../src/datasets/findSources";

function sheet(name: string, header: string[]): SourcePlace {
  return { key: `sheet:${name}`, kind: "sheet", name, sheet: name, grid: [header] };
}

const SCORES = sheet("KPI", ["Name", "Team", "KPI", "Target", "Actual"]);
const TEAM = sheet("Team", ["Name", "Team", "Last year"]);
const DEALS = sheet("Q1", ["Owner", "Stage", "Amount"]);
const NOTES = sheet("Notes", ["Hello"]);

describe("findSources", () => {
  it("gives each place to one dataset: the KPI results are not also read as the people", () => {
    const found = findSources([SCORES, TEAM], { wanted: { required: ["people"], optional: ["scores"] } });
    expect(found).toEqual({ people: { key: "sheet:Team", complete: true }, scores: { key: "sheet:KPI", complete: true } });
  });

  it("leaves a dataset unfound rather than take a place another dataset fits better", () => {
    const found = findSources([SCORES], { wanted: { required: ["scores"], optional: ["people"] } });
    expect(found).toEqual({ scores: { key: "sheet:KPI", complete: true }, people: null });
  });

  it("keeps a given place, and shares out the rest around it", () => {
    const found = findSources([DEALS, sheet("Old deals", ["Owner", "Stage", "Amount"])], {
      wanted: { required: ["deals"], optional: [] },
      given: { deals: "sheet:Old deals" },
    });
    expect(found.deals).toEqual({ key: "sheet:Old deals", complete: true });
  });

  it("offers a required dataset its best partial match, marked incomplete", () => {
    const found = findSources([sheet("Paid", ["Rep", "Notes"]), NOTES], { wanted: { required: ["paid"], optional: [] } });
    expect(found.paid).toEqual({ key: "sheet:Paid", complete: false });
  });

  it("gives an optional dataset only a complete match", () => {
    const found = findSources([DEALS, sheet("Paid", ["Rep", "Notes"])], { wanted: { required: ["deals"], optional: ["paid"] } });
    expect(found.paid).toBeNull();
  });

  it("does not read a table on a sheet already taken whole", () => {
    const table: SourcePlace = { key: "table:tblDeals", kind: "table", name: "tblDeals", sheet: "Q1", grid: [["Owner", "Stage", "Amount"]] };
    const found = findSources([DEALS, table], { wanted: { required: ["deals"], optional: [] }, given: { deals: "sheet:Q1" }, });
    expect(found).toEqual({ deals: { key: "sheet:Q1", complete: true } });
    const second = findSources([DEALS, table], { wanted: { required: ["transactions"], optional: [] }, given: { deals: "sheet:q1" } });
    expect(second.transactions).toBeNull();
  });

  it("reads headers the plan overrides", () => {
    const found = findSources([sheet("Q1", ["Owner", "Stage", "Net"])], {
      wanted: { required: ["deals"], optional: [] },
      overrides: (dataset): Record<string, string> => (dataset === "deals" ? { amount: "Net" } : {}),
    });
    expect(found.deals).toEqual({ key: "sheet:Q1", complete: true });
  });
});

describe("closestSource", () => {
  it("points at the place nearest to the dataset's header, taken or not", () => {
    expect(closestSource([NOTES, sheet("Paid", ["Rep", "Notes"])], "paid")).toBe("sheet:Paid");
  });

  it("is null when there is nowhere to look", () => {
    expect(closestSource([], "deals")).toBeNull();
  });
});
