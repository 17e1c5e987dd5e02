import type { Plan } from "../../reviews/plan";
import { ChoiceField } from "../common/ChoiceField";
import { ListField, NumberField, numberText, readNumberText } from "../common/fields";
import { Section, type SectionFormProps, useFormStyles } from "../common/formParts";
import { useI18n } from "../common/I18nContext";

type Targets = Plan["targets"];

const WEIGHTINGS: readonly Targets["weighting"][] = ["lastYear", "equal", "potential", "column"];
const SEASONALITIES: readonly Targets["seasonality"][] = ["history", "even"];

const readPercent = (item: string): number => readNumberText(item, true, null) ?? Number.NaN;
const showPercent = (value: number): string => numberText(value, true);

/**
 * The target plan: the team target, how it is split over people and months, the ramp for new joiners and
 * the decimals. With weighting by a column, the column is the Weight column chosen for the people table.
 */
export function TargetsForm({ value, onChange, error }: SectionFormProps<"targets">) {
  const { t } = useI18n();
  const styles = useFormStyles();
  const set = (patch: Partial<Targets>): void => onChange({ ...value, ...patch });
  return (
    <div className={styles.form}>
      <Section legend={t.builder_targets}>
        <NumberField label={t.tgAnnual} blank={undefined} value={value.annual} hint={t.tgAnnualHint} onChange={(annual) => set({ annual })} validationMessage={error("targets.annual")} />
        <ChoiceField
          label={t.tgWeighting}
          value={value.weighting}
          choices={WEIGHTINGS.map((w) => ({ value: w, text: t[`weighting_${w}`] }))}
          onChange={(weighting) => set({ weighting: weighting as Targets["weighting"] })}
          hint={value.weighting === "column" ? t.tgWeightColumnHint : undefined}
          validationMessage={error("targets.weightColumn")}
        />
        <ChoiceField
          label={t.tgSeasonality}
          value={value.seasonality}
          choices={SEASONALITIES.map((s) => ({ value: s, text: t[`seasonality_${s}`] }))}
          onChange={(seasonality) => set({ seasonality: seasonality as Targets["seasonality"] })}
        />
        <ListField
          label={t.tgRamp}
          hint={t.tgRampHint}
          value={value.ramp}
          read={readPercent}
          show={showPercent}
          onChange={(ramp) => set({ ramp })}
          validationMessage={error("targets.ramp", { within: true }) === undefined ? undefined : t.errPercentList}
        />
        <NumberField label={t.tgDecimals} blank={undefined} value={value.decimals} onChange={(decimals) => set({ decimals: decimals ?? 0 })} validationMessage={error("targets.decimals")} />
      </Section>
    </div>
  );
}
