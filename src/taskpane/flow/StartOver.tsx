import { ConfirmButton } from "../common/ConfirmButton";
import { useI18n } from "../common/I18nContext";

/** "Start over", in the flow's footer on every step once a review is chosen; it asks first. */
export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const { t } = useI18n();
  return <ConfirmButton label={t.startOver} title={t.startOverTitle} text={t.startOverText} onConfirm={onConfirm} appearance="subtle" />;
}
