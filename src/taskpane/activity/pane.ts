import { ACTIVITY_TYPE_LABELS, parseActivityType } from "../../datasets/activityTypes";
import type { PaneHooks } from "../common/reviewPane";
import { inEveryLanguage } from "../i18n";
import { ACTIVITY_LABELS } from "./labels";

/**
 * What the pane does with the Activity section: a new plan shows its default quotas' types in the
 * plan's language (电话, not "call"), and the plan's one rule (a type with two quotas) gets its words.
 */
export const activityPane: PaneHooks = {
  draft: (plan, fresh) => {
    if (!fresh) return plan;
    const quotas = plan.activity.quotas.map((q) => {
      const known = parseActivityType(q.type);
      return known ? { ...q, type: ACTIVITY_TYPE_LABELS[known][plan.language] } : q;
    });
    return { ...plan, activity: { ...plan.activity, quotas } };
  },

  rule: (path) => (path[path.length - 1] === "type" ? inEveryLanguage(ACTIVITY_LABELS, (l) => l.errDuplicateType) : undefined),
};
