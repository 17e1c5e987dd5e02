import { Body1, Switch } from "@fluentui/react-components";
import { ChoiceField } from "../common/ChoiceField";
import { ListField, NumberField } from "../common/fields";
import { Section, type SectionFormProps, useFormStyles } from "../common/formParts";
import { useLabels } from "../common/I18nContext";
import { PROGRESS_LABELS } from "./labels";

const same = (text: string): string => text;
const ACTUALS = ["auto", "transactions", "wonDeals"] as const;

/** The Progress plan: the behind-pace threshold, and whether time counts working days (with holidays). */
export function ProgressForm({ name, value, onChange, error }: SectionFormProps<"progress">) {
  const l = useLabels(PROGRESS_LABELS);
  const styles = useFormStyles();
  const set = (patch: Partial<typeof value>): void => onChange({ ...value, ...patch });
  return (
    <div className={styles.form}>
      <Section legend={name}>
        <Body1 as="p" className={styles.note}>
          {l.targetsNote}
        </Body1>
        <ChoiceField
          label={l.actuals}
          value={value.actuals}
          hint={l.actualsHint}
          choices={ACTUALS.map((a) => ({ value: a, text: l[`actuals_${a}`] }))}
          onChange={(actuals) => set({ actuals: actuals as (typeof ACTUALS)[number] })}
          validationMessage={error("progress.actuals")}
        />
        <NumberField
          id="progress-threshold"
          label={l.behindThreshold}
          hint={l.behindThresholdHint}
          percent
          blank={undefined}
          value={value.behindThreshold}
          onChange={(behindThreshold) => set({ behindThreshold: behindThreshold ?? 0.9 })}
          validationMessage={error("progress.behindThreshold", { percent: true })}
        />
      </Section>
      <Section legend={l.days}>
        <Switch label={l.workingDays} checked={value.workingDays} onChange={(_, data) => set({ workingDays: data.checked })} />
        {value.workingDays ? (
          <ListField label={l.holidays} hint={l.holidaysHint} value={value.holidays} read={same} show={same} onChange={(holidays) => set({ holidays })} validationMessage={error("progress.holidays", { within: true })} />
        ) : null}
      </Section>
    </div>
  );
}
