import type { Catalogue } from "../../i18n/languages";

/** The words of the Progress sheet: headings, settings, flags, warnings and summary lines. */
export interface ProgressLabels {
  sheet: string;
  title: string;
  asOfLine: (asOf: string, days: string) => string;
  calendarDays: string;
  workingDays: string;
  targetsNote: string;
  noTargets: string;
  planNote: (origin: string) => string;
  planAnnualTarget: string;
  noMonthlyPlan: string;
  noPlanRow: (name: string, origin: string) => string;
  targetNotInPlan: (name: string, origin: string) => string;
  planMonthTwice: (origin: string, name: string, month: string, rows: string) => string;
  planDiffers: (differences: readonly { name: string; annual: string; plan: string }[], origin: string) => string;
  summaryTargets: (from: string) => string;
  month: string;
  quarter: string;
  year: string;
  person: string;
  annualTarget: string;
  target: string;
  actual: string;
  completion: string;
  elapsed: string;
  paceGap: string;
  forecast: string;
  neededPerDay: string;
  flag: string;
  behind: string;
  total: string;
  settings: string;
  inputsNote: string;
  asOf: string;
  threshold: string;
  dayCount: string;
  window: string;
  start: string;
  end: string;
  days: string;
  daysElapsed: string;
  daysLeft: string;
  holidays: string;
  team: string;
  teamSubtotals: string;
  byMonth: string;
  byQuarter: string;
  monthHeader: string;
  quarterHeader: string;
  monthName: (year: number, month: number) => string;
  quarterName: (year: number, quarter: number) => string;
  wholePeriod: string;
  cumulativeTarget: string;
  cumulativeActual: string;
  cumulativeCompletion: string;
  monthChart: string;
  monthOverMonth: string;
  yearOverYear: string;
  previousMonth: string;
  lastYear: string;
  change: string;
  comparisons: string;
  previousMonthWindow: string;
  lastYearWindow: string;
  dataFrom: string;
  dealsFrom: string;
  noTransactions: (origin: string) => string;
  noWonDeals: (origin: string) => string;
  wonUndated: (origin: string, count: number, rows: string) => string;
  actualsFromDeals: (origin: string) => string;
  needsTransactions: string;
  needsDeals: string;
  needsSales: string;
  afterAsOf: (origin: string, count: number, asOf: string) => string;
  wonAfterAsOf: (origin: string, count: number, asOf: string) => string;
  caseVariant: (variant: string, name: string) => string;
  duplicatePerson: (origin: string, name: string, rows: string) => string;
  noWorkingDay: (window: string) => string;
  asOfOutside: (asOf: string, start: string, end: string) => string;
  summaryPeople: (asOf: string, n: number) => string;
  summaryYear: (actual: string, completion: string) => string;
  summaryBehind: (n: number) => string;
}

/**
 * The Progress sheet's words in every language.
 *
 * @example
 * pick("zh-CN", PROGRESS_LABELS).elapsed // => "时间进度"
 */
