import { memoText } from "../core/text/memoText";
import type { ConvertedField, Dataset, DatasetRecords, DealStatus, ExportField, HintField, StageDefinition } from "./records";

export type { StageDefinition } from "./records";

/**
 * The columns each dataset is read from: the role of every column, which roles a table must have, and
 * the headers (English and Chinese) that name each role. Headers are compared after `normalizeHeader`,
 * so "Product line", "product_line" and "PRODUCT-LINE" are one header.
 */

/** A column role of a dataset: a field of its record other than `row` and the hints read beside the roles. */
export type RoleOf<D extends Dataset> = Exclude<keyof DatasetRecords[D], "row" | HintField | ConvertedField | ExportField> & string;

/** Every role of each dataset, in the order a tidy table would have them. */
export const ROLES: { readonly [D in Dataset]: readonly RoleOf<D>[] } = {
  scores: ["name", "kpi", "target", "actual", "team"],
  people: ["name", "team", "target", "lastYear", "potential", "weight", "start", "end"],
  history: ["year", "month", "amount"],
  deals: ["id", "owner", "stage", "amount", "created", "stageDate", "closeDate", "status", "probability", "currency", "customer"],
  transactions: ["id", "rep", "date", "line", "amount", "share", "currency", "customer"],
  paid: ["rep", "paid", "period", "currency"],
  rates: ["line", "from", "to", "rate"],
  activities: ["date", "rep", "type", "count", "team", "customer", "deal", "outcome"],
  monthlyTargets: ["name", "month", "target", "team"],
};

/** The roles a table must have a column for. */
export const REQUIRED: { readonly [D in Dataset]: readonly RoleOf<D>[] } = {
  scores: ["name", "kpi", "target", "actual"],
  people: ["name"],
  history: ["year", "month", "amount"],
  deals: ["owner", "stage", "amount"],
  transactions: ["rep", "date", "amount"],
  paid: ["rep", "paid"],
  rates: ["rate"],
  activities: ["date", "rep", "type"],
  monthlyTargets: ["name", "month", "target"],
};

const PERSON = ["Name", "Rep", "Sales rep", "Salesperson", "Sales person", "Employee", "Employee name", "Staff", "姓名", "名字", "销售员", "员工", "员工姓名", "业务员", "销售代表", "销售人员"];
const TEAM = ["Team", "Department", "Dept", "Group", "Region", "Territory", "团队", "部门", "所属部门", "小组", "组别", "区域", "大区", "片区"];
const TARGET = ["Target", "Quota", "Goal", "Target value", "目标", "任务", "指标值", "目标值", "任务额", "目标额"];
/** A column naming each row's currency: Salesforce's "Amount Currency", 金蝶's and 用友's 币种/币别. */
const CURRENCY = ["Currency", "Amount currency", "Currency code", "Currency ISO code", "Opportunity currency", "Deal currency", "Transaction currency", "币种", "币别", "货币", "原币", "币种名称", "交易币种", "结算币种", "结算币别", "币别名称"];
const AMOUNT = ["Amount", "Value", "Revenue", "Sales", "Sales amount", "金额", "销售额", "销售金额"];

/**
 * Header synonyms by dataset and role; the first of each list is the name messages use. Within one
 * dataset no header names two roles (a test holds this), so "成交日期" is the date of a transaction but
 * the close date of a deal.
 */
