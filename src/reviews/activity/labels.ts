import type { Catalogue } from "../../i18n/languages";

/** The words of the Activity sheet: headings, settings, flags, warnings and summary lines. */
export interface ActivityLabels {
  sheet: string;
  title: string;
  asOfLine: (asOf: string) => string;
  quotaNote: string;
  valuesNote: (from: string) => string;
  day: string;
  week: string;
  month: string;
  year: string;
  teamSummary: string;
  type: string;
  done: string;
  quota: string;
  ofQuota: string;
  allActivities: string;
  people: string;
  person: string;
  monthQuota: string;
  daysShort: string;
  weeksShort: string;
  currentStreak: string;
  longestStreak: string;
  status: string;
  short: string;
  dealsHeader: string;
  dealsNote: string;
  activities: string;
  wonDeals: string;
  perWon: string;
  openDeals: string;
  followUps: string;
  perOpen: string;
  stageHeader: string;
  stage: string;
  dealsReached: string;
  perReached: string;
  settings: string;
  inputsNote: string;
  asOf: string;
  quotas: string;
  per: string;
  perDay: string;
  perWeek: string;
  rate: string;
  window: string;
  start: string;
  end: string;
  workingDays: string;
  holidays: string;
  noActivities: (origin: string) => string;
  afterAsOf: (origin: string, count: number, asOf: string) => string;
  quotaTypeAbsent: (type: string, origin: string) => string;
  caseVariant: (variant: string, name: string) => string;
  leftBefore: (names: readonly string[], monthStart: string, origin: string) => string;
  noActivity: (names: readonly string[], people: string, log: string) => string;
  team: string;
  startDate: string;
  endDate: string;
  inRole: string;
  teamSubtotals: string;
  proratedNote: string;
  /** A header of a column worked out at build time (values, not formulas). */
  asValue: (header: string) => string;
  monthDays: string;
  summaryPeople: (asOf: string, n: number) => string;
  summaryMonth: (n: number) => string;
  summaryShort: (n: number) => string;
}

/**
 * The Activity sheet's words in every language.
 *
 * @example
 * pick("zh-CN", ACTIVITY_LABELS).daysShort // => "本月未达标天数"
 */
