import { isKpiError, type Result } from "../../core/errors";
import {
  averageCycleDays,
  compileStageTable,
  coverage,
  dealsReached,
  funnelCounts,
  funnelRates,
  stuckDeals,
  teamCounts,
  velocity,
  weakestStage,
  weightedPipeline,
  weightedPipelineByDeal,
  winRate,
  type CountedDeal,
  type DatedDeal,
  type FunnelCounts,
} from "../../core/funnel";
import { DEFAULT_STAGES } from "../../datasets/columns";
import { criterionKey } from "../../datasets/keys";
import { funnelSteps } from "../../datasets/pipelines";
import type { DealRecord, PersonRecord, SourceData } from "../../datasets/records";
import { pick } from "../../i18n/languages";
import type { BuildContext } from "../context";
import { LABELS, type FunnelLabels } from "./labels";
import { DEFAULT_STUCK_LIST_SIZE } from "./plan";
import type { StageDefinition as Stage } from "../../datasets/records";

/** The datasets the funnel review reads: the deals, and the people when there is a table of them. */
export interface FunnelData {
  deals: SourceData<DealRecord>;
  people?: SourceData<PersonRecord>;
}

/** What a row of the owner table derives from its counts, as its formulas do; null where a cell is blank. */
export interface FunnelFigures {
  reached: number[];
  steps: (number | null)[];
  cumulative: number | null;
  /** The index of the stage with the lowest step conversion after the first. */
  weakest: number | null;
  winRate: number | null;
  /** The average cycle of the won deals, in days. */
  cycle: number | null;
  weighted: number;
  coverage: number | null;
  velocity: number | null;
}

/** A row of the owner table: what its formulas count from the deals, and what they derive from that. */
export interface FunnelRow {
  counts: FunnelCounts;
  figures: FunnelFigures;
}

/** One owner's row of the owner table. */
export interface OwnerFunnel extends FunnelRow {
  /** The name as the owner's first deal writes it; other spellings that differ only in case are merged in. */
  name: string;
  /** The owner's target from the people table; null when there is none. */
  target: number | null;
}

/** An open deal in its stage longer than the stage's limit on the as-of date. */
export interface StuckFunnelDeal {
  deal: DealRecord;
  /** Its index among the deals as read. */
  index: number;
  /** The index of its stage. */
  stage: number;
  limit: number;
  days: number;
  over: number;
}

/** How many deals are stuck and their amount: one stage's, one owner's or the team's. */
export interface StuckTotal {
  count: number;
  amount: number;
}

/** The funnel review's numbers and messages, before any layout. */
export interface FunnelModel {
  stages: readonly Stage[];
  /** The owners in order of first appearance, which is also the order of their blocks on the deals copy. */
  owners: OwnerFunnel[];
  team: FunnelRow & { target: number };
  /** True when deals carry their own probability: the weighted pipeline then uses it (the stage's where blank). */
  ownProbabilities: boolean;
  /** The worst stuck deals, at most the plan's `stuckListSize`: worst first, equally far over in the order read. */
  stuck: StuckFunnelDeal[];
  /** Every stuck deal, listed or not: by stage (plan order), by owner (as `owners`) and for the team. */
  stuckTotals: { byStage: StuckTotal[]; byOwner: StuckTotal[]; team: StuckTotal };
  warnings: string[];
}

/** A deal as the core counts and dates it. */
type FunnelDeal = CountedDeal & DatedDeal;

/**
 * A deal's stage is keyed as the stage counts' COUNTIFS compare it with the settings cell (case only),
 * so every deal counted here is one the formulas count. The reader has already put the data's wording of
 * a stage into the plan's; a stage it did not write ("Lead ") is left out here as in the formulas.
 */
const stageKey = criterionKey;

/** A result the review's own counts cannot make fail; if one does, the build stops and says which. */
function surely<T>(result: Result<T>): T {
  if (isKpiError(result)) throw new Error(`funnel review: ${result.toString()}`);
  return result;
}

/** A core result as the cell shows it: the number, or null where the formula gives a blank. */
function numberOrNull(result: Result<number> | number | null): number | null {
  return typeof result === "number" ? result : null;
}

/**
 * The steps of the funnel: of the stages the deals were read against (the plan's, or the known pipeline
 * the reader chose), those that are not a lost or excluded outcome; refused when a stage repeats.
 */
function planStages(ctx: BuildContext, data: FunnelData): readonly Stage[] {
  const stages = funnelSteps(data.deals.stages ?? ctx.plan.funnel.stages ?? DEFAULT_STAGES);
  const table = compileStageTable(stages.map((s) => ({ stage: s.name, probability: s.probability })));
  if (isKpiError(table)) throw new Error(`plan funnel.stages: ${table.message}`);
  return stages;
}