export const SYNONYMS: { readonly [D in Dataset]: { readonly [R in RoleOf<D>]: readonly string[] } } = {
  scores: {
    name: PERSON,
    // HR systems' exports: 北森's 考核项名称, an HRIS's Goal Name ("Goal" alone is a target).
    kpi: ["KPI", "Metric", "Indicator", "KPI name", "Measure", "Goal name", "指标", "考核项", "指标名称", "考核指标", "考核项目", "考核项名称"],
    target: TARGET,
    actual: ["Actual", "Achieved", "Result", "Actual value", "实际", "完成", "实绩", "实际值", "完成值", "实际完成", "实际完成值"],
    team: TEAM,
  },
  people: {
    name: PERSON,
    team: TEAM,
    target: [...TARGET, "Annual target", "年度目标", "年度任务"],
    lastYear: ["Last year", "Last year actual", "Prior year", "LY", "上年", "去年", "去年实际", "上年实际", "上年销售额", "去年销售额"],
    potential: ["Potential", "Potential score", "潜力", "潜力值", "潜力分"],
    weight: ["Weight", "权重"],
    start: ["Start date", "Start", "Hire date", "Joined", "入职日期", "入职时间", "到岗日期"],
    end: ["End date", "End", "Leave date", "Left", "离职日期", "离职时间"],
  },
  history: {
    year: ["Year", "年份", "年", "年度"],
    month: ["Month", "月份", "月"],
    amount: AMOUNT,
  },
  deals: {
    id: ["ID", "Deal ID", "Deal", "Deal name", "Opportunity", "Opportunity ID", "Opportunity name", "Record ID", "Deal - ID", "Deal - Title", "Topic", "商机", "商机编号", "商机名称", "编号"],
    owner: ["Owner", "Deal owner", "Account owner", "Opportunity owner", "Sales agent", "Owner name", ...PERSON, "负责人", "所有人", "归属人", "跟进人", "销售负责人", "商机负责人"],
    stage: ["Stage", "Phase", "Deal stage", "Sales stage", "Opportunity stage", "Pipeline phase", "阶段", "销售阶段", "商机阶段", "阶段名称"],
    amount: [...AMOUNT, "Deal value", "Deal amount", "Close value", "Opportunity amount", "Est. revenue", "Estimated revenue", "商机金额", "预计金额", "预计销售金额", "预计成交金额", "预计赢单金额"],
    created: ["Created", "Created date", "Created on", "Create date", "Created time", "Date created", "Engage date", "Deal - Deal created", "Deal created", "创建日期", "创建时间"],
    stageDate: [
      "Stage date",
      "Stage since",
      "In stage since",
      "Stage entered",
      "Date entered current stage",
      "Last stage change",
      "Deal - Last stage change",
      "Last stage change date",
      "Stage change date",
      "进入阶段日期",
      "阶段日期",
      "阶段开始日期",
      "阶段变更时间",
      "阶段变更日期",
    ],
    closeDate: [
      "Close date",
      "Closed date",
      "Closed on",
      "Closing date",
      "Expected close",
      "Expected close date",
      "Deal - Expected close date",
      "Est. close date",
      "Estimated close date",
      "Actual close date",
      "Close time",
      "Deal - Close time",
      "成交日期",
      "关闭日期",
      "预计成交日期",
      "预计赢单日期",
      "结单日期",
    ],
    status: ["Status", "Deal status", "Deal - Status", "Outcome", "状态", "结果", "商机状态"],
    probability: ["Probability", "Deal - Probability", "Win probability", "赢率", "赢单率", "成交概率", "赢单概率", "可能性"],
    currency: CURRENCY,
    customer: ["Customer", "Account", "Account name", "Potential customer", "Company", "Company name", "Organization", "Deal - Organization", "Client", "客户", "客户名称", "公司名称", "客户公司"],
  },
  transactions: {
    id: [
      "ID", "Transaction ID", "Txn ID", "Transaction no", "Order", "Order ID", "Order no", "Invoice", "Invoice no", "Invoice number", "Document no",
      "订单号", "订单编号", "单号", "编号", "发票号", "发票号码", "单据编号",
    ],
    rep: PERSON,
    date: [
      "Date", "Sale date", "Order date", "Invoice date", "Transaction date", "Posting date", "Document date",
      "日期", "成交日期", "交易日期", "销售日期", "订单日期", "单据日期", "业务日期", "开票日期", "签订日期", "签约日期", "合同日期",
      // A month where a month is meant (an ERP's posting period): read as the month's first day.
      "Posting period", "Period", "期间", "会计期间", "所属期间",
    ],
    line: ["Product line", "Product", "Line", "Category", "Item", "Item name", "Item category", "产品线", "产品", "品类", "物料名称", "存货名称", "物料分类", "存货分类", "产品名称"],
    // ERP exports carry the amount with and without tax (价税合计, 无税金额): commission is on the amount
    // without tax, so only that one is recognised; a sheet with only 价税合计 asks for its amount column.
    amount: [...AMOUNT, "Order amount", "Net amount", "Amount excl. tax", "订单金额", "无税金额", "不含税金额", "金额（不含税）", "合同金额"],
    share: ["Share", "Split", "Split share", "Credit", "分成", "比例", "分成比例", "业绩比例"],
    currency: CURRENCY,
    // Not "Account": an ERP's account is a ledger account.
    customer: ["Customer", "Customer name", "Client", "Client name", "Sold to", "Bill to", "客户", "客户名称", "购货单位", "购买方", "购方名称"],
  },
  paid: {
    rep: PERSON,
    paid: ["Paid", "Paid amount", "Amount paid", "Payout", "Commission paid", "已付", "已发放", "已发", "已付金额", "已发金额", "已发放金额", "实发", "实发金额"],
    period: [
      "Period", "Pay period", "Payment period", "Payroll period", "Pay month", "Month", "Pay date", "Payment date", "Date paid", "Paid on", "Date",
      "期间", "所属期间", "会计期间", "发放月份", "所属月份", "工资月份", "月份", "发放期间", "发放日期", "支付日期", "付款日期", "日期",
    ],
    // A payout sheet in another currency than the sales (a regional payroll): converted, or the build stops.
    currency: CURRENCY,
  },
  rates: {
    line: ["Product line", "Product", "Line", "Category", "Product category", "产品线", "产品", "品类", "产品类别", "产品分类", "物料分类", "存货分类"],
    from: ["From", "Lower bound", "Sales from", "Amount from", "Min", "Minimum", "Threshold", "Tier start", "起始金额", "金额下限", "销售额下限", "业绩下限", "下限", "起点", "起", "从"],
    to: ["To", "Upper bound", "Sales to", "Amount to", "Up to", "Max", "Maximum", "Tier end", "截止金额", "金额上限", "销售额上限", "业绩上限", "上限", "止", "至", "到"],
    // Not "Commission" or 提成 alone: those head amounts of money on a statement, not rates.
    rate: ["Rate", "Commission rate", "Commission %", "Rate %", "提成比例", "提成比率", "提成率", "提成点数", "佣金比例", "佣金率", "费率"],
  },
  // Activity logs as CRMs export them (Salesforce tasks: Assigned To, Task Type, Date; HubSpot: Activity
  // assigned to, Activity date; 纷享销客/销售易 跟进记录: 跟进人, 跟进时间, 跟进方式) and reps' 日报 templates.
  // No "Owner", "Type"-with-"Created date" pair here: those are the deals' exports.
  activities: {
    date: ["Date", "Activity date", "Due date", "Task date", "Call date", "Visit date", "Meeting date", "日期", "活动日期", "跟进时间", "跟进日期", "拜访日期", "拜访时间", "活动时间", "填报日期", "日报日期"],
    rep: [...PERSON, "Assigned to", "Assigned", "Activity assigned to", "Activity owner", "Task owner", "跟进人", "拜访人", "执行人", "填报人", "活动负责人"],
    type: ["Activity type", "Type", "Task type", "Task subtype", "Activity", "Engagement type", "活动类型", "类型", "跟进方式", "跟进类型", "活动方式", "拜访方式", "工作类型"],
    count: ["Count", "Number", "Quantity", "Times", "次数", "数量", "个数", "活动次数"],
    team: TEAM,
    customer: ["Customer", "Account", "Account name", "Company", "Company / Account", "Company name", "Associated company", "客户", "客户名称", "公司名称", "拜访客户"],
    deal: ["Deal", "Deal name", "Opportunity", "Opportunity name", "Related to", "Associated deal", "商机", "商机名称", "关联商机"],
    outcome: ["Outcome", "Result", "Call outcome", "Call result", "Meeting outcome", "Disposition", "结果", "跟进结果", "拜访结果", "通话结果"],
  },
  // A targets table in long layout (Person, Month, Target); the wide one (a column per month) is found by its month headers.
  monthlyTargets: {
    name: [...PERSON, "Person"],
    month: ["Month", "Target month", "Period", "Plan month", "月份", "月", "目标月份", "期间"],
    target: [...TARGET, "Monthly target", "Sales target", "Plan", "月度目标", "月目标", "销售目标", "计划", "目标金额"],
    team: TEAM,
  },
};

