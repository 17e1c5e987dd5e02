import { bracketOf } from "../../../src/core/ranking";

describe("bracketOf", () => {
  it.each([
    { name: "in the middle bracket", value: 14, expected: 2 },
    { name: "on a lower bound", value: 12, expected: 2 },
    { name: "in the last bracket", value: 80, expected: 3 },
    { name: "in the first bracket", value: 0, expected: 1 },
    { name: "below every bound", value: -1, expected: null },
    { name: "a blank", value: null, expected: null },
  ])("$name", ({ value, expected }) => {
    expect(bracketOf(value, [0, 12, 36])).toBe(expected);
  });
});
