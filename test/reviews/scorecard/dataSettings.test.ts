import { ReadError, readDataset } from "../../../src/datasets/readDataset";
import type { Grid } from "../../../src/datasets/grid";
import type { ScoreRecord, SourceData } from "../../../src/datasets/records";
import { parsePlan, type PlanInput } from "../../../src/reviews/plan";
import { buildScorecard } from "../../../src/reviews/scorecard/build";
import { scorecardModel } from "../../../src/reviews/scorecard/model";
import { LABELS } from "../../../src/reviews/scorecard/labels";
import type { BuildContext } from "../../../src/reviews/context";
import { pick } from "../../../src/i18n/languages";
import { FIXTURES } from "../../fixtures/kpi-sheets/generate";
import * as EXPECTED from "../../fixtures/kpi-sheets/expected";

type Scorecard = NonNullable<PlanInput["scorecard"]>;

function context(language: BuildContext["language"] = "en", scorecard: Scorecard = {}): BuildContext {
  const parsed = parsePlan({ version: 1, language, scorecard });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return { plan: parsed.plan, language, asOf: 46113, periodStart: 46023, periodEnd: 46387 };
}

function read(grid: Grid, sheet = "KPI"): SourceData<ScoreRecord> {
  const result = readDataset("scores", grid, { sheet }, {});
  if (result instanceof ReadError) throw new Error(result.message);
  return result;
}

const en = pick("en", LABELS);

describe("weights and directions from the data", () => {
  it("scores the 权重/指标方向 sheet by its weights and directions, two 张伟 as two people", () => {
    const model = scorecardModel(context().plan.scorecard, read(FIXTURES.ZH_LONG_WEIGHTS.rows, "团队考核"), en);
    expect(model.people.map((p) => [p.name, p.team, p.rating])).toEqual(EXPECTED.ZH_LONG_WEIGHTS.map((e) => [e.name, e.team, e.rating]));
    model.people.forEach((p, i) => expect(p.weighted).toBeCloseTo(EXPECTED.ZH_LONG_WEIGHTS[i].weighted, 9));
    expect(model.kpis.map((k) => [k.def.name, k.def.weight, k.def.direction, k.source.weight, k.source.direction])).toEqual([
      ["销售额", 0.5, "higher", "data", "data"],
      ["新客户数", 0.3, "higher", "data", "data"],
      ["客诉数", 0.2, "lower", "data", "data"],
    ]);
    expect(model.warnings).toEqual(['Sheet "团队考核", row 12: left out the total row ("合计")']);
  });

  it("normalises weights that add up to 120, saying so", () => {
    const model = scorecardModel(context().plan.scorecard, read(FIXTURES.EN_LONG_120.rows), en);
    model.people.forEach((p, i) => {
      expect(p.weighted).toBeCloseTo(EXPECTED.EN_LONG_120[i].weighted, 9);
      expect(p.rating).toBe(EXPECTED.EN_LONG_120[i].rating);
    });
    expect(model.warnings).toContain("The KPI weights add up to 120, not 100%: each KPI counts as its share of the total (Revenue 50.0%, Calls 33.3%, Complaints 16.7%).");
    expect(model.warnings).toContain('Sheet "KPI", row 8: left out the total row ("Team total")');
  });

  it("lets the plan win over the data, warning where they differ", () => {
    const plan = { kpis: [{ name: "Revenue", weight: 1 }, { name: "Calls", weight: 1 }, { name: "Complaints", weight: 1, direction: "higher" as const }] };
    const model = scorecardModel(context("en", plan).plan.scorecard, read(FIXTURES.EN_LONG_120.rows), en);
    expect(model.kpis.map((k) => [k.def.direction, k.source.direction, k.source.weight])).toEqual([
      ["higher", "data", "plan"],
      ["higher", "data", "plan"],
      ["higher", "plan", "plan"],
    ]);
    // Ann: (1.1 + 0.8 + 4/5 = 0.8) / 3 = 0.9 with the plan's equal weights and Complaints higher-is-better.
    expect(model.people[0].weighted).toBeCloseTo(2.7 / 3, 9);
    expect(model.warnings).toEqual(
      expect.arrayContaining([
        'KPI "Complaints": the plan\'s direction higher is used, not the data\'s lower.',
        'KPI "Revenue": the plan\'s weight 1 is used, not the data\'s 60.',
        'KPI "Complaints": the plan\'s weight 1 is used, not the data\'s 20.',
      ]),
    );
    // Calls' plan weight 1 of 3 is the data's 40 of 120: the same share, no warning. Equal plan weights need no normalising word.
    expect(model.warnings.filter((w) => w.includes('"Calls"') || w.includes("add up to"))).toEqual([]);
  });

  it("does not warn when the plan's weights are the data's in another unit", () => {
    const plan = { kpis: [{ name: "Revenue", weight: 0.5 }, { name: "Calls", weight: 1 / 3 }, { name: "Complaints", weight: 1 / 6 }] };
    const model = scorecardModel(context("en", plan).plan.scorecard, read(FIXTURES.EN_LONG_120.rows), en);
    expect(model.warnings.filter((w) => w.includes("is used, not the data's"))).toEqual([]);
  });

  it("takes the plan's 越低越好 and the data's direction when the plan leaves it out", () => {
    const plan = { kpis: [{ name: "销售额", weight: 50 }, { name: "新客户数", weight: 30 }, { name: "客诉数", weight: 20 }] };
    const model = scorecardModel(context("zh-CN", plan).plan.scorecard, read(FIXTURES.ZH_LONG_WEIGHTS.rows, "团队考核"), pick("zh-CN", LABELS));
    expect(model.kpis[2].def.direction).toBe("lower");
    expect(model.people[0].weighted).toBeCloseTo(1.14, 9);
    const parsed = parsePlan({ version: 1, scorecard: { kpis: [{ name: "客诉数", weight: 1, direction: "越低越好" }] } });
    expect(parsed.ok && parsed.plan.scorecard.kpis[0].direction).toBe("lower");
  });

  it("warns when one KPI is given two weights, using the first", () => {
    const grid: Grid = [
      ["Name", "KPI", "Weight", "Target", "Actual"],
      ["Ann", "Sales", 60, 100, 100],
      ["Ann", "Calls", 40, 10, 5],
      ["Bob", "Sales", 50, 100, 50],
      ["Bob", "Calls", 40, 10, 10],
    ];
    const model = scorecardModel(context().plan.scorecard, read(grid), en);
    expect(model.kpis.map((k) => k.def.weight)).toEqual([60, 40]);
    expect(model.warnings).toEqual(['The data gives KPI "Sales" more than one weight: 60 (row 2); 50 (row 4). 60 (the first) is used; set it in the plan to choose.']);
  });

  it("counts a KPI without a weight as 0 when the others have one, saying so", () => {
    const grid: Grid = [
      ["Name", "KPI", "权重", "Target", "Actual"],
      ["Ann", "Sales", "100%", 100, 50],
      ["Ann", "Calls", null, 10, 20],
    ];
    const model = scorecardModel(context().plan.scorecard, read(grid), en);
    expect(model.people[0].weighted).toBeCloseTo(0.5, 9);
    expect(model.warnings).toContain('The data gives weights for some KPIs but not for "Calls"; it counts 0. Set the weights in the plan to change this.');
  });

  it("stops on a weight or a direction that does not read, naming the cell", () => {
    const grid: Grid = [
      ["Name", "KPI", "Weight", "Direction", "Target", "Actual"],
      ["Ann", "Sales", "heavy", "up", 100, 50],
      ["Ann", "Calls", 10, "sideways", 10, 20],
    ];
    const result = readDataset("scores", grid, { sheet: "KPI" }, {});
    expect(result instanceof ReadError && result.messages).toEqual([
      'Sheet "KPI", row 2, column C (Weight): "heavy" is not a weight (a number such as 40 or 40%)',
      'Sheet "KPI", row 3, column D (Direction): "sideways" is not a direction (higher or lower is better; 越高越好 or 越低越好)',
    ]);
  });
});