/**
 * Deal columns the reader uses beyond the record's roles: where a lost deal stopped (销售易's 输单阶段).
 * None of these is a synonym of a deals role (a test holds this).
 */
export const DEAL_EXTRA_HEADERS = {
  lostStage: ["Lost at stage", "Lost stage", "Stage lost", "Lost in stage", "输单阶段", "丢单阶段", "失败阶段"],
  // Salesforce with multiple currencies: the amount in the corporate currency, beside the record's own.
  converted: ["Amount (Converted)", "Converted amount", "Opportunity amount (converted)", "折算金额", "本位币金额"],
  // The amount a deal was won for, beside the expected amount (a 企业微信 CRM's 赢单金额, Dynamics 365's Actual Revenue).
  wonAmount: ["Won amount", "Actual revenue", "Actual value", "Closed amount", "赢单金额", "成交金额", "实际成交金额", "签约金额"],
  convertedCurrency: ["Amount (Converted) Currency", "Converted amount currency", "Converted currency", "折算币种", "本位币"],
} as const;

/**
 * Activity columns the reader uses beyond the record's roles: a task's status (Salesforce's Status:
 * Not Started, In Progress, Completed, Waiting on someone else, Deferred; HubSpot's task status), which
 * decides whether the row counts. None of these is a synonym of an activities role (a test holds this).
 */
