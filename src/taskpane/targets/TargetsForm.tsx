import type { Plan } from "../../reviews/plan";
import { ChoiceField } from "../common/ChoiceField";
import { ListField, NumberField, numberText, readNumberText } from "../common/fields";
import { Section, type SectionFormProps, useFormStyles } from "../common/formParts";
import { useLabels } from "../common/I18nContext";
import { TARGETS_LABELS } from "./labels";
import { useDataNotes } from "../common/dataNotes";
import { format } from "../i18n";
import { WEIGHT_COLUMN_NOTE } from "./pane";

type Targets = Plan["targets"];

const WEIGHTINGS: readonly Targets["weighting"][] = ["lastYear", "equal", "potential", "column"];
const SEASONALITIES: readonly Targets["seasonality"][] = ["history", "even"];

const readPercent = (item: string): number => readNumberText(item, true, null) ?? Number.NaN;
const showPercent = (value: number): string => numberText(value, true);

/**
 * The target plan: the team target, how it is split over people and months, the ramp for new joiners and
 * the decimals. With weighting by a column, the column is the Weight column chosen for the people table.
 */
export function TargetsForm({ name, value, onChange, error }: SectionFormProps<"targets">) {
  const l = useLabels(TARGETS_LABELS);
  const styles = useFormStyles();
  // The weights column is chosen where the people table's columns are, on the columns step.
  const column = useDataNotes()[WEIGHT_COLUMN_NOTE];
  const set = (patch: Partial<Targets>): void => onChange({ ...value, ...patch });
  return (
    <div className={styles.form}>
      <Section legend={name}>
        <NumberField label={l.annual} blank={undefined} value={value.annual} hint={l.annualHint} onChange={(annual) => set({ annual })} validationMessage={error("targets.annual")} />
        <ChoiceField
          label={l.weighting}
          value={value.weighting}
          choices={WEIGHTINGS.map((w) => ({ value: w, text: w === "column" && column ? format(l.weighting_columnNamed, { column }) : l[`weighting_${w}`] }))}
          onChange={(weighting) => set({ weighting: weighting as Targets["weighting"] })}
          hint={value.weighting === "column" ? (column ? l.weightColumnHint : l.weightColumnMissing) : undefined}
          validationMessage={error("targets.weightColumn")}
        />
        <ChoiceField
          label={l.seasonality}
          value={value.seasonality}
          choices={SEASONALITIES.map((s) => ({ value: s, text: l[`seasonality_${s}`] }))}
          onChange={(seasonality) => set({ seasonality: seasonality as Targets["seasonality"] })}
        />
        <ListField
          label={l.ramp}
          hint={l.rampHint}
          value={value.ramp}
          read={readPercent}
          show={showPercent}
          onChange={(ramp) => set({ ramp })}
          validationMessage={error("targets.ramp", { within: true }) === undefined ? undefined : l.errPercentList}
        />
        <NumberField label={l.decimals} blank={undefined} value={value.decimals} onChange={(decimals) => set({ decimals: decimals ?? 0 })} validationMessage={error("targets.decimals")} />
      </Section>
    </div>
  );
}
