import { useMemo, useState } from "react";
import { ROLES } from "../../datasets/columns";
import { type Grid, headerTexts } from "../../datasets/gridBasics";
import type { Dataset } from "../../datasets/records";
import type { Plan } from "../../reviews/plan";
import type { ReviewKind } from "../../reviews/registry";
import { type ColumnChoice, detectColumns } from "../common/columnChoice";
import { useWorkbookHost } from "../common/HostContext";
import { useI18n } from "../common/I18nContext";
import type { Engine } from "../common/loadEngine";
import { useMessageFeed } from "../common/MessageFeed";
import type { ChosenSources } from "../common/reviewPane";
import type { GridRead, SourceOption } from "../common/sources";
import type { WideLayout } from "../../datasets/scoresLayout";
import type { KpiLibrary } from "../../datasets/kpiLibrary";
import { reportFailure } from "./report";
import type { NeededDataset } from "./steps";

/** A dataset's column choice, tied to the source it was made for. */
export interface Mapping {
  key: string;
  headerRow: number;
  choice: ColumnChoice;
  /** KPI results one row per person: the layout as detected, the pair corrections applied; null for the long layout. */
  wide: WideLayout | null;
  /** The person's (or the saved plan's) pair corrections, by header. */
  pairs: Record<string, { target?: string; actual?: string }>;
  /** Pair corrections of the saved plan that this sheet could not take, left out (named on the step). */
  droppedPairs: string[];
  /** KPI results: the workbook's KPI library, whose targets an actuals-only sheet takes; null without one. */
  library?: KpiLibrary | null;
  /** Read whole by the reader, no column chosen: monthly targets a column per month, or the Target plan the add-in made. */
  whole?: boolean;
}

/** The person and team columns of a wide sheet's choice, as the reader's overrides. */
function peopleOverrides(headers: readonly (string | null)[], choice: ColumnChoice): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const role of ["name", "team"]) {
    const col = choice[role];
    if (col !== null && col !== undefined && headers[col]) overrides[role] = headers[col] as string;
  }
  return overrides;
}

/** The source chosen for each dataset by its key, null for an optional one left out. */
export type SourceChoice = Partial<Record<Dataset, string | null>>;

/**
 * The data step's state: the workbook's sources and what was read of each, the source proposed and
 * chosen for each dataset, and the columns chosen in each; `chosenSources` puts them together.
 */
