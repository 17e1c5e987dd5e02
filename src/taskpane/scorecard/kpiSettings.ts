import { directionFromName } from "../../datasets/kpiDirection";
import { labelKey } from "../../datasets/keys";
import type { KpiDirection } from "../../datasets/records";
import type { WideLayout } from "../../datasets/scoresLayout";
import type { KpiDefinition } from "../../reviews/scorecard/plan";

/**
 * Where a KPI's weight or direction comes from, as the column step tells it: the plan (a person's
 * choice), a weights or directions row of a wide sheet, a weight or direction column, a hint in the
 * header (`Churn % (lower is better)`), the KPI library (指标库) an actuals-only sheet takes its targets
 * from, the KPI's name (投诉, churn: proposed lower), or the default (equal weights, higher is better).
 */
export type SettingOrigin = "plan" | "row" | "column" | "header" | "library" | "name" | "default";

/** A KPI's weight and direction as the build will take them, and where each comes from. */
export interface KpiSetting {
  name: string;
  weight: number;
  weightFrom: SettingOrigin;
  direction: KpiDirection;
  directionFrom: SettingOrigin;
}

/** What the data says of each KPI, by `labelKey` of its name. */
export interface DataSays {
  weights: ReadonlyMap<string, number>;
  directions: ReadonlyMap<string, KpiDirection>;
}

/** The same weight, the data's as a fraction or as a percentage (0.6 and 60). */
function sameWeight(weight: number, data: number): boolean {
  return Math.abs(weight - data) < 1e-9 || Math.abs(weight - data * 100) < 1e-7;
}

/**
 * Each KPI's weight and direction, and where they come from, for the column step. `planned` is the
 * plan's list (the person's choices and a saved plan); when it is empty, `proposed` is what the plan
 * step will start from (the data's weights, else equal ones). A setting that equals what the data says
 * is told as the data's; one that differs is the plan's.
 *
 * @param names - the KPIs, in the sheet's order
 * @param layout - the wide layout (its header hints), or null for the long layout
 *
 * @example
 * kpiSettings(["Churn %"], [], [{ name: "Churn %", weight: 100, direction: null, threshold: 0, cap: null }], { weights: new Map(), directions: new Map([["churn %", "lower"]]) }, wide)
 * // => [{ name: "Churn %", weight: 100, weightFrom: "default", direction: "lower", directionFrom: "header" }]
 */
export function kpiSettings(names: readonly string[], planned: readonly KpiDefinition[], proposed: readonly KpiDefinition[], data: DataSays, layout: WideLayout | null): KpiSetting[] {
  const fromPlan = planned.length > 0;
  const list = fromPlan ? planned : proposed;
  return names.map((name): KpiSetting => {
    const key = labelKey(name);
    const def = list.find((k) => labelKey(k.name) === key);
    const dataWeight = data.weights.get(key);
    const dataDirection = data.directions.get(key);
    const pair = layout?.pairs.find((p) => labelKey(p.kpi) === key);
    const fromLibrary = layout?.targetSource?.kind === "library";
    const weightData: SettingOrigin = fromLibrary ? "library" : layout ? "row" : "column";
    const directionData: SettingOrigin = layout ? (pair?.direction != null && pair.direction === dataDirection ? "header" : fromLibrary ? "library" : "row") : "column";
    const weight = def?.weight ?? 0;
    const proposal = proposed.find((k) => labelKey(k.name) === key);
    const weightFrom: SettingOrigin =
      dataWeight !== undefined ? (sameWeight(weight, dataWeight) ? weightData : "plan") : proposal !== undefined && Math.abs(proposal.weight - weight) < 1e-9 ? "default" : "plan";
    const chosen = def?.direction ?? null;
    let direction: KpiDirection;
    let directionFrom: SettingOrigin;
    if (chosen === null) {
      direction = dataDirection ?? "higher";
      directionFrom = dataDirection !== undefined ? directionData : "default";
    } else {
      direction = chosen;
      directionFrom =
        chosen === dataDirection ? directionData : dataDirection === undefined && chosen === "lower" && directionFromName(name) === "lower" ? "name" : "plan";
    }
    return { name, weight, weightFrom, direction, directionFrom };
  });
}

/**
 * The plan's KPI list with one KPI's weight or direction changed: the list the plan step would start
 * from when the plan has none yet, a KPI it lacks added.
 */
export function withKpiSetting(planned: readonly KpiDefinition[], proposed: readonly KpiDefinition[], name: string, patch: Partial<Pick<KpiDefinition, "weight" | "direction">>): KpiDefinition[] {
  const list = planned.length > 0 ? [...planned] : [...proposed];
  const i = list.findIndex((k) => labelKey(k.name) === labelKey(name));
  if (i < 0) return [...list, { name, weight: 0, direction: null, threshold: 0, cap: null, ...patch }];
  list[i] = { ...list[i], ...patch };
  return list;
}
