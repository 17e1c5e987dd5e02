import type { Catalogue } from "../../i18n/languages";

/** The words of the funnel review sheet, its warnings and its summary lines. */
export interface FunnelLabels {
  sheet: string;
  title: string;
  asOf: string;
  rule: string;
  settings: string;
  stage: string;
  order: string;
  maxDays: string;
  probability: string;
  atStage: string;
  openAmount: string;
  reached: string;
  step: string;
  owner: string;
  cumulative: string;
  weakest: string;
  won: string;
  lost: string;
  winRate: string;
  cycle: string;
  openDeals: string;
  openPipeline: string;
  weighted: string;
  target: string;
  wonAmount: string;
  coverage: string;
  velocity: string;
  team: string;
  stuck: string;
  stuckNote: string;
  deal: string;
  amount: string;
  since: string;
  daysInStage: string;
  limit: string;
  daysOver: string;
  noStuck: string;
  chart: string;
  sourceRow: (row: number) => string;
  unknownStage: (origin: string, row: number, column: string, stage: string, stages: string) => string;
  noStageDate: (origin: string, row: number, column: string) => string;
  noStageDateColumn: (origin: string) => string;
  summaryDeals: (deals: number, open: number, won: number, lost: number, owners: number) => string;
  summaryPipeline: (amount: string) => string;
  summaryWeighted: (amount: string) => string;
  /** The win rate as written ("60.0%"), or null when no deal is closed yet. */
  summaryWinRate: (rate: string | null) => string;
  summaryStuck: (count: number) => string;
  /** Open deals without their own probability, weighted with their stage's. */
  blankProbabilities: (origin: string, column: string, count: number) => string;
  stuckByStage: string;
  stuckByOwner: string;
  stuckCount: string;
  stuckAmount: string;
  stuckList: (listed: number) => string;
  /** Stuck deals beyond the list. */
  stuckMore: (more: number, total: number) => string;
}

/**
 * The funnel review's words in every language.
 *
 * @example
 * pick("zh-CN", LABELS).team // => "团队合计"
 */
