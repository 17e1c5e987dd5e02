import { memoText } from "../../../src/core/text/memoText";

describe("memoText", () => {
  it("answers as the function does, calling it once per distinct text", () => {
    const calls: string[] = [];
    const upper = memoText((s) => {
      calls.push(s);
      return s.toUpperCase();
    });
    expect(["won", "lost", "won", "won", "lost"].map(upper)).toEqual(["WON", "LOST", "WON", "WON", "LOST"]);
    expect(calls).toEqual(["won", "lost"]);
  });

  it("remembers undefined and null answers too", () => {
    let calls = 0;
    const none = memoText(() => {
      calls++;
      return undefined;
    });
    none("a");
    none("a");
    expect(calls).toBe(1);
  });

  it("starts again past its limit, so unique texts cost no more memory than the limit", () => {
    let calls = 0;
    const same = memoText((s) => {
      calls++;
      return s;
    }, 2);
    for (const s of ["a", "b", "c", "a"]) same(s);
    // "c" filled a fresh memory (the limit of 2 was reached), so "a" is computed again.
    expect(calls).toBe(4);
    expect(same("c")).toBe("c");
    expect(calls).toBe(4);
  });
});
