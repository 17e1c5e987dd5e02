import type { WorkbookHost } from "../../workbook/office";
import { sheetList } from "../common/BuildPanel";
import type { Engine } from "../common/loadEngine";
import type { FlowStart } from "../flow/draft";
import { draftFromPlan } from "../forms";
import { format, type Language, MESSAGES } from "../i18n";
import { loadSample, sampleBuild, sampleSources } from "./sampleTeam";

/**
 * Writes the sample team into the open workbook as new sheets (a name already taken gets " (2)": no
 * sheet of the person's is touched, and the sample's are not marked as the add-in's, so they are data
 * like any other) and returns where the flow opens: the sample's first review (a scorecard) on those
 * sheets, with the sample's plan.
 */
export async function writeSample(host: WorkbookHost, engine: Engine, language: Language): Promise<FlowStart> {
  const team = await loadSample(language);
  const { sheets: written } = await host.writeBuild(sampleBuild(team), { unmarked: true, replace: false, language });
  const restored = engine.restorePlan(team.plan);
  if (restored === null || "errors" in restored) throw new Error(restored === null ? "no plan" : restored.errors.join("; "));
  const plan = { ...restored.plan, sources: sampleSources(team, written) };
  const taken = team.sheets.map((s) => s.name).filter((name, i) => written[i] !== name);
  // Told in the language the sample was written in: the sheet names are in that language too.
  const t = MESSAGES[language];
  const notice: NonNullable<FlowStart["notice"]> = [{ intent: "success", text: format(t.sampleWritten, { sheets: sheetList(written, t) }) }];
  if (taken.length > 0) notice.push({ intent: "info", text: format(t.sampleRenamed, { sheets: sheetList(taken, t) }) });
  return { review: team.first.review, step: "sources", plan: draftFromPlan(plan), notice };
}
