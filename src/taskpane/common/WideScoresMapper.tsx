import { Body1, makeStyles } from "@fluentui/react-components";
import type { KpiDirection } from "../../datasets/records";
import { directionHint } from "../../datasets/kpiDirection";
import type { WideLayout } from "../../datasets/scoresLayout";
import { columnLetter } from "../../excel/a1";
import { format, type MessageKey } from "../i18n";
import { ChoiceField } from "./ChoiceField";
import { NumberField } from "./fields";
import { ListItem, useFormStyles } from "./formParts";
import { useI18n } from "./I18nContext";
import type { ColumnChoice } from "./columnChoice";

const NOT_USED = "none";

const useStyles = makeStyles({
  note: { marginTop: 0, marginBottom: 0 },
});

/** A KPI's weight and direction as the build takes them, and where each comes from (see scorecard/kpiSettings.ts). */
export interface KpiSettingView {
  weight: number;
  weightFrom: string;
  direction: KpiDirection;
  directionFrom: string;
}

export interface WideScoresMapperProps {
  /** Where the data is, as a person says it: `Sheet "绩效考核表"`. */
  place: string;
  layout: WideLayout;
  /** 1-based sheet row of the grid's first row, and sheet column of its first column. */
  firstRow: number;
  firstCol: number;
  choice: ColumnChoice;
  /** KPIs whose pair the person changed (kept in the plan). */
  changed: ReadonlySet<string>;
  /** Saved corrections that did not fit the sheet. */
  dropped: readonly string[];
  onColumn: (role: "name" | "team", column: number | null) => void;
  onPair: (kpi: string, side: "target" | "actual", column: number) => void;
  /** Each KPI's weight and direction, when the review weighs KPIs; absent otherwise. */
  settings?: (kpi: string) => KpiSettingView | undefined;
  onWeight?: (kpi: string, weight: number) => void;
  onDirection?: (kpi: string, direction: KpiDirection) => void;
}

/** What a KPI library gives beside the targets, as the column step's sentence says it. */
function libraryGives(entries: readonly { weight: number | null; direction: KpiDirection | null }[]): MessageKey {
  const weights = entries.some((e) => e.weight !== null) ? "w" : "";
  const directions = entries.some((e) => e.direction !== null) ? "d" : "";
  return `libraryGives_t${weights}${directions}` as MessageKey;
}

/** A number from the data as a person wrote it, without float noise: 0.9, 100. */
function shownNumber(n: number): string {
  return String(Number.parseFloat(n.toPrecision(12)));
}

/**
 * The column step on a KPI sheet with one row per person: the layout found, the person's columns, and
 * for each KPI its target and actual columns (or its one column), weight and direction, each with where
 * it comes from; a pair, a weight or a direction can be changed.
 */
