import fc from "fast-check";
import { parseOutcome } from "../../src/datasets/columns";
import type { Grid } from "../../src/datasets/grid";
import { choosePipeline, funnelSteps, KNOWN_PIPELINES } from "../../src/datasets/pipelines";
import { ReadError, readDataset, type ReadOptions } from "../../src/datasets/readDataset";
import type { DealRecord, SourceData } from "../../src/datasets/records";
import { labelKey } from "../../src/datasets/keys";
import { funnelPlan } from "../../src/reviews/funnel/plan";

function read(grid: Grid, options: ReadOptions = {}): SourceData<DealRecord> {
  const result = readDataset("deals", grid, { sheet: "Deals" }, options);
  if (result instanceof ReadError) throw new Error(`expected records, got:\n${result.message}`);
  return result;
}

function fail(grid: Grid, options: ReadOptions = {}): ReadError {
  const result = readDataset("deals", grid, { sheet: "Deals" }, options);
  if (!(result instanceof ReadError)) throw new Error(`expected a ReadError, got ${result.records.length} records`);
  return result;
}

/** [stage, status] of each record. */
const outcomes = (r: SourceData<DealRecord>): [string, string][] => r.records.map((d) => [d.stage, d.status]);

describe("won and lost written in the stage column", () => {
  const HUBSPOT: Grid = [
    ["Deal Name", "Deal owner", "Deal Stage", "Amount"],
    ["A", "Ann", "Appointment Scheduled", 100],
    ["B", "Ann", "Closed Won", 200],
    ["C", "Ann", "Closed Lost", 300],
    ["D", "Bo", "contract sent", 400],
    ["E", "Bo", "Closed lost", 500],
  ];

  it("reads Closed Won as won at the won stage and Closed Lost as lost, never open, with HubSpot's pipeline chosen", () => {
    const result = read(HUBSPOT);
    expect(outcomes(result)).toEqual([
      ["Appointment Scheduled", "open"],
      ["Closed Won", "won"],
      ["Appointment Scheduled", "lost"],
      ["Contract Sent", "open"],
      ["Appointment Scheduled", "lost"],
    ]);
    expect(result.stages?.map((s) => s.name)).toEqual(funnelStageNames("hubspot", true));
  });

  it("says which pipeline it chose and that lost deals without a stage count at the first stage", () => {
    expect(read(HUBSPOT).warnings).toEqual([
      'Sheet "Deals": the stages were read as HubSpot\'s default sales pipeline: Appointment Scheduled (20%) → Qualified To Buy (40%) → Presentation Scheduled (60%) → Decision Maker Bought-In (80%) → Contract Sent (90%) → Closed Won (100%). The weighted pipeline uses these probabilities and no deal is checked for being stuck; to change them, list the stages in the plan (funnel.stages)',
      'Sheet "Deals", column C (Deal Stage): 2 lost deals (rows 4, 6) do not say at which stage they were lost (no column such as Lost at stage or 输单阶段), so each counts as lost at the first stage, Appointment Scheduled',
    ]);
  });

  it("counts a lost deal at the stage 销售易's 输单阶段 names, and at the first stage (with a warning) when it is blank", () => {
    const grid: Grid = [
      ["商机名称", "所有人", "销售阶段", "输单阶段", "商机金额"],
      ["甲", "张伟", "方案/报价", null, 100],
      ["乙", "张伟", "输单", "谈判审核", 200],
      ["丙", "李娜", "输单", "需求确认", 300],
      ["丁", "李娜", "输单", null, 400],
      ["戊", "李娜", "赢单", null, 500],
    ];
    const result = read(grid, { language: "zh-CN" });
    expect(outcomes(result)).toEqual([
      ["方案/报价", "open"],
      ["谈判审核", "lost"],
      ["需求确定", "lost"],
      ["初步接洽", "lost"],
      ["赢单", "won"],
    ]);
    expect(result.warnings[1]).toBe(
      "工作表“Deals”C列（销售阶段）：1 个输单商机（第5行）没有写明在哪个阶段输单（“输单阶段”列为空或不是阶段），均按在第一个阶段“初步接洽”输单计算",
    );
  });

  it("leaves out Disqualified and 无效 deals with one warning per word", () => {
    const grid: Grid = [["Owner", "Stage", "Amount"], ["Ann", "Lead", 1], ["Ann", "Disqualified", 2], ["Bo", "无效", 3], ["Bo", "disqualified", 4]];
    const result = read(grid);
    expect([outcomes(result), result.warnings]).toEqual([
      [["Lead", "open"]],
      ['Sheet "Deals": 2 deals marked "Disqualified" (rows 3, 5) left out of the funnel', 'Sheet "Deals": 1 deal marked "无效" (row 4) left out of the funnel'],
    ]);
  });

  it("stops on a stage and a status that contradict each other", () => {
    expect(fail([["Owner", "Stage", "Amount", "Status"], ["Ann", "Closed Lost", 1, "Won"]]).messages).toEqual([
      'Sheet "Deals", row 2, column D (Status): the stage "Closed Lost" and the status "Won" say different things; correct one of them',
    ]);
  });

  it("reads a lost stage with an open status as lost (the stage's word is what closed it)", () => {
    expect(outcomes(read([["Owner", "Stage", "Amount", "Status"], ["Ann", "Lead", 1, null], ["Ann", "Closed Lost", 1, "Open"]]))).toEqual([
      ["Lead", "open"],
      ["Lead", "lost"],
    ]);
  });

  it("reads stages the plan marks won, lost and excluded, and status words the plan adds", () => {
    const stages = [
      { name: "Intro", aliases: [] },
      { name: "Pitch", aliases: [] },
      { name: "Signed", aliases: ["Gewonnen"], outcome: "won" as const },
      { name: "Verloren", aliases: [], outcome: "lost" as const },
      { name: "Spam", aliases: [], outcome: "excluded" as const },
    ];
    const grid: Grid = [
      ["Owner", "Stage", "Amount", "Status"],
      ["Ann", "Pitch", 1, null],
      ["Ann", "Gewonnen", 2, null],
      ["Ann", "Verloren", 3, null],
      ["Ann", "Spam", 4, null],
      ["Ann", "Pitch", 5, "abgesagt"],
    ];
    const result = read(grid, { stages, statusWords: { lost: ["abgesagt"] } });
    expect([outcomes(result), result.warnings]).toEqual([
      [
        ["Pitch", "open"],
        ["Signed", "won"],
        ["Intro", "lost"],
        ["Pitch", "lost"],
      ],
      [
        'Sheet "Deals": 1 deal marked "Spam" (row 5) left out of the funnel',
        'Sheet "Deals", column B (Stage): 1 lost deal (row 4) does not say at which stage it was lost (no column such as Lost at stage or 输单阶段), so each counts as lost at the first stage, Intro',
      ],
    ]);
  });
});

