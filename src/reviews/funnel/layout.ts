import type { PersonRecord } from "../../datasets/records";
import { CellGrid } from "../../sheets/cellGrid";
import { cellRef, rangeRef } from "../../excel/a1";
import { exactCriterion, fx, range, ref, text, type Formula } from "../../excel/formula";
import { nameGroup, type CopyRole, type DealsCopy } from "../../sheets/dataCopies";
import type { DataSheet, RowBlock } from "../../sheets/dataSheet";
import type { Cell, CellValue, ConditionalFormat, SheetSpec } from "../../sheets/spec";
import type { FunnelLabels } from "./labels";
import type { FunnelModel, FunnelRow, OwnerFunnel } from "./model";
import type { StageDefinition as Stage } from "../../datasets/records";
import { AMOUNT as PER_DAY, DATE, MULTIPLE, ONE_DECIMAL as DAYS, PERCENT as RATE, WHOLE as COUNT, WHOLE as MONEY } from "../../sheets/formats";

const SCALE: [string, string, string] = ["F8696B", "FFEB84", "63BE7B"];
/** Beyond this many rows above the owner table, freezing them would leave too little room to scroll. */
const MAX_FROZEN_ROWS = 20;

/** The criteria on the deals copy's status column: the text it holds for a status. */
const POSITIVE = text(">0");
const NOT_BLANK = text("<>");

/** The data copies the review's formulas read: the deals, and the people when there is a table of them. */
export interface FunnelCopies {
  deals: DealsCopy;
  people: DataSheet<PersonRecord, CopyRole<PersonRecord>> | null;
}

