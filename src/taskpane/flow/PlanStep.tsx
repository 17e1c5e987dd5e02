import type { Plan } from "../../reviews/plan";
import type { ReviewKind } from "../../reviews/registry";
import { ChoiceField } from "../common/ChoiceField";
import { type DataNotes, DataNotesContext } from "../common/dataNotes";
import { TextField } from "../common/fields";
import { type ErrorLookup, Section } from "../common/formParts";
import { useI18n, useLabels } from "../common/I18nContext";
import { PlanForm } from "../forms";
import { LANGUAGE_NAMES, LANGUAGES, type Messages } from "../i18n";

interface PeriodFieldsProps {
  draft: Plan;
  setDraft: (plan: Plan) => void;
  error: ErrorLookup;
  t: Messages;
}

/** The plan period's two dates; blank both for the calendar year of the review date. */
function PeriodFields({ draft, setDraft, error, t }: PeriodFieldsProps) {
  const start = draft.period?.start ?? "";
  const end = draft.period?.end ?? "";
  const set = (nextStart: string, nextEnd: string): void => {
    const { period: _old, ...rest } = draft;
    setDraft(nextStart.trim() === "" && nextEnd.trim() === "" ? rest : { ...rest, period: { start: nextStart.trim(), end: nextEnd.trim() } });
  };
  return (
    <>
      <TextField label={t.planPeriodStart} hint={t.planPeriodHint} value={start} onChange={(value) => set(value, end)} validationMessage={error("period.start") ?? error("period")} />
      <TextField label={t.planPeriodEnd} value={end} onChange={(value) => set(start, value)} validationMessage={error("period.end")} />
    </>
  );
}

export interface PlanStepProps {
  builder: ReviewKind;
  /** The review's name in the pane's language. */
  name: string;
  draft: Plan;
  setDraft: (plan: Plan) => void;
  error: ErrorLookup;
  /** What the data chosen says beside the form's fields. */
  notes?: DataNotes;
}

/** The plan step: the settings every review shares (language, dates), then the review's own form. */
export function PlanStep({ builder, name, draft, setDraft, error, notes = {} }: PlanStepProps) {
  const { t } = useI18n();
  const languageNames = useLabels(LANGUAGE_NAMES);
  return (
    <>
      <Section legend={t.planGeneral}>
        <ChoiceField
          label={t.planLanguage}
          value={draft.language}
          choices={LANGUAGES.map((value) => ({ value, text: languageNames[value] }))}
          onChange={(value) => setDraft({ ...draft, language: value as Plan["language"] })}
        />
        <TextField label={t.planAsOf} hint={t.planAsOfHint} value={draft.asOf ?? ""} onChange={(value) => setDraft({ ...draft, asOf: value.trim() === "" ? undefined : value.trim() })} validationMessage={error("asOf")} />
        <PeriodFields draft={draft} setDraft={setDraft} error={error} t={t} />
      </Section>
      <DataNotesContext.Provider value={notes}>
        <PlanForm builder={builder} name={name} plan={draft} onChange={setDraft} error={error} />
      </DataNotesContext.Provider>
    </>
  );
}
