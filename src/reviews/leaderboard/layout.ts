import { maxOf } from "../../core/numbers/extremes";
import { cellRef, rangeRef } from "../../excel/a1";
import { exactCriterion, fx, range, ref, text, type Formula } from "../../excel/formula";
import { isoDate } from "../../core/text/parseDate";
import { CellGrid } from "../../sheets/cellGrid";
import { activityTypeLabel } from "../../datasets/activityTypes";
import { nameGroup, type activitiesSheet, type dealsSheet, type peopleSheet, type transactionsSheet } from "../../sheets/dataCopies";
import { AMOUNT as MONEY, DATE, PERCENT, WHOLE } from "../../sheets/formats";
import type { CellValue, ChartSpec, ConditionalFormat, SheetSpec } from "../../sheets/spec";
import type { BuildContext } from "../context";
import type { LeaderboardLabels } from "./labels";
import { MEASURE_DECIMALS, TARGET_DIVISOR, VALUE_MEASURES, type Category, type EntrantModel, type LeaderboardModel, type ListingLine, type MeasureUnit } from "./model";

/**
 * Places the Leaderboard sheet: heading, rules and warnings; the listings (top performer, most improved,
 * best newcomer, then each group's), each line a lookup into the full table below them; the full table
 * (one row per entrant: the measure in both windows, the change, the rank in each category and the line
 * numbers the listings look up); and the settings the formulas read (as-of date, places, newcomer
 * limit, the windows, brackets and prizes).
 */

/** The data copies the sheet's formulas read. */
export interface LeaderboardCopies {
  tx?: ReturnType<typeof transactionsSheet>;
  deals?: ReturnType<typeof dealsSheet>;
  people?: ReturnType<typeof peopleSheet>;
  activities?: ReturnType<typeof activitiesSheet>;
}

/** The full table's columns. */
const C = {
  person: 0, team: 1, start: 2, tenure: 3, group: 4, groupNo: 5, target: 6, amount: 7, previousAmount: 8,
  current: 9, previous: 10, change: 11, rank: 12, rankImproved: 13, rankNewcomer: 14, rankGroup: 15,
  lineTop: 16, lineImproved: 17, lineNewcomer: 18, lineGroup: 19,
} as const;
const LAST_COLUMN = C.lineGroup;

const RANK_COLUMN: Record<Category, number> = { top: C.rank, improved: C.rankImproved, newcomer: C.rankNewcomer, group: C.rankGroup };
const LINE_COLUMN: Record<Category, number> = { top: C.lineTop, improved: C.lineImproved, newcomer: C.lineNewcomer, group: C.lineGroup };

/** A listing's place on the sheet: its title row, header row, first line and line count, and its check row. */
interface ListingPlace {
  category: Category;
  title: string;
  /** For a group's listing: the group's number. */
  group: number | null;
  lines: ListingLine[];
  titleRow: number;
  headerRow: number;
  firstLine: number;
  count: number;
  checkRow: number;
}

interface Placing {
  ctx: BuildContext;
  t: LeaderboardLabels;
  model: LeaderboardModel;
  copies: LeaderboardCopies;
  grid: CellGrid;
  firstEntrant: number;
  lastEntrant: number;
  settings: Record<"asOf" | "places" | "newcomerMonths" | "currentStart" | "currentEnd" | "previousStart" | "previousEnd", Formula>;
  /** The bracket table's lower bounds and labels (anchored), when grouping by brackets. */
  bounds: Formula | null;
  bracketLabels: Formula | null;
  /** Each category's prize column in the prize table, and how many places it has. */
  prizes: Partial<Record<Category, Formula>>;
  prizePlaces: number;
}

/** A whole column of the full table, anchored. */
function column(p: Placing, c: number): Formula {
  return range(p.firstEntrant, c, p.lastEntrant, c, true);
}

/** The column from the table's first row down to the row above `row` (for line numbers), anchored at the top. */
function above(p: Placing, c: number, row: number): Formula {
  return fx`${ref(p.firstEntrant, c, true)}:${ref(row - 1, c)}`;
}

/** The number format of a measure's figures. */
export const UNIT_FORMAT: Record<MeasureUnit, string> = { money: MONEY, percent: PERCENT, count: WHOLE, points: MONEY };

function fmtOf(p: Placing): string {
  return UNIT_FORMAT[p.model.unit];
}

