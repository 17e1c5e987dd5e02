import type { Catalogue } from "../../i18n/languages";

/** The scorecard's words: its headings, settings, statuses, summary lines and warnings. */
export interface Labels {
  sheet: string;
  title: string;
  asOf: string;
  kpiSettings: string;
  kpi: string;
  weight: string;
  direction: string;
  threshold: string;
  cap: string;
  higher: string;
  lower: string;
  ratingScale: string;
  min: string;
  label: string;
  maxShare: string;
  bands: (kpi: string) => string;
  bound: string;
  points: string;
  name: string;
  team: string;
  actual: string;
  target: string;
  achievement: string;
  score: string;
  overall: string;
  weighted: string;
  rating: string;
  rank: string;
  /** Under the title of a large team's sheet: its rank is fixed by the build's order. */
  rankByOrder: string;
  review: string;
  strengths: string;
  gaps: string;
  actions: string;
  followUp: string;
  status: string;
  statuses: [string, string, string];
  distribution: string;
  count: string;
  share: string;
  allowed: string;
  flag: string;
  over: string;
  ok: string;
  total: string;
  people: (count: number) => string;
  average: (value: string) => string;
  ratings: (counts: { label: string; count: number }[]) => string;
  at: (sheet: string, row: number | null, column: string | null) => string;
  rowList: (rows: number[]) => string;
  unknownKpi: (where: string, kpi: string, rows: string) => string;
  duplicate: (where: string, person: string, kpi: string, firstRow: number, row: number) => string;
  zeroTarget: (where: string, person: string, kpi: string) => string;
  missingKpi: (kpi: string) => string;
  bandsOnly: (kpi: string) => string;
  unknownDistribution: (label: string) => string;
  noData: (origin: string) => string;
  /** Where a KPI's weight or direction came from, in the settings block. */
  source: string;
  sources: { plan: string; data: string; default: string };
  /** `values`: each value with the rows that give it, such as `40 (rows 2, 5)`. */
  dataDisagrees: (kpi: string, what: "weight" | "direction", values: string[], used: string) => string;
  tooManyKpis: (origin: string, limit: number) => string;
  planOverrides: (kpi: string, what: "weight" | "direction", plan: string, data: string) => string;
  noDataWeight: (kpis: string[]) => string;
  ambiguousPerson: (where: string, person: string, teams: string[]) => string;
  weightsNormalised: (total: string, shares: string[]) => string;
}

/** A warning about many source rows names this many and counts the rest. */
const SHOWN_ROWS = 5;

