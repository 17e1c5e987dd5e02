import type { CompiledBands } from "../../core/scoring";
import { cellRef, rangeRef } from "../../excel/a1";
import { type Formula, fx, join, range, ref, text } from "../../excel/formula";
import type { ScoreRecord } from "../../datasets/records";
import type { CopyRole } from "../../sheets/dataCopies";
import type { DataSheet } from "../../sheets/dataSheet";
import type { ChartSpec, ConditionalFormat, SheetSpec, ValidationList } from "../../sheets/spec";
import { CellGrid } from "../../sheets/cellGrid";
import type { Labels } from "./labels";
import { type KpiResult, type Person, type ScorecardModel, WEIGHTED_DECIMALS } from "./model";
import { AMOUNT as POINTS, DATE, GENERAL as WEIGHT, PERCENT, kpiFormat } from "../../sheets/formats";

/**
 * The scorecard sheet laid out from its model: a settings block at the top (KPI weights, directions,
 * thresholds, caps and band tables; the rating scale with its allowed shares), one row per person with,
 * per KPI, the actual and target (live references to the data copy), the achievement and the score, then
 * the weighted score, rating and rank and the columns a manager fills in during the review interview, and
 * the rating distribution under the table. Every formula references the settings, so a changed setting
 * re-scores the sheet; every formula caches the value the model decided.
 */

/** The KPI results copy the table's formulas reference. */
export type ScoresCopy = DataSheet<ScoreRecord, CopyRole<ScoreRecord>>;

const COLOR_SCALE: [string, string, string] = ["F8696B", "FFEB84", "63BE7B"];
/** With no threshold, an achievement under this still shows as bad. */
const DEFAULT_BAD_BELOW = 0.8;
/** Teams up to this size get a bar chart of their weighted scores beside the table. */
const MAX_CHARTED_PEOPLE = 100;
/** The settings block may be frozen with the table header only while it leaves room to scroll. */
const MAX_FROZEN_ROWS = 15;
/** The column saying where each KPI's weight and direction came from (plan, data, default). */
const SOURCE_COL = 5;
/** Settings: KPIs in A:E (F: where their settings came from), the rating scale in G:I, each band table in two columns after that. */
const SCALE_COL = 6;
const BANDS_COL = 10;

/** What the pieces of the layout add to: the cells, and the merges, looks and lists over them. */
interface Draft {
  grid: CellGrid;
  merges: string[];
  conditionalFormats: ConditionalFormat[];
  validations: ValidationList[];
}

/** The settings cells of one KPI, as the table's formulas reference them. */
interface KpiSettings {
  weight: Formula;
  direction: Formula;
  threshold: Formula;
  cap: Formula;
  /** A banded KPI's table: its first bound, its bounds and its scores. */
  bands: { first: Formula; bounds: Formula; scores: Formula } | null;
}

/** Where the settings landed. */
interface Settings {
  kpis: KpiSettings[];
  /** Per step of the scale, lowest first: the label and allowed-share cells. */
  labels: Formula[];
  maxShares: Formula[];
  /** The scale's minimums and labels, for LOOKUP. */
  mins: Formula;
  labelRange: Formula;
  /** The first row below the settings block. */
  end: number;
}

/** Where the people table landed: 0-based rows and columns. */
interface Table {
  groupRow: number;
  headRow: number;
  firstRow: number;
  /** The last person's row (the first row when there is nobody). */
  lastRow: number;
  /** The first of a KPI's four columns: actual, target, achievement, score. */
  kpiCol: (k: number) => number;
  weightedCol: number;
  ratingCol: number;
  rankCol: number;
  reviewCol: number;
  statusCol: number;
}

/** What the people rows are written against. */
interface RowContext {
  model: ScorecardModel;
  L: Labels;
  settings: Settings;
  table: Table;
  copy: ScoresCopy;
  /** The number format of weighted scores: % for fractions, decimals for band points. */
  scoreFormat: string;
  /** Per KPI, the format of its actuals and targets (whole counts, rates in %, see kpiFormat). */
  kpiFormats: string[];
}

