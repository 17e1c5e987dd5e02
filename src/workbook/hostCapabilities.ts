/**
 * Which Excel JavaScript API requirement sets the host supports, and what the pane can do with them.
 * The one place that asks `Office.context.requirements.isSetSupported`; components and the Office host
 * ask this module, so an older Excel gets a sentence about what is missing instead of a failed build.
 *
 * Each feature names the lowest ExcelApi set of every call it makes (from the `[Api set: ...]` notes of
 * @types/office-js). Required features stop the pane; the others degrade as `fallback` says.
 */

/** What the pane does with the workbook, each tied to the requirement set its calls need. */
export type Feature =
  | "readSources"
  | "writeSheets"
  | "sheetMarkerProperty"
  | "frozenPanes"
  | "conditionalFormats"
  | "dataValidation"
  | "charts"
  | "funnelChart"
  | "multiAreaRanges"
  | "suspendCalculation"
  | "suspendScreenUpdating"
  | "pageLayout"
  | "columnGroups";

export interface FeatureNeed {
  feature: Feature;
  /** The requirement set, such as "ExcelApi 1.12". */
  set: string;
  /** Without it the pane cannot work at all. */
  required: boolean;
  /** What happens without it (English, for logs; the pane has its own catalogue keyed by feature). */
  fallback: string;
}

/** The features in the order the pane lists them, with the calls each one makes in its comment. */
export const FEATURE_NEEDS: readonly FeatureNeed[] = [
  // workbook.tables, table.worksheet (1.2), getUsedRangeOrNullObject and sheet-scoped names (1.4)
  { feature: "readSources", set: "ExcelApi 1.4", required: true, fallback: "none: the pane cannot read tables or sheets" },
  // worksheets.add, range.formulas/numberFormat (1.1), columnWidth and merge (1.2), worksheet.names.add (1.4)
  { feature: "writeSheets", set: "ExcelApi 1.4", required: true, fallback: "none: the pane cannot write review sheets" },
  // worksheet.customProperties: a second mark on the sheets the add-in made
  { feature: "sheetMarkerProperty", set: "ExcelApi 1.12", required: false, fallback: "sheets are marked by a hidden sheet-scoped name only" },
  // worksheet.freezePanes
  { feature: "frozenPanes", set: "ExcelApi 1.7", required: false, fallback: "header rows are not frozen" },
  // range.conditionalFormats (custom formula rules and colour scales)
  { feature: "conditionalFormats", set: "ExcelApi 1.6", required: false, fallback: "no colour highlighting" },
  // range.dataValidation list rules
  { feature: "dataValidation", set: "ExcelApi 1.8", required: false, fallback: "dropdown lists are left out" },
  // chart.series.setXAxisValues (category labels), series.add and setValues (more series), axis.reversePlotOrder
  { feature: "charts", set: "ExcelApi 1.7", required: false, fallback: "charts are left out" },
  // Excel.ChartType "Funnel"
  { feature: "funnelChart", set: "ExcelApi 1.9", required: false, fallback: "a bar chart stands in for the funnel chart" },
  // worksheet.getRanges: one conditional format over several areas
  { feature: "multiAreaRanges", set: "ExcelApi 1.9", required: false, fallback: "a rule over several areas is added area by area" },
  // application.suspendApiCalculationUntilNextSync
  { feature: "suspendCalculation", set: "ExcelApi 1.6", required: false, fallback: "large builds recalculate while they write" },
  // application.suspendScreenUpdatingUntilNextSync
  { feature: "suspendScreenUpdating", set: "ExcelApi 1.9", required: false, fallback: "the screen redraws while large builds write" },
  // worksheet.pageLayout: orientation, fit to one page wide, print area and titles, headers and footers
  { feature: "pageLayout", set: "ExcelApi 1.9", required: false, fallback: "sheets print with Excel's default page setup" },
  // range.group and hideGroupDetails: helper columns folded in an outline
  { feature: "columnGroups", set: "ExcelApi 1.10", required: false, fallback: "helper columns are hidden instead of grouped" },
];

/** A feature the host lacks. */
export interface MissingFeature {
  feature: Feature;
  set: string;
  required: boolean;
}

export interface Capabilities {
  /** Every required feature is there. */
  ok: boolean;
  /** Features the host lacks, required ones first. */
  missing: MissingFeature[];
  /** Whether the host has a feature. */
  has(feature: Feature): boolean;
}

/** Answers whether a requirement set such as ("ExcelApi", "1.12") is supported. */
export type SetSupport = (name: string, version: string) => boolean;

/**
 * The host's capabilities. Outside Office (a plain browser, a test without a host) nothing is supported.
 *
 * @param isSetSupported - how to ask; defaults to `Office.context.requirements.isSetSupported`
 *
 * @example
 * hostCapabilities((name, v) => name === "ExcelApi" && Number(v.split(".")[1]) <= 8).missing.map((m) => m.feature)
 * // => ["sheetMarkerProperty", "funnelChart", "multiAreaRanges", "suspendScreenUpdating", "pageLayout", "columnGroups"]
 */
export function hostCapabilities(isSetSupported: SetSupport = officeSetSupport()): Capabilities {
  const supported = new Map<string, boolean>();
  const ask = (set: string): boolean => {
    let answer = supported.get(set);
    if (answer === undefined) {
      const [name, version] = set.split(" ");
      try {
        answer = isSetSupported(name, version) === true;
      } catch {
        // Some hosts throw for set names they do not know; that is a "no".
        answer = false;
      }
      supported.set(set, answer);
    }
    return answer;
  };
  const missing = FEATURE_NEEDS.filter((need) => !ask(need.set)).map(({ feature, set, required }) => ({ feature, set, required }));
  missing.sort((a, b) => Number(b.required) - Number(a.required));
  const lacking = new Set(missing.map((m) => m.feature));
  return { ok: !missing.some((m) => m.required), missing, has: (feature) => !lacking.has(feature) };
}

/** The need behind a feature, for messages. */
export function featureNeed(feature: Feature): FeatureNeed {
  const need = FEATURE_NEEDS.find((n) => n.feature === feature);
  if (!need) throw new Error(`unknown host feature "${feature}"`);
  return need;
}

/** A capability check that says yes to every set up to `version` of ExcelApi: for tests and scripted hosts. */
export function supportUpTo(version: string): SetSupport {
  const [major, minor] = version.split(".").map(Number);
  return (name, v) => {
    if (name !== "ExcelApi") return false;
    const [vMajor, vMinor] = v.split(".").map(Number);
    return vMajor < major || (vMajor === major && vMinor <= minor);
  };
}

function officeSetSupport(): SetSupport {
  if (typeof Office === "undefined" || !Office.context?.requirements) return () => false;
  const requirements = Office.context.requirements;
  return (name, version) => requirements.isSetSupported(name, version);
}
