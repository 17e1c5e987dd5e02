import type { Catalogue } from "../../i18n/languages";

/** The Leaderboard form's words. */
const en = {
  contest: "Contest",
  measure: "Rank by",
  measure_sales: "Sales (credited transactions)",
  measure_wonDeals: "Won deals (by close date)",
  measure_attainment: "Attainment (sales ÷ target)",
  period: "Period",
  period_month: "This month to date",
  period_quarter: "This quarter to date",
  period_year: "This year to date",
  periodHint: "Most improved compares it with the same days of the period before.",
  places: "Places listed per category",
  newcomerMonths: "Newcomer: fewer months in role than",
  groups: "Per group",
  groupBy: "Group people by",
  groupBy_team: "Team",
  groupBy_tenure: "Tenure bracket",
  groupBy_target: "Annual target bracket",
  groupBy_none: "No groups",
  brackets: "Bracket lower bounds (separated by commas)",
  bracketsHint: "Tenure in months (blank: 0, 12, 36); target size in money (required).",
  prizes: "Prizes per place (1st, 2nd, … separated by commas)",
  prizes_top: "Top performer",
  prizes_improved: "Most improved",
  prizes_newcomer: "Best newcomer",
  prizes_group: "Each group",
};

/** The Leaderboard form's words in one language. */
export type LeaderboardLabels = Readonly<Record<keyof typeof en, string>>;

export const LEADERBOARD_LABELS: Catalogue<LeaderboardLabels> = {
  en,
  "zh-CN": {
    contest: "竞赛",
    measure: "排名依据",
    measure_sales: "销售额（交易计入金额）",
    measure_wonDeals: "赢单金额（按成交日期）",
    measure_attainment: "目标达成率（销售额 ÷ 目标）",
    period: "期间",
    period_month: "本月累计",
    period_quarter: "本季累计",
    period_year: "本年累计",
    periodHint: "进步最快与上期相同天数对比。",
    places: "每个榜单列出的名次数",
    newcomerMonths: "新人：在职月数少于",
    groups: "分组排名",
    groupBy: "分组方式",
    groupBy_team: "按团队",
    groupBy_tenure: "按司龄区间",
    groupBy_target: "按年度目标区间",
    groupBy_none: "不分组",
    brackets: "区间起点（用逗号分隔）",
    bracketsHint: "司龄按月（留空：0、12、36）；目标区间按金额（必填）。",
    prizes: "各名次奖金（第 1、2……名，用逗号分隔）",
    prizes_top: "销售冠军",
    prizes_improved: "进步最快",
    prizes_newcomer: "最佳新人",
    prizes_group: "每个分组",
  },
};
