import { Component, type ErrorInfo, type ReactNode } from "react";
import { Body1, Button } from "@fluentui/react-components";
import { format, type Messages } from "../i18n";
import { useI18n } from "./I18nContext";
import { type MessageFeedApi, useMessageFeed } from "./MessageFeed";

interface BoundaryProps {
  children: ReactNode;
  t: Messages;
  report: MessageFeedApi["report"];
}

/** The boundary itself; React only offers error boundaries as classes. */
class Boundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error, _info: ErrorInfo): void {
    // The reason goes to the message area like every other error; the panel shows only a way back.
    this.props.report({ intent: "error", text: (t) => format(t.panelFailed, { message: error.message }) });
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="group" aria-label={this.props.t.tryAgain}>
        <Body1 as="p">{this.props.t.panelStopped}</Body1>
        <Button onClick={() => this.setState({ failed: false })}>{this.props.t.tryAgain}</Button>
      </div>
    );
  }
}

/** Keeps a failing panel from taking the pane down: it reports the error to the message area and offers a retry. */
export function ErrorBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { report } = useMessageFeed();
  return (
    <Boundary t={t} report={report}>
      {children}
    </Boundary>
  );
}
