import type { Catalogue } from "../../i18n/languages";
import { DATASET_LABELS, type Dataset } from "../../datasets/records";
import type { ContestPeriod, Measure } from "./plan";

/** The words of the Leaderboard sheet: headings, category names, settings, warnings and summary lines. */
export interface LeaderboardLabels {
  sheet: string;
  title: string;
  asOfLine: (asOf: string, period: string, measure: string) => string;
  periods: Record<ContestPeriod, string>;
  measures: Record<Measure, string>;
  rulesNote: (places: number, months: number) => string;
  attainmentNote: (divisor: number) => string;
  prizeNote: string;
  categories: { top: string; improved: string; newcomer: string; group: string };
  groupTitle: (label: string) => string;
  place: string;
  person: string;
  value: string;
  prize: string;
  noOne: string;
  moreTied: string;
  board: string;
  team: string;
  start: string;
  tenure: string;
  group: string;
  annualTarget: string;
  /** The full table's two columns of the measure's raw figure: this period, previous period. */
  amount: Record<Measure, string>;
  previousAmount: Record<Measure, string>;
  current: string;
  previous: string;
  change: string;
  rank: string;
  rankImproved: string;
  rankNewcomer: string;
  rankGroup: string;
  line: (category: string) => string;
  groupKey: string;
  settings: string;
  inputsNote: string;
  asOf: string;
  places: string;
  newcomerMonths: string;
  windows: string;
  currentStart: string;
  currentEnd: string;
  previousStart: string;
  previousEnd: string;
  brackets: string;
  lowerBound: string;
  bracket: string;
  prizes: string;
  tenureBracket: (from: number, next: number | null) => string;
  targetBracket: (from: number, next: number | null) => string;
  needsDeals: string;
  needsPeople: string;
  needsData: (measure: Measure, dataset: Dataset) => string;
  noCustomerColumn: (origin: string) => string;
  noCustomer: (origin: string, count: number, rows: string) => string;
  customersNote: string;
  activitiesNote: (type: string | null) => string;
  activityTypeAbsent: (type: string, origin: string) => string;
  /** A plan setting (leaderboard.activityType, leaderboard.customersFrom) that the measure ranked by does not read. */
  settingUnused: (setting: string, measure: string) => string;
  scoreNote: (percent: boolean) => string;
  valuesNote: (measure: string) => string;
  noImprovement: string;
  nobody: (origin: string) => string;
  wonWithoutDate: (origin: string, count: number) => string;
  afterAsOf: (origin: string, count: number, asOf: string) => string;
  caseVariant: (variant: string, name: string) => string;
  duplicatePerson: (origin: string, name: string, rows: string) => string;
  noPeople: string;
  noTeams: string;
  noStartDates: string;
  noTarget: (count: number, names: string) => string;
  summaryTop: (period: string, names: string, value: string) => string;
  summaryImproved: (names: string, value: string) => string;
  summaryNewcomer: (names: string, value: string) => string;
}

/** Each measure's name in a sentence, for the messages built before a sheet's words are picked. */
const LEADERBOARD_MEASURE_WORDS: Catalogue<Record<Measure, string>> = {
  en: { sales: "sales", wonDeals: "won deals", attainment: "attainment", newCustomers: "new customers", activities: "activities", kpiScore: "KPI score" },
  "zh-CN": { sales: "销售额", wonDeals: "赢单金额", attainment: "目标达成率", newCustomers: "新客户数", activities: "活动量", kpiScore: "考核得分" },
};

const amountText = (x: number): string => x.toLocaleString("en-US", { maximumFractionDigits: 2 });

/**
 * The Leaderboard sheet's words in every language.
 *
 * @example
 * pick("zh-CN", LEADERBOARD_LABELS).categories.top // => "销售冠军"
 */
