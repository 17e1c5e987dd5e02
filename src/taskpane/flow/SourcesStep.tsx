import { Body1, Spinner } from "@fluentui/react-components";
import { useI18n } from "../common/I18nContext";
import { SourcePicker } from "../common/SourcePicker";
import type { NeededDataset } from "./steps";
import type { Sources } from "./useSources";

export interface SourcesStepProps {
  datasets: readonly NeededDataset[];
  sources: Sources;
}

/** The data step: which table or sheet holds each dataset, once the workbook has been read. */
export function SourcesStep({ datasets, sources }: SourcesStepProps) {
  const { t } = useI18n();
  const { loading, options, reads, chosen, proposed, choose } = sources;
  if (loading || options === null) return <Spinner size="small" label={t.readingWorkbook} />;
  if (options.length === 0) return <Body1 as="p">{t.noSources}</Body1>;
  return <SourcePicker datasets={datasets} options={options.filter((o) => reads.has(o.key))} value={chosen} proposed={proposed} onChange={choose} />;
}
