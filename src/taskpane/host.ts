/** What the pane needs from its host. Outside Office (a plain browser, a test) every field is absent. */
export interface HostInfo {
  /** Office's display language, such as "zh-CN"; absent outside Office. */
  displayLanguage?: string;
}

/**
 * Waits for Office when office.js is loaded, so the pane renders in Excel and in a plain browser alike.
 * The only place in the pane shell that touches the Office global.
 */
export async function connectToHost(): Promise<HostInfo> {
  if (typeof Office === "undefined") return {};
  await Office.onReady();
  return { displayLanguage: Office.context?.displayLanguage || undefined };
}
