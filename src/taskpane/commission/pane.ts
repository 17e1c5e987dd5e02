import { labelKey } from "../../datasets/keys";
import type { Plan } from "../../reviews/plan";
import type { FieldIssue } from "../common/planIssues";
import type { PaneHooks } from "../common/reviewPane";
import { inEveryLanguage } from "../i18n";
import { COMMISSION_LABELS } from "./labels";

type Tier = Plan["commission"]["defaultTiers"][number];

/**
 * What the pane does with the commission's section: the product lines of the transactions proposed when
 * the plan lists none, tier rates above 100% and tiers from below 0 refused, and the preview showing
 * what is due and the difference first.
 */
export const commissionPane: PaneHooks = {
  // A plan without lines starts with one per product line in the data, each on the default tiers, so
  // the person sets each line's rates instead of finding every rep "mismatched" after the build.
  fromData: (plan, sources) => {
    if (plan.commission.lines.length > 0) return plan;
    const transactions = sources.transactions;
    const col = transactions?.choice.line ?? null;
    if (!transactions || col === null) return plan;
    const names: string[] = [];
    const seen = new Set<string>();
    for (const row of transactions.read.grid.slice(transactions.headerRow + 1)) {
      const value = row[col];
      if (typeof value !== "string" && typeof value !== "number") continue;
      const name = String(value).trim();
      if (name === "" || seen.has(labelKey(name))) continue;
      seen.add(labelKey(name));
      names.push(name);
    }
    if (names.length === 0) return plan;
    const lines = names.map((name) => ({ name, aliases: [], tiers: plan.commission.defaultTiers.map((tier) => ({ ...tier })) }));
    return { ...plan, commission: { ...plan.commission, lines } };
  },

  check: (plan) => {
    const issues = new Map<string, FieldIssue>();
    const checkTiers = (tiers: readonly Tier[], at: string): void => {
      tiers.forEach((tier, i) => {
        if (Number.isFinite(tier.rate) && tier.rate > 1) issues.set(`${at}.${i}.rate`, { kind: "rule", text: inEveryLanguage(COMMISSION_LABELS, (l) => l.errRateAbove100) });
        if (Number.isFinite(tier.from) && tier.from < 0) issues.set(`${at}.${i}.from`, { kind: "rule", text: inEveryLanguage(COMMISSION_LABELS, (l) => l.errFromNegative) });
      });
    };
    checkTiers(plan.commission.defaultTiers, "commission.defaultTiers");
    plan.commission.lines.forEach((line, i) => checkTiers(line.tiers, `commission.lines.${i}.tiers`));
    return issues;
  },

};
