import { valueError, type Result } from "../errors";

/** Where a deal stands: still open, or closed as won or lost. */
export type DealStatus = "open" | "won" | "lost";

/** A deal as the funnel counts it. */
export interface CountedDeal {
  /** Index of its current stage (0 = the top of the funnel), or null when it is in no stage of the funnel. */
  stage: number | null;
  status: DealStatus;
  /** Its value, in currency. */
  amount: number;
}

/** What a group of deals (one owner's, or the team's) counts at each stage and in all. */
export interface FunnelCounts {
  /** Open and lost deals whose current stage is each stage; a won deal is at no stage. */
  atStage: number[];
  /** The amount of the open deals at each stage, in currency. */
  openAmount: number[];
  won: number;
  lost: number;
  openDeals: number;
  /** The amount of the won deals, in currency. */
  wonAmount: number;
  /** The open amounts of every stage added up, stage by stage, in currency. */
  openPipeline: number;
}

/** Adds in order, as SUM does along a range. */
function sumInOrder(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * Counts a group's deals at each stage: the open and lost deals at their current stage, the open amount
 * there, and the won, lost and open deals in all. Amounts are added in the order given, as SUMIFS adds
 * down a column, so the totals are the ones a sheet recomputes.
 *
 * @param deals - the group's deals, in the order the sheet holds them
 * @param stageCount - how many stages the funnel has
 * @returns the counts; `#VALUE!` naming the first deal whose stage is not one of the `stageCount` stages
 *
 * @example
 * funnelCounts([{ stage: 0, status: "open", amount: 100 }, { stage: 1, status: "lost", amount: 50 }, { stage: 1, status: "won", amount: 70 }], 2)
 * // => { atStage: [1, 1], openAmount: [100, 0], won: 1, lost: 1, openDeals: 1, wonAmount: 70, openPipeline: 100 }
 */
export function funnelCounts(deals: readonly CountedDeal[], stageCount: number): Result<FunnelCounts> {
  const atStage = new Array<number>(stageCount).fill(0);
  const openAmount = new Array<number>(stageCount).fill(0);
  let won = 0;
  let lost = 0;
  let openDeals = 0;
  let wonAmount = 0;
  for (let i = 0; i < deals.length; i++) {
    const { stage, status, amount } = deals[i];
    if (stage !== null && !(Number.isInteger(stage) && stage >= 0 && stage < stageCount)) {
      return valueError(`deals: row ${i + 1} is at stage ${stage}, not one of the ${stageCount} stages`);
    }
    if (stage !== null && status !== "won") atStage[stage] += 1;
    if (stage !== null && status === "open") openAmount[stage] += amount;
    if (status === "won") {
      won += 1;
      wonAmount += amount;
    }
    if (status === "lost") lost += 1;
    if (status === "open") openDeals += 1;
  }
  return { atStage, openAmount, won, lost, openDeals, wonAmount, openPipeline: sumInOrder(openAmount) };
}
