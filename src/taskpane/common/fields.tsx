import { createContext, useContext, useEffect, useRef, useState } from "react";
import { Field, Input } from "@fluentui/react-components";
import { parseNumber } from "../../core/text/parseNumber";

/**
 * True once the person has asked to see every field in error (the step's "go to the field" link): a
 * blank field's message then shows even if it was never visited.
 */
export const RevealErrorsContext = createContext(false);

/**
 * The message a field shows: a blank field says nothing until it has been left (blur) or every error is
 * revealed, so a new KPI does not greet the person with "Enter a name." The input still carries
 * `data-issue` so the step's summary can name and reach it.
 */
function useShownMessage(message: string | undefined, blank: boolean): { shown: string | undefined; onBlur: () => void; marker: { "data-issue"?: string } } {
  const reveal = useContext(RevealErrorsContext);
  const [left, setLeft] = useState(false);
  return {
    shown: message !== undefined && (!blank || left || reveal) ? message : undefined,
    onBlur: () => setLeft(true),
    marker: message !== undefined ? { "data-issue": "true" } : {},
  };
}

/** Shows a number as a person would type it: no float noise, a fraction as percent points in a percent field. */
export function numberText(value: number | null | undefined, percent: boolean): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  return String(Number.parseFloat((percent ? value * 100 : value).toPrecision(12)));
}

/**
 * Reads what was typed into a number field: blank is `blank`, text that is not a number is NaN (the plan
 * schema then names the field), and in a percent field "85" and "85%" both mean 0.85.
 *
 * @example
 * readNumberText("1,200", false, null) // => 1200
 * readNumberText("85", true, null) // => 0.85
 * readNumberText("", true, null) // => null
 */
export function readNumberText<B extends null | undefined>(text: string, percent: boolean, blank: B): number | B {
  if (text.trim() === "") return blank;
  const n = parseNumber(text);
  if (n === null) return Number.NaN;
  if (!percent || /%\s*$/.test(text)) return n;
  return Number.parseFloat((n / 100).toPrecision(15));
}

interface NumberFieldProps<B extends null | undefined> {
  /** The input's id, to move focus to it. */
  id?: string;
  label: string;
  value: number | B;
  onChange: (value: number | B) => void;
  /** What a blank field means: null (no cap, no limit) or undefined (not set, a default applies). */
  blank: B;
  /** The value is a fraction shown as percent points (0.85 as 85). */
  percent?: boolean;
  hint?: string;
  validationMessage?: string;
  required?: boolean;
}

/** A labelled number input that keeps what the user types and reports the number it means. */
export function NumberField<B extends null | undefined>({ id, label, value, onChange, blank, percent = false, hint, validationMessage, required }: NumberFieldProps<B>) {
  const [text, setText] = useState(() => numberText(value, percent));
  const typed = useRef(value);
  useEffect(() => {
    // Only a change from outside (a default filled in, a plan restored) replaces what the user typed.
    if (!Object.is(value, typed.current)) {
      typed.current = value;
      setText(numberText(value, percent));
    }
  }, [value, percent]);
  const message = useShownMessage(validationMessage, text.trim() === "");
  return (
    <Field label={label} hint={hint} validationMessage={message.shown} required={required}>
      <Input
        id={id}
        {...message.marker}
        onBlur={message.onBlur}
        inputMode="decimal"
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const next = readNumberText(data.value, percent, blank);
          typed.current = next;
          onChange(next);
        }}
      />
    </Field>
  );
}

interface TextFieldProps {
  /** The input's id, to move focus to it. */
  id?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  validationMessage?: string;
  required?: boolean;
}

/** A labelled text input. */
export function TextField({ id, label, value, onChange, hint, validationMessage, required }: TextFieldProps) {
  const message = useShownMessage(validationMessage, value.trim() === "");
  return (
    <Field label={label} hint={hint} validationMessage={message.shown} required={required}>
      <Input id={id} {...message.marker} onBlur={message.onBlur} value={value} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}

/** Splits a list typed with commas (also Chinese ， and 、) into its trimmed, non-blank items. */
export function listItems(text: string): string[] {
  return text
    .split(/[,，、;；]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

interface ListFieldProps<T> {
  label: string;
  value: readonly T[];
  onChange: (value: T[]) => void;
  /** Turns one typed item into a value (NaN for a number that is not one). */
  read: (item: string) => T;
  show: (value: T) => string;
  hint?: string;
  validationMessage?: string;
}

/** A labelled input for a short list typed with commas: other names of a stage, a ramp of percentages. */
export function ListField<T>({ label, value, onChange, read, show, hint, validationMessage }: ListFieldProps<T>) {
  const [text, setText] = useState(() => value.map(show).join(", "));
  const typed = useRef(value);
  useEffect(() => {
    if (value !== typed.current) {
      typed.current = value;
      setText(value.map(show).join(", "));
    }
  }, [value, show]);
  const message = useShownMessage(validationMessage, text.trim() === "");
  return (
    <Field label={label} hint={hint} validationMessage={message.shown}>
      <Input
        {...message.marker}
        onBlur={message.onBlur}
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const next = listItems(data.value).map(read);
          typed.current = next;
          onChange(next);
        }}
      />
    </Field>
  );
}