/** The reader's warnings, then deals in no stage of the plan, then open deals that cannot be checked for being stuck. */
function funnelWarnings(L: FunnelLabels, data: FunnelData, stages: readonly Stage[], stageOf: readonly (number | null)[]): string[] {
  const warnings = [...data.deals.warnings, ...(data.people?.warnings ?? [])];
  const { origin, headers, records } = data.deals;
  const stageColumn = headers.stage ?? "stage";
  const stageList = stages.map((s) => s.name).join(", ");
  records.forEach((d, i) => {
    if (stageOf[i] === null) warnings.push(L.unknownStage(origin, d.row, stageColumn, d.stage, stageList));
  });
  const checkable = (d: DealRecord, i: number): boolean => {
    const s = stageOf[i];
    return d.status === "open" && s !== null && stages[s].maxDays !== null;
  };
  const stageDateColumn = headers.stageDate;
  if (stageDateColumn === undefined) {
    if (records.some(checkable)) warnings.push(L.noStageDateColumn(origin));
  } else {
    records.forEach((d, i) => {
      if (checkable(d, i) && d.stageDate === null) warnings.push(L.noStageDate(origin, d.row, stageDateColumn));
    });
  }
  return warnings;
}

/** Each owner's deals, owners in order of first appearance, names merged as COUNTIFS merges them (case only). */
function dealsByOwner(records: readonly DealRecord[], deals: readonly FunnelDeal[]): { name: string; deals: FunnelDeal[] }[] {
  const owners = new Map<string, { name: string; deals: FunnelDeal[] }>();
  records.forEach((d, i) => {
    const key = criterionKey(d.owner);
    const owner = owners.get(key);
    if (owner) owner.deals.push(deals[i]);
    else owners.set(key, { name: d.owner, deals: [deals[i]] });
  });
  return [...owners.values()];
}

/** An owner's target as SUMIFS adds it from the people table: every row of theirs with a target; null when none has one. */
function targetOf(people: SourceData<PersonRecord> | undefined, owner: string): number | null {
  if (!people) return null;
  const found = people.records.filter((p) => criterionKey(p.name) === criterionKey(owner) && p.target !== null);
  return found.length === 0 ? null : found.reduce((total, p) => total + (p.target as number), 0);
}

/** What a row's own formulas give from its counts, cycle and target, each number from the core. */
function figuresOf(counts: FunnelCounts, cycle: Result<number>, weightedResult: Result<number>, target: number | null): FunnelFigures {
  const reached = surely(dealsReached(counts.atStage, counts.won));
  const steps = surely(funnelRates(reached));
  const cumulative = surely(funnelRates(reached, { cumulative: true }));
  const rate = numberOrNull(winRate(counts.won, counts.lost));
  const cycleDays = numberOrNull(cycle);
  const weighted = surely(weightedResult);
  return {
    reached,
    // The first stage's step is 1, unless nobody reached it.
    steps: steps.map((step, s) => (s === 0 && reached[0] === 0 ? null : numberOrNull(step))),
    cumulative: reached[0] === 0 ? null : numberOrNull(cumulative[cumulative.length - 1]),
    weakest: numberOrNull(weakestStage(steps)),
    winRate: rate,
    cycle: cycleDays,
    weighted,
    coverage: target === null ? null : numberOrNull(coverage(weighted, target, counts.wonAmount)),
    velocity:
      rate === null || cycleDays === null ? null : numberOrNull(velocity(counts.openDeals, rate, counts.wonAmount / counts.won, cycleDays)),
  };
}

/**
 * Each stage's, each owner's and the team's count and amount of stuck deals, every one of them counted
 * (the list shows only the worst). Owners are keyed as COUNTIFS compares names (case only).
 */
function stuckTotalsOf(stuck: readonly StuckFunnelDeal[], stages: number, owners: readonly OwnerFunnel[]): FunnelModel["stuckTotals"] {
  const byStage = Array.from({ length: stages }, () => ({ count: 0, amount: 0 }));
  const ownerIndex = new Map(owners.map((o, i) => [criterionKey(o.name), i]));
  const byOwner = owners.map(() => ({ count: 0, amount: 0 }));
  // In deals-copy order (owner by owner, then as read), as the SUMIFS add them.
  const ordered = [...stuck].sort((a, b) => (ownerIndex.get(criterionKey(a.deal.owner)) as number) - (ownerIndex.get(criterionKey(b.deal.owner)) as number) || a.index - b.index);
  for (const { deal, stage } of ordered) {
    byStage[stage].count += 1;
    byStage[stage].amount += deal.amount;
    const owner = byOwner[ownerIndex.get(criterionKey(deal.owner)) as number];
    owner.count += 1;
    owner.amount += deal.amount;
  }
  const team = { count: stuck.length, amount: byStage.reduce((total, s) => total + s.amount, 0) };
  return { byStage, byOwner, team };
}

/** The weighted pipeline of some open deals: each one's own probability, else its stage's. */
function weightedOf(records: readonly DealRecord[], stageOf: readonly (number | null)[], probabilities: readonly number[]): Result<number> {
  const open = records.flatMap((d, i) => {
    const stage = stageOf[i];
    // A deal with its own probability counts whatever its stage, as the SUMPRODUCT over the owner's rows counts it.
    if (d.status !== "open" || (stage === null && d.probability === null)) return [];
    return [{ amount: d.amount, probability: d.probability, stage: stage ?? 0 }];
  });
  return weightedPipelineByDeal(open, probabilities);
}

