import { valueError, type Result } from "../errors";
import type { FunnelCounts } from "./funnelCounts";

/**
 * The team's counts: its members' counts added up field by field, member by member in the order given,
 * as a total row's SUM adds the rows above it. The open pipeline is the team's open amounts added up.
 *
 * @param members - each member's counts, in the order of their rows
 * @param stageCount - how many stages the funnel has
 * @returns the team's counts (zeros when there are no members); `#VALUE!` naming a member whose counts
 *   have another number of stages
 *
 * @example
 * const ann = { atStage: [1, 0], openAmount: [100, 0], won: 1, lost: 0, openDeals: 1, wonAmount: 70, openPipeline: 100 };
 * teamCounts([ann, ann], 2)
 * // => { atStage: [2, 0], openAmount: [200, 0], won: 2, lost: 0, openDeals: 2, wonAmount: 140, openPipeline: 200 }
 */
export function teamCounts(members: readonly FunnelCounts[], stageCount: number): Result<FunnelCounts> {
  const atStage = new Array<number>(stageCount).fill(0);
  const openAmount = new Array<number>(stageCount).fill(0);
  let won = 0;
  let lost = 0;
  let openDeals = 0;
  let wonAmount = 0;
  for (let i = 0; i < members.length; i++) {
    const member = members[i];
    if (member.atStage.length !== stageCount || member.openAmount.length !== stageCount) {
      return valueError(`members: row ${i + 1} has ${member.atStage.length} stages, not ${stageCount}`);
    }
    member.atStage.forEach((count, s) => (atStage[s] += count));
    member.openAmount.forEach((amount, s) => (openAmount[s] += amount));
    won += member.won;
    lost += member.lost;
    openDeals += member.openDeals;
    wonAmount += member.wonAmount;
  }
  return { atStage, openAmount, won, lost, openDeals, wonAmount, openPipeline: openAmount.reduce((total, amount) => total + amount, 0) };
}