/** The review sheet as it is filled in: cells, merges and conditional formats. */
class Grid extends CellGrid {
  readonly merges: string[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
}

/** The owner table's columns for n stages: four blocks of one column per stage, then one column each. */
function columnsFor(n: number) {
  return {
    owner: 0,
    at: (s: number) => 1 + s,
    amount: (s: number) => 1 + n + s,
    reached: (s: number) => 1 + 2 * n + s,
    step: (s: number) => 1 + 3 * n + s,
    cumulative: 1 + 4 * n,
    weakest: 2 + 4 * n,
    won: 3 + 4 * n,
    lost: 4 + 4 * n,
    winRate: 5 + 4 * n,
    cycle: 6 + 4 * n,
    openDeals: 7 + 4 * n,
    openPipeline: 8 + 4 * n,
    weighted: 9 + 4 * n,
    target: 10 + 4 * n,
    wonAmount: 11 + 4 * n,
    coverage: 12 + 4 * n,
    velocity: 13 + 4 * n,
  };
}

type Columns = ReturnType<typeof columnsFor>;

/** Where the stage settings landed, as the table's formulas refer to them. */
interface Settings {
  maxDays: (s: number) => Formula;
  probabilities: Formula;
  /** The names of every stage after the first, for the weakest stage's INDEX. */
  laterStageNames: Formula;
  /** Each stage's criterion on the deals copy's stage column: its settings cell, escaped when needed. */
  stageCriteria: Formula[];
  /** A stage's name cell, for a comparison (=) inside SUMPRODUCT. */
  stageNames: Formula[];
  /** A stage's probability cell. */
  probability: (s: number) => Formula;
}

/** What the owner table's writers share. */
interface Table {
  grid: Grid;
  L: FunnelLabels;
  stages: readonly Stage[];
  n: number;
  col: Columns;
  settings: Settings;
  copies: FunnelCopies;
  firstOwnerRow: number;
  teamRow: number;
  /** Deals carry their own probability: the weighted pipeline reads it (see `ownWeightedFormula`). */
  ownProbabilities: boolean;
}

/** The cached value of a formula that gives "" when there is nothing to show. */
function orBlank(value: number | null): CellValue {
  return value ?? "";
}


/** Title, as-of date, counting rule and warnings; returns the first free row. */
function writeHeading(g: Grid, L: FunnelLabels, asOf: number, warnings: readonly string[]): number {
  g.set(0, 0, { v: L.title, style: "title" });
  g.set(1, 0, { v: L.asOf, style: "subtitle" });
  g.set(1, 1, { v: asOf, fmt: DATE, style: "input" });
  g.set(2, 0, { v: L.rule, style: "subtitle" });
  warnings.forEach((w, i) => g.set(3 + i, 0, { v: w, style: "warning" }));
  return 3 + warnings.length;
}

/** The stage settings from `row` on: one column per stage, so a row of stage cells lines up with the probabilities for SUMPRODUCT. */
function writeSettings(g: Grid, L: FunnelLabels, stages: readonly Stage[], row: number): Settings {
  g.set(row, 0, { v: L.settings, style: "subtitle" });
  const stageRow = row + 1;
  g.set(stageRow, 0, { v: L.stage, style: "header" });
  g.set(stageRow + 1, 0, { v: L.order });
  g.set(stageRow + 2, 0, { v: L.maxDays });
  g.set(stageRow + 3, 0, { v: L.probability });
  stages.forEach((stage, s) => {
    g.set(stageRow, 1 + s, { v: stage.name, style: "header" });
    g.set(stageRow + 1, 1 + s, { v: s + 1, fmt: "0" });
    g.set(stageRow + 2, 1 + s, { v: stage.maxDays, fmt: COUNT, style: "input" });
    g.set(stageRow + 3, 1 + s, { v: stage.probability, fmt: RATE, style: "input" });
  });
  const n = stages.length;
  return {
    maxDays: (s) => ref(stageRow + 2, 1 + s, true),
    probabilities: range(stageRow + 3, 1, stageRow + 3, n, true),
    laterStageNames: range(stageRow, 2, stageRow, n, true),
    stageCriteria: stages.map((stage, s) => exactCriterion(ref(stageRow, 1 + s, true), stage.name)),
    stageNames: stages.map((_, s) => ref(stageRow, 1 + s, true)),
    probability: (s) => ref(stageRow + 3, 1 + s, true),
  };
}

/** The owner table's two header rows: a merged group label over each block of stages, then the stage names and single labels. */
function writeTableHeader(t: Table, groupRow: number): void {
  const { grid: g, L, stages, n, col } = t;
  const headerRow = groupRow + 1;
  const groups: [string, (s: number) => number][] = [
    [L.atStage, col.at],
    [L.openAmount, col.amount],
    [L.reached, col.reached],
    [L.step, col.step],
  ];
  for (const [label, at] of groups) {
    g.set(groupRow, at(0), { v: label, style: "header" });
    for (let s = 1; s < n; s++) g.set(groupRow, at(s), { v: null, style: "header" });
    g.merges.push(rangeRef(groupRow, at(0), groupRow, at(n - 1)));
    stages.forEach((stage, s) => g.set(headerRow, at(s), { v: stage.name, style: "header" }));
  }
  const singles: [number, string][] = [
    [col.owner, L.owner],
    [col.cumulative, L.cumulative],
    [col.weakest, L.weakest],
    [col.won, L.won],
    [col.lost, L.lost],
    [col.winRate, L.winRate],
    [col.cycle, L.cycle],
    [col.openDeals, L.openDeals],
    [col.openPipeline, L.openPipeline],
    [col.weighted, L.weighted],
    [col.target, L.target],
    [col.wonAmount, L.wonAmount],
    [col.coverage, L.coverage],
    [col.velocity, L.velocity],
  ];
  for (const [c, label] of singles) {
    g.set(groupRow, c, { v: null, style: "header" });
    g.set(headerRow, c, { v: label, style: "header" });
  }
}

/**
 * The deals copy's columns, whole or only one owner's block of rows. An owner's formulas read only their
 * block (and still match the owner, so a deal edited to another owner drops out): the sheet's work is
 * then rows × stages, where whole columns would be rows × owners × stages.
 */
function dealColumns(copies: FunnelCopies, block?: RowBlock) {
  const { deals } = copies;
  return {
    owner: deals.column("owner", block),
    stage: deals.column("stage", block),
    status: deals.column("status", block),
    /** The criteria of a status, as the copy writes it in the sheets' language. */
    is: deals.status,
    isNot: deals.notStatus,
    amount: deals.column("amount", block),
    created: deals.column("created", block),
    close: deals.column("closeDate", block),
    stageDate: deals.column("stageDate", block),
  };
}

type DealColumns = ReturnType<typeof dealColumns>;

/** The average cycle of the won deals that `filters` pick out, dated ones only, as (Σ close − Σ created) ÷ count. */
function cycleFormula(D: DealColumns, filters: Formula): Formula {
  const count = fx`COUNTIFS(${filters})`;
  return fx`IF(${count}=0,"",(SUMIFS(${D.close},${filters})-SUMIFS(${D.created},${filters}))/${count})`;
}

/** The formulas every row computes from its own cells (owner rows and the team row alike). */
function writeFigures(t: Table, row: number, { counts, figures }: FunnelRow, cycle: Formula, weightedFormula?: Formula): void {
  const { grid: g, stages, n, col, settings } = t;
  const at = (c: number): Formula => ref(row, c);
  const total = row === t.teamRow ? { style: "total" as const } : {};
  const reached = (s: number): Formula => at(col.reached(s));
  stages.forEach((_, s) => {
    const count = fx`SUM(${range(row, col.at(s), row, col.at(n - 1))})+${at(col.won)}`;
    g.set(row, col.reached(s), { v: figures.reached[s], f: count, fmt: COUNT, ...total });
    const step = s === 0 ? fx`IF(${reached(0)}=0,"",1)` : fx`IF(${reached(s - 1)}=0,"",${reached(s)}/${reached(s - 1)})`;
    g.set(row, col.step(s), { v: orBlank(figures.steps[s]), f: step, fmt: RATE, ...total });
  });
  const cumulative = fx`IF(${reached(0)}=0,"",${reached(n - 1)}/${reached(0)})`;
  g.set(row, col.cumulative, { v: orBlank(figures.cumulative), f: cumulative, fmt: RATE, ...total });
  const steps = range(row, col.step(1), row, col.step(n - 1));
  const weakest = fx`IF(COUNT(${steps})=0,"",INDEX(${settings.laterStageNames},MATCH(MIN(${steps}),${steps},0)))`;
  g.set(row, col.weakest, { v: figures.weakest === null ? "" : stages[figures.weakest].name, f: weakest, ...total });
  const won = at(col.won);
  const lost = at(col.lost);
  g.set(row, col.winRate, { v: orBlank(figures.winRate), f: fx`IF(${won}+${lost}=0,"",${won}/(${won}+${lost}))`, fmt: RATE, ...total });
  g.set(row, col.cycle, { v: orBlank(figures.cycle), f: cycle, fmt: DAYS, ...total });
  const amounts = range(row, col.amount(0), row, col.amount(n - 1));
  g.set(row, col.openPipeline, { v: counts.openPipeline, f: fx`SUM(${amounts})`, fmt: MONEY, ...total });
  g.set(row, col.weighted, { v: figures.weighted, f: weightedFormula ?? fx`SUMPRODUCT(${amounts},${settings.probabilities})`, fmt: MONEY, ...total });
  const target = at(col.target);
  const weighted = at(col.weighted);
  const wonAmount = at(col.wonAmount);
  const coverage = fx`IF(OR(${target}="",N(${target})<0,${weighted}<0,N(${target})-${wonAmount}<=0),"",${weighted}/(${target}-${wonAmount}))`;
  g.set(row, col.coverage, { v: orBlank(figures.coverage), f: coverage, fmt: MULTIPLE, ...total });
  const rate = at(col.winRate);
  const cycleDays = at(col.cycle);
  const velocity = fx`IF(OR(${rate}="",N(${cycleDays})<=0,${wonAmount}<0),"",${at(col.openDeals)}*${rate}*(${wonAmount}/${won})/${cycleDays})`;
  g.set(row, col.velocity, { v: orBlank(figures.velocity), f: velocity, fmt: PER_DAY, ...total });
}

/** An owner's row: counts and amounts with COUNTIFS/SUMIFS over the owner's block of the deals copy, the target, then the row's figures. */
function writeOwnerRow(t: Table, row: number, owner: OwnerFunnel): void {
  const { grid: g, stages, col, settings, copies } = t;
  const block = copies.deals.blockOf(nameGroup(owner.name)) ?? undefined;
  const D = dealColumns(copies, block);
  const name = exactCriterion(ref(row, col.owner), owner.name);
  const who = fx`${D.owner},${name}`;
  const { counts } = owner;
  g.set(row, col.owner, { v: owner.name });
  stages.forEach((_, s) => {
    const stage = settings.stageCriteria[s];
    g.set(row, col.at(s), { v: counts.atStage[s], f: fx`COUNTIFS(${who},${D.stage},${stage},${D.status},${D.isNot("won")})`, fmt: COUNT });
    g.set(row, col.amount(s), {
      v: counts.openAmount[s],
      f: fx`SUMIFS(${D.amount},${who},${D.stage},${stage},${D.status},${D.is("open")})`,
      fmt: MONEY,
    });
  });
  g.set(row, col.won, { v: counts.won, f: fx`COUNTIFS(${who},${D.status},${D.is("won")})`, fmt: COUNT });
  g.set(row, col.lost, { v: counts.lost, f: fx`COUNTIFS(${who},${D.status},${D.is("lost")})`, fmt: COUNT });
  g.set(row, col.openDeals, { v: counts.openDeals, f: fx`COUNTIFS(${who},${D.status},${D.is("open")})`, fmt: COUNT });
  g.set(row, col.wonAmount, { v: counts.wonAmount, f: fx`SUMIFS(${D.amount},${who},${D.status},${D.is("won")})`, fmt: MONEY });
  if (copies.people) {
    const P = { name: copies.people.column("name"), target: copies.people.column("target") };
    g.set(row, col.target, {
      v: owner.target ?? "",
      f: fx`IF(COUNTIFS(${P.name},${name},${P.target},${NOT_BLANK})=0,"",SUMIFS(${P.target},${P.name},${name}))`,
      fmt: MONEY,
    });
  } else {
    // No people table: leave the target for a person to type in; coverage follows it.
    g.set(row, col.target, { v: null, fmt: MONEY, style: "input" });
  }
  const won = fx`${who},${D.status},${D.is("won")},${D.created},${POSITIVE},${D.close},${POSITIVE}`;
  writeFigures(t, row, owner, cycleFormula(D, won), t.ownProbabilities ? ownWeightedFormula(t, row, D, block) : undefined);
}

/**
 * An owner's weighted pipeline when deals carry their own probability, over the owner's block only:
 * Σ amount × own probability of their open deals, plus for each stage its probability × the amount of
 * their open deals there whose own probability is blank.
 */
function ownWeightedFormula(t: Table, row: number, D: DealColumns, block: RowBlock | undefined): Formula {
  const { stages, settings, copies } = t;
  const probability = copies.deals.column("probability", block);
  const mine = fx`(${D.owner}=${ref(row, t.col.owner)})*(${D.status}=${D.is("open")})`;
  const own = fx`SUMPRODUCT(${D.amount},${probability},${mine})`;
  return stages.reduce(
    (sum, _, s) => fx`${sum}+SUMPRODUCT(${D.amount},${mine}*(${D.stage}=${settings.stageNames[s]})*(${probability}=""))*${settings.probability(s)}`,
    own,
  );
}

/** The team row: the owner rows added up, then the same figures as an owner's; its cycle reads whole columns, once. */
function writeTeamRow(t: Table, team: FunnelModel["team"], owners: number): void {
  const { grid: g, L, stages, col, firstOwnerRow, teamRow } = t;
  const { counts } = team;
  const totalCell = (c: number, v: number, fmt: string): Cell =>
    owners === 0 ? { v: 0, fmt, style: "total" } : { v, f: fx`SUM(${range(firstOwnerRow, c, teamRow - 1, c)})`, fmt, style: "total" };
  g.set(teamRow, col.owner, { v: L.team, style: "total" });
  stages.forEach((_, s) => {
    g.set(teamRow, col.at(s), totalCell(col.at(s), counts.atStage[s], COUNT));
    g.set(teamRow, col.amount(s), totalCell(col.amount(s), counts.openAmount[s], MONEY));
  });
  g.set(teamRow, col.won, totalCell(col.won, counts.won, COUNT));
  g.set(teamRow, col.lost, totalCell(col.lost, counts.lost, COUNT));
  g.set(teamRow, col.openDeals, totalCell(col.openDeals, counts.openDeals, COUNT));
  g.set(teamRow, col.wonAmount, totalCell(col.wonAmount, counts.wonAmount, MONEY));
  g.set(teamRow, col.target, totalCell(col.target, team.target, MONEY));
  const all = dealColumns(t.copies);
  // With own probabilities, the team's weighted pipeline is the owners' added up (each read from its own block).
  const weighted = t.ownProbabilities && owners > 0 ? fx`SUM(${range(firstOwnerRow, col.weighted, teamRow - 1, col.weighted)})` : undefined;
  writeFigures(t, teamRow, team, cycleFormula(all, fx`${all.status},${all.is("won")},${all.created},${POSITIVE},${all.close},${POSITIVE}`), weighted);
}

/** Colour scales and highlights over the owner rows and the team row. */
function tableLooks(t: Table): ConditionalFormat[] {
  const { n, col, firstOwnerRow, teamRow } = t;
  const tableRange = (c1: number, c2: number): string => rangeRef(firstOwnerRow, c1, teamRow, c2);
  const looks: ConditionalFormat[] = [];
  if (n > 1) {
    const steps = tableRange(col.step(1), col.step(n - 1));
    const topLeft = ref(firstOwnerRow, col.step(1));
    const rowSteps = fx`${ref(firstOwnerRow, col.step(1), "column")}:${ref(firstOwnerRow, col.step(n - 1), "column")}`;
    looks.push(
      { type: "colorScale", range: steps, colors: SCALE },
      { type: "expression", range: steps, formula: fx`AND(ISNUMBER(${topLeft}),${topLeft}=MIN(${rowSteps}))`, look: "highlight" },
    );
  }
  looks.push({ type: "colorScale", range: tableRange(col.cumulative, col.cumulative), colors: SCALE });
  looks.push({ type: "colorScale", range: tableRange(col.winRate, col.winRate), colors: SCALE });
  const cov = ref(firstOwnerRow, col.coverage);
  const coverage = tableRange(col.coverage, col.coverage);
  looks.push(
    { type: "expression", range: coverage, formula: fx`AND(ISNUMBER(${cov}),${cov}<1)`, look: "bad" },
    { type: "expression", range: coverage, formula: fx`AND(ISNUMBER(${cov}),${cov}>=1,${cov}<3)`, look: "neutral" },
    { type: "expression", range: coverage, formula: fx`AND(ISNUMBER(${cov}),${cov}>=3)`, look: "good" },
  );
  return looks;
}

/**
 * One stage's stuck-deal criteria on some rows of the deals copy: open, at the stage, in it since before
 * the as-of date less the stage's limit (a blank "since" never matches). The formula is 0 for a stage
 * without a limit.
 */
function stuckAtStage(t: Table, D: DealColumns, s: number, asOf: Formula, what: (filters: Formula) => Formula, who?: Formula): Formula {
  const { settings } = t;
  const max = settings.maxDays(s);
  const filters = fx`${who ? fx`${who},` : fx``}${D.stage},${settings.stageCriteria[s]},${D.status},${D.is("open")},${D.stageDate},${text("<")}&(${asOf}-${max})`;
  return fx`IF(${max}="",0,${what(filters)})`;
}

/**
 * The stuck deals from `row` on: every stuck deal counted and added up per stage and per owner (formulas
 * over the deals copy, one per stage and owner, each owner's over their block only), then the worst of
 * them listed (a snapshot of who is over the limit on the as-of date; their days follow the as-of cell and
 * the limits), and how many more are stuck beyond the list.
 */
function writeStuck(t: Table, model: FunnelModel, asOf: Formula, row: number): void {
  const { grid: g, L, stages, settings, copies } = t;
  const { stuck, stuckTotals, owners } = model;
  g.set(row, 0, { v: L.stuck, style: "subtitle" });
  g.set(row + 1, 0, { v: L.stuckNote, style: "subtitle" });

  // Per stage (columns A-C) and per owner (columns E-G), side by side.
  const top = row + 2;
  [L.stage, L.stuckCount, L.stuckAmount].forEach((label, c) => g.set(top, c, { v: c === 0 ? L.stuckByStage : label, style: "header" }));
  [L.owner, L.stuckCount, L.stuckAmount].forEach((label, c) => g.set(top, 4 + c, { v: c === 0 ? L.stuckByOwner : label, style: "header" }));
  const all = dealColumns(copies);
  const count = (filters: Formula): Formula => fx`COUNTIFS(${filters})`;
  const amount = (D: DealColumns) => (filters: Formula): Formula => fx`SUMIFS(${D.amount},${filters})`;
  stages.forEach((stage, s) => {
    const r = top + 1 + s;
    const total = stuckTotals.byStage[s];
    g.set(r, 0, { v: stage.name, f: settings.stageNames[s] });
    g.set(r, 1, { v: total.count, f: stuckAtStage(t, all, s, asOf, count), fmt: COUNT });
    g.set(r, 2, { v: total.amount, f: stuckAtStage(t, all, s, asOf, amount(all)), fmt: MONEY });
  });
  const teamRow = top + 1 + stages.length;
  g.set(teamRow, 0, { v: L.team, style: "total" });
  g.set(teamRow, 1, { v: stuckTotals.team.count, f: fx`SUM(${range(top + 1, 1, teamRow - 1, 1)})`, fmt: COUNT, style: "total" });
  g.set(teamRow, 2, { v: stuckTotals.team.amount, f: fx`SUM(${range(top + 1, 2, teamRow - 1, 2)})`, fmt: MONEY, style: "total" });
  owners.forEach((owner, o) => {
    const r = top + 1 + o;
    const total = stuckTotals.byOwner[o];
    const D = dealColumns(copies, copies.deals.blockOf(nameGroup(owner.name)) ?? undefined);
    const who = fx`${D.owner},${exactCriterion(ref(r, 4), owner.name)}`;
    const sum = (what: (filters: Formula) => Formula): Formula =>
      stages.slice(1).reduce((f, _, k) => fx`${f}+${stuckAtStage(t, D, k + 1, asOf, what, who)}`, stuckAtStage(t, D, 0, asOf, what, who));
    g.set(r, 4, { v: owner.name });
    g.set(r, 5, { v: total.count, f: sum(count), fmt: COUNT });
    g.set(r, 6, { v: total.amount, f: sum(amount(D)), fmt: MONEY });
  });

  const listRow = Math.max(teamRow, top + owners.length) + 2;
  g.set(listRow, 0, { v: L.stuckList(stuck.length), style: "subtitle" });
  [L.deal, L.owner, L.stage, L.amount, L.since, L.daysInStage, L.limit, L.daysOver].forEach((label, c) =>
    g.set(listRow + 1, c, { v: label, style: "header" }),
  );
  const first = listRow + 2;
  if (stuck.length === 0) g.set(first, 0, { v: L.noStuck });
  stuck.forEach(({ deal, index, stage, limit, days, over }, k) => {
    const r = first + k;
    g.set(r, 0, { v: deal.id ?? L.sourceRow(deal.row) });
    g.set(r, 1, { v: deal.owner });
    g.set(r, 2, { v: deal.stage });
    g.set(r, 3, { v: deal.amount, f: copies.deals.ref("amount", index), fmt: MONEY });
    g.set(r, 4, { v: deal.stageDate, f: copies.deals.ref("stageDate", index), fmt: DATE });
    g.set(r, 5, { v: days, f: fx`${asOf}-${ref(r, 4)}`, fmt: COUNT });
    g.set(r, 6, { v: limit, f: settings.maxDays(stage), fmt: COUNT });
    g.set(r, 7, { v: over, f: fx`${ref(r, 5)}-${ref(r, 6)}`, fmt: COUNT });
  });
  if (stuck.length > 0) {
    g.conditionalFormats.push({ type: "expression", range: rangeRef(first, 7, first + stuck.length - 1, 7), formula: fx`${ref(first, 7)}>0`, look: "bad" });
  }
  const more = stuckTotals.team.count - stuck.length;
  if (more > 0) g.set(first + stuck.length, 0, { v: L.stuckMore(more, stuckTotals.team.count), style: "subtitle" });
}

/**
 * Lays out the funnel review: the stage settings, each owner's deals per stage, conversions, win rate,
 * cycle, weighted pipeline, coverage and velocity in native formulas over the deals copy, the team total,
 * and the list of deals stuck in their stage. Every formula caches the model's number.
 *
 * @param model - the review's numbers and warnings
 * @param copies - the data copies the formulas read
 * @param L - the sheet's words
 * @param asOf - the as-of date, as a date serial
 *
 * @example
 * funnelSheet(funnelModel(ctx, data), { deals, people: null }, pick("en", LABELS), ctx.asOf).name
 * // => "Funnel review"
 */
export function funnelSheet(model: FunnelModel, copies: FunnelCopies, L: FunnelLabels, asOf: number): SheetSpec {
  const { stages, owners } = model;
  const n = stages.length;
  const col = columnsFor(n);
  const g = new Grid();
  const settingsRow = writeHeading(g, L, asOf, model.warnings) + 1;
  const settings = writeSettings(g, L, stages, settingsRow);
  const groupRow = settingsRow + 6;
  const headerRow = groupRow + 1;
  const firstOwnerRow = headerRow + 1;
  const t: Table = { grid: g, L, stages, n, col, settings, copies, firstOwnerRow, teamRow: firstOwnerRow + owners.length, ownProbabilities: model.ownProbabilities };
  writeTableHeader(t, groupRow);
  owners.forEach((owner, i) => writeOwnerRow(t, firstOwnerRow + i, owner));
  writeTeamRow(t, model.team, owners.length);
  g.conditionalFormats.push(...tableLooks(t));
  writeStuck(t, model, ref(1, 1, true), t.teamRow + 2);

  const columnWidths = new Array(col.velocity + 1).fill(12);
  columnWidths[0] = 24;
  columnWidths[col.weakest] = 16;
  columnWidths[col.cycle] = 14;
  columnWidths[col.velocity] = 16;
  return {
    name: L.sheet,
    purpose: "funnel",
    rows: g.rows,
    columnWidths,
    frozen: { rows: headerRow + 1 <= MAX_FROZEN_ROWS ? headerRow + 1 : 0, cols: 1 },
    merges: n > 1 ? g.merges : [],
    conditionalFormats: g.conditionalFormats,
    charts: [
      {
        type: "funnel",
        title: L.chart,
        categories: rangeRef(headerRow, col.reached(0), headerRow, col.reached(n - 1)),
        values: rangeRef(t.teamRow, col.reached(0), t.teamRow, col.reached(n - 1)),
        anchor: cellRef(groupRow, col.velocity + 2),
      },
    ],
    warnings: model.warnings,
  };
}
