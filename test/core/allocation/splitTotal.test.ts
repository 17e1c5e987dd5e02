import fc from "fast-check";
import { isKpiError, type ErrorKind } from "../../../src/core/errors";
import { splitTotal, type SplitTotalOptions } from "../../../src/core/allocation";

type Allocation = (number | null)[];

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const kindOf = (result: unknown): ErrorKind | undefined => (isKpiError(result) ? result.kind : undefined);
const messageOf = (result: unknown): string => (isKpiError(result) ? result.message : "");

/** The allocation in whole units of 10^-decimals, summed: exact integer arithmetic for the "sums to the total" checks. */
function unitSum(result: Allocation, decimals: number): number {
  return result.reduce<number>((sum, x) => sum + (x === null ? 0 : Math.round(x * 10 ** decimals)), 0);
}

/**
 * Bounds hold up to float noise: splitTotal reads a bound within a few float steps of the unit grid
 * (-99.99999999999991 for -100) as that grid value, as it reads totals such as 0.1 + 0.2.
 */
function withinBounds(result: Allocation, minimums: (number | null)[], maximums: (number | null)[]): boolean {
  const slack = (bound: number): number => Math.abs(bound) * 1e-12;
  return result.every(
    (x, i) =>
      x === null ||
      ((minimums[i] === null || x >= minimums[i]! - slack(minimums[i]!)) && (maximums[i] === null || x <= maximums[i]! + slack(maximums[i]!))),
  );
}

function orderedByWeight(weights: (number | null)[], result: Allocation): boolean {
  return weights.every((wi, i) =>
    weights.every((wj, j) => wi === null || wj === null || !(wi > wj) || (result[i] as number) >= (result[j] as number)),
  );
}

function spread(result: Allocation): number {
  const values = result.filter((x): x is number => x !== null);
  return Math.max(...values) - Math.min(...values);
}

function withinOneUnitOfQuota(total: number, weights: number[], result: Allocation): boolean {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.every((w, i) => Math.abs((result[i] as number) - (total * w) / sum) < 1 + 1e-6);
}

function allFiniteOrNull(result: unknown): boolean {
  return isKpiError(result) || (Array.isArray(result) && result.every((x) => x === null || Number.isFinite(x)));
}

