import { directionFromName } from "../../datasets/kpiDirection";
import { labelKey } from "../../datasets/keys";
import type { KpiDirection } from "../../datasets/records";
import { engineRound } from "../../core/numbers/spreadsheetArithmetic";
import type { Plan } from "../../reviews/plan";
import type { KpiDefinition } from "../../reviews/scorecard/plan";
import type { Engine } from "../common/loadEngine";
import type { ChosenSources, PaneHooks } from "../common/reviewPane";
import { inEveryLanguage } from "../i18n";
import { kpiSettings, withKpiSetting } from "./kpiSettings";
import { SCORECARD_LABELS } from "./labels";

/** Weights shown as percentages add up to 100 within this (33.33 + 33.33 + 33.34 does; 99.9 does not). */
const TOTAL_TOLERANCE = 0.005;

/**
 * The sum of the KPI weights as the form shows it, and what the build will do with it: nothing to say
 * when it is 100 (`exact`); each KPI counted as its share of the total, as the command line does with a
 * warning, when it is not (`scaled`, with each share in percent to one decimal, as that warning gives
 * them); nothing can be weighted when it is 0 (`zero`, an error the plan schema reports at the KPIs).
 *
 * @example
 * weightsTotal([{ name: "Revenue", weight: 60 }, { name: "Calls", weight: 40 }, { name: "Complaints", weight: 20 }])
 * // => { total: 120, state: "scaled", shares: [["Revenue", "50.0"], ["Calls", "33.3"], ["Complaints", "16.7"]] }
 */
export function weightsTotal(kpis: readonly Pick<KpiDefinition, "name" | "weight">[]): { total: number; state: "exact" | "scaled" | "zero"; shares: [string, string][] } {
  const total = kpis.reduce((sum, kpi) => sum + kpi.weight, 0);
  const shown = Number.parseFloat(total.toPrecision(12));
  if (!Number.isFinite(total) || total <= 0) return { total: shown, state: "zero", shares: [] };
  if (Math.abs(total - 100) <= TOTAL_TOLERANCE) return { total: shown, state: "exact", shares: [] };
  return { total: shown, state: "scaled", shares: kpis.map((k) => [k.name, engineRound((k.weight / total) * 100, 1).toFixed(1)]) };
}

/** The key of a KPI's note saying the direction the data gives it. */
export const dataDirectionKey = (name: string): string => `direction.data:${labelKey(name)}`;

/**
 * One KPI per distinct name, in order of first appearance, weighted equally: each exactly 100 / n, so the
 * weights are all the same number and the build weighs the KPIs exactly as the command line does when
 * nothing sets a weight (a third each, to the last digit; 33.34/33.33/33.33 would move the scores). The direction is left unset (the data's direction column or header
 * hint, else higher is better, applies) unless the name says lower is better and the data says nothing:
 * then "lower" is proposed, for the person to confirm on the form.
 *
 * @param dataSays - the direction the data gives, by `labelKey` of the KPI name
 *
 * @example
 * kpisFor(["Revenue", "Calls", "Revenue", "NPS"]).map((k) => k.weight) // => [33.333333333333336, 33.333333333333336, 33.333333333333336]
 * kpisFor(["Revenue", "Complaints"]).map((k) => k.direction) // => [null, "lower"]
 */
export function kpisFor(
  names: readonly string[],
  dataSays: ReadonlyMap<string, KpiDirection> = new Map(),
  dataWeights: ReadonlyMap<string, number> = new Map(),
): KpiDefinition[] {
  const distinct: string[] = [];
  const seen = new Set<string>();
  for (const name of names.map((n) => n.trim())) {
    if (name === "" || seen.has(labelKey(name))) continue;
    seen.add(labelKey(name));
    distinct.push(name);
  }
  if (distinct.length === 0) return [];
  const weights = proposedWeights(distinct, dataWeights);
  return distinct.map((name, i) => ({
    name,
    weight: weights[i],
    direction: !dataSays.has(labelKey(name)) && directionFromName(name) === "lower" ? "lower" : null,
    threshold: 0,
    cap: null,
  }));
}

/**
 * The weights proposed for the KPIs: the data's (a weight column or a weights row), as percentages when
 * they are fractions (0.6 → 60), a KPI the data gives none then weighing 0 as the build weighs it; equal
 * weights, the same number for each KPI, when the data gives none.
 */