/** The listings in sheet order, with the rows each takes from `top` on. */
function listingPlaces(t: LeaderboardLabels, model: LeaderboardModel, top: number): { places: ListingPlace[]; end: number } {
  const places: ListingPlace[] = [];
  let r = top;
  const place = (category: Category, title: string, group: number | null, lines: ListingLine[]): void => {
    const count = Math.max(1, lines.length);
    places.push({ category, title, group, lines, titleRow: r, headerRow: r + 1, firstLine: r + 2, count, checkRow: r + 2 + count });
    r += count + 4;
  };
  place("top", t.categories.top, null, model.listings.top);
  place("improved", t.categories.improved, null, model.listings.improved);
  place("newcomer", t.categories.newcomer, null, model.listings.newcomer);
  model.groups.forEach((g, i) => place("group", t.groupTitle(g.label), g.number, model.listings.group[i]));
  return { places, end: r };
}

function placeHeading(p: Placing): number {
  const { ctx, t, model, grid } = p;
  const plan = ctx.plan.leaderboard;
  let r = 0;
  grid.set(r++, 0, { v: ctx.plan.title ? `${t.title} · ${ctx.plan.title}` : t.title, style: "title" });
  grid.set(r++, 0, { v: t.asOfLine(isoDate(model.asOf), t.periods[plan.period], t.measures[plan.measure]), style: "subtitle" });
  grid.set(r++, 0, { v: t.rulesNote(plan.places, plan.newcomerMonths), style: "subtitle" });
  if (plan.measure === "attainment") grid.set(r++, 0, { v: t.attainmentNote(TARGET_DIVISOR[plan.period]), style: "subtitle" });
  model.notes.forEach((note) => grid.set(r++, 0, { v: note, style: "subtitle" }));
  const prizes = [plan.prizes.top, plan.prizes.improved, plan.prizes.newcomer, plan.groupBy === "none" ? [] : plan.prizes.group];
  if (prizes.some((list) => list.length > 0)) grid.set(r++, 0, { v: t.prizeNote, style: "subtitle" });
  model.warnings.forEach((w) => grid.set(r++, 0, { v: w, style: "warning" }));
  return r + 1;
}

/** One listing: its title, header, lines (each a lookup of the entrant whose line number is k) and a check. */
function placeListing(p: Placing, l: ListingPlace): void {
  const { grid, t, model } = p;
  const n = model.entrants.length;
  grid.set(l.titleRow, 0, { v: l.title, style: "subtitle" });
  const prizes = p.prizes[l.category];
  [t.place, t.person, l.category === "improved" ? t.change : t.value, ...(prizes ? [t.prize] : [])].forEach((h, c) => grid.set(l.headerRow, c, { v: h, style: "header" }));
  const lineRange = column(p, LINE_COLUMN[l.category]);
  const rankRange = column(p, RANK_COLUMN[l.category]);
  const valueRange = column(p, l.category === "improved" ? C.change : C.current);
  for (let k = 1; k <= l.count; k++) {
    const row = l.firstLine + k - 1;
    const line = l.lines[k - 1] as ListingLine | undefined;
    const entrant: EntrantModel | undefined = line ? model.entrants[line.entrant] : undefined;
    // A group's lines are keyed group × (entrants + 1) + line, so one MATCH finds a line of one group.
    const key: Formula = l.group === null ? fx`${k}` : fx`${l.group * (n + 1) + k}`;
    const at = fx`MATCH(${key},${lineRange},0)`;
    const placeCell = ref(row, 0);
    grid.set(row, 0, {
      v: line ? line.place : "",
      f: fx`IF(COUNTIF(${lineRange},${key})=0,"",IF(INDEX(${rankRange},${at})>${p.settings.places},"",INDEX(${rankRange},${at})))`,
    });
    const empty = k === 1 ? text(t.noOne) : text("");
    grid.set(row, 1, { v: entrant ? entrant.name : k === 1 ? t.noOne : "", f: fx`IF(${placeCell}="",${empty},INDEX(${column(p, C.person)},${at}))` });
    const value = entrant ? (l.category === "improved" ? entrant.improvement : entrant.current) : "";
    grid.set(row, 2, { v: value, f: fx`IF(${placeCell}="","",INDEX(${valueRange},${at}))`, fmt: fmtOf(p) });
    if (prizes) {
      grid.set(row, 3, {
        v: line ? line.prize : "",
        f: fx`IF(${placeCell}="","",IF(${placeCell}>${p.prizePlaces},"",IF(INDEX(${prizes},${placeCell})="","",INDEX(${prizes},${placeCell}))))`,
        fmt: MONEY,
      });
    }
  }
  const placed =
    l.group === null
      ? fx`COUNTIF(${rankRange},"<="&${p.settings.places})`
      : fx`COUNTIFS(${column(p, C.groupNo)},${l.group},${rankRange},"<="&${p.settings.places})`;
  grid.set(l.checkRow, 0, { v: "", f: fx`IF(${placed}>${l.count},${text(t.moreTied)},"")`, style: "check" });
}

