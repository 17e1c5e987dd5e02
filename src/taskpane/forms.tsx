import type { ComponentType } from "react";
import type { Plan } from "../reviews/plan";
import type { ReviewKind } from "../reviews/registry";
import { ActivityForm } from "./activity/ActivityForm";
import { ACTIVITY_LABELS } from "./activity/labels";
import { activityPane } from "./activity/pane";
import { CommissionForm } from "./commission/CommissionForm";
import { COMMISSION_LABELS } from "./commission/labels";
import { commissionPane } from "./commission/pane";
import type { ErrorLookup, SectionFormProps } from "./common/formParts";
import type { ReviewPane } from "./common/reviewPane";
import { FunnelForm } from "./funnel/FunnelForm";
import { FUNNEL_LABELS } from "./funnel/labels";
import { funnelPane } from "./funnel/pane";
import { LEADERBOARD_LABELS } from "./leaderboard/labels";
import { LeaderboardForm } from "./leaderboard/LeaderboardForm";
import { PROGRESS_LABELS } from "./progress/labels";
import { ProgressForm } from "./progress/ProgressForm";
import { SCORECARD_LABELS } from "./scorecard/labels";
import { scorecardPane } from "./scorecard/pane";
import { ScorecardForm } from "./scorecard/ScorecardForm";
import { TARGETS_LABELS } from "./targets/labels";
import { targetsPane } from "./targets/pane";
import { TargetsForm } from "./targets/TargetsForm";

/**
 * Each review's part of the pane, keyed by its kind: its plan form, the form's words and what the pane
 * does with its section of the plan (src/taskpane/<kind>/). A review in the registry without an entry
 * here does not compile. This is the one file of the pane, outside the reviews' own folders, that names
 * them; the flow reaches each through this record. It is part of the pane's first chunk, so it does not
 * import the registry: a review's name and help come from the engine.
 */
export const REVIEW_PANES: { readonly [K in ReviewKind]: ReviewPane<K> } = {
  scorecard: { Form: ScorecardForm, labels: SCORECARD_LABELS, ...scorecardPane },
  targets: { Form: TargetsForm, labels: TARGETS_LABELS, ...targetsPane },
  funnel: { Form: FunnelForm, labels: FUNNEL_LABELS, ...funnelPane },
  commission: { Form: CommissionForm, labels: COMMISSION_LABELS, ...commissionPane },
  progress: { Form: ProgressForm, labels: PROGRESS_LABELS },
  leaderboard: { Form: LeaderboardForm, labels: LEADERBOARD_LABELS },
  activity: { Form: ActivityForm, labels: ACTIVITY_LABELS, ...activityPane },
};

/** Every review's pane, in the order of the record. */
const PANES: readonly ReviewPane<ReviewKind>[] = Object.values(REVIEW_PANES) as ReviewPane<ReviewKind>[];

/**
 * The plan as the forms start from it, each review's section drafted by its pane (KPI weights as
 * percentages, the funnel's stages written out). `fresh` for a new plan, whose defaults each review may
 * write in the plan's language.
 */
export function draftFromPlan(plan: Plan, fresh = false): Plan {
  return PANES.reduce((draft, pane) => (pane.draft ? pane.draft(draft, fresh) : draft), plan);
}

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
