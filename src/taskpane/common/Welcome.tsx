import { Body1, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { SampleButton } from "../sample/SampleButton";
import { useI18n } from "./I18nContext";
import { remember, remembered } from "./preferences";

const SEEN = "welcomeSeen";

/** Whether the welcome is still to be dismissed: while it shows, it is where the sample is offered. */
export function welcomePending(): boolean {
  return !remembered(SEEN);
}

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  paragraph: { marginTop: 0, marginBottom: 0 },
  steps: { marginTop: 0, marginBottom: 0, paddingLeft: tokens.spacingHorizontalXL },
  strong: { fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/**
 * The first run: what the add-in does and its three steps, and "Try it with sample data", until the
 * person dismisses it or tries the sample; remembered for this person (not this workbook), so it shows once.
 * The pane shows it while `welcomePending()`, and is told when it closes.
 */
export function Welcome({ onTrySample, onClose }: { onTrySample?: () => Promise<void>; onClose: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const close = (): void => {
    remember(SEEN);
    onClose();
  };
  return (
    <section className={styles.box} aria-label={t.welcomeTitle}>
      <Body1 as="p" className={mergeClasses(styles.paragraph, styles.strong)}>
        {t.welcomeTitle}
      </Body1>
      <Body1 as="p" className={styles.paragraph}>
        {t.welcomeWhat}
      </Body1>
      <ol className={styles.steps}>
        <li>
          <Body1>{t.welcomeStep1}</Body1>
        </li>
        <li>
          <Body1>{t.welcomeStep2}</Body1>
        </li>
        <li>
          <Body1>{t.welcomeStep3}</Body1>
        </li>
      </ol>
      {onTrySample ? (
        <Body1 as="p" className={styles.paragraph}>
          {t.trySampleWhat}
        </Body1>
      ) : null}
      <div className={styles.buttons}>
        {onTrySample ? (
          <SampleButton
            onTry={async () => {
              await onTrySample();
              close();
            }}
          />
        ) : null}
        <div>
          <Button
            appearance={onTrySample ? "secondary" : "primary"}
            onClick={close}
          >
            {t.welcomeDismiss}
          </Button>
        </div>
      </div>
    </section>
  );
}
