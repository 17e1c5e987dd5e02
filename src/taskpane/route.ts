/*
 * Where the pane opens. Each ribbon button (manifest.xml) opens the same task pane at its own URL,
 * taskpane.html?open=<place>: a review's kind, "rebuild" or "functions". Office's ShowTaskpane action takes
 * a URL and no argument, so the place travels in the query string and the pane reads it once, on load.
 */

/** The query parameter the ribbon's URLs carry. */
export const ROUTE_PARAMETER = "open";

/** Where the pane opens: the review flow (on a review, or on rebuilding what was built), or the functions. */
export type PaneRoute = { tab: "review"; review?: string } | { tab: "review"; rebuild: true } | { tab: "functions" };

/**
 * The place a pane URL's query string asks for; the review flow when it asks for none. A review's kind is
 * taken as written here and checked against the registry by the flow, which opens on the first step
 * when it names no review.
 *
 * @example
 * routeFrom("?open=functions") // => { tab: "functions" }
 * routeFrom("?open=scorecard") // => { tab: "review", review: "scorecard" }
 * routeFrom("") // => { tab: "review" }
 */
export function routeFrom(search: string): PaneRoute {
  const place = new URLSearchParams(search).get(ROUTE_PARAMETER)?.trim() ?? "";
  if (place === "functions") return { tab: "functions" };
  if (place === "rebuild") return { tab: "review", rebuild: true };
  if (/^[a-z]+$/.test(place)) return { tab: "review", review: place };
  return { tab: "review" };
}
