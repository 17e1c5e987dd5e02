import { ranks } from "../scoring/ranks";

/**
 * The rank of each value within its group, highest first, as `1 + COUNTIFS(group, g, value, ">"&v)`
 * gives it on a sheet: equal values in one group share a rank and the next one skips (1, 1, 3), exactly
 * RANK.EQ over the group's members. A blank value, or a member without a group, is left unranked.
 *
 * @param values - one value per person, in any unit; null for a blank
 * @param groups - each person's group (a team, a bracket number); null for none
 * @returns one rank per person (1 for the highest in their group), or null
 *
 * @example
 * groupRanks([5, 7, 5, 2], ["A", "A", "B", "B"]) // => [2, 1, 1, 2]
 */
export function groupRanks(values: readonly (number | null)[], groups: readonly (string | number | null)[]): (number | null)[] {
  const members = new Map<string | number, number[]>();
  values.forEach((_, i) => {
    const g = groups[i];
    if (g === null || g === undefined) return;
    const list = members.get(g) ?? [];
    list.push(i);
    members.set(g, list);
  });
  // RANK.EQ within each group: the scorecard's ranks over the group's members (blanks stay unranked).
  const result: (number | null)[] = values.map(() => null);
  for (const indexes of members.values()) {
    const within = ranks(indexes.map((i) => values[i]));
    indexes.forEach((i, k) => (result[i] = within[k]));
  }
  return result;
}
