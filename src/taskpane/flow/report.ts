import { READ_MESSAGES } from "../../datasets/readMessages";
import { LANGUAGES } from "../../i18n/languages";
import type { Review } from "../../reviews/build";
import { messageOf } from "../common/BuildPanel";
import type { Engine } from "../common/loadEngine";
import type { MessageFeedApi } from "../common/MessageFeed";
import { format, type MessageKey, type Messages } from "../i18n";

/** Reports a failed read with every problem it found, or any other failure with its message. */
export function reportFailure(engine: Engine | null, feed: MessageFeedApi, error: unknown, key: MessageKey): void {
  if (engine && error instanceof engine.ReadError) {
    const more = error.more;
    const details = more > 0 ? [...error.messages, (m: Messages) => format(m.readMore, { count: more })] : [...error.messages];
    feed.report({ intent: "error", text: (t) => t.readFailed, details });
  } else {
    feed.report({ intent: "error", text: (t) => format(t[key], { message: messageOf(error) }) });
  }
}

/**
 * Whether a warning only says a total row was left out (合计, Total, or a row that sums the rows above):
 * routine for sheets people keep, so it is told as information, not as a warning.
 */
export function isRoutineSkip(warning: string): boolean {
  return LANGUAGES.some((language) => {
    const m = READ_MESSAGES[language];
    const [before, after] = m.totalRow("\u0000").split("\u0000");
    return warning.endsWith(m.sumRow()) || (warning.includes(before) && warning.endsWith(after));
  });
}

/** Reports the rows a build left out, if any: total rows as a note, anything else as a warning. */
export function reportWarnings(feed: MessageFeedApi, review: Review): void {
  const routine = review.warnings.filter(isRoutineSkip);
  const other = review.warnings.filter((w) => !isRoutineSkip(w));
  if (other.length > 0) feed.report({ intent: "warning", text: (t) => t.buildWarnings, details: other });
  if (routine.length > 0) feed.report({ intent: "info", text: (t) => t.totalRowsSkipped, details: routine });
}
