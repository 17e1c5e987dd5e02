import { isoDate, serialToDate } from "../../core/text/parseDate";
import type { Catalogue } from "../../i18n/languages";

/** The target plan's words: headings, notes, warnings and summary lines, in every language. */
const EN = {
  sheet: "Target plan",
  title: (period: string) => `Target plan ${period}`,
  yearTitle: (year: number) => String(year),
  monthRange: (first: string, last: string, year: number | null) => `${first} – ${last}${year === null ? "" : ` ${year}`}`,
  periodLine: (start: string, end: string, months: string) => `Period ${start} to ${end}; months ${months}.`,
  method: (weighting: string, seasonality: string, ramp: boolean) =>
    `The team target is split over people by ${weighting} × their share of the period in the role, then over the months by ` +
    `${seasonality} × their share of each month in the role${ramp ? " × the ramp for new joiners" : ""}. ` +
    "Rounding is by largest remainder, so every row and the whole team add up exactly.",
  live: (dataSheet: string) =>
    `Change the team target, the decimals or the ramp factors, or correct a person on "${dataSheet}", and the plan follows.`,
  weighting: {
    equal: "equal weights",
    lastYear: "last year's sales",
    potential: "potential",
    column: (column: string) => `the "${column}" column`,
  },
  seasonalityHistory: (years: string) => `the seasonality of ${years}`,
  seasonalityEven: "an even split",
  settings: "Settings",
  teamTarget: "Team target",
  fromPlan: "from the plan (targets.annual)",
  fromPeople: (column: string) => `the people's "${column}" column added up`,
  decimals: "Decimals",
  units: "Team target in rounding units",
  period: "Period",
  monthly: "Monthly targets",
  name: "Name",
  team: "Team",
  start: "Start",
  end: "End",
  weight: "Weight",
  annual: "Annual target",
  rowTotal: "Row total",
  check: "Check",
  working: "Working: exact rounding by largest remainder (helper columns; leave them as they are)",
  active: "Share of period in role",
  effective: "Effective weight",
  running: "Running weight",
  raw: "Exact share (units)",
  floor: "Whole units",
  remainder: "Remainder",
  extra: "Extra unit",
  unitsColumn: "Units",
  monthWeightTotal: "Month weights total",
  monthUnitsLeft: "Month units left",
  monthWeight: "Month weight (season × in role × ramp)",
  monthRaw: "Month exact share (units)",
  monthFloor: "Month whole units",
  monthRemainder: "Month remainder",
  monthExtra: "Month extra unit",
  total: "Total",
  ok: "OK",
  bad: "✗",
  addsUp: "Plan adds up to the target",
  ramp: "Ramp for new joiners: target factor by month in the role (people who started before the period count as ramped up)",
  monthInRole: "Month in role",
  andAfter: (month: number) => `${month}+`,
  factor: "Target factor",
  seasonality: "Seasonality",
  monthStarts: "Month starts",
  monthEnds: "Month ends",
  sales: "Sales",
  share: "Share",
  yearTotal: "Year total (complete years)",
  shareUsed: "Month share used",
  evenNote: "Even split: no history is used",
  months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  monthLabel: (month: number, year: number, withYear: boolean) => (withYear ? `${EN.months[month - 1]} ${year}` : EN.months[month - 1]),
  headerOf: { lastYear: "Last year", potential: "Potential", weight: "Weight", target: "Target", start: "Start date", end: "End date" } as Record<string, string>,
  missingWeight: (origin: string, row: number, column: string, name: string) =>
    `${origin}, row ${row}, column "${column}": ${name} has no value, so their weight is 0 and they get no target.`,
  negativeWeight: (origin: string, row: number, column: string, name: string, value: string) =>
    `${origin}, row ${row}, column "${column}": ${name}'s weight ${value} is below 0; counted as 0, so they get no target.`,
  startAfterEnd: (origin: string, row: number, name: string) =>
    `${origin}, row ${row}: ${name} starts after their end date, so they are not in the role during the period and get no target.`,
  notActive: (origin: string, row: number, name: string) =>
    `${origin}, row ${row}: ${name} is not in the role during the period; their targets are 0.`,
  noMonth: (origin: string, row: number, name: string, annual: string) =>
    `${origin}, row ${row}: ${name} has an annual target of ${annual} but no month with a weight to hold it (a ramp factor of 0, or no seasonal share in their months in the role); their months stay 0 and the row check shows ✗.`,
  noHistoryData:
    'The plan asks for seasonality from history (targets.seasonality "history", the default) but no history data was read; the months are split evenly (set targets.seasonality to "even" to do so on purpose).',
  noUsableYear: (origin: string) =>
    `${origin}: no complete year of history (all 12 months, none below 0, some above 0); the months are split evenly.`,
  yearIncomplete: (origin: string, year: number, months: number[]) =>
    `${origin}: ${year} has no data for ${months.length === 1 ? "month" : "months"} ${months.join(", ")}, so it is not used for seasonality.`,
  yearNegative: (origin: string, year: number) => `${origin}: ${year} has a month below 0, so it is not used for seasonality.`,
  yearEmpty: (origin: string, year: number) => `${origin}: ${year} adds up to 0, so it is not used for seasonality.`,
  annualRounded: (given: string, rounded: string, decimals: number) =>
    `The plan's team target ${given} has more decimal places than targets.decimals (${decimals}); the plan splits ${rounded}.`,
  sumRounded: (column: string, sum: string, rounded: string, decimals: number) =>
    `The people's "${column}" column adds up to ${sum}, which has more decimal places than targets.decimals (${decimals}); the plan splits ${rounded}.`,
  needsAnnual: (origin: string) =>
    `The plan needs targets.annual, the team's target for the period: ${origin} has no target values to add up instead.`,
  targetsNotPositive: (origin: string, sum: string) =>
    `The people's targets in ${origin} add up to ${sum}, so there is no team target to split; set targets.annual in the plan.`,
  noPeople: (origin: string) => `${origin} has nobody in it, so there is nobody to split the team target over.`,
  tooManyPeople: (origin: string, count: number, limit: number) =>
    `${origin} has ${count.toLocaleString("en-US")} people; one target plan holds at most ${limit.toLocaleString("en-US")} (each person is a row of about 90 live cells). Split the people into groups (by team or region) and build one plan per group, each with its own targets.annual.`,
  allWeightsZero: (basis: string) =>
    `Nobody has a weight above 0 while in the role during the period (weights from ${basis}), so nothing says how to split the team target; fill in the weights, or set targets.weighting to "equal".`,
  splitFailed: (message: string) => `The team target cannot be split: ${message}`,
  summaryPlan: (people: number, total: string, months: string) => `Target plan: ${people} people, team target ${total}, months ${months}`,
  summaryMethod: (weighting: string, seasonality: string) => `Split over people by ${weighting}; over months by ${seasonality}`,
  summaryMoves: (joiners: number, leavers: number) => `Joining during the period: ${joiners}; leaving: ${leavers} (targets prorated)`,
  summaryLargest: (name: string, annual: string) => `Largest annual target: ${name}, ${annual}`,
};

