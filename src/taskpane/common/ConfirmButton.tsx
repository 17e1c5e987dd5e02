import { useState } from "react";
import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger } from "@fluentui/react-components";
import { useI18n } from "./I18nContext";

export interface ConfirmButtonProps {
  /** The button's words, also those of the button that confirms. */
  label: string;
  /** The question the dialog asks, and what confirming does. */
  title: string;
  text: string;
  onConfirm: () => void;
  appearance?: "subtle" | "secondary";
  size?: "small" | "medium";
  className?: string;
}

/**
 * A button for something that cannot be undone (start over, reset the plan): it asks first, in a modal
 * dialog that keeps focus inside it and gives it back to the button when cancelled.
 */
export function ConfirmButton({ label, title, text, onConfirm, appearance = "secondary", size = "medium", className }: ConfirmButtonProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)} modalType="alert">
      <DialogTrigger disableButtonEnhancement>
        <Button appearance={appearance} size={size} className={className}>
          {label}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <Body1>{text}</Body1>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {label}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{t.cancel}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
