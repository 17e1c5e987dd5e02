import { useState } from "react";
import { Body1, Button, Field, Input, makeStyles, Switch, tokens } from "@fluentui/react-components";
import { directionFromName } from "../../datasets/kpiDirection";
import type { KpiDirection } from "../../datasets/records";
import type { KpiDefinition } from "../../reviews/scorecard/plan";
import type { Plan } from "../../reviews/plan";
import { ChoiceField } from "../common/ChoiceField";
import { NumberField, numberText, TextField } from "../common/fields";
import { type ErrorLookup, ListItem, removeAt, replaceAt, Section, type SectionFormProps, useFocusSoon, useFormStyles } from "../common/formParts";
import { useDataNotes } from "../common/dataNotes";
import { useI18n, useLabels } from "../common/I18nContext";
import { format } from "../i18n";
import { SCORECARD_LABELS, type ScorecardLabels } from "./labels";
import { dataDirectionKey, weightsTotal } from "./pane";


type Scorecard = Plan["scorecard"];

// No direction: the data's direction column or header hint applies, else higher is better.
const NEW_KPI: KpiDefinition = { name: "", weight: 0, direction: null, threshold: 0, cap: null };

const useKpiStyles = makeStyles({
  // Weight and direction side by side even at 320px: the weight needs only a few digits.
  summary: {
    display: "grid",
    gridTemplateColumns: "minmax(4.5rem, 6rem) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    gridColumnStart: 1,
    gridColumnEnd: -1,
    // Fluent's inputs keep a minimum width of their own: here they take their column's.
    "& > *": { minWidth: 0 },
    "& .fui-Input": { minWidth: 0, width: "100%" },
  },
  toggle: { justifySelf: "start", gridColumnStart: 1, gridColumnEnd: -1 },
});

interface KpiItemProps {
  kpi: KpiDefinition;
  /** 0-based place in the list: the KPI is numbered from 1, its name field's id from 0. */
  index: number;
  onChange: (patch: Partial<KpiDefinition>) => void;
  onRemove: () => void;
  error: ErrorLookup;
  /** Opened at first: a KPI just added. */
  opened?: boolean;
}

/** What the direction field says under it: where the direction comes from, when that is not the person's own choice. */
function directionHint(kpi: KpiDefinition, fromData: KpiDirection | undefined, l: ScorecardLabels): string | undefined {
  const word = (d: KpiDirection): string => (d === "lower" ? l.direction_lower : l.direction_higher);
  const guess = directionFromName(kpi.name);
  if (kpi.direction === null) return fromData !== undefined ? l.directionFromData : guess === "lower" ? l.directionNameSuggests : l.directionDefault;
  if (fromData !== undefined && fromData !== kpi.direction) return format(l.directionOverrides, { direction: word(fromData) });
  if (fromData === undefined && guess === kpi.direction && kpi.direction === "lower") return l.directionFromName;
  return undefined;
}

/**
 * One KPI as a compact card: its weight and direction (what people change most) always shown, its name,
 * threshold and cap behind "More settings", opened by itself when one of them is in error.
 */
function KpiItem({ kpi, index: i, onChange, onRemove, error, opened = false }: KpiItemProps) {
  const { t } = useI18n();
  const l = useLabels(SCORECARD_LABELS);
  const styles = useKpiStyles();
  const form = useFormStyles();
  const notes = useDataNotes();
  const [open, setOpen] = useState(opened);
  const at = `scorecard.kpis.${i}`;
  const hiddenError = error(`${at}.name`) ?? error(`${at}.threshold`, { percent: true }) ?? error(`${at}.cap`, { percent: true });
  const shown = open || hiddenError !== undefined;
  const fromData = notes[dataDirectionKey(kpi.name)] as KpiDirection | undefined;
  const word = (d: KpiDirection): string => (d === "lower" ? l.direction_lower : l.direction_higher);
  const title = kpi.name.trim() === "" ? format(l.kpi, { n: i + 1 }) : format(t.named, { label: format(l.kpi, { n: i + 1 }), text: kpi.name });
  return (
    <ListItem legend={title} removeLabel={format(l.removeKpi, { n: i + 1 })} onRemove={shown ? onRemove : undefined}>
      <div className={styles.summary}>
        <NumberField label={l.weight} required blank={undefined} value={kpi.weight} onChange={(weight) => onChange({ weight: weight ?? Number.NaN })} validationMessage={error(`${at}.weight`)} />
        <ChoiceField
          label={l.direction}
          value={kpi.direction ?? ""}
          hint={directionHint(kpi, fromData, l)}
          choices={[
            { value: "", text: fromData !== undefined ? format(l.direction_data, { direction: word(fromData) }) : l.direction_auto },
            { value: "higher", text: l.direction_higher },
            { value: "lower", text: l.direction_lower },
          ]}
          onChange={(direction) => onChange({ direction: direction === "" ? null : (direction as KpiDirection) })}
        />
      </div>
      {shown ? (
        <>
          <div className={form.wide}>
            <TextField id={`scorecard-kpi-${i}`} label={l.kpiName} required value={kpi.name} onChange={(name) => onChange({ name })} validationMessage={error(`${at}.name`)} />
          </div>
          <NumberField label={l.threshold} percent blank={null} value={kpi.threshold} hint={l.thresholdHint} onChange={(threshold) => onChange({ threshold: threshold ?? 0 })} validationMessage={error(`${at}.threshold`, { percent: true })} />
          <NumberField label={l.cap} percent blank={null} value={kpi.cap} hint={l.capHint} onChange={(cap) => onChange({ cap })} validationMessage={error(`${at}.cap`, { percent: true })} />
        </>
      ) : null}
      {hiddenError === undefined ? (
        <Button className={styles.toggle} size="small" appearance="subtle" aria-expanded={shown} onClick={() => setOpen(!shown)}>
          {format(shown ? l.fewerSettings : l.moreSettings, { kpi: title })}
        </Button>
      ) : null}
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
  const { t } = useI18n();
  const total = weightsTotal(value.kpis);
  // A total of 0 is an error (nothing to weigh); any other total is scaled to 100%, as the command line does, and said.
  const totalError = error("scorecard.kpis");
  const totalNote =
    totalError ??
    (total.state === "scaled"
      ? format(l.weightsScaled, { total: total.total, shares: total.shares.map(([kpi, share]) => format(l.weightShare, { kpi, share })).join(t.listSeparator) })
      : undefined);
  // A KPI added here opens with all its fields, to be named.
  const [added, setAdded] = useState<number | null>(null);

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
            opened={added === i}
            onChange={(patch) => setKpi(i, patch)}
            onRemove={() => {
              set({ kpis: removeAt(value.kpis, i) });
              focusSoon("scorecard-add-kpi");
            }}
            error={error}
          />
        ))}
        {value.kpis.length > 0 ? (
          <Field label={l.totalWeight} validationMessage={totalNote} validationState={totalError ? "error" : total.state === "scaled" ? "warning" : "success"}>
            <Input readOnly value={numberText(total.total, false)} {...(totalError ? { "data-issue": "true" } : {})} />
          </Field>
        ) : null}
        <div>
          <Button
            id="scorecard-add-kpi"
            onClick={() => {
              set({ kpis: [...value.kpis, { ...NEW_KPI }] });
              setAdded(value.kpis.length);
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