/** The scorecard's words in every language. */
export const LABELS: Catalogue<Labels> = {
  en: {
    sheet: "Scorecard",
    title: "KPI scorecard",
    asOf: "As of",
    kpiSettings: "KPI settings",
    kpi: "KPI",
    weight: "Weight",
    direction: "Direction",
    threshold: "Threshold",
    cap: "Cap",
    higher: "higher",
    lower: "lower",
    ratingScale: "Rating scale",
    min: "From score",
    label: "Rating",
    maxShare: "Max share",
    bands: (kpi) => `Bands: ${kpi}`,
    bound: "From achievement",
    points: "Score",
    name: "Name",
    team: "Team",
    actual: "Actual",
    target: "Target",
    achievement: "Achievement",
    score: "Score",
    overall: "Overall",
    weighted: "Weighted score",
    rating: "Rating",
    rank: "Rank",
    rankByOrder: "For a large team the rank follows the order of this build (highest weighted score first); rebuild the sheet to re-rank.",
    review: "Review interview",
    strengths: "Strengths",
    gaps: "Gaps",
    actions: "Agreed actions",
    followUp: "Follow-up date",
    status: "Review status",
    statuses: ["Not started", "Scheduled", "Done"],
    distribution: "Rating distribution",
    count: "Count",
    share: "Share",
    allowed: "Allowed share",
    flag: "Flag",
    over: "Over",
    ok: "OK",
    total: "Total",
    people: (count) => `People: ${count}`,
    average: (value) => `Average weighted score: ${value}`,
    ratings: (counts) => `Ratings: ${counts.map((c) => `${c.label} ${c.count}`).join(", ")}`,
    at: (sheet, row, column) =>
      [`Sheet "${sheet}"`, row === null ? "" : `row ${row}`, column === null ? "" : `column "${column}"`].filter(Boolean).join(", "),
    rowList: (rows) =>
      rows.length > SHOWN_ROWS
        ? `rows ${rows.slice(0, SHOWN_ROWS).join(", ")} and ${rows.length - SHOWN_ROWS} more`
        : `${rows.length === 1 ? "row" : "rows"} ${rows.join(", ")}`,
    unknownKpi: (where, kpi, rows) => `${where}: "${kpi}" is not a KPI of the plan (${rows}); those results are ignored.`,
    duplicate: (where, person, kpi, firstRow, row) =>
      `${where}: a second "${kpi}" result for ${person} (the first is row ${firstRow}); row ${row} is ignored.`,
    zeroTarget: (where, person, kpi) => `${where}: the target of "${kpi}" for ${person} is 0, so its achievement is left blank.`,
    missingKpi: (kpi) => `KPI "${kpi}" of the plan has no results in the data; it is blank for everyone.`,
    bandsOnly: (kpi) => `KPI "${kpi}" scores by bands; its threshold and cap are not used.`,
    unknownDistribution: (label) => `The forced distribution names rating "${label}", which is not on the rating scale; it is ignored.`,
    noData: (origin) => `No KPI results were found in ${origin}.`,
    source: "From (weight / direction)",
    sources: { plan: "plan", data: "data", default: "default" },
    tooManyKpis: (origin, limit) =>
      `${origin} names more than ${limit} different KPIs, the most a scorecard holds (each is four columns of the sheet; scorecard.kpis in the plan has the same limit). Check that the KPI column holds the KPI names, or list the KPIs to score in scorecard.kpis.`,
    dataDisagrees: (kpi, what, values, used) => `The data gives KPI "${kpi}" more than one ${what}: ${values.join("; ")}. ${used} (the first) is used; set it in the plan to choose.`,
    planOverrides: (kpi, what, plan, data) => `KPI "${kpi}": the plan's ${what} ${plan} is used, not the data's ${data}.`,
    noDataWeight: (kpis) => `The data gives weights for some KPIs but not for ${kpis.map((k) => `"${k}"`).join(", ")}; ${kpis.length === 1 ? "it counts" : "they count"} 0. Set the weights in the plan to change this.`,
    ambiguousPerson: (where, person, teams) => `${where}: there is more than one ${person} (${teams.join(", ")}) and this row names no team, so it is ignored.`,
    weightsNormalised: (total, shares) => `The KPI weights add up to ${total}, not 100%: each KPI counts as its share of the total (${shares.join(", ")}).`,
  },
  "zh-CN": {
    sheet: "绩效评分",
    title: "绩效考核评分表",
    asOf: "截至日期",
    kpiSettings: "指标设置",
    kpi: "指标",
    weight: "权重",
    direction: "方向",
    threshold: "门槛",
    cap: "封顶",
    higher: "越高越好",
    lower: "越低越好",
    ratingScale: "评级标准",
    min: "最低得分",
    label: "评级",
    maxShare: "比例上限",
    bands: (kpi) => `分档：${kpi}`,
    bound: "达成率下限",
    points: "得分",
    name: "姓名",
    team: "团队",
    actual: "实际",
    target: "目标",
    achievement: "达成率",
    score: "得分",
    overall: "综合",
    weighted: "加权得分",
    rating: "评级",
    rank: "排名",
    rankByOrder: "人数较多时，排名按本次生成时的顺序（加权得分从高到低）计算；重新生成表格即可重新排名。",
    review: "绩效面谈",
    strengths: "优势",
    gaps: "不足",
    actions: "改进措施",
    followUp: "跟进日期",
    status: "面谈状态",
    statuses: ["未开始", "已预约", "已完成"],
    distribution: "评级分布",
    count: "人数",
    share: "占比",
    allowed: "比例上限",
    flag: "检查",
    over: "超出",
    ok: "正常",
    total: "合计",
    people: (count) => `人数：${count}`,
    average: (value) => `平均加权得分：${value}`,
    ratings: (counts) => `评级分布：${counts.map((c) => `${c.label} ${c.count} 人`).join("，")}`,
    at: (sheet, row, column) => `工作表“${sheet}”${row === null ? "" : `第 ${row} 行`}${column === null ? "" : `“${column}”列`}`,
    rowList: (rows) =>
      rows.length > SHOWN_ROWS ? `第 ${rows.slice(0, SHOWN_ROWS).join("、")} 等 ${rows.length} 行` : `第 ${rows.join("、")} 行`,
    unknownKpi: (where, kpi, rows) => `${where}：“${kpi}”不是方案中的指标（${rows}），这些结果已忽略。`,
    duplicate: (where, person, kpi, firstRow, row) => `${where}：${person} 的“${kpi}”结果重复（首次出现在第 ${firstRow} 行），第 ${row} 行已忽略。`,
    zeroTarget: (where, person, kpi) => `${where}：${person} 的“${kpi}”目标为 0，达成率留空。`,
    missingKpi: (kpi) => `方案中的指标“${kpi}”在数据中没有结果，所有人该项留空。`,
    bandsOnly: (kpi) => `指标“${kpi}”按分档计分，其门槛和封顶不生效。`,
    unknownDistribution: (label) => `强制分布中的评级“${label}”不在评级标准中，已忽略。`,
    noData: (origin) => `${origin} 中没有找到考核结果。`,
    source: "来源（权重/方向）",
    sources: { plan: "方案", data: "数据", default: "默认" },
    tooManyKpis: (origin, limit) =>
      `${origin}中的不同指标超过${limit}个，超出一张记分卡可容纳的上限（每个指标占表中4列；方案 scorecard.kpis 的上限相同）。请确认指标列填写的是指标名称，或在 scorecard.kpis 中列出要考核的指标。`,
    dataDisagrees: (kpi, what, values, used) =>
      `数据中指标“${kpi}”的${what === "weight" ? "权重" : "方向"}不一致：${values.join("；")}。采用第一个值 ${used}；如需指定，请在方案中设置。`,
    planOverrides: (kpi, what, plan, data) => `指标“${kpi}”：采用方案中的${what === "weight" ? "权重" : "方向"} ${plan}，而非数据中的 ${data}。`,
    noDataWeight: (kpis) => `数据只给出了部分指标的权重，${kpis.map((k) => `“${k}”`).join("、")}没有权重，按 0 计。如需调整，请在方案中设置权重。`,
    ambiguousPerson: (where, person, teams) => `${where}：有不止一位${person}（${teams.join("、")}），该行未写团队，无法归属，已忽略。`,
    weightsNormalised: (total, shares) => `各指标权重合计为 ${total}，不是 100%：每项指标按其占合计的比例计算（${shares.join("，")}）。`,
  },
};
