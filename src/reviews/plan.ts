import type { z } from "zod";
import type { Dataset } from "../datasets/records";
import type { ReadOptions } from "../datasets/readDataset";
import { composePlan, PLAN_VERSION } from "../plan/schema";
import { fieldPath } from "../plan/fieldPath";
import { unknownKeys } from "../plan/unknownKeys";
import { planIssueText } from "../plan/words";
import type { Language } from "../i18n/languages";
import zhCN from "zod/v4/locales/zh-CN.cjs";
import { REVIEWS, type ReviewDefinitionOf } from "./registry";

/**
 * The whole plan: the common fields (src/plan/schema.ts) and each review's section under its kind,
 * composed from the registry, so a new review's settings join the plan, its parsing and its messages
 * without another file naming it.
 */

type Sections = { [R in ReviewDefinitionOf as R["kind"]]: R["plan"] };

const sections = Object.fromEntries(REVIEWS.map((r) => [r.kind, r.plan])) as Sections;

export const planSchema = composePlan(sections);

/** A validated plan with every default filled in. */
export type Plan = z.output<typeof planSchema>;
/** A plan as a person writes it: everything but the version may be left out. */
export type PlanInput = z.input<typeof planSchema>;

export { PLAN_VERSION };
export type { KpiDefinition } from "./scorecard/plan";
export type { Stage } from "./funnel/plan";

export type PlanResult = { ok: true; plan: Plan } | { ok: false; errors: string[] };

/** The words of a plan error parsePlan writes itself (the schemas' own are in plan/words.ts, zod's from its locale). */
const PARSE_WORDS = {
  en: {
    unknown: (key: string, suggestion: string | null, known: readonly string[]) =>
      `"${key}" is not a setting here; ${suggestion === null ? `the settings here are ${known.map((k) => `"${k}"`).join(", ")}` : `did you mean "${suggestion}"?`}`,
    missing: (expected: string) => `missing: this setting is required (expected ${expected})`,
    tooMany: (count: number, limit: number) =>
      `${count.toLocaleString("en-US")} entries, more than the ${limit.toLocaleString("en-US")} a plan may hold here (each becomes rows or columns of a review sheet); keep the ones the review needs, or split the plan in several`,
  },
  "zh-CN": {
    unknown: (key: string, suggestion: string | null, known: readonly string[]) =>
      `“${key}”不是此处的设置项；${suggestion === null ? `此处可用的设置项有 ${known.map((k) => `“${k}”`).join("、")}` : `是否想写“${suggestion}”？`}`,
    missing: (expected: string) => `缺少此项：必须填写（应为${EXPECTED_ZH[expected] ?? expected}）`,
    tooMany: (count: number, limit: number) =>
      `共${count.toLocaleString("en-US")}项，超过方案此处最多可填的${limit.toLocaleString("en-US")}项（每一项都会成为评审表中的行或列）；请只保留评审需要的项，或拆分为多份方案`,
  },
} as const;

/** zod's own messages (a number where text was written, a value not among the choices) in Chinese. */
const ZOD_ZH = zhCN();

/** zod's names of the types a field expects, as a Chinese plan says them. */
const EXPECTED_ZH: Readonly<Record<string, string>> = { number: "数字", int: "整数", string: "文本", boolean: "true 或 false", object: "对象", array: "列表", date: "日期" };

/** The value at a path of the plan as written, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Validates a plan object (parsed JSON, or what the pane saved) and fills in the defaults.
 * Every error names the field and says what is expected: `scorecard.kpis[1].weight: must be 0 or more`;
 * a key the plan does not know is an error naming the nearest known key
 * (`scorecard.kpis[0].dirction: "dirction" is not a setting here; did you mean "direction"?`), so a typo
 * never falls back to a default without a word. Its own messages follow the plan's language.
 *
 * @example
 * parsePlan({ version: 1 }) // => { ok: true, plan: { version: 1, language: "en", ... } }
 */
export function parsePlan(input: unknown, language?: Language): PlanResult {
  const said = language ?? (valueAt(input, ["language"]) === "zh-CN" ? "zh-CN" : "en");
  const words = PARSE_WORDS[said];
  const unknown = unknownKeys(planSchema, input).map((u) => `${fieldPath([...u.path, u.key])}: ${words.unknown(u.key, u.suggestion, u.known)}`);
  const result = planSchema.safeParse(input, said === "zh-CN" ? { error: ZOD_ZH.localeError } : undefined);
  if (result.success && unknown.length === 0) return { ok: true, plan: result.data };
  const issues = result.success ? [] : result.error.issues;
  return {
    ok: false,
    errors: [
      ...unknown,
      ...issues.map((issue: z.core.$ZodIssue) => {
        const missing = issue.code === "invalid_type" && issue.path.length > 0 && valueAt(input, issue.path) === undefined;
        const list = valueAt(input, issue.path);
        const tooMany = issue.code === "too_big" && issue.origin === "array" && Array.isArray(list);
        const message = missing
          ? words.missing(issue.expected)
          : tooMany
            ? words.tooMany(list.length, Number(issue.maximum))
            : (planIssueText(issue, said) ?? issue.message);
        return `${fieldPath(issue.path) || "plan"}: ${message}`;
      }),
    ],
  };
}

/** The plan used when none is given: every default, for a standard layout. */
export function defaultPlan(): Plan {
  return planSchema.parse({ version: PLAN_VERSION });
}

/**
 * The reading options a plan gives for one dataset: its column overrides, the language its problems are
 * told in (the plan's), and what each review's
 * section says about reading it (the funnel's stages, the commission's product lines, the targets'
 * weight column).
 *
 * @example
 * readOptionsFromPlan(defaultPlan(), "deals") // => { columns: undefined, language: "en" }
 */
export function readOptionsFromPlan(plan: Plan, dataset: Dataset): ReadOptions {
  const options: ReadOptions = { columns: plan.sources[dataset]?.columns, language: plan.language };
  const pairs = plan.sources[dataset]?.pairs;
  if (pairs !== undefined) options.pairs = pairs;
  if (Object.keys(plan.currency.symbols).length > 0) options.currencySymbols = plan.currency.symbols;
  // A month label without a year (1月, Jan) is in the plan period's year.
  const year = (plan.period?.start ?? plan.asOf)?.slice(0, 4);
  if (year !== undefined) options.defaultYear = Number(year);
  for (const review of REVIEWS) {
    if (!review.readOptions) continue;
    const section = plan[review.kind] as never;
    Object.assign(options, (review.readOptions as (section: never, dataset: Dataset) => Partial<ReadOptions>)(section, dataset));
  }
  return options;
}
