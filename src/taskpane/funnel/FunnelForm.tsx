import { Body1, Button } from "@fluentui/react-components";
import type { FunnelPlan, Stage } from "../../reviews/funnel/plan";
import { ChoiceField } from "../common/ChoiceField";
import { ListField, NumberField, TextField } from "../common/fields";
import { ListItem, removeAt, replaceAt, Section, type SectionFormProps, useFocusSoon, useFormStyles } from "../common/formParts";
import { useI18n, useLabels } from "../common/I18nContext";
import { format } from "../i18n";
import { FUNNEL_LABELS } from "./labels";

const NEW_STAGE: Stage = { name: "", aliases: [], maxDays: null, probability: 0 };
const same = (text: string): string => text;
const OUTCOMES = ["none", "won", "lost", "excluded"] as const;
const WORD_KINDS = ["won", "lost", "open", "excluded"] as const;
type StatusWords = NonNullable<FunnelPlan["statusWords"]>;

/** A stage with its outcome set, or taken away ("none": a step of the funnel). */
function withOutcome(stage: Stage, outcome: (typeof OUTCOMES)[number]): Stage {
  const { outcome: _old, ...rest } = stage;
  return outcome === "none" ? rest : { ...rest, outcome };
}

/** The status words with one kind set; an empty list is left out, and no words at all leaves the field out. */
function withWords(words: StatusWords | undefined, kind: (typeof WORD_KINDS)[number], list: string[]): StatusWords | undefined {
  const { [kind]: _old, ...rest } = words ?? {};
  const next: StatusWords = list.length > 0 ? { ...rest, [kind]: list } : rest;
  return Object.keys(next).length > 0 ? next : undefined;
}

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
              legend={stage.name.trim() === "" ? format(l.stage, { n: i + 1 }) : format(t.named, { label: format(l.stage, { n: i + 1 }), text: stage.name })}
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
              <ChoiceField
                label={l.outcome}
                value={stage.outcome ?? "none"}
                choices={OUTCOMES.map((o) => ({ value: o, text: l[`outcome_${o}`] }))}
                onChange={(outcome) => setStages(replaceAt(stages, i, withOutcome(stages[i], outcome as (typeof OUTCOMES)[number])))}
                validationMessage={error(`${at}.outcome`)}
              />
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
      <Section legend={l.statusWords}>
        <Body1 as="p" className={styles.note}>
          {l.statusWordsHint}
        </Body1>
        {WORD_KINDS.map((kind) => (
          <ListField
            key={kind}
            label={l[`statusWords_${kind}`]}
            value={value.statusWords?.[kind] ?? []}
            read={same}
            show={same}
            onChange={(list) => {
              const statusWords = withWords(value.statusWords, kind, list);
              const { statusWords: _old, ...rest } = value;
              onChange(statusWords ? { ...rest, statusWords } : rest);
            }}
            validationMessage={error(`funnel.statusWords.${kind}`)}
          />
        ))}
        <NumberField
          label={l.stuckListSize}
          blank={undefined}
          hint={l.stuckListSizeHint}
          value={value.stuckListSize}
          onChange={(stuckListSize) => {
            const { stuckListSize: _old, ...rest } = value;
            onChange(stuckListSize === undefined ? rest : { ...rest, stuckListSize });
          }}
          validationMessage={error("funnel.stuckListSize")}
        />
      </Section>
    </div>
  );
}
