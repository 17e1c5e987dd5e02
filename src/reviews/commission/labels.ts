import type { Catalogue } from "../../i18n/languages";

/** The words of the commission statement: headings, settings, statuses, warnings and summary lines. */
export interface CommissionLabels {
  sheet: string;
  title: string;
  period: (start: string, end: string) => string;
  marginal: string;
  retroactive: string;
  order: string;
  rep: string;
  quota: string;
  sales: string;
  commission: string;
  totalSales: string;
  attainment: string;
  base: string;
  accelerator: string;
  capped: string;
  topUp: string;
  due: string;
  reconciliation: string;
  paid: string;
  difference: string;
  status: string;
  ok: string;
  underpaid: string;
  overpaid: string;
  total: string;
  settings: string;
  inputsNote: string;
  periodStart: string;
  periodEnd: string;
  above: string;
  multiplier: string;
  cap: string;
  draw: string;
  tolerance: string;
  line: string;
  bound: string;
  rate: string;
  step: string;
  noLine: string;
  noReps: string;
  /** The transactions table has a header and no rows: a statement of nothing is not one to sign off. */
  noTransactions: (origin: string) => string;
  /** Payments for a day outside the statement's period are not held against it. */
  paidOutOfPeriod: (origin: string, count: number, start: string, end: string, rows: string) => string;
  byPeriod: string;
  byPeriodNote: string;
  payPeriod: string;
  periodFrom: string;
  periodTo: string;
  salesToDate: string;
  baseToDate: string;
  acceleratorToDate: string;
  earnedToDate: string;
  dueInPeriod: string;
  paidInPeriod: string;
  summaryPeriodMismatches: (n: number) => string;
  /** A draw paid per pay period (commission.drawPer "payPeriod"). */
  drawPerPeriod: string;
  drawRecoverable: string;
  drawOpening: string;
  yes: string;
  no: string;
  byPeriodDraw: string;
  byPeriodDrawNote: (recoverable: boolean) => string;
  earnedInPeriod: string;
  drawRecovered: string;
  drawBalance: string;
  /** Reps who still owe draw at the end of the statement: carried into the next one. */
  drawCarried: (reps: string) => string;
  /** Draw settings the plan gives that only a draw per pay period uses. */
  drawUnused: (fields: readonly string[]) => string;
  /** The tier table's column saying where each line's rates came from. */
  ratesFrom: string;
  fromPlan: (field: string) => string;
  fromSheet: (origin: string, rows: string) => string;
  builtIn: string;
  /** The plan and the workbook's rate sheet give a line different tiers: the plan's are used. */
  rateConflict: (line: string, field: string, plan: string, origin: string, sheet: string) => string;
  /** A product line with no rate of its own in the plan pays the default rate. */
  defaultRate: (lines: string, rate: string) => string;
  outOfPeriod: (origin: string, count: number, start: string, end: string, rows: string) => string;
  caseVariant: (kind: string, variant: string, name: string) => string;
  repKind: string;
  lineKind: string;
  duplicatePerson: (origin: string, name: string, rows: string) => string;
  summaryReps: (n: number) => string;
  summarySales: (v: string) => string;
  summaryDue: (v: string) => string;
  summaryPaid: (v: string) => string;
  summaryMismatches: (n: number) => string;
}

/**
 * The commission statement's words in every language.
 *
 * @example
 * pick("zh-CN", COMMISSION_LABELS).due // => "应发提成"
 */