describe("blank amounts", () => {
  it("counts open and lost deals without an amount as 0, with one warning that counts them", () => {
    const grid: Grid = [["Owner", "Stage", "Amount"], ["Ann", "Lead", null], ["Ann", "Needs", "  "], ["Bo", "Lead", 10]];
    const result = read(grid);
    expect([result.records.map((d) => d.amount), result.warnings]).toEqual([
      [0, 0, 10],
      ['Sheet "Deals", column C (Amount): 2 open or lost deals without an amount (rows 2, 3) count as 0'],
    ]);
  });

  it("stops on a won deal without an amount: its amount is what the review adds up", () => {
    expect(fail([["Owner", "Stage", "Amount"], ["Ann", "Won", null]]).messages).toEqual(['Sheet "Deals", row 2, column C (Amount): blank, but a won deal needs its amount']);
  });
});

/** The names of a known pipeline's stages, outcomes included or not. */
function funnelStageNames(key: string, all = false): string[] {
  const p = KNOWN_PIPELINES.find((k) => k.key === key)!;
  return (all ? p.stages : funnelSteps(p.stages)).map((s) => s.name);
}

describe("known pipelines", () => {
  it.each([
    { values: { Prospecting: 500, Engaging: 1589, Won: 4238, Lost: 2473 }, key: "plain" },
    { values: { "Appointment scheduled": 3, "Closed won": 2, "Closed lost": 1 }, key: "hubspot" },
    { values: { Prospecting: 2, "Perception Analysis": 1, "Closed Won": 2 }, key: "salesforce" },
    { values: { Qualification: 2, "Identify Decision Makers": 1, "Closed Won": 2 }, key: "zoho" },
    { values: { Qualified: 2, "Contact Made": 1, "Demo Scheduled": 2 }, key: "pipedrive" },
    { values: { "1-Qualify": 2, "2-Develop": 1, "3-Propose": 2 }, key: "dynamics" },
    { values: { 验证客户: 2, 需求确定: 1, 赢单: 2, 无效: 1 }, key: "fxiaoke" },
    { values: { 初步接洽: 2, 需求确定: 1, 赢单: 2, 输单: 1 }, key: "xiaoshouyi" },
    { values: { Lead: 2, Needs: 1, Won: 2 }, key: "default" },
  ])("chooses $key from its stage values", ({ values, key }) => {
    const counts = new Map(Object.entries(values).map(([v, n]) => [labelKey(v), n]));
    expect(choosePipeline(counts)?.key).toBe(key);
  });

  it("chooses none when no value is a known stage", () => {
    expect(choosePipeline(new Map([["pitch", 3]]))).toBeNull();
  });

  it.each(KNOWN_PIPELINES.map((p) => ({ key: p.key, stages: p.stages })))("$key is a valid plan section, its won stage last among its steps", ({ stages }) => {
    const parsed = funnelPlan.safeParse({ stages: stages.map((s) => ({ ...s, aliases: [...s.aliases] })) });
    const steps = funnelSteps(stages);
    expect([parsed.success, steps[steps.length - 1].probability]).toEqual([true, 1]);
  });

  it("refuses a plan whose won stage is not the last step", () => {
    const parsed = funnelPlan.safeParse({ stages: [{ name: "A", probability: 1, outcome: "won" }, { name: "B", probability: 0.5 }] });
    expect(parsed.success).toBe(false);
  });
});

