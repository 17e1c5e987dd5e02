import type { Dataset } from "../../datasets/records";
import type { Plan } from "../../reviews/plan";
import type { ReviewKind } from "../../reviews/registry";
import type { Build, SheetSpec } from "../../sheets/spec";
import type { Language } from "../i18n";

/**
 * One sheet of the sample team as the pane writes it: the bundled sample workbook's sheet read back
 * cell for cell by examples/paneSample.ts (which writes sampleTeam.<language>.json beside this file).
 */
export interface SampleSheet {
  name: string;
  /** Values from A1: text, numbers (dates as Excel serials), null for an empty cell. */
  rows: (string | number | boolean | null)[][];
  /** The number format of each column's numbers ("yyyy-mm-dd", "#,##0"), null for General. */
  formats: (string | null)[];
  /** Column widths in characters. */
  widths: number[];
  /** Merged ranges ("A1:G1"). */
  merges: string[];
}

/**
 * The sample team in one language: the sheets of examples/sample-team*.xlsx but the activity log, and
 * the plan that goes with them (examples/plan*.json, the command line's plan file).
 */
export interface SampleTeam {
  language: Language;
  /** The review the first run opens on the sample, and the sample's sheet each of its datasets reads. */
  first: { review: ReviewKind; sources: Partial<Record<Dataset, string>> };
  plan: unknown;
  sheets: SampleSheet[];
}

/** Loads the sample in a language, as a chunk of its own: only a person who asks for it downloads it. */
export async function loadSample(language: Language): Promise<SampleTeam> {
  const file = language === "zh-CN" ? await import(/* webpackChunkName: "sample-zh" */ "./sampleTeam.zh-CN.json") : await import(/* webpackChunkName: "sample-en" */ "./sampleTeam.en.json");
  return file.default as SampleTeam;
}

/**
 * The sample's sheets as a build for the host to write: values as they are (numbers typed as text stay
 * text), each column's number format on its numbers, the widths and merged title cells.
 */
export function sampleBuild(team: SampleTeam): Build {
  const sheets: SheetSpec[] = team.sheets.map((sheet) => ({
    name: sheet.name,
    purpose: "data",
    rows: sheet.rows.map((row) =>
      row.map((v, c) => {
        if (v === null) return null;
        const fmt = typeof v === "number" ? sheet.formats[c] : null;
        return fmt ? { v, fmt } : { v };
      }),
    ),
    columnWidths: sheet.widths,
    ...(sheet.merges.length > 0 ? { merges: sheet.merges } : {}),
  }));
  return { sheets, summary: [], warnings: [] };
}

/** The sources of the first review: the sample's sheets under the names they were written as. */
export function sampleSources(team: SampleTeam, written: readonly string[]): Plan["sources"] {
  const sources: Plan["sources"] = {};
  for (const [dataset, name] of Object.entries(team.first.sources) as [Dataset, string][]) {
    const at = team.sheets.findIndex((sheet) => sheet.name === name);
    sources[dataset] = { sheet: written[at] ?? name };
  }
  return sources;
}
