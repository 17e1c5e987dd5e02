import { type ReactNode, useCallback, useEffect, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Plan } from "../../reviews/plan";
import type { ReviewKind } from "../../reviews/registry";

/** Finds the message for a plan field, by path ("scorecard.kpis.0.weight"); undefined when it is fine. */
export type ErrorLookup = (path: string, options?: { percent?: boolean; within?: boolean }) => string | undefined;

/** What each builder's plan form gets: its section of the plan, a way to change it, and the field messages. */
export interface SectionFormProps<K extends ReviewKind> {
  /** The review's name in the pane's language, from its definition in the registry. */
  name: string;
  value: Plan[K];
  onChange: (next: Plan[K]) => void;
  error: ErrorLookup;
}

export const useFormStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderTopStyle: "none",
    borderLeftStyle: "none",
    borderRightStyle: "none",
    borderBottomStyle: "none",
    marginLeft: 0,
    marginRight: 0,
    paddingLeft: 0,
    paddingRight: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, paddingLeft: 0, paddingRight: 0 },
  item: {
    display: "grid",
    // Two fields side by side only where both labels fit; a task pane is often narrower than that.
    gridTemplateColumns: "repeat(auto-fill, minmax(180px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    "& > *": { minWidth: 0 },
    rowGap: tokens.spacingVerticalS,
    alignItems: "start",
    marginLeft: 0,
    marginRight: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderTopWidth: tokens.strokeWidthThin,
    borderRightWidth: tokens.strokeWidthThin,
    borderBottomWidth: tokens.strokeWidthThin,
    borderLeftWidth: tokens.strokeWidthThick,
    borderTopStyle: "solid",
    borderRightStyle: "solid",
    borderBottomStyle: "solid",
    borderLeftStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
    borderRightColor: tokens.colorNeutralStroke2,
    borderBottomColor: tokens.colorNeutralStroke2,
    borderLeftColor: tokens.colorBrandStroke2,
    borderRadius: tokens.borderRadiusMedium,
  },
  itemLegend: { fontWeight: tokens.fontWeightSemibold, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  wide: { gridColumnStart: 1, gridColumnEnd: -1 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, gridColumnStart: 1, gridColumnEnd: -1 },
  note: { marginTop: 0, marginBottom: 0, color: tokens.colorNeutralForeground2 },
});

/** A titled group of fields: a fieldset whose legend names it for screen readers and sighted users alike. */
export function Section({ legend, children }: { legend: string; children: ReactNode }) {
  const styles = useFormStyles();
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** One item of a list in a form (a KPI, a stage, a tier): its fields and its own Remove button. */
export function ListItem({ legend, removeLabel, onRemove, children, actions }: { legend: string; removeLabel: string; onRemove?: () => void; children: ReactNode; actions?: ReactNode }) {
  const styles = useFormStyles();
  return (
    <fieldset className={styles.item}>
      <legend className={styles.itemLegend}>{legend}</legend>
      {children}
      <div className={styles.actions}>
        {actions}
        {onRemove ? (
          <Button size="small" onClick={onRemove}>
            {removeLabel}
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}

/**
 * Moves focus to an element once it has rendered: the name field of a row just added, or the Add button
 * after a row is removed, so keyboard users stay where the change happened.
 */
export function useFocusSoon(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target === null) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return useCallback((id: string) => setTarget(id), []);
}

/** Replaces one item of a list, leaving the rest as they are. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

/** The list without one item. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