describe("splitTotal", () => {
  describe("worked examples", () => {
    it.each<{ name: string; total: number; weights: (number | null)[]; options?: SplitTotalOptions; expected: Allocation }>([
      // The example in the task brief for KPI.SPLIT.
      { name: "100 over three equal weights", total: 100, weights: [1, 1, 1], expected: [34, 33, 33] },
      // infinitelexicon.com/largestremainder: populations 50, 30, 20 and 7 seats; quotas 3.5, 2.1, 1.4.
      { name: "7 seats for populations 50, 30, 20", total: 7, weights: [50, 30, 20], expected: [4, 2, 1] },
      // Wikipedia, "Largest remainders method", Examples: 100,000 votes, 10 seats, Hare quota 10,000
      // (Yellows 47,000 .. Pinks 3,100; remainders .70, .61 and .60 take the last three seats).
      {
        name: "10 seats by the Hare quota",
        total: 10,
        weights: [47000, 16000, 15800, 12000, 6100, 3100],
        expected: [5, 2, 1, 1, 1, 0],
      },
      // The JSDoc examples of splitTotal.
      {
        name: "a minimum met and the rest shared by weight",
        total: 1000,
        weights: [5, 3, 2, null],
        options: { minimums: [null, null, 300, null] },
        expected: [438, 262, 300, null],
      },
      { name: "two decimals", total: 10, weights: [1, 2], options: { decimals: 2 }, expected: [3.33, 6.67] },
    ])("splits $name", ({ total, weights, options, expected }) => {
      expect(splitTotal(total, weights, options)).toEqual(expected);
    });
  });

  describe("rounding and edges", () => {
    it.each<{ name: string; total: number; weights: (number | null)[]; options?: SplitTotalOptions; expected: Allocation }>([
      { name: "gives tied remainders to the earlier rows", total: 2, weights: [1, 1, 1], expected: [1, 1, 0] },
      { name: "rounds to cents with decimals 2", total: 100, weights: [1, 1, 1], options: { decimals: 2 }, expected: [33.34, 33.33, 33.33] },
      { name: "reads a total with float noise as its grid value", total: 0.1 + 0.2, weights: [1, 1], options: { decimals: 1 }, expected: [0.2, 0.1] },
      { name: "splits a negative total into negative parts", total: -100, weights: [1, 1, 1], expected: [-34, -33, -33] },
      { name: "splits a zero total into zeros", total: 0, weights: [1, 2, 3], expected: [0, 0, 0] },
      { name: "gives a one-row list the whole total", total: 42, weights: [5], expected: [42] },
      { name: "gives a zero-weight row nothing", total: 10, weights: [0, 1], expected: [0, 10] },
      { name: "keeps a blank weight blank", total: 10, weights: [1, null, 1], expected: [5, null, 5] },
      { name: "takes fractional weights", total: 100, weights: [0.5, 0.25, 0.25], expected: [50, 25, 25] },
      { name: "takes weights of any scale", total: 3, weights: [1e-200, 2e-200], expected: [1, 2] },
      { name: "takes weights whose sum overflows", total: 4, weights: [1e308, 1e308, 1e308, 1e308], expected: [1, 1, 1, 1] },
      {
        name: "splits the largest exact total",
        total: Number.MAX_SAFE_INTEGER,
        weights: [1, 1],
        expected: [4503599627370496, 4503599627370495],
      },
      { name: "treats null options as none", total: 10, weights: [1, 1], options: { minimums: null, maximums: null }, expected: [5, 5] },
      {
        name: "treats all-blank bounds as none",
        total: 10,
        weights: [1, 1],
        options: { minimums: [null, null], maximums: [null, null] },
        expected: [5, 5],
      },
    ])("$name", ({ total, weights, options, expected }) => {
      expect(splitTotal(total, weights, options)).toEqual(expected);
    });

    it("splits 1,000,000 weights exactly", () => {
      const weights = Array.from({ length: 1_000_000 }, (_, i) => ((i * 7919) % 1000) + 0.5);
      const result = splitTotal(123456789.01, weights, { decimals: 2 }) as Allocation;
      expect(unitSum(result, 2)).toBe(12345678901);
    });
  });

  describe("minimums and maximums", () => {
    it.each<{ name: string; total: number; weights: (number | null)[]; options: SplitTotalOptions; expected: Allocation }>([
      {
        name: "caps a row at its maximum and shares the rest",
        total: 100,
        weights: [1, 1, 1],
        options: { maximums: [20, null, null] },
        expected: [20, 40, 40],
      },
      {
        name: "meets a minimum and a maximum at once",
        total: 100,
        weights: [1, 2, 3, 4],
        options: { minimums: [20, null, null, null], maximums: [null, null, null, 30] },
        expected: [20, 20, 30, 30],
      },
      {
        name: "gives a zero-weight row its minimum",
        total: 100,
        weights: [0, 1],
        options: { minimums: [10, null] },
        expected: [10, 90],
      },
      {
        name: "gives a zero-weight row without bounds 0",
        total: 100,
        weights: [0, 1],
        options: { minimums: [null, 5] },
        expected: [0, 100],
      },
      {
        name: "clamps a zero-weight row's 0 into its bounds",
        total: 100,
        weights: [0, 1],
        options: { maximums: [-10, null] },
        expected: [-10, 110],
      },
      {
        name: "ignores the bounds of blank rows",
        total: 100,
        weights: [null, 1],
        options: { minimums: [50, null], maximums: [10, null] },
        expected: [null, 100],
      },
      {
        name: "meets a minimum of a negative total",
        total: -100,
        weights: [1, 1, 1],
        options: { minimums: [-20, null, null] },
        expected: [-20, -40, -40],
      },
      {
        name: "rounds a maximum down to the unit grid",
        total: 10,
        weights: [1, 1, 1],
        options: { decimals: 1, maximums: [3.25, null, null] },
        expected: [3.2, 3.4, 3.4],
      },
      {
        name: "rounds a minimum up to the unit grid",
        total: 100,
        weights: [1, 1],
        options: { minimums: [60.2, null] },
        expected: [61, 39],
      },
      {
        name: "reads a bound with float noise as its grid value",
        total: 1,
        weights: [1, 1],
        options: { decimals: 1, maximums: [0.1 + 0.2, null] },
        expected: [0.3, 0.7],
      },
      {
        name: "settles all-zero weights by their minimums",
        total: 100,
        weights: [0, 0],
        options: { minimums: [50, 50] },
        expected: [50, 50],
      },
      {
        name: "reads a huge maximum as no cap",
        total: 100,
        weights: [1, 1],
        options: { maximums: [1e20, null] },
        expected: [50, 50],
      },
      {
        name: "fills every row to its maximum when the total needs it",
        total: 100,
        weights: [1, 9],
        options: { maximums: [50, 50] },
        expected: [50, 50],
      },
    ])("$name", ({ total, weights, options, expected }) => {
      expect(splitTotal(total, weights, options)).toEqual(expected);
    });
  });

  describe("errors", () => {
    it.each<{ name: string; total: number; weights: (number | null)[]; options?: SplitTotalOptions; kind: ErrorKind; mentions: string }>([
      { name: "decimals above 10", total: 1, weights: [1], options: { decimals: 11 }, kind: "#NUM!", mentions: "decimals" },
      { name: "negative decimals", total: 1, weights: [1], options: { decimals: -1 }, kind: "#NUM!", mentions: "decimals" },
      { name: "fractional decimals", total: 1, weights: [1], options: { decimals: 2.5 }, kind: "#NUM!", mentions: "decimals" },
      { name: "a total off the unit grid", total: 100.5, weights: [1], kind: "#NUM!", mentions: "use decimals 1" },
      { name: "a total with more than 10 decimals", total: 0.12345678901, weights: [1], kind: "#NUM!", mentions: "total" },
      { name: "a total too large for exact units", total: 1e20, weights: [1], kind: "#NUM!", mentions: "total" },
      { name: "a negative weight", total: 100, weights: [1, -2], kind: "#VALUE!", mentions: "weights: row 2 is negative (-2)" },
      { name: "minimums of another length", total: 100, weights: [1, 1], options: { minimums: [1] }, kind: "#VALUE!", mentions: "minimums" },
      { name: "maximums of another length", total: 100, weights: [1, 1], options: { maximums: [1, 2, 3] }, kind: "#VALUE!", mentions: "maximums" },
      { name: "every weight zero", total: 100, weights: [0, 0], kind: "#DIV/0!", mentions: "weights" },
      { name: "every weight blank", total: 100, weights: [null, null], kind: "#DIV/0!", mentions: "weights" },
      { name: "no weights", total: 100, weights: [], kind: "#DIV/0!", mentions: "weights" },
      {
        name: "all-zero weights the bounds do not settle",
        total: 100,
        weights: [0, 0],
        options: { minimums: [30, 30] },
        kind: "#DIV/0!",
        mentions: "weights",
      },
      {
        name: "a minimum above its maximum",
        total: 100,
        weights: [1, 1],
        options: { minimums: [null, 50], maximums: [null, 40] },
        kind: "#NUM!",
        mentions: "row 2",
      },
      {
        name: "bounds with no grid value between them",
        total: 100,
        weights: [1, 1],
        options: { minimums: [null, 0.3], maximums: [null, 0.7] },
        kind: "#NUM!",
        mentions: "row 2",
      },
      { name: "minimums above the total", total: 100, weights: [1, 1], options: { minimums: [60, 60] }, kind: "#NUM!", mentions: "minimums" },
      { name: "maximums below the total", total: 100, weights: [1, 1], options: { maximums: [40, 40] }, kind: "#NUM!", mentions: "maximums" },
      {
        name: "a rest only a zero-weight row could take",
        total: 100,
        weights: [1, 0],
        options: { maximums: [50, null] },
        kind: "#NUM!",
        mentions: "weight 0 could take more (row 2)",
      },
      {
        name: "maximums above a negative total",
        total: -100,
        weights: [1, 1],
        options: { maximums: [-60, -60] },
        kind: "#NUM!",
        mentions: "maximums",
      },
      {
        name: "minimums above a negative total",
        total: -100,
        weights: [1, 1],
        options: { minimums: [-40, -40] },
        kind: "#NUM!",
        mentions: "minimums",
      },
      { name: "a minimum too large for exact units", total: 100, weights: [1], options: { minimums: [1e20] }, kind: "#NUM!", mentions: "minimums: row 1" },
      { name: "a maximum too negative for exact units", total: 100, weights: [1], options: { maximums: [-1e20] }, kind: "#NUM!", mentions: "maximums: row 1" },
    ])("returns $kind for $name", ({ total, weights, options, kind, mentions }) => {
      const result = splitTotal(total, weights, options);
      expect(kindOf(result)).toBe(kind);
      expect(messageOf(result)).toContain(mentions);
    });
  });

  describe("properties", () => {
    const decimals = fc.integer({ min: 0, max: 4 });
    const weight = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true }));
    const weights = fc.array(fc.option(weight, { freq: 5 }), { minLength: 1, maxLength: 30 });
    const hasPositive = (ws: (number | null)[]): boolean => ws.some((w) => w !== null && w > 0);

    it("always sums exactly to the total", () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), decimals, weights, (units, d, ws) => {
          fc.pre(hasPositive(ws));
          const result = splitTotal(units / 10 ** d, ws, { decimals: d }) as Allocation;
          expect(unitSum(result, d)).toBe(units);
        }),
      );
    });

    it("respects feasible bounds and still sums exactly", () => {
      const row = fc.record({
        weight: fc.integer({ min: 0, max: 20 }),
        min: fc.option(fc.integer({ min: 0, max: 50 })),
        room: fc.option(fc.integer({ min: 0, max: 100 })),
      });
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), fc.double({ min: 0, max: 1, noNaN: true }), (rows, where) => {
          const ws = rows.map((r) => r.weight);
          const minimums = rows.map((r) => r.min);
          const maximums = rows.map((r) => (r.room === null ? null : (r.min ?? 0) + r.room));
          const least = rows.reduce((s, r) => s + (r.min ?? 0), 0);
          const most = rows.reduce((s, r, i) => s + (r.weight > 0 ? (maximums[i] ?? 1000) : (r.min ?? 0)), 0);
          fc.pre(hasPositive(ws) && most >= least);
          const total = least + Math.floor(where * (most - least));
          const result = splitTotal(total, ws, { minimums, maximums }) as Allocation;
          expect(unitSum(result, 0)).toBe(total);
          expect(withinBounds(result, minimums, maximums)).toBe(true);
        }),
      );
    });

    it("keeps every answer within its bounds for any bounds", () => {
      const bound = fc.option(fc.double({ min: -100, max: 100, noNaN: true }), { freq: 2 });
      fc.assert(
        fc.property(fc.integer({ min: -500, max: 500 }), fc.array(fc.tuple(weight, bound, bound), { minLength: 1, maxLength: 15 }), (total, rows) => {
          const minimums = rows.map(([, a, b]) => (a === null || b === null ? a : Math.min(a, b)));
          const maximums = rows.map(([, a, b]) => (a === null || b === null ? b : Math.max(a, b)));
          const result = splitTotal(total, rows.map(([w]) => w), { minimums, maximums });
          expect(isKpiError(result) || (unitSum(result, 0) === total && withinBounds(result, minimums, maximums))).toBe(true);
        }),
      );
    });

    it("does not mutate its inputs", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1e6 }), weights, fc.array(fc.option(fc.integer({ min: 0, max: 10 })), { maxLength: 30 }), (total, ws, bounds) => {
          const minimums = ws.map((_, i) => bounds[i] ?? null);
          const before = JSON.stringify([ws, minimums]);
          splitTotal(total, ws, { minimums });
          expect(JSON.stringify([ws, minimums])).toBe(before);
        }),
      );
    });

    it("gives a larger weight at least as much", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1e9 }), decimals, weights, (units, d, ws) => {
          fc.pre(hasPositive(ws));
          const result = splitTotal(units / 10 ** d, ws, { decimals: d }) as Allocation;
          expect(orderedByWeight(ws, result)).toBe(true);
        }),
      );
    });

    it("gives equal weights parts at most one unit apart", () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 50 }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (total, n, w) => {
          const result = splitTotal(total, Array<number>(n).fill(w)) as Allocation;
          expect(spread(result)).toBeLessThanOrEqual(1);
        }),
      );
    });

    it("stays within one unit of each row's exact share", () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }), (total, ws) => {
          fc.pre(hasPositive(ws));
          expect(withinOneUnitOfQuota(total, ws, splitTotal(total, ws) as Allocation)).toBe(true);
        }),
      );
    });

    it("mirrors a positive total for its negative", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1e9 }), weights, (total, ws) => {
          fc.pre(hasPositive(ws));
          const positive = splitTotal(total, ws) as Allocation;
          expect(splitTotal(-total, ws)).toEqual(positive.map((x) => (x === null ? null : -x + 0)));
        }),
      );
    });

    it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
      const anyBounds = fc.option(fc.array(fc.option(finite), { maxLength: 8 }));
      fc.assert(
        fc.property(
          finite,
          fc.array(fc.option(finite), { maxLength: 8 }),
          fc.option(fc.oneof(fc.integer({ min: -2, max: 12 }), finite)),
          anyBounds,
          anyBounds,
          (total, ws, d, minimums, maximums) => {
            expect(allFiniteOrNull(splitTotal(total, ws, { decimals: d ?? undefined, minimums, maximums }))).toBe(true);
          },
        ),
      );
    });

    it("never returns NaN, Infinity or undefined for any finite input of matching length", () => {
      const rows = fc.array(fc.tuple(fc.option(finite), fc.option(finite), fc.option(finite)), { minLength: 1, maxLength: 8 });
      fc.assert(
        fc.property(finite, rows, fc.integer({ min: 0, max: 10 }), (total, cells, d) => {
          const result = splitTotal(total, cells.map(([w]) => w), {
            decimals: d,
            minimums: cells.map(([, a]) => a),
            maximums: cells.map(([, , b]) => b),
          });
          expect(allFiniteOrNull(result)).toBe(true);
        }),
      );
    });
  });
});

describe("splitTotal with a bound that float noise put just off the unit grid", () => {
  // Found by the bounds property: -99.99999999999991 is -100 computed in floating point.
  it("reads the bound as the grid value it stands for", () => {
    expect(splitTotal(-101, [1, 0, 0], { minimums: [-99.99999999999991, null, null], maximums: [0, -5e-324, null] })).toEqual([-100, -1, 0]);
  });
});
