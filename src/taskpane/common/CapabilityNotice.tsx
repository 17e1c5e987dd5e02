import { useEffect, useRef } from "react";
import type { Capabilities } from "../../workbook/hostCapabilities";
import { format, type MessageKey } from "../i18n";
import { useMessageFeed } from "./MessageFeed";

/**
 * Says what this Excel lacks, once, in the message area: an error when the pane cannot build at all,
 * otherwise a note listing, in plain words, what differs without each missing feature (the requirement
 * sets' names only where the pane cannot build at all, for whoever updates Office).
 */
export function CapabilityNotice({ capabilities }: { capabilities: Capabilities }) {
  const feed = useMessageFeed();
  const reported = useRef(false);
  useEffect(() => {
    if (reported.current || capabilities.missing.length === 0) return;
    reported.current = true;
    const required = capabilities.missing.filter((m) => m.required);
    if (required.length > 0) {
      const sets = [...new Set(required.map((m) => m.set))].join(", ");
      feed.report({ pinned: true, intent: "error", text: (t) => format(t.hostUnsupported, { sets }) });
      return;
    }
    // How the add-in marks its sheets makes no difference a person sees: it is not worth a word.
    const noticed = capabilities.missing.filter((m) => m.feature !== "sheetMarkerProperty");
    if (noticed.length === 0) return;
    feed.report({
      pinned: true,
      intent: "info",
      text: (t) => t.hostDegraded,
      details: noticed.map((m) => (t) => format(t.capabilityLine, { set: m.set, effect: t[`effect_${m.feature}` as MessageKey] })),
    });
  }, [capabilities, feed]);
  return null;
}