export const PROGRESS_LABELS: Catalogue<ProgressLabels> = {
  en: {
    sheet: "Progress",
    title: "Progress against plan",
    asOfLine: (asOf: string, days: string) => `As of ${asOf} · time counted in ${days}`,
    calendarDays: "calendar days",
    workingDays: "working days (Monday to Friday, less the holidays listed below)",
    targetsNote: "Targets: the annual target is for the plan's period (the year to date starts with it); the month's is it ÷ 12, the quarter's ÷ 4 (spread evenly: no seasonality).",
    noTargets: "No people table with targets was read: targets, completion, pace gap and needed per day are blank.",
    planNote: (origin: string) =>
      `Targets: each person's own months from ${origin}; the month's target is that month's, the quarter's its three months', the year's the months of the plan's period. Time elapsed prorates them to today.`,
    planAnnualTarget: "Plan for the period",
    noMonthlyPlan:
      "No monthly plan was found (a Target plan sheet, or a targets table of person × month): each month's target is the annual target ÷ 12 and the quarter's ÷ 4, with no seasonality.",
    noPlanRow: (name: string, origin: string) => `"${name}" has sales but no row in ${origin}: no target for them (add their months to the plan).`,
    targetNotInPlan: (name: string, origin: string) => `"${name}" has an annual target in the people table but no row in ${origin}: no target for them (add their months to the plan).`,
    planMonthTwice: (origin: string, name: string, month: string, rows: string) => `${origin}: "${name}" has a target for ${month} on rows ${rows}; they are added up.`,
    planDiffers: (differences, origin) =>
      `The people table's annual target differs from what the months of ${origin} add up to in the period for ${differences.length === 1 ? "1 person" : `${differences.length} people`} (${differences.map((d) => `"${d.name}" ${d.annual} against ${d.plan}`).join(", ")}); the monthly plan is used.`,
    summaryTargets: (from: string) => `Targets from: ${from}`,
    month: "Month to date",
    quarter: "Quarter to date",
    year: "Year to date",
    person: "Person",
    annualTarget: "Annual target",
    target: "Target",
    actual: "Actual",
    completion: "Completion",
    elapsed: "Time elapsed",
    paceGap: "Pace gap",
    forecast: "Run-rate forecast",
    neededPerDay: "Needed per day left",
    flag: "Pace",
    behind: "Behind",
    total: "Team total",
    settings: "Settings",
    inputsNote: "Input cells can be changed: change the as-of date and every window and figure above recalculates.",
    asOf: "As of",
    threshold: "Behind when completion is below time elapsed ×",
    dayCount: "Days counted",
    window: "Window",
    start: "Start",
    end: "End",
    days: "Days",
    daysElapsed: "Days elapsed",
    daysLeft: "Days left",
    holidays: "Holidays",
    team: "Team",
    teamSubtotals: "Team subtotals",
    byMonth: "The team by month: each month's plan, and its sales to the as-of date (blank for a month not begun)",
    byQuarter: "The team by quarter",
    monthHeader: "Month",
    quarterHeader: "Quarter",
    monthName: (year: number, month: number) => `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]} ${year}`,
    quarterName: (year: number, quarter: number) => `Q${quarter} ${year}`,
    wholePeriod: "Whole period",
    cumulativeTarget: "Target so far",
    cumulativeActual: "Actual so far",
    cumulativeCompletion: "Completion so far",
    monthChart: "Target and actual by month",
    monthOverMonth: "Month over month",
    yearOverYear: "Year over year",
    previousMonth: "Last month, same days",
    lastYear: "Last year, same days",
    change: "Change",
    comparisons: "Comparisons (blank where the data starts later)",
    previousMonthWindow: "Last month, same days",
    lastYearWindow: "Year to date, a year earlier",
    dataFrom: "Transactions from",
    dealsFrom: "Deals closed from",
    noTransactions: (origin: string) =>
      `${origin} has no transactions under its header row, so there is no progress to measure; check that the right sheet was read, or give it with --sheet or the plan's sources.`,
    noWonDeals: (origin: string) =>
      `${origin} has no won deal with a close date, so there are no sales to track; check that this is the right sheet, or track the transactions (plan: progress.actuals "transactions").`,
    wonUndated: (origin: string, count: number, rows: string) =>
      `${origin}: ${count === 1 ? "1 won deal" : `${count} won deals`} without a close date (${count === 1 ? "row" : "rows"} ${rows}) ${count === 1 ? "is" : "are"} left out: a sale is counted in the month it closed; fill in the close date.`,
    actualsFromDeals: (origin: string) => `Sales are the won deals of ${origin}, each by its close date and amount (plan: progress.actuals "wonDeals").`,
    needsTransactions:
      "Progress tracks the transactions (plan: progress.actuals), and none were found in the workbook; give the sales ledger (Rep, Date, Amount), or track a CRM export's won deals by setting progress.actuals to \"wonDeals\".",
    needsDeals: "Progress tracks the won deals (plan: progress.actuals), and no deals were found in the workbook; give the CRM export (Owner, Stage, Amount, Close date), or track the transactions.",
    needsSales:
      "Progress needs the sales to track, and the workbook has neither transactions (a sales ledger: Rep, Date, Amount) nor a CRM export of deals (Owner, Stage, Amount, Close date) whose won deals would serve; add one, or name its sheet with --sheet or the plan's sources.",
    afterAsOf: (origin: string, count: number, asOf: string) =>
      `${origin}: ${count} transaction${count === 1 ? " is" : "s are"} dated after the as-of date ${asOf} and not counted.`,
    wonAfterAsOf: (origin: string, count: number, asOf: string) =>
      `${origin}: ${count === 1 ? "1 won deal closes" : `${count} won deals close`} after the as-of date ${asOf} and ${count === 1 ? "is" : "are"} not counted.`,
    caseVariant: (variant: string, name: string) => `Person "${variant}" is counted with "${name}": spreadsheet lookups ignore upper and lower case.`,
    duplicatePerson: (origin: string, name: string, rows: string) => `${origin}: "${name}" has a target on rows ${rows}; the annual target adds them up.`,
    noWorkingDay: (window: string) => `${window} has no working day: its time elapsed and forecast are blank.`,
    asOfOutside: (asOf: string, start: string, end: string) =>
      `The as-of date ${asOf} is outside the plan's period ${start} to ${end}: the year to date counts only the period's days and sales.`,
    summaryPeople: (asOf: string, n: number) => `Progress as of ${asOf}: ${n} ${n === 1 ? "person" : "people"}`,
    summaryYear: (actual: string, completion: string) => `Year to date: ${actual}${completion === "" ? "" : ` (${completion} of target)`}`,
    summaryBehind: (n: number) => `Behind pace this month: ${n}`,
  },
  "zh-CN": {
    sheet: "目标进度",
    title: "目标进度跟踪",
    asOfLine: (asOf: string, days: string) => `截至 ${asOf} · 时间进度按${days}计算`,
    calendarDays: "日历天数",
    workingDays: "工作日（周一至周五，扣除下方所列节假日）",
    targetsNote: "目标拆分：年度目标对应方案的考核期间（本年累计自期间开始计算）；月目标 = 年度目标 ÷ 12，季度目标 = 年度目标 ÷ 4（平均分配，未考虑季节性）。",
    noTargets: "未读取到含目标的人员表：目标、完成率、进度差额和日均所需均为空。",
    planNote: (origin: string) => `目标拆分：按${origin}中每人各月的目标；月目标为当月目标，季度目标为该季三个月之和，年度目标为考核期间各月之和。时间进度把目标按至今的天数折算。`,
    planAnnualTarget: "期间计划合计",
    noMonthlyPlan: "未找到月度目标（目标分解表，或“姓名 × 月份”的目标表）：月目标按年度目标 ÷ 12、季度目标按 ÷ 4 平均计算，未考虑季节性。",
    noPlanRow: (name: string, origin: string) => `“${name}”有销售记录，但${origin}中没有此人的目标行：此人没有目标（请在月度目标中补上此人各月目标）。`,
    targetNotInPlan: (name: string, origin: string) => `“${name}”在人员表中有年度目标，但${origin}中没有此人的目标行：此人没有目标（请在月度目标中补上此人各月目标）。`,
    planMonthTwice: (origin: string, name: string, month: string, rows: string) => `${origin}：“${name}”${month} 的目标出现在第 ${rows} 行，按合计计算。`,
    planDiffers: (differences, origin) =>
      `${differences.length} 人的人员表年度目标与${origin}在考核期间内各月合计不一致（${differences.map((d) => `“${d.name}”${d.annual}，月度合计 ${d.plan}`).join("；")}）；以月度目标为准。`,
    summaryTargets: (from: string) => `目标来源：${from}`,
    month: "本月累计",
    quarter: "本季累计",
    year: "本年累计",
    person: "姓名",
    annualTarget: "年度目标",
    target: "目标",
    actual: "实际",
    completion: "目标进度",
    elapsed: "时间进度",
    paceGap: "进度差额",
    forecast: "按当前速度预测",
    neededPerDay: "剩余每日需完成",
    flag: "进度",
    behind: "落后",
    total: "团队合计",
    settings: "参数设置",
    inputsNote: "输入单元格可以修改：修改截至日期后，各期间及上方数字会自动重算。",
    asOf: "截至日期",
    threshold: "目标进度低于时间进度 × 此比例时标为落后",
    dayCount: "天数口径",
    window: "期间",
    start: "开始",
    end: "结束",
    days: "天数",
    daysElapsed: "已过天数",
    daysLeft: "剩余天数",
    holidays: "节假日",
    team: "团队",
    teamSubtotals: "各团队小计",
    byMonth: "团队逐月进度：各月目标，及截至统计日的销售额（尚未开始的月份为空）",
    byQuarter: "团队分季度进度",
    monthHeader: "月份",
    quarterHeader: "季度",
    monthName: (year: number, month: number) => `${year}年${month}月`,
    quarterName: (year: number, quarter: number) => `${year}年第${quarter}季度`,
    wholePeriod: "全期合计",
    cumulativeTarget: "累计目标",
    cumulativeActual: "累计实际",
    cumulativeCompletion: "累计完成率",
    monthChart: "逐月目标与实际",
    monthOverMonth: "环比",
    yearOverYear: "同比",
    previousMonth: "上月同期",
    lastYear: "去年同期",
    change: "增减",
    comparisons: "对比期间（数据起始晚于对比期间时为空）",
    previousMonthWindow: "上月同期",
    lastYearWindow: "去年同期（本年累计）",
    dataFrom: "交易数据起始日",
    dealsFrom: "商机关闭起始日",
    noTransactions: (origin: string) => `${origin}表头下没有任何交易记录，无法跟踪进度；请确认读取的是正确的工作表，或用 --sheet 或方案中的 sources 指定。`,
    afterAsOf: (origin: string, count: number, asOf: string) => `${origin}：${count} 笔交易的日期晚于截至日期 ${asOf}，未计入。`,
    wonAfterAsOf: (origin: string, count: number, asOf: string) => `${origin}：${count} 个赢单的成交日期晚于截至日期 ${asOf}，未计入。`,
    noWonDeals: (origin: string) => `${origin}中没有带成交日期的赢单，无法跟踪进度；请确认读取的是正确的工作表，或改为跟踪交易（方案：progress.actuals 设为 "transactions"）。`,
    wonUndated: (origin: string, count: number, rows: string) => `${origin}：${count} 个赢单没有成交日期（第 ${rows} 行），未计入：销售额按成交当月计算；请补填成交日期。`,
    actualsFromDeals: (origin: string) => `销售额取自${origin}的赢单，按成交日期和金额计入（方案：progress.actuals 为 "wonDeals"）。`,
    needsTransactions: "目标进度跟踪的是交易（方案：progress.actuals），但工作簿中没有找到交易数据；请提供销售明细（销售员、日期、金额），或将 progress.actuals 设为 \"wonDeals\"，改为跟踪 CRM 导出的赢单。",
    needsDeals: "目标进度跟踪的是赢单（方案：progress.actuals），但工作簿中没有找到商机数据；请提供 CRM 导出（负责人、阶段、金额、成交日期），或改为跟踪交易。",
    needsSales: "目标进度需要跟踪销售额，但工作簿中既没有交易（销售明细：销售员、日期、金额），也没有可取赢单的 CRM 商机导出（负责人、阶段、金额、成交日期）；请添加其一，或用 --sheet 或方案中的 sources 指定所在工作表。",
    caseVariant: (variant: string, name: string) => `姓名“${variant}”与“${name}”合并计算：表格查找不区分大小写。`,
    duplicatePerson: (origin: string, name: string, rows: string) => `${origin}：“${name}”在第 ${rows} 行都有目标，年度目标按合计计算。`,
    noWorkingDay: (window: string) => `${window}没有工作日：其时间进度和预测为空。`,
    asOfOutside: (asOf: string, start: string, end: string) => `截至日期 ${asOf} 不在方案的考核期间 ${start} 至 ${end} 内：本年累计只计算期间内的天数和销售额。`,
    summaryPeople: (asOf: string, n: number) => `目标进度（截至 ${asOf}）：${n} 人`,
    summaryYear: (actual: string, completion: string) => `本年累计：${actual}${completion === "" ? "" : `（目标进度 ${completion}）`}`,
    summaryBehind: (n: number) => `本月进度落后：${n} 人`,
  },
};
