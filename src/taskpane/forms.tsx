import { type ComponentType, lazy, Suspense } from "react";
import { Spinner } from "@fluentui/react-components";
import { useI18n } from "./common/I18nContext";
import type { Plan } from "../reviews/plan";
import type { ReviewKind } from "../reviews/registry";
import { ACTIVITY_LABELS } from "./activity/labels";
import { activityPane } from "./activity/pane";
import { COMMISSION_LABELS } from "./commission/labels";
import { commissionPane } from "./commission/pane";
import type { ErrorLookup, SectionFormProps } from "./common/formParts";
import type { ReviewPane } from "./common/reviewPane";
import { FUNNEL_LABELS } from "./funnel/labels";
import { funnelPane } from "./funnel/pane";
import { LEADERBOARD_LABELS } from "./leaderboard/labels";
import { PROGRESS_LABELS } from "./progress/labels";
import { SCORECARD_LABELS } from "./scorecard/labels";
import { scorecardPane } from "./scorecard/pane";
import { TARGETS_LABELS } from "./targets/labels";
import { targetsPane } from "./targets/pane";

/**
 * Each review's part of the pane, keyed by its kind: its plan form, the form's words and what the pane
 * does with its section of the plan (src/taskpane/<kind>/). A review in the registry without an entry
 * here does not compile. This is the one file of the pane, outside the reviews' own folders, that names
 * them; the flow reaches each through this record. It is part of the pane's first chunk, so it does not
 * import the registry: a review's name and help come from the engine.
 */
/**
 * A review's plan form, loaded when the plan step first shows it: the forms (and the Fluent controls
 * only they use) are one chunk of their own, out of the pane's first paint.
 */
function lazyForm<K extends ReviewKind>(load: () => Promise<ComponentType<SectionFormProps<K>>>): ComponentType<SectionFormProps<K>> {
  return lazy(async () => ({ default: await load() })) as unknown as ComponentType<SectionFormProps<K>>;
}

export const REVIEW_PANES: { readonly [K in ReviewKind]: ReviewPane<K> } = {
  scorecard: { Form: lazyForm(async () => (await import(/* webpackChunkName: "forms" */ "./scorecard/ScorecardForm")).ScorecardForm), labels: SCORECARD_LABELS, ...scorecardPane },
  targets: { Form: lazyForm(async () => (await import(/* webpackChunkName: "forms" */ "./targets/TargetsForm")).TargetsForm), labels: TARGETS_LABELS, ...targetsPane },
  funnel: { Form: lazyForm(async () => (await import(/* webpackChunkName: "forms" */ "./funnel/FunnelForm")).FunnelForm), labels: FUNNEL_LABELS, ...funnelPane },
  commission: { Form: lazyForm(async () => (await import(/* webpackChunkName: "forms" */ "./commission/CommissionForm")).CommissionForm), labels: COMMISSION_LABELS, ...commissionPane },
  progress: { Form: lazyForm(async () => (await import(/* webpackChunkName: "forms" */ "./progress/ProgressForm")).ProgressForm), labels: PROGRESS_LABELS },
  leaderboard: { Form: lazyForm(async () => (await import(/* webpackChunkName: "forms" */ "./leaderboard/LeaderboardForm")).LeaderboardForm), labels: LEADERBOARD_LABELS },
  activity: { Form: lazyForm(async () => (await import(/* webpackChunkName: "forms" */ "./activity/ActivityForm")).ActivityForm), labels: ACTIVITY_LABELS, ...activityPane },
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
  const { t } = useI18n();
  const Form = REVIEW_PANES[builder].Form as ComponentType<SectionFormProps<ReviewKind>>;
  return (
    <Suspense fallback={<Spinner size="small" label={t.working} />}>
      <Form name={name} value={plan[builder]} onChange={(section) => onChange({ ...plan, [builder]: section })} error={error} />
    </Suspense>
  );
}
