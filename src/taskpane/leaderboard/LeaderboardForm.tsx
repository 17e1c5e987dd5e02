import { ChoiceField } from "../common/ChoiceField";
import { ListField, NumberField, numberText, readNumberText, TextField } from "../common/fields";
import { Section, type SectionFormProps, useFormStyles } from "../common/formParts";
import { useLabels } from "../common/I18nContext";
import { LEADERBOARD_LABELS } from "./labels";

const MEASURES = ["sales", "wonDeals", "attainment", "newCustomers", "activities", "kpiScore"] as const;
const CUSTOMER_SOURCES = ["transactions", "wonDeals"] as const;
const PERIODS = ["month", "quarter", "year"] as const;
const GROUPINGS = ["team", "tenure", "target", "none"] as const;
const PRIZE_LISTS = ["top", "improved", "newcomer", "group"] as const;

const showNumber = (n: number): string => numberText(n, false);
const readNumber = (text: string): number => readNumberText(text, false, null) ?? Number.NaN;

/** The Leaderboard plan: what it ranks by and over which period, places, newcomers, groups and prizes. */
export function LeaderboardForm({ name, value, onChange, error }: SectionFormProps<"leaderboard">) {
  const l = useLabels(LEADERBOARD_LABELS);
  const styles = useFormStyles();
  const set = (patch: Partial<typeof value>): void => onChange({ ...value, ...patch });
  return (
    <div className={styles.form}>
      <Section legend={name}>
        <ChoiceField label={l.measure} value={value.measure} choices={MEASURES.map((m) => ({ value: m, text: l[`measure_${m}`] }))} onChange={(measure) => set({ measure: measure as (typeof MEASURES)[number] })} validationMessage={error("leaderboard.measure")} />
        {value.measure === "newCustomers" ? (
          <ChoiceField label={l.customersFrom} value={value.customersFrom} choices={CUSTOMER_SOURCES.map((c) => ({ value: c, text: l[`customersFrom_${c}`] }))} onChange={(customersFrom) => set({ customersFrom: customersFrom as (typeof CUSTOMER_SOURCES)[number] })} validationMessage={error("leaderboard.customersFrom")} />
        ) : null}
        {value.measure === "activities" ? (
          <TextField id="leaderboard-activity-type" label={l.activityType} hint={l.activityTypeHint} value={value.activityType ?? ""} onChange={(text) => set({ activityType: text.trim() === "" ? undefined : text })} validationMessage={error("leaderboard.activityType")} />
        ) : null}
        <ChoiceField label={l.period} hint={l.periodHint} value={value.period} choices={PERIODS.map((p) => ({ value: p, text: l[`period_${p}`] }))} onChange={(period) => set({ period: period as (typeof PERIODS)[number] })} validationMessage={error("leaderboard.period")} />
        <NumberField id="leaderboard-places" label={l.places} blank={undefined} value={value.places} onChange={(places) => set({ places: places ?? 3 })} validationMessage={error("leaderboard.places")} />
        <NumberField id="leaderboard-newcomer" label={l.newcomerMonths} blank={undefined} value={value.newcomerMonths} onChange={(newcomerMonths) => set({ newcomerMonths: newcomerMonths ?? 6 })} validationMessage={error("leaderboard.newcomerMonths")} />
      </Section>
      <Section legend={l.groups}>
        <ChoiceField label={l.groupBy} value={value.groupBy} choices={GROUPINGS.map((g) => ({ value: g, text: l[`groupBy_${g}`] }))} onChange={(groupBy) => set({ groupBy: groupBy as (typeof GROUPINGS)[number] })} validationMessage={error("leaderboard.groupBy")} />
        {value.groupBy === "tenure" || value.groupBy === "target" ? (
          <ListField label={l.brackets} hint={l.bracketsHint} value={value.brackets} read={readNumber} show={showNumber} onChange={(brackets) => set({ brackets })} validationMessage={error("leaderboard.brackets", { within: true })} />
        ) : null}
      </Section>
      <Section legend={l.prizes}>
        {PRIZE_LISTS.map((list) => (
          <ListField
            key={list}
            label={l[`prizes_${list}`]}
            value={value.prizes[list]}
            read={readNumber}
            show={showNumber}
            onChange={(prizes) => set({ prizes: { ...value.prizes, [list]: prizes } })}
            validationMessage={error(`leaderboard.prizes.${list}`, { within: true })}
          />
        ))}
      </Section>
    </div>
  );
}
