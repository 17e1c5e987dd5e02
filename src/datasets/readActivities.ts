import type { Catalogue } from "../i18n/languages";
import { columnLetter } from "../excel/a1";
import { parseActivityType } from "./activityTypes";
import { ACTIVITY_EXTRA_HEADERS, COMPLETED_WORDS, normalizeHeader } from "./columns";
import type { ActivityRecord } from "./records";
import { labelKey } from "./keys";
import { cellText, columnPlace, describe, tally, type Context, type RowReader, type Tally } from "./readContext";

/**
 * Reading an activity log: the type column read against the known types (English and Chinese words),
 * a type the reader does not know kept as the data first wrote it and said once with its count, and
 * the count (1 a row when the log has no count column or the cell is blank).
 */

/** What an activities read tallies beside the rows: types not among the known ones. */
export interface ActivitiesContext {
  unknownTypes: Tally;
  /** The status column (a CRM task's Status), if the log has one: its grid column and header. */
  status?: { col: number; header: string };
  /** Rows left out because their status is not a completed one, by status. */
  notCompleted: Tally;
}

const WORDS: Catalogue<{
  unknownTypes(types: readonly { value: string; rows: number }[]): string;
  notCount(value: string): string;
  notCompleted(count: number, statuses: readonly { value: string; rows: number }[]): string;
  blank: string;
}> = {
  en: {
    unknownTypes: (types) =>
      `${types.length === 1 ? "an activity type that is" : `${types.length} activity types that are`} not among the known ones (calls, visits, meetings, proposals, new contacts, follow-ups, demos) ${types.length === 1 ? "is" : "are"} counted as written: ${types.map((t) => `"${t.value}" (${t.rows} row${t.rows === 1 ? "" : "s"})`).join(", ")}; give a quota in the plan (activity.quotas) to check ${types.length === 1 ? "it" : "them"}`,
    notCount: (value) => `${value} is not a count of activities (a whole number, 0 or more)`,
    notCompleted: (count, statuses) =>
      `${count} activity row${count === 1 ? " is" : "s are"} not completed and left out (only completed activities count): ${statuses.map((t) => `"${t.value}" (${t.rows} row${t.rows === 1 ? "" : "s"})`).join(", ")}`,
    blank: "blank",
  },
  "zh-CN": {
    unknownTypes: (types) =>
      `${types.length} 种活动类型不在已知类型（电话、拜访、会议、方案、新客户、跟进、演示）之中，按原文计数：${types.map((t) => `“${t.value}”（${t.rows} 行）`).join("、")}；如需考核，请在方案中（activity.quotas）为其设定指标`,
    notCount: (value) => `${value}不是有效的活动次数（应为 0 或正整数）`,
    notCompleted: (count, statuses) => `${count} 行活动未完成，未计入（只统计已完成的活动）：${statuses.map((t) => `“${t.value}”（${t.rows} 行）`).join("、")}`,
    blank: "空白",
  },
};

/**
 * What an activities read keeps beside the rows: the status column, when the header row has one that no
 * role took.
 */
export function activitiesContext(headerCells: readonly (string | null)[] = [], taken: readonly number[] = []): ActivitiesContext {
  const words = ACTIVITY_EXTRA_HEADERS.status.map(normalizeHeader);
  const col = headerCells.findIndex((h, i) => h !== null && !taken.includes(i) && words.includes(normalizeHeader(h)));
  return { unknownTypes: new Map(), notCompleted: new Map(), ...(col >= 0 ? { status: { col, header: headerCells[col] as string } } : {}) };
}

const COMPLETED = new Set<string>(COMPLETED_WORDS.map(normalizeHeader));

/**
 * Reads one row of an activity log, or records its problems and returns undefined.
 *
 * @example
 * // a row "2026-11-02, Ann, 电话, 3" → { date: 46328, rep: "Ann", type: "call", count: 3, ... }
 */
export function readActivityRow(r: RowReader<"activities">, ctx: Context<"activities">, a: ActivitiesContext): ActivityRecord | undefined {
  // A task not yet done (Not Started, In Progress, Deferred…) is not an activity: left out, and counted.
  if (a.status !== undefined) {
    const v = r.cellAt(a.status.col);
    const said = v === null ? "" : cellText(v).trim();
    if (!COMPLETED.has(normalizeHeader(said))) return tally(a.notCompleted, said === "" ? pick(ctx).blank : said, r.sheetRow);
  }
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
  if (a.status !== undefined && a.notCompleted.size > 0) {
    const statuses = [...a.notCompleted.values()].map((t) => ({ value: t.value, rows: t.rows.length }));
    const place = ctx.m.column(ctx.where.sheet, columnLetter(ctx.firstCol - 1 + a.status.col), a.status.header);
    ctx.warnings.push(ctx.m.at(place, pick(ctx).notCompleted(statuses.reduce((n, t) => n + t.rows, 0), statuses)));
  }
  if (a.unknownTypes.size === 0) return;
  const types = [...a.unknownTypes.values()].map((t) => ({ value: t.value, rows: t.rows.length }));
  ctx.warnings.push(ctx.m.at(columnPlace(ctx, "type"), pick(ctx).unknownTypes(types)));
}