export const ACTIVITY_LABELS: Catalogue<ActivityLabels> = {
  en: {
    sheet: "Activity",
    title: "Activity report: day, week and month",
    asOfLine: (asOf: string) => `As of ${asOf} (the day reported: at the morning meeting, yesterday) · quotas count working days, Monday to Friday less the holidays below`,
    quotaNote: "A daily quota asks that many each working day; a weekly quota is spread over the week's five working days, so a week to date or a month to date asks its share.",
    valuesNote: (from: string) =>
      `Days short count the month's working days (listed under Settings) and recompute; weeks short and streaks count from ${from} (the period's start, or the log's first day if later) and are worked out when the sheet is built (values, not formulas): build again after the data changes.`,
    day: "Day",
    week: "Week to date",
    month: "Month to date",
    year: "Year to date",
    teamSummary: "Team summary for the morning meeting",
    type: "Activity type",
    done: "Done",
    quota: "Quota",
    ofQuota: "% of quota",
    allActivities: "All activities",
    people: "People",
    person: "Person",
    monthQuota: "Month quota",
    daysShort: "Days short this month",
    weeksShort: "Weeks short this year",
    currentStreak: "Streak (working days)",
    longestStreak: "Longest streak",
    status: "Status",
    short: "Short",
    dealsHeader: "Activities and deals",
    dealsNote: "Deals: every deal of the deals table, by its owner; activities and follow-ups: the year to date.",
    activities: "Activities (year to date)",
    wonDeals: "Won deals",
    perWon: "Activities per won deal",
    openDeals: "Open deals",
    followUps: "Follow-ups (year to date)",
    perOpen: "Follow-ups per open deal",
    stageHeader: "Activities per deal reaching each stage (year to date)",
    stage: "Stage",
    dealsReached: "Deals reaching it",
    perReached: "Activities per deal",
    settings: "Settings",
    inputsNote: "Input cells can be changed: change the as-of date or a quota and the figures above recalculate.",
    asOf: "As of",
    quotas: "Quotas",
    per: "Per",
    perDay: "day",
    perWeek: "week",
    rate: "Per working day",
    window: "Window",
    start: "Start",
    end: "End",
    workingDays: "Working days",
    holidays: "Holidays",
    noActivities: (origin: string) =>
      `${origin} has no activities under its header row, so there is nothing to report; check that the right sheet was read, or give it with --sheet or the plan's sources.`,
    afterAsOf: (origin: string, count: number, asOf: string) =>
      `${origin}: ${count} activit${count === 1 ? "y is" : "ies are"} dated after the as-of date ${asOf} and not counted.`,
    quotaTypeAbsent: (type: string, origin: string) => `The quota for "${type}" is not checked: ${origin} has no activity of that type.`,
    caseVariant: (variant: string, name: string) => `Person "${variant}" is counted with "${name}": spreadsheet lookups ignore upper and lower case.`,
    leftBefore: (names: readonly string[], monthStart: string, origin: string) =>
      `Not in the person table nor in the team's quota: ${names.map((n) => `"${n}"`).join(", ")}, whose end date in ${origin} is before ${monthStart}.`,
    team: "Team",
    startDate: "Start date",
    endDate: "End date",
    inRole: "Working days in the role",
    teamSubtotals: "Team subtotals",
    asValue: (header: string) => `${header} (value)`,
    monthDays: "Working days this month",
    proratedNote: "Someone who joined or left during a window (start and end dates from the people table) is asked only for their working days in the role: their month quota, the team's quota and their days short, weeks short and streaks count those days only.",
    noActivity: (names: readonly string[], people: string, log: string) =>
      `${names.map((n) => `"${n}"`).join(", ")} of ${people} ${names.length === 1 ? "has" : "have"} no activity in ${log}: listed with nothing done, against the quota for their working days in the role.`,
    summaryPeople: (asOf: string, n: number) => `Activity as of ${asOf}: ${n} ${n === 1 ? "person" : "people"}`,
    summaryMonth: (n: number) => `Activities this month: ${n}`,
    summaryShort: (n: number) => `Short of a quota this month: ${n}`,
  },
  "zh-CN": {
    sheet: "销售活动",
    title: "销售活动报表：日报、周报、月报",
    asOfLine: (asOf: string) => `截至 ${asOf}（报告日：晨会时即昨日）· 指标按工作日计算：周一至周五，扣除下方所列节假日`,
    quotaNote: "每日指标：每个工作日需完成的次数；每周指标平均分配到一周的五个工作日，本周或本月累计按已过工作日折算。",
    valuesNote: (from: string) => `未达标天数按本月工作日（见参数设置）计算，会自动重算；未达标周数和连续达标天数自 ${from} 起计算（考核期间开始日，或活动记录的第一天，取较晚者），在生成报表时计算（为数值而非公式）：数据变更后请重新生成。`,
    day: "当日",
    week: "本周累计",
    month: "本月累计",
    year: "本年累计",
    teamSummary: "晨会团队汇总",
    type: "活动类型",
    done: "完成",
    quota: "指标",
    ofQuota: "完成率",
    allActivities: "全部活动",
    people: "人数",
    person: "姓名",
    monthQuota: "本月累计指标",
    daysShort: "本月未达标天数",
    weeksShort: "本年未达标周数",
    currentStreak: "连续达标（工作日）",
    longestStreak: "最长连续达标",
    status: "状态",
    short: "未达标",
    dealsHeader: "活动与商机",
    dealsNote: "商机：商机表中的全部商机，按负责人统计；活动和跟进：本年累计。",
    activities: "活动数（本年累计）",
    wonDeals: "赢单数",
    perWon: "每个赢单的活动数",
    openDeals: "进行中商机",
    followUps: "跟进次数（本年累计）",
    perOpen: "每个进行中商机的跟进数",
    stageHeader: "到达各阶段的每个商机所需活动数（本年累计）",
    stage: "阶段",
    dealsReached: "到达该阶段的商机",
    perReached: "每个商机的活动数",
    settings: "参数设置",
    inputsNote: "输入单元格可以修改：修改截至日期或指标后，上方数字会自动重算。",
    asOf: "截至日期",
    quotas: "活动指标",
    per: "周期",
    perDay: "每日",
    perWeek: "每周",
    rate: "每工作日",
    window: "期间",
    start: "开始",
    end: "结束",
    workingDays: "工作日",
    holidays: "节假日",
    noActivities: (origin: string) => `${origin}表头下没有任何活动记录，无法生成报表；请确认读取的是正确的工作表，或用 --sheet 或方案中的 sources 指定。`,
    afterAsOf: (origin: string, count: number, asOf: string) => `${origin}：${count} 条活动的日期晚于截至日期 ${asOf}，未计入。`,
    quotaTypeAbsent: (type: string, origin: string) => `“${type}”的指标未考核：${origin}中没有该类型的活动。`,
    caseVariant: (variant: string, name: string) => `姓名“${variant}”与“${name}”合并计算：表格查找不区分大小写。`,
    leftBefore: (names: readonly string[], monthStart: string, origin: string) => `${names.map((n) => `“${n}”`).join("、")}在${origin}中的离职日期早于 ${monthStart}，未列入人员表，也不计入团队指标。`,
    team: "团队",
    startDate: "入职日期",
    endDate: "离职日期",
    inRole: "在职工作日",
    teamSubtotals: "各团队小计",
    asValue: (header: string) => `${header}（数值）`,
    monthDays: "本月工作日",
    proratedNote: "期间内入职或离职的人员（入职、离职日期取自人员表）只按其在职工作日考核：本人本月指标、团队指标以及未达标天数、未达标周数和连续达标天数都只计在职的日子。",
    noActivity: (names: readonly string[], people: string, log: string) => `${people}中的${names.map((n) => `“${n}”`).join("、")}在${log}中没有任何活动：按零计入，并按其在职工作日考核指标。`,
    summaryPeople: (asOf: string, n: number) => `销售活动（截至 ${asOf}）：${n} 人`,
    summaryMonth: (n: number) => `本月活动：${n} 次`,
    summaryShort: (n: number) => `本月有指标未达标：${n} 人`,
  },
};
