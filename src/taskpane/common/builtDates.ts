import type { HostCallOptions, WorkbookHost } from "../../workbook/office";

/** When each review was last built in this workbook (ISO 8601), by review kind. */
export type BuiltDates = Readonly<Record<string, string>>;

/** The build dates read back from the workbook; anything that is not one is left out. */
export function readBuiltDates(saved: unknown): BuiltDates {
  if (typeof saved !== "object" || saved === null || Array.isArray(saved)) return {};
  return Object.fromEntries(Object.entries(saved).filter((entry): entry is [string, string] => typeof entry[1] === "string" && !Number.isNaN(Date.parse(entry[1]))));
}

/** Keeps in the workbook that the review `kind` was built at `when`, beside the other reviews' dates. */
export async function recordBuilt(host: WorkbookHost, kind: string, when: Date, call: HostCallOptions): Promise<void> {
  const dates = readBuiltDates(await host.loadPaneSetting("built", call));
  await host.savePaneSetting("built", { ...dates, [kind]: when.toISOString() }, call);
}
