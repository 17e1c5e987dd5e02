import { useMemo, useRef } from "react";
import { headerTexts } from "../../datasets/grid";
import type { KpiDirection } from "../../datasets/records";
import type { KpiDefinition } from "../../reviews/scorecard/plan";
import { ColumnMapper } from "../common/ColumnMapper";
import { useI18n } from "../common/I18nContext";
import type { Engine } from "../common/loadEngine";
import type { SourceOption } from "../common/sources";
import { WideScoresMapper } from "../common/WideScoresMapper";
import { format, type Messages } from "../i18n";
import { kpiSettings, withKpiSetting } from "../scorecard/kpiSettings";
import { kpisFor, kpisInData } from "../scorecard/pane";
import type { NeededDataset } from "./steps";
import type { PlanDraft } from "./usePlanDraft";
import type { Sources } from "./useSources";

/** Where a source is, as the column step names it. */
function placeOf(option: SourceOption, t: Messages): string {
  return option.kind === "table" ? format(t.placeTable, { name: option.name }) : format(t.placeSheet, { name: option.sheet });
}

export interface ColumnsStepProps {
  datasets: readonly NeededDataset[];
  sources: Sources;
  engine: Engine;
  /** The plan being edited: a wide KPI sheet's weights and directions are changed in it. */
  plan: Pick<PlanDraft, "draft" | "setDraft">;
}

/** A wide KPI sheet's KPIs as the plan step will start from them, and what the data says of each. */
function useKpiData(engine: Engine, plan: ColumnsStepProps["plan"], sources: Sources) {
  const latest = useRef(plan.draft);
  latest.current = plan.draft;
  const chosen = sources.chosenSources;
  // Read once per choice of sources and columns, not per keystroke in a weight.
  return useMemo(() => {
    if (!chosen.scores?.wide) return null;
    const data = kpisInData(latest.current, chosen, engine);
    return { data, proposed: kpisFor(data.names, engine, data.directions, data.weights) };
  }, [engine, chosen]);
}

/** The columns step: which column of each chosen source holds each role; on a wide KPI sheet, its KPIs. */
export function ColumnsStep({ datasets, sources, engine, plan }: ColumnsStepProps) {
  const { t } = useI18n();
  const kpiData = useKpiData(engine, plan, sources);
  const planned = plan.draft.scorecard.kpis;
  const setKpi = (proposed: readonly KpiDefinition[], kpi: string, patch: Partial<Pick<KpiDefinition, "weight" | "direction">>): void =>
    plan.setDraft({ ...plan.draft, scorecard: { ...plan.draft.scorecard, kpis: withKpiSetting(planned, proposed, kpi, patch) } });
  return (
    <>
      {datasets.map(({ dataset }) => {
        const source = sources.chosenSources[dataset];
        if (!source) return null;
        const mapping = sources.mappings[dataset];
        if (source.wide && mapping) {
          const layout = source.wide;
          const settings = kpiData ? kpiSettings(layout.pairs.map((p) => p.kpi), planned, kpiData.proposed, kpiData.data, layout) : [];
          const proposed = kpiData?.proposed ?? [];
          return (
            <WideScoresMapper
              key={dataset}
              place={placeOf(source.option, t)}
              layout={layout}
              firstRow={source.read.firstRow}
              firstCol={source.read.firstCol}
              choice={source.choice}
              changed={new Set(Object.keys(mapping.pairs))}
              dropped={mapping.droppedPairs}
              onColumn={(role, col) => sources.setColumn(dataset, role, col)}
              onPair={(kpi, side, col) => sources.setPair(dataset, kpi, side, col)}
              settings={(kpi) => settings.find((s) => s.name === kpi)}
              onWeight={(kpi, weight) => setKpi(proposed, kpi, { weight })}
              onDirection={(kpi, direction: KpiDirection) => setKpi(proposed, kpi, { direction })}
            />
          );
        }
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
