import type { Catalogue } from "../../i18n/languages";

/** The Activity form's words. */
const en = {
  quotas: "Activity quotas",
  quotasHint: "What each rep should log: a type (calls, visits, meetings, proposals, new contacts, follow-ups, demos, in English or Chinese, or a type as your log writes it) and how many per working day or per week.",
  quota: "Quota {n}",
  type: "Activity type",
  count: "How many",
  per: "Per",
  perDay: "working day",
  perWeek: "week",
  removeQuota: "Remove quota {n}",
  addQuota: "Add a quota",
  holidays: "Holidays (YYYY-MM-DD, separated by commas)",
  holidaysHint: "Days off that are not working days: no quota is asked of them.",
  errDuplicateType: "This type has a quota already: give each type one quota.",
};

/** The Activity form's words in one language. */
export type ActivityFormLabels = Readonly<Record<keyof typeof en, string>>;

export const ACTIVITY_LABELS: Catalogue<ActivityFormLabels> = {
  en,
  "zh-CN": {
    quotas: "活动指标",
    quotasHint: "每位销售应完成的活动：类型（电话、拜访、会议、方案、新客户、跟进、演示，中英文均可，或按活动记录中的写法）以及每个工作日或每周的次数。",
    quota: "指标 {n}",
    type: "活动类型",
    count: "次数",
    per: "周期",
    perDay: "每工作日",
    perWeek: "每周",
    removeQuota: "删除指标 {n}",
    addQuota: "添加指标",
    holidays: "节假日（YYYY-MM-DD，用逗号分隔）",
    holidaysHint: "不计为工作日的休息日：这些天不考核指标。",
    errDuplicateType: "该类型已有指标：每种类型只设一个指标。",
  },
};
