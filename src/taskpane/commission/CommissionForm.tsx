import { Body1, Button } from "@fluentui/react-components";
import type { Plan } from "../../reviews/plan";
import { ChoiceField } from "../common/ChoiceField";
import { ListField, NumberField, TextField } from "../common/fields";
import { ListItem, removeAt, replaceAt, Section, type SectionFormProps, useFocusSoon, useFormStyles } from "../common/formParts";
import { useI18n, useLabels } from "../common/I18nContext";
import { format } from "../i18n";
import { COMMISSION_LABELS } from "./labels";

type Commission = Plan["commission"];
type Tier = Commission["defaultTiers"][number];
type Line = Commission["lines"][number];

const same = (text: string): string => text;

interface TierListProps {
  tiers: readonly Tier[];
  /** Path of the list in the plan, for its messages and ids: "commission.lines.0.tiers". */
  at: string;
  onChange: (tiers: Tier[]) => void;
  error: (path: string, options?: { percent?: boolean }) => string | undefined;
}

/** A tier table: from which sales amount which rate applies. */
function TierList({ tiers, at, onChange, error }: TierListProps) {
  const l = useLabels(COMMISSION_LABELS);
  const focusSoon = useFocusSoon();
  const id = at.replace(/\./g, "-");
  return (
    <>
      {tiers.map((tier, i) => (
        <ListItem
          key={i}
          legend={format(l.tier, { n: i + 1 })}
          removeLabel={format(l.removeTier, { n: i + 1 })}
          onRemove={
            tiers.length > 1
              ? () => {
                  onChange(removeAt(tiers, i));
                  focusSoon(`${id}-add`);
                }
              : undefined
          }
        >
          <NumberField id={`${id}-${i}`} label={l.tierFrom} hint={i === 0 ? l.tierFromHint : undefined} required blank={undefined} value={tier.from} onChange={(from) => onChange(replaceAt(tiers, i, { ...tier, from: from ?? Number.NaN }))} validationMessage={error(`${at}.${i}.from`)} />
          <NumberField label={l.tierRate} hint={i === 0 ? l.tierRateHint : undefined} percent required blank={undefined} value={tier.rate} onChange={(rate) => onChange(replaceAt(tiers, i, { ...tier, rate: rate ?? Number.NaN }))} validationMessage={error(`${at}.${i}.rate`, { percent: true })} />
        </ListItem>
      ))}
      <div>
        <Button
          id={`${id}-add`}
          size="small"
          onClick={() => {
            const last = tiers[tiers.length - 1];
            onChange([...tiers, { from: last ? last.from : 0, rate: last ? last.rate : 0 }]);
            focusSoon(`${id}-${tiers.length}`);
          }}
        >
          {l.addTier}
        </Button>
      </div>
    </>
  );
}

