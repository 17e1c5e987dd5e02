import { growth } from "../../../src/core/progress";

describe("growth", () => {
  it.each([
    { name: "up a quarter", actual: 12500, earlier: 10000, expected: 0.25 },
    { name: "down by half", actual: 5000, earlier: 10000, expected: -0.5 },
    { name: "nothing to compare with", actual: 5000, earlier: "" as const, expected: "" },
    { name: "an earlier figure of 0", actual: 5000, earlier: 0, expected: "" },
  ])("$name", ({ actual, earlier, expected }) => {
    expect(growth(actual, earlier)).toBe(expected);
  });
});
