import { ConfirmButton } from "../common/ConfirmButton";
import { useI18n } from "../common/I18nContext";
import { useFlowStyles } from "./styles";

/** "Start over", in the flow's footer on every step once a review is chosen; it asks first. */
export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const { t } = useI18n();
  const styles = useFlowStyles();
  // Small and at the far end of Back and Next, so the three fit one row of a 320 px pane.
  return <ConfirmButton label={t.startOver} title={t.startOverTitle} text={t.startOverText} onConfirm={onConfirm} appearance="subtle" size="small" className={styles.startOver} />;
}
