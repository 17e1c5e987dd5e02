import { Button } from "@fluentui/react-components";
import type { ActivityQuota } from "../../reviews/activity/plan";
import { ChoiceField } from "../common/ChoiceField";
import { ListField, NumberField, TextField } from "../common/fields";
import { ListItem, removeAt, replaceAt, Section, type SectionFormProps, useFocusSoon, useFormStyles } from "../common/formParts";
import { useLabels } from "../common/I18nContext";
import { format } from "../i18n";
import { ACTIVITY_LABELS } from "./labels";

const NEW_QUOTA: ActivityQuota = { type: "", quota: 0, per: "day" };
const same = (text: string): string => text;

/** The Activity plan: each quota (a type, how many, per working day or week), and the holidays. */
export function ActivityForm({ name, value, onChange, error }: SectionFormProps<"activity">) {
  const l = useLabels(ACTIVITY_LABELS);
  const styles = useFormStyles();
  const focusSoon = useFocusSoon();
  const quotas = value.quotas;
  const setQuotas = (next: ActivityQuota[]): void => onChange({ ...value, quotas: next });
  const setQuota = (i: number, patch: Partial<ActivityQuota>): void => setQuotas(replaceAt(quotas, i, { ...quotas[i], ...patch }));
  return (
    <div className={styles.form}>
      <Section legend={`${name}: ${l.quotas}`}>
        <p className={styles.note}>{l.quotasHint}</p>
        {quotas.map((q, i) => {
          const at = `activity.quotas.${i}`;
          return (
            <ListItem
              key={i}
              legend={q.type.trim() === "" ? format(l.quota, { n: i + 1 }) : `${format(l.quota, { n: i + 1 })}: ${q.type}`}
              removeLabel={format(l.removeQuota, { n: i + 1 })}
              onRemove={() => {
                setQuotas(removeAt(quotas, i));
                focusSoon("activity-add-quota");
              }}
            >
              <TextField id={`activity-quota-${i}`} label={l.type} required value={q.type} onChange={(type) => setQuota(i, { type })} validationMessage={error(`${at}.type`)} />
              <NumberField label={l.count} required blank={undefined} value={q.quota} onChange={(quota) => setQuota(i, { quota: quota ?? Number.NaN })} validationMessage={error(`${at}.quota`)} />
              <ChoiceField
                label={l.per}
                value={q.per}
                choices={[
                  { value: "day", text: l.perDay },
                  { value: "week", text: l.perWeek },
                ]}
                onChange={(per) => setQuota(i, { per: per as ActivityQuota["per"] })}
                validationMessage={error(`${at}.per`)}
              />
            </ListItem>
          );
        })}
        <div>
          <Button
            id="activity-add-quota"
            onClick={() => {
              setQuotas([...quotas, { ...NEW_QUOTA }]);
              focusSoon(`activity-quota-${quotas.length}`);
            }}
          >
            {l.addQuota}
          </Button>
        </div>
      </Section>
      <Section legend={l.holidays}>
        <ListField label={l.holidays} hint={l.holidaysHint} value={value.holidays} read={same} show={same} onChange={(holidays) => onChange({ ...value, holidays })} validationMessage={error("activity.holidays", { within: true })} />
      </Section>
    </div>
  );
}
