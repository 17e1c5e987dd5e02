import { coverage, compileStageTable, funnelRates, velocity, weightedPipeline } from "../../core/funnel";
import { isKpiError } from "../../core/errors";
import { DEFAULT_STAGES } from "../../datasets/columns";
import type { Stage } from "./plan";
import type { DealRecord, PersonRecord, SourceData } from "../../datasets/records";
import { cellRef, columnLetter, exactCriterion, rangeRef } from "../../excel/a1";
import { pick } from "../../i18n/languages";
import { LABELS } from "./labels";
import type { BuildContext } from "../context";
import { dealsSheet, nameGroup, peopleSheet } from "../../sheets/dataCopies";
import type { RowBlock } from "../../sheets/dataSheet";
import type { Build, Cell, CellValue, ConditionalFormat, SheetSpec } from "../../sheets/spec";

const COUNT = "#,##0";
const MONEY = "#,##0";
const RATE = "0.0%";
const DAYS = "#,##0.0";
const DATE = "yyyy-mm-dd";
const MULTIPLE = '0.00"x"';
const PER_DAY = "#,##0.00";
const SCALE: [string, string, string] = ["F8696B", "FFEB84", "63BE7B"];
/** Beyond this many rows above the owner table, freezing them would leave too little room to scroll. */
const MAX_FROZEN_ROWS = 20;

/** The numbers of one row of the owner table that formulas aggregate from the data copy. */
interface RowBase {
  atStage: number[];
  openAmount: number[];
  won: number;
  lost: number;
  openDeals: number;
  wonAmount: number;
  /** Won deals with both dates: Σ close date, Σ created date and how many. */
  closeSum: number;
  createdSum: number;
  dated: number;
}

/** What the row's own formulas derive from its base numbers, as the core computes it. */
interface RowDerived {
  reached: number[];
  steps: CellValue[];
  cumulative: CellValue;
  /** Index of the stage with the lowest step conversion after the first; -1 when there is none. */
  weakest: number;
  winRate: CellValue;
  cycle: CellValue;
  openPipeline: number;
  weighted: number;
  coverage: CellValue;
  velocity: CellValue;
}

/** A row with nothing counted yet. */
function emptyBase(stages: number): RowBase {
  return {
    atStage: new Array(stages).fill(0),
    openAmount: new Array(stages).fill(0),
    won: 0,
    lost: 0,
    openDeals: 0,
    wonAmount: 0,
    closeSum: 0,
    createdSum: 0,
    dated: 0,
  };
}

/** Keys names the way COUNTIFS matches them: whole text, case-insensitive. */
function matchKey(text: string): string {
  return text.toLowerCase();
}

/** Adds numbers in order, as SUM does over a range. */
function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** A core result as a cell shows it: the number, or "" where the formula's IF guard gives blank. */
function orBlank(value: unknown): CellValue {
  return typeof value === "number" && !isKpiError(value) ? value : "";
}

/** Computes with the core what a row's own formulas give from its counts, amounts and target. */
function derive(base: RowBase, probabilities: readonly number[], target: number | null): RowDerived {
  const n = base.atStage.length;
  const reached = base.atStage.map((_, s) => sum(base.atStage.slice(s)) + base.won);
  const rates = funnelRates(reached);
  const cumulativeRates = funnelRates(reached, { cumulative: true });
  const steps: CellValue[] = reached.map((count, s) => {
    if (isKpiError(rates)) return "";
    if (s === 0) return count === 0 ? "" : orBlank(rates[0]);
    return orBlank(rates[s]);
  });
  const cumulative = reached[0] === 0 || isKpiError(cumulativeRates) ? "" : orBlank(cumulativeRates[n - 1]);
  let weakestIndex = -1;
  for (let s = 1; s < n; s++) {
    const step = steps[s];
    if (typeof step === "number" && (weakestIndex < 0 || step < (steps[weakestIndex] as number))) weakestIndex = s;
  }
  const closed = base.won + base.lost;
  const winRate: number | "" = closed === 0 ? "" : base.won / closed;
  const cycle: number | "" = base.dated === 0 ? "" : (base.closeSum - base.createdSum) / base.dated;
  const weightedResult = weightedPipeline(base.openAmount, probabilities);
  // Probabilities come from the validated plan (0 to 1) and lengths match, so this cannot fail.
  const weighted = isKpiError(weightedResult) ? 0 : weightedResult;
  const coverageResult = target === null ? "" : coverage(weighted, target, base.wonAmount);
  let velocityResult: CellValue = "";
  if (typeof winRate === "number" && typeof cycle === "number" && cycle > 0 && base.wonAmount >= 0) {
    velocityResult = orBlank(velocity(base.openDeals, winRate, base.wonAmount / base.won, cycle));
  }
  return {
    reached,
    steps,
    cumulative,
    weakest: weakestIndex,
    winRate,
    cycle,
    openPipeline: sum(base.openAmount),
    weighted,
    coverage: orBlank(coverageResult),
    velocity: velocityResult,
  };
}

