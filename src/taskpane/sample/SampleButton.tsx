import { useState } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { messageOf } from "../common/BuildPanel";
import { useI18n } from "../common/I18nContext";
import { format } from "../i18n";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  text: { overflowWrap: "anywhere", whiteSpace: "normal" },
});

/**
 * "Try it with sample data": on the welcome and where the workbook has no data. It shows that it is
 * working, and a failure right under itself, where the person pressed.
 */
export function SampleButton({ onTry, appearance = "primary" }: { onTry: () => Promise<void>; appearance?: "primary" | "secondary" }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (): Promise<void> => {
    setWorking(true);
    setFailure(null);
    try {
      await onTry();
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setWorking(false);
    }
  };
  return (
    <div className={styles.box}>
      <div>
        <Button appearance={appearance} disabled={working} onClick={() => void run()}>
          {t.trySample}
        </Button>
      </div>
      {working ? <Spinner size="tiny" label={t.sampleWriting} /> : null}
      {failure !== null ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.text}>{format(t.sampleFailed, { message: failure })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
