import { Dropdown, Field, makeStyles, Option } from "@fluentui/react-components";

// Fluent gives a dropdown 250px at least: wider than a KPI card's column in a 320-500px pane.
const useStyles = makeStyles({ dropdown: { minWidth: 0, maxWidth: "100%" } });

export interface Choice {
  value: string;
  text: string;
}

interface ChoiceFieldProps {
  label: string;
  /** The chosen value, or null when nothing is chosen yet. */
  value: string | null;
  choices: readonly Choice[];
  onChange: (value: string) => void;
  hint?: string;
  validationMessage?: string;
  required?: boolean;
  placeholder?: string;
}

/** A labelled dropdown of choices; keyboard: Enter or Alt+Down opens it, arrows move, Enter picks. */
export function ChoiceField({ label, value, choices, onChange, hint, validationMessage, required, placeholder }: ChoiceFieldProps) {
  const chosen = choices.find((choice) => choice.value === value);
  const styles = useStyles();
  return (
    <Field label={label} hint={hint} validationMessage={validationMessage} required={required}>
      <Dropdown
        className={styles.dropdown}
        {...(validationMessage !== undefined ? { "data-issue": "true" } : {})}
        value={chosen?.text ?? ""}
        selectedOptions={chosen ? [chosen.value] : []}
        placeholder={placeholder}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined) onChange(data.optionValue);
        }}
      >
        {choices.map((choice) => (
          <Option key={choice.value} value={choice.value} text={choice.text}>
            {choice.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
