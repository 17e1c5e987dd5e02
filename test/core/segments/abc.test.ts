import fc from "fast-check";
import { KpiError } from "../../../src/core/errors";
import { abcClasses } from "../../../src/core/segments";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const amount = fc.option(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), { freq: 5 });
const wholeAmount = fc.option(fc.nat({ max: 1000 }), { freq: 5 });
const withSomePositive = (values: (number | null)[]) => values.some((value) => value !== null && value > 0);

/**
 * The classes by the definition, with a comparison sort and one division per item: the reference the
 * radix-sorted version must agree with (exactly, for whole numbers, whose sums have no rounding).
 */
function referenceClasses(
  values: readonly (number | null)[],
  cutoffs: readonly number[],
  labels: readonly (string | number)[],
): (string | number | null)[] {
  const rows = values.flatMap((value, row) => (value === null ? [] : [row]));
  rows.sort((a, b) => (values[b] as number) - (values[a] as number));
  const total = rows.reduce((sum, row) => sum + (values[row] as number), 0);
  const result: (string | number | null)[] = values.map(() => null);
  let above = 0;
  for (const row of rows) {
    const share = above / total;
    const klass = cutoffs.findIndex((cutoff) => cutoff >= 1 || cutoff > share);
    result[row] = labels[klass === -1 ? cutoffs.length : klass];
    above += values[row] as number;
  }
  return result;
}

/** The position of each item's class among the labels, -1 for a blank. */
function classIndexes(result: readonly (string | number | null)[], labels: readonly (string | number)[]): number[] {
  return result.map((label) => (label === null ? -1 : labels.indexOf(label)));
}

