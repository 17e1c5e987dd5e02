import { createRoot } from "react-dom/client";
import { hostCapabilities } from "../workbook/hostCapabilities";
import { officeHost } from "../workbook/office";
import { App } from "./App";
import { connectToHost } from "../workbook/officeStart";
import { format, MESSAGES, pickLanguage } from "./i18n";
import { routeFrom } from "./route";

async function start(container: HTMLElement): Promise<void> {
  const info = await connectToHost();
  const language = pickLanguage(info.displayLanguage, navigator.language);
  // Asked after Office is ready: before that every requirement set reads as missing.
  const capabilities = hostCapabilities();
  createRoot(container).render(<App initialLanguage={language} host={officeHost()} capabilities={capabilities} route={routeFrom(window.location.search)} />);
}

const container = document.getElementById("root");
if (container) {
  start(container).catch((error: unknown) => {
    // React never mounted, so the reason goes straight into the page where the user can read it.
    const t = MESSAGES[pickLanguage(navigator.language)];
    container.textContent = format(t.startFailed, { message: error instanceof Error ? error.message : String(error) });
  });
}