export const LABELS: Catalogue<FunnelLabels> = {
  en: {
    sheet: "Funnel review",
    title: "Funnel review",
    asOf: "As of",
    rule:
      "Counting rule: a deal has reached its current stage and every stage before it; a won deal has reached every stage; a lost deal reached the stage it was lost at.",
    settings: "Stage settings: change a limit or a probability and the review follows",
    stage: "Stage",
    order: "Order",
    maxDays: "Max days in stage",
    probability: "Win probability",
    atStage: "Open and lost deals at stage",
    openAmount: "Open amount at stage",
    reached: "Deals that reached the stage",
    step: "Step conversion",
    owner: "Owner",
    cumulative: "Overall conversion",
    weakest: "Weakest stage",
    won: "Won deals",
    lost: "Lost deals",
    winRate: "Win rate",
    cycle: "Avg. cycle (days)",
    openDeals: "Open deals",
    openPipeline: "Open pipeline",
    weighted: "Weighted pipeline",
    target: "Target",
    wonAmount: "Won amount",
    coverage: "Coverage",
    velocity: "Velocity (per day)",
    team: "Team total",
    stuck: "Stuck deals",
    stuckNote:
      "Open deals in their stage longer than its limit on the as-of date, worst first. The list is fixed when the sheet is built; the day counts follow the as-of date and the limits.",
    deal: "Deal",
    amount: "Amount",
    since: "In stage since",
    daysInStage: "Days in stage",
    limit: "Limit (days)",
    daysOver: "Days over",
    noStuck: "No open deal is over its stage's limit.",
    chart: "Team funnel",
    sourceRow: (row: number) => `row ${row}`,
    unknownStage: (origin: string, row: number, column: string, stage: string, stages: string) =>
      `${origin}, row ${row}, column "${column}": "${stage}" is not a stage of the plan (${stages}); the deal is left out of the stage counts.`,
    noStageDate: (origin: string, row: number, column: string) =>
      `${origin}, row ${row}, column "${column}": blank, so this open deal cannot be checked for being stuck.`,
    noStageDateColumn: (origin: string) =>
      `${origin} has no "in stage since" column, so no deal can be checked for being stuck.`,
    summaryDeals: (deals: number, open: number, won: number, lost: number, owners: number) =>
      `Funnel: ${deals} deals (${open} open, ${won} won, ${lost} lost) across ${owners} owners`,
    summaryPipeline: (amount: string) => `Open pipeline: ${amount}`,
    summaryWeighted: (amount: string) => `Weighted pipeline: ${amount}`,
    summaryWinRate: (rate: string | null) => (rate === null ? "Win rate: no closed deals yet" : `Win rate: ${rate}`),
    summaryStuck: (count: number) => `Stuck deals: ${count}`,
    blankProbabilities: (origin: string, column: string, count: number) =>
      `${origin}, column "${column}": ${count} open ${count === 1 ? "deal has" : "deals have"} no probability of ${count === 1 ? "its" : "their"} own; the weighted pipeline uses ${count === 1 ? "its" : "their"} stage's probability.`,
    stuckByStage: "Stuck by stage",
    stuckByOwner: "Stuck by owner",
    stuckCount: "Stuck deals",
    stuckAmount: "Stuck amount",
    stuckList: (listed: number) => `The ${listed} most overdue`,
    stuckMore: (more: number, total: number) =>
      `…and ${more} more stuck ${more === 1 ? "deal" : "deals"} not listed (${total} in all, each counted in the totals above).`,
  },
  "zh-CN": {
    sheet: "漏斗分析",
    title: "销售漏斗分析",
    asOf: "截至日期",
    rule: "计数规则：商机计入其当前阶段及之前的所有阶段；赢单计入全部阶段；输单计入丢单时所处阶段及之前的阶段。",
    settings: "阶段设置：修改停留上限或赢单概率，分析结果随之更新",
    stage: "阶段",
    order: "顺序",
    maxDays: "停留上限（天）",
    probability: "赢单概率",
    atStage: "当前阶段商机数（进行中+输单）",
    openAmount: "当前阶段进行中金额",
    reached: "到达该阶段的商机数",
    step: "阶段转化率",
    owner: "负责人",
    cumulative: "整体转化率",
    weakest: "最薄弱阶段",
    won: "赢单数",
    lost: "输单数",
    winRate: "赢率",
    cycle: "平均成交周期（天）",
    openDeals: "进行中商机数",
    openPipeline: "进行中商机金额",
    weighted: "加权商机金额",
    target: "目标",
    wonAmount: "赢单金额",
    coverage: "商机覆盖倍数",
    velocity: "销售速度（每日）",
    team: "团队合计",
    stuck: "停滞商机",
    stuckNote: "截至日期时在当前阶段停留超过上限的进行中商机，按超期天数从多到少排列。名单在生成时确定；天数随截至日期和上限自动更新。",
    deal: "商机",
    amount: "金额",
    since: "进入阶段日期",
    daysInStage: "停留天数",
    limit: "上限（天）",
    daysOver: "超期天数",
    noStuck: "没有超过阶段停留上限的进行中商机。",
    chart: "团队漏斗",
    sourceRow: (row: number) => `第${row}行`,
    unknownStage: (origin: string, row: number, column: string, stage: string, stages: string) =>
      `${origin}，第${row}行，“${column}”列：“${stage}”不是方案中的阶段（${stages}），该商机不计入阶段统计。`,
    noStageDate: (origin: string, row: number, column: string) =>
      `${origin}，第${row}行，“${column}”列为空，无法判断该进行中商机是否停滞。`,
    noStageDateColumn: (origin: string) => `${origin}没有“进入阶段日期”列，无法判断商机是否停滞。`,
    summaryDeals: (deals: number, open: number, won: number, lost: number, owners: number) =>
      `漏斗：共${deals}个商机（进行中${open}个，赢单${won}个，输单${lost}个），负责人${owners}人`,
    summaryPipeline: (amount: string) => `进行中商机金额：${amount}`,
    summaryWeighted: (amount: string) => `加权商机金额：${amount}`,
    summaryWinRate: (rate: string | null) => (rate === null ? "赢率：尚无已关闭商机" : `赢率：${rate}`),
    summaryStuck: (count: number) => `停滞商机：${count}个`,
    blankProbabilities: (origin: string, column: string, count: number) =>
      `${origin}，“${column}”列：${count}个进行中商机没有填写赢率，加权商机金额按其所在阶段的赢单概率计算。`,
    stuckByStage: "按阶段统计停滞商机",
    stuckByOwner: "按负责人统计停滞商机",
    stuckCount: "停滞商机数",
    stuckAmount: "停滞金额",
    stuckList: (listed: number) => `超期最久的${listed}个`,
    stuckMore: (more: number, total: number) => `……另有${more}个停滞商机未列出（共${total}个，均已计入上方合计）。`,
  },
};