/** The title, the as-of date, the warnings and the rank note; returns the row the settings start on. */
function writeTitle(grid: CellGrid, model: ScorecardModel, L: Labels, asOf: number): number {
  grid.set(0, 0, { v: L.title, style: "title" });
  grid.set(1, 0, { v: L.asOf, style: "subtitle" });
  grid.set(1, 1, { v: asOf, fmt: DATE, style: "subtitle" });
  model.warnings.forEach((w, i) => grid.set(2 + i, 0, { v: w, style: "warning" }));
  if (model.rankByOrder) grid.set(2 + model.warnings.length, 0, { v: L.rankByOrder, style: "subtitle" });
  return 3 + model.warnings.length + (model.rankByOrder ? 1 : 0);
}

/** A banded KPI's table in two columns from `col`: bounds as fractions, scores as points. */
function writeBandTable(grid: CellGrid, name: string, bands: CompiledBands, L: Labels, top: number, col: number): KpiSettings["bands"] {
  const first = top + 2;
  grid.set(top, col, { v: L.bands(name), style: "subtitle" });
  grid.set(top + 1, col, { v: L.bound, style: "header" });
  grid.set(top + 1, col + 1, { v: L.points, style: "header" });
  const count = bands.bounds.length;
  for (let b = 0; b < count; b++) {
    grid.set(first + b, col, { v: bands.bounds[b], fmt: PERCENT, style: "input" });
    grid.set(first + b, col + 1, { v: bands.scores[b], fmt: POINTS, style: "input" });
  }
  return {
    first: ref(first, col, true),
    bounds: range(first, col, first + count - 1, col, true),
    scores: range(first, col + 1, first + count - 1, col + 1, true),
  };
}

/** One row per KPI: name, weight, direction, threshold and cap; a banded KPI's table beside the scale. */
function writeKpiSettings(draft: Draft, model: ScorecardModel, L: Labels, top: number): KpiSettings[] {
  const { grid } = draft;
  const first = top + 2;
  grid.set(top, 0, { v: L.kpiSettings, style: "subtitle" });
  [L.kpi, L.weight, L.direction, L.threshold, L.cap].forEach((h, c) => grid.set(top + 1, c, { v: h, style: "header" }));
  // Where each weight and direction came from, when the data gave any (a plan that sets all needs no column).
  const fromData = model.kpis.some((k) => k.source.weight === "data" || k.source.direction === "data");
  if (fromData) grid.set(top + 1, SOURCE_COL, { v: L.source, style: "header" });
  let bandCol = BANDS_COL;
  const settings = model.kpis.map((kpi, k): KpiSettings => {
    const r = first + k;
    grid.set(r, 0, { v: kpi.def.name });
    grid.set(r, 1, { v: kpi.def.weight, fmt: WEIGHT, style: "input" });
    grid.set(r, 2, { v: kpi.def.direction === "lower" ? L.lower : L.higher, style: "input" });
    if (fromData) grid.set(r, SOURCE_COL, { v: `${L.sources[kpi.source.weight]} / ${L.sources[kpi.source.direction]}` });
    const cells = { weight: ref(r, 1, true), direction: ref(r, 2, true), threshold: ref(r, 3, true), cap: ref(r, 4, true) };
    if (kpi.bands === null) {
      grid.set(r, 3, { v: kpi.def.threshold, fmt: PERCENT, style: "input" });
      grid.set(r, 4, { v: kpi.def.cap, fmt: PERCENT, style: "input" });
      return { ...cells, bands: null };
    }
    const bands = writeBandTable(grid, kpi.def.name, kpi.bands, L, top, bandCol);
    bandCol += 3;
    return { ...cells, bands };
  });
  if (model.kpis.length > 0) {
    draft.validations.push({ range: rangeRef(first, 2, first + model.kpis.length - 1, 2), values: [L.higher, L.lower] });
  }
  return settings;
}