function placeTableHeader(p: Placing, titleRow: number): void {
  const { grid, t } = p;
  grid.set(titleRow, 0, { v: t.board, style: "subtitle" });
  const words: Record<keyof typeof C, string> = {
    person: t.person, team: t.team, start: t.start, tenure: t.tenure, group: t.group, groupNo: t.bracket, target: t.annualTarget,
    amount: t.amount[p.ctx.plan.leaderboard.measure], previousAmount: t.previousAmount[p.ctx.plan.leaderboard.measure], current: t.current, previous: t.previous, change: t.change,
    rank: t.rank, rankImproved: t.rankImproved, rankNewcomer: t.rankNewcomer, rankGroup: t.rankGroup,
    lineTop: t.line(t.categories.top), lineImproved: t.line(t.categories.improved), lineNewcomer: t.line(t.categories.newcomer), lineGroup: t.groupKey,
  };
  (Object.keys(C) as (keyof typeof C)[]).forEach((k) => grid.set(titleRow + 1, C[k], { v: words[k], style: "header" }));
}

/**
 * The measure's figure of a person in a window from their block of the data copy: credited sales or won
 * deals to the cent, or activities; null when they have no rows, or the measure is a value.
 */
function amountFormula(p: Placing, name: Formula, person: string, from: Formula, to: Formula): Formula | null {
  const { copies, ctx } = p;
  const measure = ctx.plan.leaderboard.measure;
  if (VALUE_MEASURES.includes(measure)) return null;
  if (measure === "activities") {
    const log = copies.activities as NonNullable<LeaderboardCopies["activities"]>;
    const block = log.blockOf(nameGroup(person));
    if (block === null) return null;
    const date = log.column("date", block);
    // The type as the copy writes it, escaped so a type such as "E*mail" is not a wildcard.
    const label = p.model.activityType === null ? null : activityTypeLabel(p.model.activityType, ctx.language);
    const type = label === null ? fx`` : fx`,${log.column("type", block)},${exactCriterion(text(label), label)}`;
    return fx`SUMIFS(${log.column("count", block)},${log.column("rep", block)},${name}${type},${date},">="&${from},${date},"<="&${to})`;
  }
  if (measure === "wonDeals") {
    const deals = copies.deals as NonNullable<LeaderboardCopies["deals"]>;
    const block = deals.blockOf(nameGroup(person));
    if (block === null) return null;
    const close = deals.column("closeDate", block);
    return fx`ROUND(SUMIFS(${deals.column("amount", block)},${deals.column("owner", block)},${name},${deals.column("status", block)},"won",${close},">="&${from},${close},"<="&${to}),2)`;
  }
  const tx = copies.tx as NonNullable<LeaderboardCopies["tx"]>;
  const block = tx.blockOf(nameGroup(person));
  if (block === null) return null;
  const date = tx.column("date", block);
  return fx`ROUND(SUMIFS(${tx.column("credited", block)},${tx.column("rep", block)},${name},${date},">="&${from},${date},"<="&${to}),2)`;
}