export const ACTIVITY_EXTRA_HEADERS = {
  status: ["Status", "Task status", "Activity status", "Completion status", "状态", "任务状态", "完成状态", "活动状态", "执行状态"],
} as const;

/** Status words that say an activity was done: only those rows count when the log has a status column. */
export const COMPLETED_WORDS = ["Completed", "Complete", "Done", "Closed", "Held", "已完成", "完成", "已结束", "已办结", "已执行"] as const;

/** Words a sheet or table name may use for a dataset; a tie-breaker when looking for the data. */
export const DATASET_NAMES: { readonly [D in Dataset]: readonly string[] } = {
  scores: ["Scores", "Scorecard", "KPI", "KPIs", "考核", "绩效", "得分"],
  people: ["People", "Team", "Reps", "Staff", "Targets", "人员", "团队", "员工", "目标"],
  history: ["History", "Monthly sales", "Sales history", "历史", "历史销售", "月度销售"],
  deals: ["Deals", "Pipeline", "Opportunities", "Funnel", "商机", "销售漏斗", "漏斗"],
  transactions: ["Transactions", "Sales", "Orders", "Invoices", "交易", "销售明细", "订单"],
  paid: ["Paid", "Payouts", "Payments", "已发", "发放", "已付"],
  rates: ["Commission rates", "Rates", "Rate card", "Rate sheet", "Commission tiers", "Tiers", "提成比例表", "提成比例", "提成表", "提成标准", "费率表", "提成规则"],
  activities: ["Activities", "Activity", "Activity log", "Calls", "Visits", "Daily report", "活动", "销售活动", "跟进记录", "拜访记录", "日报", "销售日报"],
  monthlyTargets: ["Monthly targets", "Targets by month", "Monthly plan", "Target plan", "Sales plan", "月度目标", "月度目标分解表", "目标分解", "目标分解表", "月度计划", "销售计划"],
};

/**
 * Reduces a header to what identifies it: NFKC (full-width to half-width), lower case, and no spaces,
 * punctuation, underscores or symbols.
 *
 * @param text - a header cell's text
 * @returns the comparable form; "" when nothing is left
 *
 * @example
 * normalizeHeader(" Product_Line ") // => "productline"
 * normalizeHeader("金额（元）") // => "金额元"
 */
export const normalizeHeader: (text: string) => string = memoText((text) => text.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}\p{Z}]/gu, ""));

/** The header without bracketed units or notes: "Amount (USD)" → "Amount". */
function withoutBrackets(text: string): string {
  return text.normalize("NFKC").replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, "");
}

/** Columns found for a dataset's roles, by 0-based index into the header row. */
export interface ColumnMap<R extends string> {
  columns: Partial<Record<R, number>>;
  /** Required roles, and roles an override names, that have no column. */
  missing: R[];
  /** Non-blank headers that name no role (or a role already taken by a column to their left). */
  unknown: string[];
}

const synonymIndex = new Map<Dataset, Map<string, string>>();

/** Normalised header → role, per dataset, built once. */
function indexFor(dataset: Dataset): Map<string, string> {
  let index = synonymIndex.get(dataset);
  if (!index) {
    index = new Map();
    const roles = SYNONYMS[dataset] as Record<string, readonly string[]>;
    for (const [role, words] of Object.entries(roles)) {
      for (const word of words) index.set(normalizeHeader(word), role);
    }
    synonymIndex.set(dataset, index);
  }
  return index;
}

/**
 * Finds the column of each role of a dataset in a header row. Overrides (the plan's
 * `sources[dataset].columns`: role → header text) win over synonyms; otherwise the leftmost header that
 * is a synonym of a role takes it, and a header with units in brackets ("Amount (¥)") matches too.
 *
 * @param dataset - which table the headers belong to
 * @param headers - the header row's texts, null for blank cells
 * @param overrides - role → header text, for headers the synonyms do not know
 * @returns the columns found, the roles missing and the headers not used
 *
 * @example
 * mapColumns("deals", ["Deal", "负责人", "Stage", "Amount (¥)", "Notes"])
 * // => { columns: { id: 0, owner: 1, stage: 2, amount: 3 }, missing: [], unknown: ["Notes"] }
 */
