import type { Catalogue } from "../i18n/languages";
import { parseActivityType } from "./activityTypes";
import type { ActivityRecord } from "./records";
import { labelKey } from "./keys";
import { columnPlace, describe, tally, type Context, type RowReader, type Tally } from "./readContext";

/**
 * Reading an activity log: the type column read against the known types (English and Chinese words),
 * a type the reader does not know kept as the data first wrote it and said once with its count, and
 * the count (1 a row when the log has no count column or the cell is blank).
 */

/** What an activities read tallies beside the rows: types not among the known ones. */
export interface ActivitiesContext {
  unknownTypes: Tally;
}

const WORDS: Catalogue<{ unknownTypes(types: readonly { value: string; rows: number }[]): string; notCount(value: string): string }> = {
  en: {
    unknownTypes: (types) =>
      `${types.length === 1 ? "an activity type that is" : `${types.length} activity types that are`} not among the known ones (calls, visits, meetings, proposals, new contacts, follow-ups, demos) ${types.length === 1 ? "is" : "are"} counted as written: ${types.map((t) => `"${t.value}" (${t.rows} row${t.rows === 1 ? "" : "s"})`).join(", ")}; give a quota in the plan (activity.quotas) to check ${types.length === 1 ? "it" : "them"}`,
    notCount: (value) => `${value} is not a count of activities (a whole number, 0 or more)`,
  },
  "zh-CN": {
    unknownTypes: (types) =>
      `${types.length} 种活动类型不在已知类型（电话、拜访、会议、方案、新客户、跟进、演示）之中，按原文计数：${types.map((t) => `“${t.value}”（${t.rows} 行）`).join("、")}；如需考核，请在方案中（activity.quotas）为其设定指标`,
    notCount: (value) => `${value}不是有效的活动次数（应为 0 或正整数）`,
  },
};

export function activitiesContext(): ActivitiesContext {
  return { unknownTypes: new Map() };
}

/**
 * Reads one row of an activity log, or records its problems and returns undefined.
 *
 * @example
 * // a row "2026-11-02, Ann, 电话, 3" → { date: 46328, rep: "Ann", type: "call", count: 3, ... }
 */
export function readActivityRow(r: RowReader<"activities">, ctx: Context<"activities">, a: ActivitiesContext): ActivityRecord | undefined {
  const date = r.date("date", true);
  const rep = r.text("rep", true);
  const typeText = r.text("type", true);
  let count = r.number("count");
  if (count === null) count = 1;
  else if (count !== undefined && (count < 0 || !Number.isInteger(count))) {
    count = r.problem("count", pick(ctx).notCount(describe(r.raw("count"), ctx.m)));
  }
  const team = r.text("team");
  const customer = r.text("customer");
  const deal = r.text("deal");
  const outcome = r.text("outcome");
  if ([date, rep, typeText, count, team, customer, deal, outcome].some((v) => v === undefined)) return undefined;
  // Unknown: counted under the first way the data wrote it, so "WeChat" and "wechat " are one type.
  let type: string | null = parseActivityType(typeText as string);
  if (type === null) {
    tally(a.unknownTypes, typeText as string, r.sheetRow);
    type = (a.unknownTypes.get(labelKey(typeText as string)) as { value: string }).value;
  }
  return { row: r.sheetRow, date: date!, rep: rep!, type, count: count!, team: team!, customer: customer!, deal: deal!, outcome: outcome! };
}

function pick(ctx: Context<"activities">) {
  return WORDS[ctx.m.language];
}

/** The one warning about types the reader does not know, naming the column and each type with its rows. */
export function activityWarnings(ctx: Context<"activities">, a: ActivitiesContext): void {
  if (a.unknownTypes.size === 0) return;
  const types = [...a.unknownTypes.values()].map((t) => ({ value: t.value, rows: t.rows.length }));
  ctx.warnings.push(ctx.m.at(columnPlace(ctx, "type"), pick(ctx).unknownTypes(types)));
}
