import { Body1, Switch } from "@fluentui/react-components";
import type { Plan } from "../../reviews/plan";
import { BuildPanel, sheetList } from "../common/BuildPanel";
import { useI18n } from "../common/I18nContext";
import { Preview } from "../common/Preview";
import { format } from "../i18n";
import type { ComputedReview } from "./computeReview";
import { useFlowStyles } from "./styles";

export interface BuildStepProps {
  /** The review computed on entering the step; null when it could not be (the message area says why). */
  computed: ComputedReview | null;
  /** Replace the sheets the add-in made before, rather than write beside them. */
  replace: boolean;
  onReplaceChange: (replace: boolean) => void;
  /** Called with the plan saved once the sheets are written. */
  onBuilt: (plan: Plan) => void;
  /** The review's headline columns, shown right after the name in the preview. */
  headline?: (language: Plan["language"]) => readonly string[];
}

/** The last step: a preview of the review sheet, the sheets it writes, and the build. */
export function BuildStep({ computed, replace, onReplaceChange, onBuilt, headline }: BuildStepProps) {
  const { t } = useI18n();
  const styles = useFlowStyles();
  // The review sheet is the first sheet that is not a data copy.
  const sheet = computed?.review.sheets.find((s) => s.purpose !== "data");
  if (!computed || !sheet) return null;
  return (
    <>
      <Preview sheet={sheet} summary={computed.review.summary} first={headline?.(computed.plan.language)} />
      <Body1 as="p" className={styles.paragraph}>
        {format(t.sheetsToWrite, { sheets: sheetList(computed.review.sheets.map((s) => s.name), t) })}
      </Body1>
      <Switch label={t.replaceSheets} checked={replace} onChange={(_, data) => onReplaceChange(data.checked)} />
      <BuildPanel label={t.build} replace={replace} prepare={async () => ({ build: computed.review, plan: computed.plan })} onBuilt={(job) => onBuilt(job.plan)} />
    </>
  );
}