function proposedWeights(names: readonly string[], dataWeights: ReadonlyMap<string, number>): number[] {
  const given = names.map((name) => dataWeights.get(labelKey(name)));
  if (given.some((w) => w !== undefined)) {
    const sum = given.reduce<number>((s, w) => s + (w ?? 0), 0);
    const scale = Math.abs(sum - 1) < 1e-9 ? 100 : 1;
    return given.map((w) => Number.parseFloat(((w ?? 0) * scale).toPrecision(12)));
  }
  // Equal weights give the plain mean to the last digit (core weighted), as the command line's weight 1 each.
  return names.map(() => 100 / names.length);
}

/**
 * The KPI names of the results chosen, in order, and the direction the data gives each (a direction
 * column, a directions row, a hint in a wide header), read by the dataset reader as a build reads them.
 * Without readable records, the names in the KPI column.
 */
export function kpisInData(plan: Plan, sources: ChosenSources, engine: Engine): { names: string[]; directions: Map<string, KpiDirection>; weights: Map<string, number> } {
  const scores = sources.scores;
  const directions = new Map<string, KpiDirection>();
  const weights = new Map<string, number>();
  if (!scores) return { names: [], directions, weights };
  const read = engine.readChosen("scores", scores, plan);
  if (!(read instanceof engine.ReadError)) {
    for (const record of read.records) {
      const key = labelKey(record.kpi);
      if (record.kpiDirection && !directions.has(key)) directions.set(key, record.kpiDirection);
      if (record.kpiWeight !== null && record.kpiWeight !== undefined && !weights.has(key)) weights.set(key, record.kpiWeight);
    }
    return { names: read.records.map((r) => r.kpi), directions, weights };
  }
  const col = scores.choice.kpi ?? null;
  if (col === null) return { names: [], directions, weights };
  const names = scores.read.grid
    .slice(scores.headerRow + 1)
    .map((row) => row[col])
    .filter((v): v is string | number => typeof v === "string" || typeof v === "number")
    .map(String);
  return { names, directions, weights };
}

/** What the column step reads once per choice of sources: what the data says of each KPI, and the KPIs the plan step would start from. */
interface KpisRead {
  data: ReturnType<typeof kpisInData>;
  proposed: KpiDefinition[];
}

/** The scorecard's section with other KPIs. */
function withKpis(plan: Plan, kpis: KpiDefinition[]): Plan {
  return { ...plan, scorecard: { ...plan.scorecard, kpis } };
}

/**
 * What the pane does with the scorecard's section: KPI weights edited as percentages (a total other than
 * 100% is scaled, as on the command line: the form says so, see weightsTotal), and the KPIs of the data
 * proposed when the plan lists none.
 */
export const scorecardPane: PaneHooks = {
  // A saved 0.4/0.3/0.3 shows as 40/30/30; weights are relative, so the numbers mean the same.
  draft: (plan) => {
    const kpis = plan.scorecard.kpis;
    const sum = kpis.reduce((s, k) => s + k.weight, 0);
    const scale = kpis.length > 0 && Math.abs(sum - 1) < 1e-9 ? 100 : 1;
    return withKpis(plan, kpis.map((k) => ({ ...k, weight: Number.parseFloat((k.weight * scale).toPrecision(12)) })));
  },

  // A scorecard without KPIs in its plan starts with the KPIs in the data, weighted equally, each
  // direction left to the data (or proposed from its name when the data says nothing).
  fromData: (plan, sources, engine) => {
    if (plan.scorecard.kpis.length > 0) return plan;
    const { names, directions, weights } = kpisInData(plan, sources, engine);
    const kpis = kpisFor(names, directions, weights);
    return kpis.length > 0 ? withKpis(plan, kpis) : plan;
  },

  notes: (plan, sources, engine) => {
    const notes: Record<string, string> = {};
    for (const [key, direction] of kpisInData(plan, sources, engine).directions) notes[`direction.data:${key}`] = direction;
    return notes;
  },


  kpiSettings: {
    read: (plan, sources, engine) => {
      const data = kpisInData(plan, sources, engine);
      return { data, proposed: kpisFor(data.names, data.directions, data.weights) };
    },
    show: (plan, read, layout) => {
      const { data, proposed } = read as KpisRead;
      return new Map(kpiSettings(layout.pairs.map((p) => p.kpi), plan.scorecard.kpis, proposed, data, layout).map((s) => [s.name, s]));
    },
    change: (plan, read, kpi, patch) => withKpis(plan, withKpiSetting(plan.scorecard.kpis, (read as KpisRead).proposed, kpi, patch)),
  },

  rule: (path) => {
    const last = path[path.length - 1];
    if (last === "cap") return inEveryLanguage(SCORECARD_LABELS, (l) => l.errCapBelowThreshold);
    if (last === "kpis") return inEveryLanguage(SCORECARD_LABELS, (l) => l.errWeightsZero);
    return undefined;
  },
};
