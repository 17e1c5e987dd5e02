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
 * Reports the rows a build left out, if any: total rows as a note (the engine's `isRoutineSkip`: the
 * reader's words for them stay out of the first chunk), anything else as a warning.
 */
export function reportWarnings(engine: Engine, feed: MessageFeedApi, review: Review): void {
  const routine = review.warnings.filter(engine.isRoutineSkip);
  const other = review.warnings.filter((w) => !engine.isRoutineSkip(w));
  if (other.length > 0) feed.report({ intent: "warning", text: (t) => t.buildWarnings, details: other });
  if (routine.length > 0) feed.report({ intent: "info", text: (t) => t.totalRowsSkipped, details: routine });
}
