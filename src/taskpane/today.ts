import { dateSerial } from "../core/text/parseDate";

/** Today on this computer as an Excel date serial: the review date when neither plan nor data gives one. */
export function todaySerial(now: Date = new Date()): number {
  return dateSerial(now.getFullYear(), now.getMonth() + 1, now.getDate()) as number;
}
