import type { Catalogue } from "../../i18n/languages";
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
  amount: string;
  previousAmount: string;
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
    measures: { sales: "sales (credited transactions)", wonDeals: "won deals (by close date)", attainment: "attainment (sales ÷ target)" },
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
    amount: "Sales this period",
    previousAmount: "Sales previous period",
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
    measures: { sales: "销售额（交易计入金额）", wonDeals: "赢单金额（按成交日期）", attainment: "目标达成率（销售额 ÷ 目标）" },
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
    amount: "本期销售额",
    previousAmount: "上期销售额",
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
