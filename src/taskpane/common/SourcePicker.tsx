import { makeStyles, tokens } from "@fluentui/react-components";
import type { Dataset } from "../../datasets/records";
import { format, type Messages } from "../i18n";
import { ChoiceField } from "./ChoiceField";
import { useI18n } from "./I18nContext";
import type { SourceOption } from "./sources";

const NONE = "none";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** How a source reads in the list: "Table tblDeals on Deals (120 rows)". */
export function sourceText(option: SourceOption, t: Messages): string {
  if (option.kind === "table") return format(t.sourceTable, { name: option.name, sheet: option.sheet, rows: option.rows });
  if (option.holds) return format(t.sourceHeld, { name: option.name });
  if (option.kind === "selection") return format(t.sourceSelection, { address: `${option.sheet}!${option.address}` });
  return format(t.sourceSheet, { name: option.name, rows: option.rows });
}

export interface SourcePickerProps {
  datasets: readonly { dataset: Dataset; required: boolean }[];
  options: readonly SourceOption[];
  /** The chosen source key per dataset; null for none. */
  value: Partial<Record<Dataset, string | null>>;
  /** What the pane proposed, to say so under the field. */
  proposed: Partial<Record<Dataset, string | null>>;
  onChange: (dataset: Dataset, key: string | null) => void;
}

/** One dropdown per dataset of the review: a table, the current selection or a sheet; "None" for an optional one. */
export function SourcePicker({ datasets, options, value, proposed, onChange }: SourcePickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {datasets.map(({ dataset, required }) => {
        const name = t[`dataset_${dataset}`];
        const chosen = value[dataset] ?? null;
        const choices = [
          ...(required ? [] : [{ value: NONE, text: t.sourceNone }]),
          // A sheet the add-in made is offered only for the dataset its mark says it holds.
          ...options.filter((o) => o.holds === undefined || o.holds === dataset).map((o) => ({ value: o.key, text: sourceText(o, t) })),
        ];
        const hint =
          chosen !== null && chosen === proposed[dataset]
            ? format(t.sourceProposed, { dataset: name })
            : required && (proposed[dataset] ?? null) === null
              ? format(t.sourceNoMatch, { dataset: name })
              : undefined;
        return (
          <ChoiceField
            key={dataset}
            label={required ? name : format(t.sourceOptional, { dataset: name })}
            required={required}
            value={chosen ?? (required ? null : NONE)}
            choices={choices}
            hint={hint}
            validationMessage={required && chosen === null ? format(t.sourceMissing, { dataset: name }) : undefined}
            onChange={(key) => onChange(dataset, key === NONE ? null : key)}
          />
        );
      })}
    </div>
  );
}
