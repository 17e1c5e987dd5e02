import { createRoot } from "react-dom/client";
import { App } from "./App";
import { connectToHost } from "./host";
import { pickLanguage } from "./i18n";

async function start(container: HTMLElement): Promise<void> {
  const host = await connectToHost();
  const language = pickLanguage(host.displayLanguage, navigator.language);
  createRoot(container).render(<App initialLanguage={language} />);
}

const container = document.getElementById("root");
if (container) {
  start(container).catch((error: unknown) => {
    // React never mounted, so the reason goes straight into the page where the user can read it.
    container.textContent = `KPI Toolkit could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
}