describe("people keyed by name and team", () => {
  it("puts a row without a team with the one team its name has", () => {
    const grid: Grid = [
      ["Name", "Team", "KPI", "Target", "Actual"],
      ["Ann", "East", "Sales", 100, 120],
      ["Ann", null, "Calls", 10, 10],
    ];
    const model = scorecardModel(context().plan.scorecard, read(grid), en);
    expect(model.people.map((p) => [p.name, p.team, p.weighted])).toEqual([["Ann", "East", 1.1]]);
  });

  it("leaves out a row it cannot place among two people of one name, saying so", () => {
    const grid: Grid = [
      ["姓名", "部门", "指标", "目标", "实际"],
      ["张伟", "华东", "销售额", 100, 120],
      ["张伟", "华南", "销售额", 100, 80],
      ["张伟", null, "回款", 10, 10],
    ];
    const model = scorecardModel(context("zh-CN").plan.scorecard, read(grid, "考核"), pick("zh-CN", LABELS));
    expect(model.people.map((p) => [p.team, p.weighted])).toEqual([
      ["华东", 1.2],
      ["华南", 0.8],
    ]);
    expect(model.warnings).toContain("工作表“考核”第 4 行：有不止一位张伟（华东、华南），该行未写团队，无法归属，已忽略。");
  });

  it("writes each 张伟 on the sheet with his own results", () => {
    const build = buildScorecard(context("zh-CN"), { scores: read(FIXTURES.ZH_LONG_WEIGHTS.rows, "团队考核") });
    expect(build.summary[0]).toBe("人数：3");
    const rows = build.sheets[1].rows.map((row) => row.map((c) => c?.v ?? null));
    const people = rows.filter((row) => row[0] === "张伟").map((row) => [row[1], row[14]]);
    expect(people).toEqual([
      ["华东", 1.14],
      ["华南", 0.85],
    ]);
  });
});

describe("the settings block says where each weight and direction came from", () => {
  /** The KPI settings rows: name, weight, direction, and the From column. */
  function settings(build: ReturnType<typeof buildScorecard>): unknown[][] {
    const rows = build.sheets[1].rows.map((row) => row.map((c) => c?.v ?? null));
    const top = rows.findIndex((row) => row[0] === "KPI" || row[0] === "指标");
    return rows.slice(top, top + 4).map((row) => [row[0], row[1], row[2], row[5]]);
  }

  it("shows data and plan side by side", () => {
    const plan = { kpis: [{ name: "Revenue", weight: 60 }, { name: "Calls", weight: 40 }, { name: "Complaints", weight: 20, direction: "lower" as const }] };
    expect(settings(buildScorecard(context("en", plan), { scores: read(FIXTURES.EN_LONG_120.rows) }))).toEqual([
      ["KPI", "Weight", "Direction", "From (weight / direction)"],
      ["Revenue", 60, "higher", "plan / data"],
      ["Calls", 40, "higher", "plan / data"],
      ["Complaints", 20, "lower", "plan / plan"],
    ]);
  });

  it("adds no column when the plan sets everything and the data says nothing", () => {
    const plan = { kpis: [{ name: "Revenue", weight: 60, direction: "higher" as const }] };
    const build = buildScorecard(context("en", plan), { scores: read([["Name", "KPI", "Target", "Actual"], ["Ann", "Revenue", 10, 12]]) });
    expect(settings(build)[0]).toEqual(["KPI", "Weight", "Direction", null]);
  });
});
