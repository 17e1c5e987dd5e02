import { Body1, Button } from "@fluentui/react-components";
import type { Stage } from "../../reviews/funnel/plan";
import { ListField, NumberField, TextField } from "../common/fields";
import { ListItem, removeAt, replaceAt, Section, type SectionFormProps, useFocusSoon, useFormStyles } from "../common/formParts";
import { useI18n, useLabels } from "../common/I18nContext";
import { format } from "../i18n";
import { FUNNEL_LABELS } from "./labels";

const NEW_STAGE: Stage = { name: "", aliases: [], maxDays: null, probability: 0 };
const same = (text: string): string => text;

/** The funnel's stages in order, each with other names, the days a deal may stay and its win probability. */
export function FunnelForm({ value, onChange, error }: SectionFormProps<"funnel">) {
  const { t } = useI18n();
  const l = useLabels(FUNNEL_LABELS);
  const styles = useFormStyles();
  const focusSoon = useFocusSoon();
  const stages = value.stages ?? [];
  const setStages = (next: Stage[]): void => onChange({ ...value, stages: next });
  const setStage = (i: number, patch: Partial<Stage>): void => setStages(replaceAt(stages, i, { ...stages[i], ...patch }));
  const move = (i: number, by: -1 | 1): void => {
    const next = [...stages];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    setStages(next);
    focusSoon(`funnel-stage-${i + by}`);
  };
  return (
    <div className={styles.form}>
      <Section legend={l.stages}>
        <Body1 as="p" className={styles.note}>
          {l.stagesHint}
        </Body1>
        {error("funnel.stages") ? (
          <Body1 as="p" role="alert">
            {error("funnel.stages")}
          </Body1>
        ) : null}
        {stages.map((stage, i) => {
          const at = `funnel.stages.${i}`;
          return (
            <ListItem
              key={i}
              legend={stage.name.trim() === "" ? format(l.stage, { n: i + 1 }) : `${format(l.stage, { n: i + 1 })}: ${stage.name}`}
              removeLabel={format(l.removeStage, { n: i + 1 })}
              onRemove={() => {
                setStages(removeAt(stages, i));
                focusSoon("funnel-add-stage");
              }}
              actions={
                <>
                  {i > 0 ? (
                    <Button size="small" onClick={() => move(i, -1)}>
                      {format(l.moveUp, { n: i + 1 })}
                    </Button>
                  ) : null}
                  {i < stages.length - 1 ? (
                    <Button size="small" onClick={() => move(i, 1)}>
                      {format(l.moveDown, { n: i + 1 })}
                    </Button>
                  ) : null}
                </>
              }
            >
              <TextField id={`funnel-stage-${i}`} label={l.stageName} required value={stage.name} onChange={(name) => setStage(i, { name })} validationMessage={error(`${at}.name`)} />
              <ListField label={t.aliases} hint={t.aliasesHint} value={stage.aliases} read={same} show={same} onChange={(aliases) => setStage(i, { aliases })} />
              <NumberField label={l.maxDays} blank={null} hint={l.maxDaysHint} value={stage.maxDays} onChange={(maxDays) => setStage(i, { maxDays })} validationMessage={error(`${at}.maxDays`)} />
              <NumberField label={l.probability} percent required blank={undefined} value={stage.probability} onChange={(probability) => setStage(i, { probability: probability ?? Number.NaN })} validationMessage={error(`${at}.probability`, { percent: true })} />
            </ListItem>
          );
        })}
        <div>
          <Button
            id="funnel-add-stage"
            onClick={() => {
              setStages([...stages, { ...NEW_STAGE }]);
              focusSoon(`funnel-stage-${stages.length}`);
            }}
          >
            {l.addStage}
          </Button>
        </div>
      </Section>
    </div>
  );
}
