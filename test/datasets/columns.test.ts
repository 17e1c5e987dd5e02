import { DEAL_EXTRA_HEADERS, DEFAULT_STAGES, mapColumns, normalizeHeader, parseStatus, REQUIRED, ROLES, SYNONYMS } from "../../src/datasets/columns";
import { DATASETS, Dataset } from "../../src/datasets/records";
import { stageSchema } from "../../src/reviews/funnel/plan";

/** Normalised headers that name more than one role of a dataset. */
function sharedSynonyms(dataset: Dataset): string[] {
  const owner = new Map<string, string>();
  const shared: string[] = [];
  for (const [role, words] of Object.entries(SYNONYMS[dataset] as Record<string, readonly string[]>)) {
    for (const word of words) {
      const key = normalizeHeader(word);
      const other = owner.get(key);
      if (other !== undefined && other !== role) shared.push(`${word}: ${other} and ${role}`);
      owner.set(key, role);
    }
  }
  return shared;
}

describe("normalizeHeader", () => {
  it.each([
    { text: " Product_Line ", normal: "productline" },
    { text: "PRODUCT-LINE", normal: "productline" },
    { text: "Close date:", normal: "closedate" },
    { text: "ＫＰＩ", normal: "kpi" },
    { text: "金额（元）", normal: "金额元" },
    { text: "Split %", normal: "split" },
  ])("reduces $text to $normal", ({ text, normal }) => {
    expect(normalizeHeader(text)).toBe(normal);
  });
});

describe("mapColumns", () => {
  it.each([
    { dataset: "scores" as const, headers: ["Name", "KPI", "Target", "Actual", "Team"], columns: { name: 0, kpi: 1, target: 2, actual: 3, team: 4 } },
    { dataset: "people" as const, headers: ["Employee", "Department", "Quota", "Last year", "Potential", "Start date", "End date"], columns: { name: 0, team: 1, target: 2, lastYear: 3, potential: 4, start: 5, end: 6 } },
    { dataset: "history" as const, headers: ["Year", "Month", "Revenue"], columns: { year: 0, month: 1, amount: 2 } },
    { dataset: "deals" as const, headers: ["Deal ID", "Owner", "Phase", "Value", "Created date", "Stage since", "Close date", "Status"], columns: { id: 0, owner: 1, stage: 2, amount: 3, created: 4, stageDate: 5, closeDate: 6, status: 7 } },
    { dataset: "transactions" as const, headers: ["Order ID", "Salesperson", "Date", "Product line", "Sales", "Split"], columns: { id: 0, rep: 1, date: 2, line: 3, amount: 4, share: 5 } },
    { dataset: "paid" as const, headers: ["Rep", "Paid amount"], columns: { rep: 0, paid: 1 } },
  ])("maps the English headers of $dataset", ({ dataset, headers, columns }) => {
    expect(mapColumns(dataset, headers).columns).toEqual(columns);
  });

  it.each([
    { dataset: "scores" as const, headers: ["姓名", "考核项", "目标", "实际", "部门"], columns: { name: 0, kpi: 1, target: 2, actual: 3, team: 4 } },
    { dataset: "people" as const, headers: ["员工", "团队", "任务", "去年实际", "潜力", "入职日期", "离职日期"], columns: { name: 0, team: 1, target: 2, lastYear: 3, potential: 4, start: 5, end: 6 } },
    { dataset: "history" as const, headers: ["年份", "月份", "销售额"], columns: { year: 0, month: 1, amount: 2 } },
    { dataset: "deals" as const, headers: ["商机编号", "负责人", "阶段", "金额", "创建日期", "进入阶段日期", "成交日期", "状态"], columns: { id: 0, owner: 1, stage: 2, amount: 3, created: 4, stageDate: 5, closeDate: 6, status: 7 } },
    { dataset: "transactions" as const, headers: ["订单号", "业务员", "成交日期", "产品线", "金额", "分成"], columns: { id: 0, rep: 1, date: 2, line: 3, amount: 4, share: 5 } },
    { dataset: "paid" as const, headers: ["销售员", "已发放"], columns: { rep: 0, paid: 1 } },
  ])("maps the Chinese headers of $dataset", ({ dataset, headers, columns }) => {
    expect(mapColumns(dataset, headers).columns).toEqual(columns);
  });

  it("matches a header that carries its unit in brackets", () => {
    expect(mapColumns("deals", ["Owner", "Stage", "Amount (USD)"]).columns.amount).toBe(2);
  });

  it("gives a role to the leftmost of two headers that name it", () => {
    const map = mapColumns("scores", ["Name", "Employee", "KPI", "Target", "Actual"]);
    expect(map.columns.name).toBe(0);
  });

  it("lists the headers that name no role", () => {
    expect(mapColumns("deals", ["Owner", "Notes", null, "Stage", "Amount", "Region"]).unknown).toEqual(["Notes", "Region"]);
  });

  it("lists the required roles it could not find", () => {
    expect(mapColumns("deals", ["Owner", "Notes"]).missing).toEqual(["stage", "amount"]);
  });

  it("does not list a missing optional role", () => {
    expect(mapColumns("deals", ["Owner", "Stage", "Amount"]).missing).toEqual([]);
  });

  it("lets an override name the column of a role over a synonym", () => {
    const map = mapColumns("deals", ["Owner", "Stage", "Amount", "Net value"], { amount: "net value" });
    expect(map.columns.amount).toBe(3);
  });

  it("leaves the synonym's column unused when an override takes the role", () => {
    const map = mapColumns("deals", ["Owner", "Stage", "Amount", "Net value"], { amount: "Net value" });
    expect(map.unknown).toEqual(["Amount"]);
  });

  it("reports an override's role as missing when its header is not there", () => {
    expect(mapColumns("people", ["Name", "Team"], { weight: "Headcount" }).missing).toEqual(["weight"]);
  });

  it("ignores an override for a role the dataset does not have", () => {
    expect(mapColumns("paid", ["Rep", "Paid"], { stage: "Rep" }).columns).toEqual({ rep: 0, paid: 1 });
  });

  it("maps 成交日期 to the date of a transaction but the close date of a deal", () => {
    expect([mapColumns("transactions", ["成交日期"]).columns, mapColumns("deals", ["成交日期"]).columns]).toEqual([{ date: 0 }, { closeDate: 0 }]);
  });

  it.each(DATASETS.map((dataset) => ({ dataset })))("never lets one header name two roles of $dataset", ({ dataset }) => {
    expect(sharedSynonyms(dataset)).toEqual([]);
  });

  it.each(DATASETS.map((dataset) => ({ dataset })))("maps each of $dataset's own first synonyms to its role", ({ dataset }) => {
    const roles = ROLES[dataset] as readonly string[];
    const firsts = roles.map((role) => (SYNONYMS[dataset] as Record<string, readonly string[]>)[role][0]);
    expect(mapColumns(dataset, firsts).columns).toEqual(Object.fromEntries(roles.map((role, i) => [role, i])));
  });

  it.each(DATASETS.map((dataset) => ({ dataset })))("requires only roles that $dataset has", ({ dataset }) => {
    expect((REQUIRED[dataset] as readonly string[]).filter((r) => !(ROLES[dataset] as readonly string[]).includes(r))).toEqual([]);
  });
});