/** The settings block: the KPIs, the rating scale with its allowed shares, and the band tables. */
function writeSettings(draft: Draft, model: ScorecardModel, L: Labels, top: number, scoreFormat: string): Settings {
  const { grid } = draft;
  const first = top + 2;
  const kpis = writeKpiSettings(draft, model, L, top);
  grid.set(top, SCALE_COL, { v: L.ratingScale, style: "subtitle" });
  [L.min, L.label, L.maxShare].forEach((h, c) => grid.set(top + 1, SCALE_COL + c, { v: h, style: "header" }));
  model.scale.forEach((step, s) => {
    grid.set(first + s, SCALE_COL, { v: step.min, fmt: scoreFormat, style: "input" });
    grid.set(first + s, SCALE_COL + 1, { v: step.label, style: "input" });
    grid.set(first + s, SCALE_COL + 2, { v: step.maxShare, fmt: PERCENT, style: "input" });
  });
  const last = first + model.scale.length - 1;
  const bandRows = model.kpis.reduce((most, k) => Math.max(most, k.bands ? k.bands.bounds.length : 0), 0);
  return {
    kpis,
    labels: model.scale.map((_, s) => ref(first + s, SCALE_COL + 1, true)),
    maxShares: model.scale.map((_, s) => ref(first + s, SCALE_COL + 2, true)),
    mins: range(first, SCALE_COL, last, SCALE_COL, true),
    labelRange: range(first, SCALE_COL + 1, last, SCALE_COL + 1, true),
    end: first + Math.max(model.kpis.length, model.scale.length, bandRows, 1),
  };
}

/** The table's rows and columns, its group headings on the row after `above`. */
function tablePlace(model: ScorecardModel, above: number): Table {
  const groupRow = above + 1;
  const firstRow = groupRow + 2;
  const kpiCol = (k: number): number => 2 + 4 * k;
  const weightedCol = kpiCol(model.kpis.length);
  return {
    groupRow,
    headRow: groupRow + 1,
    firstRow,
    lastRow: firstRow + Math.max(model.people.length, 1) - 1,
    kpiCol,
    weightedCol,
    ratingCol: weightedCol + 1,
    rankCol: weightedCol + 2,
    reviewCol: weightedCol + 3,
    statusCol: weightedCol + 7,
  };
}

/** The group headings over each KPI, the overall and the review columns, and the column headings. */
function writeHeadings(draft: Draft, model: ScorecardModel, L: Labels, table: Table): void {
  const { grid } = draft;
  const group = (col: number, span: number, heading: string): void => {
    grid.set(table.groupRow, col, { v: heading, style: "header" });
    for (let c = col + 1; c < col + span; c++) grid.set(table.groupRow, c, { v: null, style: "header" });
    if (span > 1) draft.merges.push(rangeRef(table.groupRow, col, table.groupRow, col + span - 1));
  };
  model.kpis.forEach((kpi, k) => group(table.kpiCol(k), 4, kpi.def.name));
  group(table.weightedCol, 3, L.overall);
  group(table.reviewCol, 5, L.review);
  const heads = [L.name, L.team, ...model.kpis.flatMap(() => [L.actual, L.target, L.achievement, L.score])];
  heads.push(L.weighted, L.rating, L.rank, L.strengths, L.gaps, L.actions, L.followUp, L.status);
  heads.forEach((h, c) => grid.set(table.headRow, c, { v: h, style: "header" }));
}