function placeEntrant(p: Placing, row: number, e: EntrantModel, index: number): void {
  const { grid, copies, ctx, settings: s } = p;
  const plan = ctx.plan.leaderboard;
  const at = (c: number): Formula => ref(row, c);
  const put = (c: number, v: CellValue, f?: Formula, fmt?: string): void => grid.set(row, c, { v, ...(f ? { f } : {}), ...(fmt ? { fmt } : {}) });
  const name = exactCriterion(ref(row, C.person, "column"), e.name);
  const fmt = fmtOf(p);
  const decimals = MEASURE_DECIMALS[plan.measure];

  put(C.person, e.name);
  put(C.team, e.team ?? "");
  put(C.start, e.start ?? "", undefined, DATE);
  const start = at(C.start);
  put(C.tenure, e.tenure ?? "", fx`IF(${start}="","",IF(${start}>${s.asOf},"",(YEAR(${s.asOf})-YEAR(${start}))*12+MONTH(${s.asOf})-MONTH(${start})-IF(DAY(${s.asOf})<DAY(${start}),1,0)))`);

  // The group: a team is a fixed number (its order of appearance); a bracket is looked up from the tenure or target.
  if (plan.groupBy === "team") {
    put(C.group, e.group === null ? "" : e.team ?? "");
    put(C.groupNo, e.group ?? "");
  } else if (plan.groupBy !== "none" && p.bounds && p.bracketLabels) {
    const basis = at(plan.groupBy === "tenure" ? C.tenure : C.target);
    const first = fx`INDEX(${p.bounds},1)`;
    put(C.groupNo, e.group ?? "", fx`IF(ISNUMBER(${basis}),IF(${basis}<${first},"",MATCH(${basis},${p.bounds},1)),"")`);
    const label = e.group === null ? "" : p.model.groups[e.group - 1].label;
    put(C.group, label, fx`IF(${at(C.groupNo)}="","",INDEX(${p.bracketLabels},${at(C.groupNo)}))`);
  }

  if (copies.people) {
    const people = copies.people;
    put(C.target, e.annualTarget ?? "", fx`IF(COUNTIFS(${people.column("name")},${name},${people.column("target")},"<>")=0,"",SUMIFS(${people.column("target")},${people.column("name")},${name}))`, MONEY);
  }

  const raw = plan.measure === "attainment" ? MONEY : fmt;
  const current = amountFormula(p, name, e.name, s.currentStart, s.currentEnd);
  put(C.amount, e.amount, current ?? undefined, raw);
  if (VALUE_MEASURES.includes(plan.measure)) put(C.previousAmount, e.previousAmount, undefined, raw);
  else {
    const previous = amountFormula(p, name, e.name, s.previousStart, s.previousEnd) ?? fx`0`;
    put(C.previousAmount, e.previousAmount, fx`IF(AND(ISNUMBER(${start}),${start}>${s.previousEnd}),"",${previous})`, raw);
  }

  if (plan.measure === "attainment") {
    const target = at(C.target);
    const divisor = TARGET_DIVISOR[plan.period];
    put(C.current, e.current, fx`IF(N(${target})=0,"",ROUND(${at(C.amount)}/(${target}/${divisor}),${decimals}))`, fmt);
    put(C.previous, e.previous, fx`IF(OR(N(${target})=0,${at(C.previousAmount)}=""),"",ROUND(${at(C.previousAmount)}/(${target}/${divisor}),${decimals}))`, fmt);
  } else if (VALUE_MEASURES.includes(plan.measure)) {
    // A value cell left blank (no score, not started) stays blank: a bare reference to it would read 0.
    put(C.current, e.current, fx`IF(${at(C.amount)}="","",${at(C.amount)})`, fmt);
    put(C.previous, e.previous, fx`IF(${at(C.previousAmount)}="","",${at(C.previousAmount)})`, fmt);
  } else {
    put(C.current, e.current, at(C.amount), fmt);
    put(C.previous, e.previous, at(C.previousAmount), fmt);
  }
  const cur = at(C.current);
  put(C.change, e.improvement, fx`IF(OR(${cur}="",${at(C.previous)}=""),"",ROUND(${cur}-${at(C.previous)},${decimals}))`, fmt);

  put(C.rank, e.rank.top ?? "", fx`IF(${cur}="","",RANK.EQ(${cur},${column(p, C.current)}))`);
  put(C.rankImproved, e.rank.improved ?? "", fx`IF(${at(C.change)}="","",RANK.EQ(${at(C.change)},${column(p, C.change)}))`);
  const tenure = at(C.tenure);
  put(
    C.rankNewcomer,
    e.rank.newcomer ?? "",
    fx`IF(OR(${cur}="",${tenure}=""),"",IF(${tenure}<${s.newcomerMonths},1+COUNTIFS(${column(p, C.tenure)},"<"&${s.newcomerMonths},${column(p, C.current)},">"&${cur}),""))`,
  );
  if (plan.groupBy !== "none") {
    put(C.rankGroup, e.rank.group ?? "", fx`IF(OR(${cur}="",${at(C.groupNo)}=""),"",1+COUNTIFS(${column(p, C.groupNo)},${at(C.groupNo)},${column(p, C.current)},">"&${cur}))`);
  }

  // Line numbers: the rank, then ties in table order, so each listing finds its k-th line with one MATCH.
  const first = index === 0;
  const line = (category: Exclude<Category, "group">): void => {
    const rank = at(RANK_COLUMN[category]);
    const f = first ? fx`IF(${rank}="","",${rank})` : fx`IF(${rank}="","",${rank}+COUNTIF(${above(p, RANK_COLUMN[category], row)},${rank}))`;
    put(LINE_COLUMN[category], e.order[category] ?? "", f);
  };
  line("top");
  line("improved");
  line("newcomer");
  if (plan.groupBy !== "none") {
    const n = p.model.entrants.length;
    const rank = at(C.rankGroup);
    const groupNo = at(C.groupNo);
    const ties = first ? fx`0` : fx`COUNTIFS(${above(p, C.groupNo, row)},${groupNo},${above(p, C.rankGroup, row)},${rank})`;
    const key = e.order.group === null || e.group === null ? "" : e.group * (n + 1) + e.order.group;
    put(C.lineGroup, key, fx`IF(${rank}="","",${groupNo}*${n + 1}+${rank}+${ties})`);
  }
}