describe("parseStatus", () => {
  it.each([
    { text: "Won", status: "won" },
    { text: "win", status: "won" },
    { text: "Closed Won", status: "won" },
    { text: "closed-won", status: "won" },
    { text: "赢单", status: "won" },
    { text: "成交", status: "won" },
    { text: "签约", status: "won" },
    { text: "LOST", status: "lost" },
    { text: "Closed lost", status: "lost" },
    { text: "输单", status: "lost" },
    { text: "丢单", status: "lost" },
    { text: "失败", status: "lost" },
    { text: "", status: "open" },
    { text: "  ", status: "open" },
    { text: "Open", status: "open" },
    { text: "进行中", status: "open" },
    { text: "跟进中", status: "open" },
  ])('reads "$text" as $status', ({ text, status }) => {
    expect(parseStatus(text)).toBe(status);
  });

  it("returns null for a word that is no status", () => {
    expect(parseStatus("maybe")).toBeNull();
  });
});

describe("DEFAULT_STAGES", () => {
  it("is a valid funnel by the plan's own schema", () => {
    expect(DEFAULT_STAGES.map((s) => stageSchema.parse(s))).toEqual(DEFAULT_STAGES);
  });

  it("runs Lead, Needs, Proposal, Negotiation, Won", () => {
    expect(DEFAULT_STAGES.map((s) => s.name)).toEqual(["Lead", "Needs", "Proposal", "Negotiation", "Won"]);
  });

  it("gives the probabilities 0.1, 0.2, 0.4, 0.6 and 1", () => {
    expect(DEFAULT_STAGES.map((s) => s.probability)).toEqual([0.1, 0.2, 0.4, 0.6, 1]);
  });

  it("limits days in stage to 14, 21, 30, 30 and none for Won", () => {
    expect(DEFAULT_STAGES.map((s) => s.maxDays)).toEqual([14, 21, 30, 30, null]);
  });

  it("knows the Chinese names 线索, 需求, 方案, 谈判, 成交", () => {
    expect(DEFAULT_STAGES.map((s) => s.aliases)).toEqual([["线索"], ["需求"], ["方案"], ["谈判"], ["成交"]]);
  });
});

