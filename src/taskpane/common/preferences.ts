/**
 * The person's own preferences for the pane (not the workbook's: the plan lives in the workbook), kept in
 * the browser storage Office gives the add-in. Storage may be blocked (private windows, strict policies):
 * then nothing is remembered and nothing fails.
 */

const PREFIX = "KPIToolkit.";

/** A remembered flag, false when never set or when storage cannot be read. */
export function remembered(name: string): boolean {
  try {
    return globalThis.localStorage?.getItem(PREFIX + name) === "1";
  } catch {
    return false;
  }
}

/** Remembers a flag for the next time the pane opens. */
export function remember(name: string): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + name, "1");
  } catch {
    // Not remembered: the pane shows the same thing again next time, which is harmless.
  }
}
