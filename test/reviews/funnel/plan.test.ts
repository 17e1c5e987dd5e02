import { parsePlan, readOptionsFromPlan } from "../../../src/reviews/plan";
import { defaultPlan } from "../../../src/reviews/plan";

describe("the funnel plan's outcomes and status words", () => {
  it("gives the deals reader the stages with their outcomes and the plan's status words", () => {
    const plan = defaultPlan();
    const stages = [
      { name: "Open", aliases: [], maxDays: null, probability: 0.5 },
      { name: "Signed", aliases: [], maxDays: null, probability: 1, outcome: "won" as const },
      { name: "Dropped", aliases: ["Abgesagt"], maxDays: null, probability: 0, outcome: "lost" as const },
    ];
    const statusWords = { lost: ["verloren"], excluded: ["Spam"] };
    expect(readOptionsFromPlan({ ...plan, funnel: { stages, statusWords } }, "deals")).toEqual({ columns: undefined, language: "en", stages, statusWords });
  });
});

describe("funnel.stages outcomes in a plan file", () => {
  it("accepts won, lost and excluded stages and status words", () => {
    const result = parsePlan({
      version: 1,
      funnel: {
        stages: [
          { name: "Intro", probability: 0.2 },
          { name: "Closed Won", probability: 1, outcome: "won" },
          { name: "Closed Lost", probability: 0, outcome: "lost" },
          { name: "Disqualified", probability: 0, outcome: "excluded" },
        ],
        statusWords: { lost: ["Abgesagt"] },
      },
    });
    expect(result.ok && result.plan.funnel.stages?.map((s) => s.outcome ?? "step")).toEqual(["step", "won", "lost", "excluded"]);
  });

  it.each([
    {
      why: "a won stage before the last step",
      stages: [{ name: "A", probability: 1, outcome: "won" }, { name: "B", probability: 0.5 }],
      error: "funnel.stages[0].outcome: the won stage must be the last stage of the funnel",
    },
    {
      why: "fewer than two steps once outcomes are set aside",
      stages: [{ name: "A", probability: 1 }, { name: "Lost", probability: 0, outcome: "lost" }],
      error: "funnel.stages: a funnel needs at least two stages that are not lost or excluded",
    },
    { why: "an outcome that is not won, lost or excluded", stages: [{ name: "A", probability: 0.1 }, { name: "B", probability: 1, outcome: "maybe" }], error: "funnel.stages[1].outcome" },
  ])("refuses $why, naming the field", ({ stages, error }) => {
    const result = parsePlan({ version: 1, funnel: { stages } });
    expect(result.ok ? [] : result.errors.filter((e) => e.startsWith(error))).toHaveLength(1);
  });
});