export type TargetLabels = typeof EN;

const ZH: TargetLabels = {
  sheet: "目标分解",
  title: (period: string) => `${period}目标分解`,
  yearTitle: (year: number) => `${year}年`,
  monthRange: (first: string, last: string, year: number | null) => `${first} – ${last}${year === null ? "" : `（${year}年）`}`,
  periodLine: (start: string, end: string, months: string) => `计划期间 ${start} 至 ${end}；月份 ${months}。`,
  method: (weighting: string, seasonality: string, ramp: boolean) =>
    `团队目标按${weighting} × 期间在岗时间占比分解到个人，再按${seasonality} × 各月在岗时间占比${ramp ? " × 新人爬坡系数" : ""}分解到月。` +
    "采用最大余额法取整，个人合计与团队合计均与目标完全一致。",
  live: (dataSheet: string) => `修改团队目标、小数位数或爬坡系数，或在“${dataSheet}”中更正人员信息，本表随之更新。`,
  weighting: {
    equal: "平均分配",
    lastYear: "上年实际销售",
    potential: "潜力",
    column: (column: string) => `“${column}”列的权重`,
  },
  seasonalityHistory: (years: string) => `${years}的季节性`,
  seasonalityEven: "平均分配",
  settings: "参数设置",
  teamTarget: "团队目标",
  fromPlan: "来自方案（targets.annual）",
  fromPeople: (column: string) => `人员“${column}”列合计`,
  decimals: "小数位数",
  units: "团队目标（取整单位数）",
  period: "计划期间",
  monthly: "月度目标",
  name: "姓名",
  team: "团队",
  start: "入职日期",
  end: "离职日期",
  weight: "权重",
  annual: "年度目标",
  rowTotal: "月度合计",
  check: "校验",
  working: "计算过程：最大余额法精确取整（辅助列，请勿修改）",
  active: "期间在岗占比",
  effective: "有效权重",
  running: "累计权重",
  raw: "精确份额（单位）",
  floor: "整数单位",
  remainder: "余数",
  extra: "补足单位",
  unitsColumn: "单位数",
  monthWeightTotal: "月度权重合计",
  monthUnitsLeft: "月度待分配单位",
  monthWeight: "月度权重（季节×在岗×爬坡）",
  monthRaw: "月度精确份额（单位）",
  monthFloor: "月度整数单位",
  monthRemainder: "月度余数",
  monthExtra: "月度补足单位",
  total: "合计",
  ok: "一致",
  bad: "✗",
  addsUp: "与目标一致",
  ramp: "新人爬坡系数：按入职第几个月设定目标系数（期间开始前入职的人员按完全达产计）",
  monthInRole: "入职第几月",
  andAfter: (month: number) => `${month}及以后`,
  factor: "目标系数",
  seasonality: "季节性",
  monthStarts: "月初",
  monthEnds: "月末",
  sales: "销售额",
  share: "占比",
  yearTotal: "全年合计（完整年度）",
  shareUsed: "采用的月度占比",
  evenNote: "平均分配：未使用历史数据",
  months: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
  monthLabel: (month: number, year: number, withYear: boolean) => (withYear ? `${year}年${month}月` : `${month}月`),
  headerOf: { lastYear: "上年实际", potential: "潜力", weight: "权重", target: "目标", start: "入职日期", end: "离职日期" },
  missingWeight: (origin: string, row: number, column: string, name: string) =>
    `${origin}，第${row}行，“${column}”列：${name}没有数值，权重按0计，不分配目标。`,
  negativeWeight: (origin: string, row: number, column: string, name: string, value: string) =>
    `${origin}，第${row}行，“${column}”列：${name}的权重${value}小于0，按0计，不分配目标。`,
  startAfterEnd: (origin: string, row: number, name: string) =>
    `${origin}，第${row}行：${name}的入职日期晚于离职日期，视为期间内不在岗，不分配目标。`,
  notActive: (origin: string, row: number, name: string) => `${origin}，第${row}行：${name}在计划期间内不在岗，目标为0。`,
  noMonth: (origin: string, row: number, name: string, annual: string) =>
    `${origin}，第${row}行：${name}的年度目标为${annual}，但在岗月份的权重均为0（爬坡系数为0或该月无季节占比），月度目标保持为0，行校验显示✗。`,
  noHistoryData:
    "方案要求按历史季节性分解（targets.seasonality 为 \"history\"，即默认值），但未读取到历史数据；各月平均分配（如需有意平均分配，请将 targets.seasonality 设为 \"even\"）。",
  noUsableYear: (origin: string) => `${origin}：没有完整年度的历史数据（12个月齐全、无负数且合计大于0），各月平均分配。`,
  yearIncomplete: (origin: string, year: number, months: number[]) => `${origin}：${year}年缺少${months.map((m) => `${m}月`).join("、")}的数据，不用于计算季节性。`,
  yearNegative: (origin: string, year: number) => `${origin}：${year}年有月份小于0，不用于计算季节性。`,
  yearEmpty: (origin: string, year: number) => `${origin}：${year}年合计为0，不用于计算季节性。`,
  annualRounded: (given: string, rounded: string, decimals: number) =>
    `方案中的团队目标${given}的小数位多于 targets.decimals（${decimals}），按${rounded}分解。`,
  sumRounded: (column: string, sum: string, rounded: string, decimals: number) =>
    `人员“${column}”列合计为${sum}，小数位多于 targets.decimals（${decimals}），按${rounded}分解。`,
  needsAnnual: (origin: string) => `方案需要设置 targets.annual（本期团队目标）：${origin}中也没有可合计的目标值。`,
  targetsNotPositive: (origin: string, sum: string) => `${origin}中的个人目标合计为${sum}，没有可分解的团队目标；请在方案中设置 targets.annual。`,
  noPeople: (origin: string) => `${origin}中没有人员，无法分解团队目标。`,
  tooManyPeople: (origin: string, count: number, limit: number) =>
    `${origin}中有${count.toLocaleString("en-US")}人；一份目标分解最多${limit.toLocaleString("en-US")}人（每人一行，约90个公式单元格）。请按团队或区域把人员分组，每组单独生成一份目标分解，并分别设置 targets.annual。`,
  allWeightsZero: (basis: string) =>
    `期间内在岗人员的权重（来自${basis}）均为0，无法确定如何分解团队目标；请填写权重，或将 targets.weighting 设为 "equal"。`,
  splitFailed: (message: string) => `无法分解团队目标：${message}`,
  summaryPlan: (people: number, total: string, months: string) => `目标分解：${people}人，团队目标${total}，月份${months}`,
  summaryMethod: (weighting: string, seasonality: string) => `按${weighting}分解到个人；按${seasonality}分解到月`,
  summaryMoves: (joiners: number, leavers: number) => `期间内入职${joiners}人，离职${leavers}人（目标按在岗时间折算）`,
  summaryLargest: (name: string, annual: string) => `年度目标最高：${name}，${annual}`,
};

