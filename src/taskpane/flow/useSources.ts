import { useMemo, useState } from "react";
import { ROLES } from "../../datasets/columns";
import { type Grid, headerTexts } from "../../datasets/grid";
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
import { reportFailure } from "./report";
import type { NeededDataset } from "./steps";

/** A dataset's column choice, tied to the source it was made for. */
export interface Mapping {
  key: string;
  headerRow: number;
  choice: ColumnChoice;
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
      if (option && read && mapping && mapping.key === key) result[dataset] = { option, read, headerRow: mapping.headerRow, choice: mapping.choice };
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
      const savedHere = engine.planSourceRef(draft, dataset);
      const overrides = savedHere && engine.sourceKey(savedHere) === key ? (draft.sources[dataset]?.columns ?? {}) : {};
      const headerRow = engine.headerRowOf(option, read.grid, dataset, overrides);
      const headers = headerRow >= 0 ? headerTexts(read.grid[headerRow]) : [];
      next[dataset] = { key, headerRow, choice: headerRow >= 0 ? detectColumns(dataset, headers, overrides) : Object.fromEntries(ROLES[dataset].map((r) => [r, null])) };
    }
    setMappings(next);
  };

  /** Chooses a dataset's source (null leaves an optional one out). */
  const choose = (dataset: Dataset, key: string | null): void => setChosen({ ...chosen, [dataset]: key });

  /** Chooses the column of a role in a dataset's source (null for none). */
  const setColumn = (dataset: Dataset, role: string, col: number | null): void => {
    const mapping = mappings[dataset] as Mapping;
    setMappings({ ...mappings, [dataset]: { ...mapping, choice: { ...mapping.choice, [role]: col } } });
  };

  return { loading, options, reads, proposed, chosen, mappings, chosenSources, load, mapChosen, choose, setColumn };
}

/** The data step's state and what changes it. */
export type Sources = ReturnType<typeof useSources>;