describe("no plan turns lost deals into open pipeline without a warning", () => {
  const LOST_WORDS = ["Closed Lost", "Lost", "输单"];
  const grid: Grid = [
    ["Owner", "Stage", "Amount", "Status"],
    ["Ann", "Lead", 10, null],
    ["Ann", "Closed Lost", 20, null],
    ["Ann", "Lost", 30, null],
    ["Bo", "输单", 40, null],
    ["Bo", "Lead", 50, "Closed Lost"],
    ["Bo", "Lead", 60, "lost"],
    ["Bo", "Won", 70, null],
  ];
  type Role = "absent" | "step" | "alias" | "lost" | "excluded" | "won";
  const role = fc.constantFrom<Role>("absent", "step", "alias", "lost", "excluded", "won");

  it("reads every row whose stage or status means lost as lost, or leaves it out, or warns naming the word", () => {
    fc.assert(
      fc.property(fc.tuple(role, role, role), fc.subarray(LOST_WORDS), fc.subarray(LOST_WORDS), (roles, openWords, wonWords) => {
        const stages: { name: string; aliases: string[]; outcome?: "won" | "lost" | "excluded" }[] = [
          { name: "Lead", aliases: [] },
          { name: "Won", aliases: [] },
        ];
        roles.forEach((r, i) => {
          const word = LOST_WORDS[i];
          if (r === "step") stages.splice(1, 0, { name: word, aliases: [] });
          if (r === "alias") stages[0].aliases.push(word);
          if (r === "lost" || r === "excluded" || r === "won") stages.push({ name: word, aliases: [], outcome: r });
        });
        const result = readDataset("deals", grid, { sheet: "Deals" }, { stages, statusWords: { open: openWords, won: wonWords } });
        if (result instanceof ReadError) return true; // nothing built: nothing counted as open
        for (const d of result.records) {
          const cells = grid[d.row - 1];
          const words = [cells[1], cells[3]].filter((w): w is string => typeof w === "string" && parseOutcome(w) === "lost");
          if (words.length === 0 || d.status === "lost") continue;
          // A lost word read as open or won: the warnings must name it.
          if (!words.some((w) => result.warnings.some((x) => x.includes(`"${w}"`) && x.includes(String(d.row))))) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("warns when the plan makes Closed Lost a step of the funnel", () => {
    const stages = [{ name: "Lead", aliases: [] }, { name: "Closed Lost", aliases: [] }, { name: "Won", aliases: [] }];
    const result = read([["Owner", "Stage", "Amount"], ["Ann", "Closed Lost", 20]], { stages });
    expect([outcomes(result), result.warnings]).toEqual([
      [["Closed Lost", "open"]],
      ['Sheet "Deals": "Closed Lost" means lost, but the plan reads it as a stage or status that is not lost, so 1 deal (row 2) is not counted as lost; give that stage "outcome": "lost" to count them as lost'],
    ]);
  });
});

describe("dates decided per column", () => {
  it("reads M/D/YYYY when a value such as 3/31/2026 settles it, and the other date columns by the same order", () => {
    const grid: Grid = [
      ["Owner", "Stage", "Amount", "Created", "Close date"],
      ["Ann", "Won", 1, "3/5/2026", "3/31/2026"],
      ["Ann", "Won", 1, "4/1/2026", "Apr 2, 2026"],
    ];
    const result = read(grid);
    // 2026-03-05 = 46086, 2026-03-31 = 46112, 2026-04-01 = 46113, 2026-04-02 = 46114
    expect(result.records.map((d) => [d.created, d.closeDate])).toEqual([
      [46086, 46112],
      [46113, 46114],
    ]);
  });

  it("reads D/M/YYYY when a value such as 31/3/2026 settles it", () => {
    const result = read([["Owner", "Stage", "Amount", "Created"], ["Ann", "Won", 1, "5/3/2026"], ["Ann", "Won", 1, "31/3/2026"]]);
    expect(result.records.map((d) => d.created)).toEqual([46086, 46112]);
  });

  it("stops once for a column that mixes the two", () => {
    expect(fail([["Owner", "Stage", "Amount", "Created"], ["Ann", "Won", 1, "3/31/2026"], ["Ann", "Won", 1, "31/3/2026"]]).messages).toEqual([
      'Sheet "Deals", column D (Created): the dates mix month first ("3/31/2026", row 2) and day first ("31/3/2026", row 3); write them one way, or as 2026-03-31',
    ]);
  });
});

describe("parseOutcome with words that are names of Object.prototype", () => {
  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])("reads %s as no outcome, from the built-in words and the plan's", (word) => {
    const plan = Object.create(null) as Record<string, "won">;
    plan.other = "won";
    expect([parseOutcome(word), parseOutcome(word, {}), parseOutcome(word, plan)]).toEqual([null, null, null]);
  });
});
