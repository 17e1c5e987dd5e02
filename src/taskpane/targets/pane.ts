import { headerTexts } from "../../datasets/gridBasics";
import type { PaneHooks } from "../common/reviewPane";
import { inEveryLanguage } from "../i18n";
import { TARGETS_LABELS } from "./labels";

/**
 * What the pane does with the target plan's section: with weighting by a column, the column is the one
 * chosen as Weight for the people table.
 */
/** The note naming the column chosen as Weight for the people table, for the plan form to show. */
export const WEIGHT_COLUMN_NOTE = "people.weightColumn";

export const targetsPane: PaneHooks = {
  notes: (_plan, sources) => {
    const people = sources.people;
    const col = people?.choice.weight ?? null;
    const header = people && col !== null ? headerTexts(people.read.grid[people.headerRow])[col] : null;
    const notes: Record<string, string> = {};
    if (header) notes[WEIGHT_COLUMN_NOTE] = header;
    return notes;
  },

  withSources: (plan, sources) => {
    if (plan.targets.weighting !== "column") return plan;
    const people = sources.people;
    const col = people?.choice.weight ?? null;
    const header = people && col !== null ? headerTexts(people.read.grid[people.headerRow])[col] : null;
    return { ...plan, targets: { ...plan.targets, weightColumn: header ?? undefined } };
  },


  rule: (path) => (path[path.length - 1] === "weightColumn" ? inEveryLanguage(TARGETS_LABELS, (l) => l.errWeightColumn) : undefined),
};