describe("abcClasses", () => {
  it("classes a small list with the default 80% / 95% cutoffs", () => {
    expect(abcClasses([5, 80, null, 15])).toEqual(["C", "A", null, "B"]);
  });

  // Hand-computed: shares of the total held above each item are 0, 40%, 70%, 85% and 95%.
  it("puts an item whose items above hold exactly a cutoff's share into the next class", () => {
    expect(abcClasses([40, 30, 15, 10, 5])).toEqual(["A", "A", "A", "B", "C"]);
  });

  it("always puts the largest item in the first class", () => {
    expect(abcClasses([1, 99])).toEqual(["C", "A"]);
  });

  it("keeps input order among equal values", () => {
    expect(abcClasses([10, 20, 10], { cutoffs: [0.6], labels: ["Top", "Rest"] })).toEqual(["Top", "Top", "Rest"]);
  });

  it("splits equal values that straddle a cutoff by input order", () => {
    expect(abcClasses([10, 10], { cutoffs: [0.5], labels: ["A", "B"] })).toEqual(["A", "B"]);
  });

  it("classes a one-element list as the first class", () => {
    expect(abcClasses([7])).toEqual(["A"]);
  });

  it("puts zero values in the last class", () => {
    expect(abcClasses([10, 0])).toEqual(["A", "C"]);
  });

  it("puts every item, zeros included, in the first class when the only cutoff is 1", () => {
    expect(abcClasses([3, 0, 1, 0], { cutoffs: [1], labels: ["All", "None"] })).toEqual(["All", "All", "All", "All"]);
  });

  it("uses numeric labels as given", () => {
    expect(abcClasses([50, 30, 20], { cutoffs: [0.5, 0.8], labels: [1, 2, 3] })).toEqual([1, 2, 3]);
  });

  it("gives every item the one label when there are no cutoffs", () => {
    expect(abcClasses([5, 3], { cutoffs: [], labels: ["Only"] })).toEqual(["Only", "Only"]);
  });

  it("classes correctly when the total overflows the largest double", () => {
    expect(abcClasses([1e308, 1e308, 1e308, 1e308, 1e308])).toEqual(["A", "A", "A", "A", "B"]);
  });

  it("ranks fractional values of every magnitude", () => {
    expect(abcClasses([0.001, 1e-300, 0.5, 123.456, 0])).toEqual(["C", "C", "C", "A", "C"]);
  });

  it("returns #VALUE! saying both counts when labels are not one more than cutoffs", () => {
    expect(abcClasses([1, 2], { cutoffs: [0.8], labels: ["A", "B", "C"] })).toMatchObject({
      kind: "#VALUE!",
      message: expect.stringMatching(/labels: 3 labels for 1 cutoffs/),
    });
  });

  it("returns #NUM! suggesting the fraction when a cutoff is written as a percent number", () => {
    expect(abcClasses([1, 2], { cutoffs: [80, 95] })).toMatchObject({
      kind: "#NUM!",
      message: "cutoffs: row 1 is 80; write it as a fraction, 0.8 or 80%",
    });
  });

  it.each([
    { name: "zero", cutoffs: [0, 0.9] },
    { name: "negative", cutoffs: [-0.2, 0.9] },
  ])("returns #NUM! for a $name cutoff", ({ cutoffs }) => {
    expect(abcClasses([1, 2], { cutoffs })).toMatchObject({ kind: "#NUM!" });
  });

  it.each([
    { name: "descending", cutoffs: [0.95, 0.8] },
    { name: "repeated", cutoffs: [0.8, 0.8] },
  ])("returns #VALUE! naming the row for $name cutoffs", ({ cutoffs }) => {
    expect(abcClasses([1, 2], { cutoffs })).toMatchObject({
      kind: "#VALUE!",
      message: expect.stringContaining("cutoffs: row 2"),
    });
  });

  it("returns #VALUE! naming the row when a value is negative", () => {
    expect(abcClasses([5, -3, 2])).toMatchObject({ kind: "#VALUE!", message: "values: row 2 is negative (-3)" });
  });

  it.each([
    { name: "every value is zero", values: [0, 0, 0] },
    { name: "every value is blank", values: [null, null] },
    { name: "the list is empty", values: [] },
    { name: "only zeros and blanks", values: [0, null] },
  ])("returns #DIV/0! when $name", ({ values }) => {
    expect(abcClasses(values)).toMatchObject({ kind: "#DIV/0!", message: expect.stringContaining("values") });
  });

  it("agrees with the definition on 100,000 values, many of them equal", () => {
    // Sevenths use every bit of the mantissa, so every pass of the radix sort has work to do.
    const values = Array.from({ length: 100_000 }, (_, i) => ((i * 7919) % 1009) / 7);
    expect(abcClasses(values)).toEqual(referenceClasses(values, [0.8, 0.95], ["A", "B", "C"]));
  });

  it("never returns NaN, Infinity or undefined and never throws for any finite input", () => {
    const options = fc.record(
      {
        cutoffs: fc.array(finite, { maxLength: 4 }),
        labels: fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer()), { maxLength: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.option(finite), { maxLength: 40 }), options, (values, opts) => {
        const result = abcClasses(values, opts);
        return (
          result instanceof KpiError ||
          (result.length === values.length &&
            result.every((label) => label === null || typeof label === "string" || Number.isFinite(label)))
        );
      }),
    );
  });

  it("keeps blanks as blanks and gives every other value a class", () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 60 }).filter(withSomePositive), (values) => {
        const result = abcClasses(values) as (string | number | null)[];
        return result.every((label, i) => (label === null) === (values[i] === null));
      }),
    );
  });

  it("never gives a larger value a later class than a smaller one", () => {
    const labels = ["A", "B", "C", "D"];
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 60 }).filter(withSomePositive), (values) => {
        const classes = classIndexes(abcClasses(values, { cutoffs: [0.5, 0.8, 0.95], labels }) as string[], labels);
        return values.every((a, i) =>
          values.every((b, j) => a === null || b === null || !(a > b) || classes[i] <= classes[j]),
        );
      }),
    );
  });

  it("puts everything in the first class when the only cutoff is 1", () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 60 }).filter(withSomePositive), (values) => {
        const result = abcClasses(values, { cutoffs: [1], labels: ["A", "B"] }) as (string | null)[];
        return result.every((label, i) => label === (values[i] === null ? null : "A"));
      }),
    );
  });

  it("agrees with the definition for whole-number values", () => {
    const cutoffs = fc
      .uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 4 })
      .map((percents) => percents.sort((a, b) => a - b).map((percent) => percent / 100));
    fc.assert(
      fc.property(fc.array(wholeAmount, { minLength: 1, maxLength: 80 }).filter(withSomePositive), cutoffs, (values, cuts) => {
        const labels = [...cuts.map((_, i) => `C${i}`), "Last"];
        const result = abcClasses(values, { cutoffs: cuts, labels });
        return JSON.stringify(result) === JSON.stringify(referenceClasses(values, cuts, labels));
      }),
    );
  });
});
