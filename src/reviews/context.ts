import type { Language } from "../i18n/languages";
import type { Plan } from "./plan";
import { dateSerial, serialToDate } from "../core/text/parseDate";

/** What every builder needs besides its data: the plan, the language, and the dates the review is about. */
export interface BuildContext {
  plan: Plan;
  language: Language;
  /** The review date as an Excel serial: days in stage and proration count to it. */
  asOf: number;
  periodStart: number;
  periodEnd: number;
}

function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  const serial = dateSerial(y, m, d);
  if (serial === null) throw new Error(`${iso} is not a date`);
  return serial;
}

/**
 * Fixes the review's dates: asOf from the plan, else the latest date found in the data (so a build of
 * the same file gives the same sheet every day), else today; the period from the plan, else asOf's year.
 *
 * @param plan - the validated plan
 * @param latestDataDate - the latest date serial in the data, if any
 * @param today - the date serial to fall back on
 */
export function buildContext(plan: Plan, latestDataDate: number | null, today: number): BuildContext {
  const asOf = plan.asOf ? isoToSerial(plan.asOf) : (latestDataDate ?? today);
  const year = serialToDate(asOf).year;
  return {
    plan,
    language: plan.language,
    asOf,
    periodStart: plan.period ? isoToSerial(plan.period.start) : (dateSerial(year, 1, 1) as number),
    periodEnd: plan.period ? isoToSerial(plan.period.end) : (dateSerial(year, 12, 31) as number),
  };
}
