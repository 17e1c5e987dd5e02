import { defaultPlan, parsePlan } from "../../src/reviews/plan";
import { PLAN_LIMITS } from "../../src/plan/schema";

const many = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));

describe("parsePlan", () => {
  it("fills every default from a plan that gives only its version", () => {
    const result = parsePlan({ version: 1 });
    expect(result.ok && result.plan.scorecard.rating.map((r) => r.label)).toEqual(["C", "B", "A"]);
    expect(result.ok && result.plan.commission.method).toBe("marginal");
  });

  it("gives the same plan as defaultPlan for an empty plan", () => {
    const result = parsePlan({ version: 1 });
    expect(result.ok && result.plan).toEqual(defaultPlan());
  });

  it.each([
    { name: "a negative KPI weight", plan: { version: 1, scorecard: { kpis: [{ name: "Sales", weight: -1 }] } }, field: "scorecard.kpis[0].weight" },
    { name: "a date in another format", plan: { version: 1, asOf: "20/11/2026" }, field: "asOf" },
    { name: "a probability above 1", plan: { version: 1, funnel: { stages: [{ name: "Lead", probability: 0.1 }, { name: "Won", probability: 40 }] } }, field: "funnel.stages[1].probability" },
    { name: "a cap below the threshold", plan: { version: 1, scorecard: { kpis: [{ name: "Sales", weight: 1, threshold: 0.8, cap: 0.5 }] } }, field: "scorecard.kpis[0].cap" },
    { name: "column weighting without its column", plan: { version: 1, targets: { weighting: "column" } }, field: "targets.weightColumn" },
    { name: "an unknown commission method", plan: { version: 1, commission: { method: "flat" } }, field: "commission.method" },
  ])("names the field for $name", ({ plan, field }) => {
    const result = parsePlan(plan);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.some((e) => e.startsWith(`${field}:`))).toBe(true);
  });

  it("refuses a plan of another version, saying which it reads", () => {
    const result = parsePlan({ version: 2 });
    expect(!result.ok && result.errors).toEqual(["version: this tool reads plan version 1"]);
  });

  it("refuses something that is not a plan at all", () => {
    expect(parsePlan("scorecard").ok).toBe(false);
  });

  it("refuses 200,000 KPIs with one message naming the field and the limit (not a stack overflow)", () => {
    const result = parsePlan({ version: 1, scorecard: { kpis: many(200_000, (i) => ({ name: `K${i}`, weight: 1 })) } });
    expect(!result.ok && result.errors).toEqual([
      "scorecard.kpis: 200,000 entries, more than the 500 a plan may hold here (each becomes rows or columns of a review sheet); keep the ones the review needs, or split the plan in several",
    ]);
  });

  it("refuses 20,000 stages in the plan's language, naming funnel.stages and its limit", () => {
    const result = parsePlan({ version: 1, language: "zh-CN", funnel: { stages: many(20_000, (i) => ({ name: `S${i}`, probability: 0.1 })) } });
    expect(!result.ok && result.errors).toEqual([
      "funnel.stages: 共20,000项，超过方案此处最多可填的100项（每一项都会成为评审表中的行或列）；请只保留评审需要的项，或拆分为多份方案",
    ]);
  });

  const tier = { from: 0, rate: 0.05 };
  it.each([
    ["scorecard.rating", PLAN_LIMITS.ratingSteps, (n: number) => ({ scorecard: { rating: many(n, (i) => ({ min: i, label: `R${i}` })) } })],
    ["scorecard.kpis[0].bands", PLAN_LIMITS.bands, (n: number) => ({ scorecard: { kpis: [{ name: "Sales", weight: 1, bands: many(n, (i) => ({ bound: i, score: i })) }] } })],
    ["funnel.stages[0].aliases", PLAN_LIMITS.aliases, (n: number) => ({ funnel: { stages: [{ name: "Lead", probability: 0.1, aliases: many(n, (i) => `L${i}`) }, { name: "Won", probability: 1 }] } })],
    ["funnel.statusWords.lost", PLAN_LIMITS.statusWords, (n: number) => ({ funnel: { statusWords: { lost: many(n, (i) => `x${i}`) } } })],
    ["commission.lines", PLAN_LIMITS.lines, (n: number) => ({ commission: { lines: many(n, (i) => ({ name: `P${i}`, tiers: [tier] })) } })],
    ["commission.defaultTiers", PLAN_LIMITS.tiers, (n: number) => ({ commission: { defaultTiers: many(n, (i) => ({ from: i, rate: 0.01 })) } })],
    ["targets.ramp", PLAN_LIMITS.ramp, (n: number) => ({ targets: { ramp: many(n, () => 0.5) } })],
    ["progress.holidays", PLAN_LIMITS.holidays, (n: number) => ({ progress: { holidays: many(n, () => "2026-05-01") } })],
  ] as const)("holds %s to its limit: the limit passes, one more is refused naming the field", (field, limit, section) => {
    const at = parsePlan({ version: 1, ...section(limit) });
    const over = parsePlan({ version: 1, ...section(limit + 1) });
    expect([at.ok, !over.ok && over.errors.filter((e) => e.startsWith(`${field}: ${(limit + 1).toLocaleString("en-US")} entries, more than the ${limit.toLocaleString("en-US")}`)).length]).toEqual([true, 1]);
  });

  it.each([
    ["en", 'scorecard.rating[2].label: " b" is already the label of rating[1]; give each one its own label'],
    ["zh-CN", "scorecard.rating[2].label: “ b”已是 rating[1] 的名称；每一项请使用不同的名称"],
  ])("refuses two rating steps with one label (as a person reads it), naming the second (%s)", (language, message) => {
    const rating = [{ min: 0, label: "C" }, { min: 0.8, label: "B" }, { min: 1, label: " b" }];
    const result = parsePlan({ version: 1, language, scorecard: { rating } });
    expect(!result.ok && result.errors).toEqual([message]);
  });

  it.each([
    ["en", 'scorecard.kpis[1].name: "sales" is already the name of kpis[0]; give each KPI one entry'],
    ["zh-CN", "scorecard.kpis[1].name: “sales”已是 kpis[0] 的名称；每个指标只写一项"],
  ])("refuses a KPI listed twice (as a person reads its name), naming the second (%s)", (language, message) => {
    const result = parsePlan({ version: 1, language, scorecard: { kpis: [{ name: "Sales", weight: 1 }, { name: "sales", weight: 2 }] } });
    expect(!result.ok && result.errors).toEqual([message]);
  });

  it("says its own rules, zod's checks and a missing setting in the plan's language, or --lang's", () => {
    const plan = { version: 1, scorecard: { kpis: [{ name: "A", weight: -1, threshold: 1, cap: 0.5 }] }, targets: { annual: "many" }, funnel: { stages: [{ name: "Lead" }, { name: "Won", probability: 1 }] } };
    const zh = parsePlan({ ...plan, language: "zh-CN" });
    expect(!zh.ok && zh.errors).toEqual([
      "scorecard.kpis[0].weight: 须为 0 或以上",
      "scorecard.kpis[0].cap: 上限 0.5 低于门槛 1",
      "scorecard.kpis: 各指标的权重之和为 0",
      "targets.annual: 无效输入：期望 数字，实际接收 string",
      "funnel.stages[0].probability: 缺少此项：必须填写（应为数字）",
    ]);
    const en = parsePlan(plan);
    expect(!en.ok && en.errors).toEqual([
      "scorecard.kpis[0].weight: must be 0 or more",
      "scorecard.kpis[0].cap: cap 0.5 is below threshold 1",
      "scorecard.kpis: the KPI weights add up to 0",
      "targets.annual: Invalid input: expected number, received string",
      "funnel.stages[0].probability: missing: this setting is required (expected number)",
    ]);
    const flag = parsePlan(plan, "zh-CN");
    expect(!flag.ok && flag.errors[0]).toBe("scorecard.kpis[0].weight: 须为 0 或以上");
  });
});