/** A person's four cells of one KPI: the actual and target from the data copy, the achievement and the score. */
function writeKpiCells(grid: CellGrid, r: number, c: number, result: KpiResult | null, kpi: KpiSettings, { L, copy }: RowContext, format: string): void {
  const actual = ref(r, c);
  const target = ref(r, c + 1);
  const ach = ref(r, c + 2);
  if (result !== null) {
    const entered = copy.ref("actual", result.record);
    grid.set(r, c, { v: result.actual ?? "", f: fx`IF(${entered}="","",${entered})`, fmt: format });
    grid.set(r, c + 1, { v: result.target, f: copy.ref("target", result.record), fmt: format });
  }
  const ratio = fx`${actual}/${target}`;
  grid.set(r, c + 2, {
    v: result?.achievement ?? "",
    f: fx`IF(OR(${actual}="",${target}=0),"",IF(${kpi.direction}=${text(L.lower)},MAX(0,2-${ratio}),${ratio}))`,
    fmt: PERCENT,
  });
  const scored = kpi.bands
    ? fx`IF(${ach}<${kpi.bands.first},0,LOOKUP(${ach},${kpi.bands.bounds},${kpi.bands.scores}))`
    : fx`IF(${ach}<${kpi.threshold},0,IF(${kpi.cap}="",${ach},MIN(${ach},${kpi.cap})))`;
  grid.set(r, c + 3, { v: result?.score ?? "", f: fx`IF(${ach}="","",${scored})`, fmt: kpi.bands ? POINTS : PERCENT });
}

/**
 * A person's rank. A small team's is a live RANK.EQ. A large team's rows are sorted high to low with blanks
 * last, so a score equal to the one above shares its rank and any other ranks at its position.
 */
function rankFormula(table: Table, p: number, rankByOrder: boolean): Formula {
  const r = table.firstRow + p;
  const overall = ref(r, table.weightedCol);
  if (!rankByOrder) return fx`IF(${overall}="","",RANK.EQ(${overall},${range(table.firstRow, table.weightedCol, table.lastRow, table.weightedCol, true)}))`;
  if (p === 0) return fx`IF(${overall}="","",1)`;
  const above = ref(r - 1, table.weightedCol);
  const firstWeighted = ref(table.firstRow, table.weightedCol, true);
  return fx`IF(${overall}="","",IF(${overall}=${above},${ref(r - 1, table.rankCol)},ROW()-ROW(${firstWeighted})+1))`;
}

/** The weighted score over the KPIs that have a score, each weighted by its setting. */
function weightedFormula(r: number, table: Table, settings: Settings): Formula {
  if (settings.kpis.length === 0) return text("");
  const scoreCell = (k: number): Formula => ref(r, table.kpiCol(k) + 3);
  const weightOf = settings.kpis.map((kpi, k) => fx`IF(${scoreCell(k)}="",0,${kpi.weight})`);
  const products = weightOf.map((weight, k) => fx`N(${scoreCell(k)})*${weight}`);
  const sumWeights = join(weightOf, "+");
  return fx`IF((${sumWeights})=0,"",ROUND((${join(products, "+")})/(${sumWeights}),${WEIGHTED_DECIMALS}))`;
}

/** One person's row: name, team, the KPI cells, the overall columns and the review columns. */
function writePerson(grid: CellGrid, person: Person, p: number, row: RowContext): void {
  const { model, L, settings, table, scoreFormat } = row;
  const r = table.firstRow + p;
  grid.set(r, 0, { v: person.name });
  grid.set(r, 1, { v: person.team });
  settings.kpis.forEach((kpi, k) => writeKpiCells(grid, r, table.kpiCol(k), person.results[k], kpi, row, row.kpiFormats[k]));
  const overall = ref(r, table.weightedCol);
  grid.set(r, table.weightedCol, { v: person.weighted ?? "", f: weightedFormula(r, table, settings), fmt: scoreFormat });
  grid.set(r, table.ratingCol, {
    v: person.rating ?? "",
    f: fx`IF(${overall}="","",IFERROR(LOOKUP(${overall},${settings.mins},${settings.labelRange}),""))`,
  });
  grid.set(r, table.rankCol, { v: person.rank ?? "", f: rankFormula(table, p, model.rankByOrder), fmt: "0" });
  for (let c = table.reviewCol; c < table.reviewCol + 3; c++) grid.set(r, c, { v: null, style: "input" });
  grid.set(r, table.reviewCol + 3, { v: null, fmt: DATE, style: "input" });
  grid.set(r, table.statusCol, { v: L.statuses[0], style: "input" });
}