/** The settings block from `top`: inputs, the windows, brackets and prizes. Fills the settings references. */
function placeSettings(p: Placing, top: number): void {
  const { grid, t, model, ctx } = p;
  const plan = ctx.plan.leaderboard;
  let r = top;
  grid.set(r++, 0, { v: t.settings, style: "subtitle" });
  grid.set(r++, 0, { v: t.inputsNote, style: "subtitle" });
  const input = (label: string, v: number, fmt?: string): Formula => {
    grid.set(r, 0, { v: label });
    grid.set(r, 1, { v, style: "input", ...(fmt ? { fmt } : {}) });
    return ref(r++, 1, true);
  };
  const asOf = input(t.asOf, model.asOf, DATE);
  const places = input(t.places, plan.places);
  const newcomerMonths = input(t.newcomerMonths, plan.newcomerMonths);
  r++;
  grid.set(r++, 0, { v: t.windows, style: "header" });
  const a = asOf;
  const firstMonth = { month: fx`MONTH(${a})`, quarter: fx`INT((MONTH(${a})-1)/3)*3+1`, year: fx`1` }[plan.period];
  const length = { month: 1, quarter: 3, year: 12 }[plan.period];
  const w = model.windows;
  const computed = (label: string, v: number, f: Formula): Formula => {
    grid.set(r, 0, { v: label });
    grid.set(r, 1, { v, f, fmt: DATE });
    return ref(r++, 1, true);
  };
  const currentStart = computed(t.currentStart, w.currentStart, fx`DATE(YEAR(${a}),${firstMonth},1)`);
  const currentEnd = computed(t.currentEnd, w.currentEnd, fx`${a}`);
  const previousStart = computed(t.previousStart, w.previousStart, fx`DATE(YEAR(${a}),${firstMonth}-${length},1)`);
  const previousEnd = computed(t.previousEnd, w.previousEnd, fx`MIN(${currentStart}-1,${previousStart}+(${a}-${currentStart}))`);
  p.settings = { asOf, places, newcomerMonths, currentStart, currentEnd, previousStart, previousEnd };

  if (model.brackets.length > 0) {
    r++;
    grid.set(r++, 0, { v: t.brackets, style: "header" });
    grid.set(r, 0, { v: t.lowerBound, style: "header" });
    grid.set(r++, 1, { v: t.bracket, style: "header" });
    const first = r;
    model.brackets.forEach((b, i) => {
      grid.set(r, 0, { v: b, style: "input", ...(plan.groupBy === "target" ? { fmt: MONEY } : {}) });
      grid.set(r++, 1, { v: model.groups[i].label });
    });
    p.bounds = range(first, 0, r - 1, 0, true);
    p.bracketLabels = range(first, 1, r - 1, 1, true);
  }

  const lists: [Category, readonly number[], string][] = [
    ["top", plan.prizes.top, t.categories.top],
    ["improved", plan.prizes.improved, t.categories.improved],
    ["newcomer", plan.prizes.newcomer, t.categories.newcomer],
    ["group", plan.groupBy === "none" ? [] : plan.prizes.group, t.categories.group],
  ];
  const given = lists.filter(([, prizes]) => prizes.length > 0);
  p.prizePlaces = Math.max(0, ...given.map(([, prizes]) => prizes.length));
  if (given.length > 0) {
    r++;
    grid.set(r++, 0, { v: t.prizes, style: "header" });
    grid.set(r, 0, { v: t.place, style: "header" });
    given.forEach(([, , label], c) => grid.set(r, c + 1, { v: label, style: "header" }));
    r++;
    const first = r;
    for (let k = 1; k <= p.prizePlaces; k++, r++) {
      grid.set(r, 0, { v: k });
      given.forEach(([, prizes], c) => grid.set(r, c + 1, k <= prizes.length ? { v: prizes[k - 1], fmt: MONEY, style: "input" } : { v: null, fmt: MONEY, style: "input" }));
    }
    given.forEach(([category], c) => (p.prizes[category] = range(first, c + 1, r - 1, c + 1, true)));
  }
}