describe("a Chinese plan's problems are all in Chinese", () => {
  // Each plan breaks rules of one section; the words after "field: " must hold no English phrase
  // (two Latin words in a row), outside quoted values and setting names.
  const BAD: Record<string, unknown>[] = [
    { scorecard: { kpis: [{ name: "", weight: -1, direction: "up", threshold: 1, cap: 0.5 }, { name: "x", weight: "a" }], rating: [{ min: 0, label: "A" }, { min: 1, label: "A" }] } },
    { funnel: { stages: [{ name: "线索", probability: 2 }, { name: "赢单", probability: 1, outcome: "won" }, { name: "谈判", probability: 0.5 }] } },
    { funnel: { stages: [{ name: "线索", probability: 0.1 }] } },
    { commission: { lines: [{ name: "A", tiers: [] }] } },
    { leaderboard: { places: 0.5, newcomerMonths: 300, prizes: [-1], brackets: [3, 1], groupBy: "tenure" } },
    { leaderboard: { groupBy: "targetSize" } },
    { activity: { quotas: [{ type: "", quota: -1 }, { type: "电话", quota: 1 }, { type: "电话", quota: 2 }] } },
    { targets: { weighting: "column" } },
    { currency: { reporting: null, rates: { usd: 0 } } },
    { asOf: "2026/1/1", period: { start: "2026-13-01", end: "x" } },
    { version: 2 },
  ];
  it.each(BAD.map((plan, i) => [i, plan]))("bad plan %i", (_i, plan) => {
    const result = parsePlan({ version: 1, ...plan, language: "zh-CN" });
    expect(result.ok).toBe(false);
    const english = (!result.ok ? result.errors : [])
      .map((e) => e.slice(e.indexOf(": ") + 2).replace(/“[^”]*”|"[^"]*"|\b[a-z]+[A-Z]\w*\b|sources\.scores|weightColumn|reporting|pairs/g, ""))
      .filter((words) => /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(words));
    expect(english).toEqual([]);
  });
});