/** The table's looks: bad and good achievements, the score colours, top and bottom ratings, done reviews. */
function tableLooks(draft: Draft, model: ScorecardModel, L: Labels, settings: Settings, table: Table): void {
  if (model.people.length === 0) return;
  const formats = draft.conditionalFormats;
  const column = (c: number): string => rangeRef(table.firstRow, c, table.lastRow, c);
  const top = (c: number): Formula => ref(table.firstRow, c);
  settings.kpis.forEach((kpi, k) => {
    const c = table.kpiCol(k) + 2;
    const badBelow = kpi.bands ? kpi.bands.first : fx`IF(N(${kpi.threshold})>0,${kpi.threshold},${DEFAULT_BAD_BELOW})`;
    formats.push(
      { type: "expression", range: column(c), formula: fx`AND(ISNUMBER(${top(c)}),${top(c)}<${badBelow})`, look: "bad" },
      { type: "expression", range: column(c), formula: fx`AND(ISNUMBER(${top(c)}),${top(c)}>=1)`, look: "good" },
    );
  });
  formats.push({ type: "colorScale", range: column(table.weightedCol), colors: COLOR_SCALE });
  const rating = top(table.ratingCol);
  const labels = settings.labels;
  formats.push({ type: "expression", range: column(table.ratingCol), formula: fx`AND(${rating}<>"",${rating}=${labels[labels.length - 1]})`, look: "good" });
  if (labels.length > 1) {
    formats.push({ type: "expression", range: column(table.ratingCol), formula: fx`AND(${rating}<>"",${rating}=${labels[0]})`, look: "bad" });
  }
  formats.push({ type: "expression", range: column(table.statusCol), formula: fx`${top(table.statusCol)}=${text(L.statuses[2])}`, look: "good" });
  draft.validations.push({ range: column(table.statusCol), values: [...L.statuses] });
}

/** The rating distribution under the table, top rating first: count, share, allowed share and flag. */
function writeDistribution(draft: Draft, model: ScorecardModel, L: Labels, settings: Settings, table: Table): void {
  const { grid } = draft;
  const distTop = table.lastRow + 2;
  const first = distTop + 2;
  const rows = model.distribution.rows;
  const totalRow = first + rows.length;
  grid.set(distTop, 0, { v: L.distribution, style: "subtitle" });
  [L.label, L.count, L.share, L.allowed, L.flag].forEach((h, c) => grid.set(distTop + 1, c, { v: h, style: "header" }));
  const ratings = range(table.firstRow, table.ratingCol, table.lastRow, table.ratingCol, true);
  const totalCount = ref(totalRow, 1, true);
  rows.forEach((row, j) => {
    const r = first + j;
    const [label, count, share, allowed] = [ref(r, 0), ref(r, 1), ref(r, 2), ref(r, 3)];
    const maxShare = settings.maxShares[row.step];
    grid.set(r, 0, { v: row.label, f: settings.labels[row.step] });
    // An exact comparison, not COUNTIF: a label such as "A*" or ">B" would be read as a pattern there.
    grid.set(r, 1, { v: row.count, f: fx`SUMPRODUCT(--(${ratings}=${label}))`, fmt: "0" });
    grid.set(r, 2, { v: row.share ?? "", f: fx`IF(${totalCount}=0,"",${count}/${totalCount})`, fmt: PERCENT });
    grid.set(r, 3, { v: row.allowed ?? "", f: fx`IF(${maxShare}="","",${maxShare})`, fmt: PERCENT });
    grid.set(r, 4, {
      v: row.over === null ? "" : row.over ? L.over : L.ok,
      f: fx`IF(OR(${allowed}="",${share}=""),"",IF(${share}>${allowed},${text(L.over)},${text(L.ok)}))`,
    });
  });
  grid.set(totalRow, 0, { v: L.total, style: "total" });
  grid.set(totalRow, 1, { v: model.distribution.total, f: fx`SUM(${range(first, 1, totalRow - 1, 1)})`, fmt: "0", style: "total" });
  draft.conditionalFormats.push({ type: "expression", range: rangeRef(first, 4, totalRow - 1, 4), formula: fx`${ref(first, 4)}=${text(L.over)}`, look: "bad" });
}

