import type { ComponentType } from "react";
import type { Plan } from "../reviews/plan";
import type { ReviewKind } from "../reviews/registry";
import { CommissionForm } from "./commission/CommissionForm";
import type { ErrorLookup, SectionFormProps } from "./common/formParts";
import { FunnelForm } from "./funnel/FunnelForm";
import { ScorecardForm } from "./scorecard/ScorecardForm";
import { TargetsForm } from "./targets/TargetsForm";

/**
 * The plan form of each review, keyed by its kind: a review in the registry without a form here does
 * not compile. Each form edits its review's section of the plan.
 */
const FORMS: { [K in ReviewKind]: ComponentType<SectionFormProps<K>> } = {
  scorecard: ScorecardForm,
  targets: TargetsForm,
  funnel: FunnelForm,
  commission: CommissionForm,
};

export interface PlanFormProps {
  builder: ReviewKind;
  plan: Plan;
  onChange: (plan: Plan) => void;
  error: ErrorLookup;
}

/** The plan form of a review, over the plan section of the same name. */
export function PlanForm({ builder, plan, onChange, error }: PlanFormProps) {
  const Form = FORMS[builder] as ComponentType<SectionFormProps<ReviewKind>>;
  return <Form value={plan[builder]} onChange={(section) => onChange({ ...plan, [builder]: section })} error={error} />;
}
