import { DEFAULT_STAGES } from "../../datasets/columns";
import type { PaneHooks } from "../common/reviewPane";
import { inEveryLanguage } from "../i18n";
import { FUNNEL_LABELS } from "./labels";

/** What the pane does with the funnel's section: its stages written out, so they can be changed. */
export const funnelPane: PaneHooks = {
  // The default stages when the plan names none, each with lists of its own. In a new Chinese plan the
  // default stages take their Chinese names, the English ones becoming aliases, so the review sheet names
  // stages the way its readers do; data in either language still maps.
  draft: (plan, fresh) => {
    const stages = (plan.funnel.stages ?? DEFAULT_STAGES).map((s) => ({ ...s, aliases: [...s.aliases] }));
    const named =
      fresh && plan.language === "zh-CN"
        ? stages.map((stage) => (stage.aliases.length === 0 ? stage : { ...stage, name: stage.aliases[0], aliases: [stage.name, ...stage.aliases.slice(1)] }))
        : stages;
    return { ...plan, funnel: { ...plan.funnel, stages: named } };
  },

  // The stage list's own rules (plan.ts): two steps at least, and won only on the last step.
  rule: (path) => {
    if (path.length === 1 && path[0] === "stages") return inEveryLanguage(FUNNEL_LABELS, (l) => l.errTwoSteps);
    if (path[0] === "stages" && path[path.length - 1] === "outcome") return inEveryLanguage(FUNNEL_LABELS, (l) => l.errWonLast);
    return undefined;
  },
};