/** A whole amount with thousands separators, for the summary lines. */
function formatAmount(value: number): string {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(value);
}

/**
 * Builds the funnel review: each owner's deals per stage, conversions, win rate, cycle, weighted
 * pipeline, coverage and velocity in native formulas over the deals copy, the team total, and the list
 * of deals stuck in their stage.
 *
 * @param ctx - the plan (its funnel stages, else `DEFAULT_STAGES`), the language and the as-of date
 * @param data - the deals as read, and optionally the people (their targets feed coverage)
 * @returns the deals copy sheet (and the people copy when given), then the review sheet
 *
 * @example
 * buildFunnel(ctx, { deals }).sheets.map((s) => s.name)
 * // => ["Data - Deals", "Funnel review"]
 */
export function buildFunnel(ctx: BuildContext, data: { deals: SourceData<DealRecord>; people?: SourceData<PersonRecord> }): Build {
  const L = pick(ctx.language, LABELS);
  const stages: readonly Stage[] = ctx.plan.funnel.stages ?? DEFAULT_STAGES;
  const table = compileStageTable(stages.map((s) => ({ stage: s.name, probability: s.probability })));
  if (isKpiError(table)) throw new Error(`plan funnel.stages: ${table.message}`);
  const n = stages.length;
  const probabilities = stages.map((s) => s.probability);
  const stageIndex = new Map(stages.map((s, i) => [matchKey(s.name), i]));

  const deals = dealsSheet(data.deals.records, ctx.language);
  const people = data.people ? peopleSheet(data.people.records, ctx.language) : null;
  const records = data.deals.records;

  const warnings = [...data.deals.warnings, ...(data.people?.warnings ?? [])];
  const stageColumn = data.deals.headers.stage ?? "stage";
  const stageDateColumn = data.deals.headers.stageDate;
  const stageList = stages.map((s) => s.name).join(", ");
  records.forEach((d) => {
    if (!stageIndex.has(matchKey(d.stage))) {
      warnings.push(L.unknownStage(data.deals.origin, d.row, stageColumn, d.stage, stageList));
    }
  });
  const checkable = (d: DealRecord): boolean => {
    const s = stageIndex.get(matchKey(d.stage));
    return d.status === "open" && s !== undefined && stages[s].maxDays !== null;
  };
  if (stageDateColumn === undefined) {
    if (records.some(checkable)) warnings.push(L.noStageDateColumn(data.deals.origin));
  } else {
    records.forEach((d) => {
      if (checkable(d) && d.stageDate === null) warnings.push(L.noStageDate(data.deals.origin, d.row, stageDateColumn));
    });
  }

  // Owners in order of first appearance, merged the way COUNTIFS merges them (case-insensitively), which
  // is also the order of their blocks on the grouped deals copy.
  const owners: { name: string; base: RowBase; block: RowBlock }[] = [];
  const ownerOf = new Map<string, RowBase>();
  for (const d of records) {
    const key = nameGroup(d.owner);
    let base = ownerOf.get(key);
    if (!base) {
      base = emptyBase(n);
      ownerOf.set(key, base);
      // Every owner comes from a deal, so the copy has a block for each.
      owners.push({ name: d.owner, base, block: deals.blockOf(key) as RowBlock });
    }
    const s = stageIndex.get(matchKey(d.stage));
    if (s !== undefined && d.status !== "won") base.atStage[s] += 1;
    if (s !== undefined && d.status === "open") base.openAmount[s] += d.amount;
    if (d.status === "won") {
      base.won += 1;
      base.wonAmount += d.amount;
      if (d.created !== null && d.created > 0 && d.closeDate !== null && d.closeDate > 0) {
        base.closeSum += d.closeDate;
        base.createdSum += d.created;
        base.dated += 1;
      }
    }
    if (d.status === "lost") base.lost += 1;
    if (d.status === "open") base.openDeals += 1;
  }

  const targetOf = (owner: string): number | null => {
    if (!data.people) return null;
    const found = data.people.records.filter((p) => matchKey(p.name) === matchKey(owner) && p.target !== null);
    return found.length === 0 ? null : sum(found.map((p) => p.target as number));
  };

  // ---- layout ----
  const rows: (Cell | null)[][] = [];
  const put = (r: number, c: number, cell: Cell): void => {
    while (rows.length <= r) rows.push([]);
    rows[r][c] = cell;
  };
  const conditionalFormats: ConditionalFormat[] = [];
  const merges: string[] = [];

  put(0, 0, { v: L.title, style: "title" });
  put(1, 0, { v: L.asOf, style: "subtitle" });
  put(1, 1, { v: ctx.asOf, fmt: DATE, style: "input" });
  const asOfRef = cellRef(1, 1, true);
  put(2, 0, { v: L.rule, style: "subtitle" });
  let r = 3;
  for (const w of warnings) put(r++, 0, { v: w, style: "warning" });

  // Settings: one column per stage, so a row of stage cells lines up with the probabilities for SUMPRODUCT.
  r += 1;
  put(r++, 0, { v: L.settings, style: "subtitle" });
  const stageRow = r;
  put(stageRow, 0, { v: L.stage, style: "header" });
  put(stageRow + 1, 0, { v: L.order });
  put(stageRow + 2, 0, { v: L.maxDays });
  put(stageRow + 3, 0, { v: L.probability });
  stages.forEach((stage, s) => {
    put(stageRow, 1 + s, { v: stage.name, style: "header" });
    put(stageRow + 1, 1 + s, { v: s + 1, fmt: "0" });
    put(stageRow + 2, 1 + s, { v: stage.maxDays, fmt: COUNT, style: "input" });
    put(stageRow + 3, 1 + s, { v: stage.probability, fmt: RATE, style: "input" });
  });
  const stageNameRef = (s: number): string => cellRef(stageRow, 1 + s, true);
  const maxDaysRef = (s: number): string => cellRef(stageRow + 2, 1 + s, true);
  const probabilityRange = rangeRef(stageRow + 3, 1, stageRow + 3, n, true);
  const laterStageNames = rangeRef(stageRow, 2, stageRow, n, true);
  const stageCriteria = stages.map((stage, s) => exactCriterion(stageNameRef(s), stage.name));
  r = stageRow + 5;

  // Owner table columns.
  const col = {
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
  const lastCol = col.velocity;

  const groupRow = r;
  const headerRow = r + 1;
  const groups: [string, (s: number) => number][] = [
    [L.atStage, col.at],
    [L.openAmount, col.amount],
    [L.reached, col.reached],
    [L.step, col.step],
  ];
  for (const [label, at] of groups) {
    put(groupRow, at(0), { v: label, style: "header" });
    for (let s = 1; s < n; s++) put(groupRow, at(s), { v: null, style: "header" });
    merges.push(rangeRef(groupRow, at(0), groupRow, at(n - 1)));
    stages.forEach((stage, s) => put(headerRow, at(s), { v: stage.name, style: "header" }));
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
    put(groupRow, c, { v: null, style: "header" });
    put(headerRow, c, { v: label, style: "header" });
  }

  /**
   * The deals copy's columns, whole or only one owner's block of rows. An owner's formulas read only
   * their block (and still match the owner, so a deal edited to another owner drops out): the sheet's
   * work is then rows × stages, where whole columns would be rows × owners × stages.
   */
  const dealColumns = (block?: RowBlock) => ({
    owner: deals.column("owner", block),
    stage: deals.column("stage", block),
    status: deals.column("status", block),
    amount: deals.column("amount", block),
    created: deals.column("created", block),
    close: deals.column("closeDate", block),
  });
  const firstOwnerRow = headerRow + 1;
  const teamRow = firstOwnerRow + owners.length;

  /** Writes the formulas every row computes from its own cells (owner rows and the team row alike). */
  const writeDerived = (row: number, values: RowDerived, cycleFormula: string): void => {
    const at = (s: number) => cellRef(row, col.at(s));
    const reachedRef = (s: number) => cellRef(row, col.reached(s));
    const ref = (c: number) => cellRef(row, c);
    const total = row === teamRow ? { style: "total" as const } : {};
    stages.forEach((_, s) => {
      put(row, col.reached(s), { v: values.reached[s], f: `SUM(${at(s)}:${at(n - 1)})+${ref(col.won)}`, fmt: COUNT, ...total });
      const step =
        s === 0
          ? `IF(${reachedRef(0)}=0,"",1)`
          : `IF(${reachedRef(s - 1)}=0,"",${reachedRef(s)}/${reachedRef(s - 1)})`;
      put(row, col.step(s), { v: values.steps[s], f: step, fmt: RATE, ...total });
    });
    put(row, col.cumulative, {
      v: values.cumulative,
      f: `IF(${reachedRef(0)}=0,"",${reachedRef(n - 1)}/${reachedRef(0)})`,
      fmt: RATE,
      ...total,
    });
    const steps = rangeRef(row, col.step(1), row, col.step(n - 1));
    put(row, col.weakest, {
      v: values.weakest >= 0 ? stages[values.weakest].name : "",
      f: `IF(COUNT(${steps})=0,"",INDEX(${laterStageNames},MATCH(MIN(${steps}),${steps},0)))`,
      ...total,
    });
    const won = ref(col.won);
    const lost = ref(col.lost);
    put(row, col.winRate, { v: values.winRate, f: `IF(${won}+${lost}=0,"",${won}/(${won}+${lost}))`, fmt: RATE, ...total });
    put(row, col.cycle, { v: values.cycle, f: cycleFormula, fmt: DAYS, ...total });
    const amounts = rangeRef(row, col.amount(0), row, col.amount(n - 1));
    put(row, col.openPipeline, { v: values.openPipeline, f: `SUM(${amounts})`, fmt: MONEY, ...total });
    put(row, col.weighted, { v: values.weighted, f: `SUMPRODUCT(${amounts},${probabilityRange})`, fmt: MONEY, ...total });
    const t = ref(col.target);
    const wp = ref(col.weighted);
    const wa = ref(col.wonAmount);
    put(row, col.coverage, {
      v: values.coverage,
      f: `IF(OR(${t}="",N(${t})<0,${wp}<0,N(${t})-${wa}<=0),"",${wp}/(${t}-${wa}))`,
      fmt: MULTIPLE,
      ...total,
    });
    const rate = ref(col.winRate);
    const cycle = ref(col.cycle);
    put(row, col.velocity, {
      v: values.velocity,
      f: `IF(OR(${rate}="",N(${cycle})<=0,${wa}<0),"",${ref(col.openDeals)}*${rate}*(${wa}/${won})/${cycle})`,
      fmt: PER_DAY,
      ...total,
    });
  };

  const cycleFormula = (D: ReturnType<typeof dealColumns>, filters: string): string => {
    const count = `COUNTIFS(${filters})`;
    return `IF(${count}=0,"",(SUMIFS(${D.close},${filters})-SUMIFS(${D.created},${filters}))/${count})`;
  };

  const derivedRows: RowDerived[] = [];
  owners.forEach((owner, i) => {
    const row = firstOwnerRow + i;
    const D = dealColumns(owner.block);
    const who = `${D.owner},${exactCriterion(cellRef(row, col.owner), owner.name)}`;
    const b = owner.base;
    put(row, col.owner, { v: owner.name });
    stages.forEach((_, s) => {
      put(row, col.at(s), { v: b.atStage[s], f: `COUNTIFS(${who},${D.stage},${stageCriteria[s]},${D.status},"<>won")`, fmt: COUNT });
      put(row, col.amount(s), {
        v: b.openAmount[s],
        f: `SUMIFS(${D.amount},${who},${D.stage},${stageCriteria[s]},${D.status},"open")`,
        fmt: MONEY,
      });
    });
    put(row, col.won, { v: b.won, f: `COUNTIFS(${who},${D.status},"won")`, fmt: COUNT });
    put(row, col.lost, { v: b.lost, f: `COUNTIFS(${who},${D.status},"lost")`, fmt: COUNT });
    put(row, col.openDeals, { v: b.openDeals, f: `COUNTIFS(${who},${D.status},"open")`, fmt: COUNT });
    put(row, col.wonAmount, { v: b.wonAmount, f: `SUMIFS(${D.amount},${who},${D.status},"won")`, fmt: MONEY });
    const target = targetOf(owner.name);
    if (people) {
      const P = { name: people.column("name"), target: people.column("target") };
      const match = exactCriterion(cellRef(row, col.owner), owner.name);
      put(row, col.target, {
        v: target ?? "",
        f: `IF(COUNTIFS(${P.name},${match},${P.target},"<>")=0,"",SUMIFS(${P.target},${P.name},${match}))`,
        fmt: MONEY,
      });
    } else {
      // No people table: leave the target for a person to type in; coverage follows it.
      put(row, col.target, { v: null, fmt: MONEY, style: "input" });
    }
    const derived = derive(b, probabilities, target);
    derivedRows.push(derived);
    writeDerived(row, derived, cycleFormula(D, `${who},${D.status},"won",${D.created},">0",${D.close},">0"`));
  });

  // Team total: the owners' counts and amounts added up, then the same row formulas as an owner.
  const team = emptyBase(n);
  for (const { base } of owners) {
    base.atStage.forEach((v, s) => (team.atStage[s] += v));
    base.openAmount.forEach((v, s) => (team.openAmount[s] += v));
    team.won += base.won;
    team.lost += base.lost;
    team.openDeals += base.openDeals;
    team.wonAmount += base.wonAmount;
    team.closeSum += base.closeSum;
    team.createdSum += base.createdSum;
    team.dated += base.dated;
  }
  const ownerTargets = owners.map((o) => targetOf(o.name)).filter((t): t is number => t !== null);
  const teamTarget = sum(ownerTargets);
  const totalCell = (c: number, v: number, fmt: string): Cell =>
    owners.length === 0
      ? { v: 0, fmt, style: "total" }
      : { v, f: `SUM(${rangeRef(firstOwnerRow, c, teamRow - 1, c)})`, fmt, style: "total" };
  put(teamRow, col.owner, { v: L.team, style: "total" });
  stages.forEach((_, s) => {
    put(teamRow, col.at(s), totalCell(col.at(s), team.atStage[s], COUNT));
    put(teamRow, col.amount(s), totalCell(col.amount(s), team.openAmount[s], MONEY));
  });
  put(teamRow, col.won, totalCell(col.won, team.won, COUNT));
  put(teamRow, col.lost, totalCell(col.lost, team.lost, COUNT));
  put(teamRow, col.openDeals, totalCell(col.openDeals, team.openDeals, COUNT));
  put(teamRow, col.wonAmount, totalCell(col.wonAmount, team.wonAmount, MONEY));
  put(teamRow, col.target, totalCell(col.target, teamTarget, MONEY));
  const teamDerived = derive(team, probabilities, teamTarget);
  // The team's cycle reads whole columns, once: linear in the deals.
  const all = dealColumns();
  writeDerived(teamRow, teamDerived, cycleFormula(all, `${all.status},"won",${all.created},">0",${all.close},">0"`));

  // Conditional formats over owner rows and the team row.
  const tableRange = (c1: number, c2: number): string => rangeRef(firstOwnerRow, c1, teamRow, c2);
  if (n > 1) {
    conditionalFormats.push({ type: "colorScale", range: tableRange(col.step(1), col.step(n - 1)), colors: SCALE });
    const topLeft = cellRef(firstOwnerRow, col.step(1));
    const rowSteps = `$${columnLetter(col.step(1))}${firstOwnerRow + 1}:$${columnLetter(col.step(n - 1))}${firstOwnerRow + 1}`;
    conditionalFormats.push({
      type: "expression",
      range: tableRange(col.step(1), col.step(n - 1)),
      formula: `AND(ISNUMBER(${topLeft}),${topLeft}=MIN(${rowSteps}))`,
      look: "highlight",
    });
  }
  conditionalFormats.push({ type: "colorScale", range: tableRange(col.cumulative, col.cumulative), colors: SCALE });
  conditionalFormats.push({ type: "colorScale", range: tableRange(col.winRate, col.winRate), colors: SCALE });
  const cov = cellRef(firstOwnerRow, col.coverage);
  const coverageRange = tableRange(col.coverage, col.coverage);
  conditionalFormats.push(
    { type: "expression", range: coverageRange, formula: `AND(ISNUMBER(${cov}),${cov}<1)`, look: "bad" },
    { type: "expression", range: coverageRange, formula: `AND(ISNUMBER(${cov}),${cov}>=1,${cov}<3)`, look: "neutral" },
    { type: "expression", range: coverageRange, formula: `AND(ISNUMBER(${cov}),${cov}>=3)`, look: "good" },
  );

  // Stuck deals: a snapshot of who is over the limit on the as-of date, worst first, ties in source order.
  const stuck = records
    .map((d, i) => {
      const s = stageIndex.get(matchKey(d.stage));
      if (d.status !== "open" || s === undefined || d.stageDate === null) return null;
      const limit = stages[s].maxDays;
      const days = ctx.asOf - d.stageDate;
      return limit !== null && days > limit ? { d, i, s, limit, days, over: days - limit } : null;
    })
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .sort((a, b) => b.over - a.over || a.i - b.i);

  r = teamRow + 2;
  put(r++, 0, { v: L.stuck, style: "subtitle" });
  put(r++, 0, { v: L.stuckNote, style: "subtitle" });
  const stuckHeaderRow = r;
  [L.deal, L.owner, L.stage, L.amount, L.since, L.daysInStage, L.limit, L.daysOver].forEach((label, c) =>
    put(stuckHeaderRow, c, { v: label, style: "header" }),
  );
  r += 1;
  if (stuck.length === 0) {
    put(r, 0, { v: L.noStuck });
  }
  stuck.forEach(({ d, i, s, limit, days, over }, k) => {
    const row = r + k;
    put(row, 0, { v: d.id ?? L.sourceRow(d.row) });
    put(row, 1, { v: d.owner });
    put(row, 2, { v: d.stage });
    put(row, 3, { v: d.amount, f: deals.ref("amount", i), fmt: MONEY });
    put(row, 4, { v: d.stageDate, f: deals.ref("stageDate", i), fmt: DATE });
    put(row, 5, { v: days, f: `${asOfRef}-${cellRef(row, 4)}`, fmt: COUNT });
    put(row, 6, { v: limit, f: maxDaysRef(s), fmt: COUNT });
    put(row, 7, { v: over, f: `${cellRef(row, 5)}-${cellRef(row, 6)}`, fmt: COUNT });
  });
  if (stuck.length > 0) {
    const first = cellRef(r, 7);
    conditionalFormats.push({ type: "expression", range: rangeRef(r, 7, r + stuck.length - 1, 7), formula: `${first}>0`, look: "bad" });
  }

  const columnWidths = new Array(lastCol + 1).fill(12);
  columnWidths[0] = 24;
  columnWidths[col.weakest] = 16;
  columnWidths[col.cycle] = 14;
  columnWidths[col.velocity] = 16;

  const review: SheetSpec = {
    name: L.sheet,
    purpose: "funnel",
    rows,
    columnWidths,
    frozen: { rows: headerRow + 1 <= MAX_FROZEN_ROWS ? headerRow + 1 : 0, cols: 1 },
    merges: n > 1 ? merges : [],
    conditionalFormats,
    charts: [
      {
        type: "funnel",
        title: L.chart,
        categories: rangeRef(headerRow, col.reached(0), headerRow, col.reached(n - 1)),
        values: rangeRef(teamRow, col.reached(0), teamRow, col.reached(n - 1)),
        anchor: cellRef(groupRow, lastCol + 2),
      },
    ],
    warnings,
  };

  const winRate = teamDerived.winRate;
  const summary = [
    L.summaryDeals(records.length, team.openDeals, team.won, team.lost, owners.length),
    L.summaryPipeline(formatAmount(teamDerived.openPipeline)),
    L.summaryWeighted(formatAmount(teamDerived.weighted)),
    L.summaryWinRate(typeof winRate === "number" ? `${(winRate * 100).toFixed(1)}%` : null),
    L.summaryStuck(stuck.length),
  ];

  const sheets: SheetSpec[] = [deals.spec, ...(people ? [people.spec] : []), review];
  return { sheets, summary, warnings };
}