export const LEADERBOARD_LABELS: Catalogue<LeaderboardLabels> = {
  en: {
    sheet: "Leaderboard",
    title: "Sales contest leaderboard",
    asOfLine: (asOf, period, measure) => `As of ${asOf} · ${period} to date · ranked by ${measure}`,
    periods: { month: "month", quarter: "quarter", year: "year" },
    measures: {
      sales: "sales (credited transactions)",
      wonDeals: "won deals (by close date)",
      attainment: "attainment (sales ÷ target)",
      newCustomers: "new customers (first sale in the period)",
      activities: "activities (the activity log's count)",
      kpiScore: "KPI score (the scorecard's weighted score)",
    },
    rulesNote: (places, months) =>
      `Ties share a place and the next place is skipped (1, 1, 3); everyone tied within the top ${places} is listed. Most improved: this period to date against the same days of the previous period. Newcomers: fewer than ${months} complete months in the role.`,
    attainmentNote: (divisor) => (divisor === 1 ? "The period's target is the annual target." : `The period's target is the annual target ÷ ${divisor} (spread evenly).`),
    prizeNote: "Prizes go by place: people tied at a place each get that place's prize.",
    categories: { top: "Top performer", improved: "Most improved", newcomer: "Best newcomer", group: "By group" },
    groupTitle: (label) => `Top in ${label}`,
    place: "Place",
    person: "Person",
    value: "Result",
    prize: "Prize",
    noOne: "Nobody qualifies yet",
    moreTied: "More people are placed than this listing has lines: see the full table below.",
    board: "Everyone",
    team: "Team",
    start: "Start date",
    tenure: "Months in role",
    group: "Group",
    annualTarget: "Annual target",
    amount: { sales: "Sales this period", wonDeals: "Won this period", attainment: "Sales this period", newCustomers: "New customers this period", activities: "Activities this period", kpiScore: "KPI score" },
    previousAmount: { sales: "Sales previous period", wonDeals: "Won previous period", attainment: "Sales previous period", newCustomers: "New customers previous period", activities: "Activities previous period", kpiScore: "Previous KPI score" },
    current: "Result",
    previous: "Previous result",
    change: "Change",
    rank: "Rank",
    rankImproved: "Most improved rank",
    rankNewcomer: "Newcomer rank",
    rankGroup: "Group rank",
    line: (category) => `Line: ${category}`,
    groupKey: "Group line key",
    settings: "Settings",
    inputsNote: "Input cells can be changed: a new as-of date, places or newcomer limit recomputes the board (the listings keep the lines they were built with).",
    asOf: "As of",
    places: "Places listed",
    newcomerMonths: "Newcomer: months in role under",
    windows: "Windows",
    currentStart: "This period from",
    currentEnd: "This period to",
    previousStart: "Previous period from",
    previousEnd: "Previous period to",
    brackets: "Brackets",
    lowerBound: "From",
    bracket: "Bracket",
    prizes: "Prizes",
    tenureBracket: (from, next) => (next === null ? `${from}+ months` : `${from}–${next - 1} months`),
    targetBracket: (from, next) => (next === null ? `target ${amountText(from)}+` : `target ${amountText(from)} to under ${amountText(next)}`),
    needsDeals: "The leaderboard ranks by won deals (plan: leaderboard.measure), and no deals were found; give the deals sheet, or rank by sales.",
    needsPeople: "The leaderboard ranks by attainment (plan: leaderboard.measure), which needs the people's annual targets, and no people table was found; give it, or rank by sales.",
    needsData: (measure, dataset) =>
      `The leaderboard ranks by ${LEADERBOARD_MEASURE_WORDS.en[measure]} (plan: leaderboard.measure), which needs the ${DATASET_LABELS[dataset].en}, and none were found in the workbook; give them, or rank by another measure.`,
    noCustomerColumn: (origin) => `${origin} has no customer column (Customer, Client, 客户…), so new customers cannot be counted; add it, map it to the customer role, or rank by another measure (plan: leaderboard.measure).`,
    noCustomer: (origin, count, rows) =>
      `${origin}: ${count} row${count === 1 ? " has" : "s have"} no customer (row${count === 1 ? "" : "s"} ${rows}) and ${count === 1 ? "is" : "are"} not counted for new customers; fill in the customer to count ${count === 1 ? "it" : "them"}.`,
    customersNote: "A new customer is one whose first sale in the data falls in the period (a customer bought from before the data starts counts as new); when several people sold to it on that first day, each counts it.",
    activitiesNote: (type) => (type === null ? "Activities: every type in the log, each row counted by its count." : `Activities: ${type} only, each row counted by its count.`),
    activityTypeAbsent: (type, origin) => `The leaderboard counts ${type} (plan: leaderboard.activityType), and ${origin} has no activity of that type; name a type the log has, or leave it out to count every activity.`,
    settingUnused: (setting, measure) => `The plan's leaderboard.${setting} is not used: the leaderboard ranks by ${measure}, which does not read it.`,
    scoreNote: (percent) =>
      `KPI score: the scorecard's weighted score per person (its KPIs, weights and scoring from the plan's scorecard section)${percent ? ", as a percentage" : ", in band points"}. The KPI results carry no dates: the score is the period's, and there is no previous period.`,
    valuesNote: (measure) => `${measure}: worked out when the sheet is built (values, not formulas); build again after the data changes. Ranks and listings are formulas over them.`,
    noImprovement: "Most improved is not computed: the KPI results carry no dates, so there is no previous period to compare with (give last period's scores in another build, or rank by a dated measure).",
    nobody: (origin) => `${origin}: nobody is credited in this period or the previous one, and no people table lists anyone: there is no one to rank; check the as-of date (plan: asOf).`,
    wonWithoutDate: (origin, count) => `${origin}: ${count} won deal${count === 1 ? " has" : "s have"} no close date and ${count === 1 ? "is" : "are"} not counted; fill in the close date to count ${count === 1 ? "it" : "them"}.`,
    afterAsOf: (origin, count, asOf) => `${origin}: ${count} row${count === 1 ? " is" : "s are"} dated after the as-of date ${asOf} and not counted.`,
    caseVariant: (variant, name) => `Person "${variant}" is counted with "${name}": spreadsheet lookups ignore upper and lower case.`,
    duplicatePerson: (origin, name, rows) => `${origin}: "${name}" is on rows ${rows}; the first row's team and start date are used, and the targets added up.`,
    noPeople: "No people table was read: there are no teams, brackets or start dates, so the per-group ranking and best newcomer are empty (give the team list with Team and Start date columns).",
    noTeams: "No team is given for anyone: the per-team ranking is empty (give a Team column, or set leaderboard.groupBy).",
    noStartDates: "No start dates were read: nobody can be named best newcomer (give a Start date / 入职日期 column in the people table).",
    noTarget: (count, names) => `${count} ${count === 1 ? "person has" : "people have"} no annual target and ${count === 1 ? "is" : "are"} not ranked on attainment: ${names}.`,
    summaryTop: (period, names, value) => `Top performer this ${period}: ${names} (${value})`,
    summaryImproved: (names, value) => `Most improved: ${names} (${value})`,
    summaryNewcomer: (names, value) => `Best newcomer: ${names} (${value})`,
  },
  "zh-CN": {
    sheet: "销售竞赛",
    title: "销售竞赛排行榜",
    asOfLine: (asOf, period, measure) => `截至 ${asOf} · ${period}累计 · 按${measure}排名`,
    periods: { month: "本月", quarter: "本季", year: "本年" },
    measures: {
      sales: "销售额（交易计入金额）",
      wonDeals: "赢单金额（按成交日期）",
      attainment: "目标达成率（销售额 ÷ 目标）",
      newCustomers: "新客户数（首次成交在本期）",
      activities: "活动量（活动记录的次数）",
      kpiScore: "考核得分（考核表的加权得分）",
    },
    rulesNote: (places, months) =>
      `并列者名次相同，下一名次顺延（1、1、3）；前 ${places} 名内的并列者全部列出。进步最快：本期累计对比上期相同天数。新人：入职不满 ${months} 个整月。`,
    attainmentNote: (divisor) => (divisor === 1 ? "本期目标即年度目标。" : `本期目标 = 年度目标 ÷ ${divisor}（平均分配）。`),
    prizeNote: "奖金按名次发放：并列同一名次者各得该名次的奖金。",
    categories: { top: "销售冠军", improved: "进步最快", newcomer: "最佳新人", group: "分组排名" },
    groupTitle: (label) => `${label}前几名`,
    place: "名次",
    person: "姓名",
    value: "成绩",
    prize: "奖金",
    noOne: "暂无符合条件者",
    moreTied: "获得名次的人数多于本榜行数：请查看下方完整表格。",
    board: "全员排名",
    team: "团队",
    start: "入职日期",
    tenure: "在职月数",
    group: "分组",
    annualTarget: "年度目标",
    amount: { sales: "本期销售额", wonDeals: "本期赢单金额", attainment: "本期销售额", newCustomers: "本期新客户数", activities: "本期活动量", kpiScore: "考核得分" },
    previousAmount: { sales: "上期销售额", wonDeals: "上期赢单金额", attainment: "上期销售额", newCustomers: "上期新客户数", activities: "上期活动量", kpiScore: "上期考核得分" },
    current: "成绩",
    previous: "上期成绩",
    change: "变化",
    rank: "排名",
    rankImproved: "进步排名",
    rankNewcomer: "新人排名",
    rankGroup: "组内排名",
    line: (category) => `行序：${category}`,
    groupKey: "分组行序键",
    settings: "参数设置",
    inputsNote: "输入单元格可以修改：修改截至日期、名次数或新人月数后，排名会自动重算（各榜单的行数按生成时确定）。",
    asOf: "截至日期",
    places: "列出名次数",
    newcomerMonths: "新人：在职月数少于",
    windows: "期间",
    currentStart: "本期开始",
    currentEnd: "本期截至",
    previousStart: "上期开始",
    previousEnd: "上期截至",
    brackets: "分组区间",
    lowerBound: "起点",
    bracket: "区间",
    prizes: "奖金设置",
    tenureBracket: (from, next) => (next === null ? `${from} 个月及以上` : `${from}–${next - 1} 个月`),
    targetBracket: (from, next) => (next === null ? `目标 ${amountText(from)} 及以上` : `目标 ${amountText(from)} 至 ${amountText(next)} 以下`),
    needsDeals: "排行榜按赢单金额排名（方案：leaderboard.measure），但没有找到商机数据；请提供商机表，或改为按销售额排名。",
    needsPeople: "排行榜按目标达成率排名（方案：leaderboard.measure），需要人员的年度目标，但没有找到人员表；请提供人员表，或改为按销售额排名。",
    needsData: (measure, dataset) =>
      `排行榜按${LEADERBOARD_MEASURE_WORDS["zh-CN"][measure]}排名（方案：leaderboard.measure），需要${DATASET_LABELS[dataset]["zh-CN"]}数据，但工作簿中没有找到；请提供该数据，或改用其他排名依据。`,
    noCustomerColumn: (origin) => `${origin}没有客户列（客户、客户名称、Customer…），无法统计新客户；请添加该列、将其映射为“客户”，或改用其他排名依据（方案：leaderboard.measure）。`,
    noCustomer: (origin, count, rows) => `${origin}：${count} 行没有填写客户（第 ${rows} 行），不计入新客户；填写客户后即可计入。`,
    customersNote: "新客户：在数据中首次成交落在本期的客户（数据开始前已成交的客户也算新客户）；首次成交当日有多人向其成交的，各计一次。",
    activitiesNote: (type) => (type === null ? "活动量：活动记录中的全部类型，每行按次数计。" : `活动量：仅计${type}，每行按次数计。`),
    activityTypeAbsent: (type, origin) => `排行榜只统计${type}（方案：leaderboard.activityType），但${origin}中没有该类型的活动；请填写活动记录中有的类型，或删除该项以统计全部活动。`,
    settingUnused: (setting, measure) => `方案中的 leaderboard.${setting} 未被使用：排行榜按${measure}排名，不读取此项。`,
    scoreNote: (percent) => `考核得分：考核表按方案（scorecard 部分的指标、权重和计分方式）算出的每人加权得分${percent ? "（百分比）" : "（档位分）"}。考核结果没有日期：得分即本期得分，没有上期可比。`,
    valuesNote: (measure) => `${measure}：在生成报表时计算（为数值而非公式）；数据变更后请重新生成。名次和榜单是基于这些数值的公式。`,
    noImprovement: "未计算进步最快：考核结果没有日期，没有上期可以对比（可在另一次生成中提供上期得分，或改用有日期的排名依据）。",
    nobody: (origin) => `${origin}：本期和上期都没有任何人有业绩，也没有人员表列出人员，无人可排名；请检查截至日期（方案：asOf）。`,
    wonWithoutDate: (origin, count) => `${origin}：${count} 个赢单商机没有成交日期，未计入；填写成交日期后即可计入。`,
    afterAsOf: (origin, count, asOf) => `${origin}：${count} 行的日期晚于截至日期 ${asOf}，未计入。`,
    caseVariant: (variant, name) => `姓名“${variant}”与“${name}”合并计算：表格查找不区分大小写。`,
    duplicatePerson: (origin, name, rows) => `${origin}：“${name}”出现在第 ${rows} 行；团队和入职日期取第一行，目标按合计计算。`,
    noPeople: "未读取到人员表：没有团队、分组区间和入职日期，分组排名和最佳新人为空（请提供含团队和入职日期列的人员名单）。",
    noTeams: "没有任何人填写团队：分组排名为空（请提供团队列，或修改 leaderboard.groupBy）。",
    noStartDates: "未读取到入职日期：无法评选最佳新人（请在人员表中提供“入职日期”列）。",
    noTarget: (count, names) => `${count} 人没有年度目标，不参加达成率排名：${names}。`,
    summaryTop: (period, names, value) => `${period}销售冠军：${names}（${value}）`,
    summaryImproved: (names, value) => `进步最快：${names}（${value}）`,
    summaryNewcomer: (names, value) => `最佳新人：${names}（${value}）`,
  },
};
