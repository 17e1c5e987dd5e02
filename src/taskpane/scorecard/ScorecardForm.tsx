import { Body1, Button, Field, Input, Switch } from "@fluentui/react-components";
import type { KpiDefinition } from "../../reviews/scorecard/plan";
import type { Plan } from "../../reviews/plan";
import { ChoiceField } from "../common/ChoiceField";
import { NumberField, numberText, TextField } from "../common/fields";
import { type ErrorLookup, ListItem, removeAt, replaceAt, Section, type SectionFormProps, useFocusSoon, useFormStyles } from "../common/formParts";
import { useLabels } from "../common/I18nContext";
import { format } from "../i18n";
import { SCORECARD_LABELS } from "./labels";
import { WEIGHT_TOTAL_PATH } from "./pane";

type Scorecard = Plan["scorecard"];

const NEW_KPI: KpiDefinition = { name: "", weight: 0, direction: "higher", threshold: 0, cap: null };

interface KpiItemProps {
  kpi: KpiDefinition;
  /** 0-based place in the list: the KPI is numbered from 1, its name field's id from 0. */
  index: number;
  onChange: (patch: Partial<KpiDefinition>) => void;
  onRemove: () => void;
  error: ErrorLookup;
}

/** One KPI: its name, weight, direction, threshold and cap, and its Remove button. */
function KpiItem({ kpi, index: i, onChange, onRemove, error }: KpiItemProps) {
  const l = useLabels(SCORECARD_LABELS);
  const styles = useFormStyles();
  const at = `scorecard.kpis.${i}`;
  return (
    <ListItem
      legend={kpi.name.trim() === "" ? format(l.kpi, { n: i + 1 }) : `${format(l.kpi, { n: i + 1 })}: ${kpi.name}`}
      removeLabel={format(l.removeKpi, { n: i + 1 })}
      onRemove={onRemove}
    >
      <div className={styles.wide}>
        <TextField id={`scorecard-kpi-${i}`} label={l.kpiName} required value={kpi.name} onChange={(name) => onChange({ name })} validationMessage={error(`${at}.name`)} />
      </div>
      <NumberField label={l.weight} required blank={undefined} value={kpi.weight} onChange={(weight) => onChange({ weight: weight ?? Number.NaN })} validationMessage={error(`${at}.weight`)} />
      <ChoiceField
        label={l.direction}
        value={kpi.direction}
        choices={[
          { value: "higher", text: l.direction_higher },
          { value: "lower", text: l.direction_lower },
        ]}
        onChange={(direction) => onChange({ direction: direction as KpiDefinition["direction"] })}
      />
      <NumberField label={l.threshold} percent blank={null} value={kpi.threshold} hint={l.thresholdHint} onChange={(threshold) => onChange({ threshold: threshold ?? 0 })} validationMessage={error(`${at}.threshold`, { percent: true })} />
      <NumberField label={l.cap} percent blank={null} value={kpi.cap} hint={l.capHint} onChange={(cap) => onChange({ cap })} validationMessage={error(`${at}.cap`, { percent: true })} />
    </ListItem>
  );
}

