import { makeStyles, Body1 } from "@fluentui/react-components";
import { REQUIRED, ROLES } from "../../datasets/columns";
import type { Dataset } from "../../datasets/records";
import { columnLetter } from "../../excel/a1";
import { format, type MessageKey, type Messages } from "../i18n";
import { ChoiceField } from "./ChoiceField";
import { useFormStyles } from "./formParts";
import { useI18n } from "./I18nContext";
import { choiceProblems, type ColumnChoice } from "./columnChoice";

const NOT_USED = "none";

const useStyles = makeStyles({
  note: { marginTop: 0, marginBottom: 0 },
});

export interface ColumnMapperProps {
  dataset: Dataset;
  /** Where the data is, as a person says it: `Sheet "Deals"`. */
  place: string;
  /** The header row's texts, null for blank cells. */
  headers: readonly (string | null)[];
  /** 1-based sheet row of the headers, or null when none was found. */
  headerRow: number | null;
  /** 1-based sheet column of headers[0]. */
  firstCol: number;
  choice: ColumnChoice;
  onChange: (role: string, column: number | null) => void;
  /** A KPI sheet's weight and direction columns among headers (the engine's, so the reader stays out of the first chunk). */
  hintColumns: (headers: readonly (string | null)[]) => { weight: number | null; direction: number | null };
}

/** Where a long KPI sheet's weights and directions come from: its weight and direction columns, if any. */
function hintNotes(headers: readonly (string | null)[], choice: ColumnChoice, letter: (col: number) => string, t: Messages, hintColumns: ColumnMapperProps["hintColumns"]): string[] {
  const used = new Set(Object.values(choice));
  const { weight, direction } = hintColumns(headers.map((h, col) => (used.has(col) ? null : h)));
  const notes: string[] = [];
  if (weight !== null) notes.push(format(t.weightsColumnAt, { letter: letter(weight), header: headers[weight] as string }));
  if (direction !== null) notes.push(format(t.directionsColumnAt, { letter: letter(direction), header: headers[direction] as string }));
  return notes;
}

/** The column of each role of a dataset, each changeable from the source's headers; required roles are marked. */
export function ColumnMapper({ dataset, place, headers, headerRow, firstCol, choice, onChange, hintColumns }: ColumnMapperProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const form = useFormStyles();
  const required = REQUIRED[dataset] as readonly string[];
  const { twice } = choiceProblems(dataset, choice);
  const letter = (col: number): string => columnLetter(firstCol - 1 + col);
  const choices = [
    { value: NOT_USED, text: t.columnNotUsed },
    ...headers.flatMap((header, col) => (header === null ? [] : [{ value: String(col), text: format(t.columnOption, { letter: letter(col), header }) }])),
  ];
  return (
    <fieldset className={form.section}>
      <legend className={form.legend}>{format(t.columnsOf, { dataset: t[`dataset_${dataset}`] })}</legend>
      <Body1 as="p" className={styles.note}>
        {headerRow === null ? format(t.noHeaderRow, { place }) : format(t.headerRowAt, { row: headerRow, place })}
      </Body1>
      {dataset === "scores" && headerRow !== null ? (
        <Body1 as="p" className={styles.note}>
          {[t.layoutLong, ...hintNotes(headers, choice, letter, t, hintColumns)].join(" ")}
        </Body1>
      ) : null}
      {(ROLES[dataset] as readonly string[]).map((role) => {
        const col = choice[role] ?? null;
        const isRequired = required.includes(role);
        const message =
          col === null && isRequired ? t.roleRequired : col !== null && twice.includes(col) ? format(t.columnTwice, { letter: letter(col) }) : undefined;
        return (
          <ChoiceField
            key={role}
            label={t[`role_${role}` as MessageKey]}
            required={isRequired}
            value={col === null ? (isRequired ? null : NOT_USED) : String(col)}
            choices={choices}
            validationMessage={message}
            placeholder={t.columnChoose}
            onChange={(value) => onChange(role, value === NOT_USED ? null : Number(value))}
          />
        );
      })}
    </fieldset>
  );
}
