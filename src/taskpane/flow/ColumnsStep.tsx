import { headerTexts } from "../../datasets/grid";
import { ColumnMapper } from "../common/ColumnMapper";
import { useI18n } from "../common/I18nContext";
import type { SourceOption } from "../common/sources";
import { format, type Messages } from "../i18n";
import type { NeededDataset } from "./steps";
import type { Sources } from "./useSources";

/** Where a source is, as the column step names it. */
function placeOf(option: SourceOption, t: Messages): string {
  return option.kind === "table" ? format(t.placeTable, { name: option.name }) : format(t.placeSheet, { name: option.sheet });
}

export interface ColumnsStepProps {
  datasets: readonly NeededDataset[];
  sources: Sources;
}

/** The columns step: which column of each chosen source holds each role. */
export function ColumnsStep({ datasets, sources }: ColumnsStepProps) {
  const { t } = useI18n();
  return (
    <>
      {datasets.map(({ dataset }) => {
        const source = sources.chosenSources[dataset];
        if (!source) return null;
        const headers = source.headerRow >= 0 ? headerTexts(source.read.grid[source.headerRow]) : [];
        return (
          <ColumnMapper
            key={dataset}
            dataset={dataset}
            place={placeOf(source.option, t)}
            headers={headers}
            headerRow={source.headerRow >= 0 ? source.read.firstRow + source.headerRow : null}
            firstCol={source.read.firstCol}
            choice={source.choice}
            onChange={(role, col) => sources.setColumn(dataset, role, col)}
          />
        );
      })}
    </>
  );
}
