import type { ComponentType } from "react";
import type { Catalogue } from "../../i18n/languages";
import type { ReviewKind } from "../../reviews/registry";
import type { SectionFormProps } from "./formParts";

/**
 * What a review brings to the pane, beside its definition in the registry (name, help, datasets): its
 * plan form and the words of that form. src/taskpane/forms.tsx lists one per review, keyed by kind.
 */
export interface ReviewPane<K extends ReviewKind> {
  /** Edits the review's section of the plan. */
  Form: ComponentType<SectionFormProps<K>>;
  /** The form's words in every language. */
  labels: Catalogue<Readonly<Record<string, string>>>;
}