/** Column widths: the name column fits the names, the review notes are wide, every other column 12. */
function columnWidths(grid: CellGrid, model: ScorecardModel, table: Table): number[] {
  const names = [...model.people.map((p) => p.name), ...model.kpis.map((k) => k.def.name)];
  const widths: number[] = new Array<number>(grid.width()).fill(12);
  widths[0] = Math.min(30, Math.max(14, ...names.map((name) => name.length + 2)));
  for (let c = table.reviewCol; c < table.reviewCol + 3; c++) widths[c] = 28;
  widths[table.reviewCol + 3] = 14;
  widths[table.statusCol] = 14;
  return widths;
}

/** A bar per person is worth looking at for a team, not for a whole company. */
function weightedChart(model: ScorecardModel, L: Labels, table: Table): ChartSpec[] | null {
  if (model.people.length === 0 || model.people.length > MAX_CHARTED_PEOPLE) return null;
  return [
    {
      type: "bar",
      title: L.weighted,
      categories: rangeRef(table.firstRow, 0, table.lastRow, 0),
      series: [{ name: L.weighted, nameCell: cellRef(table.headRow, table.weightedCol), values: rangeRef(table.firstRow, table.weightedCol, table.lastRow, table.weightedCol) }],
      anchor: cellRef(table.headRow, table.statusCol + 2),
      // A bar per person: about a row and a half each, so names stay readable.
      size: { cols: 8, rows: Math.max(16, Math.ceil(model.people.length * 1.5) + 4) },
    },
  ];
}

/**
 * Lays out the scorecard sheet from its model.
 *
 * @param model - the numbers and warnings the scorecard shows (model.ts)
 * @param L - the words of the sheet
 * @param asOf - the review date, as an Excel date serial
 * @param copy - the KPI results copy the actual and target cells reference
 * @returns the scorecard sheet
 *
 * @example
 * const sheet = scorecardSheet(model, pick("en", LABELS), 46113, scoresSheet(records, "en"));
 * sheet.rows[0][0]; // => { v: "KPI scorecard", style: "title" }
 */
export function scorecardSheet(model: ScorecardModel, L: Labels, asOf: number, copy: ScoresCopy): SheetSpec {
  const draft: Draft = { grid: new CellGrid(), merges: [], conditionalFormats: [], validations: [] };
  const scoreFormat = model.percentUnits ? PERCENT : POINTS;
  // The table right under the title (only the lines above its header stay frozen), the rating
  // distribution under it, and the settings block under that.
  const tableTop = writeTitle(draft.grid, model, L, asOf);
  const table = tablePlace(model, tableTop - 1);
  const settingsTop = table.lastRow + 2 + 2 + model.distribution.rows.length + 2;
  const settings = writeSettings(draft, model, L, settingsTop, scoreFormat);
  writeHeadings(draft, model, L, table);
  const kpiFormats = model.kpis.map((kpi, k) =>
    kpiFormat(
      kpi.def.name,
      model.people.flatMap((p) => {
        const result = p.results[k];
        return result === null ? [] : result.actual === null ? [result.target] : [result.target, result.actual];
      }),
    ),
  );
  const row: RowContext = { model, L, settings, table, copy, scoreFormat, kpiFormats };
  model.people.forEach((person, p) => writePerson(draft.grid, person, p, row));
  tableLooks(draft, model, L, settings, table);
  writeDistribution(draft, model, L, settings, table);
  const charts = weightedChart(model, L, table);
  return {
    name: L.sheet,
    purpose: "scorecard",
    rows: draft.grid.rows,
    columnWidths: columnWidths(draft.grid, model, table),
    frozen: { rows: table.firstRow <= MAX_FROZEN_ROWS ? table.firstRow : 0, cols: 1 },
    merges: draft.merges,
    conditionalFormats: draft.conditionalFormats,
    validations: draft.validations,
    warnings: model.warnings,
    ...(charts ? { charts } : {}),
  };
}