/** Characters a text takes in a column: Chinese, Japanese and Korean characters count double. */
function displayWidth(value: string): number {
  let width = 0;
  for (const ch of value) width += /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFF60]/.test(ch) ? 2 : 1;
  return width;
}

function columnWidthsOf(t: LeaderboardLabels, model: LeaderboardModel): number[] {
  const longest = maxOf([t.person, t.newcomerMonths, t.previousStart, ...model.groups.map((g) => t.groupTitle(g.label)), ...model.entrants.map((e) => e.name)].map(displayWidth));
  return Array.from({ length: LAST_COLUMN + 1 }, (_, c) => (c === 0 ? Math.min(50, Math.max(16, longest + 2)) : c === 1 ? 20 : 14));
}

/**
 * Lays out the Leaderboard sheet: every number caches the model's value and is a formula over the data
 * copies and the settings block, so a corrected sale or a new as-of date re-ranks the board.
 *
 * @example
 * leaderboardSheet(ctx, t, model, { tx }).name // => "Leaderboard"
 */
export function leaderboardSheet(ctx: BuildContext, t: LeaderboardLabels, model: LeaderboardModel, copies: LeaderboardCopies): SheetSpec {
  const grid = new CellGrid();
  const p: Placing = {
    ctx, t, model, copies, grid, firstEntrant: 0, lastEntrant: 0,
    settings: {} as Placing["settings"], bounds: null, bracketLabels: null, prizes: {}, prizePlaces: 0,
  };
  const listingsTop = placeHeading(p);
  const { places, end } = listingPlaces(t, model, listingsTop);
  const tableTitle = end;
  p.firstEntrant = tableTitle + 2;
  p.lastEntrant = p.firstEntrant + model.entrants.length - 1;
  // The settings go first in code (the listings and table read them), below the table on the sheet.
  placeSettings(p, p.lastEntrant + 3);
  placeTableHeader(p, tableTitle);
  model.entrants.forEach((e, i) => placeEntrant(p, p.firstEntrant + i, e, i));
  places.forEach((l) => placeListing(p, l));

  const top = places[0];
  const charts: ChartSpec[] =
    model.listings.top.length > 0
      ? [
          {
            type: "bar",
            title: t.categories.top,
            categories: rangeRef(top.firstLine, 1, top.firstLine + top.count - 1, 1),
            series: [{ name: t.value, nameCell: cellRef(top.headerRow, 2), values: rangeRef(top.firstLine, 2, top.firstLine + top.count - 1, 2) }],
            anchor: cellRef(top.titleRow, 5),
            size: { cols: 8, rows: Math.max(12, top.count * 2 + 4) },
          },
        ]
      : [];
  const rankLook = (c: number): ConditionalFormat[] => [
    { type: "expression", range: rangeRef(p.firstEntrant, c, p.lastEntrant, c), formula: fx`AND(ISNUMBER(${ref(p.firstEntrant, c)}),${ref(p.firstEntrant, c)}<=${p.settings.places})`, look: "good" },
  ];
  return {
    name: t.sheet,
    purpose: "leaderboard",
    rows: grid.rows,
    columnWidths: columnWidthsOf(t, model),
    merges: [],
    conditionalFormats: [...rankLook(C.rank), ...rankLook(C.rankImproved), ...rankLook(C.rankNewcomer)],
    warnings: model.warnings,
    ...(charts.length > 0 ? { charts } : {}),
  };
}

