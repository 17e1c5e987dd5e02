import { parseCliArgs, usage } from "../../src/cli/args";
import { REVIEWS } from "../../src/reviews/registry";

describe("parseCliArgs", () => {
  it("reads a full command line", () => {
    expect(parseCliArgs(["commission", "--in", "team.xlsx", "--table", "tblSales", "--plan", "plan.json", "--out", "review.xlsx", "--lang", "zh-CN", "--quiet", "--force"])).toEqual({
      kind: "run",
      options: { command: "commission", input: "team.xlsx", output: "review.xlsx", table: "tblSales", plan: "plan.json", language: "zh-CN", quiet: true, force: true, debug: false },
    });
  });

  it("leaves out the options not given", () => {
    expect(parseCliArgs(["funnel", "--in", "a.xlsx", "--out", "b.xlsx"])).toEqual({ kind: "run", options: { command: "funnel", input: "a.xlsx", output: "b.xlsx", quiet: false, force: false, debug: false } });
  });

  it.each([
    { name: "--help", argv: ["--help"], kind: "help" },
    { name: "-h", argv: ["-h"], kind: "help" },
    { name: "--help after a command", argv: ["funnel", "--help"], kind: "help" },
    { name: "--version", argv: ["--version"], kind: "version" },
  ])("answers $name with $kind", ({ argv, kind }) => {
    expect(parseCliArgs(argv).kind).toBe(kind);
  });

  it.each([
    { name: "both --sheet and --table", argv: ["funnel", "--in", "a.xlsx", "--out", "b.xlsx", "--sheet", "S", "--table", "T"], says: "not both" },
    { name: "a second positional", argv: ["funnel", "extra", "--in", "a.xlsx", "--out", "b.xlsx"], says: 'unexpected argument "extra"' },
    { name: "an option without its value", argv: ["funnel", "--in"], says: "--in" },
    { name: "an empty --sheet", argv: ["funnel", "--in", "a.xlsx", "--out", "b.xlsx", "--sheet", ""], says: "--sheet needs a value" },
  ])("rejects $name", ({ argv, says }) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind === "usage" && parsed.error.includes(says)).toBe(true);
  });
});

describe("the help in Chinese", () => {
  it("is asked for with --lang zh-CN, and lists every command with its Chinese summary", () => {
    const parsed = parseCliArgs(["--help", "--lang", "zh-CN"]);
    const text = parsed.kind === "help" ? usage(parsed.language) : "";
    expect([text.startsWith("用法："), REVIEWS.every((r) => text.includes(`  ${r.kind} `) && text.includes(r.summary["zh-CN"]))]).toEqual([true, true]);
  });
});