/** The open deals over their stage's limit on the as-of date, worst first. */
function stuckOf(records: readonly DealRecord[], stages: readonly Stage[], stageOf: readonly (number | null)[], asOf: number): StuckFunnelDeal[] {
  const open = records.flatMap((deal, index) => {
    const stage = stageOf[index];
    return deal.status === "open" && stage !== null ? [{ since: deal.stageDate, maxDays: stages[stage].maxDays, deal, index, stage }] : [];
  });
  return stuckDeals(open, asOf).map(({ stay, maxDays, daysInStage, daysOver }) => ({
    deal: stay.deal,
    index: stay.index,
    stage: stay.stage,
    limit: maxDays,
    days: daysInStage,
    over: daysOver,
  }));
}

/**
 * The funnel review's numbers: each owner's and the team's counts and figures, the stuck deals and the
 * warnings, every number from the core and each one the value the sheet's formula recomputes.
 *
 * @param ctx - the plan (its funnel stages, else `DEFAULT_STAGES`), the language and the as-of date
 * @param data - the deals as read, and optionally the people (their targets feed coverage)
 *
 * @example
 * // Ann's deals: open at Lead, won twice; "ann" lost at Negotiation (the same owner to COUNTIFS)
 * const model = funnelModel(ctx, { deals });
 * model.owners.map((o) => [o.name, o.counts.won, o.counts.lost, o.figures.winRate])
 * // => [["Ann", 2, 1, 0.6666666666666666]]
 */
export function funnelModel(ctx: BuildContext, data: FunnelData): FunnelModel {
  const L = pick(ctx.language, LABELS);
  const stages = planStages(ctx, data);
  const probabilities = stages.map((s) => s.probability);
  const stageIndex = new Map(stages.map((s, i) => [stageKey(s.name), i]));
  const records = data.deals.records;
  const stageOf = records.map((d) => stageIndex.get(stageKey(d.stage)) ?? null);
  const deals: FunnelDeal[] = records.map((d, i) => ({ stage: stageOf[i], status: d.status, amount: d.amount, created: d.created, closed: d.closeDate }));
  const ownProbabilities = records.some((d) => d.probability !== null);

  const groups = dealsByOwner(records, deals);
  // Each owner's records and their stages, in the order of the owner's block on the deals copy.
  const ownerOf = new Map(groups.map((g, o) => [criterionKey(g.name), o]));
  const ownRecords = groups.map(() => ({ records: [] as DealRecord[], stages: [] as (number | null)[] }));
  records.forEach((d, i) => {
    const mine = ownRecords[ownerOf.get(criterionKey(d.owner)) as number];
    mine.records.push(d);
    mine.stages.push(stageOf[i]);
  });
  const owners = groups.map(({ name, deals: own }, o): OwnerFunnel => {
    const counts = surely(funnelCounts(own, stages.length));
    const target = targetOf(data.people, name);
    const weighted = ownProbabilities
      ? weightedOf(ownRecords[o].records, ownRecords[o].stages, probabilities)
      : weightedPipeline(counts.openAmount, probabilities);
    return { name, counts, target, figures: figuresOf(counts, averageCycleDays(own), weighted, target) };
  });
  const counts = surely(teamCounts(owners.map((o) => o.counts), stages.length));
  const target = owners.reduce((total, o) => (o.target === null ? total : total + o.target), 0);
  // The team's cycle reads the deals copy in its order: owner by owner.
  const cycle = averageCycleDays(groups.flatMap((g) => g.deals));
  // With own probabilities the team's weighted pipeline is the owners' added up, as its formula does.
  const teamWeighted = ownProbabilities ? owners.reduce((total, o) => total + o.figures.weighted, 0) : weightedPipeline(counts.openAmount, probabilities);
  const allStuck = stuckOf(records, stages, stageOf, ctx.asOf);
  const listSize = ctx.plan.funnel.stuckListSize ?? DEFAULT_STUCK_LIST_SIZE;

  return {
    stages,
    owners,
    team: { counts, target, figures: figuresOf(counts, cycle, teamWeighted, target) },
    ownProbabilities,
    stuck: allStuck.slice(0, listSize),
    stuckTotals: stuckTotalsOf(allStuck, stages.length, owners),
    warnings: [...funnelWarnings(L, data, stages, stageOf), ...probabilityWarnings(L, data, stageOf, ownProbabilities)],
  };
}

/** With own probabilities: how many open deals have none, and so are weighted with their stage's. */
function probabilityWarnings(L: FunnelLabels, data: FunnelData, stageOf: readonly (number | null)[], ownProbabilities: boolean): string[] {
  if (!ownProbabilities) return [];
  const blank = data.deals.records.filter((d, i) => d.status === "open" && stageOf[i] !== null && d.probability === null).length;
  return blank === 0 ? [] : [L.blankProbabilities(data.deals.origin, data.deals.headers.probability ?? "probability", blank)];
}