describe("deal headers of real exports", () => {
  // Each row is an export's header layout as the vendor documents it (HubSpot's deal export, a Salesforce
  // opportunity report, Zoho CRM's deals export, Pipedrive's deal export, Dynamics 365's opportunity view,
  // 纷享销客 and 销售易 商机 exports, the public CRM sample data set), with the roles a person would expect.
  it.each([
    {
      crm: "HubSpot",
      headers: ["Record ID", "Deal Name", "Deal Stage", "Close Date", "Deal owner", "Amount", "Create Date", "Pipeline", "Date entered current stage"],
      expected: { id: 0, stage: 2, closeDate: 3, owner: 4, amount: 5, created: 6, stageDate: 8 },
    },
    {
      crm: "Salesforce",
      headers: ["Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Fiscal Period", "Amount", "Probability (%)", "Age", "Close Date", "Created Date", "Last Stage Change Date"],
      expected: { owner: 0, customer: 1, id: 2, stage: 3, amount: 5, probability: 6, closeDate: 8, created: 9, stageDate: 10 },
    },
    {
      crm: "Zoho CRM",
      headers: ["Record Id", "Deal Owner", "Deal Name", "Amount", "Closing Date", "Account Name", "Stage", "Probability (%)", "Expected Revenue", "Created Time"],
      expected: { id: 0, owner: 1, amount: 3, closeDate: 4, customer: 5, stage: 6, probability: 7, created: 9 },
    },
    {
      crm: "Pipedrive",
      headers: ["Deal - ID", "Deal - Title", "Deal - Owner", "Deal - Value", "Deal - Currency", "Deal - Stage", "Deal - Status", "Deal - Deal created", "Deal - Expected close date", "Deal - Last stage change", "Deal - Probability"],
      expected: { id: 0, owner: 2, amount: 3, stage: 5, status: 6, created: 7, closeDate: 8, stageDate: 9, probability: 10, currency: 4 },
    },
    {
      crm: "Dynamics 365",
      headers: ["Topic", "Potential Customer", "Est. Close Date", "Est. Revenue", "Owner", "Status", "Pipeline Phase", "Probability", "Created On"],
      expected: { id: 0, customer: 1, closeDate: 2, amount: 3, owner: 4, status: 5, stage: 6, probability: 7, created: 8 },
    },
    {
      crm: "纷享销客",
      headers: ["商机名称", "客户名称", "负责人", "商机阶段", "商机金额", "赢率", "预计成交日期", "创建时间", "阶段变更时间"],
      expected: { id: 0, customer: 1, owner: 2, stage: 3, amount: 4, probability: 5, closeDate: 6, created: 7, stageDate: 8 },
    },
    {
      crm: "销售易",
      headers: ["商机名称", "客户名称", "所有人", "销售阶段", "输单阶段", "商机金额", "赢率(%)", "结单日期", "创建日期"],
      expected: { id: 0, customer: 1, owner: 2, stage: 3, amount: 5, probability: 6, closeDate: 7, created: 8 },
    },
    {
      crm: "the public CRM sample data set",
      headers: ["opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date", "close_value"],
      expected: { id: 0, owner: 1, customer: 3, stage: 4, created: 5, closeDate: 6, amount: 7 },
    },
  ])("maps $crm's deal export", ({ headers, expected }) => {
    expect(mapColumns("deals", headers).columns).toEqual(expected);
  });

  it("keeps the deals' extra columns (lost at stage, converted amount) apart from every deals role and from each other", () => {
    const roleWords = new Set(Object.values(SYNONYMS.deals).flat().map(normalizeHeader));
    const extra = Object.values(DEAL_EXTRA_HEADERS).flat().map(normalizeHeader);
    expect([extra.filter((w) => roleWords.has(w)), extra.length - new Set(extra).size]).toEqual([[], 0]);
  });
});
