import { Body1, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { FUNCTION_AREAS, functionsIn, signatureOf, type KpiFunction } from "../functionCatalog";
import { useI18n } from "../common/I18nContext";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  paragraph: { marginTop: 0, marginBottom: 0 },
  area: { marginTop: tokens.spacingVerticalS, marginBottom: 0 },
  list: {
    listStyleType: "none",
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorBrandStroke2,
  },
  name: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  example: { color: tokens.colorNeutralForeground2 },
});

/** What KPI Toolkit's functions do: each KPI.* function by area, with its signature and an example. */
export function FunctionList() {
  const { t, language } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <Body1 as="p" className={styles.paragraph}>
        {t.intro}
      </Body1>
      <Body1 as="p" className={styles.paragraph}>
        {t.howTo}
      </Body1>
      {FUNCTION_AREAS.map((area) => (
        <section key={area.id} aria-labelledby={`area-${area.id}`}>
          <Subtitle2 as="h2" id={`area-${area.id}`} className={styles.area}>
            {area.title[language]}
          </Subtitle2>
          <ul className={styles.list}>
            {functionsIn(area.id).map((fn) => (
              <FunctionItem key={fn.name} fn={fn} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** One function: its signature, what it returns and an example with its result. */
function FunctionItem({ fn }: { fn: KpiFunction }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  return (
    <li className={styles.item} data-function={fn.name}>
      <Body1 as="h3" className={styles.name}>
        <code className={styles.code}>{signatureOf(fn)}</code>
      </Body1>
      <Body1 as="p" className={styles.paragraph}>
        {fn.summary[language]}
      </Body1>
      <Caption1 as="p" className={mergeClasses(styles.paragraph, styles.example)}>
        {t.example}
        {t.colon}
        <code className={styles.code}>{fn.example.formula}</code> → <code className={styles.code}>{fn.example.result}</code>
      </Caption1>
    </li>
  );
}
