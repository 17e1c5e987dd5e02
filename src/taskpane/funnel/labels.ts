import type { Catalogue } from "../../i18n/languages";

/** The funnel form's words. Values with {placeholders} are filled by `format`. */
const en = {
  stages: "Stages",
  stagesHint: "In order; the last stage is the won stage. A stage marked lost or excluded is not a step: its name and other names are words of the stage column that close a deal as lost or leave it out.",
  stage: "Stage {n}",
  stageName: "Stage name",
  maxDays: "Days allowed in the stage",
  maxDaysHint: "Blank: no limit.",
  probability: "Win probability (%)",
  addStage: "Add a stage",
  removeStage: "Remove stage {n}",
  moveUp: "Move stage {n} up",
  moveDown: "Move stage {n} down",
  outcome: "What this stage means",
  outcome_none: "A step of the funnel",
  outcome_won: "Won (the last step)",
  outcome_lost: "Lost",
  outcome_excluded: "Excluded (not a deal to count)",
  statusWords: "Status words",
  statusWordsHint: "More words of the status or stage column, beyond the built-in ones (Won, Closed Lost, 赢单, 输单, 无效…).",
  statusWords_won: "Words meaning won",
  statusWords_lost: "Words meaning lost",
  statusWords_open: "Words meaning open",
  statusWords_excluded: "Words meaning excluded",
  stuckListSize: "Stuck deals to list",
  stuckListSizeHint: "The most overdue first; every stuck deal is still counted per stage and owner. Blank: 200.",
};

/** The funnel form's words in one language. */
export type FunnelLabels = Readonly<Record<keyof typeof en, string>>;

export const FUNNEL_LABELS: Catalogue<FunnelLabels> = {
  en,
  "zh-CN": {
    stages: "销售阶段",
    stagesHint: "按先后顺序；最后一个阶段为成交阶段。标为输单或排除的阶段不是漏斗中的一步：其名称和别名是阶段列中表示输单或不计入的词。",
    stage: "阶段 {n}",
    stageName: "阶段名称",
    maxDays: "在此阶段允许停留的天数",
    maxDaysHint: "留空：不限。",
    probability: "赢单概率（%）",
    addStage: "添加阶段",
    removeStage: "删除阶段 {n}",
    moveUp: "阶段 {n} 上移",
    moveDown: "阶段 {n} 下移",
    outcome: "此阶段的含义",
    outcome_none: "漏斗中的一个阶段",
    outcome_won: "赢单（最后一步）",
    outcome_lost: "输单",
    outcome_excluded: "排除（不计入的商机）",
    statusWords: "状态用词",
    statusWordsHint: "状态列或阶段列中除内置用词（赢单、输单、无效、Won、Closed Lost…）之外的其他用词。",
    statusWords_won: "表示赢单的词",
    statusWords_lost: "表示输单的词",
    statusWords_open: "表示进行中的词",
    statusWords_excluded: "表示排除的词",
    stuckListSize: "列出的停滞商机数",
    stuckListSizeHint: "超期最久的排在前面；所有停滞商机仍按阶段和负责人合计。留空：200。",
  },
};
