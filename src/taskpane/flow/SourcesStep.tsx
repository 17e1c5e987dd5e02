import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { REQUIRED } from "../../datasets/columns";
import { useI18n } from "../common/I18nContext";
import { format, type MessageKey } from "../i18n";
import { SourcePicker } from "../common/SourcePicker";
import { SampleButton } from "../sample/SampleButton";
import type { NeededDataset } from "./steps";
import { useFlowStyles } from "./styles";
import type { Sources } from "./useSources";

export interface SourcesStepProps {
  datasets: readonly NeededDataset[];
  sources: Sources;
  /** Reads the workbook again, once the person has put data in it. */
  onLookAgain: () => void;
  /** Writes the sample team into the workbook: the way on from an empty workbook. */
  onTrySample?: () => Promise<void>;
}

/** The data step: which table or sheet holds each dataset, once the workbook has been read. */
export function SourcesStep({ datasets, sources, onLookAgain, onTrySample }: SourcesStepProps) {
  const { t } = useI18n();
  const styles = useFlowStyles();
  const { loading, options, reads, chosen, proposed, choose } = sources;
  if (loading || options === null) return <Spinner size="small" label={t.readingWorkbook} />;
  const readable = options.filter((o) => reads.has(o.key));
  if (readable.length === 0) {
    // One message and a way on: what to put in the workbook, and a button to look again.
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.noSources}</MessageBarTitle>
          <Body1 as="p">{t.noSourcesHow}</Body1>
          <ul>
            {datasets
              .filter((d) => d.required)
              .map(({ dataset }) => (
                <li key={dataset}>
                  {format(t.named, { label: t[`dataset_${dataset}`], text: REQUIRED[dataset].map((role) => t[`role_${role}` as MessageKey]).join(t.listSeparator) })}
                </li>
              ))}
          </ul>
          <div className={styles.buttons}>
            {onTrySample ? <SampleButton onTry={onTrySample} /> : null}
            <Button appearance={onTrySample ? "secondary" : "primary"} onClick={onLookAgain}>
              {t.lookAgain}
            </Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <SourcePicker datasets={datasets} options={readable} value={chosen} proposed={proposed} onChange={choose} />;
}
