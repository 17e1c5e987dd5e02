import { editDistance } from "../core/text/editDistance";

/**
 * The nearest of some words to a misspelt one, for "did you mean" messages: `"dirction"` → `"direction"`.
 */

/**
 * The known word nearest to `word`, when it is near enough to be a slip: at most a third of its length
 * away (and at most 3), or the same word in another case or with `_`/`-` for a capital.
 *
 * @param word - what was written
 * @param known - the words that would have been understood
 * @returns the nearest, or null when none is close
 *
 * @example
 * nearest("dirction", ["name", "weight", "direction", "threshold"]) // => "direction"
 * nearest("colour", ["name", "weight"]) // => null
 */
export function nearest(word: string, known: readonly string[]): string | null {
  const squash = (w: string): string => w.toLowerCase().replace(/[_\-\s]/g, "");
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = squash(candidate) === squash(word) ? 0 : editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  return best !== null && bestDistance <= allowed ? best : null;
}
