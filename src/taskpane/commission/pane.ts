import { COMMISSION_LABELS } from "../../reviews/commission/labels";
import type { PaneHooks } from "../common/reviewPane";

/** What the pane does with the commission's section: the preview shows what is due and the difference first. */
export const commissionPane: PaneHooks = {
  headline: (language) => [COMMISSION_LABELS[language].due, COMMISSION_LABELS[language].difference],
};