export function WideScoresMapper({ place, layout, firstRow, firstCol, choice, changed, dropped, onColumn, onPair, settings, onWeight, onDirection }: WideScoresMapperProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const form = useFormStyles();
  const letter = (col: number): string => columnLetter(firstCol - 1 + col);
  const row = firstRow + layout.headerRow;
  const source = layout.targetSource;
  // An actuals sheet of a KPI library: the sheet its targets (and weights, directions) come from.
  const library = source?.kind === "library" ? format(t.placeSheet, { name: source.library.sheet }) : "";
  const summary =
    source?.kind === "row"
      ? format(t.layoutTargetRow, { target: firstRow + source.targetRow, row, place })
      : source?.kind === "fullMarks"
        ? format(t.layoutScores, { row, place })
        : source?.kind === "library"
          ? format(t.layoutLibrary, { row, place, library, what: t[libraryGives(source.entries)] })
          : format(layout.headerRows === 2 ? t.layoutTwoRows : t.layoutPairs, { row, place });
  const columns = layout.headers.flatMap((header, col) => (header === null ? [] : [{ value: String(col), text: format(t.columnOption, { letter: letter(col), header }) }]));
  // A KPI's column is never the person's or the team's.
  const kpiColumns = columns.filter((c) => Number(c.value) !== layout.name && Number(c.value) !== layout.team);
  const used = new Set([layout.name, layout.team ?? -1, ...layout.pairs.flatMap((p) => [p.target, p.actual])]);
  // A total score column is left out by the reader with its own word; it is no unread KPI.
  const totals: readonly string[] = source?.kind === "fullMarks" ? source.totals : [];
  const notRead = layout.headers.filter((h, col): h is string => h !== null && !used.has(col) && !totals.includes(h));
  const quoted = (list: readonly string[]): string => list.map((text) => format(t.quoted, { text })).join(t.listSeparator);
  const single = source !== undefined;
  return (
    <fieldset className={form.section}>
      <legend className={form.legend}>{format(t.columnsOf, { dataset: t.dataset_scores })}</legend>
      <Body1 as="p" className={styles.note}>
        {summary}
      </Body1>
      {dropped.length > 0 ? (
        <Body1 as="p" className={styles.note}>
          {format(t.pairsDropped, { list: quoted(dropped) })}
        </Body1>
      ) : null}
      <fieldset className={form.item}>
        <legend className={form.itemLegend}>{t.personColumns}</legend>
        {(["name", "team"] as const).map((role) => {
          const col = choice[role] ?? null;
          return (
            <ChoiceField
              key={role}
              label={t[`role_${role}` as MessageKey]}
              required={role === "name"}
              value={col === null ? (role === "name" ? null : NOT_USED) : String(col)}
              choices={role === "name" ? columns : [{ value: NOT_USED, text: t.columnNotUsed }, ...columns]}
              validationMessage={col === null && role === "name" ? t.roleRequired : undefined}
              placeholder={t.columnChoose}
              onChange={(value) => onColumn(role, value === NOT_USED ? null : Number(value))}
            />
          );
        })}
      </fieldset>
      <fieldset className={form.section}>
        <legend className={form.legend}>{t.kpisFound}</legend>
        {layout.pairs.map((pair, k) => {
          const setting = settings?.(pair.kpi);
          const header = [pair.target, pair.actual].map((c) => layout.headers[c]).find((h) => h && directionHint(h).direction !== null) ?? "";
          const entry = source?.kind === "library" ? source.entries[k] : undefined;
          return (
            <ListItem key={pair.kpi} legend={format(t.kpiLegend, { kpi: pair.kpi })} removeLabel="">
              {entry ? (
                // The library's KPIs are found by name: no column to choose, the target is the library's.
                <Body1 as="p" className={styles.note}>
                  {format(t.libraryPair, { column: format(t.columnOption, { letter: letter(pair.actual), header: layout.headers[pair.actual] ?? "" }), target: shownNumber(entry.target), row: entry.row })}
                </Body1>
              ) : single ? (
                <ChoiceField
                  label={source?.kind === "fullMarks" ? t.pairScore : t.pairActual}
                  value={String(pair.actual)}
                  choices={kpiColumns}
                  hint={changed.has(pair.kpi) ? t.pairChanged : undefined}
                  onChange={(value) => onPair(pair.kpi, "actual", Number(value))}
                />
              ) : (
                (["target", "actual"] as const).map((side) => (
                  <ChoiceField
                    key={side}
                    label={side === "target" ? t.pairTarget : t.pairActual}
                    value={String(pair[side])}
                    choices={kpiColumns}
                    hint={changed.has(pair.kpi) ? t.pairChanged : undefined}
                    onChange={(value) => onPair(pair.kpi, side, Number(value))}
                  />
                ))
              )}
              {setting && onWeight && onDirection ? (
                <>
                  <NumberField
                    label={t.kpiWeight}
                    blank={undefined}
                    value={setting.weight}
                    hint={format(t[`weightFrom_${setting.weightFrom}` as MessageKey], { library })}
                    onChange={(weight) => {
                      if (weight !== undefined && Number.isFinite(weight)) onWeight(pair.kpi, weight);
                    }}
                  />
                  <ChoiceField
                    label={t.kpiDirection}
                    value={setting.direction}
                    choices={[
                      { value: "higher", text: t.kpiHigher },
                      { value: "lower", text: t.kpiLower },
                    ]}
                    hint={format(t[`directionFrom_${setting.directionFrom}` as MessageKey], { header, library })}
                    onChange={(direction) => onDirection(pair.kpi, direction as KpiDirection)}
                  />
                </>
              ) : null}
            </ListItem>
          );
        })}
      </fieldset>
      {notRead.length > 0 ? (
        <Body1 as="p" className={styles.note}>
          {format(source?.kind === "library" ? t.kpisNotInLibrary : t.kpisNotRead, { list: quoted(notRead) })}
        </Body1>
      ) : null}
    </fieldset>
  );
}
