import type { ComponentType } from "react";
import type { Plan } from "../reviews/plan";
import type { ReviewKind } from "../reviews/registry";
import { CommissionForm } from "./commission/CommissionForm";
import { COMMISSION_LABELS } from "./commission/labels";
import type { ErrorLookup, SectionFormProps } from "./common/formParts";
import type { ReviewPane } from "./common/reviewPane";
import { FunnelForm } from "./funnel/FunnelForm";
import { FUNNEL_LABELS } from "./funnel/labels";
import { SCORECARD_LABELS } from "./scorecard/labels";
import { ScorecardForm } from "./scorecard/ScorecardForm";
import { TARGETS_LABELS } from "./targets/labels";
import { TargetsForm } from "./targets/TargetsForm";

/**
 * Each review's part of the pane, keyed by its kind: its plan form and the form's words
 * (src/taskpane/<kind>/). A review in the registry without an entry here does not compile. It is part of
 * the pane's first chunk, so it does not import the registry: a review's name and help come from the
 * engine.
 */
export const REVIEW_PANES: { readonly [K in ReviewKind]: ReviewPane<K> } = {
  scorecard: { Form: ScorecardForm, labels: SCORECARD_LABELS },
  targets: { Form: TargetsForm, labels: TARGETS_LABELS },
  funnel: { Form: FunnelForm, labels: FUNNEL_LABELS },
  commission: { Form: CommissionForm, labels: COMMISSION_LABELS },
};

export interface PlanFormProps {
  builder: ReviewKind;
  /** The review's name in the pane's language, from its definition. */
  name: string;
  plan: Plan;
  onChange: (plan: Plan) => void;
  error: ErrorLookup;
}

/** The plan form of a review, over the plan section of the same name. */
export function PlanForm({ builder, name, plan, onChange, error }: PlanFormProps) {
  const Form = REVIEW_PANES[builder].Form as ComponentType<SectionFormProps<ReviewKind>>;
  return <Form name={name} value={plan[builder]} onChange={(section) => onChange({ ...plan, [builder]: section })} error={error} />;
}
