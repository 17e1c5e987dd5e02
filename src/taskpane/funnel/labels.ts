import type { Catalogue } from "../../i18n/languages";

/** The funnel form's words. Values with {placeholders} are filled by `format`. */
const en = {
  stages: "Stages",
  stagesHint: "In order; the last stage is the won stage.",
  stage: "Stage {n}",
  stageName: "Stage name",
  maxDays: "Days allowed in the stage",
  maxDaysHint: "Blank: no limit.",
  probability: "Win probability (%)",
  addStage: "Add a stage",
  removeStage: "Remove stage {n}",
  moveUp: "Move stage {n} up",
  moveDown: "Move stage {n} down",
};

/** The funnel form's words in one language. */
export type FunnelLabels = Readonly<Record<keyof typeof en, string>>;

export const FUNNEL_LABELS: Catalogue<FunnelLabels> = {
  en,
  "zh-CN": {
    stages: "销售阶段",
    stagesHint: "按先后顺序；最后一个阶段为成交阶段。",
    stage: "阶段 {n}",
    stageName: "阶段名称",
    maxDays: "在此阶段允许停留的天数",
    maxDaysHint: "留空：不限。",
    probability: "赢单概率（%）",
    addStage: "添加阶段",
    removeStage: "删除阶段 {n}",
    moveUp: "阶段 {n} 上移",
    moveDown: "阶段 {n} 下移",
  },
};
