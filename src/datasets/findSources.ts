import { REQUIRED } from "./columns";
import { type Grid, headerCandidate, pickSource, type SourceCandidate } from "./grid";
import { DATASETS, type Dataset } from "./records";

/**
 * Where each dataset is in a workbook: the one policy both hosts use (the command line over an .xlsx
 * file, the task pane over the open workbook). A host lists the places it can read (tables, sheets, the
 * selection) with their first rows; this decides which dataset each one holds.
 */

/** A place a dataset may be read from, with the rows that tell what it holds. */
export interface SourcePlace {
  /** "table:tblDeals", "sheet:Deals" or "selection": what the host reads it by. */
  key: string;
  kind: "table" | "sheet" | "selection";
  /** The table's or sheet's name; the selection's address. */
  name: string;
  /** The sheet it sits on. */
  sheet: string;
  /** The first rows (up to 20 for a sheet or the selection; at least the header row for a table). */
  grid: Grid;
  /** The dataset a sheet the add-in made holds, by its mark (its Target plan: the monthly targets); absent otherwise. */
  holds?: Dataset;
}

/** Datasets that take part in the sharing out only when the review reads them. */
const ONLY_WHEN_WANTED: readonly Dataset[] = ["monthlyTargets"];

/** What a search is for. */
export interface FindSourcesOptions {
  /** The datasets of the review; every other dataset still takes its place, so none is read twice. */
  wanted: { readonly required: readonly Dataset[]; readonly optional: readonly Dataset[] };
  /** Places already chosen (by the command line, the plan, or the person): dataset → place key. */
  given?: Partial<Record<Dataset, string>>;
  /** The plan's header overrides of a dataset: role → header text. */
  overrides?: (dataset: Dataset) => Readonly<Record<string, string>>;
}

/** Where a dataset was found; `complete` when its header row has every required column. */
export interface FoundSource {
  key: string;
  complete: boolean;
}

/** A place as `pickSource` compares it: the selection is looked at as a sheet, by its sheet's name. */
function candidateOf(place: SourcePlace): SourceCandidate {
  return { kind: place.kind === "table" ? "table" : "sheet", name: place.kind === "selection" ? place.sheet : place.name, sheet: place.sheet, grid: place.grid };
}

/** "sheet:deals" for a sheet place, so a table on a claimed sheet is claimed too; Excel's names ignore case. */
function sheetKey(sheet: string): string {
  return `sheet:${sheet.toLowerCase()}`;
}

/**
 * Shares the places out among the datasets: places given first; then the dataset with the most required
 * columns chooses first (its headers say the most about a place), each taking the place whose header row
 * fits it best (see `pickSource`), and each place (and the tables on a sheet taken whole) serving one
 * dataset only, so a sheet of KPI results is not also read as the people table because it has a Name
 * column. A required dataset of the review takes its best partial match when nothing fits whole (its
 * missing columns are then named, or chosen by hand); any other dataset only a complete match.
 *
 * @param places - the places the host can read
 * @returns for each wanted dataset, where it is, or null when nothing fits
 *
 * @example
 * findSources([{ key: "sheet:Q1", kind: "sheet", name: "Q1", sheet: "Q1", grid: [["Owner", "Stage", "Amount"]] }], { wanted: { required: ["deals"], optional: [] } })
 * // => { deals: { key: "sheet:Q1", complete: true } }
 */
export function findSources(places: readonly SourcePlace[], options: FindSourcesOptions): Partial<Record<Dataset, FoundSource | null>> {
  const { wanted } = options;
  const overrides = options.overrides ?? (() => ({}));
  const isWanted = (d: Dataset): boolean => wanted.required.includes(d) || wanted.optional.includes(d);
  const found: Partial<Record<Dataset, FoundSource | null>> = {};
  for (const d of [...wanted.required, ...wanted.optional]) found[d] = null;

  const claimed = new Set<string>();
  const claim = (dataset: Dataset, key: string, complete: boolean): void => {
    if (isWanted(dataset)) found[dataset] = { key, complete };
    claimed.add(key.toLowerCase());
    const place = places.find((p) => p.key === key);
    if (place && place.kind !== "selection") claimed.add(sheetKey(place.sheet));
  };
  const open: Dataset[] = [];
  for (const dataset of DATASETS) {
    const given = options.given?.[dataset];
    if (given !== undefined) claim(dataset, given, true);
    else open.push(dataset);
  }
  // A sheet the add-in made holds what its mark says (its Target plan: the monthly targets), whatever its headers say.
  for (const place of places) {
    const held = place.holds;
    if (held === undefined || !open.includes(held) || claimed.has(place.key.toLowerCase())) continue;
    claim(held, place.key, true);
    open.splice(open.indexOf(held), 1);
  }
  open.sort((a, b) => REQUIRED[b].length - REQUIRED[a].length);
  for (const dataset of open) {
    // Monthly targets across columns are often a people sheet with a column per month: they take a
    // place from the people only when a review reads them.
    if (ONLY_WHEN_WANTED.includes(dataset) && !isWanted(dataset)) continue;
    const free = places.filter((p) => !claimed.has(p.key.toLowerCase()) && !(p.kind === "table" && claimed.has(sheetKey(p.sheet))));
    const candidates = free.map(candidateOf);
    const best = pickSource(dataset, candidates, overrides(dataset));
    if (best < 0) continue;
    const c = candidates[best];
    const fit = headerCandidate(c.kind === "table" ? c.grid.slice(0, 1) : c.grid, dataset, overrides(dataset), [c.name, c.sheet ?? ""]);
    if (fit.complete || (wanted.required.includes(dataset) && fit.required > 0)) claim(dataset, free[best].key, fit.complete);
  }
  return found;
}

/**
 * The place whose header row comes closest to a dataset's, claimed or not: what a message about a
 * dataset that is nowhere points at, to say which columns it lacks.
 *
 * @returns the place's key, or null when there are no places
 */
export function closestSource(places: readonly SourcePlace[], dataset: Dataset, overrides: Readonly<Record<string, string>> = {}): string | null {
  const best = pickSource(dataset, places.map(candidateOf), overrides);
  return best < 0 ? null : places[best].key;
}
