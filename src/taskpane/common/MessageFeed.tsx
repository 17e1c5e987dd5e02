import { createContext, type ReactNode, useContext, useMemo, useRef, useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { Messages } from "../i18n";
import { useI18n } from "./I18nContext";

/** Text in the pane's language: given as a function of the catalogue, it follows a language switch. */
export type Localized = string | ((t: Messages) => string);

/** One message for the user; `details` are lines under it, such as every bad cell of a failed read. */
export interface FeedMessage {
  id: number;
  intent: "error" | "warning" | "success" | "info";
  text: Localized;
  details?: readonly Localized[];
  /** Stays when the flow moves on (what this Excel lacks); only the user dismisses it. */
  pinned?: boolean;
}

export interface MessageFeedApi {
  /** Shows a message; it stays until dismissed or the flow moves on. */
  report(message: Omit<FeedMessage, "id">): void;
  dismiss(id: number): void;
  /** Clears every message but the pinned ones, when the user starts something new. */
  clear(): void;
}

const FeedApiContext = createContext<MessageFeedApi | null>(null);
const FeedListContext = createContext<readonly FeedMessage[]>([]);

/**
 * Holds the one list of messages the pane shows; every panel reports through it. The reporting
 * functions never change, so a panel's effects that report do not run again because a message came.
 */
export function MessageFeedProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<readonly FeedMessage[]>([]);
  const next = useRef(1);
  const api = useMemo<MessageFeedApi>(
    () => ({
      report: (message) => {
        const id = next.current++;
        setMessages((list) => [...list, { ...message, id }]);
      },
      dismiss: (id) => setMessages((list) => list.filter((m) => m.id !== id)),
      clear: () => setMessages((list) => (list.some((m) => m.pinned) ? list.filter((m) => m.pinned) : [])),
    }),
    [],
  );
  return (
    <FeedApiContext.Provider value={api}>
      <FeedListContext.Provider value={messages}>{children}</FeedListContext.Provider>
    </FeedApiContext.Provider>
  );
}

/** How a panel reports to the user: the only path errors, warnings and results take to the screen. */
export function useMessageFeed(): MessageFeedApi {
  const feed = useContext(FeedApiContext);
  if (feed === null) throw new Error("useMessageFeed needs a MessageFeedProvider above it");
  return feed;
}

const useStyles = makeStyles({
  region: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  details: { marginTop: tokens.spacingVerticalXS, marginBottom: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  text: { overflowWrap: "anywhere", whiteSpace: "normal" },
});

/** The message area: one MessageBar per message, newest last, each with a dismiss button. */
export function MessageFeed() {
  const messages = useContext(FeedListContext);
  const feed = useMessageFeed();
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section aria-label={t.messagesLabel} className={styles.region}>
      <MessageBarGroup>
        {messages.map((message) => (
          <MessageBar key={message.id} intent={message.intent} layout="multiline" politeness={message.intent === "error" ? "assertive" : "polite"}>
            <MessageBarBody className={styles.text}>
              {typeof message.text === "function" ? message.text(t) : message.text}
              {message.details && message.details.length > 0 ? (
                <ul className={styles.details}>
                  {message.details.map((line, i) => (
                    <li key={i}>{typeof line === "function" ? line(t) : line}</li>
                  ))}
                </ul>
              ) : null}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={t.dismiss}
                  onClick={(event) => {
                    // Focus stays in the pane: on the next message's dismiss button, else the step's heading.
                    const region = event.currentTarget.closest("section");
                    feed.dismiss(message.id);
                    setTimeout(() => {
                      const target = region?.querySelector<HTMLElement>("button") ?? document.getElementById("step-heading") ?? document.querySelector<HTMLElement>("h1");
                      target?.focus();
                    }, 0);
                  }}
                >
                  ×
                </Button>
              }
            />
          </MessageBar>
        ))}
      </MessageBarGroup>
    </section>
  );
}
