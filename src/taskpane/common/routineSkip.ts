import { READ_MESSAGES } from "../../datasets/readMessages";
import { LANGUAGES } from "../../i18n/languages";

/**
 * Whether a warning only says a total row was left out (合计, Total, or a row that sums the rows above):
 * routine for sheets people keep, so the pane tells it as information, not as a warning.
 *
 * @example
 * isRoutineSkip('Sheet "Team", row 15: left out the total row ("Total")') // => true
 */
export function isRoutineSkip(warning: string): boolean {
  return LANGUAGES.some((language) => {
    const m = READ_MESSAGES[language];
    const [before, after] = m.totalRow("\u0000").split("\u0000");
    return warning.endsWith(m.sumRow()) || (warning.includes(before) && warning.endsWith(after));
  });
}
