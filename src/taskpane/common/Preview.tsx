import { Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { SheetSpec } from "../../sheets/spec";
import { format } from "../i18n";
import { useI18n } from "./I18nContext";
import { previewTable } from "./previewTable";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { marginTop: 0, marginBottom: 0 },
  summary: { marginTop: 0, marginBottom: 0, paddingLeft: tokens.spacingHorizontalL },
  scroller: {
    overflowX: "auto",
    maxWidth: "100%",
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
    ":focus-visible": { outlineWidth: tokens.strokeWidthThick, outlineStyle: "solid", outlineColor: tokens.colorStrokeFocus2 },
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke1,
    verticalAlign: "bottom",
  },
  td: {
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke3,
  },
});

export interface PreviewProps {
  sheet: SheetSpec;
  /** The build's summary lines, the numbers people look at first. */
  summary: readonly string[];
  /** Headers of the columns shown right after the name (the headline figures). */
  first?: readonly string[];
}

/** The review sheet's first rows as they will look in Excel, computed, and the build's summary. */
export function Preview({ sheet, summary, first = [] }: PreviewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const table = previewTable(sheet, undefined, first);
  return (
    <section className={styles.section} aria-labelledby="preview-heading">
      {summary.length > 0 ? (
        <>
          <Subtitle2 as="h3" className={styles.heading}>
            {t.summaryHeading}
          </Subtitle2>
          <ul className={styles.summary}>
            {summary.map((line, i) => (
              <li key={i}>
                <Body1>{line}</Body1>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Subtitle2 as="h3" id="preview-heading" className={styles.heading}>
        {format(t.previewHeading, { sheet: sheet.name })}
      </Subtitle2>
      {table === null || table.rows.length === 0 ? (
        <Body1 as="p">{t.previewEmpty}</Body1>
      ) : (
        <div className={styles.scroller} role="region" aria-label={format(t.previewRegion, { sheet: sheet.name })} tabIndex={0}>
          <table className={styles.table}>
            <thead>
              <tr>
                {table.columns.map((column, c) => (
                  <th key={c} scope="col" className={styles.th}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((text, c) => (
                    <td key={c} className={styles.td}>
                      {text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {table !== null && table.more > 0 ? <Caption1>{format(t.previewMore, { count: table.more })}</Caption1> : null}
    </section>
  );
}
