import type { Plan } from "../plan/schema";
import type { BuilderKind } from "../sheets/index";
import { CommissionForm } from "./commission/CommissionForm";
import type { ErrorLookup } from "./common/formParts";
import { FunnelForm } from "./funnel/FunnelForm";
import { ScorecardForm } from "./scorecard/ScorecardForm";
import { TargetsForm } from "./targets/TargetsForm";

export interface PlanFormProps {
  builder: BuilderKind;
  plan: Plan;
  onChange: (plan: Plan) => void;
  error: ErrorLookup;
}

/** The plan form of a builder, over the plan section of the same name. */
export function PlanForm({ builder, plan, onChange, error }: PlanFormProps) {
  switch (builder) {
    case "scorecard":
      return <ScorecardForm value={plan.scorecard} onChange={(scorecard) => onChange({ ...plan, scorecard })} error={error} />;
    case "targets":
      return <TargetsForm value={plan.targets} onChange={(targets) => onChange({ ...plan, targets })} error={error} />;
    case "funnel":
      return <FunnelForm value={plan.funnel} onChange={(funnel) => onChange({ ...plan, funnel })} error={error} />;
    case "commission":
      return <CommissionForm value={plan.commission} onChange={(commission) => onChange({ ...plan, commission })} error={error} />;
  }
}