/** The commission plan: method, tiers per product line and by default, accelerator, cap, draw and tolerance. */
export function CommissionForm({ name, value, onChange, error }: SectionFormProps<"commission">) {
  const { t } = useI18n();
  const l = useLabels(COMMISSION_LABELS);
  const styles = useFormStyles();
  const focusSoon = useFocusSoon();
  const set = (patch: Partial<Commission>): void => onChange({ ...value, ...patch });
  const setLine = (i: number, patch: Partial<Line>): void => set({ lines: replaceAt(value.lines, i, { ...value.lines[i], ...patch }) });
  return (
    <div className={styles.form}>
      <Section legend={name}>
        <ChoiceField
          label={l.method}
          value={value.method}
          choices={[
            { value: "marginal", text: l.method_marginal },
            { value: "retroactive", text: l.method_retroactive },
          ]}
          onChange={(method) => set({ method: method as Commission["method"] })}
        />
      </Section>

      <Section legend={l.lines}>
        <Body1 as="p" className={styles.note}>
          {l.linesHint}
        </Body1>
        {value.lines.map((line, i) => (
          <ListItem
            key={i}
            legend={line.name.trim() === "" ? format(l.line, { n: i + 1 }) : format(t.named, { label: format(l.line, { n: i + 1 }), text: line.name })}
            removeLabel={format(l.removeLine, { n: i + 1 })}
            onRemove={() => {
              set({ lines: removeAt(value.lines, i) });
              focusSoon("commission-add-line");
            }}
          >
            <TextField id={`commission-line-${i}`} label={l.lineName} required value={line.name} onChange={(name) => setLine(i, { name })} validationMessage={error(`commission.lines.${i}.name`)} />
            <ListField label={t.aliases} hint={t.aliasesHint} value={line.aliases} read={same} show={same} onChange={(aliases) => setLine(i, { aliases })} />
            <Section legend={l.tiers}>
              <TierList tiers={line.tiers} at={`commission.lines.${i}.tiers`} onChange={(tiers) => setLine(i, { tiers })} error={error} />
            </Section>
          </ListItem>
        ))}
        <div>
          <Button
            id="commission-add-line"
            onClick={() => {
              set({ lines: [...value.lines, { name: "", aliases: [], tiers: value.defaultTiers.map((tier) => ({ ...tier })) }] });
              focusSoon(`commission-line-${value.lines.length}`);
            }}
          >
            {l.addLine}
          </Button>
        </div>
      </Section>

      <Section legend={l.defaultTiers}>
        <TierList tiers={value.defaultTiers} at="commission.defaultTiers" onChange={(defaultTiers) => set({ defaultTiers })} error={error} />
      </Section>

      <Section legend={l.payoutRules}>
        <NumberField label={l.acceleratorAbove} hint={l.acceleratorAboveHint} percent blank={undefined} value={value.accelerator.above} onChange={(above) => set({ accelerator: { ...value.accelerator, above: above ?? 1 } })} validationMessage={error("commission.accelerator.above", { percent: true })} />
        <NumberField label={l.acceleratorMultiplier} hint={l.acceleratorMultiplierHint} blank={undefined} value={value.accelerator.multiplier} onChange={(multiplier) => set({ accelerator: { ...value.accelerator, multiplier: multiplier ?? 1 } })} validationMessage={error("commission.accelerator.multiplier")} />
        <NumberField label={l.cap} blank={null} hint={l.capHint} value={value.cap} onChange={(cap) => set({ cap })} validationMessage={error("commission.cap")} />
        <NumberField label={l.draw} blank={undefined} value={value.draw} onChange={(draw) => set({ draw: draw ?? 0 })} validationMessage={error("commission.draw")} />
        <ChoiceField
          label={l.drawPer}
          value={value.drawPer}
          choices={[
            { value: "statement", text: l.drawPer_statement },
            { value: "payPeriod", text: l.drawPer_payPeriod },
          ]}
          onChange={(drawPer) => set({ drawPer: drawPer as Commission["drawPer"] })}
        />
        {value.drawPer === "payPeriod" && (
          <>
            <ChoiceField
              label={l.payPeriod}
              value={value.payPeriod}
              choices={[
                { value: "month", text: l.payPeriod_month },
                { value: "quarter", text: l.payPeriod_quarter },
              ]}
              onChange={(payPeriod) => set({ payPeriod: payPeriod as Commission["payPeriod"] })}
            />
            <ChoiceField
              label={l.drawRecoverable}
              hint={l.drawRecoverableHint}
              value={value.drawRecoverable ? "yes" : "no"}
              choices={[
                { value: "yes", text: l.drawRecoverable_yes },
                { value: "no", text: l.drawRecoverable_no },
              ]}
              onChange={(choice) => set({ drawRecoverable: choice === "yes" })}
            />
            {value.drawRecoverable && (
              <NumberField label={l.drawBalance} hint={l.drawBalanceHint} blank={undefined} value={value.drawBalance} onChange={(drawBalance) => set({ drawBalance: drawBalance ?? 0 })} validationMessage={error("commission.drawBalance")} />
            )}
          </>
        )}
        <NumberField label={l.tolerance} hint={l.toleranceHint} blank={undefined} value={value.tolerance} onChange={(tolerance) => set({ tolerance: tolerance ?? 0 })} validationMessage={error("commission.tolerance")} />
      </Section>
    </div>
  );
}
