/**
 * A category's listing: who is shown, in order, for the places a contest awards. Everyone whose rank is
 * within the places is listed, ties in list order; a tie never drops a person (two people tied for
 * third with three places: both are listed), and nobody ranked beyond the places is.
 *
 * @param ranks - each person's rank in the category (1 for the best), null when not in it
 * @param places - how many places the contest awards: a whole number from 1
 * @returns the indexes of the listed people, best rank first, equal ranks in list order
 *
 * @example
 * placings([3, 1, null, 3, 5, 2], 3) // => [1, 5, 0, 3]
 */
export function placings(ranks: readonly (number | null)[], places: number): number[] {
  return ranks
    .map((rank, i) => ({ rank, i }))
    .filter((x): x is { rank: number; i: number } => x.rank !== null && x.rank <= places)
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.i);
}

/**
 * The order of each person in a category's listing as the sheet computes it, `rank + COUNTIF(the ranks
 * above, rank)`: a unique number per ranked person (1, 1, 3 becomes 1, 2, 3), so a listing can look up
 * its k-th line with MATCH(k, …). Blanks stay null.
 *
 * @param ranks - each person's rank in the category, null when not in it
 * @returns each person's listing order, or null
 *
 * @example
 * listingOrder([3, 1, null, 3, 1]) // => [3, 1, null, 4, 2]
 */
export function listingOrder(ranks: readonly (number | null)[]): (number | null)[] {
  const seen = new Map<number, number>();
  return ranks.map((rank) => {
    if (rank === null) return null;
    const before = seen.get(rank) ?? 0;
    seen.set(rank, before + 1);
    return rank + before;
  });
}
