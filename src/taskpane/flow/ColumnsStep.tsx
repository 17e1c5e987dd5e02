import { useMemo, useRef } from "react";
import { Body1 } from "@fluentui/react-components";
import type { Dataset } from "../../datasets/records";
import { useFormStyles } from "../common/formParts";
import type { ChosenSource } from "../common/sources";
import { headerTexts } from "../../datasets/gridBasics";
import type { KpiDirection } from "../../datasets/records";
import type { ReviewKind } from "../../reviews/registry";
import { ColumnMapper } from "../common/ColumnMapper";
import { useI18n } from "../common/I18nContext";
import type { Engine } from "../common/loadEngine";
import type { SourceOption } from "../common/sources";
import { WideScoresMapper } from "../common/WideScoresMapper";
import { format, type Messages } from "../i18n";
import { REVIEW_PANES } from "../forms";
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
  builder: ReviewKind | null;
  /** The plan being edited: a wide KPI sheet's weights and directions are changed in it. */
  plan: Pick<PlanDraft, "draft" | "setDraft">;
}

/** What the data chosen says of a wide KPI sheet's KPIs, as the review reads it; null when it shows no KPI settings. */
function useKpiData(engine: Engine, builder: ReviewKind | null, plan: ColumnsStepProps["plan"], sources: Sources) {
  const latest = useRef(plan.draft);
  latest.current = plan.draft;
  const chosen = sources.chosenSources;
  const hooks = builder ? REVIEW_PANES[builder].kpiSettings : undefined;
  // Read once per choice of sources and columns, not per keystroke in a weight.
  const read = useMemo(() => (hooks && chosen.scores?.wide ? hooks.read(latest.current, chosen, engine) : null), [hooks, engine, chosen]);
  return hooks && read !== null ? { hooks, read } : null;
}

interface WholeSourceProps {
  dataset: Dataset;
  source: ChosenSource;
  engine: Engine;
  plan: PlanDraft["draft"];
}

/** A source the reader takes whole (monthly targets a column per month, the Target plan): what it holds, or why it cannot be read. */
function WholeSource({ dataset, source, engine, plan }: WholeSourceProps) {
  const { t, language } = useI18n();
  const form = useFormStyles();
  const latest = useRef(plan);
  latest.current = plan;
  // Read once per source chosen, not per keystroke elsewhere in the plan.
  const summary = useMemo(() => engine.describeWhole(dataset, source, latest.current, language), [engine, dataset, source, language]);
  const place = placeOf(source.option, t);
  return (
    <fieldset className={form.section}>
      <legend className={form.legend}>{format(t.columnsOf, { dataset: t[`dataset_${dataset}`] })}</legend>
      {"problems" in summary ? (
        <>
          <Body1 as="p">{format(t.wholeUnreadable, { place })}</Body1>
          <ul>
            {summary.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      ) : (
        <Body1 as="p">{format(summary.held ? t.wholeTargetPlan : t.wholeAcrossColumns, { place, people: summary.people, months: summary.months, first: summary.first, last: summary.last })}</Body1>
      )}
    </fieldset>
  );
}

/** The columns step: which column of each chosen source holds each role; on a wide KPI sheet, its KPIs. */
export function ColumnsStep({ datasets, sources, engine, builder, plan }: ColumnsStepProps) {
  const { t } = useI18n();
  const kpiData = useKpiData(engine, builder, plan, sources);
  const setKpi = (kpi: string, patch: { weight?: number; direction?: KpiDirection }): void => {
    if (kpiData) plan.setDraft(kpiData.hooks.change(plan.draft, kpiData.read, kpi, patch));
  };
  return (
    <>
      {datasets.map(({ dataset }) => {
        const source = sources.chosenSources[dataset];
        if (!source) return null;
        const mapping = sources.mappings[dataset];
        if (source.whole) return <WholeSource key={dataset} dataset={dataset} source={source} engine={engine} plan={plan.draft} />;
        if (source.wide && mapping) {
          const layout = source.wide;
          const settings = kpiData ? kpiData.hooks.show(plan.draft, kpiData.read, layout) : null;
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
              {...(settings
                ? {
                    settings: (kpi: string) => settings.get(kpi),
                    onWeight: (kpi: string, weight: number) => setKpi(kpi, { weight }),
                    onDirection: (kpi: string, direction: KpiDirection) => setKpi(kpi, { direction }),
                  }
                : {})}
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
            hintColumns={engine.hintColumns}
          />
        );
      })}
    </>
  );
}