export const COMMISSION_LABELS: Catalogue<CommissionLabels> = {
  en: {
    sheet: "Commission",
    title: "Commission statement",
    period: (start: string, end: string) => `Period ${start} to ${end}`,
    marginal: "marginal tiers: each slice of sales earns its own tier's rate",
    retroactive: "retroactive tiers: all sales earn the rate of the highest tier reached",
    order: "Rows: mismatches first (largest difference first), then the reps paid correctly",
    rep: "Rep",
    quota: "Quota",
    sales: "Sales",
    commission: "Commission",
    totalSales: "Total sales",
    attainment: "Attainment",
    base: "Base commission",
    accelerator: "Accelerator",
    capped: "After cap",
    topUp: "Draw top-up",
    due: "Total due",
    reconciliation: "Reconciliation",
    paid: "Paid",
    difference: "Difference",
    status: "Status",
    ok: "OK",
    underpaid: "Underpaid",
    overpaid: "Overpaid",
    total: "Total",
    settings: "Settings",
    inputsNote: "Input cells can be changed: the statement above recalculates.",
    periodStart: "Period start",
    periodEnd: "Period end",
    above: "Accelerator from attainment",
    multiplier: "Accelerator multiplier",
    cap: "Cap per rep (blank: none)",
    draw: "Draw (guaranteed minimum)",
    tolerance: "Reconciliation tolerance",
    line: "Product line",
    bound: "Lower bound",
    rate: "Rate",
    step: "Rate step",
    noLine: "(no product line)",
    ratesFrom: "Rates from",
    paidOutOfPeriod: (origin: string, count: number, start: string, end: string, rows: string) =>
      `${origin}: ${count} payment${count === 1 ? " is" : "s are"} for a day outside the period ${start} to ${end}, so ${count === 1 ? "it is" : "they are"} not held against this statement (row${count === 1 ? "" : "s"} ${rows}).`,
    byPeriod: "Paid per pay period",
    byPeriodNote:
      "Each period's due is the commission earned on sales to its end less the period before's (a clawback makes it negative); the draw's top-up falls in the last period. The dues add up to the total due.",
    payPeriod: "Pay period",
    periodFrom: "From",
    periodTo: "To",
    salesToDate: "Sales to date",
    baseToDate: "Commission to date",
    acceleratorToDate: "Accelerator to date",
    drawPerPeriod: "Draw per pay period",
    drawRecoverable: "Draw recoverable",
    drawOpening: "Draw owed from before",
    yes: "Yes",
    no: "No",
    byPeriodDraw: "Draw per pay period",
    byPeriodDrawNote: (recoverable: boolean) =>
      recoverable
        ? "Earned in period = earned to its end less the period before's; each period pays at least the draw. What the draw advances beyond the earnings is owed and paid back out of later earnings above the draw (a clawback adds to it); what is still owed at the end carries into the next statement."
        : "Earned in period = earned to its end less the period before's; each period pays the larger of the draw and its earnings, and a shortfall is not paid back.",
    earnedInPeriod: "Earned in period",
    drawRecovered: "Draw recovered",
    drawBalance: "Draw still owed",
    drawCarried: (reps: string) => `Draw not yet earned back at the end of the period, to carry into the next statement (its plan's commission.drawBalance): ${reps}.`,
    drawUnused: (fields: readonly string[]) =>
      `The plan's ${fields.join(" and ")} ${fields.length === 1 ? "applies" : "apply"} only to a draw per pay period (commission.drawPer "payPeriod"); this statement applies the draw to the whole period, so ${fields.length === 1 ? "it is" : "they are"} not used.`,
    earnedToDate: "Earned to date",
    dueInPeriod: "Due in period",
    paidInPeriod: "Paid in period",
    summaryPeriodMismatches: (n: number) => `Pay periods not paid as due: ${n}`,
    fromPlan: (field: string) => `the plan (${field})`,
    fromSheet: (origin: string, rows: string) => `${origin}, rows ${rows}`,
    builtIn: "the built-in default (no rate given)",
    rateConflict: (line: string, field: string, plan: string, origin: string, sheet: string) =>
      `${line}: the plan (${field}) and ${origin} give different rates (plan ${plan}; sheet ${sheet}); the plan's are used. Remove one of them so there is one rate card.`,
    noReps: "No rep has sales in the period or a quota.",
    noTransactions: (origin: string) =>
      `${origin} has no transactions under its header row, so there is no commission to compute; check that the right sheet was read, or give it with --sheet or the plan's sources.`,
    defaultRate: (lines: string, rate: string) =>
      `No rate is set in the plan or a rate sheet for ${lines}: the default rate ${rate} applies. Set the rates under commission.lines (or commission.defaultTiers) in the plan, or in a Commission Rates sheet (product line, from, rate).`,
    outOfPeriod: (origin: string, count: number, start: string, end: string, rows: string) =>
      `${origin}: ${count} transaction${count === 1 ? "" : "s"} dated outside the period ${start} to ${end} ${count === 1 ? "is" : "are"} not counted (row${count === 1 ? "" : "s"} ${rows}).`,
    caseVariant: (kind: string, variant: string, name: string) =>
      `${kind} "${variant}" is counted with "${name}": spreadsheet lookups ignore upper and lower case.`,
    repKind: "Rep",
    lineKind: "Product line",
    duplicatePerson: (origin: string, name: string, rows: string) =>
      `${origin}: "${name}" has a target on rows ${rows}; the quota adds them up.`,
    summaryReps: (n: number) => `Reps: ${n}`,
    summarySales: (v: string) => `Total sales: ${v}`,
    summaryDue: (v: string) => `Total commission due: ${v}`,
    summaryPaid: (v: string) => `Paid: ${v}`,
    summaryMismatches: (n: number) => `Payment mismatches: ${n}`,
  },
  "zh-CN": {
    sheet: "提成核算",
    title: "提成核算表",
    period: (start: string, end: string) => `核算期间 ${start} 至 ${end}`,
    marginal: "超额累进：每段销售额按所在档位的比例提成",
    retroactive: "全额累进：全部销售额按达到的最高档位比例提成",
    order: "排序：先列核对有差异的人员（差额绝对值从大到小），再列一致的人员",
    rep: "销售员",
    quota: "业绩目标",
    sales: "销售额",
    commission: "提成",
    totalSales: "销售额合计",
    attainment: "目标达成率",
    base: "基础提成",
    accelerator: "加速提成",
    capped: "封顶后提成",
    topUp: "保底补差",
    due: "应发提成",
    reconciliation: "发放核对",
    paid: "已发提成",
    difference: "差额",
    status: "核对结果",
    ok: "一致",
    underpaid: "少付",
    overpaid: "多付",
    total: "合计",
    settings: "参数设置",
    inputsNote: "输入单元格可以修改，上方核算结果会自动重算。",
    periodStart: "期间开始",
    periodEnd: "期间结束",
    above: "加速起点（目标达成率）",
    multiplier: "加速倍数",
    cap: "个人提成封顶（留空：不封顶）",
    draw: "保底提成",
    tolerance: "核对容差",
    line: "产品线",
    bound: "起点金额",
    rate: "提成比例",
    step: "比例增量",
    noLine: "（未分产品线）",
    ratesFrom: "比例来源",
    paidOutOfPeriod: (origin: string, count: number, start: string, end: string, rows: string) =>
      `${origin}：${count} 笔发放不属于核算期间 ${start} 至 ${end}，未与本表核对（第 ${rows} 行）。`,
    byPeriod: "按发放期间核对",
    byPeriodNote: "每期应发 = 截至期末销售额的累计提成减去上期累计（有冲回时为负数）；保底补足计入最后一期。各期应发之和等于应发合计。",
    payPeriod: "发放期间",
    periodFrom: "起",
    periodTo: "止",
    salesToDate: "累计销售额",
    baseToDate: "累计提成",
    acceleratorToDate: "累计加速提成",
    earnedToDate: "累计应得",
    dueInPeriod: "本期应发",
    paidInPeriod: "本期已发",
    summaryPeriodMismatches: (n: number) => `未按应发金额发放的期间：${n} 个`,
    drawPerPeriod: "每期保底提成",
    drawRecoverable: "保底可追回",
    drawOpening: "上期未追回保底",
    yes: "是",
    no: "否",
    byPeriodDraw: "按发放期间计算保底",
    byPeriodDrawNote: (recoverable: boolean) =>
      recoverable
        ? "本期提成 = 截至期末的累计应得减去上期累计；本期应发不低于保底。保底多发的部分计入未追回余额，从以后各期超出保底的提成中扣回（冲回也计入余额），期末余额结转下期。"
        : "本期提成 = 截至期末的累计应得减去上期累计；本期应发取保底与本期提成中较大者，不足部分不追回。",
    earnedInPeriod: "本期提成",
    drawRecovered: "本期追回保底",
    drawBalance: "未追回保底余额",
    drawCarried: (reps: string) => `期末仍有未追回的保底，结转下期（下期方案的 commission.drawBalance）：${reps}。`,
    drawUnused: (fields: readonly string[]) => `方案中的 ${fields.join("、")} 只在按期发放保底（commission.drawPer 为 "payPeriod"）时使用，本表按整个期间计算保底，未使用。`,
    fromPlan: (field: string) => `方案（${field}）`,
    fromSheet: (origin: string, rows: string) => `${origin}第 ${rows} 行`,
    builtIn: "内置默认比例（未设置比例）",
    rateConflict: (line: string, field: string, plan: string, origin: string, sheet: string) =>
      `${line}：方案（${field}）与${origin}的提成比例不同（方案 ${plan}；表格 ${sheet}），已按方案计算。请删去其中之一，只保留一份提成比例表。`,
    noReps: "本期没有销售员有销售额或业绩目标。",
    noTransactions: (origin: string) => `${origin}表头下没有任何交易记录，无法计算提成；请确认读取的是正确的工作表，或用 --sheet 或方案中的 sources 指定。`,
    defaultRate: (lines: string, rate: string) =>
      `方案和提成比例表中都没有为${lines}设置提成比例，已按默认比例 ${rate} 计算。请在方案的 commission.lines（或 commission.defaultTiers）中设置比例，或在工作簿中加一张提成比例表（产品线、起始金额、提成比例）。`,
    outOfPeriod: (origin: string, count: number, start: string, end: string, rows: string) =>
      `${origin}：${count} 笔交易的日期不在核算期间 ${start} 至 ${end} 内，未计入（第 ${rows} 行）。`,
    caseVariant: (kind: string, variant: string, name: string) =>
      `${kind}“${variant}”与“${name}”合并计算：表格查找不区分大小写。`,
    repKind: "销售员",
    lineKind: "产品线",
    duplicatePerson: (origin: string, name: string, rows: string) =>
      `${origin}：“${name}”在第 ${rows} 行都有目标，业绩目标按合计计算。`,
    summaryReps: (n: number) => `销售员：${n} 人`,
    summarySales: (v: string) => `销售额合计：${v}`,
    summaryDue: (v: string) => `应发提成合计：${v}`,
    summaryPaid: (v: string) => `已发提成合计：${v}`,
    summaryMismatches: (n: number) => `发放有差异：${n} 人`,
  },
};
