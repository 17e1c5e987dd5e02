import type { Catalogue } from "../../i18n/languages";

/** The Progress form's words. */
const en = {
  pace: "Pace",
  behindThreshold: "Behind when completion is below this share of time elapsed (%)",
  behindThresholdHint: "90%: with half the month gone, flag anyone under 45% of the month's target.",
  days: "Time elapsed",
  workingDays: "Count working days (Monday to Friday) instead of calendar days",
  holidays: "Holidays (YYYY-MM-DD, separated by commas)",
  holidaysHint: "Days off that are not counted as working days.",
  targetsNote: "Monthly targets are the annual target ÷ 12 and quarterly ÷ 4, spread evenly.",
};

/** The Progress form's words in one language. */
export type ProgressLabels = Readonly<Record<keyof typeof en, string>>;

export const PROGRESS_LABELS: Catalogue<ProgressLabels> = {
  en,
  "zh-CN": {
    pace: "进度",
    behindThreshold: "目标进度低于时间进度的此比例时标为落后（%）",
    behindThresholdHint: "90%：本月过半时，完成不到月目标 45% 的人会被标出。",
    days: "时间进度",
    workingDays: "按工作日（周一至周五）而非日历天数计算",
    holidays: "节假日（YYYY-MM-DD，用逗号分隔）",
    holidaysHint: "不计为工作日的休息日。",
    targetsNote: "月目标 = 年度目标 ÷ 12，季度目标 = 年度目标 ÷ 4，平均分配。",
  },
};