export function mapColumns<D extends Dataset>(
  dataset: D,
  headers: readonly (string | null)[],
  overrides: Readonly<Record<string, string>> = {},
): ColumnMap<RoleOf<D>> {
  const roles = ROLES[dataset] as readonly string[];
  const columns: Record<string, number> = {};
  const taken = new Set<number>();
  const normalized = headers.map((h) => (h === null ? "" : normalizeHeader(h)));

  const overridden = new Set<string>();
  for (const [role, header] of Object.entries(overrides)) {
    if (!roles.includes(role)) continue;
    overridden.add(role);
    const want = normalizeHeader(header);
    const col = normalized.findIndex((h, i) => h !== "" && h === want && !taken.has(i));
    if (col >= 0) {
      columns[role] = col;
      taken.add(col);
    }
  }

  const index = indexFor(dataset);
  const claim = (col: number, key: string): void => {
    const role = index.get(key);
    if (role === undefined || overridden.has(role) || role in columns) return;
    columns[role] = col;
    taken.add(col);
  };
  normalized.forEach((h, col) => {
    if (h !== "" && !taken.has(col)) claim(col, h);
  });
  headers.forEach((h, col) => {
    if (h !== null && !taken.has(col)) claim(col, normalizeHeader(withoutBrackets(h)));
  });

  const required = REQUIRED[dataset] as readonly string[];
  const missing = roles.filter((r) => !(r in columns) && (required.includes(r) || overridden.has(r)));
  const unknown = headers.filter((h, i): h is string => h !== null && normalized[i] !== "" && !taken.has(i));
  return { columns: columns as Partial<Record<RoleOf<D>, number>>, missing: missing as RoleOf<D>[], unknown };
}

/** The name a message uses for a role: its first synonym ("Amount"). */
export function roleLabel<D extends Dataset>(dataset: D, role: RoleOf<D>): string {
  return (SYNONYMS[dataset] as Record<string, readonly string[]>)[role][0];
}

/** What a word in a deal's stage or status column says: where the deal stands, or that it is not one to count. */
export type DealOutcome = DealStatus | "excluded";

// A Map, not an object: a cell saying "constructor" or "__proto__" must not find Object.prototype's.
const STATUS_WORDS = new Map<string, DealOutcome>([
  ...["won", "win", "closedwon", "dealwon", "赢单", "赢", "成交", "已成交", "签约", "已签约", "已赢单"].map((w): [string, DealOutcome] => [w, "won"]),
  ...["lost", "lose", "closedlost", "deallost", "closedlosttocompetition", "outsold", "输单", "丢单", "失败", "丢失", "已丢单", "已输单"].map((w): [string, DealOutcome] => [w, "lost"]),
  ...["", "open", "inprogress", "active", "pending", "进行中", "跟进中", "跟进"].map((w): [string, DealOutcome] => [w, "open"]),
  ...["disqualified", "无效", "作废", "已作废", "无效商机"].map((w): [string, DealOutcome] => [w, "excluded"]),
]);

/**
 * Reads a deal status written in English or Chinese, ignoring case, spaces and punctuation.
 *
 * @param text - won/win/closed won/赢单/成交/签约, lost/closed lost/输单/丢单/失败, or open/进行中/跟进中 (blank is open)
 * @returns the status, or null when the word is none of those (nor when it marks a deal to leave out)
 *
 * @example
 * parseStatus("Closed-Won") // => "won"
 * parseStatus("丢单") // => "lost"
 * parseStatus("maybe") // => null
 */
export function parseStatus(text: string): DealStatus | null {
  const outcome = parseOutcome(text);
  return outcome === "excluded" ? null : outcome;
}

/**
 * What a stage or status word says about a deal, as `parseStatus` reads it, and also the words that
 * mark a deal to leave out (Disqualified, 无效, 作废). Words the plan adds (`extra`, normalised as
 * headers are) come first.
 *
 * @example
 * parseOutcome("Closed Lost") // => "lost"
 * parseOutcome("无效") // => "excluded"
 * parseOutcome("Verloren", { verloren: "lost" }) // => "lost"
 */
export function parseOutcome(text: string, extra: Readonly<Record<string, DealOutcome>> = {}): DealOutcome | null {
  const key = normalizeHeader(text);
  return (Object.prototype.hasOwnProperty.call(extra, key) ? extra[key] : undefined) ?? STATUS_WORDS.get(key) ?? null;
}

/** The funnel used when the plan names no stages and the data names no known pipeline: the last stage is the won one. */
export const DEFAULT_STAGES: readonly StageDefinition[] = [
  { name: "Lead", aliases: ["线索"], probability: 0.1, maxDays: 14 },
  { name: "Needs", aliases: ["需求"], probability: 0.2, maxDays: 21 },
  { name: "Proposal", aliases: ["方案"], probability: 0.4, maxDays: 30 },
  { name: "Negotiation", aliases: ["谈判"], probability: 0.6, maxDays: 30 },
  { name: "Won", aliases: ["成交"], probability: 1, maxDays: null },
];
