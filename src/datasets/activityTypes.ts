import type { Catalogue, Language } from "../i18n/languages";
import { normalizeHeader } from "./columns";

/**
 * The kinds of sales activity the reader knows, in English and Chinese: what reps log in a CRM (calls,
 * meetings, tasks) and what a 销售日报 template asks for (电话、拜访、会议、方案、新客户、跟进、演示).
 * A type the data writes otherwise (微信, Email) is kept as it comes and said once in a warning.
 */

/** The known activity types, in the order a daily report lists them. */
export const ACTIVITY_TYPES = ["call", "visit", "meeting", "proposal", "newContact", "followUp", "demo"] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Words that name each type, compared after `normalizeHeader` (case, width, spaces and punctuation ignored). */
const WORDS: { readonly [T in ActivityType]: readonly string[] } = {
  call: ["call", "calls", "phone", "phone call", "phone calls", "outbound call", "cold call", "电话", "通话", "打电话", "电话沟通", "电话拜访", "外呼"],
  visit: ["visit", "visits", "site visit", "customer visit", "field visit", "拜访", "上门", "上门拜访", "实地拜访", "面访", "外出拜访", "客户拜访"],
  meeting: ["meeting", "meetings", "event", "会议", "会面", "开会", "见面"],
  proposal: ["proposal", "proposals", "quote", "quotes", "quotation", "方案", "报价", "提交方案", "报价单", "方案报价"],
  newContact: ["new contact", "new contacts", "newcontact", "new customer", "new customers", "new lead", "new leads", "新客户", "新增客户", "新联系人", "新增联系人", "新客户开发"],
  followUp: ["follow-up", "follow-ups", "follow up", "follow ups", "followup", "回访", "跟进", "客户回访", "跟进回访"],
  demo: ["demo", "demos", "demonstration", "product demo", "演示", "产品演示"],
};

const INDEX = new Map<string, ActivityType>(ACTIVITY_TYPES.flatMap((type) => WORDS[type].map((word) => [normalizeHeader(word), type] as [string, ActivityType])));

/**
 * The known type a word names, ignoring case, width, spaces and punctuation.
 *
 * @param text - a cell of the type column, or a type the plan names
 * @returns the type's key, or null when the word is none of the known ones
 *
 * @example
 * parseActivityType("Phone Call") // => "call"
 * parseActivityType("上门拜访") // => "visit"
 * parseActivityType("微信") // => null
 */
export function parseActivityType(text: string): ActivityType | null {
  return INDEX.get(normalizeHeader(text)) ?? null;
}

/** True when a record's type is one of the known ones (not a text kept as the data wrote it). */
export function isActivityType(type: string): type is ActivityType {
  return (ACTIVITY_TYPES as readonly string[]).includes(type);
}

/** What each known type is called on a sheet. */
export const ACTIVITY_TYPE_LABELS: { readonly [T in ActivityType]: Catalogue<string> } = {
  call: { en: "Calls", "zh-CN": "电话" },
  visit: { en: "Visits", "zh-CN": "拜访" },
  meeting: { en: "Meetings", "zh-CN": "会议" },
  proposal: { en: "Proposals", "zh-CN": "方案" },
  newContact: { en: "New contacts", "zh-CN": "新客户" },
  followUp: { en: "Follow-ups", "zh-CN": "跟进" },
  demo: { en: "Demos", "zh-CN": "演示" },
};

/**
 * A record's type as a sheet shows it: a known type in the sheet's language, another as the data wrote it.
 *
 * @example
 * activityTypeLabel("call", "zh-CN") // => "电话"
 * activityTypeLabel("WeChat", "en") // => "WeChat"
 */
export function activityTypeLabel(type: string, language: Language): string {
  return isActivityType(type) ? ACTIVITY_TYPE_LABELS[type][language] : type;
}
