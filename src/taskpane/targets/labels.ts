import type { Catalogue } from "../../i18n/languages";

/*
 * The target plan form's words, and its messages for the target plan's own rules. Keys ending in an
 * option's name (weighting_lastYear) are looked up by that name.
 */
const en = {
  annual: "Team target for the period",
  annualHint: "Blank: the sum of the people's targets.",
  decimals: "Decimals in targets",
  weighting: "Split the team target by",
  weighting_equal: "Equal shares",
  weighting_lastYear: "Last year's sales",
  weighting_potential: "Potential",
  weighting_column: "A column of the people table",
  weightColumnHint: "The weights come from the column chosen as Weight for the people table.",
  weighting_columnNamed: "The people table's column “{column}”",
  weightColumnMissing: "No column of the people table is chosen as Weight: go Back to “Check the columns” and choose it there.",
  seasonality: "Split each person's target over the months by",
  seasonality_history: "Past years' monthly sales",
  seasonality_even: "Even months",
  ramp: "Ramp for new joiners (%)",
  rampHint: "Share of the target in each of the first months, such as 25, 50, 75; then 100%.",
  errWeightColumn: "Choose the people table's Weight column on the “Check the columns” step.",
  errPercentList: "Write percentages separated by commas, such as 25, 50, 75.",
};

/** The target plan form's words in one language. */
export type TargetsLabels = Readonly<Record<keyof typeof en, string>>;

export const TARGETS_LABELS: Catalogue<TargetsLabels> = {
  en,
  "zh-CN": {
    annual: "本期团队目标",
    annualHint: "留空：取各人目标之和。",
    decimals: "目标保留的小数位",
    weighting: "团队目标分解依据",
    weighting_equal: "平均分配",
    weighting_lastYear: "上年销售额",
    weighting_potential: "潜力",
    weighting_column: "人员表中的一列",
    weightColumnHint: "权重取自为人员表选作“权重”的那一列。",
    weighting_columnNamed: "人员表中的“{column}”列",
    weightColumnMissing: "人员表中还没有选作“权重”的列：请返回“核对列”一步选择。",
    seasonality: "个人目标按月分解依据",
    seasonality_history: "往年各月销售额",
    seasonality_even: "各月平均",
    ramp: "新人爬坡（%）",
    rampHint: "入职前几个月各占目标的比例，例如 25, 50, 75；之后为 100%。",
    errWeightColumn: "请在“核对列”一步为人员表选择“权重”列。",
    errPercentList: "请填写以逗号分隔的百分比，例如 25, 50, 75。",
  },
};
