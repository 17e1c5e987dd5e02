import * as KPI from "../../src/functions/functions";

/** The Excel error a call raises, as the cell would show it, with its message. */
function raised(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    const err = e as { code: string; message: string };
    return { code: err.code, message: err.message };
  }
  throw new Error("expected an Excel error");
}

/** The code of an error in one spilled cell. */
function codeIn(cell: unknown): string {
  return (cell as { code: string }).code;
}

describe("argument coercion shared by every function", () => {
  it("reads numbers stored as text", () => {
    expect(KPI.achievement([["1,200"]], [[" 1000 "]])).toEqual([[1.2]]);
  });

  it("reads percentages written as text as fractions", () => {
    expect(KPI.score([[90]], [[100]], [["80%"]], [["120%"]])).toEqual([[0.9]]);
  });

  it("takes a single value where Excel passes a plain value instead of a matrix", () => {
    expect(KPI.achievement(120 as unknown as unknown[][], 100 as unknown as unknown[][])).toEqual([[1.2]]);
  });

  it("treats Excel's null for an omitted optional argument as the default", () => {
    expect(KPI.achievement([[80]], [[100]], null as unknown as unknown[][])).toEqual([[0.8]]);
  });

  it("refuses TRUE where a number belongs, naming the argument", () => {
    const e = raised(() => KPI.achievement([[true]], [[100]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/actual/);
  });

  it("names the cell of text that is not a number", () => {
    const e = raised(() => KPI.split([[100]], [[1], [2], ["lots"]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/weights: row 3/);
  });

  it("names a column, not a row, in a horizontal range", () => {
    const e = raised(() => KPI.split([[100]], [[1, -2, 3]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/weights: column 2/);
  });

  it("says a missing required argument is required", () => {
    const e = raised(() => KPI.velocity([[40]], [[0.25]], [[25000]], null as unknown as unknown[][]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/cycleDays is required/);
  });

  it("reads an unknown direction as #VALUE! listing the choices", () => {
    const e = raised(() => KPI.achievement([[1]], [[1]], [["sideways"]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/higher.*lower/);
  });
});

describe("shapes: ranges in, dynamic arrays out", () => {
  it("spills a column for a column", () => {
    expect(KPI.achievement([[50], [100], [150]], [[100]])).toEqual([[0.5], [1], [1.5]]);
  });

  it("spills a row for a row", () => {
    expect(KPI.achievement([[50, 100]], [[100, 50]])).toEqual([[0.5, 2]]);
  });

  it("gives a blank result for a blank row so a formula can run past the data", () => {
    expect(KPI.achievement([[50], [""], [null]], [[100], [100], [100]])).toEqual([[0.5], [""], [""]]);
  });

  it("refuses ranges of different shapes, naming both", () => {
    const e = raised(() => KPI.achievement([[1], [2], [3]], [[1], [2]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/target is 2×1 but actual is 3×1/);
  });

  it("keeps an error in its own cell when other cells compute", () => {
    const out = KPI.achievement([[50], [60]], [[100], [0]]);
    expect(out[0][0]).toBe(0.5);
    expect(codeIn(out[1][0])).toBe("#DIV/0!");
  });

  it("raises a single-cell error as the error of the formula", () => {
    expect(raised(() => KPI.achievement([[5]], [[0]])).code).toBe("#DIV/0!");
  });

  it("splits into the shape of the weights", () => {
    expect(KPI.split([[100]], [[1, 1, 1]])).toEqual([[34, 33, 33]]);
    expect(KPI.split([[100]], [[1], [1], [1]])).toEqual([[34], [33], [33]]);
  });

  it("leaves a blank weight blank in the split", () => {
    expect(KPI.split([[100]], [[1], [""], [1]])).toEqual([[50], [""], [50]]);
  });

  it("returns SEASONAL as a row, or as a column for a one-column history", () => {
    expect(KPI.seasonal([[1200]], [[100, 200, 300]])).toEqual([[200, 400, 600]]);
    expect(KPI.seasonal([[1200]], [[100], [200], [300]])).toEqual([[200], [400], [600]]);
  });

  it("returns REVERSEFUNNEL one cell longer than its rates, in their orientation", () => {
    expect(KPI.reverseFunnel([[14]], [[0.1], [0.35], [0.5], [0.4]])).toEqual([[2000], [200], [70], [35], [14]]);
    expect(KPI.reverseFunnel([[14]], [[0.1, 0.35, 0.5, 0.4]])).toEqual([[2000, 200, 70, 35, 14]]);
  });

  it("scores every person of a people × KPIs table with one row of weights", () => {
    const out = KPI.weighted(
      [
        [85, 92, 78],
        [100, "", 50],
      ],
      [[40, 30, 30]],
    );
    expect(out[0][0]).toBeCloseTo(85, 9);
    expect(out[1][0]).toBeCloseTo((100 * 40 + 50 * 30) / 70, 9);
  });
});

describe("the functions on the issue's worked examples", () => {
  it("WEIGHTED: 85, 92, 78 at 40/30/30 is 85.0", () => {
    expect(KPI.weighted([[85], [92], [78]], [[40], [30], [30]])[0][0]).toBeCloseTo(85, 9);
  });

  it("COMMISSION: 180,000 on 50% from 0 and 60% from 100,000", () => {
    const tiers = [
      [0, 0.5],
      [100000, 0.6],
    ];
    expect(KPI.commission([[180000]], tiers)[0][0]).toBeCloseTo(98000, 6);
    expect(KPI.commission([[180000]], tiers, [["retroactive"]])[0][0]).toBeCloseTo(108000, 6);
    expect(KPI.commission([[180000]], tiers, [["全额累进"]])[0][0]).toBeCloseTo(108000, 6);
  });

  it("VELOCITY: 40 × 25% × 25,000 ÷ 90", () => {
    expect(KPI.velocity([[40]], [["25%"]], [[25000]], [[90]])[0][0]).toBeCloseTo(2777.7778, 3);
  });

  it("WEIGHTEDPIPELINE with probabilities and with a stage table", () => {
    const amounts = [[80000], [45000], [30000], [60000]];
    expect(KPI.weightedPipeline(amounts, [[0.1], [0.4], [0.6], [0.8]])[0][0]).toBeCloseTo(92000, 6);
    const table = [
      ["Lead", 0.1],
      ["Proposal", 0.4],
      ["Negotiation", 0.6],
      ["Commit", 0.8],
    ];
    expect(KPI.weightedPipeline(amounts, [["lead"], ["Proposal"], [" NEGOTIATION "], ["Commit"]], table)[0][0]).toBeCloseTo(92000, 6);
  });

  it("WEIGHTEDPIPELINE names an unknown stage with #N/A", () => {
    const e = raised(() => KPI.weightedPipeline([[1]], [["Dreaming"]], [["Lead", 0.1]]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/Dreaming/);
  });

  it("FUNNEL: 1000, 300, 120, 50, 15, step and cumulative", () => {
    const counts = [[1000], [300], [120], [50], [15]];
    const step = KPI.funnel(counts).map((r) => r[0] as number);
    expect(step[3]).toBeCloseTo(0.4167, 4);
    expect(KPI.funnel(counts, [[true]])[4][0]).toBeCloseTo(0.015, 12);
  });

  it("BANDSCORE, RATING, RAMP, PRORATE, COVERAGE, DRAW and ABC as their help examples say", () => {
    const bands = [
      [0.8, 60],
      [0.9, 80],
      [1, 100],
    ];
    expect(KPI.bandScore([[0.95]], bands)).toEqual([[80]]);
    expect(KPI.bandScore([[0.95]], bands, [[true]])[0][0]).toBeCloseTo(90, 9);
    expect(
      KPI.rating(
        [[0.93]],
        [
          [0, "C"],
          [0.8, "B"],
          [0.9, "A"],
        ],
      ),
    ).toEqual([["A"]]);
    expect(KPI.ramp([[100000]], [[2]], [[0.25, 0.5, 0.75, 1]])).toEqual([[50000]]);
    expect(KPI.prorate([[120000]], [["2026-04-01"]], [[""]], [[46023]], [[46387]])[0][0]).toBeCloseTo((120000 * 275) / 365, 6);
    expect(KPI.coverage([[300000]], [[150000]], [[50000]])).toEqual([[3]]);
    expect(KPI.draw([[2000], [9000], [4000], [12000]], [[5000]])).toEqual([[5000], [6000], [5000], [11000]]);
    expect(KPI.abc([[500], [300], [100], [60], [40]])).toEqual([["A"], ["A"], ["B"], ["B"], ["C"]]);
  });
});

describe("Excel's own error kinds", () => {
  it.each([
    { name: "SPLIT with every weight zero", call: () => KPI.split([[10]], [[0], [0]]), code: "#DIV/0!" },
    { name: "SPLIT with a minimum above the total", call: () => KPI.split([[10]], [[1], [1]], null as never, [[20]]), code: "#NUM!" },
    { name: "RATING below every minimum", call: () => KPI.rating([[0.1]], [[0.5, "B"]]), code: "#N/A" },
    { name: "BANDSCORE with unsorted bands", call: () => KPI.bandScore([[1]], [[1, 10], [0.5, 5]]), code: "#VALUE!" },
    { name: "COMMISSION with three-column tiers", call: () => KPI.commission([[1]], [[0, 0.1, 9]]), code: "#VALUE!" },
    { name: "SEASONAL with no complete year", call: () => KPI.seasonal([[100]], [[1, ""]]), code: "#DIV/0!" },
  ])("$name gives $code", ({ call, code }) => {
    expect(raised(call).code).toBe(code);
  });

  it("passes a message only with the codes Excel shows one for", () => {
    expect(raised(() => KPI.split([[10]], [[0], [0]])).message).toBe("");
    expect(raised(() => KPI.rating([[0.1]], [[0.5, "B"]])).message).toMatch(/lowest minimum 0.5/);
  });
});
