/** What the pane needs from its host. Outside Office (a plain browser, a test) every field is absent. */
export interface HostInfo {
  /** Office's display language, such as "zh-CN"; absent outside Office. */
  displayLanguage?: string;
}

/**
 * Waits for Office when office.js is loaded, so the pane renders in Excel and in a plain browser alike.
 * The pane shell reaches Office only through this, and the rest through WorkbookHost (office.ts).
 */
export async function connectToHost(): Promise<HostInfo> {
  if (typeof Office === "undefined") return {};
  await Office.onReady();
  return { displayLanguage: Office.context?.displayLanguage || undefined };
}
