import { fieldPath } from "../../plan/fieldPath";
import { unknownKeys } from "../../plan/unknownKeys";
import { type Plan, parsePlan, planSchema } from "../../reviews/plan";
import type { ReviewKind } from "../../reviews/registry";
import { format, type Language, MESSAGES } from "../i18n";
import { fieldIssue, issueText } from "./planIssues";
import type { PaneHooks } from "./reviewPane";

/** The file name the settings view exports the plan under (the command line's `--plan` file). */
export const PLAN_FILE_NAME = "kpi-plan.json";

/**
 * The plan as the command line's plan file: the JSON `kpi-toolkit … --plan FILE` reads (parsePlan),
 * every default written out, two-space indented, one newline at the end.
 *
 * @example
 * planFileText(defaultPlan()) // => '{\n  "version": 1,\n  "language": "en",\n ...}\n'
 */
export function planFileText(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** What a plan file holds: the plan, or why it is not one, each problem naming its field. */
export type PlanFileResult = { ok: true; plan: Plan } | { ok: false; notJson: string } | { ok: false; errors: string[] };

/**
 * Reads a plan file (or the plan as edited in the settings view) exactly as the command line does:
 * JSON (a byte-order mark allowed), then the same parser, parsePlan. Whether it is a plan is parsePlan's
 * answer; its problems are told in the pane's language, each naming its field
 * ("scorecard.kpis[1].weight: Must be 0 or more."), an unknown key with the nearest known one.
 *
 * @param rule - a review's words for a rule of its section (REVIEW_PANES[kind].rule)
 */
export function readPlanFile(text: string, language: Language, rule: (kind: ReviewKind, path: readonly PropertyKey[]) => ReturnType<NonNullable<PaneHooks["rule"]>> = () => undefined): PlanFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, notJson: (error as Error).message };
  }
  const parsed = parsePlan(json);
  if (parsed.ok) return { ok: true, plan: parsed.plan };
  // parsePlan words unknown keys in the plan's own language; the same check in the pane's.
  const unknownCount = unknownKeys(planSchema, json).length;
  const inPaneLanguage = typeof json === "object" && json !== null && !Array.isArray(json) ? parsePlan({ ...json, language }) : parsed;
  // Its line is "field: words"; the colon after the field as the pane's language writes it.
  const unknown = inPaneLanguage.ok ? [] : inPaneLanguage.errors.slice(0, unknownCount).map((line) => line.replace(/^([^:]*): /, (_, field: string) => format(MESSAGES[language].named, { label: field, text: "" })));
  const checked = planSchema.safeParse(json);
  const issues = checked.success
    ? []
    : checked.error.issues.map((issue) => {
        const t = MESSAGES[language];
        const kind = String(issue.path[0] ?? "") as ReviewKind;
        // A choice the forms offer as a list (a language, a direction) is one a file can misspell.
        const text =
          issue.code === "invalid_value"
            ? format(t.errOneOf, { options: issue.values.map((v) => format(t.quoted, { text: String(v) })).join(t.listSeparator) })
            : issueText(fieldIssue(issue, kind, (path) => rule(kind, path)), language);
        return format(t.named, { label: fieldPath(issue.path) || "plan", text });
      });
  const errors = [...unknown, ...issues];
  // Whatever parsePlan refused, the person is told something: its own words when none of the above says it.
  return { ok: false, errors: errors.length > 0 ? errors : parsed.errors };
}
