import type { ComponentType } from "react";
import type { Dataset } from "../../datasets/records";
import type { Catalogue } from "../../i18n/languages";
import type { Plan } from "../../reviews/plan";
import type { ReviewKind } from "../../reviews/registry";
import type { SectionFormProps } from "./formParts";
import type { Engine } from "./loadEngine";
import type { FieldIssue } from "./planIssues";
import type { ChosenSource } from "./sources";
import type { KpiDirection } from "../../datasets/records";
import type { WideLayout } from "../../datasets/scoresLayout";
import type { KpiSettingView } from "./WideScoresMapper";

/** The sources chosen for a build, each with its grid and the columns chosen, by dataset. */
export type ChosenSources = Partial<Record<Dataset, ChosenSource>>;

/**
 * What a review brings to the pane, beside its definition in the registry (name, help, datasets): its
 * plan form, the words of that form, and what the pane does with its section of the plan. Every hook is
 * optional and changes only the review's own section; the flow calls them without knowing which review
 * it is running. src/taskpane/forms.tsx lists one per review, keyed by kind.
 */
export interface ReviewPane<K extends ReviewKind> {
  /** Edits the review's section of the plan. */
  Form: ComponentType<SectionFormProps<K>>;
  /** The form's words in every language. */
  labels: Catalogue<Readonly<Record<string, string>>>;
  /**
   * The plan as the form starts from it: numbers shown the way the form edits them, defaults written
   * out so they can be changed. `fresh` is true for a new plan (every default, in `plan.language`).
   */
  draft?: (plan: Plan, fresh: boolean) => Plan;
  /**
   * What the data chosen proposes for the section, taken when the plan step opens after the columns.
   * It computes with the engine it is given, so the calculation core stays out of the first chunk.
   */
  fromData?: (plan: Plan, sources: ChosenSources, engine: Engine) => Plan;
  /**
   * What the data chosen says that the form shows beside its fields (a direction column, what a KPI's
   * name suggests), by the form's own keys; read with `useDataNotes`.
   */
  notes?: (plan: Plan, sources: ChosenSources, engine: Engine) => Readonly<Record<string, string>>;
  /** The section as the columns chosen complete it: what is checked, previewed, built and saved. */
  withSources?: (plan: Plan, sources: ChosenSources) => Plan;
  /** The pane's own checks of the section, beyond the plan schema's: each field's issue, by path. */
  check?: (plan: Plan) => ReadonlyMap<string, FieldIssue>;
  /**
   * Words for a rule of the section's schema (a custom issue), by its path inside the section
   * (["kpis", 0, "cap"]); undefined for a rule it does not word.
   */
  rule?: (path: readonly PropertyKey[]) => Catalogue<string> | undefined;
  /**
   * On a KPI sheet with one row per person, what the column step shows and changes beside each KPI's
   * columns: `read` what the data chosen says (once per choice of sources), `show` each KPI's weight and
   * direction and where each comes from, `change` the plan with one of them changed.
   */
  kpiSettings?: {
    read: (plan: Plan, sources: ChosenSources, engine: Engine) => unknown;
    show: (plan: Plan, read: unknown, layout: WideLayout) => ReadonlyMap<string, KpiSettingView>;
    change: (plan: Plan, read: unknown, kpi: string, patch: { weight?: number; direction?: KpiDirection }) => Plan;
  };
}

/** The hooks of a review's pane, for the module that holds its logic beside its form. */
export type PaneHooks = Omit<ReviewPane<ReviewKind>, "Form" | "labels">;