export const TARGET_LABELS: Catalogue<TargetLabels> = { en: EN, "zh-CN": ZH };

/** A plan month as the headings name it. */
interface MonthOfYear {
  year: number;
  /** 1 to 12 */
  month: number;
}

function spansYears(months: readonly MonthOfYear[]): boolean {
  return months[0].year !== months[months.length - 1].year;
}

/**
 * The plan months' column headings; with the year when the months run into a second year.
 *
 * @example
 * monthHeadings(TARGET_LABELS.en, [{ year: 2026, month: 12 }, { year: 2027, month: 1 }]) // => ["Dec 2026", "Jan 2027"]
 */
export function monthHeadings(L: TargetLabels, months: readonly MonthOfYear[]): string[] {
  const withYear = spansYears(months);
  return months.map((m) => L.monthLabel(m.month, m.year, withYear));
}

/**
 * The plan's months in one phrase, for the period line and the summary.
 *
 * @example
 * monthsText(TARGET_LABELS.en, [{ year: 2026, month: 1 }, { year: 2026, month: 12 }]) // => "Jan – Dec 2026"
 */
export function monthsText(L: TargetLabels, months: readonly MonthOfYear[]): string {
  const headings = monthHeadings(L, months);
  return L.monthRange(headings[0], headings[headings.length - 1], spansYears(months) ? null : months[0].year);
}

/**
 * How the months are split, in words: the history years used, or an even split when there are none.
 *
 * @example
 * seasonalityText(TARGET_LABELS.en, [2024, 2025]) // => "the seasonality of 2024, 2025"
 */
export function seasonalityText(L: TargetLabels, usedYears: readonly number[]): string {
  return usedYears.length > 0 ? L.seasonalityHistory(usedYears.join(", ")) : L.seasonalityEven;
}

/**
 * The period for the title: the year alone for a calendar year, else its first and last day.
 *
 * @param start - the period's first day, as a date serial
 * @param end - the period's last day, as a date serial
 *
 * @example
 * periodText(TARGET_LABELS["zh-CN"], 46023, 46387) // => "2026年" (1 Jan to 31 Dec 2026)
 */
export function periodText(L: TargetLabels, start: number, end: number): string {
  const first = serialToDate(start);
  const calendarYear = first.month === 1 && first.day === 1 && isoDate(end) === `${first.year}-12-31`;
  return calendarYear ? L.yearTitle(first.year) : `${isoDate(start)} – ${isoDate(end)}`;
}