export function useSources(engine: Engine, datasets: readonly NeededDataset[]) {
  const host = useWorkbookHost();
  const feed = useMessageFeed();
  const { language } = useI18n();
  const [loading, setLoading] = useState(false);
  const [options, setOptions] = useState<SourceOption[] | null>(null);
  const [reads, setReads] = useState<ReadonlyMap<string, GridRead>>(new Map());
  const [proposed, setProposed] = useState<SourceChoice>({});
  const [chosen, setChosen] = useState<SourceChoice>({});
  const [mappings, setMappings] = useState<Partial<Record<Dataset, Mapping>>>({});

  const chosenSources = useMemo((): ChosenSources => {
    const result: ChosenSources = {};
    for (const { dataset } of datasets) {
      const key = chosen[dataset];
      const mapping = mappings[dataset];
      const option = options?.find((o) => o.key === key);
      const read = key ? reads.get(key) : undefined;
      if (option && read && mapping && mapping.key === key) result[dataset] = { option, read, headerRow: mapping.headerRow, choice: mapping.choice, wide: mapping.wide, pairs: mapping.pairs, library: mapping.library ?? null, ...(mapping.whole ? { whole: true } : {}) };
    }
    return result;
  }, [datasets, chosen, mappings, options, reads]);

  /** Lists the workbook's sources and reads each, then proposes one per dataset. */
  const load = async (kind: ReviewKind, draft: Plan): Promise<void> => {
    setLoading(true);
    try {
      const list = await host.listSources({ language });
      const offered = engine.sourceOptions(list);
      const read = new Map<string, GridRead>();
      for (const option of offered) {
        try {
          read.set(option.key, await host.readGrid(option.ref, { language }));
        } catch (err) {
          reportFailure(engine, feed, err, "hostFailed");
        }
      }
      const grids = new Map<string, Grid>([...read].map(([key, r]) => [key, r.grid]));
      const needs = engine.datasetsFor(kind, draft);
      const proposal = engine.proposeSources(needs, offered.filter((o) => read.has(o.key)), grids, draft);
      setOptions(offered);
      setReads(read);
      setProposed(proposal);
      setChosen(proposal);
      setMappings({});
    } catch (err) {
      reportFailure(engine, feed, err, "hostFailed");
    } finally {
      setLoading(false);
    }
  };

  /** Detects the header row and columns of each chosen source not mapped yet. */
  const mapChosen = (draft: Plan): void => {
    const next: Partial<Record<Dataset, Mapping>> = {};
    for (const { dataset } of datasets) {
      const key = chosen[dataset];
      if (!key) continue;
      const existing = mappings[dataset];
      if (existing && existing.key === key) {
        next[dataset] = existing;
        continue;
      }
      const option = options?.find((o) => o.key === key);
      const read = reads.get(key);
      if (!option || !read) continue;
      if (engine.readsWhole(dataset, option, read.grid, draft)) {
        // A layout the reader knows whole (months across columns, the Target plan): nothing to map by hand.
        next[dataset] = { key, headerRow: -1, choice: Object.fromEntries(ROLES[dataset].map((r) => [r, null])), wide: null, pairs: {}, droppedPairs: [], whole: true };
        continue;
      }
      const savedHere = engine.planSourceRef(draft, dataset);
      const overrides = savedHere && engine.sourceKey(savedHere) === key ? (draft.sources[dataset]?.columns ?? {}) : {};
      // KPI results: the workbook's KPI library, found among the sheets read, as the command line finds it.
      const library = dataset === "scores" ? engine.kpiLibraryIn(options ?? [], reads) : null;
      if (dataset === "scores") {
        // One row per person with a target/actual pair per KPI (or an actual per KPI of the library): the layout the reader finds, and the saved corrections it can take.
        const saved = savedHere && engine.sourceKey(savedHere) === key ? (draft.sources.scores?.pairs ?? {}) : {};
        let found = engine.scoresLayoutOf(option, read.grid, overrides, saved, true, library);
        const droppedPairs = found && found.problems.length > 0 ? Object.keys(saved) : [];
        if (found && droppedPairs.length > 0) found = engine.scoresLayoutOf(option, read.grid, overrides, {}, true, library);
        if (found) {
          const { layout } = found;
          const choice: ColumnChoice = Object.fromEntries(ROLES.scores.map((r) => [r, null]));
          choice.name = layout.name;
          choice.team = layout.team;
          next[dataset] = { key, headerRow: layout.headerRow, choice, wide: layout, pairs: droppedPairs.length > 0 ? {} : { ...saved }, droppedPairs, library };
          continue;
        }
      }
      const headerRow = engine.headerRowOf(option, read.grid, dataset, overrides);
      const headers = headerRow >= 0 ? headerTexts(read.grid[headerRow]) : [];
      next[dataset] = {
        key,
        headerRow,
        choice: headerRow >= 0 ? detectColumns(dataset, headers, overrides) : Object.fromEntries(ROLES[dataset].map((r) => [r, null])),
        wide: null,
        pairs: {},
        droppedPairs: [],
        library,
      };
    }
    setMappings(next);
  };

  /** Chooses a dataset's source (null leaves an optional one out). */
  const choose = (dataset: Dataset, key: string | null): void => setChosen({ ...chosen, [dataset]: key });

  /** Chooses the column of a role in a dataset's source (null for none). */
  const setColumn = (dataset: Dataset, role: string, col: number | null): void => {
    const mapping = mappings[dataset] as Mapping;
    const choice = { ...mapping.choice, [role]: col };
    // A wide sheet's pairs are found beside its person column: another person column, another pairing.
    const wide = mapping.wide ? (relayout(mapping, choice, mapping.pairs) ?? mapping.wide) : null;
    setMappings({ ...mappings, [dataset]: { ...mapping, choice, wide } });
  };

  /** The wide layout of a mapping's source again, with these person columns and pair corrections; null when it no longer reads. */
  const relayout = (mapping: Mapping, choice: ColumnChoice, pairs: Mapping["pairs"]): WideLayout | null => {
    const option = options?.find((o) => o.key === mapping.key);
    const read = reads.get(mapping.key);
    if (!option || !read || !mapping.wide) return null;
    const found = engine.scoresLayoutOf(option, read.grid, peopleOverrides(mapping.wide.headers, choice), pairs, choice.team !== null, mapping.library ?? null);
    return found && found.problems.length === 0 ? found.layout : null;
  };

  /**
   * Corrects a KPI's target or actual column on a wide KPI sheet; the correction is kept by header, as
   * the plan keeps it (sources.scores.pairs), and dropped again when it is what the headers say anyway.
   */
  const setPair = (dataset: Dataset, kpi: string, side: "target" | "actual", col: number): void => {
    const mapping = mappings[dataset];
    if (!mapping?.wide) return;
    const header = mapping.wide.headers[col];
    if (!header) return;
    const pairs = { ...mapping.pairs, [kpi]: { ...mapping.pairs[kpi], [side]: header } };
    const base = relayout(mapping, mapping.choice, {});
    const detected = base?.pairs.find((p) => p.kpi === kpi);
    if (detected && detected[side] === col) {
      const { [side]: _same, ...rest } = pairs[kpi];
      if (Object.keys(rest).length === 0) delete pairs[kpi];
      else pairs[kpi] = rest;
    }
    const wide = relayout(mapping, mapping.choice, pairs);
    if (wide) setMappings({ ...mappings, [dataset]: { ...mapping, pairs, wide } });
  };

  return { loading, options, reads, proposed, chosen, mappings, chosenSources, load, mapChosen, choose, setColumn, setPair };
}

/** The data step's state and what changes it. */
export type Sources = ReturnType<typeof useSources>;