/** The rating scale: each rating's label and the score it starts at; then an optional forced distribution over the ratings. */
function RatingScale({ value, onChange, error }: Omit<SectionFormProps<"scorecard">, "name">) {
  const l = useLabels(SCORECARD_LABELS);
  const focusSoon = useFocusSoon();
  const set = (patch: Partial<Scorecard>): void => onChange({ ...value, ...patch });
  const labels = value.rating.map((step) => step.label).filter((label) => label.trim() !== "");
  return (
    <Section legend={l.rating}>
      {value.rating.map((step, i) => (
        <ListItem
          key={i}
          legend={format(l.ratingStep, { n: i + 1 })}
          removeLabel={format(l.removeRating, { n: i + 1 })}
          onRemove={
            value.rating.length > 1
              ? () => {
                  set({ rating: removeAt(value.rating, i) });
                  focusSoon("scorecard-add-rating");
                }
              : undefined
          }
        >
          <TextField id={`scorecard-rating-${i}`} label={l.ratingLabel} required value={step.label} onChange={(label) => set({ rating: replaceAt(value.rating, i, { ...step, label }) })} validationMessage={error(`scorecard.rating.${i}.label`)} />
          <NumberField label={l.ratingMin} percent required blank={undefined} value={step.min} onChange={(min) => set({ rating: replaceAt(value.rating, i, { ...step, min: min ?? Number.NaN }) })} validationMessage={error(`scorecard.rating.${i}.min`, { percent: true })} />
        </ListItem>
      ))}
      <div>
        <Button
          id="scorecard-add-rating"
          onClick={() => {
            const last = value.rating[value.rating.length - 1];
            set({ rating: [...value.rating, { min: last ? last.min + 0.1 : 0, label: "" }] });
            focusSoon(`scorecard-rating-${value.rating.length}`);
          }}
        >
          {l.addRating}
        </Button>
      </div>
      <Switch
        label={l.distribution}
        checked={value.distribution !== undefined}
        onChange={(_, data) => {
          if (data.checked) set({ distribution: {} });
          else {
            const { distribution: _unused, ...rest } = value;
            onChange(rest);
          }
        }}
      />
      {value.distribution !== undefined
        ? labels.map((label) => (
            <NumberField
              key={label}
              label={format(l.distributionShare, { label })}
              percent
              blank={undefined}
              hint={l.distributionHint}
              value={value.distribution?.[label]}
              onChange={(share) => {
                const distribution = { ...value.distribution };
                if (share === undefined) delete distribution[label];
                else distribution[label] = share;
                set({ distribution });
              }}
              validationMessage={error(`scorecard.distribution.${label}`, { percent: true })}
            />
          ))
        : null}
    </Section>
  );
}

/** The scorecard's plan: the KPIs with weight, direction, threshold and cap; the rating scale; an optional forced distribution. */
export function ScorecardForm({ value, onChange, error }: SectionFormProps<"scorecard">) {
  const l = useLabels(SCORECARD_LABELS);
  const styles = useFormStyles();
  const focusSoon = useFocusSoon();
  const set = (patch: Partial<Scorecard>): void => onChange({ ...value, ...patch });
  const setKpi = (i: number, patch: Partial<KpiDefinition>): void => set({ kpis: replaceAt(value.kpis, i, { ...value.kpis[i], ...patch }) });
  const total = value.kpis.reduce((sum, kpi) => sum + kpi.weight, 0);

  return (
    <div className={styles.form}>
      <Section legend={l.kpis}>
        {value.kpis.length === 0 ? (
          <Body1 as="p" className={styles.note}>
            {l.noKpis}
          </Body1>
        ) : null}
        {value.kpis.map((kpi, i) => (
          <KpiItem
            key={i}
            kpi={kpi}
            index={i}
            onChange={(patch) => setKpi(i, patch)}
            onRemove={() => {
              set({ kpis: removeAt(value.kpis, i) });
              focusSoon("scorecard-add-kpi");
            }}
            error={error}
          />
        ))}
        {value.kpis.length > 0 ? (
          <Field label={l.totalWeight} validationMessage={error(WEIGHT_TOTAL_PATH) ?? error("scorecard.kpis")} validationState={error(WEIGHT_TOTAL_PATH) || error("scorecard.kpis") ? "error" : "success"}>
            <Input readOnly value={numberText(total, false)} />
          </Field>
        ) : null}
        <div>
          <Button
            id="scorecard-add-kpi"
            onClick={() => {
              set({ kpis: [...value.kpis, { ...NEW_KPI }] });
              focusSoon(`scorecard-kpi-${value.kpis.length}`);
            }}
          >
            {l.addKpi}
          </Button>
        </div>
      </Section>

      <RatingScale value={value} onChange={onChange} error={error} />
    </div>
  );
}
